"""Unit-conversion and day-count items by structural class (counts only).

    python benchmarks/near_shapes.py --blind 4      # counts only (classes of the code)
    python benchmarks/near_shapes.py                # development sets

Unit conversion: how each figure parsed (kind, unit code), how many figures stand
between the two, the written form of the gap by punctuation class (bracket, dash,
comma, words, glued), and whether ``_relations`` pairs them as a conversion. Day
count: how the counted figure parsed (ordinal, numbered, duration, another kind, not
read), whether the article's date is known, whether a start is found for its sentence,
whether a weekday stands in it. Every class is a class of the code, never a word of
the copy, so a held-out batch can be scored blind; any failure prints a class.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from claim_funnel import _context, analyse
from stories import run_numcheck, score_findings
from stories_gold import load_set, span, tally

FAMILIES = ("unit-conversion", "day-count")
_MONTHS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                     "dec"))


def _form(gap: str) -> str:
    """The gap between two figures by punctuation class, never its words."""
    g = gap.strip()
    if not g:
        return "glued" if not gap else "space"
    marks = "".join(ch for ch in g if not ch.isalnum() and not ch.isspace())
    n = len(g.replace(",", " ").replace("(", " ").split())
    return f"marks[{marks or '-'}] words {min(n, 4)}{'+' if n > 4 else ''}"


def _conversion(articles: Any, golds: Sequence[Any]) -> str:
    from numcheck.checkers._compare import between, sentence_of
    from numcheck.checkers._relations import _convertible, related

    paths = {g.path for g in golds}
    if len(golds) < 2:
        return "one span"
    if len(paths) > 1:
        return "figures in two articles"
    art = articles.get(golds[0].path)
    if art is None:
        return "no article"
    claims = [art.claim_at(g) for g in golds]
    if claims[0] is None:
        return "restated unparsed"
    if any(c is None for c in claims[1:]):
        return "stated unparsed"
    doc = art.document
    a, b = sorted(claims[:2], key=lambda c: c.location.start)  # type: ignore[union-attr]
    qa, qb = a.quantity, b.quantity
    kinds = f"{qa.kind.value}[{qa.unit or '-'}]/{qb.kind.value}[{qb.unit or '-'}]"
    extra = " +rate" if len(claims) > 2 else ""
    if sentence_of(doc, a) != sentence_of(doc, b):
        return f"{kinds}{extra} | two sentences"
    inner = sum(1 for c in art.claims if a.location.end <= c.location.start < b.location.start)
    rel = related(doc, art.claims, _context())[1]
    paired = any({id(x), id(y)} == {id(a), id(b)} for x, y in rel.conversions)
    how = "paired" if paired else (
        "convertible, link refused" if _convertible(a, b) else "not convertible")
    return (f"{kinds}{extra} | {inner} between | {_form(between(doc, a, b))} | {how}"
            + (_gap(doc, art.claims, a, b) if paired else ""))


def _gap(doc: Any, claims: Any, a: Any, b: Any) -> str:
    """A paired conversion's restated bound and how far it lies from the conversion
    (money: at the nearest stated rate), in buckets; classes only."""
    from numcheck.checkers._arith import compared_hard, convert
    from numcheck.checkers._rates import at_rates, short_currency, stated_rates
    from numcheck.quantity import Kind

    q, r = a.quantity, b.quantity
    unit = q.unit or short_currency(a, claims)
    if q.value is None or r.value is None or not unit or not r.unit:
        return " [no value]"
    if r.kind is Kind.MONEY:
        rates = stated_rates(doc, claims, lexicon_all())
        got = at_rates(doc, rates, a, unit, r.unit)
        where = f"{len(rates)} rates"
        values = [(g.low + g.high) / 2 for g in got]
    else:
        where = "units"
        v = convert(q.value, unit, r.unit)
        values = [] if v is None else [v]
    if not values:
        return f" [{r.bound.value}; {where}; none applies]"
    off = min(abs(v - r.value) / abs(r.value) for v in values) if r.value else 0.0
    hard = compared_hard(r)
    width = (hard.high - hard.low) / 2 / abs(r.value) if r.value else 0.0
    bucket = next(f"<{x}%" for x in (1, 2, 5, 10, 20, 50, 1000) if off * 100 < x)
    wb = next(f"<{x}%" for x in (1, 2, 5, 10, 20, 50, 1000) if width * 100 < x)
    return f" [{r.bound.value}; {where}; off {bucket}; allowed {wb}]"


def lexicon_all() -> Any:
    from numcheck.checkers._compare import lexicon
    return lexicon(_context())


def _day(articles: Any, gold: Any) -> str:
    from numcheck.checkers import days
    from numcheck.checkers._compare import compiled, lexicon, sentence_of
    from numcheck.checkers._day_units import numbered
    from numcheck.checkers._day_words import SentenceWords
    from numcheck.checkers._starts import Cues, StartIndex, find_starts
    from numcheck.quantity import Kind

    art = articles.get(gold.path)
    if art is None:
        return "no article"
    claim = art.claim_at(gold)
    doc = art.document
    if claim is None:
        return "count unparsed"
    ctx = _context()
    lex = lexicon(ctx).get("days", {})
    cues = compiled(Cues, lex, lexicon(ctx, "measures").get("incidents", {}).get("nouns", {}))
    kind = claim.quantity.kind
    if kind is Kind.ORDINAL:
        read = "ordinal"
    elif numbered(doc, claim, lex) is not None:
        read = "numbered"
    elif kind is Kind.DURATION:
        read = f"duration[{claim.quantity.unit or '-'}]"
    else:
        read = f"other {kind.value}"
    dated = "dated" if (doc.metadata.date or claim.date) else "undated"
    found = find_starts(doc, art.claims, cues, doc.metadata.date)
    fallback = ""
    if not found:  # as days.py: the counted event's own verbs, its frame, its own clause
        from numcheck.checkers._day_kin import kin_starts

        counts = [c for c in art.claims if c.quantity.kind in (Kind.ORDINAL, Kind.DURATION)
                  or numbered(doc, c, lex) is not None]
        pasts = lexicon(ctx, "alignment").get("aspect", {}).get("past", ())
        found = kin_starts(doc, art.claims, counts, cues, doc.metadata.date, lex, pasts)
        fallback = "fallback " if found else ""
    origin = StartIndex(found).choose(sentence_of(doc, claim))
    own = sum(1 for s in found if s.sentence == sentence_of(doc, claim))
    start = "no start" if origin is None else (
        "start in sentence" if origin.sentence == sentence_of(doc, claim) else "start elsewhere")
    sw = SentenceWords(doc, cues.names, [s.span for s in found])
    wd = "weekday" if days._weekday(sw, claim) is not None else "no weekday"
    out = f"{read} | {dated} | {fallback}{start} ({len(found)} starts, {own} own) | {wd}"
    return out + (_unstarted(doc, art.claims, claim, cues) if not found else "")


def _unstarted(doc: Any, claims: Any, count: Any, cues: Any) -> str:
    """With no start found: the days the article writes outside the count's sentence
    (dates, weekdays) and what stands before each ("-ed" verb, another word before
    "on", none), and other day counts; classes only."""

    from numcheck.checkers._compare import sentence_of
    from numcheck.quantity import Kind

    own = sentence_of(doc, count)
    spans = [(c.location.start, "date") for c in claims
             if c.quantity.kind is Kind.DATE and sentence_of(doc, c) != own]
    if cues.weekday is not None:
        spans += [(m.start(), "wd") for m in cues.weekday.finditer(doc.prose)
                  if not own[0] <= m.start() < own[1]]
    kinds: Counter[str] = Counter()
    for at, what in spans:
        lead = doc.prose[max(0, at - 60):at].lower().split()[-7:]
        on = lead[-1:] == ["on"]
        past = any(w.endswith("ed") for w in lead[:-1])
        kinds[f"{what}:{'on' if on else 'no-on'}{'+ed' if past else ''}"] += 1
    others = sum(1 for c in claims if c.quantity.kind is Kind.ORDINAL and c is not count)
    where = "headline" if count.scope.value == "headline" else "body"
    return (f" [{where}; " + ", ".join(f"{k}x{min(v, 3)}" for k, v in sorted(kinds.items()))
            + f"; {min(others, 3)} other ordinals]" + _verbs(doc, count, spans))


def _verbs(doc: Any, count: Any, spans: Sequence[tuple[int, str]]) -> str:
    """With no start found: the frames the count's sentence names (their names, from
    the lexicon) and, for each day written after "on" in another sentence, the class of
    the verb nearest before it in its clause: a lexicon onset, a verb of a named frame, of
    another frame, a past in -ed, a lexicon past cue, none; classes only."""
    import re as _re

    from numcheck.checkers._compare import lexicon as _lex
    from numcheck.checkers._compare import words as _words
    from numcheck.checkers._day_frames import around

    lex = _lex(_context()).get("days", {})
    frames = {str(f.get("name")): f for f in lex.get("frames", ())}
    near = " " + " ".join(_re.findall(r"[a-z][a-z-]*", around(doc, count).lower())) + " "
    named = sorted(n for n, f in frames.items()
                   if any(f" {w} " in near for w in _words(f.get("nouns", ()))))
    onsets = set(_words(lex.get("onset_verbs", ())))
    pasts = set(_words(lex.get("past_cues", ())))
    classes: Counter[str] = Counter()
    for at, _what in spans:
        lead = doc.prose[max(0, at - 90):at]
        cut = max(lead.rfind(m) for m in ".;:!?")
        clause = lead[cut + 1:].lower().split()
        if clause[-1:] != ["on"]:
            continue
        text = " " + " ".join(w.strip(",()\"'") for w in clause[:-1]) + " "
        if any(f" {v} " in text for v in onsets):
            cls = "onset"
        elif any(f" {v} " in text for n in named for v in _words(frames[n].get("verbs", ()))):
            cls = "frame-named"
        elif any(f" {v} " in text for f in frames.values() for v in _words(f.get("verbs", ()))):
            cls = "frame-other"
        elif any(w.endswith("ed") for w in text.split()):
            cls = "past-ed"
        elif any(f" {v} " in text for v in pasts):
            cls = "past-cue"
        else:
            cls = "none"
        classes[cls] += 1
    fronted = _fronted_classes(doc, count, lex, frames, named)
    return (" {frames " + ("+".join(named) or "-") + "; fronted " + fronted + "; on-days "
            + (", ".join(f"{k}x{min(v, 3)}" for k, v in sorted(classes.items())) or "-") + "}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH")
    ap.add_argument("--family", choices=FAMILIES)
    args = ap.parse_args(argv)

    def classify(directory: Path, counts: Counter[str]) -> None:
        story = load_set(directory)
        wanted = [p for p in story.planted if p["family"] in FAMILIES
                  and (args.family is None or p["family"] == args.family)]
        if not wanted:
            return
        articles = analyse(directory)
        score = score_findings(story, run_numcheck([directory.resolve()], fresh_process=False,
                                                   plugins=False), directory)
        for p in wanted:
            found = "found" if score.found[p["id"]] else "missed"
            golds = [span(p), *map(span, p.get("related", []))]
            try:
                shape = (_conversion(articles, golds) if p["family"] == "unit-conversion"
                         else _day(articles, golds[0]))
            except Exception as exc:  # never a traceback from a held-out path
                import traceback

                last = traceback.extract_tb(exc.__traceback__)[-1]  # a code place, no copy
                shape = f"error {type(exc).__name__} at {Path(last.filename).name}:{last.lineno}"
            counts[f"{p['family']} {found}: {shape}"] += 1

    for k, v in sorted(tally(args.blind, classify).items()):
        print(f"{v:4d}  {k}")
    return 0



def _fronted_classes(doc: Any, count: Any, lex: Any, frames: Any, named: Any) -> str:
    """Sentences that open with a day ("On Monday, ..."), by what follows the day: an
    onset or frame verb within the gap, a word of speech or the future first, a break
    first, a past in -ed, a lexicon past cue, nothing known; and whether that sentence
    holds the count; classes only."""
    from numcheck.checkers._compare import words as _words
    from numcheck.checkers._day_fronted import _AFTER_DAY, _BREAK, _LEAD

    verbs = set(_words(lex.get("onset_verbs", ())))
    verbs |= {v for f in frames.values() for v in _words(f.get("verbs", ()))}
    refused = set(_words(lex.get("clause_not_onsets", ())))
    refused |= set(_words(lex.get("future_cues", ())))
    pasts = set(_words(lex.get("past_cues", ())))
    names = tuple(w.lower() for w in lex.get("weekdays", ()))
    out: Counter[str] = Counter()
    for lo, hi in doc.sentences:
        lead = _LEAD.match(doc.prose, lo, hi)
        if lead is None:
            continue
        rest = doc.prose[lead.end():hi]
        first = rest.split()[:1]
        if not first or not (first[0].lower().strip(",") in names or first[0][:1].isdigit()
                             or first[0][:3].lower() in _MONTHS):
            continue
        after = _AFTER_DAY.match(doc.prose, lead.end() + len(first[0]), hi)
        at = after.end() if after is not None else lead.end()
        tail = doc.prose[at:min(hi, at + 120)]
        stop = _BREAK.search(tail)
        clause = (tail[:stop.start()] if stop else tail).lower().split()[:8]
        own = "own" if count.sentence == (lo, hi) else "other"
        cls = "nothing known"
        for i, w in enumerate(clause):
            sofar = " " + " ".join(clause[:i + 1]) + " "
            if w in refused:
                cls = "speech/future first"
                break
            if any(sofar.endswith(f" {v} ") for v in verbs):
                cls = "onset/frame verb"
                break
            if w.endswith("ed"):
                cls = "past -ed"
                break
            if w in pasts:
                cls = "past cue"
                break
        out[f"{own}:{cls}"] += 1
    return ", ".join(f"{k}x{min(v, 3)}" for k, v in sorted(out.items())) or "-"


if __name__ == "__main__":
    sys.exit(main())
