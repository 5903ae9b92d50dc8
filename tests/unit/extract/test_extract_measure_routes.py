"""The routes by which a figure names what it measures (docs/maintainers/claims.md,
"Routes to a measure"): a label, a clause's subject with a copular or change verb, an
"of" phrase, a partitive with its whole, a pronoun's antecedent. Each route reads
nothing rather than a guess when its words do not fit. The realisations in
data/measure_routes.toml are scored end to end (planted problems found, look-alikes
silent); data/measure_routes_aside.toml is the slice kept aside while tuning."""

from __future__ import annotations

import pytest
from extract_helpers import cases, check_case, claim


@pytest.mark.parametrize(
    ("text", "figure", "key", "measure"),
    [
        # a label gives its value a key and a measure, for counts as for money
        ("Storm in numbers\n\nDeaths: 14\n\nInjured: 40", "14", "people killed",
         ("death", "=")),
        ("Outbreak\n\nConfirmed cases: 46", "46", "people infected", ("case", "=")),
        # a label's head is its first noun's; a telephone's number counts nothing
        ("Fact box\n\nHospital admissions to date: 12", "12", "? ?",
         ("admission", "=", "hospital")),
        ("Fact box\n\nEmergency number for visitors: 112", "112", "? ?", ()),
        ("Results\n\nOperating profit: £124m", "£124m", "operating_profit ? [GBP]",
         ("operating_profit",)),
        # the subject of a copular or change verb, over a phrase after its head
        ("Arrests reached 148 by Sunday night.", "148", "people detained", ("arrest", "=")),
        ("Attendance at the final was 61,200.", "61,200", "? ?", ("attendance", "=")),
        ("The net budget for 2026/27 is £412.6 million.", "£412.6 million", "? ? [GBP]",
         ("budget", "net")),
        ("The council's reserves stand at £31 million.", "£31 million", "? ? [GBP]",
         ("reserve",)),
        ("The agency's overall budget, including capital projects, is $4.8 billion.",
         "$4.8 billion", "? ? [USD]", ("budget", "overall")),
        # an event noun in the subject says who is counted
        ("The death toll from the storm stood at 23.", "23", "people killed",
         ("toll", "=", "death")),
        # a generic head after a noun counts that noun
        ("Staff numbers fell to 11,900.", "11,900", "worker ?", ("worker", "=")),
        # a sum as a verb's object, with what it went to and who paid it
        ("Buyers paid around £2.6 million for the fakes.", "around £2.6 million",
         "? ? [GBP]", ("paid for", "buyer", "fake")),
        ("A director who stole £2.4 million from a charity has resigned.", "£2.4 million",
         "? ? [GBP]", ("theft", "director")),
        ("It paid $5 million for the site.", "$5 million", "? ? [USD]", ("paid for", "site")),
        # an "of" phrase names a bare count
        ("Demir's majority of 1,535 was the smallest.", "1,535", "? ?", ("majority", "=")),
        ("The town's population of about 21,000 is ageing.", "about 21,000", "? ?",
         ("population", "=")),
    ],
)
def test_a_route_names_the_figure(
    text: str, figure: str, key: str, measure: tuple[str, ...]
) -> None:
    assert claim(text, figure)[:2] == (key, measure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # one of many individuals, described by a figure of its own
        ("The youngest was a boy of seven.", "seven"),
        ("The family of four was rescued from the roof.", "four"),
        ("Soldiers were sent to the market town of 40,000.", "40,000"),
        # a verb's object: what the count is of is unsaid
        ("Its headquarters now houses 2,900.", "2,900"),
        # no head before the verb: a name, another figure's noun
        ("The number of patients waiting more than 12 hours in A&E in England rose to "
         "44,600.", "44,600"),
        # an old level whose change names nothing (an old level is named by its change's
        # other end: test_extract_naming.py)
        ("It rose to 148 from 120.", "120"),
        # a sum with nothing it went to: whose it is stays unsaid
        ("Ellis raised $2.1 million, against $1.2 million for Price.", "$2.1 million"),
        # an indefinite "a ... of": one of two majorities, two crowds
        ("Demir won with a majority of 1,535.", "1,535"),
        ("A crowd of 22,000 watched the reverse fixture last season.", "22,000"),
        # a rate, no count of anything
        ("It was £82 million at today's rate of 0.86.", "0.86"),
    ],
)
def test_no_guess_where_no_route_fits(text: str, figure: str) -> None:
    assert claim(text, figure)[1] == ()


def test_a_rate_after_of_measures_the_noun_before_it() -> None:
    """ "bpd" is a unit ("barrels a day"), so the figure is the capacity's, not a count."""
    text = "Three refineries have a combined capacity of about 890,000 bpd."
    assert claim(text, "about 890,000 bpd")[1] == ("capacity",)


def test_a_part_counts_what_its_whole_counts() -> None:
    """The part takes its whole's thing; the clause's verb is the part's alone (five
    trucks were burned out, not 14: docs/maintainers/claims.md, "A partitive's verb is
    the part's")."""
    text = "Five of the 14 trucks were burned out."
    key, _, part_of = claim(text, "Five")
    assert key == "truck burned"
    assert claim(text, "14")[0] == "truck ?"
    assert part_of == text.index("14")


def test_a_part_needs_its_whole_right_after_of() -> None:
    key, _, part_of = claim("Five were burned out, of the convoy's 14 trucks.", "Five")
    assert part_of is None
    assert not key.startswith("truck")


@pytest.mark.parametrize("case", cases("measure_routes.toml"))
def test_realisations(case: dict[str, str]) -> None:
    check_case(case)


def test_a_conversion_measures_what_its_sum_measures() -> None:
    text = "First-half sales rose to 3.26 billion Swiss francs ($3.1 billion)."
    assert claim(text, "$3.1 billion")[1] == claim(text, "3.26 billion Swiss francs")[1]
    assert claim(text, "$3.1 billion")[1][0] == "revenue"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the conversion of an old level is no figure of the story's own
        ("Sales rose to 3.3 billion francs from 2.9 billion francs ($2.7 billion).",
         "$2.7 billion"),
        # a sum in brackets that is no conversion: one currency
        ("Sales rose to £3.3 billion (£2.9 billion a year ago).", "£2.9 billion"),
    ],
)
def test_no_conversion_borrowed(text: str, figure: str) -> None:
    assert claim(text, figure)[1] == ()
