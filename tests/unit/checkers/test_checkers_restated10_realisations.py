"""Restatements of one figure in one article as other desks write them (wave 10): each
planted restatement raises NC101, NC102 or NC103; each look-alike (an update, a part
against its whole, another date, place, claimant or instance) raises none of them.

The cases were written before the restatement grouping they measure was changed; a
random third (data/restated10_realisations_aside.toml) was set aside before tuning and
scored only at the end. A case the checker cannot read yet says why in ``known`` and
is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from numcheck.testing import run_checks

DATA = Path(__file__).parent / "data"
RESTATED = ("NC101", "NC102", "NC103")


def _cases(*names: str) -> list[Any]:
    out = []
    for name in names:
        with (DATA / name).open("rb") as handle:
            cases = tomllib.load(handle)["case"]
        for case in cases:
            marks = ([pytest.mark.xfail(reason=case["known"], strict=False)]
                     if "known" in case else [])
            out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _cases("restated10_realisations.toml",
                                        "restated10_realisations_aside.toml"))
def test_restatement(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], builtins=True, path="article.md").codes()
    raised = [c for c in codes if c in RESTATED]
    if case["expect"]:
        assert raised
    else:
        assert not raised
