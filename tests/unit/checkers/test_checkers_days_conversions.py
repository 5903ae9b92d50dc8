"""Day counts and conversions as other desks write them, wave by wave (data/days27_*.toml,
data/conversions27_*.toml; data/days29_*.toml, data/conversions29_*.toml), each written
before tuning, the ``_aside`` files set apart and scored only at the end: a planted count
or conversion raises its rule, its right twin and the look-alikes (another year's event,
an event's last day, a bracket that is no conversion, an onset elsewhere, a verb of
another event) stay silent on NC2xx and NC3xx. Wave 29 adds starts told only by the
verb of the event counted ("the closure ... entered its ninth day" / "the bridge closed
on Friday 13 November") and a rate's "per" written once ("2 million cubic metres a day
(70 million cubic feet)"). A case the checkers cannot read yet says why in ``known``
and is an expected failure."""

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
        "days29_realisations.toml", "days29_realisations_aside.toml",
        "conversions29_realisations.toml", "conversions29_realisations_aside.toml",
    ),
)
def test_realisation(case: dict[str, str]) -> None:
    result = run_checks(case["text"], builtins=True, path="article.txt", date=case.get("date"))
    codes = set(result.codes())
    if case["expect"]:
        assert FAMILY[case["expect"]] & codes
    else:
        assert not {c for c in codes if c.startswith(("NC2", "NC3"))}
