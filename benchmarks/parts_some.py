"""Lists read as only some of their total, by what might say they are all of it (counts
only, classes from the code).

    python benchmarks/parts_some.py --blind 4
    python benchmarks/parts_some.py            # development sets

A list the relations hold as a part of its total (``Relations.parts``, two or more
members, or two single parts of one whole in one sentence) is reported only when it
adds up to more. A components-total plant kept there is missed when its sum falls
short (``planted`` counts the missed plants only). For every list whose sum falls
short of its whole, planted or not, this counts the reader that made it some
(``parts_why.route_table``) and the evidence a rule could
take that the list is all of the whole: the sides name a pair of ``[spread]
complements``, one side names the other's negation, an item is the rest, the sum is one
slip from the whole (``_slips.one_slip``), and how far short it falls. The planted rows
are what a rule would find; the rest is what it would raise on other copy. Never a word
of the copy under ``--blind``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from claim_funnel import analyse
from parts_why import route_table
from stories import run_numcheck, score_findings
from stories_gold import load_set, span, tally

_NEGATIONS = ("non-", "non", "un", "in", "dis", "not ")


def _negated(a: set[str], b: set[str]) -> bool:
    """One side's word is the other's with a negating prefix ("members", "non-members")."""
    return any(y == p + x or x == p + y for x in a for y in b for p in _NEGATIONS if x and y)


def _evidence(doc: object, members: tuple, whole: object, lex: object) -> list[str]:
    from numcheck.checkers._arith import arith
    from numcheck.checkers._compare import squash
    from numcheck.checkers._slips import digits, one_slip
    from numcheck.checkers._successive import _side_words
    spread = lex["checkers"].get("spread", {})  # type: ignore[index]
    pairs = [frozenset(p) for p in spread.get("complements", ())]
    rest = tuple(lex["checkers"].get("partitive", {}).get("rest", ()))  # type: ignore[index]
    sides = [_side_words(doc, m) for m in members]  # type: ignore[arg-type]
    tags = []
    if len(members) == 2 and any(
        (a in sides[0] and b in sides[1]) or (b in sides[0] and a in sides[1])
        for a, b in (sorted(p) for p in pairs)
    ):
        tags.append("complements")
    if len(members) == 2 and _negated(sides[0], sides[1]):
        tags.append("negation")
    last = members[-1]
    lead = squash(doc.prose[max(0, last.location.start - 30):last.location.start])  # type: ignore[attr-defined]
    if any(lead.endswith(r) or f" {r} " in f" {lead} " for r in rest):
        tags.append("rest")
    total = sum(m.quantity.value or 0.0 for m in members)
    value = whole.quantity.value or 0.0  # type: ignore[attr-defined]
    if value and total:
        ratio = total / value
        band = ("<0.5" if ratio < 0.5 else "<0.75" if ratio < 0.75 else "<0.9"
                if ratio < 0.9 else "<1" if ratio < 1 else ">=1")
        tags.append(f"sum {band}")
        slip = one_slip(digits(total), digits(value))
        tags.append("slip" if slip else "no slip")
        low = arith(whole.quantity).low  # type: ignore[attr-defined]
        tags.append("last-digit" if slip and abs(value - total) < 10 and low < 100 else "")
    return [t for t in tags if t]


def _partitive_trace(doc: object, claims: tuple, part: object, whole: object,
                     plant: set[int], lex: object) -> str:
    """How ``_partitive`` read one part of a plant whose other part it left out: the
    reader (an opening whole, "of them", a link, a noun naming the whole), where the
    other planted part stands, and the test of ``_partitive._run`` that ends the run
    there (classes of the code)."""
    from numcheck.checkers import _partitive as P
    from numcheck.checkers._relations import _Cues, by_sentence
    cues = _Cues.of(lex["checkers"], lex["measures"]).parts  # type: ignore[index]
    sent = next(s for s in by_sentence(doc, claims) if part in s)  # type: ignore[arg-type]
    k = sent.index(part)
    reader = ("intro" if whole in sent and sent.index(whole) == k - 1 and P._intro(
        doc, sent, k - 1, cues) else "of them" if P._pointing_back(doc, part, cues)
        else "linked" if k + 1 < len(sent) and P._linked(doc, part, sent[k + 1], cues)
        else "anaphor")
    others = [c for c in sent if id(c) in plant and c is not part and c is not whole]
    if not others:
        return f"{reader} | other part not in the sentence"
    o = others[0]
    j = sent.index(o)
    side = f"other part {'after' if j > k else 'before'} by {min(abs(j - k), 3)}"
    if j != k + 1:
        return f"{reader} | {side}"
    b, first = sent[j], part
    raw = doc.prose[first.location.end:b.location.start]  # type: ignore[attr-defined]
    gap = P.squash(raw)
    if len(raw) > P._LIST_GAP or ";" in raw:
        why = "gap over 60 or ;"
    elif not P.alike(b, first):
        why = "not alike"
    elif b.is_change:
        why = "a change"
    elif P._age(doc, b):
        why = "an age"
    elif b.quantity.head:
        why = "a head"
    elif gap.split()[-1:] in P._INTO and not P._gapped(doc, first, gap):
        why = "a preposition before it"
    elif P.no_item(doc, b, cues.pointers, cues.one_after):
        why = "no_item"
    elif "," not in raw and " and " not in f" {gap} ":
        why = "no comma or and"
    else:
        why = "run reads it"
    return f"{reader} | {side} | {why} | gap {len(gap.split())} words"


def classify(directory: Path, counts: Counter[str]) -> None:
    from numcheck.checkers._arith import arith
    from numcheck.checkers._compare import sentence_of
    from numcheck.checkers._relations import find
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    story = load_set(directory)
    arts = analyse(directory)
    raw = run_numcheck([directory.resolve()], fresh_process=False, plugins=False)
    score = score_findings(story, raw, directory)
    planted: dict[str, list[set[int]]] = {}
    found_plants: dict[str, list[set[int]]] = {}
    for plant in story.planted:
        golds = [span(plant), *map(span, plant.get("related", []))]
        if len({g.path for g in golds}) != 1 or golds[0].path not in arts:
            continue
        figures = [arts[golds[0].path].claim_at(g) for g in golds]
        ids = {id(c) for c in figures if c is not None}
        missed = plant["family"] == "components-total" and not score.found[plant["id"]]
        (planted if missed else found_plants).setdefault(golds[0].path, []).append(ids)
    for name, art in arts.items():
        doc, claims = art.document, art.claims
        rel = find(doc, claims, lex["checkers"], lex["measures"])
        lists: list[tuple[tuple, tuple]] = [(ms, ws) for ms, ws in rel.parts if len(ms) > 1]
        for ms, ws in rel.parts:
            ids = {id(c) for c in (*ms, *ws)}
            hit = next((p for p in planted.get(name, []) if len(ids & p) >= 2), None)
            if len(ms) == 1 and hit is not None:
                route = route_table(doc, claims, lex).get(
                    (frozenset(map(id, ms)), frozenset(map(id, ws))), "?")
                n = len(hit) - 1
                where = "total before" if ws[0].location.start < ms[0].location.start else "after"
                same = sum(sentence_of(doc, c) == sentence_of(doc, ms[0]) for c in claims
                           if id(c) in hit and c is not ws[0])
                there = "whole in its sentence" if sentence_of(doc, ws[0]) == sentence_of(
                    doc, ms[0]) else "whole told before"
                counts[f"planted | one member read | {route.split(' (')[0]} | {where} | "
                       f"{there} | {same} of {n} planted parts in its sentence"] += 1
                if route.startswith("find_partitives"):
                    counts[f"planted | one member read | partitive | "
                           f"{_partitive_trace(doc, claims, ms[0], ws[0], hit, lex)}"] += 1
        singles: dict[tuple[int, tuple[int, int]], list] = {}
        for ms, ws in rel.parts:
            if len(ms) == 1 and len(ws) == 1:
                singles.setdefault((id(ws[0]), sentence_of(doc, ms[0])), []).append((ms[0], ws))
        for group in singles.values():
            if len({id(m) for m, _ in group}) >= 2:
                ms = tuple(sorted({id(m): m for m, _ in group}.values(),
                                  key=lambda c: c.location.start))
                lists.append((ms, group[0][1]))
        routes: dict[tuple[frozenset[int], frozenset[int]], str] | None = None
        for ms, ws in lists:
            whole = sum((arith(w.quantity) for w in ws[1:]), arith(ws[0].quantity))
            made = sum((arith(m.quantity) for m in ms[1:]), arith(ms[0].quantity))
            ids = {id(c) for c in (*ms, *ws)}
            plant = any(len(ids & p) >= 2 for p in planted.get(name, []))
            other = any(len(ids & p) >= 2 for p in found_plants.get(name, []))
            if routes is None:
                routes = route_table(doc, claims, lex)
            route = routes.get((frozenset(map(id, ms)), frozenset(map(id, ws))), "singles")
            if made.high >= whole.low:  # it reaches the whole: no rule of this kind finds it
                who = "planted" if plant else "another plant" if other else "other"
                counts[f"{who} | reaches the whole | {route.split(' (')[0]}"] += 1
                continue
            who = "planted" if plant else "another plant" if other else "other"
            counts[f"{who} | {route}"] += 1
            for tag in _evidence(doc, ms, ws[0], lex):
                counts[f"{who} | evidence | {tag}"] += 1
            tags = _evidence(doc, ms, ws[0], lex)
            key = "+".join(t for t in tags if t in ("complements", "negation", "rest", "slip"))
            band = next((t for t in tags if t.startswith("sum ")), "sum ?")
            form = route.split(" (")[1].split(")")[0] if " (" in route else route
            counts[f"{who} | shape | {key or 'none'} | {band} | {len(ms)} items | {form}"] += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind", type=int)
    args = ap.parse_args()
    counts = tally(args.blind, classify)
    for k in sorted(counts):
        print(f"{counts[k]:5d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
