"""Two levels that a step told after both of them ties into one change.

"Turnout, at 51.2%, was down from 58.9% at the last election, a drop of 9.7 points",
"2,310 patients were admitted in the four weeks to Sunday against 1,980 in the same weeks
last year, a rise of 12%": the words between the two levels end in a link to the old level
(``[levels] back``: "down from", "against", "compared with"), but a verb or a clause of
more than a few words stands before that link, so the words alone are too loose to pair
them (``_levels._pair`` asks a comma or four words). The copy carries more evidence:
a step set off after the second level, in that level's clause, with a direction ("a drop
of", "up"), and a time on the old level's side ("at the last election", "a year
earlier", "in 2023"). With all three, the level after the link is the old one. A step
followed by a base of its own ("up 6% on last year") is no change between the two.
Cue words are data (``[levels]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from numcheck.checkers._clause_times import one_clause, without_dates
from numcheck.checkers._compare import between, squash
from numcheck.checkers._level_forms import alike, is_step, old_phrase
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues, Pair
    from numcheck.claims import Claim
    from numcheck.document import Document

_HEAD_WORDS = 10  # words of the new level's clause before the link ("were admitted in ...")
_OLD_WORDS = 8  # words of the old level's clause before the step's comma
_FRAME_ARTICLES = frozenset({"a", "an"})
_FRAME_LINKS = frozenset({"of", "by"})
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_TIMES = frozenset({Kind.YEAR, Kind.DATE, Kind.TIME})
_SKIPPED = 2  # years or dates of the old level's clause passed over for its step
_OWN_BASE = 30  # characters after the step read for a base of its own


def vouched(
    document: Document, a: Claim, b: Claim, x: Claim, gap: str, cues: LevelCues
) -> Pair | None:
    """(old, new, direction) of ``a`` [clause] LINK ``b`` [clause], STEP ``x``, or None."""
    if a.quantity.kind in _TIMES or not (alike(a, b) and is_step(x)) or any(
        ch.isdigit() for ch in gap
    ):
        return None
    stripped = old_phrase(gap, cues)  # "against last season's": the owner is the old side's
    link = next((k for k in cues.back if stripped.endswith(" " + k)), None)
    if link is None:
        return None
    head = stripped[: -len(link)].strip()
    if len(without_dates(head).split()) > _HEAD_WORDS or not one_clause(head, cues):
        return None
    way = _frame(between(document, b, x), cues, _word_after(document, x))
    if way is None or _own_base(document, x, cues):
        return None
    described = gap[len(stripped):]  # "last season's": the old level's own words
    if not _earlier(f"{described} {between(document, b, x).rpartition(',')[0]}", cues):
        return None
    said = cues.back[link]
    return None if said and said != way else (b, a, way)


def after_times(sentence: Sequence[Claim], k: int) -> Claim | None:
    """The first figure from index ``k`` on that is no year or date ("4.1 million in 2023,
    a rise of 21%": the year is the old level's time, the step comes after it)."""
    for j in range(k, min(k + _SKIPPED + 1, len(sentence))):  # a bounded look-ahead
        if sentence[j].quantity.kind not in _TIMES:
            return sentence[j]
    return None


def _word_after(document: Document, x: Claim) -> str:
    """The word right after the step ("a 12% *rise*", "9% *lower*")."""
    after = squash(document.prose[x.location.end : x.location.end + _OWN_BASE]).split()
    return after[0].strip(",.;:") if after else ""


def _frame(gap: str, cues: LevelCues, after: str = "") -> str | None:
    """The direction of a step set off after the old level's clause: ", a drop of",
    ", up", ", an increase of", or after the step itself (", a 12% rise", ", 9% lower");
    None when the words are no such frame."""
    clause, comma, tail = _YEAR.sub("year", gap).rpartition(",")
    if not comma or any(ch.isdigit() for ch in clause) or not one_clause(clause, cues):
        return None
    if len(without_dates(clause).split()) > _OLD_WORDS:
        return None
    toks = tail.split()
    if toks[:1] and toks[0] in _FRAME_ARTICLES:
        toks = toks[1:]
    if toks[-1:] and toks[-1] in _FRAME_LINKS:
        toks = toks[:-1]
    if not toks and not tail.rstrip().endswith((" of", " by")):
        toks = [after]  # the direction told after the step: ", a 12% rise", ", 9% lower"
    if len(toks) != 1:
        return None
    up, down = toks[0] in cues.up, toks[0] in cues.down
    return None if up == down else ("up" if up else "down")


def _own_base(document: Document, x: Claim, cues: LevelCues) -> bool:
    """ "up 6% on last year", "12% higher than in 2019": the step names a base of its own."""
    after = squash(document.prose[x.location.end : x.location.end + _OWN_BASE]).split()
    words = after[:2]
    links = {w.split()[0] for w in cues.step_links} | {c.split()[0] for c in cues.comparatives}
    return any(w in links or w == "than" for w in words)


def _earlier(text: str, cues: LevelCues) -> bool:
    """A time on the old level's side: a year, a phrase of the time just before ("a year
    earlier", "last August"), a word of ``[levels] told_at`` or a period of its own."""
    text = squash(text)
    if _YEAR.search(text) or (cues.earlier is not None and cues.earlier.search(text)):
        return True
    toks = set(re.findall(r"[a-z]+", text))
    return bool(toks & (cues.since.told_at | cues.since.periods | cues.old_times))
