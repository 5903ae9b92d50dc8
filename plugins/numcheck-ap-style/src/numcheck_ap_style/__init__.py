"""numcheck-ap-style: AP house-style rules for numbers (codes AP101-AP105).

Options, in ``[tool.numcheck.plugins.ap-style]``:

- ``percent = "%"`` (default) or ``"percent"``: the house spelling for AP102;
- ``more-than = "more than"`` (default), ``"over"`` or ``"either"`` (AP103 off);
- ``scale = "consistent"`` (default: the article's first form wins), ``"million"``,
  ``"m"`` or ``"mn"``: the spelling of million/billion for AP105.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from numcheck import hookimpl
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity

from . import rules

__version__ = "0.1.0"
NAME = rules.PLUGIN

RULES = (
    Rule(
        "AP101",
        "numerals-under-ten",
        Severity.INFO,
        "Spell out numbers under ten, except ages, percentages and measurements.",
        'AP style spells out one to nine ("five people") but keeps figures for ages '
        '("a 5-year-old"), percentages, measurements and money. The fix spells the '
        "number out.",
    ),
    Rule(
        "AP102",
        "percent-style",
        Severity.INFO,
        'Write percentages the house way: "%" (default) or "percent".',
        'Set `percent = "percent"` in `[tool.numcheck.plugins.ap-style]` for the '
        'word. Headlines keep "%" when the house prefers the word. The fix rewrites '
        "the sign or word.",
    ),
    Rule(
        "AP103",
        "more-than-over",
        Severity.INFO,
        'Use the house comparative with counts: "more than" (default) or "over".',
        'Option `more-than = "more than" | "over" | "either"`; "either" turns the '
        'rule off. Only counts are checked ("over 5 miles" is left alone).',
    ),
    Rule(
        "AP104",
        "figure-starts-sentence",
        Severity.WARNING,
        "Do not start a sentence with a figure (years excepted).",
        'Spell the number out ("Twelve people ...") or rephrase. The fix spells out '
        "counts and percentages under 100; larger figures need a rewrite.",
    ),
    Rule(
        "AP105",
        "mixed-scale-abbreviations",
        Severity.WARNING,
        'Use one spelling of million/billion in an article ("million", "m" or "mn").',
        'By default the article\'s first form wins; option `scale = "million" | "m" | '
        '"mn"` sets the house form. Headlines are not checked.',
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    options = context.options(NAME)
    findings: list[Finding] = []
    findings.extend(rules.numerals_under_ten(document, claims))
    findings.extend(rules.percent_style(document, claims, options))
    findings.extend(rules.comparative_style(document, claims, options))
    findings.extend(rules.figure_starts_sentence(document, claims))
    findings.extend(rules.scale_style(document, claims, options))
    return findings
