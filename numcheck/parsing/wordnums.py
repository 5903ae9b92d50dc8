"""Anchors written as words that are not cardinals: fractions ("two-thirds", "about a
third"), "half", multiples ("twice the rate", "double"), ordinals ("twenty-fifth",
"seventyfifth", "fifth-fastest"), with the context rules of numbers.toml that decide
when such a word is a number at all ("for the first time" is none).
"""

from __future__ import annotations

import re
from decimal import Decimal

from numcheck.parsing.anchors import fixed
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import Draft
from numcheck.parsing.lexdata import Compiled, norm
from numcheck.parsing.numeric import set_unit
from numcheck.quantity import Change, Kind


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
    d = half_unit(rd, m, Decimal(num) / Decimal(den))  # "a half hour", "a third of a mile"
    if d is not None:
        return d if d.value is not None else None
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
    following = rd.next_word(m.end())
    if following in c.fraction_ordinal_before:
        return False  # "working through a third day": a day's number, whatever is before
    if following in c.fraction_ratio_before:
        return True
    tok = rd.last_word(max(rd.floor, m.start() - 16), m.start())
    return bool(tok) and (tok in c.hedge_last or tok in c.change_last)


def on_multiple(rd: ScanState, m: re.Match[str]) -> Draft | None:
    """"twice the rate", "double what analysts expected": a ratio; "scored twice" a
    count; "a double room" nothing (numbers.toml [multiples])."""
    c = rd.c
    word = norm(m.group())
    value = c.multiple_words.get(word) or c.fold_words.get(word)
    if value is None:
        return None
    if word in c.fold_words or rd.next_word(m.end()) in c.times_before:
        kind = Kind.RATIO
    elif word in c.multiple_counts:
        kind = Kind.COUNT
    else:
        return None
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(value), kind=kind)
    d.gran = 0 if kind is Kind.RATIO else 1
    return d


def half_unit(rd: ScanState, m: re.Match[str], value: Decimal = Decimal("0.5")) -> Draft | None:
    """A fraction of one unit: "every half hour", "half an hour", "half a mile", "a
    quarter mile", "three-quarters of an inch", "a third of a metre": ``value`` of the
    unit. Without "a"/"an" before the unit only a fraction that opens with one reads so
    ("a half hour", not "half mile markers")."""
    c, p = rd.c, m.end()
    if rd.last_word(max(rd.floor, m.start() - 8), m.start()) == "the":
        return None  # "for the half year": a reporting period
    bare = False
    mo = c.of_fwd.match(rd.text, p)
    if mo is not None:
        p = mo.end()
    if rd.next_word(p) in ("a", "an"):
        ma = c.article_fwd.match(rd.text, p)
        p = ma.end() if ma is not None else p
    elif mo is not None:
        return None  # "a third of the distance"
    else:
        # "a half hour", "a quarter mile"; but "a sixth day", "a third term" are ordinals
        written = norm(m.group()).replace("-", " ").split(" ")
        if written[-1] not in ("half", "quarter"):
            return None
        bare = written[0] not in ("a", "an")
    w = rd.next_word(p)
    unit = c.unit_forms.get(w) if w is not None and w != "second" else None
    if unit is None or w is None or w.endswith("s"):
        return None
    if bare and c.unit_dimension.get(unit) != "[time]":
        return None  # "every half hour", but "half mile markers" names no distance
    mu = c.unit_fwd.match(rd.text, p)
    if mu is None or mu.group("sep").strip():
        return None
    d = Draft(start=m.start(), num_start=m.start(), end=mu.end(), value=value)
    set_unit(rd, d, unit)
    if c.unit_dimension.get(unit) == "[time]" and c.time_reference.match(rd.text, mu.end()):
        d.value = None  # "half an hour later": a point in time, no amount
    return d


def on_half(rd: ScanState, m: re.Match[str]) -> Draft | None:
    """"half of", "half the": a ratio; "half an hour" is halfa, "a half hour" here."""
    c = rd.c
    d = half_unit(rd, m)
    if d is not None:
        return d if d.value is not None else None
    if rd.last_word(max(0, m.start() - 16), m.start()) in c.ordinals:
        return None  # "the first half of the year": a period, no ratio
    if c.half_ok.match(rd.text, m.end()) is None and not (
        _hedged_alone(rd, m) or _change_by(rd, m)
    ):
        return None
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal("0.5"))
    d.kind = Kind.RATIO
    d.gran = 0
    return d


def _change_by(rd: ScanState, m: re.Match[str]) -> bool:
    """ "has grown by more than half since Monday", "cut by half": "half" after a change
    verb and its link (with a hedge between) is the size of that change."""
    c, text = rd.c, rd.text
    if rd.next_word(m.end()) == "past":  # "by half past six": a time of day
        return False
    lo, end = max(rd.floor, m.start() - 40), m.start()
    mh = c.hedge_rev.search(text, lo, end)
    if mh is not None and mh.lastgroup:
        end = mh.start()
    mc = c.change_search(text, lo, end)
    return mc is not None and mc.group("link") is not None


def _hedged_alone(rd: ScanState, m: re.Match[str]) -> bool:
    """ "900 of them, nearly half, were British", "more than half.": a hedged "half"
    that ends its clause is a share ("the second half," or "cut in half," are not)."""
    c, text = rd.c, rd.text
    if c.clause_end_fwd.match(text, m.end()) is None:
        return False
    lo = max(rd.floor, m.start() - 40)
    tok = rd.last_word(lo, m.start())
    if not tok or not (tok in c.hedge_last or tok[-1] in c.hedge_last):
        return False
    mh = c.hedge_rev.search(text, lo, m.start())
    return mh is not None and mh.lastgroup is not None


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
    if mu is not None and not mu.group("sep").strip() and not _compounded(rd.text, mu.end()):
        canonical = c.unit_forms[norm(mu.group("u"))]
        if c.unit_dimension.get(canonical) == "[time]":
            d.unit = canonical
            d.end = mu.end()
    return d


def _compounded(text: str, end: int) -> bool:
    """Whether the unit word ending at ``end`` opens a hyphened compound ("the tenth
    day-long strike", "its third week-old ceasefire"): the ordinal counts the noun the
    compound qualifies, not days."""
    return text[end : end + 1] in ("-", "\u2011") and text[end + 1 : end + 2].isalpha()


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
