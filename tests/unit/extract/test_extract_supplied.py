"""Supply frames (numcheck/extract/supplied.py, measures.toml [verbs.supplied]): a count
told through what is supplied to it ("cut power to 86,000 customers", "power was cut to
40,000 homes") or through the outage as subject ("the outage hit 52,000 customers") is
keyed by the event the supply's loss names; power given back, another supply and a
road or a job cut name nothing of it. Two-article cases: tests/unit/drift/cases/
supplied30_dev.toml."""

from __future__ import annotations

import pytest
from extract_helpers import claim

from numcheck.extract.supplied import Supplied, supplied_event, supplied_from
from numcheck.extract.verbs import inflections
from numcheck.lexicon import LexiconError, validate


@pytest.mark.parametrize(("text", "figure"), [
    ("A fire cut power to 86,000 customers on Monday night.", "86,000"),
    ("The storm knocked out power to 120,000 customers, the utility said.", "120,000"),
    ("Shelling knocked out electricity to 30,000 residents of the city.", "30,000"),
    ("Power was cut to 40,000 homes across the county.", "40,000"),
    ("On Monday electricity supplies were cut off to 9,000 homes.", "9,000"),
    ("The outage hit 52,000 customers in the valley, the company said.", "52,000"),
    ("Rolling blackouts have affected 9,400 households in the borough.", "9,400"),
    ("A power failure struck 3,100 homes in the town.", "3,100"),
    ("Power was cut to 9,000 businesses.", "9,000"),
    ("A fire cut power to 86,000 customers and forced two schools to close.", "86,000"),
])
def test_a_supply_frame_names_the_event(text: str, figure: str) -> None:
    assert "without_power" in claim(text, figure)[0].split()


@pytest.mark.parametrize(("text", "figure"), [
    ("Crews restored power to 60,000 customers by Tuesday.", "60,000"),
    ("Power has been restored to 60,000 customers.", "60,000"),
    ("Water supplies were cut to 18,000 homes in the city.", "18,000"),
    ("Gas supply was cut off to 2,300 homes.", "2,300"),
    ("Water outages hit 3,000 homes.", "3,000"),
    ("Landslides cut the road to 12 villages.", "12"),
    ("The utility serves 1.9 million customers across the region.", "1.9 million"),
    ("The strike hit 40 schools.", "40"),
    # equipment, not those supplied: the count's noun is no lexicon thing
    ("The storm cut power to 14 substations.", "14"),
    # a list's item is a part: the event is the list total's ("212,000 in all")
    ("The storm cut power to 131,000 customers of Fenwick Electric and 81,000 of the "
     "co-op, 212,000 in all.", "131,000"),
    ("The outage hit 52,000 customers in Thrandle, 21,000 in Oakhithe and 9,000 in "
     "outlying villages.", "52,000"),
])
def test_no_supply_of_power_names_nothing_of_it(text: str, figure: str) -> None:
    assert "without_power" not in claim(text, figure)[0].split()


def _table() -> Supplied:
    return supplied_from({"without_power": {
        "supplies": ["power", "supply"], "stops": ["cut", "knock out"],
        "outages": ["outage"], "reach": ["hit"], "others": ["water"]}},
        lambda p: ((form, *p.split()[1:]) for form in inflections(p.split()[0])))


def test_the_reader_walks_back_from_the_figure() -> None:
    table, aux = _table(), frozenset({"was", "has", "been"})
    def read(text: str) -> tuple[str, int] | None:
        words = text.split()
        return supplied_event(words, len(words), table, aux)

    assert read("a fire cut power to") == ("without_power", 2)
    assert read("power has been cut to") == ("without_power", 0)
    assert read("the outage hit") == ("without_power", 1)
    assert read("storms knocked out power to") == ("without_power", 1)
    assert read("water supply was cut to") is None
    assert read("power to") is None  # no verb
    assert read("cut to") is None  # no supply


def test_a_long_run_of_words_is_read_in_bounded_steps() -> None:
    table, aux = _table(), frozenset({"was"})
    words = ["was"] * 20_000 + ["cut", "to"]
    assert supplied_event(words, len(words), table, aux) is None  # no supply in reach


def test_a_wrong_entry_is_refused_with_its_key() -> None:
    with pytest.raises(ValueError, match=r"supplied\.without_power\.stop"):
        supplied_from({"without_power": {"stop": ["cut"]}}, lambda p: [tuple(p.split())])
    with pytest.raises(ValueError, match="expected a list of strings"):
        supplied_from({"without_power": {"stops": "cut"}}, lambda p: [tuple(p.split())])
    with pytest.raises(LexiconError) as info:
        validate({"measures": {"verbs": {"supplied": {"without_powr": {"stops": ["cut"]}}}}})
    assert info.value.key == "measures.verbs.supplied.without_powr"
