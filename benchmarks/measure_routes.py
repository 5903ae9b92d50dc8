"""Count the figures whose claim names nothing they measure, by syntactic route.

    python benchmarks/measure_routes.py            # dev story sets, seeds, unrelated corpus
    python benchmarks/measure_routes.py --samples 5 --corpus unrelated
    python benchmarks/measure_routes.py --cases tests/unit/extract/data/measure_routes.toml

A figure here is a count or a money amount outside boilerplate (years, dates, ordinals
and identifiers are no amounts). Its claim names nothing when its key has neither thing
nor event (printed ``? ?``) and its ``measure`` is empty: drift and the restatement
check can then only meet it with another unnamed figure, or not at all. The route is the
frame the figure stands in, read from the words right around it (a rough reading, for
counting only): a label ("Deaths: 14"), a subject and a copular or change verb ("the
toll stood at 19"), a verb taking the figure as its object ("paid £4m"), a noun phrase
after the figure ("14 stranded hikers"), a partitive ("12 of them"), a preposition
("at the operating level"), ...

Never reads fixtures/stories/holdout/ (``story_sets`` skips it).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories_gold import ROOT, STORIES, story_sets

from numcheck.claims import Claim, Scope
from numcheck.engine import analyse_document, make_parser
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind
from numcheck.readers import read_path

SUFFIXES = (".md", ".txt", ".html", ".htm")
_WORD = r"[A-Za-z][\w'’-]*"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|more|less|fewer|than|over|under|" \
         r"at|least|most|just|an|a|estimated|up|to|only|further|another|well|close)\s+)*"
_LABEL = re.compile(rf"(?:^|\n|[•*\-|])\s*{_WORD}(?:[ /]{_WORD}){{0,4}}\s*[:=–—-]\s*{_HEDGE}$")
_COPULA = re.compile(
    rf"\b(?:is|was|are|were|be|been|stood|stands|stand|reached|reaches|hit|hits|totalled|"
    rf"totaled|totals|topped|rose|fell|climbed|jumped|increased|decreased|dropped|grew|"
    rf"declined|soared|surged|came|remained|remains|amounted|numbered|put|"
    rf"passed|exceeded|neared)\s+(?:at\s+|to\s+|in\s+at\s+)?{_HEDGE}$", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s+of\s+(?:them|those|whom|which|these|the|its|their|our|his|her)\b",
                        re.IGNORECASE)
_NOUN_AFTER = re.compile(rf"^\s+(?:{_WORD}\s+){{0,3}}{_WORD}")
_VERB_AFTER = re.compile(r"^\s+(?:were|was|are|is|had|have|has|died|remain|will|would|"
                         r"could|did|said|of)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"\b[a-z][a-z'-]*(?:ed|s|id|ew|ut|ot|aid)\s+{_HEDGE}$")
_PREP_BEFORE = re.compile(rf"\b(of|for|at|by|with|from|in|on|to|than|between|and|or|"
                          rf"nearly|almost|about)\s+{_HEDGE}$", re.IGNORECASE)


def files(corpus: str) -> list[Path]:
    if corpus == "stories":
        return [p for d in story_sets(STORIES) for p in sorted(d.iterdir())
                if p.suffix in SUFFIXES]
    base = {"seeds": ROOT / "seeds", "unrelated": ROOT / "fixtures" / "unrelated"}[corpus]
    return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in SUFFIXES)


def unnamed(claim: Claim) -> bool:
    key = claim.key
    return key.thing is None and key.event is None and not claim.measure


def route(text: str, claim: Claim) -> str:
    q = claim.quantity
    lo, hi = claim.sentence
    before = text[max(lo, q.start - 80): q.start]
    after = text[q.end: min(hi, q.end + 80)]
    if _LABEL.search(text[max(0, q.start - 60): q.start]):
        return "label"
    if _PARTITIVE.match(after):
        return "partitive"
    if _COPULA.search(before):
        return "subject-verb-figure"
    if _VERB_AFTER.match(after):
        return "figure-then-verb"
    if m := _PREP_BEFORE.search(before):
        return "preposition-figure:" + m.group(1).lower()
    if _VERB_BEFORE.search(before):
        return "verb-object"
    if _NOUN_AFTER.match(after):
        return "figure-noun"
    return "other"


def outcome(case: dict[str, str]) -> bool:
    """Whether one realisation comes out as expected: a planted problem raises a warning
    or an error, an agreeing look-alike raises none."""
    from numcheck.testing import run_checks

    texts = {f"{name}.md": f"---\ndate: 2025-03-04\n---\n\n{case[name]}\n"
             for name in ("a", "b") if name in case}
    found = [f for f in run_checks(texts, builtins=True)
             if str(f.severity) in ("warning", "error")]
    return bool(found) == (case["expect"] == "found")


def score_cases(path: str, *, names: bool = True) -> None:
    import tomllib

    cases = tomllib.loads(Path(path).read_text(encoding="utf-8"))["case"]
    tally: Counter[tuple[str, bool]] = Counter()
    for case in cases:
        ok = outcome(case)
        tally[(case["expect"], ok)] += 1
        if names and not ok:
            print(f"   wrong: {case['id']} ({case['expect']})")
    planted = tally[("found", True)] + tally[("found", False)]
    silent = tally[("silent", True)] + tally[("silent", False)]
    print(f"{path}: found {tally[('found', True)]}/{planted}, "
          f"false alarms {tally[('silent', False)]}/{silent}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", choices=("stories", "seeds", "unrelated"))
    ap.add_argument("--samples", type=int, default=0, help="sentences shown per route")
    ap.add_argument("--cases", help="score a realisations file (planted and silent cases)")
    ap.add_argument("--quiet", action="store_true", help="with --cases: totals only")
    args = ap.parse_args(argv)
    if args.cases:
        score_cases(args.cases, names=not args.quiet)
        return 0
    lexicon = Lexicon.default()
    parse = make_parser(lexicon, 0.0)
    for corpus in args.corpus or ("stories", "seeds", "unrelated"):
        total, bare = Counter[str](), Counter[str]()
        routes: Counter[str] = Counter()
        samples: dict[str, list[str]] = defaultdict(list)
        for path in files(corpus):
            doc = read_path(str(path))
            analysis = analyse_document(doc, parse, lexicon)
            for claim in analysis.claims:
                q = claim.quantity
                if q.kind not in (Kind.COUNT, Kind.MONEY) or claim.scope is Scope.BOILERPLATE:
                    continue
                total[q.kind.value] += 1
                if not unnamed(claim):
                    continue
                bare[q.kind.value] += 1
                name = route(doc.prose, claim)
                routes[name] += 1
                if len(samples[name]) < args.samples:
                    lo, hi = claim.sentence
                    samples[name].append(f"[{q.text}] " + " ".join(doc.prose[lo:hi].split()))
        n, m = sum(total.values()), sum(bare.values())
        print(f"== {corpus}: {m}/{n} figures name nothing ({100 * m / max(n, 1):.1f}%)  "
              + "  ".join(f"{k} {bare[k]}/{total[k]}" for k in sorted(total)))
        for name, count in routes.most_common():
            print(f"   {name:22} {count:5}  {100 * count / max(m, 1):5.1f}%")
            for line in samples[name]:
                print(f"        {line[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
