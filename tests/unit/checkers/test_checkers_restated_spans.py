"""One span of time for a restated figure (numcheck/checkers/_restate_spans.py) and a
figure with an event restated without it (_restate_bridge.py)."""

from __future__ import annotations

from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")


def _restated(text: str, date: str | None = None) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md", date=date).codes()
    return [c for c in codes if c in RESTATED]


def test_a_total_since_the_onset_restates_one_without_a_window() -> None:
    text = (
        "Eighteen officers have been injured in the protests, police said.\n\n"
        "Police said 14 officers had been injured since the protests began."
    )
    assert _restated(text)


def test_a_day_count_is_no_total_since_the_onset() -> None:
    text = (
        "Twelve people died on Monday as the storm hit the coast.\n\n"
        "Since the storm began last week, 40 people have died."
    )
    assert not _restated(text)
    assert not _restated(text, date="2026-03-05")


def test_a_toll_since_the_onset_is_no_larger_part_of_a_day_count() -> None:
    """The toll's own word ("toll") makes it look like a part of the day's deaths: a part
    is never larger, but a total since the onset is no part of one past day's count."""
    text = (
        "Six people died on Monday as the river kept rising. The toll since the flooding "
        "began on Saturday stands at 17, the regional governor said."
    )
    assert not _restated(text, date="2026-03-05")


def test_a_rolling_window_keeps_its_span() -> None:
    text = (
        "Forty people have died in the outbreak, officials said.\n\n"
        "In the past 24 hours, 12 people died."
    )
    assert not _restated(text)


def test_an_event_said_once_meets_the_same_noun_told_without_it() -> None:
    text = (
        "Forty patients were taken ill with norovirus at the hospital.\n\n"
        "Doctors said the 41 patients were recovering well."
    )
    # "recovering" is no event: the second figure is grouped by its noun
    assert _restated(text)


def test_an_indefinite_figure_of_another_verb_stays_apart() -> None:
    # "lost power" may be another event: the reader is told of no known figure
    assert not _restated("In Leeds, 45 homes flooded.\n\nIn Leeds, 54 homes lost power.")
    assert not _restated(
        "Forty patients were taken ill with norovirus at the hospital.\n\n"
        "A spokeswoman said 41 patients had shown symptoms of the virus."
    )


def test_a_part_picked_out_by_its_event_stays_silent() -> None:
    text = (
        "The Dunmore plant employs 1,250 workers, the company said.\n\n"
        "About 350 workers will be laid off next year."
    )
    assert not _restated(text)


def test_the_bridged_figures_keep_their_moments() -> None:
    text = (
        "Rescuers have pulled 41 people from the rubble.\n\n"
        "By Thursday evening, 62 people had been saved, officials said."
    )
    assert not _restated(text)
