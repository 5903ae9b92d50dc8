"""Every pair of two articles the claim index keeps apart at group or block that is one
figure copied wrong by drift/copied.py's evidence, by classes of the code: planted source
contradictions, agreeing pairs and pairs nobody wrote into the gold alike.

    python benchmarks/group_shapes.py            # development story sets
    python benchmarks/group_shapes.py --blind 4  # a held-out batch, counts only

For each pair of two articles' figures of one story, both filed by the index, of one
kind and unit, that the funnel loses at "group" (their fine keys differ) or "block" (the
index compares none of their blocks), it asks ``copied.copied`` (the digits, three or
more, one slip; nothing said on both sides telling them apart) and then the guards of
``copied_pairs`` over every filed figure of the two articles of that kind and unit (each
the other's only such figure; neither article also giving the other's figure), and
counts the verdict the pair would get were it paired (``verdicts.judge``), by gold side
and which key fields differ. Counts only: never a word of the copy.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import _spot, analyse, keys_of
from stories_gold import load_set, span, tally

COUNTS: Counter[str] = Counter()
PLANTED = "source-contradiction"


def _gold(story: Any, articles: Any) -> dict[frozenset[Any], str]:
    gold: dict[frozenset[Any], str] = {}

    def key_of(golds: Sequence[Any]) -> frozenset[Any] | None:
        claims = [articles[g.path].claim_at(g) if g.path in articles else None for g in golds]
        if len(claims) != 2 or None in claims:
            return None
        return frozenset(_spot(c) for c in claims if c is not None)

    for p in story.planted:
        golds = [span(p), *map(span, p.get("related", []))]
        for g in golds[1:]:
            k = key_of([golds[0], g])
            if k is not None:
                gold[k] = "planted" if p["family"] == PLANTED else gold.get(k, "other family")
    for agreeing in story.agreeing:
        k = key_of([span(agreeing["a"]), span(agreeing["b"])])
        if k is not None:
            gold[k] = "agreeing"
    return gold


def _unit(entry: Any) -> tuple[Any, Any]:
    q = entry.claim.quantity
    return q.kind, q.unit


def count(directory: Path) -> None:
    from numcheck.checkers.drift.copied import copied
    from numcheck.checkers.drift.entries import Pair, Relation
    from numcheck.checkers.drift.verdicts import judge

    story = load_set(directory)
    articles = analyse(directory)
    index = keys_of(articles)
    ix = index.index
    gold = _gold(story, articles)
    plants: dict[Any, str] = {}  # a planted figure's spot -> its family's class
    for p in story.planted:
        for n, g in enumerate([span(p), *map(span, p.get("related", []))]):
            claim = articles[g.path].claim_at(g) if g.path in articles else None
            if claim is not None:
                fam = "sc" if p["family"] == PLANTED else "other"
                plants.setdefault(_spot(claim), f"{fam} {'plant' if n == 0 else 'related'}")
    entries: dict[tuple[str, Any], list[Any]] = defaultdict(list)  # (path, kind/unit)
    for article in articles.values():
        for claim in article.claims:
            filed = ix._filed.get(id(claim), ())
            if filed:
                e = filed[0][1]
                entries[(claim.location.path, _unit(e))].append(e)
    _crossed(index, gold, plants)
    paths = sorted({p for p, _ in entries})
    for n, pa in enumerate(paths):
        for pb in paths[n + 1:]:
            if index.views[pa].story != index.views[pb].story:
                continue
            for unit in {u for p, u in entries if p == pa}:
                xs, ys = entries.get((pa, unit), []), entries.get((pb, unit), [])
                if xs and ys:
                    _compare(xs, ys, index, gold, plants, copied, judge, Pair, Relation)


def _compare(xs: list[Any], ys: list[Any], index: Any, gold: dict[frozenset[Any], str],
             plants: dict[Any, str],
             copied: Any, judge: Any, pair: Any, relation: Any) -> None:
    ix = index.index
    texts = ix._texts
    hits = [(i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)
            if _copied(copied, x, y, index.alignment, texts)]
    for i, j in hits:
        x, y = xs[i], ys[j]
        a, b = x.claim, y.claim
        if not index.same("group", a, b):
            stage = "group"
        else:
            kept = ix.kept(a, b)
            if kept != "block":
                continue
            stage = "block"
        key = frozenset({_spot(a), _spot(b)})
        side = gold.get(key, "ungold")
        only = sum(1 for i2, _ in hits if i2 == i) == 1 and sum(
            1 for _, j2 in hits if j2 == j) == 1
        too = any(k != j and e.hard.intersects(x.hard) for k, e in enumerate(ys)) or any(
            k != i and e.hard.intersects(y.hard) for k, e in enumerate(xs))
        guard = "only, not told too" if only and not too else (
            "not only" if not only else "told too")
        verdict = judge(pair(x, y, relation.SAME), index.alignment)
        rule = verdict.rule if verdict is not None else "none"
        fields = _fields(a, b, index) if stage == "group" else _blockclass(a, b, index)
        COUNTS[f"{stage}: {side}: {guard}: would {rule}"] += 1
        COUNTS[f"{stage}: {side}: {guard}: {fields}: would {rule}"] += 1
        if stage == "block" and guard.startswith("only"):
            for axis in _axes(x, y, index, plants):
                COUNTS[f"{stage}: {side}: only: {axis}"] += 1


def _crossed(index: Any, gold: dict[frozenset[Any], str], plants: dict[Any, str]) -> None:
    """The pairs drift/copied.py's across route brings over group and block, by gold
    side, verdict and what of the gold each figure is."""
    try:
        from numcheck.checkers.drift.copied import across_pairs
    except ImportError:  # an older numcheck: no such route
        return
    from numcheck.checkers.drift.measured import MARK

    ix = index.index
    blocks = ((k[0], k[1], es) for k, ws in ix.blocks.items()
              if (k[1][0] or "").startswith(MARK) for es in ws.values())
    for pair in across_pairs(blocks, index.alignment, ix.cap, ix._texts, ix._told):
        a, b = pair.first, pair.second
        key = frozenset({_spot(a.claim), _spot(b.claim)})
        rule = index.verdicts.get(key, "unjudged")
        touch = " + ".join(sorted(plants.get(_spot(e.claim), "-") for e in (a, b)))
        side = gold.get(key, "ungold")
        COUNTS[f"crossed: {side}: {rule}: {touch}"] += 1
        for axis in _axes(a, b, index, plants):
            COUNTS[f"crossed: {side}: {rule}: {axis}"] += 1


def _copied(copied: Any, x: Any, y: Any, alignment: Any, texts: Any) -> bool:
    """``copied`` for any two filed figures: one named by no measured head says no
    descriptor words."""
    if x.claim.measure and y.claim.measure:
        return bool(copied(x, y, alignment, texts))
    from numcheck.checkers.drift.measured import _said, _years
    from numcheck.checkers.drift.verdicts import _garbled
    from numcheck.text import norm

    a, b = x.claim, y.claim
    if a.place and b.place and norm(a.place) != norm(b.place):
        return False
    if a.window and b.window and norm(a.window) != norm(b.window):
        return False
    said = [_years(_said(c, alignment)) if c.measure else frozenset() for c in (a, b)]
    if said[0] != said[1]:
        return False
    return bool(_garbled(x, y, alignment))


def _axes(x: Any, y: Any, index: Any, plants: dict[Any, str]) -> list[str]:
    from numcheck.checkers.drift.keys import block_key, related_heads
    from numcheck.checkers.drift.measured import _said
    from numcheck.checkers.drift.misprint import _digits
    from numcheck.checkers.drift.transposed import transposed

    a, b = x.claim, y.claim
    al = index.alignment
    ka, kb = block_key(a, al), block_key(b, al)
    ha, hb = (ka[0] or "")[1:], (kb[0] or "")[1:]
    sa, sb = _said(a, al), _said(b, al)
    days = None if a.date is None or b.date is None else abs((a.date - b.date).days)
    out = [
        "kind " + a.quantity.kind.name,
        "slip " + ("transposed" if transposed(x, y) else "one digit"),
        "digits " + str(min(len(_digits(a.quantity.text)), 5)),
        "days " + ("?" if days is None else str(min(days, 3))),
        "moved " + ("differs" if ka[5] != kb[5] else "same"),
        "heads related " + str(related_heads(ka[0] or "", kb[0] or "", al)),
        "other head said " + ("yes" if al.content((ha,)) & sb or al.content((hb,)) & sa
                              else "no"),
        "words " + ("shared" if sa & sb else "none shared" if sa and sb else "one bare"),
        "touch " + " + ".join(sorted(plants.get(_spot(e.claim), "-") for e in (x, y))),
        "events " + str((a.key.event is None, b.key.event is None)),
    ]
    out.append(" x ".join(out[1:4]))
    out.append(out[1] + " x " + out[8])
    out.append(out[7] + " x " + out[0] + " x " + out[8])
    out.append(out[7] + " x " + out[6] + " x " + out[3])
    return out


def _fields(a: Any, b: Any, index: Any) -> str:
    from numcheck.checkers.drift.keys import fine_key

    story = index.views[a.location.path].story
    ka, kb = fine_key(a, story, index.alignment), fine_key(b, story, index.alignment)
    if ka is None or kb is None:
        return "key none"
    names = ("thing", "event", "qualifiers", "dimension", "place", "change")
    fields = [n for n, x, y in zip(names, ka[1], kb[1], strict=True) if x != y]
    cls = "/".join(sorted("none" if t is None else "measured" if t.startswith("~")
                          else "lexicon" for t in (ka[1][0], kb[1][0])))
    return "fields " + "+".join(fields) + f" ({cls})"


def _blockclass(a: Any, b: Any, index: Any) -> str:
    from numcheck.checkers.drift.keys import block_key

    ka, kb = block_key(a, index.alignment), block_key(b, index.alignment)
    if (ka[0] or "").startswith("~") and (kb[0] or "").startswith("~"):
        return "measured heads"
    if ka[0] != kb[0]:
        return "things differ"
    return "events differ" if ka[1] != kb[1] else "one key"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH",
                    help="held-out batch BATCH, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: count(d), COUNTS)
    print("pairs kept apart at group or block, one figure copied wrong:")
    for name, n in sorted(COUNTS.items()):
        print(f"   {name:100} {n:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
