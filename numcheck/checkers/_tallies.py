"""A vote tally restated differently in one article (NC101): "The board voted 9-2 to
raise fares" ... "Tom Ochoa, one of the three no votes, said ...".

A tally is two figures joined by a hyphen, a dash or "to", right after a verb of voting
or deciding ("voted 9-2", "approved on Tuesday 7 to 4", "ruled 5-4") or before a noun
("a 6-3 decision"). Its larger side is the motion's backers, its smaller the
opponents, unless a word after it says the majority was against ("voted 7-2 against
the plan"): such a tally is left alone. A later (or earlier) count that its next words
call the opponents ("three no votes", "two members voted against", "the four
dissenting justices") restates the smaller side; one called the backers ("nine votes
in favour") the larger. Only an article with one tally is read (two votes: which one a
count restates is unknown), and a sentence naming another vote or a year is left alone.
The words are data (``[tallies]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import checkable, compiled, sentence_of, squash
from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_PAIR = r"(?P<a>\d{1,3}) ?(?:-|–|—|‑| to ) ?(?P<b>\d{1,3})(?![\d%.,]\d|%| ?per)"
# a tally of two or more sides ("split 14-6-3"); the figure after the last is no side
_SIDES = r"(?P<t>\d{1,3}(?: ?(?:-|–|—|‑) ?\d{1,3})+)(?![\d%.,]\d|%| ?per)"
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_GAP = 3  # words allowed between the verb and its tally ("voted on Tuesday 9-2")


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class TallyWords(NamedTuple):
    """The ``[tallies]`` tables, with the tally patterns built from them."""

    tally: re.Pattern[str]
    split: re.Pattern[str]
    flips: tuple[str, ...]
    minority: tuple[str, ...]
    majority: tuple[str, ...]
    between: frozenset[str]
    others: tuple[str, ...]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> TallyWords:
        t: Mapping[str, Any] = lex.get("tallies", {})
        verbs, nouns = _alternatives(t.get("verbs", ())), _alternatives(t.get("nouns", ()))
        gap = rf"(?:\s+(?!to\b)[\w,]+){{0,{_GAP}}}?"
        pattern = (
            rf"\b(?:{verbs}){gap}\s+{_PAIR}\b"
            rf"|\b{_PAIR.replace('?P<a>', '?P<c>').replace('?P<b>', '?P<d>')}\s+(?:{nouns})\b"
        )

        def cues(name: str) -> tuple[str, ...]:
            return tuple(sorted((squash(w) for w in t.get(name, ())), key=len, reverse=True))

        splits = _alternatives([*t.get("verbs", ()), *t.get("splits", ())])
        split = (
            rf"\b(?:{splits}){gap}\s+{_SIDES}\b"
            rf"|\b{_SIDES.replace('?P<t>', '?P<u>')}\s+(?:{nouns})\b"
        )
        return cls(
            re.compile(pattern, re.IGNORECASE),
            re.compile(split, re.IGNORECASE),
            cues("flips"),
            cues("minority"),
            cues("majority"),
            frozenset(cues("between")),
            cues("other_votes"),
        )


class _Tally(NamedTuple):
    start: int
    end: int
    large: int
    small: int


def _tallies(text: str, w: TallyWords) -> list[_Tally]:
    found = []
    for m in w.tally.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        if squash(text[m.end() : m.end() + 24]).startswith(w.flips):
            return []  # "voted 7-2 against": the sides are the other way round
        x, y = int(a), int(b)
        found.append(_Tally(m.start(), m.end(), max(x, y), min(x, y)))
    return found


def _opens(text: str, cue: str) -> bool:
    """Whether ``text`` opens with the whole words of ``cue``."""
    return text.startswith(cue) and not text[len(cue) : len(cue) + 1].isalnum()


def _side(document: Document, claim: Claim, w: TallyWords) -> str | None:
    """ "minority" or "majority" when the words after a count name a side of a vote."""
    after = squash(document.prose[claim.location.end : claim.location.end + 60]).split()
    skipped = 0
    while after and after[0].strip(",") in w.between and skipped < 3:
        after, skipped = after[1:], skipped + 1
    text = " ".join(after)
    for side, cues in (("majority", w.majority), ("minority", w.minority)):
        if any(_opens(text, cue) for cue in cues):
            return side
    return None


def tally_findings(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """NC101 for a count that names a side of the article's one vote with another figure."""
    w = compiled(TallyWords.of, lex)
    text = document.prose
    tallies = _tallies(text, w)
    if len({(t.large, t.small) for t in tallies}) != 1:
        return []
    tally = tallies[0]
    own = [c for c in claims if c.location.start < tally.end and tally.start < c.location.end]
    mine = {id(c) for c in own}
    findings: list[Finding] = []
    for claim in claims:
        q = claim.quantity
        if not checkable(claim) or q.kind is not Kind.COUNT or q.value is None or id(claim) in mine:
            continue
        if any(t.start <= claim.location.start < t.end for t in tallies):
            continue
        side = _side(document, claim, w)
        if side is None:
            continue
        start, end = sentence_of(document, claim)
        sentence = squash(text[start:end])
        if _YEAR.search(sentence) or any(cue in sentence for cue in w.others):
            continue  # "In 2019, three members voted against a similar rise"
        expected = tally.large if side == "majority" else tally.small
        if compared_hard(q).contains(expected):
            continue
        votes = " ".join(text[tally.start : tally.end].split())
        line = document.text.count("\n", 0, tally.start) + 1
        against = "against" if side == "minority" else "for"
        message = (
            f"{describe(document, claim)} vs '{votes}' (line {line}): a {tally.large}-"
            f"{tally.small} vote has {expected} votes {against}, not {said(document, claim)}"
        )
        findings.append(finding("NC101", message, claim, own[:1], document))
    return findings


def split_findings(
    document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """NC202 for a tally whose sides add up to more than the body that cast it: "BNX's
    poll of 22 economists had split 14-6-3", "The nine-member panel voted 5-5". The
    body is the count whose phrase runs into the tally's verb with no mark or other
    figure between (its subject), at least as large as every side; sides that add up to
    less leave room for abstentions and absences, so only more is reported."""
    w = compiled(TallyWords.of, lex)
    text = document.prose
    matches = list(w.split.finditer(text))
    if not matches:
        return []  # most articles: no tally, no claim looked at
    counts = sorted(
        (c for c in claims if checkable(c) and c.quantity.kind is Kind.COUNT and not c.is_change),
        key=lambda c: c.location.start,
    )
    starts = {c.location.start: c for c in claims}  # the tally's own claim, if any
    findings: list[Finding] = []
    at = 0
    for m in matches:
        raw = m.group("t") or m.group("u")
        start = m.start("t") if m.group("t") else m.start("u")
        sides = [int(x) for x in re.findall(r"\d+", raw)]
        while at < len(counts) and counts[at].location.end <= start:
            at += 1
        body = counts[at - 1] if at else None
        if body is None or body.quantity.value is None:
            continue
        gap = text[body.location.end : start]
        if re.search(r"[,;:.()—–\d]", gap) or len(gap.split()) > _GAP + 3:
            continue  # the count is no subject of this vote
        if body.quantity.value < max(sides) or _YEAR.search(gap):
            continue
        if compared_hard(body.quantity).high >= sum(sides):
            continue
        tally = starts.get(start)
        said_sides = " + ".join(str(x) for x in sides)
        message = (
            f"the sides of '{' '.join(raw.split())}' add up to {sum(sides)} ({said_sides}), "
            f"more than {describe(document, body)} gives ({said(document, body)})"
        )
        findings.append(finding("NC202", message, body, [tally] if tally else [], document))
    return findings


__all__ = ["TallyWords", "split_findings", "tally_findings"]
