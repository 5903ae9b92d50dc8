"""The cases of tests/unit/drift/cases/transposed_dev.toml (pair_cases.py's format): a
figure told on two days with its digits in another order (drift/transposed.py). Every
planted problem but the known misses is paired and found; every look-alike (a level
that moved onto the other's digits) stays silent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from key_cases import assert_right
from pair_cases import KeyCase, load, right

from numcheck.checkers.drift.transposed import digits as written_digits

DEV = load("transposed_dev.toml")

# Not paired by the claim index (a site's headcount "where 260 people work", a school's
# roll, a deal's value told as "its £1.53bn deal"), or a count the lexicon counts up
# (homes damaged: a rise is news, NC405). "hea pupils", a school's roll told with and
# without its clause, is found since sc33 (drift/copied.py pairs it across the window).
# "biz deal" is found since slip35: the slip itself brings the two figures together
# (drift/slipped.py).
KNOWN_MISSES = {
    "lab site staff",
    "dis homes damaged",
}


@pytest.mark.parametrize("case", DEV, ids=[c.name for c in DEV])
def test_case(case: KeyCase) -> None:
    assert_right(case, right, KNOWN_MISSES)


@pytest.mark.parametrize(("text", "digits"), [
    ("£4.27m", "427"), ("12,408", "12408"), ("about 70 mph", "70"), ("nine", ""),
])
def test_digits_are_the_written_ones(text: str, digits: str) -> None:
    assert written_digits(text) == digits


def test_a_figure_garbled_against_two_sources_is_one_finding(tmp_path: Path) -> None:
    """Two articles give £4.27 million, a third £4.72 million: one NC401, on the third."""
    said = "The transport committee said the council will spend {} on new buses."
    for day, source, figure in (("2026-01-14", "City Times", "£4.27 million"),
                                ("2026-01-15", "Meridian", "£4.72 million"),
                                ("2026-01-16", "County Post", "£4.27 million")):
        (tmp_path / f"{source.replace(' ', '')}.md").write_text(
            f"---\ntitle: Buses\ndate: {day}\nsource: {source}\n---\n\n{said.format(figure)}\n",
            encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "numcheck", "check", str(tmp_path),
                          "--output-format", "json"], capture_output=True, text=True,
                         check=False)
    found = [f for f in json.loads(run.stdout)["findings"] if f["rule"] == "NC401"]
    assert len(found) == 1
    assert found[0]["path"].endswith("Meridian.md")
    assert len(found[0]["related"]) == 2
