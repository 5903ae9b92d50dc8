"""Every pair of figures of one article the restatement keys keep apart, by the evidence
each pair carries: counts only.

    python benchmarks/restated_pairs.py               # development story sets
    python benchmarks/restated_pairs.py --blind 4     # a held-out batch, counts only

head32 (docs §54.7) counted the planted restatements kept apart by their measured heads;
an alarm on any other pair counts against a rule that joins them, so this tool counts all
pairs of one article of one unit whose keys differ (two measured heads, a keyed figure
and a measured one, or a later grouped figure and an earlier one left out as naming no
amount the keys read) and whose values the verdict would call a contradiction, by whether
they hold a planted restated item, another gold item or none, and by the evidence the copy
carries: kind and unit, how the values relate (one slip of the pen, near, far), how many
figures of that unit the article tells, whether the later one is told as known (a
determiner, a possessive), whether a reader tells them apart (time, place on one side or
two, party ...), whether the restatement checker reports them already, how far apart
they are and whether one side's sentence names the other's head. No word, path or line
of the copy is printed (the gates may be scored, never read).
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
from claim_funnel import _context, analyse
from stories_gold import load_set, span, tally

COUNTS: Counter[str] = Counter()
# --counts: bare counts one slip apart within 1.5 times, by further evidence (docs §55.10);
# --both: measures and sums both of whose tellings are left out
BARE = {"on": False, "both": False}


def _gold(directory: Path) -> dict[str, list[tuple[str, set[tuple[int, int]]]]]:
    story = load_set(directory)
    golds: dict[str, list[tuple[str, set[tuple[int, int]]]]] = {}
    for item in story.planted:
        spans = [span(item), *map(span, item.get("related", []))]
        kind = "restated" if item["family"] == "restated" else "other plant"
        if BARE["on"] and kind != "restated":
            kind = f"other plant {item['family']}"  # the family a pair touches
        golds.setdefault(spans[0].path, []).append((kind, {(s.line, s.column) for s in spans}))
    for pair in story.agreeing:
        a, b = span(pair["a"]), span(pair["b"])
        golds.setdefault(a.path, []).append(("agreeing", {(a.line, a.column), (b.line, b.column)}))
    return golds


def _where(claim: object) -> tuple[int, int]:
    loc = claim.location  # type: ignore[attr-defined]
    return (loc.line, loc.column)


def label(golds: list[tuple[str, set[tuple[int, int]]]], a: object, b: object) -> str:
    both = {_where(a), _where(b)}
    kinds = sorted({k for k, spans in golds if both <= spans})
    if kinds:
        return "/".join(kinds)
    touched = [("earlier" if _where(a) in s else "later") + " " + k[12:]
               for k, s in golds if k != "agreeing" and both & s]
    if touched and BARE["on"]:
        return "touches " + ",".join(touched)
    return "touches a plant" if touched else "none"


def values(a: object, b: object) -> str:
    from numcheck.checkers._slips import digits, one_slip

    x, y = a.quantity.value, b.quantity.value  # type: ignore[attr-defined]
    if x is None or y is None or x <= 0 or y <= 0:
        return "no value | digits 0"
    if x == y:
        return "equal | digits 0"
    dx, dy = digits(x), digits(y)
    slip = bool(dx and dy) and one_slip(dx, dy)
    ratio = max(x, y) / min(x, y)
    band = "<=1.1" if ratio <= 1.1 else "<=1.5" if ratio <= 1.5 else "<=3" if ratio <= 3 else ">3"
    sig = min(max(len(dx), len(dy)), 3)
    kind = "transposed" if sorted(dx) == sorted(dy) else "slip" if slip else "no slip"
    return f"{kind} {band} | digits {sig}"


def _held(doc: Any, g: Any, told: list[Any], i: int, earlier: Any, later: Any) -> str:
    """What the retold reader (``_restate_heads``) would say of the pair: its guard."""
    from numcheck.checkers import _restate_heads as h
    from numcheck.checkers._compare import cue_set

    if not h._known(doc, later, g.lex, cue_set(g.lex.get("restated", {}), "determiners")):
        return "heads: not known"
    q = later.quantity
    before = [e for e in told[max(0, i - 40) : i]
              if e.quantity.kind is q.kind and e.quantity.unit == q.unit]
    if any(e.quantity.value == q.value for e in before):
        return "heads: own value before"
    slips = [e for e in before if h._slip(e, later)]
    if len(slips) != 1:
        return f"heads: {min(len(slips), 2)} slips"
    return "heads: one slip" if slips[0] is earlier else "heads: another slip"


def bare(doc: Any, g: Any, claims: Sequence[Any], earlier: Any, later: Any, x: Any,
         y: Any) -> str:
    """The further evidence a bare-count pair one slip apart carries: three significant
    digits or more, one owner, no other count of the later one's size (within 1.5 times),
    and how many other counts each side's sentence tells (a list of parts)."""
    from numcheck.checkers._compare import checkable
    from numcheck.checkers._restate_transposed import owned
    from numcheck.checkers._slips import digits

    vx, vy = x.quantity.value, y.quantity.value
    d3 = "d3" if max(len(digits(vx)), len(digits(vy))) >= 3 else "d2"
    own = "own" if owned(doc, later, earlier) else "owner!="
    size = [c for c in g.ordered
            if c is not earlier and c is not later and checkable(c) and c.quantity.unit is None
            and c.quantity.value and max(c.quantity.value, vy) <= 1.5 * min(c.quantity.value, vy)]
    sole = "sole" if not size else "others"
    sent = [sum(1 for c in claims if c.sentence == s.sentence and c is not s
                and c.quantity.kind is s.quantity.kind) for s in (earlier, later)]
    return f"{d3} {own} {sole} sentence {'/'.join(str(min(n, 2)) for n in sent)}"


def _both(doc: Any, g: Any, golds: list[tuple[str, set[tuple[int, int]]]],
          reported: list[set[int]], earlier: Any, later: Any, tol: float) -> None:
    """A measure or sum both of whose tellings are left out (a period's result, an old
    level): the pair by its values, the later one told as known, and the readers."""
    from numcheck.checkers._compare import same_sentence
    from numcheck.checkers._restate_pair import verdict
    from numcheck.checkers._restate_transposed import _known, told_apart
    from numcheck.quantity import Kind

    qa, qb = earlier.quantity, later.quantity
    if qa.kind not in (Kind.MEASURE, Kind.MONEY) or qa.kind is not qb.kind or qa.unit != qb.unit:
        return
    if not qa.unit or same_sentence(earlier, later, doc):
        return
    if verdict(doc, earlier, later, tol) is None:
        return
    gold = label(golds, earlier, later)
    both = {earlier.location.start, later.location.start}
    gold += " (found)" if any(both <= r for r in reported) else ""
    known = "known" if _known(doc, later, g.lex) else "-"
    apart = "apart" if told_apart(doc, earlier, later, g, g.lex) else "-"
    why = "/".join(g.left_out[id(c)][:24] for c in (earlier, later))
    COUNTS[f"{gold:<16} | {qa.kind.value} | {values(earlier, later)} | {known} | {apart} "
           f"| {why}"] += 1


def pairs(directory: Path) -> None:
    from restated_shapes import _apart_why

    from numcheck.checkers._compare import checkable, same_sentence, sentence_of
    from numcheck.checkers._restate_grouping import grouping
    from numcheck.checkers._restate_pair import verdict
    from numcheck.checkers._restate_transposed import _known, told_apart
    from numcheck.checkers.restated import numcheck_check_document as check_document

    golds = _gold(directory)
    context = _context()
    tol = context.settings.tolerance
    for path, article in analyse(directory).items():
        doc, claims = article.document, article.claims
        g = grouping(doc, claims, context)
        reported = [{f.location.start, *(r.start for r in f.related)}
                    for f in check_document(doc, claims, context)]
        told = [c for c in g.ordered if id(c) in g.key_of
                or g.left_out.get(id(c), "").startswith("population")]
        units = Counter((c.quantity.kind, c.quantity.unit) for c in g.ordered if checkable(c))
        for i, later in enumerate(told):
            for earlier in told[max(0, i - 40) : i]:
                if BARE["both"]:
                    if id(later) in g.key_of or id(earlier) in g.key_of:
                        continue  # both left out as naming no amount the keys read
                    _both(doc, g, golds.get(path, []), reported, earlier, later, tol)
                    continue
                if id(later) not in g.key_of:
                    continue  # a retelling is grouped; what it retells may be left out
                ka, kb = g.key_of.get(id(earlier), ("left out",)), g.key_of[id(later)]
                ma, mb = ka[0] == "measured", kb[0] == "measured"
                if ka == kb or not (ma or mb or ka[0] == "left out"):
                    continue
                qa, qb = earlier.quantity, later.quantity
                if qa.kind is not qb.kind or qa.unit != qb.unit:
                    continue
                if ma and mb and ka[1] == kb[1]:
                    continue  # one head: the measured words class, not this one
                if same_sentence(earlier, later, doc):
                    continue
                x, y = g.as_grouped.get(id(earlier), earlier), g.as_grouped[id(later)]
                if verdict(doc, x, y, tol) is None:
                    continue
                kind = ("left out and grouped" if ka[0] == "left out" else
                        "measured heads" if ma and mb else "keyed and measured")
                gold = label(golds.get(path, []), earlier, later)
                n = units[(qa.kind, qa.unit)]
                sole = "2" if n == 2 else "3" if n == 3 else "4+"
                known = "known" if _known(doc, later, g.lex) else "-"
                apart = _apart_why(doc, x, y, g) if told_apart(doc, x, y, g, g.lex) else "-"
                if apart == "place":
                    sides = [g.place_of(c) for c in (x, y)]
                    apart += " (one side)" if None in sides else " (two)"
                s0, s1 = sentence_of(doc, earlier), sentence_of(doc, later)
                between = doc.prose[s0[1] : s1[0]].count(". ") + 1
                gap = "next" if between <= 1 else "<=3" if between <= 3 else "far"
                heads = [c.measure[0].lower() if c.measure else "" for c in (x, y)]
                said = (heads[1] and heads[1] in doc.prose[s0[0] : s0[1]].lower()) or (
                    heads[0] and heads[0] in doc.prose[s1[0] : s1[1]].lower())
                both = {earlier.location.start, later.location.start}
                gold += " (found)" if any(both <= r for r in reported) else ""
                if BARE["on"]:
                    near = ("slip <=1.1", "slip <=1.5", "transposed <=1.1", "transposed <=1.5")
                    if qa.unit is None and values(x, y).startswith(near):
                        evidence = bare(doc, g, claims, earlier, later, x, y)
                        held = _held(doc, g, told, i, earlier, later)
                        COUNTS[f"{gold:<16} | {evidence} | {known} | {apart} | {gap} | {held}"] += 1
                    continue
                unit = "count" if qa.unit is None else qa.kind.value
                COUNTS[f"{gold:<16} | {kind} | {unit} | {values(x, y)} | of unit {sole} | "
                       f"{known} | {apart} | {gap} | head said {bool(said)}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    ap.add_argument("--counts", action="store_true",
                    help="bare counts one slip apart within 1.5x, by further evidence")
    ap.add_argument("--both", action="store_true",
                    help="measures and sums both of whose tellings are left out")
    args = ap.parse_args(argv)
    BARE["on"] = args.counts
    BARE["both"] = args.both
    tally(args.blind, lambda d, _: pairs(d), COUNTS)  # a failing set counts as its error
    for key, n in sorted(COUNTS.items()):
        print(f"{n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
