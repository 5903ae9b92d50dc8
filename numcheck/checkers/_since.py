"""A change counted from the time of the level told in the sentence before it.

Reporters on every desk give a level with its time, then the change since: "The backlog
stood at 58,000 cases two years ago. It has since grown by a quarter to 67,000"; "Claims
stood at 12,300 in March. By September the figure had fallen 11%, to 10,900"; "The
reservoir held 340 million cubic metres at the end of May. A month later it had dropped
15%". Two pieces of positive evidence make the earlier figure the change's old level:

- time: the change's sentence says it is counted from then (``[levels] since_words``:
  "has since", "since then"; or a period sent forward, ``since_periods`` +
  ``since_after``: "a month later", "the following year"), and the old level's
  sentence names a time of its own (a year, or a word of ``told_at``); or the change's
  sentence names a later time of one sequence (``ordered_times``: "in March" ... "By
  September"); a day before (``_earlier._day_before``) and the earlier marks count too;
- thing: the change's subject points back (a pronoun or ``pointing_subjects``: "It has
  since", "the figure had fallen") or each of its words is kin to a word of the old
  level's sentence ("Arrivals ... arrivals"); a word of its own ("international
  enrolment", "weekend passes") makes it a part or another measure, never read so.

No forecast word (``forecast_words``) may stand in the change's sentence, and no phrase
after the change may name a place or part of its own ("to 700 in the town centre alone").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, stem
from numcheck.checkers._level_forms import phrases
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_WORD = lazy_compile(r"[a-z][a-z'’-]*")


class SinceCues:
    """The ``[levels]`` since-words, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        levels: Mapping[str, Any] = lex.get("levels", {})
        alone = phrases(levels.get("since_words", ()), "since_words")
        periods = phrases(levels.get("since_periods", ()), "since_periods")
        self.periods = frozenset(w for p in periods for w in (p, p + "s"))
        after = phrases(levels.get("since_after", ()), "since_after")
        counts = phrases(levels.get("since_counts", ()), "since_counts")
        forward = phrases(levels.get("since_before", ()), "since_before")
        self.told_at = frozenset(phrases(levels.get("told_at", ()), "told_at"))
        self.fillers = frozenset(phrases(levels.get("subject_fillers", ()), "subject_fillers"))
        self.part_openers = frozenset(phrases(levels.get("part_openers", ()), "part_openers"))
        alt = "|".join
        forms = [alt(re.escape(w) for w in alone)] if alone else []
        if periods and after and counts:
            forms.append(rf"(?:{alt(counts)}) (?:{alt(periods)})s? (?:{alt(after)})")
        if periods and forward:
            forms.append(rf"(?:{alt(forward)}) (?:{alt(periods)})")
        self.since = lazy_compile(rf"\b(?:{'|'.join(forms)})\b") if forms else None
        told = levels.get("ordered_times", ())
        for seq in told:
            phrases(seq, "ordered_times")  # refuses a wrong entry loudly
        self.sequences = tuple(tuple(squash(w) for w in seq) for seq in told)  # in order


def _text(document: Document, claim: Claim) -> str:
    start, end = sentence_of(document, claim)
    return squash(document.prose[start:end])


def counted_since(document: Document, step: Claim, old: Claim, cues: Any) -> bool:
    """Whether the step's sentence counts the change from the old level's time (a since
    mark, the old level's time named) and of its thing. ``cues`` is a ``LevelCues``."""
    since: SinceCues = cues.since
    lead = _lead(document, step)
    mark = since.since.search(lead) if since.since is not None else None
    if mark is None or _YEAR.search(lead):
        return False  # "since 2019" names a base of its own
    theirs = _text(document, old)
    if not (_YEAR.search(theirs) or set(_WORD.findall(theirs)) & since.told_at):
        return False
    return lead_points_back(document, step, old, cues, mark.span())


def told_later(document: Document, step: Claim, old: Claim, cues: Any) -> bool:
    """Whether the step's sentence names a later time of one sequence (``[levels]
    ordered_times``) than the old level's sentence ("in March" ... "By September"; "the
    first quarter" ... "In the second quarter"), each naming one, no year of its own,
    and the step's lead points back to the old level's thing."""
    ours, theirs = _text(document, step), _text(document, old)
    if set(_YEAR.findall(ours)) - set(_YEAR.findall(theirs)):
        return False
    for seq in cues.since.sequences:
        now = [k for k, w in enumerate(seq) if re.search(rf"\b{re.escape(w)}\b", ours)]
        then = [k for k, w in enumerate(seq) if re.search(rf"\b{re.escape(w)}\b", theirs)]
        if len(now) == 1 and len(then) == 1 and now[0] > then[0]:
            return lead_points_back(document, step, old, cues)
    return False


def lead_points_back(
    document: Document, step: Claim, old: Claim, cues: Any, skip: tuple[int, int] = (0, 0)
) -> bool:
    """Whether the change's lead (``skip`` left out) is told of the old level's thing,
    in a sentence with no forecast word: see ``_points_back``."""
    if any(f" {w} " in f" {_text(document, step)} " for w in cues.forecast):
        return False
    if _part_after(document, step, cues):
        return False
    lead = _lead(document, step)
    subject = (lead[: skip[0]] + " " + lead[skip[1] :]).split()
    return _points_back(subject, _text(document, old), cues)


def _part_after(document: Document, step: Claim, cues: Any) -> bool:
    """ "fell 20% to 700 in the town centre alone", "rose 8% to 46 million, excluding
    acquisitions": a phrase after the change that names a place or part of its own (a
    word of ``[levels] inside`` or ``part_openers`` opening it, no time in it)."""
    end = sentence_of(document, step)[1]
    tail = re.split(r"[,;.]", squash(document.prose[step.location.end : end]), maxsplit=1)[0]
    toks = tail.split()
    opens = cues.inside | cues.since.part_openers
    for k, tok in enumerate(toks):
        if tok in opens and k + 1 < len(toks):
            rest = toks[k + 1 :]
            timed = _YEAR.search(" ".join(rest)) or set(rest) & (
                cues.since.told_at | cues.since.periods)
            if not timed:
                return True
    return False


def _lead(document: Document, step: Claim) -> str:
    return squash(document.prose[sentence_of(document, step)[0] : step.location.start])


def _points_back(subject: list[str], theirs: str, cues: Any) -> bool:
    """Each word of the change's lead is a filler (a verb, a time, a determiner), a
    pointing word, or kin to a word of the old level's sentence."""
    fillers = cues.since.fillers | cues.up | cues.down | cues.not_subjects
    pointing = {w for p in cues.pointing for w in p.split()}
    kin = {stem(w) for w in _WORD.findall(theirs) if len(w) > 2}
    for word in subject:
        word = word.strip(",;:")
        if not word or word in fillers or word in pointing or word in cues.since.told_at:
            continue
        if not any(_kin(stem(word), k) for k in kin):
            return False
    return True


def _kin(a: str, b: str) -> bool:
    """One word's kin ("arrival", "arrivals"; "enrolment", "enrolled")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
