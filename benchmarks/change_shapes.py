"""Percent-change items by structural class: is the stated change read, are its two
levels found, in which sentences and in which order.

    python benchmarks/change_shapes.py --blind 4      # counts only (classes of the code)
    python benchmarks/change_shapes.py                # development sets

Every class is a class of the code (kinds, sentence distances, which relation holds),
never a word of the copy, so a held-out batch can be scored blind.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from claim_funnel import _context, analyse
from stories import run_numcheck, score_findings
from stories_gold import STORIES, load_set, span, story_sets

from numcheck.checkers._compare import between, compiled, sentence_of
from numcheck.checkers._levels import LevelCues
from numcheck.checkers._relations import lexicon, related


def _shape(articles: Any, golds: Sequence[Any]) -> str:
    """The class of one item: the stated figure's kind, where its levels stand, and
    which relation of the checker holds them."""
    claims = [articles[g.path].claim_at(g) if g.path in articles else None for g in golds]
    step, levels = claims[0], claims[1:]
    if step is None:
        return "step unparsed"
    if len(levels) < 2:
        return f"{step.quantity.kind.value} | {len(levels)} related"
    if any(c is None for c in levels):
        return f"{step.quantity.kind.value} | a level unparsed"
    paths = {g.path for g in golds}
    if len(paths) > 1:
        return f"{step.quantity.kind.value} | levels in another article"
    article = articles[golds[0].path]
    doc = article.document
    _, rel = related(doc, article.claims, _context())
    sents = sorted({sentence_of(doc, c) for c in claims if c is not None})
    where = "one sentence" if len(sents) == 1 else f"{len(sents)} sentences"
    if len(sents) > 1:
        own = sentence_of(doc, step)
        lv = {sentence_of(doc, c) for c in levels if c is not None}
        where += " (levels together" if len(lv) == 1 else " (levels apart"
        where += (", step first)" if own < min(lv) else ", step after)" if own > max(lv)
                  else ", step between)")
        if len(sents) == 2:
            a = min((c for c in levels if c is not None), key=lambda c: c.location.start)
            mate = "first" if sentence_of(doc, a) == own else "second"
            later = "later" if own == sents[-1] else "earlier"
            where += f" [step with the {mate} level, in the {later} sentence]"
            lead = doc.prose[own[0] : step.location.start].lower().split()
            other = next(c for c in levels if c is not None and sentence_of(doc, c) != own)
            theirs = doc.prose[sentence_of(doc, other)[0] : other.location.start].lower().split()
            mine = next(c for c in levels if c is not None and sentence_of(doc, c) == own)
            marked = doc.prose[max(0, mine.location.start - 12) : mine.location.start].lower()
            where += " {first word " + ("shared" if lead[:1] and lead[:1] == theirs[:1] else
                                         "not shared") + ", mate after from" * (" from " in
                                         f" {marked} ") + "}"
        where += " across paragraphs" if "\n\n" in doc.prose[sents[0][1] : sents[-1][0]] else ""
    ids = {id(c) for c in levels}
    in_from_to = any({id(o), id(n)} == ids for o, n, _ in rel.from_to)
    in_steps = any({id(o), id(n)} == ids and s is step for o, n, s, _ in rel.steps)
    step_bound = any(s is step for _, _, s, _ in rel.steps)
    how = ("tied as a step" if in_steps else "step tied elsewhere" if step_bound
           else "levels paired" if in_from_to else "levels unpaired")
    if how == "levels unpaired" and len(sents) == 1:
        how += _why_unpaired(doc, article.claims, step, levels)
    return f"{step.quantity.kind.value} | {where} | {how}"


def _why_unpaired(doc: Any, claims: Sequence[Any], step: Any, levels: Sequence[Any]) -> str:
    """Order of step and levels, figures between the levels, likeness, gap length."""
    from numcheck.checkers._level_forms import alike, elided

    a, b = sorted(levels, key=lambda c: c.location.start)
    marks = [(step.location.start, "S"), (a.location.start, "L"), (b.location.start, "L")]
    order = "".join(x for _, x in sorted(marks))
    inner = sum(1 for c in claims if a.location.end <= c.location.start < b.location.start
                and c is not step)
    kinds = f"{a.quantity.kind.value}/{b.quantity.kind.value}"
    same = "alike" if alike(a, b) or elided(a, b) else f"unlike {kinds}"
    gap = b.location.start - a.location.end
    firsts = sorted([step, a, b], key=lambda c: c.location.start)
    sig = " / ".join(_signature(between(doc, x, y)) for x, y in pairwise(firsts))
    far = ">80" if gap > 80 else "<=80"
    runs = _runs_on(doc, step, a, b, cues_of()) if order == "LSL" else ""
    return f" [{order}, {inner} other between, {same}, gap {far}: {sig}]{runs}"


def cues_of() -> Any:
    return compiled(LevelCues, lexicon(_context()))


_PREPOSITIONS = frozenset(("in", "at", "on", "from", "over", "with", "by", "for", "of", "to",
                           "after", "before", "since", "across", "among", "within", "during",
                           "under"))


def _word_class(word: str) -> str:
    """A word by its class (never the word): determiner, preposition, participle,
    superlative, conjunction, figure, other."""
    from numcheck.checkers._clause_times import _OPENERS

    if any(ch.isdigit() for ch in word):
        return "N"
    if word in _OPENERS:
        return "D"
    if word in _PREPOSITIONS:
        return "P"
    if word in ("and", "or", "but", "while", "as", "which", "who", "when"):
        return "C"
    if word in ("most", "least") or word.endswith("est"):
        return "EST"
    if word.endswith("er") and len(word) > 4:
        return "ER"  # a comparative form ("longer", "heavier")
    return "ING" if word.endswith("ing") else "ED" if word.endswith("ed") else "w"


def _runs_on(doc: Any, step: Any, a: Any, b: Any, cues: Any) -> str:
    """For a step between its levels: is the first level's clause read (short, set off,
    or refused: why) and is the frame after the step read; each aside's first word by
    its class (counts only)."""
    from numcheck.checkers._clause_times import clause_set_off
    from numcheck.checkers._levels import _framed

    g1, g2 = between(doc, a, step), between(doc, step, b)
    frame = "frame read" if _framed(g1, g2, step, cues) is not None else (
        "frame unread: " + " ".join(_word_class(w) for w in g2.split()[:2]))
    masked = " ".join("n" if any(ch.isdigit() for ch in w) else w for w in g1.split())
    if len(g1.split()) <= 4:
        clause = "short"
    elif clause_set_off(masked, cues):
        clause = "set off" + (" (a figure inside)" if masked != g1 else "")
    else:
        parts = masked.split(",")
        openers = [_word_class(p.split()[0]) if p.split() else "-" for p in parts[1:]]
        clause = f"refused: {len(parts) - 1} commas, openers {'/'.join(openers) or '-'}, " \
                 f"{len(parts[0].split())} words before"
    return f" {{clause {clause}; {frame}}}"


_DETS = frozenset({"the", "a", "an", "its", "their", "this", "that", "last", "year"})


def _signature(gap: str) -> str:
    """Each word of a gap by the lexicon table that holds it (a class, never the word)."""
    cues = compiled(LevelCues, lexicon(_context()))
    out = []
    tables = [("from", set(cues.from_words)), ("to", set(cues.to_words)), ("UP", cues.up),
              ("DOWN", cues.down), ("AGAINST", cues.against), ("LINK", cues.step_links),
              ("REF", cues.references), ("CMP", {c.split()[0] for c in cues.comparatives}),
              ("BACK", {c.split()[0] for c in cues.back}), ("D", _DETS)]
    for tok in gap.replace(",", " , ").split():
        name = next((n for n, t in tables if tok in t), None)
        year = tok[:2] in ("19", "20") and tok[:4].isdigit()
        owner = tok.endswith(("'s", "’s", "s'", "s’"))  # a possessive ("friday's")
        out.append("," if tok == "," else name or ("Y" if year else "POS" if owner else "w"))
    return " ".join(out) or "-"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH")
    args = ap.parse_args(argv)
    base = STORIES / "holdout" if args.blind is not None else STORIES
    dirs = [d for d in story_sets(base)
            if args.blind is None or load_set(d).batch == args.blind]
    counts: Counter[str] = Counter()
    for directory in dirs:
        try:
            story = load_set(directory)
            articles = analyse(directory)
            score = score_findings(story, run_numcheck([directory.resolve()], fresh_process=False,
                                                       plugins=False), directory)
            for p in story.planted:
                if p["family"] != "percent-change":
                    continue
                golds = [span(p), *map(span, p.get("related", []))]
                found = "found" if score.found[p["id"]] else "missed"
                counts[f"{found}: {_shape(articles, golds)}"] += 1
        except Exception as exc:  # never a traceback from a held-out path
            counts[f"error {type(exc).__name__}"] += 1
    for k, v in sorted(counts.items()):
        print(f"{v:4d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
