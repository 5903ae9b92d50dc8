"""Two measures of one head that sibling words tell apart (``[descriptors] siblings``
in alignment.toml: core and headline inflation, gross and net spending) and sibling
heads (gusts and sustained winds): the same figure under both in two articles is
measure drift (NC403); other figures, or one word said alike, are not."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # economics desk: the core rate retold as the headline rate
        ("Core inflation was 4.9% in September.", "Headline inflation was 4.9% in September."),
        # council desk: gross spending retold as net spending
        ("The council plans gross spending of £412.6 million.",
         "The council plans net spending of £412.6 million."),
        # weather desk: a gust retold as a sustained wind
        ("The storm brought gusts of 92 mph.", "The storm brought sustained winds of 92 mph."),
    ],
)
def test_one_figure_under_two_sibling_measures_is_measure_drift(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC403"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two sibling measures with their own figures
        ("Core inflation was 4.9%.", "Headline inflation was 6.1%."),
        ("The storm brought gusts of 92 mph.", "The storm brought winds of 74 mph."),
        # the same measure, the same figure
        ("Core inflation was 4.9%.", "Core inflation stood at 4.9%."),
    ],
)
def test_other_figures_or_one_measure_stay_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []
