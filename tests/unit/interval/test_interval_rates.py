"""Rates the parser writes ("oil_barrel / day") compare and convert from the table."""

from __future__ import annotations

import subprocess
import sys

import pytest

from numcheck.interval import Interval
from numcheck.quantity import Kind
from numcheck.units import convert, dimension_of, registry


def test_rate_dimension_and_conversion_without_pint() -> None:
    code = (
        "import sys\n"
        "from numcheck.interval import Interval\n"
        "from numcheck.quantity import Kind\n"
        "from numcheck.units import convert, dimension_of, same_dimension\n"
        "assert dimension_of('oil_barrel / day', Kind.MEASURE) == '[volume] / [time]'\n"
        "assert dimension_of('kilometer / day', Kind.MEASURE) == '[speed]'\n"
        "assert same_dimension('oil_barrel / day', 'meter ** 3 / year')\n"
        "assert not same_dimension('oil_barrel / day', 'oil_barrel')\n"
        "iv = convert(Interval(1, 1), 'oil_barrel / day', 'oil_barrel / year')\n"
        "assert abs(iv.low - 365.25) < 1e-9, iv\n"
        "assert 'pint' not in sys.modules, 'pint imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(("a", "b"), [("oil_barrel / day", "cubic_meter / hour"),
                                      ("megawatt / year", "watt / second"),
                                      ("kilometer / day", "mile / hour")])
def test_rate_conversion_matches_pint(a: str, b: str) -> None:
    ours = convert(Interval(3, 3), a, b).low
    theirs = registry().Quantity(3.0, a).to(b).magnitude
    assert ours == pytest.approx(theirs, rel=1e-9)


def test_rates_do_not_mix_with_their_unit() -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        convert(Interval(1, 2), "oil_barrel / day", "oil_barrel")
    assert dimension_of("oil_barrel / day / day", Kind.MEASURE).startswith("unit:")
