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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import _context, analyse
from stories_gold import load_set, span, tally

COUNTS: Counter[str] = Counter()


def _gold(directory: Path) -> dict[str, list[tuple[str, set[tuple[int, int]]]]]:
    story = load_set(directory)
    golds: dict[str, list[tuple[str, set[tuple[int, int]]]]] = {}
    for item in story.planted:
        spans = [span(item), *map(span, item.get("related", []))]
        kind = "restated" if item["family"] == "restated" else "other plant"
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
    return "touches a plant" if any(k != "agreeing" and both & s for k, s in golds) else "none"


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
                unit = "count" if qa.unit is None else qa.kind.value
                COUNTS[f"{gold:<16} | {kind} | {unit} | {values(x, y)} | of unit {sole} | "
                       f"{known} | {apart} | {gap} | head said {bool(said)}"] += 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: pairs(d), COUNTS)  # a failing set counts as its error
    for key, n in sorted(COUNTS.items()):
        print(f"{n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
