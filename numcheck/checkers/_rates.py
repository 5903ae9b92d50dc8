"""Exchange rates stated in the copy, for checking currency conversions (NC207).

Currencies never convert by themselves (each is its own dimension, numcheck.units),
but copy often states the rate it used: a wire footer "($1 = 0.88 Swiss francs)"
holds for the whole article; "at 85p to the euro", "at 30.35 per dollar" and "at
today's rate of 0.86" hold for their sentence. The cue words are data
(checkers.toml, ``[conversion]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import before, between, sentence_of, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.interval import Interval
from numcheck.lexicon import load_section
from numcheck.quantity import Bound, Kind


class Rate(NamedTuple):
    """``low``..``high`` units of ``quote`` (the rate as written, with its rounding)
    buy one ``base``; either currency unknown when unstated."""

    low: float
    high: float
    base: str | None
    quote: str | None
    sentence: tuple[int, int] | None  # None: the whole article ("($1 = 0.88 Swiss francs)")

    def factors(self, from_unit: str, to_unit: str) -> tuple[Interval, ...]:
        """Multipliers from ``from_unit`` to ``to_unit`` this rate may mean (none: it
        names other currencies; both ways when it names neither)."""
        if self.low <= 0:
            return ()
        out: list[Interval] = []
        if self.base in (from_unit, None) and self.quote in (to_unit, None):
            out.append(Interval(self.low, self.high))
        if self.base in (to_unit, None) and self.quote in (from_unit, None):
            out.append(Interval(1 / self.high, 1 / self.low))
        return tuple(out)


def two_currencies(prev: Claim, claim: Claim, linked: bool) -> bool:
    """Money in two currencies told as one amount: after a connective ("€12 million,
    equivalent to £10.3 million") or hedged ("€12 million, about £10.3 million"). A bare
    comma between two amounts is a list ("€12 million, £10 million in Britain")."""
    a, b = prev.quantity, claim.quantity
    if a.kind is not Kind.MONEY or b.kind is not Kind.MONEY or not a.unit or not b.unit:
        return False
    return a.unit != b.unit and (linked or b.bound is not Bound.EXACT)


def _rate(claim: Claim, base: str | None, quote: str | None, where: tuple[int, int] | None) -> Rate:
    hard = compared_hard(claim.quantity)
    return Rate(hard.low, hard.high, base, quote, where)


@cache
def currency_names() -> Mapping[str, str]:
    """Lowercase currency name -> ISO code ("euro" -> EUR); names two codes share are left out."""
    seen: dict[str, set[str]] = {}
    for code, entry in load_section("currencies").items():
        if code.startswith("_") or not isinstance(entry, Mapping):
            continue
        for name in (*entry.get("names", ()), *entry.get("major_names", ())):
            seen.setdefault(squash(name), set()).add(code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@cache
def short_names() -> Mapping[str, frozenset[str]]:
    """A currency's short name -> the codes it may stand for: "crowns" after "Swedish
    crowns" (SEK, NOK, DKK, CZK), "francs" after "CFA francs"; singular and plural."""
    seen: dict[str, set[str]] = {}
    for code, entry in load_section("currencies").items():
        if code.startswith("_") or not isinstance(entry, Mapping):
            continue
        for name in entry.get("names", ()):
            words = squash(name).split()
            if len(words) > 1:
                for form in {words[-1], words[-1].removesuffix("s")}:
                    seen.setdefault(form, set()).add(code)
    return {name: frozenset(codes) for name, codes in seen.items()}


def short_currency(claim: Claim, claims: Sequence[Claim]) -> str | None:
    """The currency a count names by its short name ("6.8 billion crowns"): the one
    currency of that name the article gave in full before it, else None."""
    q = claim.quantity
    codes = short_names().get(q.noun or "") if q.kind is Kind.COUNT else None
    if not codes:
        return None
    named = {
        c.quantity.unit
        for c in claims
        if c.quantity.kind is Kind.MONEY and c.location.start < claim.location.start
    }
    found = named & codes
    return next(iter(found)) if len(found) == 1 else None


def _named(text: str, links: Sequence[str]) -> str | None:
    """The currency named right after a link ("to the euro" -> EUR)."""
    names = currency_names()
    for link in links:
        if not text.startswith(link + " "):
            continue
        rest = [w.strip(".,;:)]'’\"") for w in text[len(link) + 1 :].split()[:3]]
        for n in (3, 2, 1):  # "to the swiss franc", "per dollar"
            code = names.get(" ".join(rest[:n])) if len(rest) >= n else None
            if code is not None:
                return code
    return None


def _equated(document: Document, one: Claim, other: Claim | None) -> str | None:
    """The currency of the figure set equal to one unit of money ("$1 = 0.80 pounds"):
    its own, or the currency its words name when the parser read them as something else
    (pounds as a mass); an equation with money on one side has money on both."""
    if other is None or other.quantity.value is None or between(document, one, other) != "=":
        return None
    q = other.quantity
    if q.kind is Kind.MONEY:
        return q.unit
    name = squash(q.text).split()[1:]
    return currency_names().get(" ".join(name)) if name else None


def stated_rates(document: Document, claims: Sequence[Claim], lex: Mapping[str, Any]) -> list[Rate]:
    """Every exchange rate the article states (see the module docstring)."""
    conv: Mapping[str, Any] = lex.get("conversion", {})
    links = sorted({squash(w) for w in conv.get("rate_links", ())}, key=len, reverse=True)
    cues = tuple(squash(w) for w in conv.get("rate_cues", ()))
    rates: list[Rate] = []
    ordered = sorted(claims, key=lambda c: c.location.start)
    for i, claim in enumerate(ordered):
        q = claim.quantity
        if q.value is None or q.kind not in (Kind.MONEY, Kind.COUNT):
            continue
        money = q.unit if q.kind is Kind.MONEY else None
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        quote = _equated(document, claim, nxt) if money is not None and q.value == 1 else None
        if quote is not None and quote != money:  # "($1 = 0.88 Swiss francs)", "£1 = €1.16"
            assert nxt is not None
            rates.append(_rate(nxt, money, quote, None))
            continue
        end = sentence_of(document, claim)[1]
        after = squash(document.prose[claim.location.end : min(end, claim.location.end + 40)])
        base = _named(after, links)
        if base is not None and base != money:  # "at 85p to the euro", "30.35 per dollar"
            rates.append(_rate(claim, base, money, sentence_of(document, claim)))
        elif cues and before(document, claim, 40).endswith(cues):  # "at a rate of ($)1.08"
            rates.append(_rate(claim, None, money, sentence_of(document, claim)))
    return rates


def at_rates(
    document: Document, rates: Sequence[Rate], stated: Claim, unit: str, to_unit: str
) -> list[Interval]:
    """``stated``'s value (in ``unit``) in ``to_unit`` at each rate that applies to it
    (the rates of its sentence, else the article's), as intervals: the rate is rounded
    as written."""
    q = stated.quantity
    if q.value is None or q.value < 0:
        return []
    here = sentence_of(document, stated)
    local = [r for r in rates if r.sentence == here]
    chosen = local or [r for r in rates if r.sentence is None]
    return [f.scaled(q.value, 0.0) for r in chosen for f in r.factors(unit, to_unit)]


__all__ = ["Rate", "at_rates", "currency_names", "short_currency", "short_names", "stated_rates"]
