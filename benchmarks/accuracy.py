"""numcheck.parse against quantulum3 on quantulum3's own test sentences, in one run.

Run: ``pip install -e '.[bench]'`` then ``python benchmarks/accuracy.py [--errors] [--json]``.

The sentences and their gold answers are read at run time from the installed quantulum3
package (``quantulum3/_lang/en_US/tests/quantities.json``); nothing of them is copied
into this repository. Both parsers read every sentence; each gold quantity is paired
with one prediction by span overlap (``quantity_match.match``: one-to-one, largest
overlap first; the gold span is the first occurrence of its surface after the previous
one). Accuracy = right / gold quantities (a gold quantity with no partner is wrong):

* value: equal within 1e-9 relative. quantulum3 writes a range as its midpoint with an
  ``uncertainty`` (half-width); a prediction that is a range is compared by its
  midpoint, (low + high) / 2, and numcheck's range ends come from ``low``/``high`` or
  its hard interval.
* unit: the gold unit and each prediction's unit are mapped to a *stock* pint unit
  expression (rules below) and compared with factor-1 conversion. Gold units that map
  to nothing pint knows ("gross", "baker's dozen", "inverse femtobarn") are left out of
  the unit denominator and counted separately.
* bound: quantulum3's gold only says range (with ``uncertainty``) or point, so this is
  range-vs-point agreement: numcheck's ``bound == "range"``, quantulum3's
  ``uncertainty is not None``.

Mapping quantulum3 unit names to pint (``to_pint``), in order:

1. "dimensionless" -> no unit (a count); "percentage" -> "percent".
2. Money: "dollar" -> USD, "euro" -> EUR, "pound sterling" -> GBP, "yen" -> JPY,
   "yuan" -> CNY, "rupee" -> INR; sub-units become the main unit with the value scaled,
   "cent" -> USD x 0.01, "penny" -> GBP x 0.01, "dime" -> USD x 0.1 (numcheck writes
   money in the main unit).
3. Words to pint names: British spellings (metre -> meter, litre -> liter), "degree
   Celsius/fahrenheit" -> degree_Celsius/degree_Fahrenheit, "electronvolt" ->
   electron_volt, "pound-mass" -> pound; "square X" -> "X ** 2", "cubic X" -> "X ** 3",
   "inverse X" -> "1 / X", " per " -> " / "; remaining spaces -> "_".
4. Whatever a stock ``pint.UnitRegistry()`` then cannot parse is unmappable.

Timing: both parsers' ``parse`` over all sentences, best of ``--repeat`` runs of CPU
time after a warm-up, and the ratio. quantulum3's import (seconds, it builds its unit
tables) is timed apart. Run on a shared machine, the ratio is the number to keep.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quantity_match import Units, match, same_number, view  # noqa: E402

MONEY = {"dollar": ("USD", 1.0), "euro": ("EUR", 1.0), "pound sterling": ("GBP", 1.0),
         "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0), "rupee": ("INR", 1.0),
         "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1)}  # fmt: skip
WORDS = [("metre", "meter"), ("litre", "liter"), ("degree celsius", "degree_Celsius"),
         ("degree fahrenheit", "degree_Fahrenheit"), ("electronvolt", "electron_volt"),
         ("pound-mass", "pound")]  # fmt: skip


def to_pint(name: str | None, units: Units) -> tuple[str | None, float, bool]:
    """(pint unit or ISO code or None, value factor, mappable) for a quantulum3 unit."""
    if name is None or name == "dimensionless":
        return None, 1.0, True
    if name == "percentage":
        return "percent", 1.0, True
    if name in MONEY:
        code, factor = MONEY[name]
        return code, factor, True
    s = name.lower()
    for a, b in WORDS:
        s = s.replace(a, b)
    s = re.sub(r"\bsquare (\w+)", r"\1 ** 2", s)
    s = re.sub(r"\bcubic (\w+)", r"\1 ** 3", s)
    s = re.sub(r"\binverse (\w+)", r"1 / \1", s)
    s = s.replace(" per ", " / ")
    s = re.sub(r"(?<=[A-Za-z]) (?=[A-Za-z])", "_", s)
    return (s, 1.0, True) if units.parses(s) else (None, 1.0, False)


def gold_items(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    """(sentence, gold quantities with their character spans) from quantulum3's tests."""
    out = []
    for case in json.loads(path.read_text(encoding="utf-8")):
        text, pos, golds = case["req"], 0, []
        for r in case["res"]:
            at = text.find(r["surface"], pos)
            at = text.find(r["surface"]) if at < 0 else at
            if at < 0:
                continue
            pos = at + len(r["surface"])
            golds.append({**r, "span": (at, pos)})
        out.append((text, golds))
    return out


def _point(value: float | None, low: float | None, high: float | None, rng: bool) -> float | None:
    if rng:
        return None if low is None or high is None else (low + high) / 2
    return value


def numcheck_reader() -> Callable[[str], list[dict[str, Any]]]:
    import numcheck

    def read(text: str) -> list[dict[str, Any]]:
        out = []
        for q in numcheck.parse(text):
            p = view(q)
            rng = p.bound == "range"
            out.append({"span": (p.start, p.end), "text": p.text, "unit": p.unit, "range": rng,
                        "value": _point(p.value, p.low, p.high, rng)})  # fmt: skip
        return out

    return read


def quantulum_reader(units: Units) -> Callable[[str], list[dict[str, Any]]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def read(text: str) -> list[dict[str, Any]]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        for q in found:
            unit, factor, _ = to_pint(q.unit.name, units)
            out.append({"span": tuple(q.span), "text": q.surface, "unit": unit,
                        "range": q.uncertainty is not None,
                        "value": None if q.value is None else q.value * factor})  # fmt: skip
        return out

    return read


def score(
    items: list[tuple[str, list[dict[str, Any]]]], read: Callable[[str], list[dict[str, Any]]],
    units: Units, errors: list[str], name: str,
) -> dict[str, Any]:  # fmt: skip
    right = {"value": 0, "unit": 0, "bound": 0}
    gold_n = unit_n = unmappable = 0
    for text, golds in items:
        preds = read(text)
        pairs = dict(match([g["span"] for g in golds], [p["span"] for p in preds]))
        for gi, g in enumerate(golds):
            gold_n += 1
            unit, factor, ok_map = to_pint(g["unit"], units)
            gold_value = g["value"] * factor
            unit_n += ok_map
            unmappable += not ok_map
            if gi not in pairs:
                errors.append(f"{name} MISS {g['surface']!r} in {text[:80]!r}")
                continue
            p = preds[pairs[gi]]
            v_ok = same_number(p["value"], gold_value)
            u_ok = ok_map and units.same(p["unit"], unit)
            b_ok = p["range"] == (g.get("uncertainty") is not None)
            right["value"] += v_ok
            right["unit"] += u_ok
            right["bound"] += b_ok
            if not (v_ok and (u_ok or not ok_map) and b_ok):
                got = f"{p['text']!r} {p['value']} {p['unit']} range={p['range']}"
                errors.append(f"{name} WRONG {g['surface']!r} gold {gold_value} {unit} | {got}")
    return {
        "gold": gold_n, "unit_gold": unit_n, "unmappable_units": unmappable,
        "value_acc": right["value"] / gold_n if gold_n else 0.0,
        "unit_acc": right["unit"] / unit_n if unit_n else 0.0,
        "bound_acc": right["bound"] / gold_n if gold_n else 0.0,
    }  # fmt: skip


def cpu_time(fn: Callable[[], object], repeat: int) -> float:
    fn()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="list every miss and wrong reading")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--repeat", type=int, default=5, help="timing runs (best is kept)")
    args = ap.parse_args(argv)
    try:
        import quantulum3
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
    if not path.is_file():
        print(f"quantulum3's test sentences are not at {path}", file=sys.stderr)
        return 2
    units = Units()
    items = gold_items(path)
    t0 = time.perf_counter()
    q_read = quantulum_reader(units)
    q_read("warm up 1 km")
    q_import = time.perf_counter() - t0
    n_read = numcheck_reader()
    errors: list[str] = []
    result = {
        "sentences": len(items),
        "numcheck": score(items, n_read, units, errors, "numcheck"),
        "quantulum3": score(items, q_read, units, errors, "quantulum3"),
    }
    texts = [t for t, _ in items]
    t_n = cpu_time(lambda: [n_read(t) for t in texts], args.repeat)
    t_q = cpu_time(lambda: [q_read(t) for t in texts], args.repeat)
    result["timing"] = {"numcheck_s": t_n, "quantulum3_s": t_q, "quantulum3_import_s": q_import,
                        "quantulum3_over_numcheck": t_q / t_n if t_n else None}  # fmt: skip
    if args.json:
        print(json.dumps(result | ({"errors": errors} if args.errors else {}), indent=2))
        return 0
    n, q = result["numcheck"], result["quantulum3"]
    print(f"quantulum3's own test suite ({path.name}): {len(items)} sentences, "
          f"{n['gold']} gold quantities ({n['unit_gold']} with a unit pint reads)\n")
    print(f"{'':24}{'numcheck':>10}{'quantulum3':>12}")
    for key, label in (("value_acc", "value accuracy"), ("unit_acc", "unit accuracy"),
                       ("bound_acc", "range/point accuracy")):  # fmt: skip
        print(f"{label:24}{n[key]:10.3f}{q[key]:12.3f}")
    tm = result["timing"]
    print(f"\nparse CPU time, {len(texts)} sentences (best of {args.repeat}): numcheck "
          f"{tm['numcheck_s'] * 1000:.1f} ms, quantulum3 {tm['quantulum3_s'] * 1000:.1f} ms "
          f"(quantulum3 / numcheck = {tm['quantulum3_over_numcheck']:.1f}x); quantulum3 "
          f"import {q_import:.1f} s")  # fmt: skip
    if args.errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
