"""Context rules that change what a number means once it is read: a hyphen as a
minus sign, ages, rates after a unit, "points" as percentage points, years and
name-like numbers. Each looks at a bounded window around the number, so parsing
stays linear; the vocabulary is data (numbers.toml, units.toml, identifiers.toml).
"""

from __future__ import annotations

import re

from numcheck.interval import Interval
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import ANY_SPAN, Draft
from numcheck.parsing.lexdata import Compiled, norm
from numcheck.quantity import Kind

_YEAR_TAIL = re.compile(r"[-–/](?P<y>\d\d)(?![\d\w])")
# what may stand before a hyphen read as a minus sign ("(-5°C)", "“-3%")
_BEFORE_MINUS = frozenset(" \t\n\r\u00a0\u2009\u202f([{“‘\"'«:/=")
_SIGNED_KINDS = frozenset({Kind.MEASURE, Kind.PERCENT, Kind.PERCENTAGE_POINT})


def hyphen_minus(rd: ScanState, d: Draft) -> None:
    """"-5°C", "growth of -2.5%", "temperatures of -7": a hyphen as a minus sign.

    Only after a space, the start or an opening bracket/quote, and with a unit
    (measure, percentage) or a temperature word near (numbers.toml [negative]).
    """
    text, c = rd.text, rd.c
    h = d.start - 1
    if d.value is None or d.value <= 0 or (h > 0 and text[h - 1] not in _BEFORE_MINUS):
        return
    if margin_before(rd, h):
        return  # "+/-3%": a margin of error
    signed = d.kind in _SIGNED_KINDS or (d.kind is Kind.MONEY and d.num_start > d.start)
    if not signed:  # "-$5m" is signed: the symbol shows it is money
        lo = max(rd.floor, h - c.minus_window)
        if c.minus_context.search(text, lo, d.end + 12) is None:
            return
    d.value = -d.value
    d.start = h


def margin_before(rd: ScanState, at: int) -> bool:
    """Whether a minus at ``at`` is half of a margin of error ("plus or minus 3
    points", "+/-3%": numbers.toml [negative] not_after)."""
    head = norm(rd.text[max(rd.floor, at - 12) : at])
    return bool(rd.c.minus_not_after) and head.endswith(rd.c.minus_not_after)


def points_are_percentage(rd: ScanState, start: int, end: int) -> bool:
    """"rose 2 points" with a percentage in the same sentence (units.toml [percent]).

    The sentence is looked for within 240 characters either side, so the work
    per quantity stays bounded."""
    c, text = rd.c, rd.text
    if c.points_or_pct.match(text, end) is not None:
        return False  # "fell 500 points, or 1.5%": index points
    lo = max(0, start - 240)
    for ms in c.sentence_end.finditer(text, lo, start):
        lo = ms.end()
    stop = c.sentence_end.search(text, end, end + 240)
    hi = stop.start() if stop is not None else min(len(text), end + 240)
    if c.points_pct.search(text, lo, hi) is None:
        return False
    return c.points_not.search(text, lo, hi) is None


def unit_tail(rd: ScanState, d: Draft) -> None:
    """An age ("10-year-old", "30 years old") or a rate ("barrels a day") after a unit."""
    c, text = rd.c, rd.text
    p = d.end
    ch = text[p : p + 1]
    if not ch or not (ch.isspace() or ch in "-‑/"):
        return
    w = rd.next_word(p) if ch.isspace() else None  # a gate: most units end the phrase
    if d.kind is Kind.DURATION:
        ma = c.age_fwd.match(text, p) if ch != "/" and (w is None or w in c.age_after) else None
        if ma is not None:
            d.end = ma.end()
            make_age(d)
        return
    if d.kind is Kind.MEASURE and d.unit is not None and (w is None or w in c.rate_words):
        mr = c.rate_fwd.match(text, p)
        if mr is not None:
            d.unit = f"{d.unit} / {c.unit_forms[norm(mr.group('u'))]}"
            d.end = mr.end()
            return
    if d.kind is Kind.MEASURE and d.unit is not None and " / " not in d.unit:
        per = c.pint.per(text, p)  # "30 miles per gallon", "5 tonnes/ha"
        if per is not None:
            d.unit, d.end = f"{d.unit} / {per[0]}", per[1]


def make_age(d: Draft) -> None:
    """Ages are stated to the year (month, ...): exact, no rounding."""
    if d.unit is None:
        d.unit = "year"
    d.kind = Kind.DURATION
    if d.value is not None:
        d.gran = 1.0 if d.value == int(d.value) else 0.0


def classify(rd: ScanState, d: Draft) -> None:
    """Years and name-like numbers ("in 1994", "911") are not counts."""
    if d.hedge_key is not None:
        hedged_age(rd, d)
    if d.kind is not Kind.COUNT or d.hedge_key is not None or d.scale is not None:
        return
    raw = d.digits
    if len(raw) == 4 and raw.isdigit() and (
        rd.c.year_min <= int(raw) <= rd.c.year_max or old_year(rd, d, int(raw))
    ):
        d.kind, d.gran = Kind.YEAR, 1
        tail = _YEAR_TAIL.match(rd.text, d.end)
        if tail is not None:  # "2021-22"
            last = int(raw[:2] + tail.group("y"))
            if last > int(raw):
                d.end = tail.end()
                span = Interval(int(raw), last)
                d.fixed, d.value, d.gran = (span, span), None, None
    elif d.end == d.num_start + len(raw) and (is_name(rd, d, raw) or is_record(rd, raw)):
        d.kind, d.value, d.fixed = Kind.IDENTIFIER, None, ANY_SPAN
    elif d.end == d.num_start + len(raw) and raw.isdigit():
        start = name_before(rd, d, raw)
        if start is not None:  # "RTX 4090", "iPhone 15", "Car Park 3": a model or place
            d.start, d.kind, d.value, d.fixed = start, Kind.IDENTIFIER, None, ANY_SPAN
        elif in_apposition(rd, d):
            make_age(d)  # "Hanna, 56, said"


def tenor(rd: ScanState, d: Draft) -> None:
    """"the 10-year Treasury yield", "two-year gilts": a term joined to the name of a
    debt instrument names the instrument (identifiers.toml ``tenor_nouns``)."""
    if d.kind is not Kind.DURATION or d.hedge_key is not None or d.value is None:
        return
    written = rd.text[d.num_start : d.end]
    if ("-" not in written and "‑" not in written) or written.endswith("old"):
        return  # "for 10 years the bond ...": an amount of time; "a 30-year-old trader"
    if rd.c.tenor_fwd.match(rd.text, d.end) is not None:
        d.kind, d.value, d.fixed = Kind.IDENTIFIER, None, ANY_SPAN


def hedged_age(rd: ScanState, d: Draft) -> None:
    """"children under five", "people over 65", "16 or older": an age (units.toml [age])."""
    c = rd.c
    if d.kind is not Kind.COUNT or d.unit is not None or d.scale is not None or d.value is None:
        return
    if not 0 < d.value <= c.apposition_max or d.value != int(d.value):
        return
    if d.hedge is not None and norm(d.hedge) in c.age_hedges:
        make_age(d)
        return
    if d.hedge is None or d.start <= rd.floor or norm(d.hedge) not in c.age_hedged_by:
        return
    if rd.last_word(max(rd.floor, d.start - 16), d.start) in c.age_hedged_after:
        mw = c.word_fwd.match(rd.text, d.end)
        if mw is None or not counted(c, mw.group("w").lower()):
            make_age(d)

def old_year(rd: ScanState, d: Draft, n: int) -> bool:
    """"installed in 1887", "before 1750": a year below ``year_min`` after a cue word
    (dates.toml ``year_cues``), unless a counted noun follows."""
    c = rd.c
    if not c.old_year_min <= n < c.year_min:
        return False
    if rd.last_word(max(rd.floor, d.start - 16), d.start) not in c.year_cues:
        return False
    mw = c.word_fwd.match(rd.text, d.end)
    return mw is None or not counted(c, mw.group("w").lower())


def is_record(rd: ScanState, raw: str) -> bool:
    """".600 winning percentage", "a .300 hitter": a win-loss or batting figure."""
    places = rd.c.record_dot_places
    return places > 0 and raw.startswith(".") and len(raw) == places + 1


def name_before(rd: ScanState, d: Draft, raw: str) -> int | None:
    """Where the name a bare number belongs to starts ("iPhone 15", "RTX 4090"), or None.

    A prefix of identifiers.toml (any case, one or two words) always names; a token of
    capitals ("RTX") only before a number of at most ``caps_model_digits`` digits, and
    one of one or two digits only when no counted noun follows ("UN 30 peacekeepers")."""
    c, text = rd.c, rd.text
    lo = max(rd.floor, d.start - 32)
    if d.start == lo or not text[d.start - 1].isspace():
        return None
    before = text[lo : d.start].rsplit(None, 1)
    tok = before[-1] if before else ""
    if tok.lower() in c.id_prefix_last:  # a gate: most words end no prefix
        mp = c.id_prefix_rev.search(text, lo, d.start)
        if mp is not None:
            return mp.start()
    if len(raw) > c.caps_model_digits or not (2 <= len(tok) <= 5 and tok.isupper()):
        return None
    mc = c.caps_rev.search(text, lo, d.start)
    if mc is None or mc.group("caps") in c.caps_not or mc.group("caps") in c.currency_codes:
        return None
    mw = c.word_fwd.match(text, d.end) if len(raw) < 3 else None
    if mw is not None and counted(c, mw.group("w").lower()):
        return None  # "UN 30 peacekeepers"; model numbers have three digits or more
    return mc.start()


def in_apposition(rd: ScanState, d: Draft) -> bool:
    """"Hanna, 56, said", "The defendant, 27, denied": an age between commas after a
    name or a person noun (units.toml [age] apposition_after)."""
    c, text = rd.c, rd.text
    if d.value is None or not 1 <= d.value <= c.apposition_max or d.value != int(d.value):
        return False
    if text[d.end : d.end + 1] != ",":
        return False
    ma = c.apposition_rev.search(text, max(rd.floor, d.start - 40), d.start)
    if ma is None:
        return False
    word = ma.group("w")
    if word.lower() in c.apposition_after:
        return True
    return word[0].isupper() and word[1:].islower() and word not in c.months


def is_name(rd: ScanState, d: Draft, raw: str) -> bool:
    """"call 911", "a 911 call", "they mentioned 911": a name; "911 people": a count."""
    c = rd.c
    default = raw in c.id_numbers
    if not default and raw not in c.id_numbers_in_context:
        return False
    before = rd.text[max(rd.floor, d.start - 24) : d.start].split()
    if before and before[-1].lower() in c.id_before:
        return True
    mw = c.word_fwd.match(rd.text, d.end)
    after = mw.group("w").lower() if mw is not None else ""
    if after in c.id_after:
        return True
    return default and not counted(rd.c, after)


def counted(c: Compiled, word: str) -> bool:
    """Whether ``word`` (lower-case) reads as a plural counted noun."""
    if word in c.counted_nouns:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
