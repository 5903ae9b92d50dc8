"""The measure-drift cases of tests/unit/drift/cases/written28_dev.toml (meet_cases.py's
format): two neighbouring measures of one head told apart by a sibling word, which may
sit in the thing as written ("Net profit came in at £31.5m" against "Pre-tax profit was
£31.5m": measured.told_apart reads ``Claim.subject``); look-alikes stay silent."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("written28_dev.toml")
ASIDE = load("written28_aside.toml")  # scored once, after tuning
# still missed or raised (left alone): two heads the key keeps apart ("gross spending"
# and "net budget"; "consumer prices rose" and "core inflation"), a qualifier block
# ("suspected" cases) the index never links to the unqualified one, a pre-tax figure
# paired with the other article's own pre-tax figure (NC401, not NC403), and a revenue of
# another holder with the digits of a net profit (NC403 before and after)
KNOWN = frozenset({
    "business: net profit told as pre-tax, with both in one article",
    "business: net profit beside a revenue of the same digits",
    "local government: gross spending told as net budget",
    "markets: headline inflation told as core",
    "health: confirmed cases told as suspected",
    # the aside list, scored once after tuning: 1 of 3 found, 3 look-alikes silent
    "aside charities: gross income told as net",
    "aside markets: core told as headline",
})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)


def test_written_reads_the_sibling_word_of_the_thing_as_written() -> None:
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.checkers.drift.measured import written

    alignment = Alignment.from_lexicon()
    group = alignment.content({"pre-tax", "after-tax", "net"})
    assert written("Net profit", alignment) & group == {"net"}
    assert written("Pre-tax profit fell", alignment) & group == {"pre-tax"}
    assert written("pretax loss", alignment) & group == {"pre-tax"}  # a synonym set
    assert written("profit", alignment) & group == frozenset()
    assert written(None, alignment) & group == frozenset()
    assert written("Netherlands profit", alignment) & group == frozenset()  # whole words
