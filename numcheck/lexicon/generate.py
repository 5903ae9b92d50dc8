"""Write each lexicon section's JSON rendering: ``python -m numcheck.lexicon.generate``.

``numcheck/lexicon/generated/<name>.json`` holds the parsed ``<name>.toml`` and the
sha256 of the TOML bytes it was made from; ``load_section`` reads it only while that
digest matches, so an edited TOML is never shadowed (it is parsed itself, at a cold
start cost of a few ms). Run this after editing a TOML (and after a rebase that
touched one); ``--check`` lists stale or missing files and exits 1, which is what
the test of the shipped files asks for. docs/maintainers/lexicon.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from numcheck.lexicon import GENERATED, parse_toml, toml_digest

HERE = Path(__file__).resolve().parent
COMMAND = "python -m numcheck.lexicon.generate"


def sections(folder: Path = HERE) -> list[str]:
    return sorted(path.stem for path in folder.glob("*.toml"))


def render(name: str, folder: Path = HERE) -> str:
    """The JSON text for section ``name`` as its TOML is now."""
    raw = (folder / f"{name}.toml").read_bytes()
    data = parse_toml(raw)
    refused = ValueError(f"{name}.toml holds values JSON cannot carry (dates, times)")
    try:
        text = json.dumps(
            {"generated_by": COMMAND, "source": f"{name}.toml", "toml_sha256": toml_digest(raw),
             "data": data},
            ensure_ascii=False, indent=1,
        ) + "\n"
    except TypeError:
        raise refused from None
    if json.loads(text)["data"] != data:
        raise refused
    return text


def stale(folder: Path = HERE) -> list[str]:
    """Generated files that are missing, out of date, or left from a removed section."""
    out = []
    names = sections(folder)
    for name in names:
        path = folder / GENERATED / f"{name}.json"
        if not path.is_file() or path.read_text(encoding="utf-8") != render(name, folder):
            out.append(f"{GENERATED}/{name}.json")
    out.extend(f"{GENERATED}/{path.name}" for path in sorted((folder / GENERATED).glob("*.json"))
               if path.stem not in names)
    return out


def write(lexicon: Path = HERE) -> list[str]:
    """(Re)write every section's JSON, remove orphans; the files changed."""
    changed = []
    folder = lexicon / GENERATED
    folder.mkdir(exist_ok=True)
    names = sections(lexicon)
    for name in names:
        path = folder / f"{name}.json"
        text = render(name, lexicon)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(f"{GENERATED}/{name}.json")
    for path in sorted(folder.glob("*.json")):
        if path.stem not in names:
            path.unlink()
            changed.append(f"{GENERATED}/{path.name} (removed)")
    return changed


def main(argv: list[str] | None = None, lexicon: Path = HERE) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="list stale generated files and exit 1 if any; write nothing")
    args: Any = parser.parse_args(argv)
    if args.check:
        out = stale(lexicon)
        for item in out:
            print(f"stale: numcheck/lexicon/{item} (run {COMMAND})", file=sys.stderr)
        return 1 if out else 0
    for item in write(lexicon):
        print(f"wrote numcheck/lexicon/{item}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
