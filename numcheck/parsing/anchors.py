"""Anchors that are not plain numerals: dates, times, years, identifiers, vague
amounts and "a week" (fractions, ordinals and multiples in words: wordnums.py).

Each builder takes the scanner match and returns a Draft (or None to skip the
anchor). The numeric path is in numeric.py (numerals, scales, units) and ranges.py.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import ANY_SPAN, Draft
from numcheck.parsing.hedging import left
from numcheck.parsing.lexdata import norm
from numcheck.parsing.numeric import head_after, set_unit
from numcheck.quantity import Kind


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


_GAP = lazy_compile(r"(?:\s*[A-Za-z’'-]+){0,3}\s+\Z")


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


def on_aunit(rd: ScanState, m: re.Match[str]) -> Draft | None:
    c = rd.c
    if c.rate_rev.search(rd.text, max(rd.floor, m.start() - 16), m.start()) is not None:
        return None  # "twice a day" is a rate, not a duration
    if _rate_after_amount(rd, m.start()):
        return None  # "1,000 people a day", "$5 a day": a rate, not a duration
    if c.time_reference.match(rd.text, m.end()) is not None:
        return None  # "a year ago", "a month earlier": a point in time, not an amount
    word = norm(m.group()).split(" ", 1)[1]
    unit = c.unit_forms[word]
    if c.unit_dimension.get(unit) != "[time]" and not _hedged(rd, m.start()):
        return None  # "a mile from the coast" names no amount; "almost a mile" does
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(1))
    set_unit(rd, d, unit)
    return d


def _hedged(rd: ScanState, at: int) -> bool:
    """A hedge ends right before ``at`` ("almost", "up to", "more than")."""
    c = rd.c
    lo = max(rd.floor, at - 40)
    tok = rd.last_word(lo, at)
    if not tok or not (tok in c.hedge_last or tok[-1] in c.hedge_last):
        return False
    mh = c.hedge_rev.search(rd.text, lo, at)
    return mh is not None and bool(mh.lastgroup)
