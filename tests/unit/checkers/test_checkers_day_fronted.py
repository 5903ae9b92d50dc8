"""_day_fronted: a day count's start told by a sentence that opens with its day, then the
subject, then the onset ("On Monday, dockers walked out"), read only when the article
writes no start of another kind. The realisation files (data/days31_*.toml) were written
before tuning; the ``_aside`` one was scored only at the end."""

from __future__ import annotations

import datetime as dt

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers import days
from numcheck.checkers._day_fronted import fronted_starts
from numcheck.checkers._starts import Cues
from numcheck.extract import extract_claims
from numcheck.parsing import parse
from numcheck.quantity import Kind
from numcheck.testing import run_checks
from numcheck.testing.builders import make_document

FRIDAY = "2026-03-13"  # Monday 9 March is day one, Friday day five
LEX = {
    "weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "onset_gap": 6,
    "clause_not_onsets": ["said", "told"],
    "future_cues": ["will", "would"],
}


def _check(case: dict[str, str]) -> None:
    result = run_checks(case["text"], builtins=True, path="article.txt", date=case.get("date"))
    codes = set(result.codes())
    if case["expect"]:
        assert {"NC301", "NC302"} & codes
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}


@pytest.mark.parametrize("case", realisation_cases("days31_realisations.toml"))
def test_realisation(case: dict[str, str]) -> None:
    _check(case)


@pytest.mark.parametrize("case", realisation_cases("days31_realisations_aside.toml"))
def test_realisation_aside(case: dict[str, str]) -> None:
    _check(case)


def _starts(text: str, verbs: list[str]) -> list[tuple[int | None, int, int]]:
    doc = make_document(text, date=FRIDAY)
    claims = extract_claims(doc, parse(doc.prose))
    counts = [c for c in claims if c.quantity.kind is Kind.ORDINAL]
    cues = Cues(LEX, {})
    today = dt.date(2026, 3, 13)
    return [s.parts for s in fronted_starts(doc, claims, counts, cues, today, verbs, LEX)]


def test_a_fronted_weekday_or_date_then_its_onset() -> None:
    count = " The strike is in its fifth day."
    assert _starts("On Monday, dockers walked out." + count, ["walked out"]) == [(2026, 3, 9)]
    assert _starts("Last Tuesday dockers walked out." + count, ["walked out"]) == [(2026, 3, 10)]
    assert _starts("Late on Monday night, the crew walked out." + count, ["walked out"]) == [
        (2026, 3, 9)]
    assert _starts("On March 9, dockers walked out." + count, ["walked out"])[0][1:] == (3, 9)


def test_no_start_without_a_fronted_onset() -> None:
    count = " The strike is in its fifth day."
    # speech or the future before the verb, a break in the subject, no onset verb
    assert _starts("On Monday, the union said dockers walked out." + count, ["walked out"]) == []
    assert _starts("On Monday, dockers will walk out." + count, ["walked out", "walk out"]) == []
    assert _starts("On Monday, dockers, angry, walked out." + count, ["walked out"]) == []
    assert _starts("On Monday, shares fell." + count, ["walked out"]) == []
    # the day counted (today) starts nothing, and neither does the count's own sentence
    assert _starts("On Friday, dockers walked out." + count, ["walked out"]) == []
    assert _starts("On Monday, dockers walked out on the first day of the strike.",
                   ["walked out"]) == []


def test_an_onset_written_as_such_wins() -> None:
    text = ("The strike, which began on Tuesday, is in its fourth day. "
            "On Monday, dockers walked out at Pellow.")
    assert run_checks(text, [days], date=FRIDAY).codes() == []
