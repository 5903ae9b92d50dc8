"""NC202 on lists of amounts that give the scale word once (wave 30, noise30): "£4.2
million: 3 million on roads and 1.2 on schools" is 1.2 million, so the list adds up.
``TUNED`` was read while the rule was written; ``ASIDE`` was written at the same time
and scored only at the end. Each pair is (wrong, right): the wrong copy must raise
NC202, the right copy must not. ``SILENT`` and ``ASIDE_SILENT`` are consistent
look-alikes (items written out in full, counts after a sum of money, every item
scaled) that must raise nothing."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
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
