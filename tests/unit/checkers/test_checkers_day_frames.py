"""_day_frames and _day_clause: a day count's start told by an onset verb of the frame
its sentence names ("the siege ... seized the town on Monday"), or in the count's own
clause ("the fifth day of the closure the council ordered on Monday"). The realisation
files (data/days30_*.toml) were written before tuning; the ``_aside`` one was scored
only at the end."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers import days
from numcheck.checkers._day_clause import _past
from numcheck.checkers._day_frames import _named, _with_sources
from numcheck.testing import run_checks

FRIDAY = "2026-03-13"  # Monday 9 March is day one, Friday day five


@pytest.mark.parametrize(
    "case", realisation_cases("days30_realisations.toml", "days30_realisations_aside.toml")
)
def test_realisation(case: dict[str, str]) -> None:
    result = run_checks(case["text"], builtins=True, path="article.txt", date=case.get("date"))
    codes = set(result.codes())
    if case["expect"]:
        assert {"NC301", "NC302"} & codes
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}


def test_frames_named_by_one_word_or_two() -> None:
    nouns = {"storm": {"storm"}, "ice storm": {"storm"}, "search": {"search"}}
    assert _named(["the", "search", "goes", "on"], nouns) == {"search"}
    assert _named(["an", "ice", "storm"], nouns) == {"storm"}
    assert _named(["the", "talks"], nouns) == set()


def test_a_frame_takes_its_sources_one_step() -> None:
    frames = {"search": {"from": ["disaster"]}, "disaster": {"from": ["storm"]}}
    assert _with_sources({"search"}, frames) == {"search", "disaster"}


def test_a_past_verb_that_tells_an_onset() -> None:
    refused = frozenset({"said", "called off"})
    assert _past("the closure the council ordered", frozenset(), refused)
    assert _past("a siege rebels began", frozenset({"began"}), refused)
    assert not _past("the planned closure", frozenset(), refused)  # an adjective
    assert not _past("the strike the union called off", frozenset(), refused)
    assert not _past("the count officials said", frozenset(), refused)


def test_a_frame_verb_opens_only_its_own_event() -> None:
    def codes(text: str) -> list[str]:
        return run_checks(text, [days], date=FRIDAY).codes()

    assert codes("The siege is in its seventh day. Rebels seized the town on Monday.") == [
        "NC301"]
    assert codes("The siege is in its fifth day. Rebels seized the town on Monday.") == []
    # "hit" opens a storm, not a strike
    assert codes("The strike is in its seventh day. Output hit a record on Monday.") == []
    assert codes("The storm response is in its seventh day. The storm hit on Monday.") == [
        "NC301"]
    # an onset written as such wins over a frame's verb (Wednesday would make it right)
    assert codes("The siege is in its third day. Rebels seized the town on Wednesday. "
                 "The blockade began on Monday.") == ["NC301"]
