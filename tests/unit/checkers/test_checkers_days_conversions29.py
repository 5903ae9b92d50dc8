"""Wave 29's day counts whose start is told only by the verb of the event counted
("the closure ... entered its ninth day" / "the bridge closed on Friday 13 November"),
as nine desks write them (data/days29_realisations.toml, written before tuning; the
``_aside`` file was set apart and scored only at the end): a planted count raises
NC301/NC302, its right twin and the look-alikes (an onset elsewhere, a day gone by, a
verb of another event, two such days, another year) stay silent on NC2xx and NC3xx.
Conversions whose rate's "per" is written once ("2 million cubic metres a day (70
million cubic feet)", data/conversions29_*.toml) are checked as rates."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.testing import run_checks

FAMILY = {"NC301": {"NC301", "NC302"}, "NC207": {"NC207"}}


@pytest.mark.parametrize(
    "case",
    realisation_cases(
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
