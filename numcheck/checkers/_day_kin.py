"""A start told by the verb of the very event a day count counts (NC301).

"The closure of Ockle Bridge entered its ninth day" counts a closure; "The bridge
closed on Friday 13 November" gives its day one, though "closed" is no onset verb in
general (a shop closing on Friday ends something). The noun the count's clause names
and the verb share a stem ("closure"/"closed", "blockade"/"blockaded",
"evacuation"/"evacuated", "flooding"/"flooded"): ``kin_noun_suffixes`` and
``kin_verb_suffixes`` in ``[days]`` of numcheck/lexicon/checkers.toml say which
endings come off. Such a verb, read with the onset grammar of ``_starts.py`` ("closed
on Monday", "was evacuated late on Monday"), gives a start only when the article
names no other: an onset written as such always wins.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import words
from numcheck.checkers._day_clause import clause_starts
from numcheck.checkers._day_frames import frame_verbs
from numcheck.checkers._starts import Cues, Start, find_starts
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["counted_nouns", "kin_starts"]

_CLAUSE_REACH = 120  # characters read on each side of a count for its clause
_WORD = lazy_compile(r"[a-z][a-z-]+")
_PAST = lazy_compile(r"\b[a-z]{3,}ed\b")
_BREAK = lazy_compile(r"[,;:.!?()\u2013\u2014]")


def _stems(word: str, suffixes: Iterable[str], least: int) -> set[str]:
    """``word`` without each ending it has, a final "e" dropped ("closure" -> "clos",
    "blockade" -> "blockad"); only stems of at least ``least`` letters."""
    out = set()
    for suffix in suffixes:
        if word.endswith(suffix):
            stem = word[: len(word) - len(suffix)].rstrip("e")
            if len(stem) >= least:
                out.add(stem)
    return out


def _clause(document: Document, count: Claim) -> str:
    """The clause of a count: from the last break before it to the next after it,
    inside its sentence and within a bounded reach."""
    lo, hi = count.sentence if count.sentence[1] > count.sentence[0] else (0, len(document.prose))
    start, end = count.location.start, count.location.end
    head = document.prose[max(lo, start - _CLAUSE_REACH) : start]
    tail = document.prose[end : min(hi, end + _CLAUSE_REACH)]
    cut = [m.end() for m in _BREAK.finditer(head)]
    stop = _BREAK.search(tail)
    return (head[cut[-1] :] if cut else head) + " " + (tail[: stop.start()] if stop else tail)


def counted_nouns(
    document: Document, counts: Sequence[Claim], lex: Mapping[str, Any], units: set[str]
) -> dict[str, set[str]]:
    """The words named in the clauses of the day counts, each with its stems (never a
    past participle: "entered its ninth day" names no event; never the count's unit)."""
    suffixes = words(lex.get("kin_noun_suffixes", ()))
    least = int(lex.get("kin_min_stem", 4))
    out: dict[str, set[str]] = {}
    for count in counts:
        for token in _WORD.findall(_clause(document, count).lower()):
            if not token.endswith("ed") and token not in units and token not in out:
                stems = _stems(token, suffixes, least)
                if stems:
                    out[token] = stems
    return out


def kin_starts(
    document: Document,
    claims: Sequence[Claim],
    counts: Sequence[Claim],
    cues: Cues,
    today: dt.date | None,
    lex: Mapping[str, Any],
    pasts: Sequence[str] = (),
) -> list[Start]:
    """The starts told by a past verb whose stem is a counted noun's ("closed on
    Monday" for "the closure"), or by an onset verb of the frame a count's clause names
    ("seized on Monday" for "the siege", ``_day_frames.py``), read with the onset
    grammar, or by the counted noun right after its date ("the Nov. 6 closure"), or in
    a count's own clause ("the fifth day of the closure the council ordered on Monday",
    ``_day_clause.py``), and no other cue."""
    if not counts:
        return []
    nouns = counted_nouns(document, counts, lex, cues.counted) if lex.get(
        "kin_verb_suffixes") else {}
    stems = set().union(*nouns.values()) if nouns else set()
    suffixes = words(lex.get("kin_verb_suffixes", ()))
    least = int(lex.get("kin_min_stem", 4))
    verbs = sorted(
        {v for v in _PAST.findall(document.prose.lower()) if _stems(v, suffixes, least) & stems}
    ) if stems else []
    framed = frame_verbs(document, counts, lex)
    own = clause_starts(document, claims, [c for c in counts if c.quantity.kind is not
                                            Kind.DURATION], cues, today, lex, pasts)
    if not nouns and not framed:
        chosen = [s for s in own if _recent(s, today) and _gone(s, today)]
        return sorted(chosen, key=lambda s: s.span) or _fronted(
            document, claims, counts, cues, today, lex, [*verbs, *framed])
    kin = copy.copy(cues)
    kin.before, kin.first, kin.after, kin.kin = (), None, set(), {}
    kin.named_on = re.compile(r"(?!)")
    gap, parts = int(lex.get("onset_gap", 6)), words(lex.get("day_parts", ()))
    kin.onset = _onset(verbs, gap, parts) if verbs else None
    found = find_starts(document, claims, kin, today) if verbs else []
    seen = {s.span for s in found}
    if framed:
        # a frame's verb may tell a later turn of its event on the day the count speaks
        # of ("On Friday, rebels stormed the radio station"): only a day gone by starts
        kin.onset = _onset(framed, gap, parts)
        found += [
            s for s in find_starts(document, claims, kin, today)
            if s.span not in seen and _gone(s, today)
        ]
        seen = {s.span for s in found}
    if nouns:
        # "the Nov. 6 closure": the counted noun itself right after a date. Not after a
        # weekday's possessive: "Monday's meeting" names too many things a clause may
        # hold (held: on a gate it raised a finding outside the gold)
        kin.onset, kin.after = None, set(nouns)
        found += [
            s for s in find_starts(document, claims, kin, today)
            if s.anchor is not None and s.span not in seen
        ]
        seen = {s.span for s in found}
    found += [s for s in own if s.span not in seen and _gone(s, today)]
    return sorted((s for s in found if _recent(s, today)), key=lambda s: s.span) or _fronted(
        document, claims, counts, cues, today, lex, [*verbs, *framed])


def _fronted(
    document: Document, claims: Sequence[Claim], counts: Sequence[Claim], cues: Cues,
    today: dt.date | None, lex: Mapping[str, Any], verbs: Sequence[str],
) -> list[Start]:
    """The last fallback: a sentence opening with its day, then the onset ("On Monday,
    dockers walked out"; ``_day_fronted.py``)."""
    from numcheck.checkers._day_fronted import fronted_starts

    told = [*words(lex.get("onset_verbs", ())), *verbs]
    found = fronted_starts(document, claims, counts, cues, today, told, lex)
    return [s for s in found if _recent(s, today)]


def _gone(start: Start, today: dt.date | None) -> bool:
    """A start on a day before the article's (a weekday or a yearless date taken as its
    latest such day on or before it)."""
    year, month, day = start.parts
    if today is None:
        return True
    return (year or today.year, month, day) < (today.year, today.month, today.day) or (
        year is None and (month, day) > (today.month, today.day))


def _recent(start: Start, today: dt.date | None) -> bool:
    """A start within the twelve months before the article ("closed on Dec. 28, 2025" in
    a January paper): a verb told of a date a year or more back ("the bridge was last
    closed on March 9, 2025") is another episode of the event, not the one counted."""
    year, month, day = start.parts
    if today is None or year is None:
        return True
    if (year, month, day) > (today.year, today.month, today.day):
        return False
    return year == today.year or (year == today.year - 1 and month > today.month)


def _onset(verbs: Sequence[str], gap: int, day_parts: Sequence[str]) -> re.Pattern[str]:
    """The onset grammar of ``_starts.Cues`` with ``verbs`` as its onset verbs ("on"
    optional after the gap too: "Rebels seized the airport Tuesday")."""
    onsets = "|".join(re.escape(v) for v in verbs)
    parts = "|".join(re.escape(p) for p in day_parts) or "(?!)"
    return re.compile(
        rf"\b(?:{onsets})(?:\s+[^\s,;:.!?]+){{0,{gap}}}?"
        rf"(?:\s+(?:late|early))?(?:\s+on)?(?:\s+in(?=\s+(?:{parts})))?"
        rf"(?:\s+(?:{parts}))?\s*$"
    )
