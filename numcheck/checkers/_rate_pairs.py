"""Money restated in another currency at a rate its sentence states (NC207).

``_relations`` pairs a conversion by the marks that open it ("€2.3bn (£2bn)", "€2.3bn,
or about £2bn"); money written any other way is not paired, since two currencies side
by side are often a list. A rate the sentence states that names both currencies ("at
$1.25 to the pound", "at 86p to the euro") says the writer converted one into the
other, whatever the words between: "£2.4bn, which at $1.25 to the pound is $3bn",
"£2.4bn, worth $3bn at ...", "£2.4bn, translating to $3bn at ...". And across a
sentence: "The fee was £2.4bn. At $1.25 to the pound, that is $3bn." (the second
sentence holds the rate and refers back: one of ``rate_pair_anaphors`` before its
figure; after a semicolon likewise). Never across a word of ``rate_pair_stops``
("£2m and $1m", "up from"), nor after a bare comma ("€12m, £10m in Britain": a list)
unless the rate follows the second amount at once ("€12m, £10.3m at 86p to the euro"),
nor past another figure that is not the rate, nor at a rate that names neither currency
or only one side of a pair it cannot place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._arith import compared_hard
from numcheck.checkers._compare import squash, words
from numcheck.checkers._rates import Rate
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

__all__ = ["rate_pairs"]

_REACH = 16  # words at most between a figure and its restatement
_RATE_LEAD = 4  # words at most between an amount and its own rate ("at a rate of")


def _names(rates: Sequence[Rate], x: str, y: str) -> bool:
    """A rate that names both currencies, or one of them with the other side unnamed."""
    for r in rates:
        sides = {r.base, r.quote}
        if sides == {x, y} or (None in sides and len(sides - {None} & {x, y}) == 1):
            return True
    return False


def _is_rate(claim: Claim, bounds: frozenset[tuple[float, float]]) -> bool:
    """The figure a stated rate was read from (its bounds are the rate's)."""
    hard = compared_hard(claim.quantity)
    return (hard.low, hard.high) in bounds


def rate_pairs(
    document: Document,
    claims: Sequence[Claim],
    rates: Sequence[Rate],
    lex: Mapping[str, Any],
    taken: Sequence[tuple[Claim, Claim]],
) -> list[tuple[Claim, Claim]]:
    """The money pairs a stated rate joins (see the module docstring), in text order;
    none already in ``taken``."""
    local: dict[tuple[int, int], list[Rate]] = {}
    for r in rates:
        if r.sentence is not None:
            local.setdefault(r.sentence, []).append(r)
    if not local:
        return []
    conv: Mapping[str, Any] = lex.get("conversion", {})
    stops = frozenset(words(conv.get("rate_pair_stops", ())))
    anaphors = frozenset(words(conv.get("rate_pair_anaphors", ())))
    seen = {(id(a), id(b)) for a, b in taken} | {id(b) for _, b in taken}
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in sorted(claims, key=lambda c: c.location.start):
        if c.sentence[1] > c.sentence[0]:
            by_sentence.setdefault(c.sentence, []).append(c)
    sentences = sorted(by_sentence)
    out: list[tuple[Claim, Claim]] = []
    for i, sentence in enumerate(sentences):
        here = local.get(sentence)
        if not here:
            continue
        bounds = frozenset((r.low, r.high) for r in here)
        every = by_sentence[sentence]
        place = {id(c): k for k, c in enumerate(every)}
        figures = [c for c in every if not _is_rate(c, bounds)]
        money = [c for c in figures if c.quantity.kind is Kind.MONEY and c.quantity.unit]
        order = {id(c): k for k, c in enumerate(figures)}
        for a, b in pairwise(money):
            if order[id(b)] - order[id(a)] != 1 or id(b) in seen or (id(a), id(b)) in seen:
                continue  # another figure between, or paired already
            if a.quantity.unit == b.quantity.unit:
                continue
            if not _names(here, str(a.quantity.unit), str(b.quantity.unit)):
                continue
            raw = document.prose[a.location.end : b.location.start]
            inside = every[place[id(a)] + 1 : place[id(b)]]  # only rate figures: linear
            gap = _gap(document, a.location.end, b.location.start, inside)
            # after a semicolon, as after a full stop, the second clause must refer back
            rest = _gap(document, a.location.end + raw.rfind(";") + 1, b.location.start,
                        inside) if ";" in raw else []
            if ";" in raw and not set(rest) & anaphors:
                continue
            # a bare comma before the second amount is a list ("€12m, £10m in Britain",
            # "€12m in France, £10m in Britain") unless the rate is the second amount's
            # own, right after it ("€12m, £10.3m at 86p to the euro")
            bare = "," in raw and not _gap(document, a.location.end + raw.rfind(",") + 1,
                                           b.location.start, inside)
            if bare and not _rated(document, b, every[place[id(b)] + 1 : place[id(b)] + 2], bounds):
                continue
            if len(gap) <= _REACH and not set(gap) & stops:
                out.append((a, b))
        if money and i > 0 and id(money[0]) not in seen:
            prior = [c for c in by_sentence[sentences[i - 1]]
                     if c.quantity.kind is Kind.MONEY and c.quantity.unit]
            pair = _across(document, prior, money, figures, here, anaphors, stops)
            if pair is not None:
                out.append(pair)
    return out


def _across(
    document: Document,
    prior: Sequence[Claim],
    money: Sequence[Claim],
    figures: Sequence[Claim],
    here: Sequence[Rate],
    anaphors: frozenset[str],
    stops: frozenset[str],
) -> tuple[Claim, Claim] | None:
    """"The fee was £2.4bn. At $1.25 to the pound, that is $3bn.": the last money of the
    sentence before, restated by the first figure of this one, which holds the rate and
    refers back before its figure; no money of the first currency in this sentence."""
    if not prior or figures[0] is not money[0]:
        return None
    a, b = prior[-1], money[0]
    x, y = str(a.quantity.unit), str(b.quantity.unit)
    if x == y or any(c.quantity.unit == x for c in money) or not _names(here, x, y):
        return None
    lead = _gap(document, b.sentence[0], b.location.start, [])
    if not set(lead) & anaphors or set(lead) & stops or len(lead) > _REACH:
        return None
    return a, b


def _rated(
    document: Document,
    amount: Claim,
    after: Sequence[Claim],
    bounds: frozenset[tuple[float, float]],
) -> bool:
    """The next figure after ``amount`` is a rate, a few words on with no break between
    ("£10.3m at 86p to the euro"): the rate is that amount's own."""
    if not after or not _is_rate(after[0], bounds):
        return False
    text = document.prose[amount.location.end : after[0].location.start]
    return len(text.split()) <= _RATE_LEAD and not any(m in text for m in ",;:()")


def _gap(document: Document, lo: int, hi: int, claims: Sequence[Claim]) -> list[str]:
    """The words from ``lo`` to ``hi`` with the figures written there taken out."""
    text = document.prose[lo:hi]
    for c in claims:
        if lo <= c.location.start and c.location.end <= hi:
            s, e = c.location.start - lo, c.location.end - lo
            text = text[:s] + " " * (e - s) + text[e:]
    return [w.strip(",;:()[]'\"") for w in squash(text).split()]
