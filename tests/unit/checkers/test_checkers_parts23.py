"""NC202 (wave 23, parts23): parts told one to a sentence before a complement, a total
row whose empty cells the reader left out, and a bracket list whose labels carry their
own counts; each with the look-alikes that stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from numcheck.checkers import parts
from numcheck.lexicon import LexiconError, validate
from numcheck.testing import run_checks

ONE_BY_ONE = [
    # (wrong, right): the desk and the register vary
    ("The council will close 12 libraries next year. Seven are in the north of the county. "
     "The other six are in the south.",
     "The council will close 12 libraries next year. Seven are in the north of the county. "
     "The other five are in the south."),
    ("The operator cancelled 96 trains on Monday. Forty-four were on the coast line. Another "
     "30 were on the valley line. The other 20 were on branch lines.",
     "The operator cancelled 96 trains on Monday. Forty-four were on the coast line. Another "
     "30 were on the valley line. The other 22 were on branch lines."),
    ("The club used 31 players this season. Eighteen came through the academy. The other 11 "
     "were signed from other clubs.",
     "The club used 31 players this season. Eighteen came through the academy. The other 13 "
     "were signed from other clubs."),
    ("The survey catalogued 212 species on the seamount. Ninety-four were new to science. "
     "The other 120 had been recorded elsewhere.",
     "The survey catalogued 212 species on the seamount. Ninety-four were new to science. "
     "The other 118 had been recorded elsewhere."),
]

SILENT = [
    # a part that is not told on as a continuation: the complement closes the nearest one
    "Police arrested 41 people during the protest. Nine were hurt. Twenty-two were later "
    "released. The remaining 19 were charged.",
    # a part of another period
    "The club used 31 players this season. Twenty-four were used last season. Eighteen came "
    "through the academy. The other 13 were signed from other clubs.",
    # a figure of the kind before the whole: the parts could be of either
    "The trust runs 23 schools. It employs 40 teachers at its sites. Fourteen are in Leeds. "
    "The other nine are in Bradford.",
    # another paragraph
    "The fleet has 60 buses. Twenty-five are electric.\n\nThe other 35 run on diesel.",
    "Rescuers freed 40 hostages on Tuesday. Twelve were taken to hospital. The remaining 18 "
    "hostages are still held.",
    # a complement of the event, not of the whole; a complement larger than the whole
    "The council will close 12 libraries next year. Seven are in the north of the county. "
    "The other 10 will stay open.",
    "The council will close 12 libraries next year. Seven are in the north of the county. "
    "The other 15 libraries will be modernised.",
    # a complement that names another thing than the whole
    "The school has 30 teachers. Twelve joined this year. The other 25 staff are support "
    "workers.",
]


@pytest.mark.parametrize(("wrong", "right"), ONE_BY_ONE)
def test_parts_told_one_to_a_sentence_before_a_complement(wrong: str, right: str) -> None:
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


@pytest.mark.parametrize("text", SILENT)
def test_look_alikes_of_parts_told_one_by_one_stay_silent(text: str) -> None:
    assert run_checks(text, [parts]).codes() == []


HTML = (
    "<table>\n<tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>\n"
    "<tr><td>Vantreece</td><td>Progressive</td><td>14,212</td></tr>\n"
    "<tr><td>Kerridge</td><td>National</td><td>14,181</td></tr>\n"
    "<tr><td>Pardoe</td><td>Green</td><td>2,904</td></tr>\n"
    "<tr><td>Total valid votes</td><td></td><td>{total}</td></tr>\n</table>\n"
)
MARKDOWN = (
    "| Ward | Councillor | Votes |\n|---|---|---|\n| North | A. Bell | 1,204 |\n"
    "| South | C. Dunn | 980 |\n| Total | | {total} |\n"
)


@pytest.mark.parametrize(
    ("text", "path", "right", "wrong"),
    [(HTML, "count.html", "31,297", "31,927"), (MARKDOWN, "wards.md", "2,184", "2,194")],
)
def test_a_total_row_with_an_empty_cell(text: str, path: str, right: str, wrong: str) -> None:
    assert run_checks(text.format(total=right), [parts], path=path).codes() == []
    assert run_checks(text.format(total=wrong), [parts], path=path).codes() == ["NC202"]


def test_an_empty_trailing_cell_keeps_the_total_in_its_column() -> None:
    text = (
        "| Region | 2025 | Change |\n|---|---|---|\n| North | 400 | +12 |\n"
        "| South | 300 | -4 |\n| Total | {total} | |\n"
    )
    assert run_checks(text.format(total="700"), [parts], path="r.md").codes() == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("The 31 came from the Brennick Ocean Institute (17), two universities (nine) and "
         "the national fisheries agency (four), the institute said.",
         "The 30 came from the Brennick Ocean Institute (17), two universities (nine) and "
         "the national fisheries agency (four), the institute said."),
        ("The 64 delegates came from three unions (40), two charities (12) and local "
         "councils (nine), organisers said.",
         "The 61 delegates came from three unions (40), two charities (12) and local "
         "councils (nine), organisers said."),
    ],
)
def test_a_bracket_list_whose_labels_carry_counts(wrong: str, right: str) -> None:
    assert run_checks(wrong, [parts]).codes() == ["NC202"]
    assert run_checks(right, [parts]).codes() == []


def test_a_conversion_in_brackets_is_no_label_count() -> None:
    text = (
        "The weather service recorded a gust of 140 km/h (87 mph) on the mountain and gusts "
        "of up to 160 km/h (120 mph) on the island."
    )
    assert run_checks(text, [parts]).codes() == []


CAPTIONED = (
    "<p>In all, 41,000 homes were without power on Sunday night, the network said.</p>\n"
    "<table><caption>Homes without power, by county</caption>\n"
    "<tr><th>County</th><th>Homes</th></tr>\n<tr><td>Ashby</td><td>{a}</td></tr>\n"
    "<tr><td>Brent</td><td>12,000</td></tr>\n<tr><td>Coldham</td><td>4,000</td></tr>\n"
    "</table>\n"
)
HEADED = (
    "In all, 212 flights were cancelled at the three airports, the operator said.\n\n"
    "### Flights cancelled by airport\n\n| Airport | Flights |\n|---|---|\n"
    "| Northgate | 120 |\n| Sele | 60 |\n| Pell | {a} |\n"
)


@pytest.mark.parametrize(
    ("text", "path", "right", "wrong"),
    [(CAPTIONED, "power.html", "25,000", "22,000"), (HEADED, "flights.md", "32", "22")],
)
def test_a_caption_that_breaks_a_figure_down(
    text: str, path: str, right: str, wrong: str
) -> None:
    assert run_checks(text.format(a=right), [parts], path=path).codes() == []
    assert run_checks(text.format(a=wrong), [parts], path=path).codes() == ["NC202"]


@pytest.mark.parametrize(
    "text",
    [
        # the caption names another state than the figure's: rows larger than it
        "Across our 96 schools, 74 are closed today and a further 12 are partially open.\n\n"
        "### Schools partially open, by area\n\n| Area | Schools |\n|---|---|\n"
        "| Town | 31 |\n| Dale | 26 |\n| Upper | 19 |\n",
        # a caption that names only the thing: no figure's state
        "Snow closed 74 schools today. The council runs 96 schools in all.\n\n"
        "### Schools by area\n\n| Area | Schools |\n|---|---|\n"
        "| Town | 40 |\n| Dale | 36 |\n| Upper | 20 |\n",
    ],
)
def test_captions_that_name_no_figure_stay_silent(text: str) -> None:
    assert run_checks(text, [parts], path="s.md").codes() == []


@pytest.mark.parametrize(
    ("addition", "key"),
    [
        ({"checkers": {"others": {"part_openings": "some"}}}, "checkers.others.part_openings"),
        ({"checkers": {"others": {"parts_sentences_back": "four"}}},
         "checkers.others.parts_sentences_back"),
        ({"checkers": {"sums": {"caption_breakdowns": "by"}}}, "checkers.sums.caption_breakdowns"),
        ({"checkers": {"sums": {"caption_stop_words": ["the", 3]}}},
         "checkers.sums.caption_stop_words[1]"),
    ],
)
def test_a_wrong_entry_of_the_new_tables_is_refused(addition: dict[str, Any], key: str) -> None:
    with pytest.raises(LexiconError) as info:
        validate(addition)
    assert info.value.key == key
