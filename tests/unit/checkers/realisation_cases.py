"""Realisation cases read from TOML data files (``[[case]]`` tables), shared by the
checkers' realisation tests: a case the checkers cannot read yet says why in ``known``
and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from numcheck.testing import run_checks

DATA = Path(__file__).parent / "data"


def realisation_cases(*names: str) -> list[Any]:
    """Every case of the named data files, as pytest params marked by ``known``."""
    out = []
    for name in names:
        with (DATA / name).open("rb") as handle:
            cases = tomllib.load(handle)["case"]
        for case in cases:
            marks = ([pytest.mark.xfail(reason=case["known"], strict=False)]
                     if "known" in case else [])
            out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


# the rules that count as finding a planted share or change
SHARE_FAMILY = {"NC203": {"NC203", "NC205"}, "NC206": {"NC204", "NC206"}}


def check_share_case(case: dict[str, object]) -> None:
    """One share or change case of articles ``texts``: a planted one (``expect`` a rule)
    raises a rule of its family in the first article; an agreeing one raises no NC2xx."""
    texts = case["texts"]
    assert isinstance(texts, list)
    found = run_checks({f"article{i}.txt": t for i, t in enumerate(texts, 1)}, builtins=True)
    expect = case["expect"]
    if expect:
        assert isinstance(expect, str)
        assert SHARE_FAMILY[expect] & {
            f.rule for f in found if f.location.path == "article1.txt"
        }
    else:
        assert not [f for f in found if f.rule.startswith("NC2")]


__all__ = ["DATA", "SHARE_FAMILY", "check_share_case", "realisation_cases"]
