"""Run the cross-document cases of tests/unit/drift/cases/*.toml through drift: two
mini-articles of one story each, with dates and sources; a planted problem must raise
its rule, an agreeing look-alike no warning or error."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from story_cases import Case, load_cases

CASES = Path(__file__).parent / "cases"
# what finds a planted problem of each expected rule
ACCEPT = {"NC401": ("NC401", "NC402"), "NC402": ("NC401", "NC402"), "NC403": ("NC403",)}

__all__ = ["ACCEPT", "CASES", "Case", "check", "load", "passes", "raised"]


def load(name: str) -> list[Case]:
    return load_cases(CASES / name)


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


def check(case: Case, known: Collection[str] = ()) -> None:
    """A case must pass; one listed as a known miss or alarm must still fail, so the list
    is mended the day a change makes it pass."""
    if case.name in known:
        assert not passes(case), f"{case.name} passes now: drop it from the known list"
        return
    assert passes(case), raised(case)
