"""NC203 on the realisations of a share stated beside its count (docs/maintainers/
phrasings-relations.md, shares), wrong and right, in other words than the story corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks

# realisation -> (wrong, right)
SHARES = {
    "word fraction of N, or M": (
        "Three-quarters of the 320 delegates, or 200, voted for the motion.",
        "Three-quarters of the 320 delegates, or 240, voted for the motion.",
    ),
    "X% of N <verb>, roughly M people": (
        "About 40% of the 12,000 fans stayed away, roughly 7,000 people, the club said.",
        "About 40% of the 12,000 fans stayed away, roughly 4,800 people, the club said.",
    ),
    "X% of the N nouns — M in all —": (
        "Heavy rain shut 25% of the region's 64 bridges — 22 in all — on Sunday.",
        "Heavy rain shut 25% of the region's 64 bridges — 16 in all — on Sunday.",
    ),
    "a fraction of N — about M — (the count's hedge is the share's)": (
        "Half of the council's 2,400 homes — about 1,500 — need new roofs.",
        "Half of the council's 2,400 homes — about 1,200 — need new roofs.",
    ),
    "one in N of them — M in all": (
        "Inspectors tested all 600 lorries. One in four of them — 90 in all — failed.",
        "Inspectors tested all 600 lorries. One in four of them — 150 in all — failed.",
    ),
    "Of the N, X% — about M —": (
        "Of the 3.4 million calls, 62% — about 2.6 million — were answered in a minute.",
        "Of the 3.4 million calls, 62% — about 2.1 million — were answered in a minute.",
    ),
    "M, a fraction of the N (reverse)": (
        "The club sold 9,000 season tickets, a third of the 36,000 seats at its ground.",
        "The club sold 12,000 season tickets, a third of the 36,000 seats at its ground.",
    ),
    "M, or X% of the <noun> of N (reverse, a noun between)": (
        "The strike halted 90,000 barrels a day, or roughly 8% of national output of "
        "1.9 million barrels a day.",
        "The strike halted 150,000 barrels a day, or roughly 8% of national output of "
        "1.9 million barrels a day.",
    ),
    "M amounted to a fraction of the <noun> of N (a copula)": (
        "The £3.1m overspend amounted to nearly a tenth of the trust's budget of £18m.",
        "The £1.7m overspend amounted to nearly a tenth of the trust's budget of £18m.",
    ),
    "N, M of them <place> — a fraction (the share of a part)": (
        "The group has 18,000 staff, 7,500 of them in Germany — about a quarter.",
        "The group has 18,000 staff, 4,400 of them in Germany — about a quarter.",
    ),
    "M of its N, a fraction of the total": (
        "The airline grounded 45 of its 300 jets on Friday, about a third of the total.",
        "The airline grounded 100 of its 300 jets on Friday, about a third of the total.",
    ),
    "which employs N, M nouns, X% of its workforce (a base the noun names)": (
        "The hospital, which employs 5,200 staff, will recruit 600 nurses, about 6% of "
        "its workforce.",
        "The hospital, which employs 5,200 staff, will recruit 300 nurses, about 6% of "
        "its workforce.",
    ),
    "X% of <noun>, or M (the base a few sentences back)": (
        "The brewer reported annual sales of $6.2bn.\n\nLager brought in most of it. "
        "Exports accounted for 30% of sales, or $2.9bn, the company said.",
        "The brewer reported annual sales of $6.2bn.\n\nLager brought in most of it. "
        "Exports accounted for 30% of sales, or $1.9bn, the company said.",
    ),
    "M of them ..., or X% of the total (a whole given as more than N)": (
        "More than 4,000 homes lost power, about 1,100 of them in the valley, or roughly "
        "40% of the total.",
        "More than 4,000 homes lost power, about 1,100 of them in the valley, or roughly "
        "25% of the total.",
    ),
}


@pytest.mark.parametrize("name", sorted(SHARES))
def test_a_count_that_is_not_the_share_beside_it(name: str) -> None:
    wrong, right = SHARES[name]
    assert run_checks(wrong, [shares]).codes() == ["NC203"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # the count after the share starts a part of its own
        "Some 40% of the 12,000 fans stayed away, 3,000 of them from the north.",
        "About 60% of the 9,000 residents have left, 2,000 to the coast and the rest inland.",
        # a share of the count before it ("of them") is not a restatement of it
        "The firm cut 1,200 jobs, 40% of them in Spain.",
        # a count after a comparison is another figure
        "Half of the 2,400 homes need repairs, 300 more than last year.",
        # a clause of its own
        "A third of the 900 pupils passed, and 120 failed outright.",
        # a gapped clause's share is its own, not the part and whole's before it
        "Smith made 7 of 9 shots and Jones 3 out of 10.",
        "Kent won 12 of 20 seats while Surrey took 40%.",
        # a change is not a count stated as a share
        "Sales rose 20% to 4,800 units, 40% of the 12,000 the firm had forecast.",
        # two standing figures of the named thing: no guessing which is the base
        "The chain has 900 staff in Leeds and 1,500 staff in York. It will hire 40 "
        "more, about 9% of its staff.",
    ],
)
def test_what_is_not_a_count_stated_as_a_share_is_quiet(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []


def test_the_restatement_is_blamed() -> None:
    """The figure written second restates the first: the finding stands on it."""
    forward = run_checks("Three-quarters of the 320 delegates, or 200, voted.", [shares])
    assert [f.location.text for f in forward] == ["200"]
    text = "The group has 18,000 staff, 7,500 of them abroad — about a quarter."
    reverse = run_checks(text, [shares])
    assert [f.location.text for f in reverse] == ["about a quarter"]
    assert "41.7%" in reverse[0].message


# NC205: which percentages of a sentence are shares of one whole
BREAKDOWNS = {
    "a recipient list after a named whole": (
        "Okafor took 51.3% of the ballots against 38.2% for Lind, with 9.4% for Haas and "
        "3.6% for the rest.",
        "Okafor took 48.3% of the ballots against 38.2% for Lind, with 9.4% for Haas and "
        "3.6% for the rest.",
    ),
    "a breakdown in the clause after a rate": (
        "Turnout was 71%, and 62% backed the plan, 31% opposed it and 12% abstained.",
        "Turnout was 71%, and 52% backed the plan, 31% opposed it and 12% abstained.",
    ),
    "a progress clause is not in the breakdown": (
        "With 88% of precincts counted, Mora had 54% of the vote and Tell 49%.",
        "With 88% of precincts counted, Mora had 51% of the vote and Tell 46%.",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKDOWNS))
def test_shares_of_one_whole_past_100(name: str) -> None:
    wrong, right = BREAKDOWNS[name]
    assert run_checks(wrong, [shares]).codes() == ["NC205"]
    assert run_checks(right, [shares]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # a result against its target, a level against an earlier one
        "Some 71.5% of calls were answered on time, against a target of 80%.",
        "Coverage reached 68% of adults, up from 61% of adults last spring.",
        # a share compared with the level of another time ([shares] compared_by,
        # other_times)
        "Some 71.4% of patients were seen within four hours, against 72.0% in May and a "
        "target of 78%.",
        "Some 64% of voters backed the plan, against 58% at the last vote.",
        "In June 71.4% of patients were seen within four hours, versus 72.0% a year earlier.",
        # a rate, then a share heading a clause of its own: shares of different wholes
        "Turnout was 71% on Sunday, and 63% voted to keep the mayor.",
        "Voter turnout stood at 55 per cent, while 52 per cent backed the bond.",
    ],
)
def test_a_percentage_that_is_no_share_of_the_breakdown(text: str) -> None:
    assert run_checks(text, [shares]).codes() == []
