"""Numbers grown to the left: hedges ("nearly 500"), a minus word, ages ("aged 40"),
change verbs ("rose 12%") and an ordinal before a duration ("the first seven days").

Hedges and change phrases are reverse regexes that must end where the number starts,
tried only when the word before the number can end one (a set lookup).
"""

from __future__ import annotations

from numcheck.parsing import readings
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import Draft
from numcheck.quantity import Change, Kind

LOOKBACK = 40  # longer than any hedge or change phrase in the lexicon


def left(sc: ScanState, d: Draft, floor: int | None = None) -> None:
    c, text = sc.c, sc.text
    lo = max(sc.floor if floor is None else floor, d.start - LOOKBACK)
    if d.kind is Kind.DURATION:
        ordinal_before(sc, d, lo)
    tok = sc.last_word(lo, d.start)
    if not tok:
        return
    if tok in c.minus_words and d.value is not None and d.value > 0 and d.fixed is None:
        d.value = -d.value  # "minus 5 degrees"
        d.start = lo + len(text[lo : d.start].rstrip()) - len(tok)
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
        if mh is not None and mh.lastgroup:
            name = mh.lastgroup.removeprefix("s_")
            d.hedge_key = name
            d.hedge = " ".join(mh.group(mh.lastgroup).split())
            d.start = mh.start()
            tok = sc.last_word(lo, d.start)
            if not tok:
                return
    if tok in c.age_before and d.kind in (Kind.COUNT, Kind.DURATION) and (
        d.unit is None or d.kind is Kind.DURATION
    ):
        readings.make_age(d)  # "aged 40", "at age 70"
        return
    if not (tok in c.change_last or tok[-1] in c.change_last):
        return
    mc = c.change_rev.search(text, lo, d.start)
    if mc is None and tok == "by":  # "cut its key rate by 50 basis points"
        mc = c.change_by_rev.search(text, max(sc.floor, d.start - 2 * LOOKBACK), d.start)
    if mc is not None and d.kind not in (Kind.YEAR, Kind.DATE, Kind.IDENTIFIER):
        link = (mc.group("link") or "").lower()
        if link in c.level_links:  # "fell to 3.9%", "up from 380": a level, not the change
            d.extras["level"] = True
            if link == "to":
                d.change = Change.UP if mc.group("up") else Change.DOWN
        else:  # "rose 12%", "fell by 3", "an increase of 40"
            d.change = Change.UP if mc.group("up") else Change.DOWN


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
