"""The grammar of measure phrases and property frames (extract/measure_phrase.py,
extract/dimensions.py, [places] institutions): what a figure's key names."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import check_case, claim

from numcheck.extract.measure_phrase import institution_words, phrase_ends, property_nouns
from numcheck.lexicon import LexiconError


@pytest.mark.parametrize(
    ("text", "figure", "thing"),
    [
        ("Police recovered 12 kilos of heroin hidden in a van on the M6.", "12 kilos", "heroin"),
        ("Officers said 1,300 kg of ivory found at the port was bound for Asia.", "1,300 kg",
         "ivory"),
        ("Customs seized 410 kilos of cannabis behind a false wall.", "410 kilos", "cannabis"),
        ("Wards shut at the 480-bed hospital.", "480-bed", "bed"),
        ("The hospital has 520 beds.", "520", "bed"),
        ("The 1,150-pupil academy will open a sixth form.", "1,150-pupil", "student"),
        ("Rovers hope to enlarge their 15,500-capacity stadium.", "15,500-capacity", "capacity"),
    ],
)
def test_the_key_names_the_measured_noun(text: str, figure: str, thing: str) -> None:
    key, _, _ = claim(text, figure)
    assert key.split()[0] == thing


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        ("The tunnel, which is 2,400 metres long, will shut.", "2,400 metres", "tunnel"),
        ("The new dam will be 90 metres high.", "90 metres", "dam"),
        ("Crowds crossed the 1.1km bridge.", "1.1km", "bridge"),
    ],
)
def test_a_dimension_measures_its_holder(text: str, figure: str, holder: str) -> None:
    _, measure, _ = claim(text, figure)
    assert measure[:1] == (holder,)


def test_an_institution_places_a_figure_in_its_town() -> None:
    from numcheck.engine import Engine
    from numcheck.testing.builders import make_document

    text = "The haulage firm was fined £40,000 at Norton Crown Court on Monday."
    claims = Engine().analyse(make_document(text, "a.md")).claims
    assert next(c for c in claims if c.quantity.text == "£40,000").place == "Norton"


@pytest.mark.parametrize(
    "case",
    [
        {"id": "heroin", "expect": "found",
         "a": "Police recovered 12 kilos of heroin hidden in a van.",
         "b": "Officers found 18 kilos of heroin in a van."},
        {"id": "tunnel", "expect": "found",
         "a": "The tunnel, which is 2,400 metres long, will close for repairs.",
         "b": "Repairs to the 3.1km tunnel will take six weeks."},
        {"id": "beds-agree", "expect": "none",
         "a": "St Ann's Hospital, which has 350 beds, is short of nurses.",
         "b": "The 350-bed St Ann's Hospital relies on agency nurses."},
        {"id": "two-seizures", "expect": "none",
         "a": "Officers seized 200 kilos of cannabis hidden in a lorry and 60 kilos of "
              "cocaine found in a car.",
         "b": "The 200 kilos of cannabis was in a lorry; the 60 kilos of cocaine was in a car."},
    ],
    ids=lambda c: c["id"],
)
def test_two_articles(case: dict[str, str]) -> None:
    check_case(case)


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda: phrase_ends({"participles": ["Hidden"]}, {}), "one lowercase word"),
        (lambda: phrase_ends({"participles": ["heroin"]}, {"heroin": ()}), "starts a thing"),
        (lambda: phrase_ends({"participle": ["hidden"]}, {}), "unknown field"),
        (lambda: property_nouns({"counted": ["beds"]}, {}, lambda w: w.rstrip("s")),
         "not singular"),
        (lambda: property_nouns({"countd": []}, {}, str), "unknown field"),
        (lambda: institution_words({"nouns": ["city"], "institutions": ["city"]}),
         "place noun"),
    ],
)
def test_a_wrong_entry_is_refused_loudly(call: Any, says: str) -> None:
    with pytest.raises(LexiconError, match=says):
        call()


def test_a_capacity_of_counts_the_capacity() -> None:
    key, measure, _ = claim("The ground, which has a capacity of 12,000, is full.", "12,000")
    assert key.split()[0] == "capacity"
    assert measure == ("capacity",)
    key, _, _ = claim("The operator runs a fleet of 40 buses.", "40")
    assert key.split()[0] == "bus"
