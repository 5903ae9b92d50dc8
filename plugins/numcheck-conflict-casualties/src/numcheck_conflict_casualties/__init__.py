"""numcheck-conflict-casualties: checks for conflict and disaster reporting (CC101-CC103).

It extends numcheck's lexicon (killed, wounded, missing, detained, displaced,
refugees, evacuated; civilian vs military; "including N children") through
``numcheck_lexicon``, then checks the arithmetic those words imply: killed plus
wounded within the casualties, refugees abroad within everyone displaced, and a
claimant's death toll that falls between reports without a stated correction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from numcheck import hookimpl
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity

from . import checks
from ._common import load

__version__ = "0.1.0"
NAME = "conflict-casualties"

RULES = (
    Rule(
        "CC101",
        "casualties-below-parts",
        Severity.ERROR,
        "Killed plus wounded exceed the casualties reported for the same group.",
        'Casualties are the killed and the wounded together, so "120 killed and 300 '
        'wounded" cannot sit beside "350 casualties" for the same people, claimant and '
        "time. Civilian and military figures are kept apart; a figure for everyone "
        "includes the civilian and the military ones.",
    ),
    Rule(
        "CC102",
        "refugees-exceed-displaced",
        Severity.ERROR,
        "More refugees abroad than people displaced in total.",
        "Everyone displaced counts those who fled abroad and those displaced at home. A "
        'total below the refugee figure is a contradiction. "Internally displaced" '
        "figures are not totals and are not compared.",
    ),
    Rule(
        "CC103",
        "death-toll-falls",
        Severity.WARNING,
        "A claimant's death toll falls between two reports with no correction stated.",
        "Death tolls are cumulative: a later report from the same claimant for the same "
        "window should not be lower unless the copy says it was revised or corrected. "
        'Rolling windows ("in the last 24 hours") are not compared. Needs each '
        "article's date (front matter, a dateline or `--date`).",
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def numcheck_lexicon() -> Mapping[str, Any]:
    return load("lexicon.toml")


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    return [
        *checks.casualties_total(claims),
        *checks.refugees_within_displaced(document, claims),
    ]


@hookimpl
def numcheck_check_corpus(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    return list(checks.falling_tolls(documents, claims))
