"""Two-article cases scored end to end (every built-in checker on), as `numcheck check`
reports them: a planted case is right when a drift warning or error joins its two
figures, a look-alike when nothing raises a warning or error."""

from __future__ import annotations

from event_verb_cases import load
from story_cases import Case

ACCEPT = ("NC401", "NC402")

__all__ = ["right", "score"]


def _findings(case: Case) -> list[tuple[str, str, frozenset[str]]]:
    """(rule, severity, the texts of its figures) of every finding, all checkers on."""
    from numcheck.testing import run_checks

    out = []
    for f in run_checks(case.articles, builtins=True):
        texts = frozenset(case.articles[loc.path][loc.start:loc.end]
                          for loc in (f.location, *f.related) if loc.path in case.articles)
        out.append((f.rule, f.severity.name.lower(), texts))
    return out


def right(case: Case, figures: tuple[str, str]) -> bool:
    """The planted contradiction is reported, or the look-alike is silent."""
    findings = _findings(case)
    if not case.expect:
        return not any(sev in ("warning", "error") for _, sev, _ in findings)
    return any(rule in ACCEPT and any(any(f in t or t in f for t in texts)
                                      for f in figures)
               for rule, _, texts in findings)


def score(name: str) -> tuple[int, int, int, int]:
    """(planted found, planted, look-alikes alarmed, look-alikes), end to end."""
    found = planted = alarmed = alike = 0
    for case, figures in load(name):
        ok = right(case, figures)
        if case.expect:
            planted, found = planted + 1, found + ok
        else:
            alike, alarmed = alike + 1, alarmed + (not ok)
    return found, planted, alarmed, alike
