"""Publication dates as publishers write them, and which metadata name wins."""

from __future__ import annotations

import datetime as dt

import pytest

from numcheck.readers.metadata import MetadataBuilder, parse_date

MARCH_3 = dt.date(2022, 3, 3)


@pytest.mark.parametrize(
    "value",
    [
        "2022-03-03", "2022-03-03T22:10:00-05:00", "2022-03-03 10:00", "2022/03/03",
        "20220303", "March 3, 2022", "Mar. 3, 2022", "3 March 2022", "Thursday, March 3, 2022",
        "Thu, 03 Mar 2022 10:00:00 GMT", "3rd March 2022", "Updated March 3rd, 2022 9:00 a.m.",
    ],
)
def test_parse_date_spellings(value: str) -> None:
    assert parse_date(value) == MARCH_3


@pytest.mark.parametrize("value", ["", "yesterday", "2022-02-30", "Smarch 3, 2022", "13/13/13"])
def test_unreadable_dates_are_unknown(value: str) -> None:
    assert parse_date(value) is None


def test_best_ranked_name_wins_regardless_of_order() -> None:
    builder = MetadataBuilder("meta")
    assert builder.offer("og:title", "Social title")
    assert builder.offer("dc.title", "Dublin core title")
    assert not builder.offer("keywords", "war")
    assert builder.offer("date", "not a date")  # known name, unreadable value: ignored
    assert builder.offer("pubdate", "2022-03-03")
    meta = builder.build(headline="fallback", source="Fallback Source")
    assert meta.headline == "Social title"
    assert meta.date == MARCH_3
    assert meta.source == "Fallback Source"


def test_metadata_json_shape() -> None:
    meta = MetadataBuilder("fields")
    meta.offer("Title", "  Many   spaces ")
    data = meta.build().to_json()
    assert data == {"source": None, "date": None, "headline": "Many spaces", "url": None,
                    "description": None, "author": None}
