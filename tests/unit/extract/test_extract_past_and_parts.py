"""Figures kept apart from a story's own: earlier events named by a date or by years,
parts named by an opening "Of the N ...", and crime/jobs events that are not the same
measure (seized vs smuggled)."""

from __future__ import annotations

import pytest

from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def claims(text: str, date: str | None = "2024-04-20") -> list[Claim]:
    found = ENGINE.analyse(make_document(text, "a.txt", date=date)).claims
    return [c for c in found if c.quantity.is_amount]


def test_a_sentence_naming_a_date_weeks_back_is_another_event() -> None:
    [earlier] = claims("The last big flood, on March 2, left nine people dead in the valley.")
    assert earlier.window == "on 2024-03-02"


@pytest.mark.parametrize(
    "text",
    [
        "Eight patients have now died in the outbreak, which was first reported on March 2.",
        "So far, 31 cases have been confirmed in the outbreak traced to a fair on March 2.",
        "To date 14 lorries have been turned back at the border closed on March 2.",
    ],
)
def test_a_figure_told_as_current_is_not_dated_by_another_event(text: str) -> None:
    assert [c.window for c in claims(text)] == [None]


def test_a_dateline_date_is_no_past_event() -> None:
    [toll] = claims("LORNE, March 2 (Wire) - The floods have killed 31 people, police said.")
    assert toll.window is None


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed on Thursday, the police said.",
        "By April 15, rescuers had pulled 31 survivors from the rubble.",
        "Some 40 families were moved out yesterday.",
    ],
)
def test_a_day_of_this_story_keeps_no_window(text: str) -> None:
    assert [c.window for c in claims(text)] == [None]


def test_a_sentence_naming_only_past_years_is_the_past() -> None:
    text = "Founded in 1951, the yard at its height in the 1980s had 6,000 workers."
    [old] = claims(text)
    assert old.window is not None
    assert old.window.startswith("in 19")
    # a sentence naming this year too is not all past
    [now] = claims("The yard, founded in 1951, has 1,200 workers in 2024.")
    assert now.window is None


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Of the 52 passengers on board, 17 were taken to hospital.", "52", "17"),
        ("Of its 300 staff in Ostend, 120 will lose their jobs.", "300", "120"),
        ("Of those 85 arrested, 30 have since been released.", "85", "30"),
    ],
)
def test_an_opening_of_the_n_makes_a_part(text: str, whole: str, part: str) -> None:
    found = {c.quantity.text: c for c in claims(text)}
    assert found[part].part_of == found[whole].location.start


def test_of_course_is_no_partitive() -> None:
    found = claims("Of course, 40 homes flooded, and 12 more were damaged.")
    assert all(c.part_of is None for c in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Customs officers seized 2 tonnes of heroin at the port.", "seized"),
        ("Agents confiscated 300 kilograms of cannabis.", "seized"),
        ("The ring smuggled an estimated 9 tonnes of heroin over two years.", "smuggled"),
    ],
)
def test_crime_and_workforce_events(text: str, event: str) -> None:
    claim = claims(text)[0]
    assert claim.key.event == event


def test_intercepted_drones_are_not_a_seizure() -> None:
    [claim] = claims("Air defences intercepted 40 drones overnight.")
    assert claim.key.event != "seized"


def test_a_long_list_sentence_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The partitive opening ("Of the 41 injured, nine ...") is read from a sentence's
    first words, not by normalising everything before every figure (that was quadratic
    in a sentence of thousands of figures)."""
    import numcheck.extract as extract

    seen = [0]
    real = extract.norm

    def counted(text: str) -> str:
        seen[0] += len(text)
        return real(text)

    monkeypatch.setattr(extract, "norm", counted)

    def work(n: int) -> int:
        seen[0] = 0
        parts = ", ".join(f"Town{i} ({i % 50 + 1})" for i in range(n))
        claims(f"The 9,999 victims were: {parts} and Last (3).")
        return seen[0]

    small, large = work(200), work(800)
    assert large < 6 * small  # 4x the figures: about 4x the text read, never 16x


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst storm since January 2005, when 300,000 homes lost power.",
        "The toll is the highest since March 2011, when 64 people died in the region.",
        "It was the biggest walkout since 2019, when 8,000 nurses struck.",
    ],
)
def test_a_record_date_with_a_when_clause_dates_its_figure(text: str) -> None:
    # the "when" clause is read after the whole date, not four characters into it
    [old] = claims(text)
    assert old.window is not None
    assert old.window.startswith("in 20")


def test_a_record_date_alone_does_not_date_the_figure() -> None:
    [now] = claims("About 300,000 homes lost power, the most since January 2005.")
    assert now.window is None
