"""An age told two ways in one article (NC101): the year a thing began and its age, an
age range and its oldest or youngest member.

- "The 36-inch main, laid in 1961, ..." and later "the 52-year-old main": in an
  article dated 2026 a main laid in 1961 is 64 or 65 years old. The year is read after
  a verb of beginning (``[lifespans] begun``: built, opened, founded, born ...), what
  began is the noun right before that verb (auxiliaries, "which" and commas aside); the
  age is a year duration that says "old" ("the 52-year-old main", "the hall is 80
  years old"), of the noun the extractor's measure names. The two nouns are one
  lemma, or one is the start of the other ("pipe", "pipeline"); a thing given two
  such years is left alone.
- "The passengers ranged in age from 3 to 79" and "The oldest passenger, aged 84":
  the oldest (youngest) of a group is inside its age range. The range is a year
  duration after an age word ("ranged in age from", "aged between"), of the noun before
  it; the superlative names the same noun or none. Only an age outside the range is
  reported: the oldest of a part of the group may be younger than the range's top.

The words are data (``[lifespans]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import compiled, cue_set, sentence_of
from numcheck.checkers._heads import HeadWords, lemma
from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

_WORD = lazy_compile(r"[^\W\d_][\w'’-]*|[,;:()]")
_OLD = lazy_compile(r"(?:year[-‑ ]old|years?\s+old)\Z", re.IGNORECASE)
_LEAD = 48  # characters read before a figure for its verb, age word or superlative


class LifespanWords(NamedTuple):
    begun: frozenset[str]
    skips: frozenset[str]
    age_words: frozenset[str]
    oldest: frozenset[str]
    youngest: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> LifespanWords:
        t: Mapping[str, Any] = lex.get("lifespans", {})
        return cls(
            cue_set(t, "begun"),
            cue_set(t, "skips"),
            cue_set(t, "age_words"),
            cue_set(t, "oldest"),
            cue_set(t, "youngest"),
        )


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _noun_before(words: list[str], w: LifespanWords) -> str | None:
    """The noun a clause is said of: the last word before it that no skip word is."""
    for word in reversed(words):
        if word in w.skips or word in ",;:()":
            continue
        return lemma(word) if word.isalpha() else None
    return None


def _lead(document: Document, claim: Claim) -> list[str]:
    start = max(sentence_of(document, claim)[0], claim.location.start - _LEAD)
    return _words(document.prose[start : claim.location.start])


def _begun(document: Document, claim: Claim, w: LifespanWords) -> tuple[str, str] | None:
    """What began in a year and the verb ("the main, laid in 1961": main, laid), or None."""
    if claim.quantity.kind is not Kind.YEAR:
        return None
    lead = _lead(document, claim)
    if lead[-1:] == ["the"]:
        lead = lead[:-1]  # "installed in the 1960s"
    if len(lead) < 3 or lead[-1] != "in" or lead[-2] not in w.begun:
        return None
    noun = _noun_before(lead[:-2], w)
    return None if noun is None else (noun, lead[-2])


def _aged(document: Document, claim: Claim, heads: HeadWords) -> frozenset[str]:
    """What a year duration that says "old" is the age of: the head of the noun phrase
    a compound modifies ("the 97-year-old viaduct needs": viaduct; "the 30-year-old
    mill manager": manager), read as a money figure's head is, or the extractor's measure
    ("the hall is 80 years old": hall); empty for any other figure."""
    q = claim.quantity
    if q.kind is not Kind.DURATION or q.unit != "year" or not _OLD.search(q.text):
        return frozenset()
    found = {lemma(claim.measure[0])} if claim.measure and claim.measure[0].isalpha() else set()
    if "-" in q.text or "‑" in q.text:
        found.update(heads.head_after(document, claim)[-1:])
    return frozenset(found)


def _one(a: str, b: str) -> bool:
    """One noun, or one is the start of the other ("pipe", "pipeline")."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short))


def _years(q: Interval) -> tuple[float, float]:
    """The first and last year an interval of years allows ("1960s": 1960, 1969)."""
    high = q.high - 1 if not q.high_closed and q.high == int(q.high) else q.high
    return q.low, high


def begun_findings(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """NC101 for an age that the year the thing began does not allow."""
    w, heads = compiled(LifespanWords.of, lex), compiled(HeadWords.of, lex)
    starts: dict[str, list[tuple[Claim, str]]] = {}
    for claim in claims:
        found = _begun(document, claim, w)
        if found is not None:
            starts.setdefault(found[0], []).append((claim, found[1]))
    findings: list[Finding] = []
    for claim in claims:
        nouns = _aged(document, claim, heads)
        if not nouns or claim.date is None:
            continue
        begun = [c for n, cs in starts.items() if any(_one(n, x) for x in nouns) for c in cs]
        if len({c.quantity.hard for c, _ in begun}) != 1:
            continue  # none, or two years for one thing
        start, verb = begun[0]
        first, last = _years(start.quantity.hard)
        year = claim.date.year
        allowed = Interval.closed(max(0.0, year - last - 1), year - first)
        if compared_hard(claim.quantity).intersects(allowed):
            continue
        low, high = int(allowed.low), int(allowed.high)
        span = f"{low} or {high}" if high == low + 1 else f"{low} to {high}"
        message = (
            f"{describe(document, start)} vs {describe(document, claim)}: {verb} in "
            f"{said(document, start)}, it is {span} years old in {year}, not "
            f"{said(document, claim)}"
        )
        findings.append(finding("NC101", message, claim, [start], document))
    return findings


def _ranged(document: Document, claim: Claim, w: LifespanWords) -> str | None:
    """The group an age range is of ("Patients range in age from 4 to 83": patient)."""
    q = claim.quantity
    if q.kind is not Kind.DURATION or q.bound is not Bound.RANGE or q.unit != "year":
        return None
    lead = _lead(document, claim)
    for i in range(len(lead) - 1, max(-1, len(lead) - 6), -1):
        if lead[i] in w.age_words:
            return _noun_before(lead[:i], w)
    return None


def _extreme(document: Document, claim: Claim, w: LifespanWords) -> tuple[str, str | None] | None:
    """("oldest" or "youngest", the noun it names or None) for "The oldest patient, aged
    88" and "the youngest, 9,"; None for any other figure."""
    q = claim.quantity
    if q.kind is not Kind.DURATION or q.unit != "year" or q.bound is Bound.RANGE:
        return None
    lead = _lead(document, claim)
    for i in range(len(lead) - 1, max(-1, len(lead) - 6), -1):
        word = lead[i]
        if word in w.oldest or word in w.youngest:
            if i == 0 or lead[i - 1] != "the":
                return None
            rest = [x for x in lead[i + 1 :] if x.isalpha() and x not in w.skips]
            which = "oldest" if word in w.oldest else "youngest"
            return which, (lemma(rest[0]) if rest else None)
    return None


def range_findings(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """NC101 for the oldest or youngest of a group outside the group's age range."""
    w = compiled(LifespanWords.of, lex)
    ranges = [(c, n) for c in claims if (n := _ranged(document, c, w)) is not None]
    findings: list[Finding] = []
    for claim in claims:
        extreme = _extreme(document, claim, w)
        if extreme is None:
            continue
        which, noun = extreme
        fits = [c for c, n in ranges if noun is None or _one(n, noun)]
        if len({c.quantity.hard for c in fits}) != 1:
            continue
        span, age = fits[0].quantity.hard, compared_hard(claim.quantity)
        if span.low <= age.high and age.low <= span.high:
            continue
        message = (
            f"{describe(document, fits[0])} vs {describe(document, claim)}: the {which} "
            f"cannot be {said(document, claim)} if the ages range {said(document, fits[0])}"
        )
        findings.append(finding("NC101", message, claim, [fits[0]], document))
    return findings


__all__ = ["begun_findings", "range_findings"]
