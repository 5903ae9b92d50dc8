"""Where components-total and percent-of items are lost, by structural class (counts only).

    python benchmarks/parts_shapes.py --blind 4
    python benchmarks/parts_shapes.py            # development sets

Each planted item of the two families is counted by classes from the code: found or not,
how far its figures lie apart (one sentence, adjacent sentences, one block, apart, two
articles), the quantity kinds, how many figures, whether every figure is parsed, and what
the finding rules of the family did in that article (none at all, on other figures, on the
plant but not its related figures). Never a word of the copy; any failure prints a class.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from claim_funnel import analyse
from stories import run_numcheck, score_findings
from stories_gold import load_set, span, tally

FAMILIES = {"components-total": {"NC202"}, "percent-of": {"NC203", "NC205"}}


def _sentence(sentences: tuple[tuple[int, int], ...], offset: int) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= offset < b:
            return i
    return -1


def _gap(text: str) -> str:
    """The class of the text between two figures: its marks, else words (how many)."""
    marks = "".join(m for m in ":;()," if m in text)
    if any(d in text for d in (" - ", "—", "–")):
        marks += "D"
    n = len(text.split())
    low = f" {text.lower()} "
    tables = [t for t, ws in CUES.items() if any(f" {w} " in low for w in ws)]
    return f"[{marks or '_'}{min(n, 9)}{'/' + '+'.join(tables) if tables else ''}]"


def _shape(article: object, claims: list) -> str:
    """Kinds of the item's figures in text order, the largest marked T, the gaps between
    consecutive ones classed by marks and cue tables, other figures between them as +N."""
    doc = article.document  # type: ignore[attr-defined]
    allc = sorted(article.claims, key=lambda c: c.location.start)  # type: ignore[attr-defined]
    cs = sorted(claims, key=lambda c: c.location.start)
    big = max(cs, key=lambda c: c.quantity.hard.high)
    out = []
    for i, c in enumerate(cs):
        tag = ("T" if c is big else "") + c.quantity.kind.value[:3]
        out.append(tag)
        if i + 1 < len(cs):
            nxt = cs[i + 1]
            inner = [x for x in allc if c.location.end <= x.location.start < nxt.location.start]
            extra = f"+{len(inner)}" if inner else ""
            out.append(_gap(doc.prose[c.location.end:nxt.location.start]) + extra)
    return " ".join(out)


def _colon_why(article: object, claims: list) -> str:
    """For a total then a colon list in one sentence: which test of
    ``_sums._colon_clause`` it fails (classes of the code only)."""
    from numcheck.checkers import _sums
    from numcheck.checkers._compare import squash
    from numcheck.checkers._relations import sum_cues
    from numcheck.checkers._sum_clauses import counted_as
    from numcheck.lexicon import Lexicon
    doc = article.document  # type: ignore[attr-defined]
    cs = sorted(claims, key=lambda c: c.location.start)
    total, first = cs[0], cs[1]
    gap = doc.prose[total.location.end:first.location.start]
    if ":" not in gap:
        return ""
    lex = Lexicon.default()
    cues = sum_cues(lex["checkers"], lex["measures"])
    start = doc.prose.rfind(":", total.location.end, first.location.start)
    here = _sentence(doc.sentences, total.location.start)
    sent = [c for c in article.claims  # type: ignore[attr-defined]
            if _sentence(doc.sentences, c.location.start) == here]
    sent.sort(key=lambda c: c.location.start)
    if first not in sent:
        return "list in another sentence"
    k = sent.index(first)
    members = _sums.list_run(doc, sent, k, 1, cues)
    before = sent[:k]
    stretch = doc.prose[total.location.end:start]
    out = []
    if len(members) < 3:
        out.append(f"run of {len(members)}")
    if before[-1] is not total:
        out.append("total not last before")
    if any(m in stretch for m in ",;()—–[]"):
        out.append("mark in stretch")
    if set(squash(stretch).split()) & cues.clause_breaks:
        out.append("clause break word")
    if any(counted_as(members[0], c) for c in before[:-1]):
        out.append("other figure of kind before")
    if not all(counted_as(m, total) for m in members):
        out.append("not counted_as")
    if not all(cues.counts(doc, m, total, True) for m in members):
        out.append("counts fails")
    return ", ".join(out) or "passes"


def _column_why(article: object, claims: list) -> str:
    """For a column of rows: where the total row is, whether its label or any label holds
    a word of ``[sums] total_rows`` / ``nested_rows``, whether the rows are consecutive."""
    from numcheck.checkers import _tables
    from numcheck.checkers._relations import sum_cues
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    cues = sum_cues(lex["checkers"], lex["measures"])
    doc = article.document  # type: ignore[attr-defined]
    rows = doc.rows
    cs = sorted(claims, key=lambda c: c.location.start)
    big = max(cs, key=lambda c: c.quantity.hard.high)
    idx = [rows.at(c.location.start) for c in cs]
    pos = cs.index(big)
    where = "first" if pos == 0 else "last" if pos == len(cs) - 1 else "middle"
    labels = [_tables._label(doc, rows[i], c) for i, c in zip(idx, cs, strict=True)]
    tot = any(f" {w} " in labels[pos] for w in cues.total_rows)
    nested = any(f" {w} " in lab for lab in labels for w in cues.nested_rows)
    consecutive = all(b == a + 1 for a, b in itertools.pairwise(idx))
    cells = {_tables._cell(rows[i], c.location.start) for i, c in zip(idx, cs, strict=True)}
    kinds = sorted({c.quantity.kind.value for c in cs})
    multi = sum(1 for i in idx for c in article.claims  # type: ignore[attr-defined]
                if rows.at(c.location.start) == i) - len(cs)
    return (f"total {where}, total label {tot}, nested {nested}, consecutive {consecutive}, "
            f"cells {len(cells)}, kinds {kinds}, other figures in rows {min(multi, 9)}")


def _cues() -> dict[str, list[str]]:
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    sums = lex["checkers"].get("sums", {})
    return {k: list(sums.get(k, ())) for k in ("openers", "total_before", "total_after",
                                                 "increments", "pointers")}


CUES: dict[str, list[str]] = {}


def classify(directory: Path, counts: Counter[str]) -> None:
    story = load_set(directory)
    arts = analyse(directory)
    raw = run_numcheck([directory.resolve()], fresh_process=False, plugins=False)
    score = score_findings(story, raw, directory)
    for plant in story.planted:
        fam = plant["family"]
        if fam not in FAMILIES:
            continue
        found = "found" if score.found[plant["id"]] else "missed"
        golds = [span(plant), *map(span, plant.get("related", []))]
        claims = [arts[g.path].claim_at(g) if g.path in arts else None for g in golds]
        key = f"{fam} | {found}"
        counts[key] += 1
        if None in claims:
            counts[f"{key} | a figure not parsed"] += 1
            continue
        paths = {g.path for g in golds}
        if len(paths) > 1:
            layout = "two articles"
        else:
            doc = arts[golds[0].path].document
            sents = {_sentence(doc.sentences, c.location.start) for c in claims if c}
            spread = max(sents) - min(sents)
            layout = ("one sentence" if spread == 0 else "adjacent sentences" if spread == 1
                      else "2-3 sentences apart" if spread <= 3 else "further apart")
        counts[f"{key} | layout: {layout}"] += 1
        if len(paths) == 1:
            try:
                doc = arts[golds[0].path].document
                at = {doc.rows.at(c.location.start) for c in claims if c}
                tab = {doc.rows[a].is_table for a in at if a >= 0}
                if at != {-1}:
                    where = ("one row" if len(at) == 1 else f"{len(at)} rows") + (
                        " (some outside rows)" if -1 in at else "")
                    counts[f"{key} | rows: {where}, table={sorted(tab)}"] += 1
                    if found == "missed" and len(at) > 2 and -1 not in at:
                        counts[f"{key} | column: {_column_why(arts[golds[0].path], claims)}"] += 1
            except Exception as e:  # never a traceback from a held-out path
                counts[f"{key} | rows error {type(e).__name__}"] += 1
        if found == "missed" and len(paths) == 1:
            try:
                counts[f"{key} | shape: {_shape(arts[golds[0].path], claims)}"] += 1
                why = _colon_why(arts[golds[0].path], claims)
                if why:
                    counts[f"{key} | colon: {why}"] += 1
            except Exception as e:  # never a traceback from a held-out path
                counts[f"{key} | shape error {type(e).__name__}"] += 1
        counts[f"{key} | figures: {min(len(golds), 6)}"] += 1
        kinds = "+".join(sorted({c.quantity.kind.value for c in claims if c}))
        counts[f"{key} | kinds: {kinds}"] += 1
        if found == "missed":
            rules = FAMILIES[fam]
            here = [f for f in raw if f.get("rule") in rules and any(
                f.get("path", "").endswith(g.path) for g in golds)]
            prim = golds[0]
            on = [f for f in here if f.get("line") == prim.line or any(
                r.get("line") == prim.line for r in f.get("related", []))]
            state = ("no finding of the rules in the article" if not here else
                     "findings of the rules on other lines" if not on else
                     "a finding on the plant's line, not matched")
            counts[f"{key} | {state}"] += 1
            other = {f.get("rule") for f in raw if any(
                f.get("path", "").endswith(g.path) and f.get("line") == g.line for g in golds)
                and f.get("severity") in ("warning", "error")} - rules
            if other:
                said = ",".join(sorted(map(str, other)))
                counts[f"{key} | other rules on its lines: {said}"] += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind", type=int)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    try:
        CUES.update(_cues())
    except Exception as e:
        counts[f"cues error {type(e).__name__}"] += 1
    tally(args.blind, classify, counts)
    for k in sorted(counts):
        print(f"{counts[k]:5d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
