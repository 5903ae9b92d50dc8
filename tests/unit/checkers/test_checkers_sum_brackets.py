"""NC202 on a breakdown in brackets whose items name their part first, then the figure
("212 homes (Kesby 140, Orrin 51 and Pell 31)", numcheck/checkers/_sum_brackets.py
``label_first``): the wrong copy fires, the right copy and the look-alikes stay silent
(cases in label_first_cases.py; those of ``unit_left``, a list whose later items leave the
first item's unit out, in unit_left_cases.py), and the reader stays linear on a soup of
brackets."""

from __future__ import annotations

import re
from typing import Any

import pytest

from numcheck.checkers import _sum_brackets, parts
from numcheck.checkers._relations import sum_cues
from numcheck.engine import Engine
from numcheck.lexicon import Lexicon
from numcheck.readers import read_text
from numcheck.settings import Settings
from numcheck.testing import run_checks
from tests.unit.checkers import label_first_cases, unit_left_cases
from tests.unit.checkers.label_first_cases import ARTICLES

# both list readers' case tables (``unit_left``: "1,200 tonnes of aid: 700 tonnes of food,
# 300 of medicine and 250 of kits", numcheck/checkers/_sum_cues.py), by reader
_READERS = {"label_first": label_first_cases, "unit_left": unit_left_cases}
TUNED = {f"{r}: {k}": v for r, m in _READERS.items() for k, v in m.TUNED.items()}
ASIDE = {f"{r}: {k}": v for r, m in _READERS.items() for k, v in m.ASIDE.items()}
LOOK_ALIKES = {f"{r}: {k}": v for r, m in _READERS.items() for k, v in m.LOOK_ALIKES.items()}


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


@pytest.mark.parametrize("name", sorted(TUNED))
def test_a_list_one_slip_from_its_total_fires(name: str) -> None:
    wrong, right = TUNED[name]
    assert codes(wrong) == ["NC202"]
    assert codes(right) == []


@pytest.mark.parametrize("name", sorted(ASIDE))
def test_aside_right_copy_is_silent(name: str) -> None:
    """The aside slice's recall is reported, not asserted; its right copy must be silent."""
    assert codes(ASIDE[name][1]) == []


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_look_alikes_stay_silent(name: str) -> None:
    assert codes(LOOK_ALIKES[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_consistent_articles_stay_silent(name: str) -> None:
    assert codes(ARTICLES[name]) == []


def _read(text: str) -> list[tuple[str, int | None]]:
    """What ``label_first`` answers at every figure of the text's one sentence: how much
    of the total the list is, and where it opens (None when it reads no list there)."""
    engine = Engine(Settings(local_plugins=False))
    document = read_text(text, "article.txt")
    claims = sorted(engine.analyse(document).claims, key=lambda c: c.location.start)
    lex: Any = Lexicon.default()
    cues = sum_cues(lex["checkers"], lex["measures"])
    out = []
    for k in range(1, len(claims)):
        how, opener = _sum_brackets.label_first(document, claims, k, cues)
        out.append((how, None if opener is None else opener[0]))
    return out


def test_reads_the_list_from_its_bracket_three_items_all_of_it() -> None:
    text = "The storm damaged 212 homes (Kesby 140, Orrin 51 and Pell 31)."
    got = _read(text)
    assert got[0] == ("partition", text.index("(") + 1)
    assert all(opened is None for _, opened in got[1:])


def test_two_items_are_some_of_the_total() -> None:
    text = "The storm damaged 212 homes (Kesby 140 and Orrin 51)."
    assert _read(text)[0] == ("some", text.index("(") + 1)


@pytest.mark.parametrize(
    "text",
    [
        "The storm damaged 212 homes (up 40, down 12).",  # a word of not_labels
        "The storm damaged 212 homes (Kesby 140, 51 in Orrin and Pell 31).",  # one unnamed
        "The storm damaged 212 homes (Kesby 140, Kesby 51 and Pell 31).",  # a label twice
        "Turnout was 41% (Kesby 45%, Orrin 38% and Pell 36%).",  # shares are no sum
        "The storm damaged 212 homes (Kesby 140, Orrin 51 and Pell 31 so far).",  # goes on
    ],
)
def test_reads_no_list_where_an_item_is_no_label_first_part(text: str) -> None:
    assert all(opened is None for _, opened in _read(text))


def test_work_stays_linear_on_a_soup_of_brackets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each bracket walks at most ``MAX_ITEMS`` figures, whatever the sentence's length:
    the separators matched grow with the figures, not with their square."""
    real: Any = _sum_brackets._NEXT
    seen = [0]

    class Counting:
        def match(self, text: str) -> re.Match[str] | None:
            seen[0] += 1
            return real.match(text)  # type: ignore[no-any-return]

    monkeypatch.setattr(_sum_brackets, "_NEXT", Counting())

    def work(n: int) -> int:
        seen[0] = 0
        _read("The flood hit " + ", ".join(["5 homes (Kesby 2, Orrin 2, Pell 1)"] * n) + ".")
        return seen[0]

    small, large = work(40), work(80)
    assert small > 0
    assert large <= 2 * small + 4
