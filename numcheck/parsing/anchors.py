"""Anchors that are not plain numerals: dates, times, years, identifiers, vague
amounts, fractions, ordinals and "a week".

Each builder takes the scanner match and returns a Draft (or None to skip the
anchor). The numeric path is in numeric.py (numerals, scales, units) and ranges.py.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from numcheck.interval import Interval
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import ANY_SPAN, Draft
from numcheck.parsing.hedging import left
from numcheck.parsing.lexdata import Compiled, norm
from numcheck.parsing.numeric import head_after, set_unit
from numcheck.quantity import Change, Kind


def _valid_date(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: Feb. 29 stays valid
    except ValueError:
        return False
    return True


def fixed(
    m: re.Match[str], kind: Kind, iso: str | None = None, value: Decimal | None = None
) -> Draft:
    span = (Interval.point(float(value)),) * 2 if value is not None else ANY_SPAN
    return Draft(
        start=m.start(),
        num_start=m.start(),
        end=m.end(),
        value=value,
        kind=kind,
        iso=iso,
        fixed=(span[0], span[1]),
    )


def on_isodate(rd: ScanState, m: re.Match[str]) -> Draft | None:
    y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    if not _valid_date(y, mo, d):
        return None
    return fixed(m, Kind.DATE, f"{y:04d}-{mo:02d}-{d:02d}")


def _date(rd: ScanState, m: re.Match[str], mon: str, day: str, year: str | None) -> Draft | None:
    month = rd.c.months.get(mon.strip())
    if month is None:
        return None
    d = int(day)
    y = int(year) if year else None
    if not _valid_date(y, month, d):
        return None
    iso = f"{y:04d}-{month:02d}-{d:02d}" if y else f"--{month:02d}-{d:02d}"
    return fixed(m, Kind.DATE, iso)


def on_mdate(rd: ScanState, m: re.Match[str]) -> Draft | None:
    return _date(rd, m, m.group("mm"), m.group("md"), m.group("my"))


def on_dmdate(rd: ScanState, m: re.Match[str]) -> Draft | None:
    return _date(rd, m, m.group("dm"), m.group("dd"), m.group("dy"))


def on_myear(rd: ScanState, m: re.Match[str]) -> Draft | None:
    month = rd.c.months.get(m.group("ym").strip())
    if month is None:
        return None
    return fixed(m, Kind.DATE, f"{int(m.group('yy')):04d}-{month:02d}")


def _slash_iso(year: int | None, a: int, b: int, us: bool, uk: bool) -> str | None:
    """ISO for "12/25/2021" or "25/12" when only one order is a date; None when both are."""
    if us == uk:
        return None
    month, day = (a, b) if us else (b, a)
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def on_sdate(rd: ScanState, m: re.Match[str]) -> Draft | None:
    """"3/4": a date in date context ("on 3/4"), else a fraction ("3/4 of voters").

    With a year ("12/25/2021") it is a date; a pair that is neither a plausible date
    in context nor a proper fraction ("50/50", "12/5") is kept as an identifier.
    """
    parts = [int(p) for p in m.group().split("/")]
    a, b = parts[0], parts[1]
    year = None if len(parts) == 2 else parts[2] + (2000 if parts[2] < 100 else 0)
    us, uk = _valid_date(year, a, b), _valid_date(year, b, a)
    if len(parts) == 3:
        if not (us or uk):
            return fixed(m, Kind.IDENTIFIER)
        return fixed(m, Kind.DATE, _slash_iso(year, a, b, us, uk))
    of = rd.c.of_fwd.match(rd.text, m.end()) is not None
    if not of and (us or uk):
        lo = max(rd.floor, m.start() - 24)
        if rd.last_word(lo, m.start()) in rd.c.slash_date_before:
            return fixed(m, Kind.DATE, _slash_iso(None, a, b, us, uk))
    if b == 0 or not (of or a < b):
        return fixed(m, Kind.IDENTIFIER)
    d = Draft(
        start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(a) / Decimal(b),
        kind=Kind.RATIO,
    )
    d.gran = 0
    left(rd, d)  # "nearly 2/3 of the seats"
    return d


def on_time(rd: ScanState, m: re.Match[str]) -> Draft | None:
    """"9:30 a.m.", "21:00"; "2:05:33" with seconds (a clock or a race time: no amount)."""
    second = 0
    if m.group("th2") is not None:
        hour, minute, mer = int(m.group("th2")), int(m.group("tm2")), ""
        second = int(m.group("ts2") or 0)
    else:
        hour, minute = int(m.group("th")), int(m.group("tm") or 0)
        mer = m.group("mer").lower()
    if minute > 59 or second > 59 or hour > 23 or (mer and not 1 <= hour <= 12):
        return None
    if mer.startswith("p") and hour != 12:
        hour += 12
    elif mer.startswith("a") and hour == 12:
        hour = 0
    value = Decimal(hour) + Decimal(minute) / 60 + Decimal(second) / 3600
    iso = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if m.group("ts2") else "")
    return fixed(m, Kind.TIME, iso, value)


def on_decade(rd: ScanState, m: re.Match[str]) -> Draft | None:
    start = int(m.group("dec"))
    d = fixed(m, Kind.YEAR, value=Decimal(start))
    span = Interval(start, start + 10, True, False)
    d.fixed = (span, span)
    d.gran = 10
    return d


def on_identifier(rd: ScanState, m: re.Match[str]) -> Draft | None:
    return fixed(m, Kind.IDENTIFIER)


def on_vague(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    entry = c.vague.get(norm(m.group()))
    if entry is None:
        return None
    end = m.end()
    factor = 1.0
    ms = c.mult_fwd.match(rd.text, end) if entry.scalable else None
    if ms is not None:
        word = norm(ms.group("s"))
        factor = float(c.multipliers.get(word) or c.scales.get(word) or 1)
        end = ms.end()
    elif entry.needs_of and c.of_fwd.match(rd.text, end) is None:
        return None
    hard = Interval(entry.low * factor, entry.high * factor, True, not entry.high_open)
    soft = Interval(entry.soft_low * factor, entry.soft_high * factor)
    value = None if entry.value is None else Decimal(str(entry.value)) * Decimal(str(factor))
    d = Draft(start=m.start(), num_start=m.start(), end=end, value=value, vague=(hard, soft))
    if entry.granularity is not None:
        d.gran = entry.granularity * factor
    after_of = c.of_fwd.match(rd.text, end)
    mu = c.unit_fwd.match(rd.text, after_of.end() if after_of else end)
    if mu is not None and not mu.group("sep").strip():
        set_unit(rd, d, c.unit_forms[norm(mu.group("u"))])
        d.end = mu.end()
    return d


def on_ulong(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    word = m.group().lower()[:-4].rstrip("-‑ ")
    canonical = c.unit_forms.get(word)
    if canonical is None:
        return None
    e = c.vague_long
    hard = Interval(e.low, e.high, True, not e.high_open)
    soft = Interval(e.soft_low, e.soft_high)
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=None, vague=(hard, soft))
    set_unit(rd, d, canonical)
    d.head = head_after(rd, m.end())
    return d


_GAP = re.compile(r"(?:\s*[A-Za-z’'-]+){0,3}\s+\Z")


def _rate_after_amount(rd: ScanState, start: int) -> bool:
    """Whether "a day" at ``start`` follows an amount and at most three plain words
    ("1,000 people a day"), with no preposition between and no "later" after."""
    if not rd.out:
        return False
    prev = rd.out[-1]
    if not prev.kind.is_comparable or start - prev.end > 40:
        return False
    gap = rd.text[prev.end : start]
    if _GAP.match(gap) is None:
        return False
    c = rd.c
    if any(w.lower() in c.compound_stop and w.lower() != "of" for w in gap.split()):
        return False  # "8 tonnes of hydrogen a day" is a rate; "5 people in a day" is not
    return c.rate_fwd.match(rd.text, prev.end + len(gap.rstrip())) is not None


def on_frac(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    parts = [p for p in norm(m.group()).replace("-", " ").replace("‑", " ").split(" ") if p]
    num_word, den_word = parts[0], parts[-1]
    den = c.fractions.get(den_word)
    num = 1 if num_word in ("a", "an") else c.units_words.get(num_word)
    if den is None or num is None or num == 0:
        return None
    plural = den_word.endswith("s")
    if not plural and num_word in c.tens and den_word in c.ordinals:
        return on_ordinal(rd, m)  # "twenty-fifth", "thirty fifth": an ordinal
    if (plural and num == 1) or (not plural and num > 1):
        return None
    hyphen = "-" in m.group() or "‑" in m.group()
    if (
        not plural
        and num_word in ("a", "an")
        and den_word not in ("half", "quarter")
        and not hyphen
        and c.of_fwd.match(rd.text, m.end()) is None
        and c.clause_end_fwd.match(rd.text, m.end()) is None
        and not _fraction_context(rd, m)
    ):
        return None  # "a third round" is an ordinal; "a third of", "almost a third." ratios
    value = Decimal(num) / Decimal(den)
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=value, kind=Kind.RATIO)
    d.gran = 0
    mc = c.change_after.match(rd.text, m.end()) if rd.text[m.end() : m.end() + 1] == " " else None
    if mc is not None:  # "a third higher", "a quarter fewer": the fraction is the change
        d.change = Change.UP if mc.group("up") else Change.DOWN
    return d


def _fraction_context(rd: ScanState, m: re.Match[str]) -> bool:
    """"about a third", "cut by a third", "a third more than": a ratio in context
    (numbers.toml [fraction_reading])."""
    c = rd.c
    if rd.next_word(m.end()) in c.fraction_ratio_before:
        return True
    tok = rd.last_word(max(rd.floor, m.start() - 16), m.start())
    return bool(tok) and (tok in c.hedge_last or tok in c.change_last)


def on_multiple(rd: ScanState, m: re.Match[str]) -> Draft | None:
    """"twice the rate", "double what analysts expected": a ratio; "scored twice" a
    count; "a double room" nothing (numbers.toml [multiples])."""
    c = rd.c
    word = norm(m.group())
    value = c.multiple_words.get(word)
    if value is None:
        return None
    if rd.next_word(m.end()) in c.times_before:
        kind = Kind.RATIO
    elif word in c.multiple_counts:
        kind = Kind.COUNT
    else:
        return None
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(value), kind=kind)
    d.gran = 0 if kind is Kind.RATIO else 1
    return d


def on_half(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    if c.half_ok.match(rd.text, m.end()) is None:
        return None
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal("0.5"))
    d.kind = Kind.RATIO
    d.gran = 0
    return d


def on_ordinal(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    text = m.group()
    low = norm(text)
    digits = low.rstrip("stndrh")
    if digits.isdigit():
        value = int(digits)
    else:
        parts = low.replace("‑", "-").replace("-", " ").split()
        if len(parts) > 1 and parts[-1] not in c.ordinals:
            parts = parts[:-1]  # "fifth-fastest": the superlative is no part of the number
        value = ordinal_value(c, parts)
    if value <= 0 or c.number_follows.match(rd.text, m.end()) is not None:
        return None  # "first seven days": the ordinal only qualifies the window
    w = rd.next_word(m.end())  # "eighth day": a unit word must follow after whitespace
    if not digits.isdigit() and len(parts) == 1 and not _ordinal_reading(rd, m, parts[0], w):
        return None
    d = fixed(m, Kind.ORDINAL, value=Decimal(value))
    mu = c.unit_fwd.match(rd.text, m.end()) if w is not None and w in c.tail_first else None
    if mu is not None and not mu.group("sep").strip():
        canonical = c.unit_forms[norm(mu.group("u"))]
        if c.unit_dimension.get(canonical) == "[time]":
            d.unit = canonical
            d.end = mu.end()
    return d


def ordinal_value(c: Compiled, parts: list[str]) -> int:
    """"twenty fifth" 25, "seventyfifth" 75, "third" 3; 0 when the words are none."""
    if len(parts) == 2:
        return c.tens.get(parts[0], 0) + c.ordinals.get(parts[1], 0) if parts[0] in c.tens else 0
    word = parts[0]
    value = c.ordinals.get(word)
    if value is not None:
        return value
    for tens, t in c.tens.items():  # hyphenless: "thirtyfirst"
        if word.startswith(tens) and c.ordinals.get(word[len(tens) :], 10) < 10:
            return t + c.ordinals[word[len(tens) :]]
    return 0


def _ordinal_reading(rd: ScanState, m: re.Match[str], word: str, nxt: str | None) -> bool:
    """Whether a lone ordinal word states a position (numbers.toml [ordinal_reading]).

    "first" does only before a period ("the first day", "first quarter"), not in "for
    the first time"; "second" after a rate word is a unit ("packets per second").
    """
    c = rd.c
    if word in c.first_words:
        if nxt is None:
            return False
        unit = c.unit_forms.get(nxt)
        return nxt in c.first_before or (
            unit is not None and c.unit_dimension.get(unit) == "[time]"
        )
    if word in c.ordinal_units:
        if m.start() > 0 and rd.text[m.start() - 1] == "/":
            return False  # "packets/second"
        before = rd.last_word(max(rd.floor, m.start() - 12), m.start())
        if before in c.ordinal_rate_before and (
            before != "a" or c.clause_end_fwd.match(rd.text, m.end()) is not None
        ):
            return False  # "per second", "716 times a second."
    return True


def on_aunit(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    if c.rate_rev.search(rd.text, max(rd.floor, m.start() - 16), m.start()) is not None:
        return None  # "twice a day" is a rate, not a duration
    if _rate_after_amount(rd, m.start()):
        return None  # "1,000 people a day", "$5 a day": a rate, not a duration
    if c.time_reference.match(rd.text, m.end()) is not None:
        return None  # "a year ago", "a month earlier": a point in time, not an amount
    word = norm(m.group()).split(" ", 1)[1]
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(1))
    set_unit(rd, d, c.unit_forms[word])
    return d
