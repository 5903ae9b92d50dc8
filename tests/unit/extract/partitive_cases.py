"""The cross-document cases of data/partitive_verbs_*.toml: two short articles of one
story each, with dates and sources, run through drift. A planted problem must raise
NC401 or NC402; a look-alike none of NC401-NC403."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
RULES = ("NC401", "NC402", "NC403")


@dataclass(frozen=True)
class Case:
    name: str
    expect: str
    articles: dict[str, str]


def load(name: str) -> list[Case]:
    raw = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"]
    return [Case(c["name"], c["expect"], {
        f"{side}.md": (f"---\ndate: {c[side]['date']}\nsource: {c[side]['source']}\n"
                       f"---\n\n{c[side]['text']}\n") for side in ("a", "b")}) for c in raw]


def right(case: Case) -> bool:
    """A planted problem raises NC401 or NC402; a look-alike no drift warning or error."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    rules = {f.rule for f in run_checks(case.articles, [drift]) if f.rule in RULES}
    return bool(rules & {"NC401", "NC402"}) if case.expect else not rules


def score(name: str) -> tuple[int, int, int, int]:
    """(planted found, planted, look-alikes silent, look-alikes) of data/NAME."""
    cases = load(name)
    planted = [c for c in cases if c.expect]
    alike = [c for c in cases if not c.expect]
    return (sum(map(right, planted)), len(planted), sum(map(right, alike)), len(alike))


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        for case in load(name):
            print(("ok   " if right(case) else "WRONG"), case.expect or "silent", case.name)
        print(name, score(name))
