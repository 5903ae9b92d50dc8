"""Wave 27's day counts and conversions as other desks write them (data/days27_*.toml,
data/conversions27_*.toml, written before tuning; the ``_aside`` files were set apart
and scored only at the end): a planted count or conversion raises its rule, its right
twin and the look-alikes (another year's event, an event's last day, a bracket that is
no conversion) stay silent on NC2xx and NC3xx. A case the checkers cannot read yet says
why in ``known`` and is an expected failure."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.testing import run_checks

FAMILY = {"NC301": {"NC301", "NC302"}, "NC207": {"NC207"}}


@pytest.mark.parametrize(
    "case",
    realisation_cases(
        "days27_realisations.toml", "days27_realisations_aside.toml",
        "conversions27_realisations.toml", "conversions27_realisations_aside.toml",
    ),
)
def test_realisation(case: dict[str, str]) -> None:
    result = run_checks(case["text"], builtins=True, path="article.txt", date=case.get("date"))
    codes = set(result.codes())
    if case["expect"]:
        assert FAMILY[case["expect"]] & codes
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}
