"""Realisation cases read from TOML data files (``[[case]]`` tables), shared by the
checkers' realisation tests: a case the checkers cannot read yet says why in ``known``
and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

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


__all__ = ["DATA", "realisation_cases"]
