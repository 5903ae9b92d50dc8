"""Pairs of two articles of one story, a lexicon-keyed count against a measured count
whose head is a lexicon thing, with meeting values: how gold names them and what the
measured side's own words tell (md33, counts only).

    python benchmarks/head_pairs.py            # development story sets
    python benchmarks/head_pairs.py --batch 2  # the development sets of one batch
    python benchmarks/head_pairs.py --blind 4  # a held-out batch, counts only

Every such pair of a story set is counted (not only the gold's), so an alarm a rule
would raise outside the gold shows. Classes come from the code (a relation of the
lexicon tables, a count of words), never a word of the copy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claim_funnel import analyse, keys_of
from stories_gold import STORIES, load_set, span, story_sets

COUNTS: Counter[str] = Counter()


def _gold(story: Any, articles: dict[str, Any]) -> dict[frozenset[tuple[str, int]], str]:
    """Each gold pair of two figures -> its family ("agreeing" for an agreeing pair)."""
    out: dict[frozenset[tuple[str, int]], str] = {}

    def spot(g: Any) -> tuple[str, int] | None:
        art = articles.get(g.path)
        claim = art.claim_at(g) if art is not None else None
        return None if claim is None else (claim.location.path, claim.location.start)

    for p in story.planted:
        golds = [span(p), *map(span, p.get("related", []))]
        first = spot(golds[0])
        for g in golds[1:]:
            other = spot(g)
            if first and other:
                out.setdefault(frozenset({first, other}), p["family"])
    for a in story.agreeing:
        x, y = spot(span(a["a"])), spot(span(a["b"]))
        if x and y:
            out.setdefault(frozenset({x, y}), "agreeing")
    return out


def _events(text: str, alignment: Any) -> set[str]:
    return {e for e, f in alignment.event_forms if re.search(rf"\b{re.escape(f)}\b", text)}


def count(directory: Path) -> None:
    from numcheck.checkers.drift.keys import block_key, is_measured

    story = load_set(directory)
    articles = analyse(directory)
    index = keys_of(articles)
    al = index.alignment
    gold = _gold(story, articles)
    texts = index.index._texts
    keyed, measured, heads = [], [], []
    for art in articles.values():
        for c in art.claims:
            if not index.index.filings(c):
                continue
            k = block_key(c, al)
            if (k[0] or "").startswith("~"):
                head = k[0][1:]
                if is_measured(c, al):
                    heads.append((c, k[0]))
                if is_measured(c, al) and head in al.thing_forms:
                    measured.append((c, head))
            elif c.key.thing and k[1]:
                keyed.append((c, k))
    _kinds(measured, index, gold)
    _two_heads(heads, index, gold)
    _small_siblings(index, gold)
    for a, ka in keyed:
        for b, head in measured:
            if a.location.path == b.location.path or a.quantity.kind is not b.quantity.kind:
                continue
            ta, tb = al.thing_class(a.key.thing), al.thing_class(head)
            rel = ("same" if ta == tb else "siblings" if tb in al.thing_siblings.get(ta or "", ())
                   else None)
            if rel is None:
                continue
            q, r = a.quantity, b.quantity
            if not (q.hard.low <= r.hard.high and r.hard.low <= q.hard.high):
                continue
            spot = frozenset({(a.location.path, a.location.start),
                              (b.location.path, b.location.start)})
            who = gold.get(spot, "outside")
            exact = "equal" if q.value is not None and q.value == r.value else "meet"
            start, end = b.sentence
            said = texts.get(b.location.path, "")[start:end].lower()
            told = _events(said, al)
            ev = ka[1]
            how = ("none" if not told else "same" if ev in told else
                   "kin" if any(al.kin(ev, e) for e in told) else "unrelated")
            own = _events(" ".join(b.measure[1:]).lower(), al)
            mine = ("none" if not own else "same" if ev in own else
                    "kin" if any(al.kin(ev, e) for e in own) else "unrelated")
            text = texts.get(b.location.path, "")
            near = _events(text[b.location.start:min(end, b.location.start + 80)].lower(), al)
            close = ("none" if not near else "same" if ev in near else
                     "kin" if any(al.kin(ev, e) for e in near) else "unrelated")
            digits = len(re.sub(r"\D", "", str(int(q.value)))) if q.value else 0
            big = "3+ digits" if digits >= 3 else "<3 digits"
            for name in (f"things {rel}", f"values {exact}", f"sentence events {how}",
                         f"descriptor events {mine}", f"words {min(len(b.measure) - 1, 3)}",
                         f"{big}", f"things {rel}, sentence events {how}, {big}",
                         f"{exact}, things {rel}, sentence events {how}",
                         f"{exact}, things {rel}, events after the figure {close}",
                         f"{exact}, {big}, words {min(len(b.measure) - 1, 2)}"):
                COUNTS[f"{who}: {name}"] += 1
            COUNTS[f"{who}: all"] += 1
            verdict = (f"paired {index.verdicts[spot]}" if spot in index.verdicts
                       else "unpaired")
            COUNTS[f"{who}: {exact}, things {rel}, {verdict}"] += 1


def _kinds(measured: list[Any], index: Any, gold: dict[Any, str]) -> None:
    """Two measured counts of two articles whose heads are lexicon things one a kind of
    the other (docker, worker, people) that no table relates (``head_kin`` None), values
    meeting: gold status, and the evidence md32's subgroup rule asks (the whole's article
    gives the narrower head another figure)."""
    from numcheck.checkers.drift.head_things import head_kin

    al = index.alignment
    for i, (a, ha) in enumerate(measured):
        for b, hb in measured[i + 1:]:
            if a.location.path == b.location.path or ha == hb or \
                    a.quantity.kind is not b.quantity.kind:
                continue
            if head_kin(ha, hb, al) is not None:
                continue
            if hb in al.kinds(ha)[1:]:
                whole, hp = b, ha
            elif ha in al.kinds(hb)[1:]:
                whole, hp = a, hb
            else:
                continue
            q, r = a.quantity, b.quantity
            if not (q.hard.low <= r.hard.high and r.hard.low <= q.hard.high):
                continue
            spot = frozenset({(a.location.path, a.location.start),
                              (b.location.path, b.location.start)})
            who = gold.get(spot, "outside")
            exact = "equal" if q.value == r.value else "meet"
            other = any(c.location.path == whole.location.path and h == hp
                        and c.quantity.value != whole.quantity.value for c, h in measured)
            sub = "subgroup" if hp in al.subgroups else "kind"
            verdict = (f"paired {index.verdicts[spot]}" if spot in index.verdicts
                       else "unpaired")
            COUNTS[f"kinds {who}: {exact}, {sub}, evidence {other}, {verdict}"] += 1


def _significant(value: float) -> int:
    """Digits written before the trailing zeros (1,180 -> 3; 2,400 -> 2; 0.75 -> 2)."""
    digits = re.sub(r"\D", "", f"{value:.6f}".rstrip("0").rstrip(".")).lstrip("0")
    return len(digits.rstrip("0")) if "." not in f"{value:g}" else len(digits)


def _two_heads(heads: list[Any], index: Any, gold: dict[Any, str]) -> None:
    """Two measured figures of two articles under two heads no table relates
    (``related_heads`` None), values meeting: gold status by how exactly they agree and
    how many significant digits the figure has."""
    from numcheck.checkers.drift.keys import related_heads

    al = index.alignment
    for i, (a, ha) in enumerate(heads):
        for b, hb in heads[i + 1:]:
            if a.location.path == b.location.path or ha == hb or \
                    a.quantity.kind is not b.quantity.kind or \
                    a.key.dimension != b.key.dimension:
                continue
            if related_heads(ha, hb, al) is not None:
                continue
            q, r = a.quantity, b.quantity
            if q.value is None or q.value != r.value or q.unit != r.unit:
                continue
            spot = frozenset({(a.location.path, a.location.start),
                              (b.location.path, b.location.start)})
            who = gold.get(spot, "outside")
            sig = min(_significant(q.value), 4)
            things = sum(h[1:] in al.thing_forms for h in (ha, hb))
            COUNTS[f"heads {who}: equal, {sig} significant, {q.kind.name}"] += 1
            COUNTS[f"heads {who}: equal, {sig} significant, {things} lexicon things"] += 1


def _small_siblings(index: Any, gold: dict[Any, str]) -> None:
    """Pairs the index relates as siblings whose one count is below ``sibling_min``
    (judged None: "small counts coincide"), by gold status: what lowering it would
    find and raise."""
    from numcheck.checkers.drift.entries import Relation

    least = index.alignment.sibling_min
    for spot, pair in index.pairs.items():
        if pair.relation is not Relation.SIBLING:
            continue
        qa, qb = pair.first.claim.quantity, pair.second.claim.quantity
        if qa.value is None or qa.value != qb.value or qa.value >= least:
            continue
        band = "1-2" if qa.value < 3 else "3-5" if qa.value < 6 else "6-9"
        COUNTS[f"small siblings {gold.get(spot, 'outside')}: {band}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    ap.add_argument("--batch", type=int, help="only the development sets of this batch")
    args = ap.parse_args(argv)
    base = STORIES / "holdout" if args.blind is not None else STORIES
    batch = args.blind if args.blind is not None else args.batch
    for d in story_sets(base):
        if batch is None or load_set(d).batch == batch:
            try:
                count(d)
            except Exception:  # never a traceback that could print a held-out path
                COUNTS["(error)"] += 1
    for k in sorted(COUNTS):
        print(f"   {k:60} {COUNTS[k]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
