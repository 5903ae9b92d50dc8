"""Where the story corpus's planted problems and agreeing pairs are lost, stage by stage.

    python benchmarks/claim_funnel.py               # development story sets
    python benchmarks/claim_funnel.py --batch 3 --list named
    python benchmarks/claim_funnel.py --blind 4     # a held-out batch, counts only
    python benchmarks/claim_funnel.py --root DIR    # story sets of your own, laid out as here

A checker can only report two figures it has read as figures, named, and brought
together. For every gold item of a story set (a planted problem with its related
figures, or an agreeing pair) the funnel asks, in order:

- **parsed**: every figure of the item is a quantity the parser read (a claim spans it);
- **named**: every such claim names what it counts: a thing, an event or a measure
  (``? ?`` keys name nothing, so drift and restatement can meet them with nothing);
- **one name**: for items of two figures, the two claims share their thing or event,
  or their measures overlap (the key route can bring them together; the likeness
  route may still meet figures that fail this stage, so the next columns do not
  require it);
- for items of two figures in two articles (source-contradiction, measure-drift,
  agreeing pairs across articles): **paired**, the drift check's claim index brings
  the two claims together (``drift.judged_pairs``), and **judged**, the pair gets a
  warning or error verdict (for an agreeing pair: none);
- **likeness** (not cumulative, beside "paired"): the index pairs the two claims by
  the likeness route (``Pair.met``, drift/meeting.py), the route for figures the key
  route does not align, so a gain of that route shows apart from the key route's;
- **all found**: the planted problem is reported (``benchmarks/stories.py``'s
  scoring), or, for agreeing pairs, no warning or error joins the two.

For the pairs of two articles lost at group, block or window it prints counts by
structural class (``funnel_structure.py``: the key field that differs, the quantity's
kind, days apart, which side's descriptor says words the other's lacks and which lexicon
table they come from, the first gate of the likeness route that keeps them apart, and the
verdict the pair would get were it met), never a word of the copy.

For the pairs of two articles lost at "alignable" it counts, for each figure the index
files under no block, its kind and what its key and measure hold (names nothing, a thing
without an event, a part, a period thing, ...) and whether the other figure is filed.

For the pairs paired but judged none as "a level on two days" (agreeing and planted)
and the planted pairs judged another rule, it counts how each figure is told
(``level_shapes.py``: kind, keyed event, fixed, stands, moment, tense, the frame
``stable.reading`` finds, the lexicon table of the measure's head), never a word.

It also counts the figures of the batch that name nothing, by the syntactic frame
they stand in (``measure_routes.route``). ``--blind N`` prints counts only, for copy a
tuner may score but never read: no set, path, line, sentence or message.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from funnel_structure import relation, structure
from level_shapes import SHAPES as LEVEL_SHAPES
from level_shapes import level_shapes
from measure_routes import route, unnamed
from restated_shapes import LEFT, restated_shapes
from stories import _environment, run_numcheck, score_findings
from stories_gold import ARTICLE_SUFFIXES, FAMILIES, STORIES, GoldSpan, load_set, span, story_sets

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.engine import analyse_document, make_parser
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind
from numcheck.readers import read_path

STAGES = ("items", "parsed", "named", "one name")
REASONS: Counter[str] = Counter()  # restated items in one article: why they do not meet
SHAPES: Counter[str] = Counter()  # measure-drift items: how many figures, in how many articles
MULTI: Counter[str] = Counter()  # those of 3+ figures: the furthest pair stage of the plant
UNNAMED: Counter[str] = Counter()  # figures of items lost at "named": kind, scope, frame
WINDOWS: Counter[str] = Counter()  # pairs of two articles lost at "window": what keeps them
VERDICTS: Counter[str] = Counter()  # paired, not judged right: the verdict they got instead
# pairs of two articles lost at group, block or "window: descriptors", by structural
# class (keys, kinds, which side says words the other lacks, which table they come from)
STRUCTURE: Counter[str] = Counter()
FILING: Counter[str] = Counter()  # pairs of two articles lost at alignable: why
# measure-drift pairs of two articles lost at group or block: how the relation table
# relates their two measures (funnel_structure.relation: classes of the code only)
RELATIONS: Counter[str] = Counter()
KEYED = ("story", "alignable", "group", "block", "place", "window")
CHAIN = (*STAGES, "across", *KEYED, "paired", "judged", "all found")  # cumulative
LIKENESS = "likeness"  # paired by the likeness route: a count beside the chain
COLUMNS = (*CHAIN[:CHAIN.index("paired") + 1], LIKENESS, *CHAIN[CHAIN.index("judged"):])
PAIR = "agreeing pair"
PAIRED = frozenset({"source-contradiction", "measure-drift", PAIR})
WARNS = frozenset({"NC401", "NC402", "NC403"})


@dataclass
class Article:
    document: Document
    claims: tuple[Claim, ...]

    @property
    def prose(self) -> str:
        return self.document.prose

    def claim_at(self, gold: GoldSpan) -> Claim | None:
        """The claim whose figure overlaps the gold span (on its line)."""
        for claim in self.claims:
            loc = claim.location
            if loc.line <= gold.line <= loc.end_line:
                start = loc.column if loc.line == gold.line else 0
                end = loc.end_column if loc.end_line == gold.line else 10**9
                if start < gold.end_column and gold.column < end:
                    return claim
        return None


def _names(claim: Claim) -> set[str]:
    key = claim.key
    return {n for n in (key.thing, key.event) if n} | set(claim.measure)


def stages(figures: Sequence[Claim | None]) -> list[str]:
    """The stages one gold item passes, in order, stopping at the first it fails."""
    passed = ["items"]
    if any(c is None for c in figures):
        return passed
    passed.append("parsed")
    claims = [c for c in figures if c is not None]
    if any(unnamed(c) for c in claims):
        return passed
    passed.append("named")
    if len(claims) == 2 and not _names(claims[0]) & _names(claims[1]):
        return passed
    passed.append("one name")
    return passed


Spot = tuple[str, int]  # a claim's path and start offset


def _spot(claim: Claim) -> Spot:
    return claim.location.path, claim.location.start


def pair_stages(figures: Sequence[Claim | None], index: Keys, planted: bool,
                count: bool = True, relations: str = "") -> list[str]:
    """Where two figures of two articles are kept apart on the key route (one story
    set, both filed by the claim index, one group, one block or two the index links (a
    composite and its part, sibling measures), one place, one window: cumulative, as the
    index itself decides: ``ClaimIndex.kept``), whether the claim index pairs them (by
    key or by likeness) and how the pair is judged (an agreeing pair passes "judged"
    when no warning or error comes of it)."""
    if len(figures) != 2 or any(c is None for c in figures):
        return []
    a, b = (c for c in figures if c is not None)
    if a.location.path == b.location.path:
        return []
    passed = ["across"]
    for stage in KEYED:
        if not index.same(stage, a, b):
            side = "planted" if planted else "agreeing"
            if stage == "window" and count:
                WINDOWS[f"{side}: {index.index.why(a, b)}"] += 1
            if count and stage in ("group", "block", "window"):
                for name in structure(stage, a, b, index):
                    STRUCTURE[f"{stage}: {side}: {name}"] += 1
            if relations and stage in ("group", "block"):
                try:
                    for name in relation(a, b, index):
                        RELATIONS[f"{relations}{stage}: {name}"] += 1
                except Exception:  # never a traceback that could print a held-out path
                    RELATIONS[f"{relations}{stage}: (error)"] += 1
            if stage == "alignable" and count:
                for claim in (a, b):
                    if not index.index.filings(claim):
                        filed = "other filed" if index.index.filings(
                            b if claim is a else a) else "neither filed"
                        FILING[f"{side}: {filed}: {_unfiled(claim, index.alignment)}"] += 1
            break
        passed.append(stage)
    key = frozenset({_spot(a), _spot(b)})
    if key in index.verdicts:
        passed.append("paired")
        if key in index.met:
            passed.append(LIKENESS)
        if (index.verdicts[key] in WARNS) == planted:
            passed.append("judged")
            if count and not planted and index.verdicts[key] is None \
                    and _unjudged(index, key) == LEVEL:  # kept silent by the level rule
                VERDICTS[f"agreeing, silent: None ({LEVEL})"] += 1
                level_shapes(index.pairs[key], index.alignment, index.index._texts,
                             "agreeing silent level")
        elif count:
            rule = index.verdicts[key]
            why = f"{rule}" if rule is not None else f"None ({_unjudged(index, key)})"
            VERDICTS[("planted: " if planted else "agreeing: ") + why] += 1
            if planted and key in index.pairs:
                level_shapes(index.pairs[key], index.alignment, index.index._texts,
                             f"planted {why}")
    return passed


def _unfiled(claim: Claim, alignment: Any) -> str:
    """Why the claim index files a claim under no block, by structural class (its kind
    and what its key and measure hold; never its words)."""
    from numcheck.checkers.drift.keys import alignable, is_measured

    q, key = claim.quantity, claim.key
    kind = q.kind.value
    if claim.scope is Scope.BOILERPLATE or not q.is_amount:
        return f"no amount ({kind})"
    if alignable(claim, alignment):
        if claim.part_of is not None:
            return f"a part of another figure ({kind})"
        if key.thing in alignment.period_things and not is_measured(claim, alignment):
            return f"a period thing ({kind})"
        return f"a partitive part, or a unit that does not convert ({kind})"
    if claim.measure:
        return f"a measure, of a part or an old level ({kind})"
    if key.thing is None:
        return f"names nothing ({kind})"
    if key.dimension == "count":
        return f"a thing, no event ({kind})"
    return f"a thing that is no amount ({kind})"


LEVEL = "a level on two days"  # verdicts.judge: a level told on another day is another fact


def _unjudged(index: Keys, key: frozenset[Spot]) -> str:
    """Why a pair got no verdict, roughly as verdicts.judge decides: another relation,
    bounds that meet, a level told on two days, or something else."""
    from numcheck.checkers.drift.alignment import days_apart
    from numcheck.checkers.drift.entries import Relation

    pair = index.pairs.get(key)
    if pair is None:
        return "?"
    a, b = pair.first, pair.second
    if pair.relation is not Relation.SAME:
        return str(pair.relation)
    if a.hard.intersects(b.hard) and a.soft.intersects(b.soft):
        return "bounds meet"
    apart = days_apart(a.date, b.date)
    if apart is not None and apart >= 1 and not index.index.alignment.grows(a.claim):
        return LEVEL
    if a.claim.quantity.unit != b.claim.quantity.unit:
        return "two units"
    return "other"


@dataclass
class Keys:
    """How the drift check blocks a story set's claims (its claim index), its verdicts by
    pair and the pairs the likeness route met."""

    views: dict[str, Any]
    alignment: Any
    verdicts: dict[frozenset[Spot], str | None]
    met: frozenset[frozenset[Spot]] = frozenset()
    index: Any = None
    pairs: dict[frozenset[Spot], Any] = field(default_factory=dict)

    def same(self, stage: str, a: Claim, b: Claim) -> bool:
        from numcheck.checkers.drift.keys import fine_key

        story = self.views[a.location.path].story
        if stage == "story":
            return bool(story == self.views[b.location.path].story)
        if stage == "alignable":  # both filed under a block (not a part, not a period...)
            return bool(self.index.filings(a)) and bool(self.index.filings(b))
        if stage == "group":
            return fine_key(a, story, self.alignment) == fine_key(b, story, self.alignment)
        # block, place, window: the rule the index itself keeps them apart by, if any
        kept = self.index.kept(a, b)
        return kept == "" or KEYED.index(kept) > KEYED.index(stage)


def keys_of(articles: dict[str, Article]) -> Keys:
    from numcheck.checkers.drift import claim_index, incidents_of, judged_pairs, story_views
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.engine import Engine

    with _environment(False):
        engine = Engine()
    documents = [a.document for a in articles.values()]
    claims = [c for a in articles.values() for c in a.claims]
    verdicts: dict[frozenset[Spot], str | None] = {}
    met: set[frozenset[Spot]] = set()
    pairs: dict[frozenset[Spot], Any] = {}
    for pair, verdict in judged_pairs(documents, claims, engine.context):
        key = frozenset({_spot(pair.first.claim), _spot(pair.second.claim)})
        if pair.met:
            met.add(key)
        rule = verdict.rule if verdict is not None else None
        if verdicts.get(key) not in WARNS:
            verdicts[key] = rule
            pairs[key] = pair
    views = story_views(documents, incidents_of(claims), engine.context)
    return Keys(views, Alignment.from_lexicon(engine.lexicon), verdicts, frozenset(met),
                claim_index(documents, claims, engine.context, trace=True), pairs)


RESTATED = "restated"


def restate_reason(article: Article, a: Claim, b: Claim) -> str:
    """Why the restatement checker keeps two figures of one article apart ("" when they
    meet and the verdict decides): numcheck/checkers/_restate_grouping.py ``apart``."""
    from numcheck.checkers._restate_grouping import apart, grouping

    return apart(grouping(article.document, article.claims, _context()), article.document, a, b)


@cache
def _context() -> Any:
    from numcheck.engine import Engine

    with _environment(False):
        return Engine().context


def analyse(directory: Path) -> dict[str, Article]:
    lexicon = Lexicon.default()
    parse = make_parser(lexicon, 0.0)
    articles = {}
    for path in sorted(directory.iterdir()):
        if path.suffix in ARTICLE_SUFFIXES:
            doc = read_path(str(path))
            analysis = analyse_document(doc, parse, lexicon)
            articles[path.name] = Article(doc, analysis.claims)
    return articles


def bare_routes(articles: Iterable[Article]) -> tuple[int, Counter[str]]:
    total, routes = 0, Counter[str]()
    for article in articles:
        for claim in article.claims:
            if claim.quantity.kind not in (Kind.COUNT, Kind.MONEY):
                continue
            if claim.scope is Scope.BOILERPLATE:
                continue
            total += 1
            if unnamed(claim):
                routes[route(article.prose, claim)] += 1
    return total, routes


def funnel(directories: Sequence[Path]) -> tuple[dict[str, Counter[str]], list[dict[str, Any]],
                                                   int, Counter[str]]:
    """The stages each gold item passes by family, the items, the figures counted and
    the syntactic frames of those naming nothing; ``REASONS`` gets, for restated items
    of two figures in one article, why the restatement checker keeps them apart."""
    table: dict[str, Counter[str]] = {}
    lost: list[dict[str, Any]] = []
    figures, routes = 0, Counter[str]()
    for directory in directories:
        story = load_set(directory)
        articles = analyse(directory)
        n, r = bare_routes(articles.values())
        figures += n
        routes += r
        score = score_findings(story, run_numcheck([directory.resolve()], fresh_process=False,
                                                   plugins=False), directory)
        items = [(p["family"], p["id"], [span(p), *map(span, p.get("related", []))],
                  score.found[p["id"]]) for p in story.planted]
        items += [(PAIR, a["id"], [span(a["a"]), span(a["b"])], a["id"] not in score.alarmed)
                  for a in story.agreeing]
        index = keys_of(articles)
        for family, ident, golds, found in items:
            claims = [articles[g.path].claim_at(g) if g.path in articles else None
                      for g in golds]
            passed = stages(claims)
            if family in PAIRED:
                passed += pair_stages(claims, index, family != PAIR,
                                      relations="2 figures, " if family == "measure-drift" else "")
            row = table.setdefault(family, Counter())
            row.update(passed)
            if stages(claims)[-1] == "parsed":  # lost at named: each bare figure's frame
                for g, c in zip(golds, claims, strict=True):
                    if c is not None and unnamed(c):
                        try:
                            frame = route(articles[g.path].prose, c)
                        except Exception:  # never a traceback from a held-out path
                            frame = "error"
                        UNNAMED[f"{family} | {c.quantity.kind.value} | {c.scope.value} | "
                                f"{frame}"] += 1
            row["all found"] += found
            if family == RESTATED and len(claims) == 2 and None not in claims:
                a, b = claims
                if a is not None and b is not None and a.location.path == b.location.path:
                    why = restate_reason(articles[golds[0].path], a, b) or "met"
                    REASONS[("found: " if found else "missed: ") + why] += 1
                    if not found:  # structural categories of the loss (counts only)
                        article = articles[golds[0].path]
                        restated_shapes(article.document, article.claims, a, b, why, _context())
            if family == "measure-drift":
                SHAPES[f"{len(golds)} figure(s) in {len({g.path for g in golds})} article(s)"] += 1
                if len(golds) > 2:  # the plant against each related figure of another article
                    furthest = max((pair_stages([claims[0], c], index, True, False, "3+ figures, ")
                                    for c in claims[1:]), key=len, default=[])
                    stage = furthest[-1] if furthest else "not across"
                    if stage == "paired":  # the verdicts the plant's pairs got
                        rules = {index.verdicts.get(frozenset({_spot(claims[0]), _spot(c)}))
                                 for c in claims[1:] if c is not None}
                        stage += f" ({', '.join(sorted(str(r) for r in rules if r) or ['none'])})"
                        if not any(rules):  # why none: another relation, a level ...
                            keys = (frozenset({_spot(claims[0]), _spot(c)})
                                    for c in claims[1:] if c is not None)
                            stage += " [" + "; ".join(sorted(
                                _unjudged(index, k) for k in keys if k in index.pairs)) + "]"
                    MULTI[stage + (" (found)" if found else "")] += 1
            lost.append({"id": ident, "family": family, "passed": passed, "golds": golds,
                         "claims": claims})
    return table, lost, figures, routes


def _counts(title: str, counts: Counter[str]) -> None:
    """One section of counted reasons, when any were counted."""
    if counts:
        print(f"\n{title}:")
        for name, count in sorted(counts.items()):
            print(f"   {name:40} {count:5}")


def print_funnel(table: dict[str, Counter[str]], figures: int, routes: Counter[str]) -> None:
    print(f"{'family':22}" + "".join(f"{s:>10}" for s in COLUMNS))
    for family in (*FAMILIES, PAIR):
        if family in table:
            row = table[family]
            cells = (f"{row[s]:10}" if family in PAIRED or s in (*STAGES, "all found")
                     else f"{'-':>10}" for s in COLUMNS)
            print(f"{family:22}" + "".join(cells))
    print("(across: two figures in two articles; the columns after it count those only. "
          "story .. window: kept together on the key route, cumulative; paired: the index "
          "pairs them, by key or likeness; likeness: of those, paired by the likeness "
          "route (not cumulative); judged: a warning or error for a planted "
          "problem, none for an agreeing pair)")
    _counts("lost at alignable, two articles: why each figure is filed under no block "
            "(its class)", FILING)
    _counts("lost at named: each figure naming nothing, family | kind | scope | frame "
            "(measure_routes.route)", UNNAMED)
    _counts("lost at window, two articles (ClaimIndex.why)", WINDOWS)
    _counts("lost at group / block / window, two articles, by structural class "
            "(benchmarks/funnel_structure.py)", STRUCTURE)
    _counts("paired, not judged right, two articles (the verdict instead)", VERDICTS)
    _counts("level shapes (benchmarks/level_shapes.py)", LEVEL_SHAPES)
    _counts("restated, two figures of one article (restatement grouping)", REASONS)
    _counts("restated missed, by structural category (benchmarks/restated_shapes.py)", LEFT)
    _counts("measure-drift items by shape", SHAPES)
    _counts("measure-drift pairs of two articles kept apart at group / block: how the relation "
            "table relates their measures (funnel_structure.relation)", RELATIONS)
    _counts("measure-drift items of 3+ figures: the furthest stage the plant reaches with one "
            "of its related figures in another article (the pair columns count 2-figure items "
            "only)", MULTI)
    bare = sum(routes.values())
    print(f"\nfigures naming nothing: {bare}/{figures} ({100 * bare / max(figures, 1):.1f}%)")
    for name, count in routes.most_common():
        print(f"   {name:26} {count:5}")


def print_lost(lost: Sequence[dict[str, Any]], stage: str) -> None:
    """The items that reached the stage before ``stage`` (in the cumulative chain, or
    "paired" for the likeness column) and not ``stage``."""
    before = "paired" if stage == LIKENESS else CHAIN[CHAIN.index(stage) - 1]
    for item in lost:
        passed = item["passed"]
        if before not in passed or stage in passed:
            continue
        print(f"{item['id']} ({item['family']}) lost at {stage}")
        for gold, claim in zip(item["golds"], item["claims"], strict=True):
            if claim is None:
                print(f"    {gold.path}:{gold.line}:{gold.column} [{gold.text}] not read")
            else:
                k = claim.key
                print(f"    {gold.path}:{gold.line} [{gold.text}] thing={k.thing} "
                      f"event={k.event} measure={','.join(claim.measure)} "
                      f"subject={claim.subject!r} claimant={claim.claimant!r} "
                      f"place={claim.place!r} window={claim.window!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch", type=int, help="only the development sets of this batch")
    ap.add_argument("--blind", type=int, metavar="BATCH",
                    help="held-out batch BATCH, counts only")
    ap.add_argument("--root", type=Path, metavar="DIR",
                    help="the story sets under DIR (laid out as fixtures/stories) instead")
    ap.add_argument("--list", choices=[c for c in COLUMNS[1:] if c not in ("across", "all found")],
                    help="list the items (development sets only) lost at this stage")
    args = ap.parse_args(argv)
    if args.blind is not None and args.list:
        ap.error("--blind prints counts only: --list is refused with it")
    if args.root is not None and args.blind is not None:
        ap.error("--root reads a directory of your own: not with --blind")
    if args.root is not None and not args.root.is_dir():
        ap.error(f"--root {args.root}: not a directory")
    base = STORIES / "holdout" if args.blind is not None else (args.root or STORIES)
    batch = args.blind if args.blind is not None else args.batch
    directories = [d for d in story_sets(base)
                   if batch is None or load_set(d).batch == batch]
    table, lost, figures, routes = funnel(directories)
    print_funnel(table, figures, routes)
    if args.list:
        print()
        print_lost(lost, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
