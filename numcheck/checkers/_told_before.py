"""A change told in a sentence of its own, its two levels in the next one.

Reporters on every desk lead with the change and give the levels after it: "Operating
profit rose 22% in 2025. It reached EUR 380 million, up from EUR 340 million the year
before"; "The index lost 8% in the week. It closed at 4,620, down from 4,880." The step
is checked against the next sentence's pair only on positive evidence that both tell one
figure at one time: that sentence opens by pointing back ("It reached", "The figure
stood at": ``[levels] pointing_subjects``) with a level verb and no noun of its own
before the new level, or it opens with the change's own subject and adds no word to it
("Turnout rose 9%. Turnout went from ... to ..."); it names no year the change's sentence
does not and no forecast (``[levels] forecast_words``) the change's sentence lacks; the
change's sentence holds no level of its own and the pair no step of its own. A change of
a part ("On the airport route, trips went from"), of another measure ("Profit before tax
reached") or of another time ("In 2024 as a whole") is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from numcheck.checkers._compare import sentence_of, squash, stem
from numcheck.checkers._level_forms import is_step
from numcheck.checkers._levels import LevelCues, Pair, Step
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_RELATIVE = (Kind.PERCENT, Kind.RATIO)
_NO_LEVEL = (Kind.YEAR, Kind.DURATION, Kind.DATE, Kind.ORDINAL)
_POINTED_WORDS = 4  # "It closed on Friday at": the level verb and its time, no object
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_WORD = lazy_compile(r"[a-z][a-z'’-]+")


def steps_told_before(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    from_to: Sequence[Pair],
    steps: Sequence[Step],
    cues: LevelCues,
) -> list[tuple[Claim, Claim, Claim, str | None]]:
    """(old, new, step, direction) of each lone change whose levels the next sentence
    gives, on the evidence above."""
    taken = {id(s[2]) for s in steps} | {id(c) for s in steps for c in s[:2]}
    free = [p for p in from_to if id(p[0]) not in taken and id(p[1]) not in taken]
    out: list[tuple[Claim, Claim, Claim, str | None]] = []
    for first, second in pairwise(sentences):
        step = _lone_step(first, taken)
        gap = document.prose[first[-1].location.end : second[0].location.start]
        if step is None or "\n\n" in gap:  # one paragraph
            continue
        pairs = [p for p in free if any(p[1] is c for c in second)]
        if len(pairs) != 1 or any(is_step(c) or c.quantity.kind in _RELATIVE for c in second):
            continue
        old, new, way = pairs[0]
        levels = [c for c in second if c.quantity.kind not in _NO_LEVEL]
        if len(levels) != 2 or not _one_time(document, step, old, new, cues):
            continue
        if _points_back(document, new, cues) or _same_subject(document, step, old, new, cues):
            out.append((old, new, step, way))
    return out


def _lone_step(sentence: Sequence[Claim], taken: set[int]) -> Claim | None:
    """The one relative change of a sentence that holds no level: "rose 22% in 2025"."""
    steps = [c for c in sentence if is_step(c) and c.quantity.kind in _RELATIVE]
    others = [c for c in sentence if c.quantity.kind not in _NO_LEVEL and c not in steps]
    if len(steps) != 1 or others or id(steps[0]) in taken:
        return None
    return steps[0]


def _lead(document: Document, claim: Claim) -> str:
    return squash(document.prose[sentence_of(document, claim)[0] : claim.location.start])


def _points_back(document: Document, new: Claim, cues: LevelCues) -> bool:
    """ "It reached", "The figure stood at", "It closed on Friday at": a pointing subject,
    then at most a level verb and its time, no "of" (no noun of its own: "It made a
    profit of")."""
    lead = _lead(document, new)
    subject = next((p for p in cues.pointing if lead.startswith(p + " ")), None)
    if subject is None:
        return False
    rest = lead[len(subject):].split()
    return len(rest) <= _POINTED_WORDS and "of" not in rest and not any(
        ch.isdigit() for ch in lead)


def _same_subject(
    document: Document, step: Claim, old: Claim, new: Claim, cues: LevelCues
) -> bool:
    """The levels' sentence opens with the change's own subject and adds no word to it:
    every word before its new level but the verb is a word of the change's lead."""
    lead = _lead(document, min(old, new, key=lambda c: c.location.start))
    theirs = [stem(w) for w in _WORD.findall(lead)]
    ours = {stem(w) for w in _WORD.findall(_lead(document, step))}
    links = {stem(w) for w in (*cues.from_words, *cues.to_words, "at")}
    while theirs and theirs[-1] in links:  # "went from", "stood at"
        theirs.pop()
    if len(theirs) < 2 or any(ch.isdigit() for ch in lead):
        return False
    return all(w in ours for w in theirs[:-1])


def _one_time(document: Document, step: Claim, old: Claim, new: Claim, cues: LevelCues) -> bool:
    """The levels' sentence names no year but the change's and the one before it, and no
    forecast word the change's sentence lacks."""
    start, end = sentence_of(document, step)
    ours = squash(document.prose[start:end])
    start, end = sentence_of(document, new)
    theirs = squash(document.prose[start:end])
    years = {int(y) for y in _YEAR.findall(ours)}
    if {int(y) for y in _YEAR.findall(theirs)} - years - {y - 1 for y in years}:
        return False  # "in 2020" after "rose 6% in the year to March"
    said = f" {theirs} "
    if any(f" {w} " in said and f" {w} " not in f" {ours} " for w in cues.forecast):
        return False
    return _span_fits(document, old, ours, cues)


_UNITS = ("day", "week", "month", "quarter", "year", "season", "decade")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _span_fits(document: Document, old: Claim, ours: str, cues: LevelCues) -> bool:
    """The old level's time mark fits the span the change is told over: "a week
    earlier" after "lost 8% in the week", "the year before" after "rose 22% in 2025"; a
    level of a day ("down from 4,700 on Thursday") only after a change of a day."""
    end = sentence_of(document, old)[1]
    after_old = squash(document.prose[old.location.end : end]).split(",")[0]
    units = {u for u in _UNITS if re.search(rf"\b{u}s?\b", ours)}
    units |= {"year"} if _YEAR.search(ours) else set()
    units |= {"day"} if any(d in ours for d in _WEEKDAYS) else set()
    if cues.earlier is not None:
        for mark in cues.earlier.finditer(after_old):
            told = {u for u in _UNITS if re.search(rf"\b{u}s?\b", mark.group(0))}
            if told and not told & units:
                return False
    return "day" in units or not any(d in after_old for d in _WEEKDAYS)
