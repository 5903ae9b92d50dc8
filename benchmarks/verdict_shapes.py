"""Which rule of the drift judge decides a pair two sources tell, by classes of the code.

    python benchmarks/verdict_shapes.py            # development story sets
    python benchmarks/verdict_shapes.py --blind 4  # a held-out batch, counts only

For every pair the claim index brings together (``drift.judged_pairs``), split into
planted source contradictions, agreeing pairs and pairs nobody wrote into the gold, it
names the branch of ``verdicts.judge`` that decides (``branch``), and, for a pair left
silent because its two figures are told on two days and do not grow, the verdict it
would get were the two one day's fact (``one_day``) with how each side is told
(fixed, tense, standing, event key, kind). Counts only: never a word of the copy, so
the counts of a held-out batch may be printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import WARNS, _spot, analyse, keys_of
from stories_gold import load_set, span, tally

COUNTS: Counter[str] = Counter()
PLANTED = "source-contradiction"
SIG = ("event", "digits", "newer", "gap", "party", "kind")


def _both(x: bool, y: bool) -> str:
    return "both" if x and y else "one" if x or y else "none"


def branch(pair: Any, alignment: Any, stale_days: int = 1) -> str:
    """The branch of ``verdicts.judge`` that decides the pair, as judge walks them."""
    from numcheck.checkers.drift import verdicts as v
    from numcheck.checkers.drift.entries import Relation
    from numcheck.checkers.drift.narrow import told_apart
    from numcheck.checkers.drift.settled import one_fact

    if pair.relation is not Relation.SAME:
        return f"relation {pair.relation}"
    a, b = pair.first, pair.second
    if v.unit_swap(a, b):
        return "unit swap"
    if told_apart(a.narrow, b.narrow, alignment.descriptor_siblings,
                  alignment.unmarked) is not None:
        return "narrowed"
    apart = v.days_apart(a.date, b.date)
    if apart is not None and (one_fact(a, b, alignment) or v._garbled(a, b, alignment)):
        return "same day: one fact"
    if apart is not None and apart >= stale_days:
        if not alignment.grows(a.claim):
            return "two days: no growing count"
        if alignment.is_rolling(a.window):
            return "two days: rolling"
        if a.moment is not None and b.moment is not None and a.moment != b.moment:
            return "two days: two moments"
        if v._parties_differ(a, b):
            return "two days: parties"
        old, new = sorted((a, b), key=lambda e: e.order)
        if not v._disagree(old, new):
            return "two days: agree"
        return "two days: growing, other"
    return "same day" + (" (undated)" if apart is None else "")


def one_day(pair: Any, alignment: Any) -> str:
    """The verdict the pair would get were its two figures one day's fact."""
    from numcheck.checkers.drift import verdicts as v

    keep = v.one_fact
    v.one_fact = lambda *_: True  # type: ignore[assignment]
    try:
        verdict = v.judge(pair, alignment)
    finally:
        v.one_fact = keep
    return verdict.rule if verdict is not None else "none"


def shape(pair: Any, alignment: Any, texts: dict[str, str]) -> list[str]:
    """How each side of a pair is told, by classes of the code."""
    from numcheck.checkers.drift import verdicts as v
    from numcheck.checkers.drift.aspect import AspectWords, told_past
    from numcheck.checkers.drift.measured import happened
    from numcheck.checkers.drift.standing import kind

    a, b = pair.first, pair.second
    ca, cb = a.claim, b.claim
    words = AspectWords.from_lexicon()
    return [
        f"kind {ca.quantity.kind.value}",
        f"fixed {_both(a.fixed, b.fixed)}",
        "past " + _both(told_past(ca, texts.get(ca.location.path), words),
                        told_past(cb, texts.get(cb.location.path), words)),
        "stands " + "|".join(sorted((kind(a.stands) or "-", kind(b.stands) or "-"))),
        f"event {_both(ca.key.event is not None, cb.key.event is not None)}",
        f"happened {_both(happened(ca, alignment), happened(cb, alignment))}",
        f"measured {_both(bool(ca.measure), bool(cb.measure))}",
        "party " + ("same" if a.party == b.party and a.party else "none"
                    if a.party is None and b.party is None else "one"
                    if None in (a.party, b.party) else "differ"),
        "moment " + ("same" if a.moment and a.moment == b.moment else "differ"
                     if a.moment and b.moment else _both(a.moment is not None,
                                                         b.moment is not None)),
        f"window {_both(a.window is not None, b.window is not None)}",
        f"gap {_gap(ca.quantity.value, cb.quantity.value)}",
        f"digits {_digits(ca.quantity.text, cb.quantity.text)}",
        f"apart {min(v.days_apart(a.date, b.date) or 0, 8)}",
        "newer " + _newer(a, b),
    ]


def _gap(x: float | None, y: float | None) -> str:
    """The relative gap of two values, in bands."""
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return "?"
    gap = abs(x - y) / max(abs(x), abs(y))
    return next(f"<{band}" for band in (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 1.01) if gap < band)


def _digits(x: str, y: str) -> str:
    """How two figures' written digits differ: the same digits in another order, one
    digit changed, another length, or more."""
    dx = "".join(ch for ch in x if ch.isdigit())
    dy = "".join(ch for ch in y if ch.isdigit())
    if sorted(dx) == sorted(dy):
        return "permuted"
    if len(dx) != len(dy):
        return "length"
    return "one" if sum(p != q for p, q in zip(dx, dy, strict=True)) == 1 else "more"


def _newer(a: Any, b: Any) -> str:
    old, new = sorted((a, b), key=lambda e: e.order)
    lo, hi = old.claim.quantity.value, new.claim.quantity.value
    if lo is None or hi is None:
        return "?"
    return "lower" if hi < lo else "higher"


def gold_pairs(story: Any, articles: dict[str, Any]) -> dict[frozenset[Any], str]:
    """Each gold pair of two read figures (their spots) -> "planted" (a source
    contradiction), "other family" (another plant against a figure it is told against) or
    "agreeing"; a planted pair wins over another family's."""
    gold: dict[frozenset[Any], str] = {}

    def key_of(golds: Sequence[Any]) -> frozenset[Any] | None:
        claims = [articles[g.path].claim_at(g) if g.path in articles else None for g in golds]
        if len(claims) != 2 or None in claims:
            return None
        return frozenset(_spot(c) for c in claims if c is not None)

    for p in story.planted:
        golds = [span(p), *map(span, p.get("related", []))]
        for g in golds[1:]:  # the plant against each figure it is told against
            k = key_of([golds[0], g])
            if k is not None:
                if p["family"] == PLANTED:
                    gold[k] = "planted"
                else:
                    gold.setdefault(k, "other family")
    for agreeing in story.agreeing:
        k = key_of([span(agreeing["a"]), span(agreeing["b"])])
        if k is not None:
            gold[k] = "agreeing"
    return gold


def count(directory: Path) -> None:
    story = load_set(directory)
    articles = analyse(directory)
    index = keys_of(articles)
    texts = {name: article.document.text for name, article in articles.items()}
    texts.update({a.document.path: a.document.text for a in articles.values()})
    gold = gold_pairs(story, articles)
    for key, pair in index.pairs.items():
        side = gold.get(key, "ungold")
        rule = index.verdicts.get(key)
        right = rule in WARNS
        try:
            where = branch(pair, index.alignment)
        except Exception:  # never a traceback that could print a held-out path
            where = "(error)"
        COUNTS[f"{side}: {where}: {'warned' if right else 'silent'}"] += 1
        if where == "two days: no growing count":
            try:
                would = one_day(pair, index.alignment)
                COUNTS[f"{side}: as one day: {would}"] += 1
                if would in WARNS:
                    names = shape(pair, index.alignment, texts)
                    for name in names:
                        COUNTS[f"{side}: as one day {would}: {name}"] += 1
                    sig = "; ".join(n for n in names if n.split()[0] in SIG)
                    COUNTS[f"{side}: as one day sig: {sig}"] += 1
            except Exception:
                COUNTS[f"{side}: as one day: (error)"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH",
                    help="held-out batch BATCH, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: count(d), COUNTS)  # a failing set counts as its error
    for name, n in sorted(COUNTS.items()):
        print(f"   {name:70} {n:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
