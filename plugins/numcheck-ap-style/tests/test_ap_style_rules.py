"""AP-style rule logic on hand-built claims (no parser needed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numcheck_ap_style as ap
import pytest

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.errors import ConfigError
from numcheck.findings import Finding
from numcheck.quantity import Bound, Kind
from numcheck.testing import assert_findings
from numcheck.testing.builders import make_claim, make_context, make_document
from numcheck.workflow.fix import apply_fixes


def check(doc: Document, claims: Sequence[Claim], **options: Any) -> list[Finding]:
    opts: Mapping[str, Mapping[str, Any]] = {"ap-style": options} if options else {}
    return list(ap.numcheck_check_document(doc, claims, make_context(opts)))


def test_small_count_is_spelled_out_with_a_safe_fix() -> None:
    doc = make_document("Officials said 5 people were hurt in the blast.")
    findings = check(doc, [make_claim(doc, "5")])
    assert_findings(findings, [("AP101", "5")])
    assert (
        apply_fixes(doc.text, findings)[0] == "Officials said five people were hurt in the blast."
    )


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "unit"),
    [
        ("A 5-year-old girl was rescued.", "5", Kind.COUNT, None),
        ("The driver, aged 7, was unhurt.", "7", Kind.COUNT, None),
        ("The boy is 6 years old.", "6", Kind.COUNT, None),
        ("Turnout fell 4% on the day.", "4%", Kind.PERCENT, "percent"),
        ("The convoy stretched 3 miles.", "3 miles", Kind.MEASURE, "mile"),
        ("Tickets cost $5 each.", "$5", Kind.MONEY, "USD"),
        ("Officials said 12 people were hurt.", "12", Kind.COUNT, None),
    ],
)
def test_ages_percentages_measurements_and_big_numbers_keep_figures(
    text: str, phrase: str, kind: Kind, unit: str | None
) -> None:
    doc = make_document(text)
    codes = {f.rule for f in check(doc, [make_claim(doc, phrase, kind=kind, unit=unit)])}
    assert "AP101" not in codes


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Day 8 of the blockade: talks stall", "8"),
        ("On day 4 of the strike, pickets thinned.", "4"),
        ("The Royals forced a Game 7 on Sunday.", "7"),
        ("The bill passed as Amendment No. 5 was dropped.", "5"),
        ("Passengers waited at Gate 9 for two hours.", "9"),
    ],
)
def test_sequential_designations_keep_their_figure(text: str, phrase: str) -> None:
    doc = make_document(text)
    assert "AP101" not in {f.rule for f in check(doc, [make_claim(doc, phrase)])}


def test_a_count_after_a_designation_word_elsewhere_is_still_spelled_out() -> None:
    doc = make_document("Over the day, 4 people were hurt.")
    assert_findings(check(doc, [make_claim(doc, "4")]), [("AP101", "4")])


def test_sentence_initial_small_number_is_capitalised() -> None:
    doc = make_document("The mayor spoke. 3 schools closed.")
    findings = check(doc, [make_claim(doc, "3")])
    assert_findings(findings, [("AP101", "1:18")])
    assert apply_fixes(doc.text, findings)[0].endswith("Three schools closed.")


def test_quotes_are_flagged_but_never_fixed() -> None:
    doc = make_document('"We saw 4 tanks," he said.')
    (finding,) = check(doc, [make_claim(doc, "4", scope=Scope.QUOTE)])
    assert (finding.rule, finding.in_quote, finding.fix) == ("AP101", True, None)


def test_boilerplate_is_not_checked() -> None:
    doc = make_document("Share this story with 3 friends.")
    assert check(doc, [make_claim(doc, "3", scope=Scope.BOILERPLATE)]) == []


def test_percent_sign_by_default_word_when_configured() -> None:
    doc = make_document("Prices rose 12 percent, then 3%.")
    claims = [
        make_claim(doc, "12 percent", kind=Kind.PERCENT, unit="percent"),
        make_claim(doc, "3%", kind=Kind.PERCENT, unit="percent"),
    ]
    sign = check(doc, claims)
    assert_findings(sign, [("AP102", "percent")])
    assert apply_fixes(doc.text, sign)[0] == "Prices rose 12%, then 3%."
    word = check(doc, claims, percent="percent")
    assert_findings(word, [("AP102", "%")])
    assert apply_fixes(doc.text, word)[0] == "Prices rose 12 percent, then 3 percent."


def test_headlines_keep_the_sign_when_the_house_writes_the_word() -> None:
    doc = make_document("Prices up 12%\n\nPrices rose 3% in May.")
    claims = [
        make_claim(doc, "12%", kind=Kind.PERCENT, unit="percent", scope=Scope.HEADLINE),
        make_claim(doc, "3%", kind=Kind.PERCENT, unit="percent"),
    ]
    assert_findings(check(doc, claims, percent="percent"), [("AP102", "3:14")])


def test_percentage_points_are_not_percentages() -> None:
    doc = make_document("Support fell 3 percentage points.")
    claim = make_claim(doc, "3 percentage points", kind=Kind.PERCENTAGE_POINT)
    assert [f for f in check(doc, [claim]) if f.rule == "AP102"] == []


def test_over_with_counts_becomes_more_than() -> None:
    doc = make_document("Over 500 people fled. The bridge is over 40 miles long.")
    claims = [
        make_claim(doc, "500", bound=Bound.GT),
        make_claim(doc, "40 miles", kind=Kind.MEASURE, unit="mile", bound=Bound.GT),
    ]
    findings = [f for f in check(doc, claims) if f.rule == "AP103"]
    assert_findings(findings, [("AP103", "Over")])
    fixed = apply_fixes(doc.text, findings)[0]
    assert fixed.startswith("More than 500 people fled.")
    assert "over 40 miles" in fixed


def test_hedge_inside_the_span_and_house_preferring_over() -> None:
    doc = make_document("Police said more than 200 were detained.")
    claim = make_claim(doc, "more than 200", bound=Bound.GT)
    assert [f.rule for f in check(doc, [claim])] == []
    findings = check(doc, [claim], **{"more-than": "over"})
    assert_findings(findings, [("AP103", "more than")])
    assert apply_fixes(doc.text, findings)[0] == "Police said over 200 were detained."
    assert check(doc, [claim], **{"more-than": "either"}) == []


def test_bad_option_is_a_config_error() -> None:
    doc = make_document("Over 500 people fled.")
    with pytest.raises(ConfigError, match="more-than"):
        check(doc, [make_claim(doc, "500")], **{"more-than": "beyond"})


def test_sentence_starting_with_a_figure() -> None:
    doc = make_document("Rescuers worked all night. 24 people were pulled out alive.")
    findings = check(doc, [make_claim(doc, "24")])
    assert_findings(findings, [("AP104", "24")])
    assert "Twenty-four people were pulled" in apply_fixes(doc.text, findings)[0]


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("It was cold. 2021 was the warmest year.", "2021", Kind.YEAR),
        ("Aid arrived on Feb. 24 in the morning.", "24", Kind.COUNT),
        ("He lives at No. 10 with his family.", "10", Kind.COUNT),
        ("Police said 24 people were pulled out.", "24", Kind.COUNT),
    ],
)
def test_years_abbreviations_and_mid_sentence_figures_are_fine(
    text: str, phrase: str, kind: Kind
) -> None:
    doc = make_document(text)
    assert [f.rule for f in check(doc, [make_claim(doc, phrase, kind=kind)])] == []


def test_large_sentence_initial_figure_has_no_fix() -> None:
    doc = make_document("Crowds gathered. 1,500 protesters marched.")
    (finding,) = check(doc, [make_claim(doc, "1,500")])
    assert (finding.rule, finding.fix) == ("AP104", None)


def test_mixed_million_abbreviations() -> None:
    doc = make_document(
        "The fund holds $2 million. Donors gave $1.5m more, and 3 million people benefit."
    )
    claims = [
        make_claim(doc, "$2 million", kind=Kind.MONEY, unit="USD"),
        make_claim(doc, "$1.5m", kind=Kind.MONEY, unit="USD"),
        make_claim(doc, "3 million"),
    ]
    findings = check(doc, claims)
    assert_findings(findings, [("AP105", "m")])
    (finding,) = findings
    assert finding.related[0].text == "million"
    assert "$1.5 million more" in apply_fixes(doc.text, findings)[0]


def test_one_form_is_fine_unless_the_house_sets_another() -> None:
    doc = make_document("Exports hit $4bn and imports $3bn.")
    claims = [
        make_claim(doc, "$4bn", kind=Kind.MONEY, unit="USD"),
        make_claim(doc, "$3bn", kind=Kind.MONEY, unit="USD"),
    ]
    assert check(doc, claims) == []
    findings = check(doc, claims, scale="million")
    assert_findings(findings, [("AP105", "1:15"), ("AP105", "1:32")])
    assert apply_fixes(doc.text, findings)[0] == "Exports hit $4 billion and imports $3 billion."


def test_every_rule_is_declared_once() -> None:
    codes = [r.code for r in ap.numcheck_rules()]
    assert codes == sorted(set(codes))
    assert all(code.startswith("AP") for code in codes)
