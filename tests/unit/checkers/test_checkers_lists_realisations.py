"""Lists, parts and shares as other desks write them (wave 7's own evaluation): each
planted problem raises its rule, each agreeing look-alike stays silent on NC2xx. The
cases are data (data/lists_realisations.toml, and the aside slice scored only at the end
of wave 7: data/lists_realisations_aside.toml); a case the checkers cannot read yet says
why in ``known`` and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from numcheck.testing import run_checks

DATA = Path(__file__).parent / "data"


def _cases(name: str) -> list[Any]:
    with (DATA / name).open("rb") as handle:
        cases = tomllib.load(handle)["case"]
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(reason=case["known"], strict=False)] if "known" in case else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


# the aside slice (a random third set aside before any change) is read the same way
@pytest.mark.parametrize(
    "case", _cases("lists_realisations.toml") + _cases("lists_realisations_aside.toml")
)
def test_realisation(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], builtins=True, path="article.txt").codes()
    if case["expect"]:
        assert case["expect"] in codes
    else:
        assert not [c for c in codes if c.startswith("NC2")]
