"""A place's figure above the overall one (parts._regions, NC201) as other desks write it
(data/regions27_*.toml; the ``_aside`` file was set apart and run only at the end): the
whole told as the whole ("nationwide", "in all", "across the county") raises NC201 against
a place's larger figure; a lead's or headline's figure with no place, another thing,
another period or a breakdown that fits stays silent."""

from __future__ import annotations

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers import parts
from numcheck.testing import run_checks


@pytest.mark.parametrize(
    "case", realisation_cases("regions27_realisations.toml", "regions27_realisations_aside.toml")
)
def test_realisation(case: dict[str, str]) -> None:
    codes = run_checks(case["text"], [parts], path=case["path"]).codes()
    assert ("NC201" in codes) is (case["expect"] == "NC201")
