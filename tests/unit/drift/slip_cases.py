"""The cases of tests/unit/drift/cases/slips35_*.toml: two or three mini-articles of one
story (sides ``a``, ``b`` and, for a figure three outlets tell, ``c``), run through drift;
a planted slip must raise its rule (meet_cases.ACCEPT), a look-alike no warning or
error. story_cases.py reads two sides only, so this reads the third too."""

from __future__ import annotations

import tomllib

from meet_cases import CASES, passes
from story_cases import Case

__all__ = ["load", "passes", "score"]

SIDES = ("a", "b", "c")


def load(name: str) -> list[Case]:
    data = tomllib.loads((CASES / name).read_text(encoding="utf-8"))
    return [Case(raw["name"], raw["expect"], {
        f"{side}.md": (f"---\ndate: {raw[side]['date']}\nsource: {raw[side]['source']}\n"
                       f"---\n\n{raw[side]['text']}\n") for side in SIDES if side in raw})
        for raw in data["case"]]


def score(name: str) -> dict[str, int]:
    """Planted found and look-alikes silent, for one cases file."""
    cases = load(name)
    planted = [c for c in cases if c.expect]
    alike = [c for c in cases if not c.expect]
    return {"planted": len(planted), "found": sum(passes(c) for c in planted),
            "look-alikes": len(alike), "silent": sum(passes(c) for c in alike)}
