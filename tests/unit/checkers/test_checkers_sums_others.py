"""NC202: a complement ("the other N", "the remaining N", "the rest, N") closes a
partition whose parts were named before it, in its sentence or a sentence or two back;
agreeing partitions, complements of another whole and lists that go on stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# (wrong, right): the same partition, its sum off and on
CLOSED = {
    "partitive whole, complement in the next sentence": (
        "Of the 52 delegates, 35 backed the motion. The other 15 abstained.",
        "Of the 52 delegates, 35 backed the motion. The other 17 abstained.",
    ),
    "'N of them', 'the remaining' two sentences on": (
        "The airline flew 240 staff to the base. 150 of them were cabin crew, it said. "
        "The remaining 80 were engineers.",
        "The airline flew 240 staff to the base. 150 of them were cabin crew, it said. "
        "The remaining 90 were engineers.",
    ),
    "a noun names the whole, the complement after a semicolon": (
        "Inspectors visited 64 care homes in the county last year. Thirty-seven of the "
        "homes inspected were rated good; the rest, 21, were told to improve.",
        "Inspectors visited 64 care homes in the county last year. Thirty-seven of the "
        "homes inspected were rated good; the rest, 27, were told to improve.",
    ),
    "a selection of money closed by 'the remaining'": (
        "The trust's $9.6 million grant includes $4.1 million for research and "
        "$2.5 million for training; the remaining $2.6 million pays for equipment.",
        "The trust's $9.6 million grant includes $4.1 million for research and "
        "$2.5 million for training; the remaining $3 million pays for equipment.",
    ),
    "the complement in the same clause as its part": (
        "Of the 120 flights due out on Sunday, 85 left on time and the other 30 were "
        "delayed by fog.",
        "Of the 120 flights due out on Sunday, 85 left on time and the other 35 were "
        "delayed by fog.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), CLOSED.values(), ids=list(CLOSED))
def test_a_complement_closes_the_partition(wrong: str, right: str) -> None:
    assert "NC202" in codes(wrong)
    assert "NC202" not in codes(right)


SILENT = {
    "the complement counts another thing": (
        "Of the 46 passengers, 30 were British. The other 4 coaches carried no one."
    ),
    "the list goes on after the complement": (
        "Of the 46 passengers, 30 were British, the other 15 Irish and one Dutch."
    ),
    "a complement of another event": (
        "Police freed 40 hostages on Monday. Twelve of the freed hostages were children. "
        "The remaining 18 hostages are still held by the gang."
    ),
    "no part named before the complement": (
        "The council has 64 libraries. The other 12 buildings it owns are for sale."
    ),
    "a complement in another paragraph": (
        "Of the 46 passengers, 30 were British.\n\nThe other 12 were crew from the ferry "
        "company's Dutch base."
    ),
    "a 'more than' whole the parts can meet": (
        "The ministry said more than 300 schools had shut. Of those schools, 210 were in "
        "the north. The other 95 were in the capital."
    ),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_no_partition_read_where_none_is_closed(text: str) -> None:
    assert "NC202" not in codes(text)


# a figure beside a list that is no item of it: the list adds up without it
NO_ITEM = {
    "the pronoun 'one' as the subject of a reporting verb": (
        "Of the 318 marchers, 250 were students and 68 were teachers, one told us."
    ),
    "'one', set off, then a reporting verb": (
        "The 95 beds: 60 on the surgical wing and 35 on the medical wing; one, a "
        "nurse, said all were full."
    ),
    "'one of whom' points into the list": (
        "The club's 1,130 members - 700 in the town and 430 outside it, one of whom "
        "lives in Spain - voted on the merger."
    ),
    "'N of them' points into the list": (
        "The 77 recruits: 41 from the city and 36 from the county, 12 of them women."
    ),
}


@pytest.mark.parametrize("text", NO_ITEM.values(), ids=list(NO_ITEM))
def test_a_figure_pointing_into_a_list_is_no_item(text: str) -> None:
    assert "NC202" not in codes(text)


def test_one_as_a_count_is_still_an_item() -> None:
    assert "NC202" in codes(
        "Of the 318 marchers, 250 were students, 66 were teachers and one was a priest."
    )
    assert "NC202" not in codes(
        "Of the 318 marchers, 250 were students, 67 were teachers and one was a priest."
    )


# a breakdown a sentence or two after its total: (wrong, right)
SPREAD = {
    "places in parentheses, the verb repeated": (
        "In all, 2,140 schools closed on Monday because of the strike. Schools closed in "
        "Lanark (960), Ayr (705) and Fife (415), the union said.",
        "In all, 2,140 schools closed on Monday because of the strike. Schools closed in "
        "Lanark (960), Ayr (765) and Fife (415), the union said.",
    ),
    "two sides of a complementary pair, a paragraph on": (
        "The survey counted 4,815 rough sleepers across the region.\n\nVolunteers found "
        "2,950 rough sleepers in urban areas and 1,665 in rural ones.",
        "The survey counted 4,815 rough sleepers across the region.\n\nVolunteers found "
        "2,950 rough sleepers in urban areas and 1,865 in rural ones.",
    ),
    "places with 'in', a sentence between": (
        "Regulators fined 37 lenders last year. The total of the fines was not disclosed. "
        "Lenders were fined in Paris 14 times, in Lyon 11 times and in Lille 9 times.",
        "Regulators fined 34 lenders last year. The total of the fines was not disclosed. "
        "Lenders were fined in Paris 14 times, in Lyon 11 times and in Lille 9 times.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), SPREAD.values(), ids=list(SPREAD))
def test_a_breakdown_after_its_total(wrong: str, right: str) -> None:
    assert "NC202" in codes(wrong)
    assert "NC202" not in codes(right)


SPREAD_SILENT = {
    "a selection of the worst-hit": (
        "In all, 2,140 schools closed on Monday. The worst-hit areas were Lanark (960), Ayr "
        "(705) and Fife (415), where schools closed all day."
    ),
    "two places that are no complementary pair": (
        "The survey counted 4,815 rough sleepers. Volunteers found 2,950 rough sleepers "
        "in Leeds and 1,665 in York."
    ),
    "a list that repeats nothing of the earlier figure": (
        "In all, 2,140 schools closed on Monday. Buses ran in Lanark (960), Ayr (705) and "
        "Fife (415)."
    ),
    "an old level is no total": (
        "Membership rose to 5,230 from 2,140 in 2020. Members joined in Lanark (960), "
        "Ayr (705) and Fife (415) in 2020."
    ),
}


@pytest.mark.parametrize("text", SPREAD_SILENT.values(), ids=list(SPREAD_SILENT))
def test_no_breakdown_read_without_its_form(text: str) -> None:
    assert "NC202" not in codes(text)
