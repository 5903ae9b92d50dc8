"""The unit surface table, generated from pint's registry (a build step, not run time).

``python -m numcheck.unit_table`` writes numcheck/lexicon/pint_units.json: every unit
of a stock ``pint.UnitRegistry()`` (names, plurals, aliases, symbols) and the SI and
binary prefixes on the units `units.toml` `[pint] prefixable` lists, each mapped to
pint's canonical name, with its dimension and the factor (and offset) to the base unit.
The file records pint's version; a test regenerates it and compares when the
installed pint has that version. The parser and numcheck.units read the JSON, so
neither imports pint (0.5 s) at start-up. What pint's names mean in news copy (an
English word such as "are" or "hand", a single letter) is decided in units.toml
`[pint]`, not here: the table is pint's registry as it is.
"""

from __future__ import annotations

import functools
import json
import math
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from numcheck.lexicon import load_section

TABLE = "pint_units.json"


def _plural(name: str) -> str:
    if name.endswith(("s", "x", "z", "ch", "sh")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


def build(ureg: Any) -> dict[str, Any]:
    """The table for registry ``ureg`` (a stock ``pint.UnitRegistry()``)."""
    spec = load_section("units").get("pint", {})
    skip_dims = set(spec.get("skip_dimensionless", []))
    dim_names = spec.get("dimension_names", {})
    spellings = spec.get("spellings", {})
    units: dict[str, list[Any]] = {}
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}

    def add_unit(canonical: str) -> bool:
        if canonical in units:
            return True
        try:
            dim = str(ureg.get_dimensionality(canonical))
            base = ureg.Quantity(1.0, canonical).to_base_units()
            zero = ureg.Quantity(0.0, canonical).to_base_units().magnitude
        except Exception:
            return False
        allowed = spec.get("dimensionless", [])
        if dim == "dimensionless" and canonical not in allowed and str(base.units) not in allowed:
            return False
        if dim == "dimensionless":
            dim = f"[{base.units}]" if str(base.units) in allowed else f"[{canonical}]"
        factor = float(base.magnitude) - float(zero)
        if not math.isfinite(factor) or factor == 0:
            return False
        units[canonical] = [dim_names.get(dim, dim), factor, float(zero)]
        return True

    def spoken_forms(spoken: str) -> list[str]:
        out = [spoken]
        for us, uk in spellings.items():
            if us in spoken:
                out.append(spoken.replace(us, uk))
        return out

    def add_surface(surface: str, canonical: str) -> None:
        if not surface or not add_unit(canonical):
            return
        if surface == canonical or (
            surface.islower() and len(surface) > 3 and surface.replace("_", "").isalpha()
        ):
            for spoken in spoken_forms(surface.replace("_", " ")):
                names.setdefault(spoken, canonical)
                names.setdefault(_plural(spoken), canonical)
        else:
            symbols.setdefault(surface, canonical)

    for surface in sorted(ureg):
        if surface in skip_dims:
            continue
        try:
            canonical = ureg.get_name(surface)
        except Exception:
            continue
        add_surface(surface, canonical)
        add_surface(canonical, canonical)
    for base in spec.get("prefixable", []):
        try:
            base_symbol = ureg.get_symbol(base)
        except Exception:
            continue
        for prefix, symbol in spec.get("prefixes", {}).items():
            try:
                canonical = ureg.get_name(prefix + base)
            except Exception:
                continue
            add_surface(prefix + base, canonical)
            add_surface(canonical, canonical)
            if symbol:
                add_surface(symbol + base_symbol, canonical)
    import pint

    return {
        "pint_version": pint.__version__,
        "units": dict(sorted(units.items())),
        "names": dict(sorted(names.items())),
        "symbols": dict(sorted(symbols.items())),
    }


def load() -> dict[str, Any]:
    """The generated table as shipped (no pint import)."""
    from numcheck.lexicon import read_data

    text = read_data(TABLE)
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def shared() -> Mapping[str, Any]:
    """``load()`` once per process, for readers that never change it: the parser's unit
    reader and numcheck.units both read it (140 kB of JSON, ~1% of a cold check each)."""
    return load()


def main(argv: list[str] | None = None) -> int:
    import pint

    out = Path(__file__).resolve().parent / "lexicon" / TABLE
    table = build(pint.UnitRegistry())
    out.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(table['units'])} units, {len(table['names'])} names, "
          f"{len(table['symbols'])} symbols (pint {table['pint_version']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
