"""Two figures told of another period or another holder are two figures
(numcheck/checkers/_restate_another.py, ``[restated.another]``): "Last season he scored
14 of the club's 52 goals" restates no "38 goals this season"; "Its partner airline has
grounded 40 of its 210 jets" no "120 aircraft" of the airline. The cases of
data/restated23r_another.toml were written before the mechanism: the consistent ones
must stay silent, the contradictions of the same shape (same period and holder, or a
later mention that names no period) must still be raised. A wrong entry is refused."""

from __future__ import annotations

from typing import Any

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers._restate_another import AnotherWords
from numcheck.lexicon import LexiconError
from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")


def _restated(text: str) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md").codes()
    return [c for c in codes if c in RESTATED]


@pytest.mark.parametrize("case", realisation_cases("restated23r_another.toml"))
def test_another_period_or_holder(case: dict[str, str]) -> None:
    raised = _restated(case["text"])
    assert bool(raised) == bool(case["expect"])


def _table(**changed: list[str]) -> dict[str, Any]:
    table: dict[str, list[str]] = {
        "period_leads": ["last"], "period_now": ["this"], "period_nouns": ["season"],
        "period_counts": ["a"], "period_backs": ["ago"], "period_blockers": ["than"],
        "holders": ["rival"],
    }
    table.update(changed)
    return {"restated": {"another": table}}


def test_the_table_reads() -> None:
    words = AnotherWords.of(_table())
    assert "rival" in words.holders
    assert "season" in words.nouns


@pytest.mark.parametrize(
    ("changed", "key"),
    [
        ({"holders": ["rival club"]}, "holders"),
        ({"period_leads": ["last", "season"]}, "period_leads"),
        ({"period_backs": ["ago", "season"]}, "period_backs"),
    ],
)
def test_a_wrong_entry_is_refused_with_its_key(changed: dict[str, list[str]], key: str) -> None:
    with pytest.raises(LexiconError) as raised:
        AnotherWords.of(_table(**changed))
    assert raised.value.key.endswith(key)
