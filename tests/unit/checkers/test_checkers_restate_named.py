"""A figure no group holds, restated under the noun it is told as
(``_restate_named.py``, restate34): each realisation of ``restate_named_cases.py``
raises NC101-NC103, each look-alike none."""

from __future__ import annotations

import pytest
from restate_named_cases import NAMED, NAMED_SILENT

from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")


def _restated(text: str) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md").codes()
    return [c for c in codes if c in RESTATED]


@pytest.mark.parametrize(("name", "text"), NAMED, ids=[n for n, _ in NAMED])
def test_restated_under_its_noun(name: str, text: str) -> None:
    assert _restated(text), name


@pytest.mark.parametrize(("name", "text"), NAMED_SILENT, ids=[n for n, _ in NAMED_SILENT])
def test_look_alike_stays_silent(name: str, text: str) -> None:
    assert not _restated(text), name

