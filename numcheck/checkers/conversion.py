"""NC207: a stated unit conversion that is wrong ("5 km (3.5 miles)").

The first figure is taken as the writer's value; the restated one may be rounded as
written ("40 miles (64 km)" and "(60 km)" are both fine). numcheck.units does the
conversion (pint for units beyond its table, imported only when an article states
one); currencies convert only at a rate the copy states (numcheck/checkers/_rates.py),
rounded as written. A temperature told as a difference ("up 1.4C (2.5F)") converts
without the scale's offset (numcheck/checkers/_differences.py).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from numcheck.checkers import _relations
from numcheck.checkers._arith import compared_hard, convert
from numcheck.checkers._compare import between, compiled, lexicon, sentence_of, words
from numcheck.checkers._conv_ranges import range_misses
from numcheck.checkers._differences import DifferenceCues, as_difference
from numcheck.checkers._glued import as_measured
from numcheck.checkers._money_per import per_prices, per_unit_after
from numcheck.checkers._rate_pairs import rate_pairs
from numcheck.checkers._rates import Rate, at_rates, short_currency, stated_rates
from numcheck.checkers._troy import TroyCues, troy_readings
from numcheck.checkers._words import describe, finding, fmt, rule_doc
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Quantity

_NUMERAL = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
SLACK = 0.005  # writers use 1.6 km to the mile; allow half a percent beyond rounding

RULES = (
    Rule(
        "NC207",
        "conversion-mismatch",
        Severity.ERROR,
        "A unit conversion given in the copy is wrong.",
        rule_doc(
            "NC207",
            'Converts a figure with the unit given beside it ("40 miles (64 km)", "40 '
            'miles, or 64 km", "40 months — more than three years") and reports a restated '
            "value that no rounding of the conversion reaches. Money converts only at a rate "
            'the copy states: in the sentence ("€2.3bn, or £2bn at 87p to the euro", "at a '
            'rate of 0.86") or in a wire footer for the whole article ("($1 = 0.88 Swiss '
            'francs)"), with the rate rounded as written. A temperature told as a difference '
            '("up 1.4C (2.5F)", "2C (3.6F) warmer than average", "1.5C (2.7F) of warming") '
            "converts by the scale's factor alone, without its offset.",
            "Conversions are easy to get wrong by hand (miles vs kilometres, the wrong "
            "factor), and readers abroad rely on them.",
            "`a 5 km (3.5 miles) route` — 5 km is 3.1 miles.",
            "Recompute the conversion and round it to the precision of the original figure.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _at_rate(
    document: Document, rates: Sequence[Rate], stated: Claim, unit: str, r: Quantity,
    restated: Claim | None = None,
) -> float | None:
    """The value a stated exchange rate gives (its middle), or None when no rate applies
    or one of the rates the copy may mean reaches the restated figure ``r``. With no
    rate for the stated figure, the rates of the restated one's sentence apply ("The fee
    was £2.4bn. At $1.25 to the pound, that is $3bn.")."""
    allowed = compared_hard(r)
    candidates = at_rates(document, rates, stated, unit, r.unit or "")
    if not candidates and restated is not None:
        there = [x._replace(sentence=None) for x in rates
                 if x.sentence == sentence_of(document, restated)]
        candidates = at_rates(document, there, stated, unit, r.unit or "")
    if not candidates:
        return None
    if any(got.intersects(allowed) for got in candidates):  # the rate's rounding is the slack
        return None
    best = min(candidates, key=lambda got: abs((got.low + got.high) / 2 - (r.value or 0)))
    return (best.low + best.high) / 2


def _check(
    document: Document,
    stated: Claim,
    restated: Claim,
    rates: Sequence[Rate],
    claims: Sequence[Claim],
    compound: float | None = None,
    difference: bool = False,
    troy: TroyCues | None = None,
) -> Finding | None:
    q, r = stated.quantity, as_measured(stated, restated) or restated.quantity
    unit = q.unit or short_currency(stated, claims)  # "6.8 billion crowns ($0.56 billion)"
    stated_value = q.value if compound is None else compound
    if stated_value is None:  # a range: no one value, each end converts (_conv_ranges.py)
        return _range_finding(document, stated, restated)
    if not unit or not r.unit or (unit == r.unit and compound is None):
        return None
    if r.kind is Kind.MONEY:
        value = _at_rate(document, rates, stated, unit, r, restated)
        if value is None:
            return None
    else:
        r = _per_after(document, restated, unit, r)
        if not r.unit:
            return None
        unit = _per_once(stated_value, unit, r.unit)
        value = convert(stated_value, unit, r.unit)
        zero = convert(0.0, unit, r.unit) if difference else 0.0
        if value is None or zero is None:
            return None
        allowed = compared_hard(r)
        # a difference of temperatures has no offset (1.4C up is 2.5F up); the reading
        # stays allowed too, so a misread cue never costs a right conversion
        readings: tuple[float, ...] = (value - zero, value) if difference else (value,)
        if troy is not None:  # an ounce of gold is a troy ounce (_troy.py)
            readings += troy_readings(document, stated, restated, stated_value, unit,
                                      r.unit, troy)
        if any(allowed.low - SLACK * abs(v) <= v <= allowed.high + SLACK * abs(v)
               and (r.hedge is not None or _keeps_a_digit(v, r.value)) for v in readings):
            return None
        value = readings[0]
    as_written = _shown(r, value) if _NUMERAL.search(r.text) else f"{fmt(value)} {r.unit}"
    message = (
        f"{describe(document, stated)} is {as_written}, but the copy gives "
        f"{describe(document, restated)}"
    )
    return finding("NC207", message, restated, [stated], document)


def _keeps_a_digit(value: float, told: float | None) -> bool:
    """A round restatement keeps at least the first digit of the converted value: "3.5
    tonnes (10,000lb)" reads 10,000 as rounded to the ten thousand, which 7,716 reaches
    only by a rounding that keeps none of its digits (a writer rounds it to 8,000). The
    figure as written may round to its own leading digit's place of the converted value
    ("9,600" to "10,000" is fine), not beyond it. A hedged restatement ("1.5 kilometres
    (about one mile)") is the writer's licence to round further; the caller skips it."""
    if told is None or not value:
        return True
    place = 10.0 ** math.floor(math.log10(abs(value)))
    return abs(value - told) <= place / 2 * (1 + SLACK) + SLACK * abs(value)


def _range_finding(document: Document, stated: Claim, restated: Claim) -> Finding | None:
    """A range converted end by end ("10-12C (60-64F)": 10-12C is 50-53.6F)."""
    got = range_misses(document, stated, restated, SLACK)
    if got is None:
        return None
    unit = restated.quantity.unit or ""
    shown = f"{fmt(got[0])}-{fmt(got[1])}{_short(restated)}" if unit else ""
    message = (
        f"{describe(document, stated)} is {shown}, but the copy gives "
        f"{describe(document, restated)}"
    )
    return finding("NC207", message, restated, [stated], document)


def _short(restated: Claim) -> str:
    """The unit as the restated range writes it after its last numeral ("F", " feet")."""
    text = restated.quantity.text
    last = list(_NUMERAL.finditer(text))
    return text[last[-1].end():] if last else ""


def _shown(r: Quantity, value: float) -> str:
    """``value`` written as the figure ``r`` is (its currency mark, its scale word)."""
    numeral = _NUMERAL.search(r.text)
    if numeral is None:
        return fmt(value)
    return (_signed(r.text[: numeral.start()], value / _scale(r, numeral.group()))
            + r.text[numeral.end() :])


_SIGN = lazy_compile(r"(?:-|\u2212|minus\s*)$", re.IGNORECASE)


def _signed(prefix: str, value: float) -> str:
    """The words before a numeral with ``value`` in place of it: a sign written before
    the numeral ("-30C", "minus 30C") stays the sign ("-40C", not "--40C")."""
    sign = _SIGN.search(prefix)
    if sign is None:
        return prefix + fmt(value)
    return prefix + fmt(-value) if value < 0 else prefix[: sign.start()] + fmt(value)


def _per_once(value: float, unit: str, other: str) -> str:
    """ "2 million cubic metres a day (70 million cubic feet)", "200,000 barrels a day
    (8.4 million gallons)": a rate's "per" written once, on the first figure, is the
    restated figure's too; the first figure's unit without it when only that converts,
    into another unit (the same unit again is a total beside a rate)."""
    if " / " not in unit or " / " in other or convert(value, unit, other) is not None:
        return unit
    amount = unit.rsplit(" / ", 1)[0]
    if amount == other or " / " in amount:
        return unit  # "20mm an hour, 60mm in all": a total in the same unit, no conversion
    return amount if convert(value, amount, other) is not None else unit


def _per_after(document: Document, restated: Claim, unit: str, r: Quantity) -> Quantity:
    """ "8 tonnes per hectare (3.6 tons an acre)": the parser joins "per hectare" to the
    first figure but leaves "an acre" as words after the second; a rate is restated as a
    rate, so those words are the restated figure's per-unit when its amount alone does
    not convert into the stated one (the same unit again is a total beside a rate)."""
    if " / " not in unit or not r.unit or " / " in r.unit:
        return r
    per = per_unit_after(document, restated)
    if per is None:
        return r
    rated = f"{r.unit} / {per[0]}"
    if convert(1.0, unit, rated) is None:
        return r
    return dataclasses.replace(r, unit=rated)


def _scale(q: Quantity, numeral: str) -> float:
    """The scale word's factor in a figure as written ("3.2 million miles": 1e6), so a
    value is shown in the same words."""
    shown = float(numeral.replace(",", ""))
    if not q.value or not shown:
        return 1.0
    factor = q.value / shown
    power = round(math.log10(factor)) if factor > 0 else 0
    return 10.0**power if power > 0 and math.isclose(factor, 10.0**power, rel_tol=1e-6) else 1.0


def _compound(document: Document, stated: Claim, before: Claim | None) -> float | None:
    """The value of a compound measure ending in ``stated`` ("6 feet 2 inches", "1 hour
    30 minutes", "7 lb 4 oz"), in ``stated``'s unit; None when it is not one."""
    q = stated.quantity
    if before is None or q.value is None or not q.unit:
        return None
    b = before.quantity
    if b.value is None or not b.unit or b.unit == q.unit or b.kind is not q.kind:
        return None
    if between(document, before, stated) not in ("", "and"):
        return None
    big = convert(b.value, b.unit, q.unit)
    if big is None or big <= q.value:
        return None  # not a larger unit first: a list, not one measure
    return big + q.value


def _remainder(document: Document, stated: Claim, restated: Claim) -> bool:
    """ "2 hours, 5 minutes and 41 seconds", "6 feet, 2 inches": a smaller unit after a
    bare comma that comes to less than one of the larger unit is the rest of one measure,
    not the same measure converted (a conversion is of the same size: "10 km, 6.2
    miles")."""
    q, r = stated.quantity, restated.quantity
    if q.kind is not r.kind or q.kind is Kind.MONEY or not q.unit or not r.unit:
        return False
    if r.value is None or q.unit == r.unit or between(document, stated, restated) != ",":
        return False
    size = convert(r.value, r.unit, q.unit)
    return size is not None and 0 <= size < 1


def _compared(document: Document, restated: Claim, compared: frozenset[str]) -> bool:
    """ "40 miles, about 10 km longer than the old road": a comparative right after the
    second figure makes it a difference from the first, no conversion of it."""
    end = restated.location.end
    after = document.prose[end : end + 24].lower().split()[:1]
    return bool(after) and after[0].strip(",.;:") in compared


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex = lexicon(context)
    rel = _relations.find(document, claims, lex)
    monies = sum(1 for c in claims if c.quantity.kind is Kind.MONEY)
    rates = stated_rates(document, claims, lex) if rel.conversions or monies > 1 else []
    # money a rate in its sentence joins, in words no mark opens (_rate_pairs.py)
    pairs = [*rel.conversions, *rate_pairs(document, claims, rates, lex, rel.conversions)]
    ordered = sorted(claims, key=lambda c: c.location.start)
    previous = {id(b): a for a, b in pairwise(ordered)}
    cues = compiled(DifferenceCues, lex.get("conversion", {}))
    compared = frozenset(words(lex.get("conversion", {}).get("compared_after", ())))
    troy = compiled(TroyCues, lex.get("conversion", {}))
    found = (
        _check(
            document, a, b, rates, claims, _compound(document, a, previous.get(id(a))),
            as_difference(document, a, b, cues), troy,
        )
        for a, b in pairs
        if not _remainder(document, a, b) and not _compared(document, b, compared)
    )
    out = [f for f in found if f is not None]
    if monies > 1:  # "$4 a gallon, or $1.06 a litre" (_money_per.py)
        out += [
            finding("NC207", f"{describe(document, p.stated)} {p.per} is "
                    f"{_shown(p.restated.quantity, p.expected())} {p.other}, but the copy "
                    f"gives {describe(document, p.restated)}", p.restated, [p.stated],
                    document)
            for p in per_prices(document, claims) if p.misses(SLACK)
        ]
    return out
