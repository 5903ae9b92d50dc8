"""Numbers grown to the left: hedges ("nearly 500"), a minus word, ages ("aged 40"),
change verbs ("rose 12%") and an ordinal before a duration ("the first seven days").

Hedges and change phrases are reverse regexes that must end where the number starts,
tried only when the word before the number can end one (a set lookup).
"""

from __future__ import annotations

import re
from dataclasses import replace

from numcheck.lazyre import lazy_compile
from numcheck.parsing import governed, readings
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import Draft
from numcheck.parsing.lexdata import norm
from numcheck.quantity import Change, Kind, Level, Quantity

LOOKBACK = 40  # longer than any hedge or change phrase in the lexicon


def left(sc: ScanState, d: Draft, floor: int | None = None) -> None:
    c, text = sc.c, sc.text
    lo = max(sc.floor if floor is None else floor, d.start - LOOKBACK)
    if d.kind is Kind.DURATION:
        ordinal_before(sc, d, lo)
    tok = sc.last_word(lo, d.start)
    if not tok:
        return
    if _listed_age(sc, d):
        readings.make_age(d)  # "three children aged 4, 7 and 9": each an age
        return
    if tok in c.minus_words and d.value is not None and d.value > 0 and d.fixed is None:
        at = lo + len(text[lo : d.start].rstrip()) - len(tok)
        if readings.margin_before(sc, at):
            return  # "plus or minus 3.1 percentage points": a margin, not a negative
        d.value = -d.value  # "minus 5 degrees"
        d.start = at
        tok = sc.last_word(lo, d.start)
        if not tok:
            return
    if d.hedge_key is None and (tok in c.hedge_last or tok[-1] in c.hedge_last) and not (
        tok in c.period_before and d.kind is Kind.DURATION and after_amount(sc, lo, d.start)
    ):
        # a hedge spans at most hedge_words tokens: search only those
        parts = text[lo : d.start].rsplit(None, c.hedge_words)
        hlo = lo + len(parts[0]) if len(parts) > c.hedge_words else lo
        mh = c.hedge_rev.search(text, hlo, d.start)
        key = None
        if mh is not None and mh.lastgroup:
            phrase = norm(mh.group(mh.lastgroup))
            key = governed.hedge_key(sc, d, mh.start(), phrase, mh.lastgroup.removeprefix("s_"))
        if mh is not None and mh.lastgroup and key is not None:
            d.hedge_key = key
            d.hedge = " ".join(mh.group(mh.lastgroup).split())
            d.start = mh.start()
            if " " in d.hedge and governed.level_hedge(sc, d.hedge, key):
                d.level = Level.NEW  # "climbed past $90": the level reached
            tok = sc.last_word(lo, d.start)
            if not tok:
                return
    if d.hedge_key is None and tok == "the" and d.kind.is_comparable:
        governed.the_mark(sc, d, lo)  # "crossed the 1 million mark"
        if d.hedge_key is not None:
            return
    if tok in c.age_before and d.kind in (Kind.COUNT, Kind.DURATION) and (
        d.unit is None or d.kind is Kind.DURATION
    ):
        readings.make_age(d)  # "aged 40", "at age 70"
        return
    if not (tok in c.change_last or tok[-1] in c.change_last):
        return
    if d.kind in (Kind.YEAR, Kind.DATE, Kind.IDENTIFIER):
        return
    mc = c.change_search(text, lo, d.start)
    if mc is None and tok in ("by", "of"):  # "cut its key rate by 50 basis points"
        mc = _change_by(sc, d.start)
    if mc is None:
        prev = level_after_change(sc, d.start) if tok in c.level_links else None
        if prev is not None:
            d.level = Level.OLD if tok in c.old_level_links else Level.NEW  # "fell 5% to 3.9%"
            if d.kind is Kind.COUNT and d.unit is None and d.scale is None and (
                prev.kind in _SHARED_KINDS and prev.level is not None
            ):  # "narrowed to six points from 11": the old level is 11 points
                d.kind, d.unit = prev.kind, prev.unit
        return
    link = (mc.group("link") or "").lower()
    verb = norm(mc.group("up") or mc.group("down") or "")
    if verb in ("up", "down") and sc.last_word(lo, mc.start()) in c.particle_verbs:
        return  # "makes up 41%", "shut down five plants": a phrasal verb, no change
    if not link and d.kind is Kind.MONEY and verb in c.not_before_money:
        return  # "raised $40 million in a funding round": money raised
    if not link and d.kind is Kind.COUNT and d.unit is None and verb in c.not_before_count:
        after = sc.next_word(d.end)  # "lost 140 points", "lost 140 to 7,412": a change
        if after not in c.points_first and after not in c.level_links:
            return  # "Kesby lost 140 homes": the homes lost
    if link in c.level_links:  # "fell to 3.9%", "up from 380": a level, not the change
        d.level = Level.OLD if link in c.old_level_links else Level.NEW
    elif not link and governed.level_hedge(sc, d.hedge):
        d.level = Level.NEW  # "fell below $1.20", "rose above 5%": the level reached
    else:  # "rose 12%", "fell by 3", "an increase of 40"
        d.change = Change.UP if mc.group("up") else Change.DOWN
    if norm(mc.group("up") or mc.group("down") or "") in c.new_level_before:
        new_level_before(sc, mc.start())  # "412 cases, up from 380", "£4.1bn, up 5%"


def _change_by(sc: ScanState, at: int) -> re.Match[str] | None:
    """``change_by_rev`` ending at ``at``, searched only where its last words are."""
    lo = max(sc.floor, at - 2 * LOOKBACK)
    if sc.c.change_by_tail.search(sc.text, lo, at) is None:
        return None
    return sc.c.change_by_rev.search(sc.text, lo, at)


def change_before(sc: ScanState, at: int) -> Change | None:
    """The direction of a change phrase ending at ``at`` ("raised fares by [between 5%
    and 8%]"), None when there is none or it links a level ("rose to")."""
    lo = max(sc.floor, at - LOOKBACK)
    tok = sc.last_word(lo, at)
    if not tok or not (tok in sc.c.change_last or tok[-1] in sc.c.change_last):
        return None
    mc = sc.c.change_search(sc.text, lo, at)
    if mc is None and tok in ("by", "of"):
        mc = _change_by(sc, at)
    if mc is None or (mc.group("link") or "").lower() in sc.c.level_links:
        return None
    return Change.UP if mc.group("up") else Change.DOWN


_NOT_AMOUNT = frozenset({Kind.YEAR, Kind.DATE, Kind.TIME, Kind.IDENTIFIER})
_LEVEL_GAP = lazy_compile(r",?(?:\s+[\w’'.-]+){1,5}\s+\Z")


_SHARED_KINDS = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MEASURE})


def level_after_change(sc: ScanState, start: int) -> Quantity | None:
    """Whether a level link before ``start`` follows a change or a level of the same
    clause: "fell 5% [to] 3.9%", "rose to 64.8% in 2024 [from] 61.5%", "£4.1bn, from".

    The figure it follows is the last amount emitted (dates and years between are
    skipped); between the two only words (at most five, the link last) and one comma.
    """
    out = sc.out
    i = len(out) - 1
    while i >= 0 and out[i].kind in _NOT_AMOUNT and start - out[i].end < 60:
        i -= 1
    if i < 0:
        return None
    prev = out[i]
    if (prev.change is None and prev.level is None) or start - prev.end > 60:
        return None
    if _LEVEL_GAP.match(sc.text, prev.end, start) is None:
        return None
    return prev if sc.c.sentence_end.search(sc.text, prev.end, start) is None else None


_NEW_GAP = lazy_compile(r"(?:\s+[A-Za-z][\w’'-]*){0,3},?\s+\Z")


def new_level_before(sc: ScanState, verb: int) -> None:
    """"412 cases, up from 380", "38%, down from 41%": the plain figure just before the
    change word is the level it reached."""
    if not sc.out:
        return
    prev = sc.out[-1]
    if (
        prev.kind.is_comparable
        and prev.change is None
        and prev.level is None
        and verb - prev.end < 40
        and _NEW_GAP.match(sc.text, prev.end, verb) is not None
    ):
        sc.out[-1] = replace(prev, level=Level.NEW)


def after_amount(sc: ScanState, lo: int, start: int) -> bool:
    """Whether an amount was read earlier in the same sentence ("a £1bn plan over three
    years": "over" names the period, it is no hedge)."""
    if not sc.out:
        return False
    prev = sc.out[-1]
    if not prev.kind.is_comparable or start - prev.end > 160:
        return False
    return sc.c.sentence_end.search(sc.text, prev.end, start) is None


def ordinal_before(sc: ScanState, d: Draft, lo: int) -> None:
    """"the first seven days": the ordinal word is part of the duration's span."""
    seg = sc.text[lo : d.start]
    if not seg or not seg[-1].isspace():
        return
    head = seg.rstrip()
    parts = head.rsplit(None, 1)
    if not parts:
        return
    start = lo + len(head) - len(parts[-1])
    if start == lo and lo > 0 and not sc.text[lo - 1].isspace():
        return
    if parts[-1].lower() in sc.c.ordinals:
        d.start = start


def _listed_age(sc: ScanState, d: Draft) -> bool:
    """A bare number coordinated with an age right before it ("aged 4, 7 and 9"): only a
    comma or "and" between them, and the age a bare number too."""
    if d.kind is not Kind.COUNT or d.unit is not None or d.hedge_key is not None or not sc.out:
        return False
    prev = sc.out[-1]
    if prev.kind is not Kind.DURATION or prev.unit != "year" or not prev.text.isdigit():
        return False
    gap = sc.text[prev.end : d.start].replace(",", " ").split()
    if gap not in ([], ["and"]) or d.value is None or d.value > _OLDEST:
        return False
    after = sc.next_word(d.end)  # "aged 40, 500 people came": a count with its noun
    return after is None or after in ("and", "or", "years", "year")


_OLDEST = 120  # no age is larger
