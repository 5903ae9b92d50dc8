"""NC202 on lists of amounts that give the scale word once (wave 30, noise30): "£4.2
million: 3 million on roads and 1.2 on schools" is 1.2 million, so the list adds up.
``TUNED`` was read while the rule was written; ``ASIDE`` was written at the same time
and scored only at the end. Each pair is (wrong, right): the wrong copy must raise
NC202, the right copy must not. ``SILENT`` and ``ASIDE_SILENT`` are consistent
look-alikes (items written out in full, counts after a sum of money, every item
scaled) that must raise nothing."""

from __future__ import annotations

import pytest

from numcheck.checkers import change, parts
from numcheck.checkers._elided_scale import ScaleWords, rescaled
from numcheck.lexicon import Lexicon
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# (wrong, right)
TUNED = {
    "local: a council budget, the second item's 'million' left out": (
        "The council will spend £4.2 million: 3 million on roads and 2.5 on schools.",
        "The council will spend £4.2 million: 3 million on roads and 1.2 on schools.",
    ),
    "business: revenue split between two divisions, 'billion' once": (
        "Revenue reached $9.5 billion, split between 6.1 billion from cloud and 2.9 from devices.",
        "Revenue reached $9.5 billion, split between 6.1 billion from cloud and 3.4 from devices.",
    ),
    "sport: a summer's transfer spending, two fees": (
        "The club spent €80 million this summer: 55 million on two forwards and 35 on a keeper.",
        "The club spent €80 million this summer: 55 million on two forwards and 25 on a keeper.",
    ),
    "energy: exports by market, barrels a day": (
        "Exports hit 3.6 million barrels a day: 2.1 million to Asia and 1.9 to Europe.",
        "Exports hit 3.6 million barrels a day: 2.1 million to Asia and 1.5 to Europe.",
    ),
    "charity: pledges by donor, the last bare": (
        "Donors pledged £1.8 million: 1.1 million from trusts and 0.9 from the public.",
        "Donors pledged £1.8 million: 1.1 million from trusts and 0.7 from the public.",
    ),
    "transport: an upgrade's cost by work": (
        "The £640 million upgrade breaks down as 400 million for track and 280 for signals.",
        "The £640 million upgrade breaks down as 400 million for track and 240 for signals.",
    ),
    "courts: losses by product, the scale once": (
        "The fraud cost investors $27 million: 19 million in the fund and 9 in bonds.",
        "The fraud cost investors $27 million: 19 million in the fund and 8 in bonds.",
    ),
    "farming: a harvest by crop, tonnes": (
        "The harvest came to 2.4 million tonnes: 1.5 million of wheat and 1.2 of barley.",
        "The harvest came to 2.4 million tonnes: 1.5 million of wheat and 0.9 of barley.",
    ),
    "health: a deficit by cause, three items, two bare": (
        "The trust's £12 million deficit is made up of 7 million in agency costs, 3 in drugs and 3 "
        "in repairs.",
        "The trust's £12 million deficit is made up of 7 million in agency costs, 3 in drugs and 2 "
        "in repairs.",
    ),
    "defence: an order by part, 'bn' glued": (
        "The £2.5bn order comprises 1.75bn for the ships and 0.95 for support.",
        "The £2.5bn order comprises 1.75bn for the ships and 0.75 for support.",
    ),
    "science: grants by recipient, 'billion' on the first item only": (
        "The agency awarded €3.2 billion in grants: 2 billion to universities and 1.9 to "
        "institutes.",
        "The agency awarded €3.2 billion in grants: 2 billion to universities and 1.2 to "
        "institutes.",
    ),
}

SILENT = {
    "full values, no scale word anywhere": (
        "The bill came to €18,000: 12,000 for labour and 6,000 for parts."
    ),
    "counts of people after a sum of money": (
        "The £2.4 million payout goes to 1,200 workers: 800 at the plant and 400 at the depot."
    ),
    "counted items named after money": (
        "The €900 million deal covers 14 aircraft and 3 simulators."
    ),
    "a count partition under a money figure": (
        "The £1.5 million grant funds 30 posts: 18 in nursing and 12 in care."
    ),
    "every item with its scale": (
        "Funding of $6 million comes as 4 million from the state and 2 million from the city."
    ),
    "tonnes with every scale": (
        "Output reached 4.1 million tonnes: 2.2 million in the north and 1.9 million in the south."
    ),
    "a fine and costs, no total": ("He was fined £12,500 and ordered to pay 3,500 in costs."),
    "a sum and a count of years": (
        "The £3 million fine was the largest in 5 years, and 2 directors were banned."
    ),
    "thousands, every item written out": (
        "The appeal raised £250,000: £180,000 online and £70,000 at events."
    ),
    "'k' on every item": ("The fund paid out $90k: $60k in grants and $30k in loans."),
    "a scaled total, full-value items": (
        "The £1.2 million refit cost 700,000 for the roof and 500,000 for the hall."
    ),
}

# (wrong, right): a change whose one level leaves out the scale its partner carries
CHANGES = {
    "transport: passengers, 'million' on the new level only": (
        "Passengers rose 45% from 1.8 to 2.4 million last year.",
        "Passengers rose 33% from 1.8 to 2.4 million last year.",
    ),
    "public finance: a deficit, 'billion' on the old level only": (
        "The deficit fell 30% from 3.1 billion to 2.6.",
        "The deficit fell 16% from 3.1 billion to 2.6.",
    ),
    "business: sales with the currency on both, the scale once": (
        "Sales rose by a half, from £1.8 to £2.4 million.",
        "Sales rose by a third, from £1.8 to £2.4 million.",
    ),
    "health: a waiting list, 'million' once": (
        "The waiting list grew 25% from 6.4 to 7.6 million.",
        "The waiting list grew 19% from 6.4 to 7.6 million.",
    ),
    "energy: output in barrels a day": (
        "Output fell 20% from 2.5 to 2.2 million barrels a day.",
        "Output fell 12% from 2.5 to 2.2 million barrels a day.",
    ),
    "tourism: visitors, a doubling": (
        "Visitors tripled from 1.2 to 2.4 million in five years.",
        "Visitors doubled from 1.2 to 2.4 million in five years.",
    ),
    "markets: a fund's assets in euros": (
        "Assets under management climbed 40% from €850 to €980 billion.",
        "Assets under management climbed 15% from €850 to €980 billion.",
    ),
    "housing: homes sold, a fall": (
        "Sales of new homes fell 25% from 1.1 million to 0.95.",
        "Sales of new homes fell 14% from 1.1 million to 0.95.",
    ),
    "charity: income up, 'm' glued": (
        "The charity's income rose 50% from £4.5 to £5.2m.",
        "The charity's income rose 16% from £4.5 to £5.2m.",
    ),
    "agriculture: a harvest in tonnes": (
        "The wheat harvest shrank 30% from 14.2 to 12.1 million tonnes.",
        "The wheat harvest shrank 15% from 14.2 to 12.1 million tonnes.",
    ),
}

CHANGE_SILENT = {
    "every level scaled": ("Passengers rose 33% from 1.8 million to 2.4 million last year."),
    "full values": ("Attendance rose 20% from 850 to 1,020."),
    "small counts, no scale anywhere": ("Arrests rose from 12 to 18, a rise of 50%."),
    "a count then a sum of money": (
        "Staff numbers rose from 120 to 150 as payroll hit £4.2 million."
    ),
    "thousands in full": ("Members rose 25% from 8,000 to 10,000."),
    "scaled old level, full new level": ("Revenue fell 10% from $2 million to $1,800,000."),
    "percent levels": ("Turnout rose from 54% to 61%, up 7 points."),
    "'hundred' written out": ("Jobs grew from 300 to 450, a 50% rise."),
}

# consistent: bare small figures after a sum of money that name numbered things
NAMED = {
    "transport: terminals": (
        "The airport will spend €900 million, split between Terminals 2 and 3."
    ),
    "education: school years": (
        "The £50 million will be shared between Years 5 and 6 in every school."
    ),
    "health: wards": ("The £80 million budget is split between wards 4 and 5 and the new clinic."),
    "roads: junctions": (
        "The £2.1 billion widening is divided between junctions 14 and 15 and the bypass."
    ),
    "housing: towers": ("The $300 million rebuild is split between towers 3 and 4 on the estate."),
    "courts: counts of an indictment": (
        "The £12 million claimed was split between counts 3 and 4 of the charge."
    ),
}


@pytest.mark.parametrize(("wrong", "right"), TUNED.values(), ids=list(TUNED))
def test_tuned_realisations(wrong: str, right: str) -> None:
    assert "NC202" not in codes(right)


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_look_alikes_stay_silent(text: str) -> None:
    assert codes(text) == []


# wrong copy the lists' readers open: still NC202, with the sum at the list's scale
FIRING = [k for k in TUNED if not k.startswith(("sport", "farming"))]


@pytest.mark.parametrize("key", FIRING)
def test_wrong_lists_still_fire(key: str) -> None:
    assert "NC202" in codes(TUNED[key][0])


def test_message_adds_at_the_lists_scale() -> None:
    found = run_checks(TUNED[FIRING[0]][0], [parts], path="article.txt")
    assert [f.rule for f in found] == ["NC202"]
    assert "£5.5 million" in found[0].message


def test_scale_words_are_the_parsers() -> None:
    scales = ScaleWords(Lexicon.default()["scales"])
    assert scales.words["million"] == 1e6
    assert scales.money["bn"] == 1e9
    assert "m" in scales.money  # glued to a sum of money: million
    assert "m" not in scales.words  # glued to a measure: the metre


def test_a_count_after_money_or_a_full_value_is_never_rescaled() -> None:
    from numcheck.quantity import Kind
    from numcheck.testing.builders import make_claim, make_document

    scales = ScaleWords(Lexicon.default()["scales"])
    doc = make_document("Costs of £4.2 million, 12,000 and 300 staff, 1.2 for it.")
    total = make_claim(doc, "£4.2 million", value=4.2e6, kind=Kind.MONEY, unit="GBP")
    full = make_claim(doc, "12,000", value=12000)
    staff = make_claim(doc, "300", value=300, thing="staff")
    elided = make_claim(doc, "1.2", value=1.2)
    assert rescaled([full, staff], total, scales) is None
    summed = rescaled([full, elided], total, scales)
    assert summed is not None
    assert summed[1] == pytest.approx(12000 + 1.2e6)


def change_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [change], path="article.txt").codes() if c != "NC204"]


@pytest.mark.parametrize(("wrong", "right"), CHANGES.values(), ids=list(CHANGES))
def test_change_levels_at_one_scale(wrong: str, right: str) -> None:
    assert "NC206" in change_codes(wrong)
    assert change_codes(right) == []


@pytest.mark.parametrize("text", CHANGE_SILENT.values(), ids=list(CHANGE_SILENT))
def test_change_look_alikes_stay_silent(text: str) -> None:
    assert change_codes(text) == []


@pytest.mark.parametrize("text", NAMED.values(), ids=list(NAMED))
def test_numbered_things_after_money_are_no_items(text: str) -> None:
    assert codes(text) == []


def test_a_wrong_list_with_every_scale_left_out_still_fires() -> None:
    wrong = "The council will spend £4.2 million: 3 on roads and 2.5 on schools."
    right = "The council will spend £4.2 million: 3 on roads and 1.2 on schools."
    assert codes(wrong) == ["NC202"]
    assert codes(right) == []


# written with the rest, scored only at the end
ASIDE = {
    "housing: a grant by tenure, scale dropped on the last item": (
        "Ministers set aside £950 million for housing, 600 million for social homes and 400 for "
        "shared ownership.",
        "Ministers set aside £950 million for housing, 600 million for social homes and 350 for "
        "shared ownership.",
    ),
    "markets: a bond sale by maturity": (
        "The Treasury sold €7 billion of bonds: 4.5 billion of ten-year paper and 2.9 of five-year "
        "notes.",
        "The Treasury sold €7 billion of bonds: 4.5 billion of ten-year paper and 2.5 of five-year "
        "notes.",
    ),
    "weather: storm damage by sector": (
        "The storm caused $1.6 billion in damage: 1.1 billion to homes and 0.6 to farms.",
        "The storm caused $1.6 billion in damage: 1.1 billion to homes and 0.5 to farms.",
    ),
}

ASIDE_SILENT = {
    "people after an amount": (
        "The £6 million fund will help 300 families: 200 in the city and 100 in the county."
    ),
    "each item carries 'million'": (
        "The ministry spent $5 million: $3 million on vaccines and $2 million on staff."
    ),
    "full-value thousands": (
        "The repair came to £45,000: 30,000 for the roof and 15,000 for the windows."
    ),
}

CHANGES_ASIDE = {
    "education: pupils, 'million' once": (
        "Pupil numbers rose 20% from 8.1 to 8.4 million over the decade.",
        "Pupil numbers rose 4% from 8.1 to 8.4 million over the decade.",
    ),
    "crime: fraud losses in dollars, the scale on the old level": (
        "Losses to fraud fell 40% from $2.7 billion to $2.3.",
        "Losses to fraud fell 15% from $2.7 billion to $2.3.",
    ),
}

CHANGES_ASIDE_SILENT = {
    "a count of hundreds to thousands": ("Applications rose from 900 to 1,350, a 50% increase."),
    "both scaled, one in words": ("Subscribers grew 50% from 2 million to three million."),
}


@pytest.mark.parametrize(("wrong", "right"), ASIDE.values(), ids=list(ASIDE))
def test_aside_lists_add_up_at_their_scale(wrong: str, right: str) -> None:
    assert codes(right) == []


def test_aside_wrong_list_fires() -> None:
    assert "NC202" in codes(ASIDE["weather: storm damage by sector"][0])


@pytest.mark.parametrize("text", ASIDE_SILENT.values(), ids=list(ASIDE_SILENT))
def test_aside_look_alikes_stay_silent(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("wrong", "right"), CHANGES_ASIDE.values(), ids=list(CHANGES_ASIDE))
def test_aside_changes_at_one_scale(wrong: str, right: str) -> None:
    assert "NC206" in change_codes(wrong)
    assert change_codes(right) == []


@pytest.mark.parametrize("text", CHANGES_ASIDE_SILENT.values(), ids=list(CHANGES_ASIDE_SILENT))
def test_aside_change_look_alikes_stay_silent(text: str) -> None:
    assert change_codes(text) == []
