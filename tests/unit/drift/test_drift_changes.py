"""Which figures drift reads as changes (checkers/drift/spans.changes): a count of things
is a change only as the claim reader saw it, so a phrasal verb's particle before a count
("rounded up 40 protesters", "shot down 61 drones") is no change; amounts of other kinds
keep the parser's reading ("shares slid 1.8%")."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.checkers.drift.spans import changes
from numcheck.claims import Claim
from numcheck.engine import analyse_document, make_parser
from numcheck.lexicon import Lexicon
from numcheck.readers import read_text
from numcheck.testing import run_checks

DAY = "2026-03-14"


def _claim(text: str, figure: str) -> Claim:
    lexicon = Lexicon.default()
    doc = read_text(f"---\ndate: {DAY}\n---\n\n{text}\n", "a.md")
    start = doc.text.index(figure)
    return next(c for c in analyse_document(doc, make_parser(lexicon, 0.0), lexicon).claims
                if c.location.start <= start < c.location.end)


@pytest.mark.parametrize(("text", "figure"), [
    ("Police rounded up 40 protesters outside the embassy.", "40"),  # crime desk
    ("The air force shot down 61 drones over the capital.", "61"),  # defence wire
    ("Fans snapped up 2,900 tickets for the final.", "2,900"),  # sport
])
def test_a_particle_before_a_count_is_no_change(text: str, figure: str) -> None:
    assert not changes(_claim(text, figure))


@pytest.mark.parametrize(("text", "figure"), [
    ("Enrolment at the college went up 300 students this year.", "300"),  # education
    ("The club added 300 members this year.", "300"),  # a count the reader sees change
    ("Shares in the brewer slid 1.8% on Monday.", "1.8%"),  # markets: not a count
])
def test_a_change_stays_a_change(text: str, figure: str) -> None:
    assert changes(_claim(text, figure))


def _rules(a: str, b: str) -> list[str]:
    texts = {"a.md": f"---\ndate: {DAY}\n---\n\n{a}\n", "b.md": f"---\ndate: {DAY}\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule < "NC404")


def test_a_phrasal_count_meets_its_passive() -> None:
    assert _rules("Police rounded up 40 protesters outside the embassy on Saturday.",
                  "Police said 44 protesters were rounded up outside the embassy on "
                  "Saturday.") == ["NC401"]


def test_a_change_of_a_count_never_meets_the_count() -> None:
    assert _rules("Enrolment at Hartley College went up 300 students this year.",
                  "Hartley College has 4,200 students, the principal said.") == []
