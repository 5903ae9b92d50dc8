"""Wave 34's percent-of and percent-change realisations, as eight desks tell them
(data/shares34_realisations.toml), with the agreeing look-alikes a careless checker would
flag, and the aside slice written with them and scored once at the end
(data/shares34_realisations_aside.toml); data/shares34b_realisations.toml is the wider
copy written in rounds during the wave. A planted case must raise a rule of its family;
an agreeing case must raise no NC2xx. A case the checkers cannot read yet says why in
``known`` and is an expected failure, so a gain shows as an XPASS."""

from __future__ import annotations

import pytest
from realisation_cases import check_share_case, realisation_cases


@pytest.mark.parametrize(
    "case",
    realisation_cases(
        "shares34_realisations.toml",
        "shares34b_realisations.toml",
        "shares34_realisations_aside.toml",
    ),
)
def test_shares34_realisation(case: dict[str, object]) -> None:
    check_share_case(case)
