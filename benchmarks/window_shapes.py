"""Every pair of two articles the claim index keeps apart at "window: descriptors", by
classes of the code: planted source contradictions, agreeing pairs and pairs nobody wrote
into the gold alike.

    python benchmarks/window_shapes.py            # development story sets
    python benchmarks/window_shapes.py --blind 4  # a held-out batch, counts only

For each pair of figures of one measured block (a head noun, no lexicon key) in two
articles that ``ClaimIndex.why`` keeps apart at the window, it names which test of
``measured.fits`` fails (two places, two windows, years, each side its own words, a count
sharing no word), whether one side says no descriptor word at all (asymmetric context:
"not said"), the digits of the two figures (``verdict_shapes._digits``), and the verdict
the pair would get were it paired (``verdicts.judge``), and whether the figures are one
copied wrong (``transposed``, ``misprint.one_digit``, with ``verdicts._garbled``'s guards).
"crossed:" lines count the judged pairs drift/copied.py brings across the window, by gold
side, verdict and what of the gold each figure is (a planted figure of this family or
another, a related one). Counts only: never a word of the copy, so a held-out batch's
counts may be printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import _spot, analyse, keys_of
from stories_gold import load_set, span, tally
from verdict_shapes import _digits, gold_pairs

COUNTS: Counter[str] = Counter()
PLANTED = "source-contradiction"


def fails(a: Any, b: Any, alignment: Any) -> str:
    """The first test of ``measured.fits`` two claims fail ("" when they fit)."""
    from numcheck.checkers.drift.measured import _said, _years
    from numcheck.checkers.drift.spans import changes
    from numcheck.quantity import Kind
    from numcheck.text import norm

    if a.place and b.place and norm(a.place) != norm(b.place):
        return "places"
    if a.window != b.window and ((a.window and b.window) or changes(a)):
        return "windows"
    ma, mb = _said(a, alignment), _said(b, alignment)
    if not (ma <= mb or mb <= ma):
        return "own words (" + ("some shared" if ma & mb else "none shared") + ")"
    if _years(ma) != _years(mb):
        return "years"
    if Kind.COUNT in (a.quantity.kind, b.quantity.kind) and not ma & mb:
        return "count, none shared (" + (
            "both bare" if not (ma or mb) else "one side bare" if not (ma and mb)
            else "nested") + ")"
    return ""


def pairs(index: Any) -> Iterator[tuple[Any, Any]]:
    """Entries of two articles in one measured block of the index."""
    from numcheck.checkers.drift.measured import MARK

    ix = index.index
    for key, windows in ix.blocks.items():
        if not (key[1][0] or "").startswith(MARK):
            continue
        entries = [e for w in windows.values() for e in w]
        if len(entries) > ix.cap:
            continue
        for i, first in enumerate(entries):
            for second in entries[i + 1:]:
                if first.claim.location.path != second.claim.location.path:
                    yield first, second


def count(directory: Path) -> None:
    from numcheck.checkers.drift.entries import Pair, Relation
    from numcheck.checkers.drift.misprint import one_digit
    from numcheck.checkers.drift.transposed import transposed
    from numcheck.checkers.drift.verdicts import _garbled, judge

    story = load_set(directory)
    articles = analyse(directory)
    index = keys_of(articles)
    gold = gold_pairs(story, articles)
    plants: dict[Any, str] = {}  # a planted figure's spot -> its family's class
    for p in story.planted:
        for n, g in enumerate([span(p), *map(span, p.get("related", []))]):
            claim = articles[g.path].claim_at(g) if g.path in articles else None
            if claim is not None:
                role = "plant" if n == 0 else "related"
                fam = "sc" if p["family"] == PLANTED else "other"
                plants.setdefault(_spot(claim), f"{fam} {role}")
    _crossed(index, gold, plants)
    seen: set[frozenset[Any]] = set()
    for ea, eb in pairs(index):
        a, b = ea.claim, eb.claim
        key = frozenset({_spot(a), _spot(b)})
        if key in seen:
            continue
        seen.add(key)
        if index.index.why(a, b) != "window: descriptors":
            continue
        side = gold.get(key, "ungold")
        test = fails(a, b, index.alignment) or "fits (other gate)"
        verdict = judge(Pair(ea, eb, Relation.SAME), index.alignment)
        rule = verdict.rule if verdict is not None else "none"
        digits = ("equal" if ea.hard.intersects(eb.hard)
                  else _digits(a.quantity.text, b.quantity.text))
        slip = ("transposed" if transposed(ea, eb) else "one digit" if one_digit(ea, eb)
                else "no slip")
        if slip != "no slip":
            slip += ", garbled" if _garbled(ea, eb, index.alignment) else ", guarded"
        COUNTS[f"{side}: slip {slip}: would {rule}"] += 1
        COUNTS[f"{side}: fails {test}: slip {slip}: would {rule}"] += 1
        COUNTS[f"{side}: fails {test}"] += 1
        COUNTS[f"{side}: fails {test}: would {rule}"] += 1
        COUNTS[f"{side}: would {rule}: digits {digits}"] += 1
        COUNTS[f"{side}: fails {test}: would {rule}: digits {digits}"] += 1


def _crossed(index: Any, gold: dict[frozenset[Any], str], plants: dict[Any, str]) -> None:
    """The judged pairs the copied route brings across the window (drift/copied.py), by
    gold side, verdict and what of the gold each figure is."""
    try:
        from numcheck.checkers.drift.copied import copied
    except ImportError:  # an older numcheck: no such route
        return
    from numcheck.checkers.drift.measured import fits

    for key, pair in index.pairs.items():
        a, b = pair.first, pair.second
        if not copied(a, b, index.alignment) or fits(a.claim, b.claim, index.alignment):
            continue
        side = gold.get(key, "ungold")
        rule = index.verdicts.get(key) or "none"
        touch = " + ".join(sorted(plants.get(_spot(e.claim), "-") for e in (a, b)))
        COUNTS[f"crossed: {side}: {rule}: {touch}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH",
                    help="held-out batch BATCH, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: count(d), COUNTS)
    print("pairs kept apart at window: descriptors:")
    for name, n in sorted(COUNTS.items()):
        print(f"   {name:90} {n:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
