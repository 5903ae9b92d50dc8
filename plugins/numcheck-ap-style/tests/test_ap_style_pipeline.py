"""AP-style rules through numcheck's real pipeline, with the shipped test kit."""

from __future__ import annotations

from collections.abc import Callable

import numcheck_ap_style as ap
from hypothesis import given, settings

from numcheck.testing import Invalid, RunResult, Valid, assert_findings, run_checks
from numcheck.testing.strategies import count_phrasings, in_sentence

Run = Callable[..., RunResult]
Cases = Callable[..., None]


def test_style_cases(numcheck_cases: Cases) -> None:
    numcheck_cases(
        [ap],
        valid=[
            "Officials said five people were hurt.",
            "A 5-year-old girl was rescued from the rubble.",
            "Turnout fell 4% and the river rose 3 meters.",
            "More than 500 people fled the town.",
            "In 2021 the fund held $2 million, and it now holds $3 million.",
            Valid("Over 500 people fled the town.", options={"ap-style": {"more-than": "over"}}),
        ],
        invalid=[
            Invalid(
                "Officials said 5 people were hurt.",
                [("AP101", "5")],
                output="Officials said five people were hurt.",
            ),
            Invalid(
                "Over 500 people fled the town.",
                [("AP103", "Over")],
                output="More than 500 people fled the town.",
            ),
            Invalid("Prices rose 12 percent.", [("AP102", "percent")], output="Prices rose 12%."),
            Invalid(
                "Rescuers dug all night. 24 people were pulled out.",
                [("AP104", "24")],
                output="Rescuers dug all night. Twenty-four people were pulled out.",
            ),
            Invalid(
                "The fund holds $2 million. Donors added $1.5m.",
                [("AP105", "m")],
                output="The fund holds $2 million. Donors added $1.5 million.",
            ),
        ],
    )


def test_house_preferences(numcheck_run: Run) -> None:
    text = "Prices rose 12%. More than 300 people signed."
    options = {"ap-style": {"percent": "percent", "more-than": "over"}}
    found = numcheck_run(text, plugins=[ap], options=options)
    assert_findings(found, [("AP102", "%"), ("AP103", "More than")])
    assert found.fixed() == "Prices rose 12 percent. Over 300 people signed."


def test_quotes_are_reported_never_fixed(numcheck_run: Run) -> None:
    text = 'The mayor said: "We counted 4 bodies and over 200 injured."'
    found = numcheck_run(text, plugins=[ap])
    assert {f.rule for f in found} >= {"AP101"}
    assert all(f.in_quote for f in found)
    assert found.fixed() == text


def test_findings_carry_the_plugin_and_rule_metadata(numcheck_run: Run) -> None:
    (finding,) = numcheck_run("Officials said 5 people were hurt.", plugins=[ap])
    assert (finding.name, finding.severity.value) == ("numerals-under-ten", "info")
    assert finding.plugin == "ap-style"


@settings(max_examples=60, deadline=None)
@given(in_sentence(count_phrasings(2_500_000), ["Officials said over {} people fled."]))
def test_over_is_flagged_however_the_count_is_written(phrase: tuple[str, float]) -> None:
    text, _ = phrase
    found = run_checks(text, [ap])
    assert_findings(found, [("AP103", "over")])
