"""Source-contradiction items told by three or more figures: how far the odd telling gets.

    python benchmarks/odd_telling.py --batch 22    # development sets of one batch
    python benchmarks/odd_telling.py --blind 27    # a held-out gate, counts only

Wave 24 found that in most missed items of three or more tellings the odd figure is
paired with none of the others. A rule that keeps one fact's tellings together needs
evidence that the others are one fact under one key ("the others agree with each other")
before it can bring the odd one in; this counts, by stages of the claim index only
(``claim_funnel.pair_stages``: story, alignable, group, block, place, window, paired,
judged), the furthest stage the planted figure reaches with any related one against the
furthest stage two related figures reach with each other. "story" is the last stage
passed, so "story" means lost at "alignable" (the figure names nothing a key files).
Never a word, path or line of the copy: ``--blind`` prints counts only.
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
from claim_funnel import _spot, analyse, keys_of, pair_stages
from stories import run_numcheck, score_findings
from stories_gold import STORIES, load_set, span, story_sets

SC = "source-contradiction"


def _furthest(pairs: Sequence[tuple[Any, Any]], keys: Any, planted: bool) -> str:
    """The furthest stage any of ``pairs`` of two articles reaches ("none": no such pair)."""
    best: list[str] = []
    for a, b in pairs:
        stages = pair_stages([a, b], keys, planted, False)
        if len(stages) > len(best):
            best = stages
    return best[-1] if best else "none"


def item(claims: Sequence[Any], keys: Any, found: bool, counts: Counter[str]) -> None:
    """Count one planted item of three or more figures: the planted one first."""
    planted, related = claims[0], [c for c in claims[1:] if c is not None]
    tag = "found" if found else "missed"
    if planted is None:
        counts[f"{tag}: planted not read"] += 1
        return
    others = [c for c in related if c.location.path != planted.location.path]
    paired = sum(frozenset({_spot(planted), _spot(c)}) in keys.verdicts for c in others)
    counts[f"{tag}: planted paired with {min(paired, 2)} of {min(len(others), 2)}+"] += 1
    odd = _furthest([(planted, c) for c in others], keys, True)
    among = [(a, b) for i, a in enumerate(others) for b in others[i + 1:]
             if a.location.path != b.location.path]
    told = _furthest(among, keys, False)
    counts[f"{tag}: planted furthest {odd} / related furthest {told}"] += 1
    if odd in _NEXT and told in ("paired", "judged"):
        counts[f"{tag}: odd lost at {_NEXT[odd]}, others paired: "
               f"{_apart(planted, others, keys)}"] += 1


# the last stage passed -> the stage lost at
_NEXT = {"story": "alignable", "alignable": "group", "group": "block", "block": "place",
         "place": "window"}


def _apart(planted: Any, others: Sequence[Any], keys: Any) -> str:
    """Which field of the key route's block key (``keys.block_key``: thing, event,
    qualifiers, dimension, place, change) sets the odd figure apart from the first related
    figure the key route files, each side told as lexicon-keyed, measured or unfiled."""
    from numcheck.checkers.drift.keys import alignable, block_key
    from numcheck.checkers.drift.measured import MARK

    def how(claim: Any) -> str:
        if not alignable(claim, keys.alignment):
            return "unfiled"
        head = block_key(claim, keys.alignment)[0] or ""
        return "measured" if head.startswith(MARK) else "keyed"

    filed = [c for c in others if alignable(c, keys.alignment)]
    if not filed:
        return f"odd {how(planted)}, others unfiled"
    other = filed[0]
    if not alignable(planted, keys.alignment):
        return f"odd unfiled ({planted.quantity.kind}), others {how(other)}"
    ka, kb = (block_key(c, keys.alignment) for c in (planted, other))
    names = ("thing", "event", "qualifiers", "dimension", "place", "change")
    fields = [n for n, x, y in zip(names, ka, kb, strict=True) if x != y]
    events = "event: " + "/".join(sorted("one" if k[1] else "none" for k in (ka, kb)))
    return f"odd {how(planted)}, others {how(other)}: {'+'.join(fields) or 'none'} ({events})"


def run(directories: Sequence[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for directory in directories:
        try:
            story = load_set(directory)
            articles = analyse(directory)
            score = score_findings(story, run_numcheck([directory.resolve()],
                                                       fresh_process=False, plugins=False),
                                   directory)
            keys = keys_of(articles)
        except Exception:  # never a traceback that could print a held-out path
            counts["error: story set"] += 1
            continue
        for p in story.planted:
            golds = [span(p), *map(span, p.get("related", []))]
            if p["family"] != SC or len(golds) < 3:
                continue
            try:
                claims = [articles[g.path].claim_at(g) if g.path in articles else None
                          for g in golds]
                item(claims, keys, bool(score.found[p["id"]]), counts)
            except Exception:  # never a traceback that could print a held-out path
                counts["error: item"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    ap.add_argument("--batch", type=int, help="development sets of this batch only")
    args = ap.parse_args(argv)
    base = STORIES / "holdout" if args.blind is not None else STORIES
    batch = args.blind if args.blind is not None else args.batch
    chosen = [d for d in story_sets(base) if batch is None or load_set(d).batch == batch]
    for name, count in sorted(run(chosen).items()):
        print(f"   {name:70} {count:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
