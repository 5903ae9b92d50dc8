"""How the planted percent-of problems are written, by structural class: counts only.

    python benchmarks/share_shapes.py               # development story sets
    python benchmarks/share_shapes.py --blind 4     # a held-out batch, counts only

For every planted percent-of item it counts, by whether the item was found: the kinds of
its figures (or that one is not parsed), which figure is the share (``is_share``), the
order of share (S), count (C) and base (B) in the text, how many sentence breaks the item
crosses, and which relation of ``_relations.find`` holds the share (percent-of with the
gold base, a stated count, a part and whole beside it, a described group); for a missed
item, "missed why" names the step of the base readers of ``_apposed`` that turns the
base away (how many sentences back, the class of the share's noun phrase, standing,
alike, counts, same time, the gap from count to share; wave 26); for a missed BCS item,
"missed told" names the first step of ``_share_told.told_whole`` that turns it away, with
the gap's or the whole's class (wave 33). Classes come
from the code; no word, path or line of the copy is printed, and a traceback of a
held-out path is caught (why: the gates may be scored, never read).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import Article, _context, analyse
from stories import run_numcheck, score_findings
from stories_gold import STORIES, load_set, span, story_sets

from numcheck.checkers._apposed import _NP, _counts_base, _times, _times_before, is_share
from numcheck.checkers._compare import between, lexicon, squash
from numcheck.checkers._relations import _Cues, related
from numcheck.checkers._share_kinds import alike as _alike
from numcheck.claims import Claim
from numcheck.quantity import Kind

SHAPES: Counter[str] = Counter()


def _roles(article: Article, claims: Sequence[Claim | None]) -> tuple[str, dict[str, Claim]]:
    """Which gold figure is the share (S), the count (C) and the base (B): the first share,
    then of the other two the larger is the base."""
    doc = article.document
    got = [c for c in claims if c is not None]
    shares = [c for c in got if is_share(c, doc)]
    if not shares:
        return "no share", {}
    share = shares[0]
    rest = sorted((c for c in got if c is not share), key=lambda c: c.quantity.value or 0)
    roles = {"S": share}
    if len(rest) >= 2:
        roles["C"], roles["B"] = rest[0], rest[-1]
    elif rest:
        roles["X"] = rest[0]
    order = "".join(k for k, _ in sorted(roles.items(), key=lambda kv: kv[1].location.start))
    return order, roles


def _relation(article: Article, roles: dict[str, Claim]) -> str:
    """Which relation of ``_relations.find`` holds the share."""
    _, rel = related(article.document, article.claims, _context())
    share = roles["S"]
    others = {id(c) for k, c in roles.items() if k != "S"}
    out = []
    for pct, base in rel.percent_of:
        if pct is share:
            out.append("pct_of:" + ("gold" if id(base) in others else "other"))
    for told in rel.stated:
        if told.share is share:
            hit = (id(told.base) in others) + (id(told.count) in others)
            out.append(f"stated:{hit}")
    for group in rel.described:
        if any(t.share is share for t in group):
            out.append("described")
    ids = {id(c) for c in roles.values()}
    for members, wholes in rel.parts:
        if len(members) == 1 and len(wholes) == 1 and {id(members[0]), id(wholes[0])} <= ids:
            out.append("part")
    return ",".join(sorted(set(out))) or "none"


def shapes(directory: Path) -> None:
    story = load_set(directory)
    items = [p for p in story.planted if p["family"] == "percent-of"]
    if not items:
        return
    articles = analyse(directory)
    score = score_findings(
        story, run_numcheck([directory.resolve()], fresh_process=False, plugins=False), directory
    )
    for plant in items:
        found = "found" if score.found[plant["id"]] else "missed"
        golds = [span(plant), *map(span, plant.get("related", []))]
        if len({g.path for g in golds}) != 1 or golds[0].path not in articles:
            SHAPES[f"{found} | across articles"] += 1
            continue
        article = articles[golds[0].path]
        claims = [article.claim_at(g) for g in golds]
        kinds = "/".join(c.quantity.kind.value if c else "unparsed" for c in claims)
        order, roles = _roles(article, claims)
        if not roles:
            SHAPES[f"{found} | {kinds} | no share"] += 1
            continue
        sentences = len({c.sentence for c in roles.values()})
        which = "planted" if claims[0] is roles["S"] else "related"
        word = "word" if roles["S"].quantity.kind is Kind.RATIO else "pct"
        SHAPES[f"{found} | {order} {word} share={which} sentences={sentences} | "
               f"{_relation(article, roles)}"] += 1
        if found == "missed":
            SHAPES[f"missed detail | {order} {word} | {_detail(article, roles)}"] += 1
            SHAPES[f"missed why | {order} {word} | {_why(article, roles)}"] += 1
            if order == "BCS":
                SHAPES[f"missed earlier | {word} | {_earlier_why(article, roles)}"] += 1
                SHAPES[f"missed told | {word} | {_told_step(article, roles)}"] += 1


def _gap_class(gap: str) -> str:
    """A gap between two figures by form: its length, its marks, whether it opens with
    "of" (structural classes, no word of the copy)."""
    marks = "".join(ch for ch in gap if ch in ",;:()—–-")
    lead = "of" if gap.startswith("of ") or gap == "of" else "-"
    return f"{len(gap.split())}w/{marks or 'nomark'}/{lead}"


def _detail(article: Article, roles: dict[str, Claim]) -> str:
    """For a missed item: the gaps between its figures in text order, whether the share
    is followed by "of" and whether the noun phrase there names a thing of the lexicon,
    and whether the base and count share a thing key."""
    doc = article.document
    ordered = sorted(roles.values(), key=lambda c: c.location.start)
    gaps = []
    for a, b in pairwise(ordered):
        gaps.append("para" if "\n\n" in doc.prose[a.location.end:b.location.start]
                    else _gap_class(between(doc, a, b)))
    share = roles["S"]
    after = doc.prose[share.location.end:share.location.end + 40].lower().split()
    of = "S-of" if after[:1] == ["of"] else "S-noof"
    named = "np:-"
    if after[:1] == ["of"]:
        lex = lexicon(_context())
        cues = _Cues.of(lex, lexicon(_context(), "measures")).parts
        phrases = (" ".join(after[1:n]).split(",")[0].rstrip(".") for n in (4, 3, 2))
        hit = next((h for h in map(cues.named, phrases) if h), None)
        named = f"np:{hit[0] if hit else 'none'}"
    b, c = roles.get("B"), roles.get("C")
    things = "-" if b is None or c is None else (
        "same" if b.key.thing == c.key.thing else f"{bool(b.key.thing)}/{bool(c.key.thing)}")
    inner = sum(1 for c in article.claims
                if ordered[0].location.start < c.location.start < ordered[-1].location.start
                and all(c is not o for o in ordered))
    alike = "-" if b is None or c is None else str(_alike(c, b))
    if b is not None and c is not None and not _alike(c, b):
        alike += (f"(chg {c.is_change} lvl {c.quantity.level is not None} "
                  f"dim {c.key.dimension == b.key.dimension} bchg {b.is_change})")
    kinds = "/".join(x.quantity.kind.value for x in ordered)
    return (f"{' '.join(gaps)} | {of} {named} | things {things} | inner {inner} "
            f"alike {alike} {kinds}")

def _why(article: Article, roles: dict[str, Claim]) -> str:
    """For a missed item with share S, count C and base B: which step of the base readers
    of ``_apposed`` turns B away (structural classes from the code, no word of the copy)."""
    doc = article.document
    share, base, count = roles["S"], roles.get("B"), roles.get("C")
    if base is None or count is None:
        return "no base or count"
    cues = _Cues.of(lexicon(_context()), lexicon(_context(), "measures")).shares
    sents = {c.sentence for c in article.claims}
    order = sorted(sents)
    gap_sents = order.index(share.sentence) - order.index(base.sentence)
    para = "para" if "\n\n" in doc.prose[base.location.end:share.location.start] else "same-para"
    after = doc.prose[share.location.end:share.location.end + 60]
    found = _NP.match(after)
    if found is None:
        np_class = "np:unread"
        named = None
    else:
        np = squash(found.group(1))
        if np in cues.totals:
            np_class = "np:total"
        elif np.endswith(tuple(" " + t for t in ("total", "whole"))):
            np_class = "np:owner-total"
        else:
            named = cues.parts.named(np)
            np_class = f"np:{named[0] if named else 'unknown'}"
            toks = np.split()
            det = toks[0] if toks[0] in ("the", "its", "their", "all", "a", "an") else "other"
            owner = "owner" if any(t.endswith(("'s", "’s")) for t in toks) else "-"
            np_class += f"({det},{owner},{len(toks)}w)"
    b = []
    standing = base.key.event is None and not base.is_change and base.quantity.change is None
    b.append("standing" if standing else ("event" if base.key.event is not None else "change"))
    kinds = None
    if found is not None:
        named = cues.parts.named(squash(found.group(1)))
        if named and named[0] == "thing":
            kinds = cues.kinds_of(named[1])
    if kinds is not None:
        b.append("kind-ok" if base.key.thing in kinds else "kind-off")
    b.append("alike" if _alike(count, base) else "unalike")
    b.append("counts" if _counts_base(count, base, cues) else "not-counts")
    times = _times_before(doc, share, cues) <= _times(doc, base, cues)
    b.append("times-ok" if times else "times-off")
    inner_cs = sum(1 for c in article.claims if count.location.end <= c.location.start
                   and c.location.end <= share.location.start)
    before = count.location.start < share.location.start
    between_cs = between(doc, count, share) if before else "after"
    gw = len(between_cs.split()) if before else -1
    last = between_cs[-1:] if before and between_cs[-1:] in tuple(",-—–(:") else "nomark"
    return (f"sents+{min(gap_sents, 7)} {para} {np_class} | {' '.join(b)} | "
            f"C-S figs {inner_cs} words {gw} last-mark {last}")


def _earlier_why(article: Article, roles: dict[str, Claim]) -> str:
    """For a missed BCS item: which step of the grammar's 'earlier' reader
    (``ShareGrammar._told_before``) turns it away, and how the gold base stands to the
    count: sentences back, figures of the count's kind between, the relation of their
    things (classes from the code, no word of the copy)."""
    from numcheck.checkers._share_grammar import ShareGrammar

    doc = article.document
    share, base, count = roles["S"], roles["B"], roles["C"]
    cues = _Cues.of(lexicon(_context()), lexicon(_context(), "measures")).shares
    grammar: ShareGrammar = cues.grammar
    adjacent = [c for c in article.claims if c.sentence == share.sentence
                and c.location.end <= share.location.start]
    beside = "C-beside" if adjacent and adjacent[-1] is count else "C-apart"
    setoff = "setoff" if grammar.set_off(doc, count, share) else "not-setoff"
    after = doc.prose[share.location.end:share.sentence[1]].strip().lower()
    if after.startswith("of "):
        np = after[3:].split(",")[0].split(".")[0].split()
        tail = f"of-{min(len(np), 4)}w"
    else:
        tail = "bare" if after in ("", ".") or after[:1] in ",)—–-" else "pred"
    starts = sorted({c.sentence[0] for c in article.claims})
    back = starts.index(count.sentence[0]) - starts.index(base.sentence[0])
    para = "para" if "\n\n" in doc.prose[base.location.end:count.location.start] else "-"
    between_cs = [c for c in article.claims if base.location.end <= c.location.start
                  and c.location.end <= count.location.start]
    shares_between = sum(c.quantity.kind in (Kind.PERCENT, Kind.RATIO) for c in between_cs)
    alike_between = [c for c in between_cs if _alike(count, c)]
    bigger = sum((c.quantity.value or 0) > (count.quantity.value or 0) for c in alike_between)
    rel = grammar.kinds.of_claims(count, base)
    thing = "C-thing" if count.key.thing else "C-nothing"
    same = "same-thing" if count.key.thing and count.key.thing == base.key.thing else rel.value
    big = "B>C" if (base.quantity.value or 0) > (count.quantity.value or 0) else "B<=C"
    time = "time-ok" if grammar._same_time(doc, count, base) else "time-off"
    framed = "framed" if grammar.framed(doc, count) else "-"
    window = [c for c in article.claims if c.location.end <= count.location.start
              and starts.index(count.sentence[0]) - starts.index(c.sentence[0]) <= back
              and _alike(count, c) and c.quantity.change is None and not c.is_change]
    bigger_all = [c for c in window if (c.quantity.value or 0) > (count.quantity.value or 0)]
    largest = max(window, key=lambda c: c.quantity.value or 0, default=None)
    rank = "B-max" if base is largest else "B-notmax"
    nearest = "B-nearest-bigger" if bigger_all and bigger_all[-1] is base else "B-not-nearest"
    npr = "-"
    if after.startswith("of "):
        head = after[3:].split(",")[0].split(".")[0].split()
        if head:
            noun = grammar.kinds.lemma(head[-1].strip(";:()'\""))
            npr = ("np-" + grammar.kinds.relation({noun}, grammar.kinds.names(base)).value
                   + ("-known" if noun in grammar.kinds.known else "-unknown"))
            if base.key.thing and base.key.thing == noun:
                npr = "np-base-thing"
    return (f"{rank} {nearest} {npr} | {beside} {setoff} {tail} | back {min(back, 5)} {para} "
            f"| between alike "
            f"{min(len(alike_between), 3)} bigger {min(bigger, 3)} "
            f"shares {min(shares_between, 2)} "
            f"| {thing} {same} {big} {time} {framed}")


def _gap_why(grammar: object, gap: str) -> str:
    """Why a gap is no 'clause' gap: its length, its last mark, and the first of the
    grammar's own clause breaks in it (a word of the lexicon, never of the copy)."""
    toks = gap.replace(",", " , ").split()
    last = gap[-1:] if gap[-1:] in ",;:()—–-" else "nomark"
    breaks = sorted(getattr(grammar, "clause_breaks", ()))
    hit = next((b for b in breaks if f" {b} " in f" {' '.join(toks)} "), "-")
    return f"w{min(len(toks), 13)} last{last} semi{';' in gap} break:{hit}"


def _no_whole(
    grammar: object, doc: object, count: Claim, base: Claim, history: list[Claim], noun: str
) -> str:
    """Which test of ``_share_told._largest`` turns the gold base away (classes only)."""
    from numcheck.checkers import _share_told as told

    g: Any = grammar
    if base.sentence == count.sentence:
        return "base-in-count-sentence"
    starts = sorted({c.sentence[0] for c in history} | {count.sentence[0]})
    back = starts.index(count.sentence[0]) - starts.index(base.sentence[0])
    if back > g.whole_sentences:
        return f"back{min(back, 9)}"
    if not _alike(count, base):
        return "unalike"
    if told._other(g, count, base, noun):
        return "told-apart"
    if not base.key.thing:
        return "base-names-nothing"
    window = [c for c in history if starts.index(count.sentence[0])
              - starts.index(c.sentence[0]) <= g.whole_sentences and _alike(count, c)
              and c.quantity.kind not in (Kind.PERCENT, Kind.RATIO) and not c.is_change
              and (c.quantity.value or 0) > (count.quantity.value or 0)]
    if len({c.quantity.value for c in window}) > 1:
        return f"two-wholes({min(len(window), 4)})"
    if not g.same_time(doc, count, base):
        return "time"
    return "owner"


def _told_step(article: Article, roles: dict[str, Claim]) -> str:
    """For a missed BCS item: the first step of ``_share_told.told_whole`` (a whole told
    before in other words) that turns it away, and the count's class (wave 33; classes
    from the code, no word of the copy)."""
    from numcheck.checkers import _share_told as told
    from numcheck.checkers._share_grammar import ShareGrammar

    doc = article.document
    share, base, count = roles["S"], roles["B"], roles["C"]
    cues = _Cues.of(lexicon(_context()), lexicon(_context(), "measures")).shares
    grammar: ShareGrammar = cues.grammar
    named = "C-thing" if count.key.thing else ("C-unkeyed" if count.quantity.noun else "C-bare")
    same = "B-same-sent" if base.sentence == count.sentence else "B-before"
    sentence = [c for c in article.claims if c.sentence == share.sentence]
    k = next(i for i, c in enumerate(sentence) if c is share)
    if k < 1 or sentence[k - 1] is not count:
        return f"{named} {same} count-not-beside"
    if count.quantity.change is not None or count.quantity.level is not None or count.is_change:
        return f"{named} {same} count-moved"
    gap = between(doc, count, share)
    if not grammar.gap_of("clause", gap):
        return f"{named} {same} gap-not-clause {_gap_why(grammar, gap)}"
    noun = told._noun(grammar, doc, share)
    if noun is None:
        return f"{named} {same} np-refused"
    if grammar.framed(doc, count):
        return f"{named} {same} framed"
    history = [c for c in article.claims if c.location.end <= sentence[0].location.start]
    got = told._largest(grammar, doc, count, history, set(), noun)
    if got is None:
        return f"{named} {same} no-whole {_no_whole(grammar, doc, count, base, history, noun)}"
    if not told._plausible(grammar, share, count, got):
        return f"{named} {same} implausible"
    return f"{named} {same} reads-{'gold' if got is base else 'other'}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    args = ap.parse_args(argv)
    base = STORIES / "holdout" if args.blind is not None else STORIES
    for d in story_sets(base):
        try:
            if args.blind is None or load_set(d).batch == args.blind:
                shapes(d)
        except Exception as e:  # never a traceback from a held-out path
            SHAPES[f"error {type(e).__name__}"] += 1
    for key, n in sorted(SHAPES.items()):
        print(f"{n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
