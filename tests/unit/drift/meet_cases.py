"""Run the cross-document cases of tests/unit/drift/cases/*.toml through drift: two
mini-articles of one story each, with dates and sources; a planted problem must raise
its rule, an agreeing look-alike no warning or error."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CASES = Path(__file__).parent / "cases"
# what finds a planted problem of each expected rule
ACCEPT = {"NC401": ("NC401", "NC402"), "NC402": ("NC401", "NC402"), "NC403": ("NC403",)}


@dataclass(frozen=True)
class Case:
    name: str
    expect: str
    articles: dict[str, str]


def load(name: str) -> list[Case]:
    data = tomllib.loads((CASES / name).read_text(encoding="utf-8"))
    out = []
    for raw in data["case"]:
        articles = {
            f"{side}.md": (f"---\ndate: {raw[side]['date']}\nsource: {raw[side]['source']}\n"
                           f"---\n\n{raw[side]['text']}\n")
            for side in ("a", "b")
        }
        out.append(Case(raw["name"], raw["expect"], articles))
    return out


def raised(case: Case) -> list[str]:
    """The drift warnings and errors (NC401-NC403) the two articles raise, sorted."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    return sorted(f.rule for f in run_checks(case.articles, [drift])
                  if f.rule in ("NC401", "NC402", "NC403"))


def passes(case: Case) -> bool:
    rules = raised(case)
    if not case.expect:
        return not rules
    return any(r in ACCEPT[case.expect] for r in rules)
