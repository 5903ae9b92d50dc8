"""The five AP-style rules, each a function of (document, claims, options) -> findings.

Style is about how a figure is written, so each rule reads the written form of a
claim's quantity in ``document.text`` (the claim's span, and the few characters
around it for hedges and units the parser may keep outside the span). Claims in
direct quotes are reported with ``in_quote=True`` and never get a fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.errors import ConfigError
from numcheck.findings import Finding, Fix, Replacement
from numcheck.quantity import Bound, Kind

from ._text import DIGITS, alternation, data, location, match_case, spell, starts_sentence

PLUGIN = "ap-style"


def _finding(
    rule: str,
    message: str,
    doc: Document,
    claim: Claim,
    start: int,
    end: int,
    fix: Fix | None = None,
    related: tuple[int, int] | None = None,
) -> Finding:
    quoted = claim.scope == Scope.QUOTE
    rel = (location(doc, *related),) if related else ()
    return Finding(
        rule=rule,
        message=message,
        location=location(doc, start, end),
        related=rel,
        fix=None if quoted else fix,
        in_quote=quoted,
    )


def _checked(claims: Sequence[Claim], *, headlines: bool = True) -> Iterator[Claim]:
    for claim in claims:
        if claim.scope == Scope.BOILERPLATE or (claim.scope == Scope.HEADLINE and not headlines):
            continue
        yield claim


def _option(options: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = options.get(key, default)
    if value not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        raise ConfigError(
            f"[tool.numcheck.plugins.{PLUGIN}] {key} = {value!r}: use one of {choices}"
        )
    return str(value)


def _numeral(doc: Document, claim: Claim) -> re.Match[str] | None:
    """The only figure written in the claim's span, or None (ranges, words)."""
    q = claim.quantity
    found = list(DIGITS.finditer(doc.text, q.start, q.end))
    return found[0] if len(found) == 1 else None


# -- AP101 -------------------------------------------------------------------------------
@cache
def _age_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before an age and its unit after ("aged 5", "5 years old"), once."""
    ages = data()["ages"]
    return (re.compile(rf"(?i)\b(?:{alternation(ages['before'])})\s+$"),
            re.compile(rf"(?i)^\s*-?\s*(?:{alternation(ages['units'])})s?[-\s]+old\b"))


@cache
def _sequence_pattern() -> re.Pattern[str]:
    nouns = data()["sequences"]["before"]
    return re.compile(rf"(?i)\b(?:{alternation(nouns)})\.?\s+$")


def _is_age(doc: Document, start: int, end: int) -> bool:
    before, after = _age_patterns()
    return bool(before.search(doc.text[max(0, start - 12) : start])) or bool(
        after.match(doc.text[end : end + 16])
    )


def _in_sequence(doc: Document, start: int) -> bool:
    """A sequential designation: "Day 8", "Game 7", "No. 5" keep their figure."""
    return bool(_sequence_pattern().search(doc.text[max(0, start - 16) : start]))


def _small_count(doc: Document, claim: Claim) -> re.Match[str] | None:
    """The digit of a count under ten written as a figure, not an age."""
    q = claim.quantity
    if q.kind != Kind.COUNT or q.unit or q.bound in (Bound.RANGE, Bound.VAGUE):
        return None
    if q.value is None or not 1 <= q.value < 10:  # "3 million" is not three
        return None
    num = _numeral(doc, claim)
    if num is None or len(num.group()) != 1 or num.group() == "0":
        return None
    if _is_age(doc, num.start(), num.end()) or _in_sequence(doc, num.start()):
        return None
    return num


def numerals_under_ten(doc: Document, claims: Sequence[Claim]) -> Iterator[Finding]:
    """AP101: spell out one to nine, except ages, sequential designations ("Day 8"),
    percentages and measurements."""
    for claim in _checked(claims):
        num = _small_count(doc, claim)
        if num is None:
            continue
        word = spell(int(num.group())) or num.group()
        if starts_sentence(doc.prose, num.start()):
            word = word.capitalize()
        fix = Fix(f"Spell out as '{word}'", (Replacement(num.start(), num.end(), word),))
        yield _finding(
            "AP101",
            f"Spell out numbers under ten: '{word}', not '{num.group()}'.",
            doc,
            claim,
            num.start(),
            num.end(),
            fix,
        )


# -- AP102 -------------------------------------------------------------------------------
def percent_style(
    doc: Document, claims: Sequence[Claim], options: Mapping[str, Any]
) -> Iterator[Finding]:
    """AP102: "%" or "percent", as the house prefers (``percent`` option)."""
    want = _option(options, "percent", ("%", "percent"), "%")
    words = alternation(data()["percent"]["words"])
    mark = re.compile(rf"(?i)(?<=\d)(\s*)(%|(?:{words})\b)")
    for claim in _checked(claims, headlines=want == "%"):
        q = claim.quantity
        if q.kind != Kind.PERCENT:
            continue
        for m in mark.finditer(doc.text, q.start, min(len(doc.text), q.end + 10)):
            if m.start() > q.end:
                break
            written = m.group(2)
            if (written == "%") == (want == "%"):
                continue
            content = "%" if want == "%" else " percent"
            fix = Fix(f"Write '{content.strip()}'", (Replacement(m.start(), m.end(), content),))
            yield _finding(
                "AP102",
                f"House style writes '{content.strip()}', not '{written}'.",
                doc,
                claim,
                m.start(2),
                m.end(2),
                fix,
            )


# -- AP103 -------------------------------------------------------------------------------
def comparative_style(
    doc: Document, claims: Sequence[Claim], options: Mapping[str, Any]
) -> Iterator[Finding]:
    """AP103: "more than" or "over" with counts (``more-than`` option; "either" = off)."""
    want = _option(options, "more-than", ("more than", "over", "either"), "more than")
    if want == "either":
        return
    forms: Mapping[str, list[str]] = data()["comparatives"]
    other = alternation([w for key, words in forms.items() if key != want for w in words])
    inside = re.compile(rf"(?i)({other})\s+(?=\d)")
    before = re.compile(rf"(?i)\b({other})\s+$")
    for claim in _checked(claims):
        q = claim.quantity
        if q.kind != Kind.COUNT or q.bound not in (Bound.GT, Bound.EXACT):
            continue
        m = inside.match(doc.text, q.start, q.end)
        if m is None:
            m = before.search(doc.text, max(0, q.start - 16), q.start)
        if m is None:
            continue
        written = m.group(1)
        content = match_case(want, written)
        fix = Fix(f"Write '{content}'", (Replacement(m.start(1), m.end(1), content),))
        message = f"House style writes '{want}' with counts, not '{written.lower()}'."
        yield _finding("AP103", message, doc, claim, m.start(1), m.end(1), fix)


# -- AP104 -------------------------------------------------------------------------------
_NOT_FIGURES = (Kind.YEAR, Kind.DATE, Kind.TIME, Kind.IDENTIFIER)


def figure_starts_sentence(doc: Document, claims: Sequence[Claim]) -> Iterator[Finding]:
    """AP104: a sentence does not start with a figure (years excepted)."""
    for claim in _checked(claims, headlines=False):
        q = claim.quantity
        num = DIGITS.match(doc.text, q.start, q.end)
        if q.kind in _NOT_FIGURES or num is None or not starts_sentence(doc.prose, num.start()):
            continue
        if _small_count(doc, claim) is not None:
            continue  # AP101 reports it, with a capitalised fix
        fix = _spell_out_start(doc, claim, num)
        hint = f" ('{fix.replacements[0].content}')" if fix else ""
        yield _finding(
            "AP104",
            f"Spell out the figure that starts the sentence{hint} or rephrase.",
            doc,
            claim,
            num.start(),
            num.end(),
            fix,
        )


def _spell_out_start(doc: Document, claim: Claim, num: re.Match[str]) -> Fix | None:
    if not num.group().isdigit() or (words := spell(int(num.group()))) is None:
        return None
    end = num.end()
    if claim.quantity.kind == Kind.PERCENT and doc.text.startswith("%", end):
        words, end = words + " percent", end + 1
    elif claim.quantity.kind != Kind.COUNT or claim.quantity.unit:
        return None
    words = words[:1].upper() + words[1:]
    return Fix(f"Spell out as '{words}'", (Replacement(num.start(), end, words),))


# -- AP105 -------------------------------------------------------------------------------
def scale_style(
    doc: Document, claims: Sequence[Claim], options: Mapping[str, Any]
) -> Iterator[Finding]:
    """AP105: one spelling of million/billion per article ("million", "m" or "mn")."""
    want = _option(options, "scale", ("consistent", "million", "m", "mn"), "consistent")
    scales: Mapping[str, list[str]] = data()["scales"]
    form_of = {f.lower(): (scale, f) for scale, forms in scales.items() for f in forms}
    pattern = re.compile(rf"(?i)(?<=\d)(\s*)({alternation(list(form_of))})\b")
    uses: list[tuple[Claim, re.Match[str], str]] = []
    for claim in _checked(claims, headlines=False):
        q = claim.quantity
        if q.kind not in (Kind.COUNT, Kind.MONEY):
            continue
        m = pattern.search(doc.text, q.start, min(len(doc.text), q.end + 10))
        if m and m.start() <= q.end:
            uses.append((claim, m, form_of[m.group(2).lower()][0]))
    index = {"million": 0, "m": 1, "mn": 2}
    for scale in scales:
        mine = [(c, m) for c, m, s in uses if s == scale]
        if not mine:
            continue
        first = mine[0][1]
        target = first.group(2).lower() if want == "consistent" else scales[scale][index[want]]
        if want == "consistent" and len({m.group(2).lower() for _, m in mine}) < 2:
            continue
        for claim, m in mine:
            written = m.group(2)
            if written.lower() == target:
                continue
            content = (" " + target) if target == scale else target
            fix = Fix(f"Write '{content.strip()}'", (Replacement(m.start(), m.end(), content),))
            where = " as earlier in the article" if want == "consistent" else ""
            related = (first.start(2), first.end(2)) if want == "consistent" else None
            yield _finding(
                "AP105",
                f"Write '{target}'{where}, not '{written}', for {scale}.",
                doc,
                claim,
                m.start(2),
                m.end(2),
                fix,
                related,
            )
