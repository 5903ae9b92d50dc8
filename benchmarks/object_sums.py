"""Count the sums named by the verb that takes them as its object, and the pairs they make.

    python benchmarks/object_sums.py              # development story sets
    python benchmarks/object_sums.py --blind 36   # a held-out batch, counts only

A money figure no noun names ("Brindle raised £42m in its latest round", "the developer
paid £3.9m for the old depot") is headed by its verb as written, with its preposition when
one follows (``objects.object_of``): ("raised",), ("paid for",). This counts such figures, and every
pair of two articles' figures of one story set in which at least one is so named and both
have one head, by gold side (a planted source contradiction, another family's plant,
an agreeing pair, or outside the gold) and by what drift made of it (paired and warned,
paired and silent, not paired). The pairs are the ones the new names can create:
before them these figures named nothing and met no one on the key route.

Never reads fixtures/stories/holdout/ except with ``--blind`` (counts only).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import WARNS, _spot, analyse, keys_of
from stories_gold import load_set, tally
from verdict_shapes import gold_pairs

from numcheck.extract.objects import object_of
from numcheck.extract.tokens import tokenize
from numcheck.extract.vocab import vocab_for
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind

COUNTS: Counter[str] = Counter()


def object_named(claim: Any, text: str, vocab: Any) -> bool:
    """The figure is a sum its verb heads: its measure is what ``objects.object_of``
    reads from the words around it."""
    q = claim.quantity
    if q.kind is not Kind.MONEY or not claim.measure:
        return False
    lo, hi = claim.sentence
    before = tokenize(text, max(lo, q.start - 80), q.start)
    return object_of(before, tokenize(text, q.end, hi, limit=12), vocab) == claim.measure


def count(directory: Path) -> None:
    story = load_set(directory)
    articles = analyse(directory)
    index = keys_of(articles)
    gold = gold_pairs(story, articles)
    vocab = vocab_for(Lexicon.default())
    named = [(a.document.prose, c) for a in articles.values() for c in a.claims
             if object_named(c, a.document.prose, vocab)]
    COUNTS["figures named by their verb"] += len(named)
    claims = [c for a in articles.values() for c in a.claims
              if c.quantity.kind is Kind.MONEY and c.measure]
    mine = {_spot(c) for _, c in named}
    for a, b in combinations(claims, 2):
        if a.location.path == b.location.path or not ({_spot(a), _spot(b)} & mine):
            continue
        if a.measure[0] != b.measure[0] or a.key.dimension != b.key.dimension:
            continue
        key = frozenset({_spot(a), _spot(b)})
        side = gold.get(key, "outside the gold")
        if key not in index.verdicts:
            what = "not paired"
        else:
            what = "paired, warned" if index.verdicts[key] in WARNS else "paired, silent"
        COUNTS[f"pair: {side}: {what}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH",
                    help="held-out batch BATCH, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: count(d), COUNTS)  # a failing set counts as its error
    for name, n in sorted(COUNTS.items()):
        print(f"   {name:60} {n:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
