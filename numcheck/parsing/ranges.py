"""Two numbers joined: a range ("between 10 and 20", "5-10%"), a change between two
levels ("rose from 5 to 10"), or two separate quantities.
"""

from __future__ import annotations

import re
from decimal import Decimal

from numcheck.parsing import readings
from numcheck.parsing.context import Handler, ScanState
from numcheck.parsing.draft import ANY_SPAN, Draft, beyond_float, finish_range
from numcheck.parsing.hedging import LOOKBACK, change_before, left
from numcheck.parsing.lexdata import norm
from numcheck.parsing.numeric import count_noun, may_start, on_cur, on_halfa, on_num, on_words
from numcheck.quantity import Kind, Level

# anchors that can be the second end of a range
OPEN_ENDS: dict[str, Handler] = {"num": on_num, "cur": on_cur, "words": on_words, "halfa": on_halfa}


def ranged(sc: ScanState, a: Draft) -> int:
    """Emit ``a`` alone, or a range "A to B", or "from A to B" as a change."""
    readings.classify(sc, a)
    c, text = sc.c, sc.text
    w = sc.next_word(a.end)
    mj = (
        c.joiner_fwd.match(text, a.end)
        if a.kind is not Kind.IDENTIFIER and (w is None or w in c.joiner_first)
        else None
    )
    if a.kind is Kind.COUNT and not a.unit and not a.scale and text[a.end : a.end + 1] in "-‑":
        mr = _RECORD.match(text, a.end)  # "went 3-for-5": a batting line
        if mr is not None:
            sc.emit(Draft(start=a.start, num_start=a.start, end=mr.end(), value=None,
                          kind=Kind.IDENTIFIER, fixed=ANY_SPAN))  # fmt: skip
            return mr.end()
    b = second_end(sc, mj.end()) if mj is not None else None
    if mj is None or b is None or beyond_float(a) or beyond_float(b):
        sc.emit(a)
        return a.end
    chain = _CHAIN.match(text, b.end) if b.end == b.num_start + len(b.digits or "?") else None
    if chain is not None and b.start - a.end <= 1 and not b.unit and not a.unit:
        # "a 4-2-3-1 formation", "1-800-273-8255": three or more numbers in a dashed
        # chain name a system or a line, never a range
        sc.emit(Draft(start=a.start, num_start=a.start, end=chain.end(), value=None,
                      kind=Kind.IDENTIFIER, fixed=ANY_SPAN))  # fmt: skip
        return chain.end()
    joiner = norm(mj.group("j") or mj.group("dash") or "")
    lo = max(sc.floor, a.start - LOOKBACK)
    mo = (
        c.opener_rev.search(text, lo, a.start)
        if sc.word_before(lo, a.start, c.opener_last)
        else None
    )
    opener = norm(mo.group("op")) if mo is not None else None
    if mo is not None and opener and opener.endswith("from") and joiner in ("to", "through"):
        mc = c.change_search(text, max(sc.floor, mo.start() - LOOKBACK), mo.start())
        if mc is None and opener == "from":
            # "cut their opening hours from 48 to 36", "cut the term by a third for her
            # plea, from eight years to five": the verb may stand before a figure of its own
            # (the change), so the look back crosses the floor, within the line's words
            lo = max(0, mo.start() - 3 * LOOKBACK)
            mc = c.change_from_rev.search(text, lo, mo.end())
        if mc is not None:  # "rose from 5 to 10": two levels, neither is the change
            a.change = b.change = None
            a.level, b.level = Level.OLD, Level.NEW
            sc.emit(a)
            sc.emit(b)
            return b.end
    if (joiner == "to" or joiner in _DASHES) and (
        ratio_to(sc, a, b) or (joiner == "to" and opener is None and to_one(a, b))
    ):
        # "a ratio of 22 to 1": one ratio, A / B
        assert a.value is not None
        assert b.value is not None
        d = Draft(start=a.start, num_start=a.start, end=b.end, value=a.value / b.value,
                  kind=Kind.RATIO)  # fmt: skip
        d.gran = 0
        sc.emit(d)
        return b.end
    if joiner in _DASHES and is_score(sc, a, b):
        # "drew 1-1", "won 52-48", "a 7-2 vote", "a 10-2 record", "a 50-50 call": the pair
        # names a result, it counts nothing (semantics.md "Not counts")
        sc.emit(Draft(start=a.start, num_start=a.start, end=b.end, value=None,
                      kind=Kind.IDENTIFIER, fixed=ANY_SPAN))
        return b.end
    tight = joiner in _DASHES and a.unit in (None, b.unit) and (
        b.start - a.end <= 1 or (text[a.end : b.start].strip() in _DASHES and b.hedge_key is None)
    )  # "rose 3-5%", "rise 3 - 5%"
    tight = tight or (joiner == "or" and alternatives(a, b))  # "lost six or seven"
    if (a.change is not None and not tight) or a.level is not None:
        # "rose 12% to 7,412", "by $12.1bn to $310bn", "fell to 5 from 8": the change
        # (or a level) and the next figure are separate quantities, never a range;
        # "rose 3-5%" is one range, the change
        sc.emit(a)
        return a.end
    if not is_range(sc, a, b, joiner, opener):
        sc.emit(a)
        return a.end
    if a.hedge is not None and norm(a.hedge) in c.range_hedges and b.hedge_key is None:
        # "within 20-30 minutes": the hedge names the range itself, not its first end
        a.hedge_key = None
    if mo is not None and a.change is None and b.change is None:
        a.change = change_before(sc, mo.start())  # "raised fares by between 5% and 8%"
    if mo is not None and a.kind is Kind.COUNT and a.unit is None and b.unit is None and (
        sc.last_word(max(sc.floor, mo.start() - 12), mo.start()) in c.age_before
    ):
        readings.make_age(a)  # "aged between 19 and 24": an age range
        readings.make_age(b)
    share(sc, a, b)
    count_noun(sc, b)
    hedges = [h for h in (mo.group("op") if mo else None, a.hedge, b.hedge) if h]
    start = mo.start() if mo is not None else a.start
    sc.out.append(finish_range(text, a, b, start, " … ".join(hedges) or None, sc.r))
    sc.floor = b.end
    return b.end


def second_end(sc: ScanState, p: int) -> Draft | None:
    c, text = sc.c, sc.text
    mh = c.hedge_fwd.match(text, p) if may_start(c.hedge_starts, text, p) else None
    q = mh.end() if mh is not None else p
    m = c.digit_scanner.match(text, q) or c.word_scanner.match(text, q)
    if m is None or m.lastgroup not in ("num", "cur", "words", "halfa"):
        return None
    b = OPEN_ENDS[m.lastgroup](sc, m)
    if b is None:
        return None
    left(sc, b, floor=p)
    readings.classify(sc, b)
    return b


def ratio_to(sc: ScanState, a: Draft, b: Draft) -> bool:
    """"a pupil-teacher ratio of 22 to 1": bare counts after a ratio word."""
    if a.kind is not Kind.COUNT or b.kind is not Kind.COUNT or a.unit or b.unit:
        return False
    if not a.value or not b.value or a.hedge_key or b.hedge_key:
        return False
    lo = max(sc.floor, a.start - LOOKBACK)
    return sc.c.ratio_to_rev.search(sc.text, lo, a.start) is not None


def to_one(a: Draft, b: Draft) -> bool:
    """"outspent two to one", "voted 3 to 1 in favour": bare whole counts down to one
    are odds or a ratio, with or without a ratio word before them."""
    if a.kind is not Kind.COUNT or b.kind is not Kind.COUNT or a.unit or b.unit:
        return False
    if a.value is None or b.value != 1 or a.scale or b.scale or b.hedge_key:
        return False
    return a.value > 1 and a.value == int(a.value)


def is_range(sc: ScanState, a: Draft, b: Draft, joiner: str, opener: str | None) -> bool:
    if a.value is None or b.value is None:
        return False
    if joiner == "to" and opener is None and b.value < a.value and a.kind is not Kind.YEAR:
        # "46.9% to 41.8%", "beat them 52 to 48", "cut 40 to 25 minutes"? Without "between"
        # or "from" a pair that runs down is two figures set side by side (a result, a
        # comparison), never a range written backwards
        return False
    if joiner in _DASHES and sc.text[a.end : a.end + 1].isspace() and (
        joiner == "—"
        or b.hedge_key is not None
        or (bool(a.unit) != bool(b.unit) and (bool(a.unit) or b.value <= a.value))
    ):
        # a spaced dash sets off an aside: "40% — 35 people — were", "£2m – 400 jobs",
        # "arrested 180 - about 15% of the total", "180 - 15% of them" (phrasings.md
        # 16.4); "rise 3 - 5%" rises, its first end shares the unit
        return False
    if joiner[:1] in _DASHES and joiner[1:].strip() and opener is None and (
        sc.text[a.end : a.end + 1].isspace()
    ):
        # a spaced dash and a word set off an aside: "208 - or 42% - were over 70", "£2m
        # – or 400 jobs –"; a suspended hyphen is glued ("10- or 12-hour shifts")
        return False
    if joiner in _DASHES and opener is None and sc.text[a.end : a.end + 1].isspace() and (
        sc.c.total_after.match(sc.text, b.end) is not None
    ):
        return False  # "Pell 31 - 212 homes in all": the second figure is a total
    if (a.kind is Kind.YEAR) != (b.kind is Kind.YEAR):
        return False
    if a.unit and b.unit and a.unit != b.unit:
        return False
    if a.unit and not b.unit and b.hedge_key is not None:
        # a hedged bare second end is a new figure: "60% — about 900 people", "some $45
        # billion and more than 100,000 employees" ("$5-10 million", "aged 18 to 60"
        # share the first end's unit)
        return False
    if (a.kind is Kind.RATIO) != (b.kind is Kind.RATIO) and not (
        b.extras.get("times") and a.kind is Kind.COUNT and not a.unit
    ):  # "10 to 100 times more" shares the second end's "times"
        return False
    if joiner in sc.c.needs_opener:
        both_hedged = a.hedge_key is not None and b.hedge_key is not None
        if joiner == "and" and a.unit == "year" and b.kind is Kind.COUNT and not b.unit and (
            sc.last_word(max(sc.floor, a.start - 12), a.start) in sc.c.age_before
        ):
            return True  # "children aged 10 and 11": an age range
        return opener is not None or both_hedged or (joiner == "or" and alternatives(a, b))
    if joiner in ("—", "–") and b.hedge_key is not None and opener is None:
        return False  # a dash aside: "55% — roughly 800"
    if joiner in ("-", "–", "—", "‑"):
        if a.kind is Kind.YEAR:
            return True
        bare = a.hedge_key is None and b.hedge_key is None and not a.unit
        if bare and (b.value < a.value or score_context(sc, a)):
            return False  # "won 52-48"
    return True


def alternatives(a: Draft, b: Draft) -> bool:
    """"six or seven", "2 or 3 million": consecutive values at the first one's
    granularity are a range; "30k or 50k", "25 or 50 basis points" are two values."""
    if a.value is None or b.value is None:
        return False
    scale = Decimal(str(b.scale)) if a.scale is None and b.scale is not None else Decimal(1)
    low = a.value * scale
    step = Decimal(str(a.g or 1)) * scale
    return Decimal(0) < low < b.value and b.value - low <= step


_DASHES = frozenset({"-", "–", "—", "‑"})
_CHAIN = re.compile(r"(?:[-–‑]\d+)+(?![\w.,]\d)")
_RECORD = re.compile(r"[-‑](?:for|of)[-‑]\d+\b", re.IGNORECASE)
_PAIR_TEXT = re.compile(r"\d+[-–‑]\d+")
_RUN_GAP = re.compile(r"\s*(?:,|and|&)\s*", re.IGNORECASE)


def is_score(sc: ScanState, a: Draft, b: Draft) -> bool:
    """A dashed pair of bare whole numbers that is a result, not a range: it goes down
    or stays level ("52-48", "1-1"), or a score word stands before or after it."""
    if a.value is None or b.value is None or a.hedge_key or b.hedge_key:
        return False
    if a.unit or b.unit or a.scale or b.scale or a.kind is not Kind.COUNT:
        return False
    if a.value != int(a.value) or b.value != int(b.value) or b.start - a.end > 1:
        return False
    if b.value <= a.value:
        return True
    after = sc.next_word(b.end)
    if after is not None and after in sc.c.score_after:
        return True
    return score_context(sc, a) or after_score(sc, a)


def after_score(sc: ScanState, a: Draft) -> bool:
    """"won 6-4, 6-7, 7-5": a dashed pair right after a score, with only a comma or
    "and" between, is a score of the same run."""
    if not sc.out:
        return False
    prev = sc.out[-1]
    if prev.kind is not Kind.IDENTIFIER or a.start - prev.end > 6:
        return False
    if _PAIR_TEXT.fullmatch(prev.text) is None:
        return False
    return _RUN_GAP.fullmatch(sc.text, prev.end, a.start) is not None


def score_context(sc: ScanState, a: Draft) -> bool:
    lo = max(sc.floor, a.start - LOOKBACK)
    return sc.c.score_rev.search(sc.text, lo, a.start) is not None


def share(sc: ScanState, a: Draft, b: Draft) -> None:
    """"2 to 3 million", "5-10%": the first end takes the second's scale and unit."""
    if (
        a.scale is None
        and b.scale is not None
        and a.value is not None
        and b.value is not None
        and a.value * Decimal(str(b.scale)) <= b.value
    ):
        a.value *= Decimal(str(b.scale))
        a.scale, a.gran = b.scale, None
    if b.extras.get("times") and a.kind is Kind.COUNT:
        a.kind, a.gran = Kind.RATIO, 0
    if a.unit is None and b.unit is not None:
        a.unit, a.kind = b.unit, b.kind
    elif b.unit is None and a.unit is not None:
        b.unit, b.kind = a.unit, a.kind
    if a.hedge_key == "approx" and b.hedge_key is None:
        b.hedge_key = "approx"  # "an estimated 2 million to 3 million"
