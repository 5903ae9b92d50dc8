"""The cross-document cases of data/partitive_verbs_*.toml: two short articles of one
story each, with dates and sources, run through drift. A planted problem must raise
NC401 or NC402; a look-alike none of NC401-NC403."""

from __future__ import annotations

from pathlib import Path

from story_cases import Case, load_cases

DATA = Path(__file__).parent / "data"
RULES = ("NC401", "NC402", "NC403")

__all__ = ["Case", "load", "right", "score"]


def load(name: str) -> list[Case]:
    return load_cases(DATA / name)


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
