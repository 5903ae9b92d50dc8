"""False alarms and findings of the parts and shares checkers on story sets, counted by
classes from the code only: the rule, the function that raised it, the reader that
read its list or part (``_relations`` routes, the opener of ``_sums.find_sums``), the
kind of its total and whether one of its figures is a level (``_adds.AddCues.level``). Never a word,
path or line of the copy: safe on the gates (``--blind N``).

    python benchmarks/parts_alarms.py --blind 4 7 8
    python benchmarks/parts_alarms.py --set fixtures/stories/some-set   (development)
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import itertools
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories as S

_READERS = (
    "find_sums", "find_partitives", "find_carried", "find_table_sums", "open_ended",
    "find_others", "find_spread", "find_role_totals", "demote", "find_role_breakdowns",
    "find_held_totals", "find_successive", "find_complementary",
)
_OPENERS = ("_opens", "_numbered", "_apposed", "_bracket_list", "_linked", "_placed", "label_first",
            "dashed", "some_after", "closes")
_RAISERS = ("parts", "shares", "_tallies", "_gaps", "_net", "_worth", "_share_restated",
            "change", "conversion", "restated", "days")

_prov: dict[int, str] = {}  # id of a total or whole -> the reader that read it
_opener: list[str] = ["?"]
_tags: dict[tuple[str, str], tuple[str, ...]] = {}  # (rule, message) -> classes


def _walk(value: Any, name: str, depth: int = 0) -> None:
    """Record the reader of every (members, total) and (members, wholes) it returns."""
    from numcheck.claims import Claim

    if depth > 4:
        return
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], tuple):
        second = value[1]
        if isinstance(second, Claim):
            _prov.setdefault(id(second), name)
            return
        if isinstance(second, tuple) and second and isinstance(second[0], Claim):
            for w in second:
                _prov.setdefault(id(w), name)
            return
    if isinstance(value, (list, tuple)):
        for v in value:
            _walk(v, name, depth + 1)
    elif hasattr(value, "__dict__") and not isinstance(value, Claim):
        for v in vars(value).values():
            _walk(v, name, depth + 1)


def _reader(fn: Any, name: str) -> Any:
    @functools.wraps(fn)
    def wrapped(*a: Any, **k: Any) -> Any:
        out = fn(*a, **k)
        with contextlib.suppress(Exception):  # never let a probe print a path
            _walk(out, name)
        return out

    return wrapped


def _opening(fn: Any, name: str) -> Any:
    @functools.wraps(fn)
    def wrapped(*a: Any, **k: Any) -> Any:
        out = fn(*a, **k)
        hit = out[1] if isinstance(out, tuple) and len(out) == 2 and isinstance(
            out[0], str) else out
        if hit:
            _opener[0] = name
        return out

    return wrapped


def _install() -> None:
    import importlib

    from numcheck.checkers import _relations, _sums
    from numcheck.claims import Claim

    real_find = _relations._find

    def find(*a: Any, **k: Any) -> Any:
        _prov.clear()
        return real_find(*a, **k)

    _relations._find = find  # type: ignore[assignment]
    for name in _READERS:
        setattr(_relations, name, _reader(getattr(_relations, name), name))
    real_far = _relations.find_far_breakdowns

    def far(*a: Any, **k: Any) -> Any:
        """A far list's reader with the side of its total and its items (2 or 3+)."""
        out = real_far(*a, **k)
        for members, total in out:
            side = "before" if total.location.start < members[0].location.start else "after"
            name = f"find_far_breakdowns:total {side}:{min(len(members), 3)} items"
            _prov.setdefault(id(total), name)
        return out

    _relations.find_far_breakdowns = far  # type: ignore[assignment]
    for name in _OPENERS:
        if hasattr(_sums, name):
            setattr(_sums, name, _opening(getattr(_sums, name), name))
    real_total = _sums._total_before

    def total_before(*a: Any, **k: Any) -> Any:
        out = real_total(*a, **k)
        if isinstance(out, Claim):
            _prov[id(out)] = f"find_sums:{_opener[0]}"
        return out

    _sums._total_before = total_before  # type: ignore[assignment]
    real_fits = _sums.fits

    def fits(document: Any, members: Any, total: Any, *a: Any, **k: Any) -> Any:
        out = real_fits(document, members, total, *a, **k)
        if out and _opener[0] in ("some_after", "closes") and isinstance(total, Claim):
            _prov.setdefault(id(total), f"find_sums:{_opener[0]}")
        return out

    _sums.fits = fits  # type: ignore[assignment]
    from numcheck.checkers import _words

    real = _words.finding
    level = _level_probe()

    def finding(rule: str, message: str, primary: Any, others: Any, document: Any) -> Any:
        out = real(rule, message, primary, others, document)
        try:
            caller = sys._getframe(1).f_code.co_name
            claims = [primary, *others]
            readers = sorted({_prov.get(id(c), "-") for c in claims} - {"-"}) or ["-"]
            kind = getattr(primary.quantity.kind, "name", "?")
            lv = "level" if any(level(document, c) for c in claims) else "amount"
            _tags[(rule, out.message)] = (caller, "+".join(readers), kind, lv,
                                          *_detail(rule, document, claims))
        except Exception:
            _tags[(rule, out.message)] = ("?",)
        return out

    for mod in _RAISERS:
        try:
            m = importlib.import_module(f"numcheck.checkers.{mod}")
        except Exception:
            continue
        if getattr(m, "finding", None) is real:
            m.finding = finding  # type: ignore[attr-defined]


def _share_whole(document: Any, share: Any, base: Any) -> str:
    """How a share names its whole: no "of" after it ("none"), "of" a pronoun or a
    possessive pointing back ("back"), "of" words that follow the base figure too
    ("base"), "of" a figure ("figure"), or "of" other words ("other")."""
    import re

    after = document.prose[share.location.end:share.location.end + 60].lower()
    m = re.match(r"\s*of\s+(.*)", after)
    if m is None:
        return "none"
    said = re.findall(r"[a-z0-9]+", m.group(1))[:4]
    if not said:
        return "none"
    if said[0] in ("them", "those", "these", "it", "its", "their", "which", "whom"):
        return "back"
    if said[0].isdigit() or (len(said) > 1 and said[0] == "the" and said[1].isdigit()):
        return "figure"
    base_words = set(re.findall(r"[a-z]+", document.prose[
        base.location.end:base.location.end + 40].lower())[:4]) - {"the", "a", "of", "in"}
    content = set(said) - {"the", "a", "all", "its", "of", "in"}
    return "base" if content & base_words else "other"


def _share_detail(document: Any, claims: list[Any]) -> tuple[str, ...]:
    """Classes of an NC203 share against its count and base (noise33): the share's
    bound and hedge, the order of the three figures, how far the stated share is from
    the count's share of the base (the ratio of the two), the sentences they span."""
    q = claims[0].quantity
    order = "".join(str(sorted(claims, key=lambda c: c.location.start).index(c))
                    for c in claims)
    vals = [c.quantity.value for c in claims]
    ratio = "?"
    if None not in vals and vals[2]:
        pct = 100 * vals[1] / vals[2] if q.kind.name == "PERCENT" else vals[1] / vals[2]
        if pct and vals[0]:
            r = max(pct, vals[0]) / min(pct, vals[0])
            ratio = ("<1.05" if r < 1.05 else "<1.15" if r < 1.15 else "<1.5" if r < 1.5
                     else "<3" if r < 3 else ">=3")
    return (f"bound={q.bound.name}", f"hedged={int(bool(q.hedge))}", f"order={order}",
            f"whole={_share_whole(document, claims[0], claims[2])}",
            f"off={ratio}", f"base={claims[2].quantity.bound.name}",
            f"sentences={len({c.sentence for c in claims})}")


def _detail(rule: str, document: Any, claims: list[Any]) -> tuple[str, ...]:
    """Classes of a share group (NC205): its size, whether its whole is named, how many
    shares a label ([sums] labels) or "of" follows, how far past 100% it sums."""
    if rule in ("NC201", "NC202"):
        return _part_detail(document, claims)
    if rule == "NC203" and len(claims) == 3:
        return _share_detail(document, claims)
    if rule in ("NC206", "NC207"):
        dims = sorted({f"{c.quantity.kind.name}:{c.quantity.unit}" for c in claims})
        changes = [str(c.quantity.change.name if c.quantity.change else "-") for c in claims]
        levels = [str(c.quantity.level.name if c.quantity.level else "-") for c in claims]
        return (f"dims={dims}", *_scales(claims), f"changes={changes}", f"levels={levels}",
                f"sentences={len({c.sentence for c in claims})}",
                f"hedged={sum(1 for c in claims if c.quantity.hedge)}")
    if rule != "NC205":
        return ()
    import re

    from numcheck.checkers._compare import sentence_of
    from numcheck.lexicon import Lexicon

    labels = set(Lexicon.default()["checkers"]["sums"]["labels"])
    after = [re.findall(r"[a-z]+", document.prose[c.location.end : c.location.end + 30].lower())
             for c in claims]
    labelled = sum(1 for a in after if a[:1] and a[0] in labels)
    of = sum(1 for a in after if a[:1] == ["of"])
    total = sum(c.quantity.value or 0 for c in claims)
    things = len({c.key.thing for c in claims})
    sentences = len({c.sentence for c in claims})
    lex = Lexicon.default()["checkers"]
    level = _level_probe()
    tables = {
        "clause_breaks": lex["sums"].get("clause_breaks", ()),
        "compared_by": lex["shares"].get("compared_by", ()),
        "references": lex["shares"].get("references", ()),
        "clause_joins": lex["shares"].get("clause_joins", ()),
        "links.some": lex["sums"].get("links", {}).get("some", ()),
        "adds.links": lex.get("adds", {}).get("links", ()),
    }
    ordered = sorted(claims, key=lambda c: c.location.start)
    gaps = [document.prose[a.location.end : b.location.start].lower()
            for a, b in itertools.pairwise(ordered)]
    hit = sorted({name for g in gaps for name, ws in tables.items()
                  if any(f" {w} " in f" {' '.join(re.findall(r'[a-z]+', g))} " for w in ws)})
    marks = sorted({m for g in gaps for m in ",;:-()" if m in g})
    lengths = [len(re.findall(r"[a-z]+", g)) for g in gaps]
    shape = [("digit" if any(ch.isdigit() for ch in c.quantity.text) else "word")
             + f":{c.quantity.bound.name}:{'hedged' if c.quantity.hedge else '-'}"
             + f":{'event' if c.key.event else 'noevent'}:{c.scope.name}"
             for c in ordered]
    measures = Lexicon.default()["measures"]
    amounts = set(measures.get("amounts", {}).get("things", ()))
    known = set(measures.get("things", {}))
    level_nouns = set(lex.get("adds", {}).get("levels", {}).get("percent", ()))
    thing = claims[0].key.thing
    table = ("amounts" if thing in amounts else "things" if thing in known
             else "adds.levels" if thing in level_nouns else "none")
    start, end = sentence_of(document, claims[0])
    said = set(re.findall(r"[a-z]+", document.prose[start:end].lower()))
    per = [("amounts" if c.key.thing in amounts else "-") + ":" + str(level(document, c))
           + ":" + ("of" if a[:1] == ["of"] else "x") for c, a in zip(claims, after, strict=True)]
    return (f"per={per}", f"thing-table={table}",
            f"level-noun-in-sentence={bool(said & level_nouns)}",
            f"shape={shape}", f"gapwords={lengths}", f"tables={hit}", f"marks={''.join(marks)}",
            f"n={len(claims)}", f"named={claims[0].key.thing is not None}",
            f"things={things}", f"labelled={labelled}", f"of={of}",
            f"sum>{int(total // 25 * 25)}", f"sentences={sentences}",
            f"places={len({c.place for c in claims if c.place})}")


def _part_detail(document: Any, claims: list[Any]) -> tuple[str, ...]:
    """Classes of a part and its whole: dimensions, units, which cue tables the words
    between them hold, whether the parts carry a label."""
    import re

    from numcheck.lexicon import Lexicon

    lex = Lexicon.default()["checkers"]
    tables = {
        "part_cues": lex.get("part_cues", ()),
        "part_links": lex.get("part_links", ()),
        "links.some": lex["sums"].get("links", {}).get("some", ()),
        "sums.labels": lex["sums"].get("labels", ()),
        "clause_breaks": lex["sums"].get("clause_breaks", ()),
    }
    ordered = sorted(claims, key=lambda c: c.location.start)
    gaps = [re.findall(r"[a-z]+", document.prose[a.location.end : b.location.start].lower())
            for a, b in itertools.pairwise(ordered)]
    hit = sorted({n for g in gaps for n, ws in tables.items()
                  if any(f" {w} " in f" {' '.join(g)} " for w in ws)})
    dims = sorted({f"{c.quantity.kind.name}:{c.quantity.unit}" for c in claims})
    return (f"dims={dims}", *_bond(document, claims), *_scales(claims), f"tables={hit}",
            f"gapwords={[len(g) for g in gaps]}",
            f"sentences={len({c.sentence for c in claims})}",
            f"hedged={sum(1 for c in claims if c.quantity.hedge)}",
            f"bounds={sorted({c.quantity.bound.name for c in claims})}")


def _scales(claims: list[Any]) -> tuple[str, ...]:
    """Classes of the scale words of a total (the first figure) and its items: whether
    each is written with one (``_elided_scale.ScaleWords``), is bare, and is below a
    thousand; empty on a tree without the module."""
    try:
        from numcheck.checkers._elided_scale import ScaleWords
        from numcheck.checkers._sum_clauses import bare
        from numcheck.lexicon import Lexicon
    except ImportError:
        return ()
    scales = ScaleWords(Lexicon.default()["scales"])

    def tag(c: Any) -> str:
        v = c.quantity.value
        return ("S" if scales.of(c) else "-") + ("b" if bare(c) else "-") + (
            "<1k" if v is not None and abs(v) < 1000 else ">=1k")

    total, items = claims[0], claims[1:]
    tags = [f"scales={[tag(c) for c in claims]}"]
    if items and total.quantity.value:
        from numcheck.checkers._elided_scale import rescaled

        read = rescaled(items, total, scales)
        summed = read[1] if read else sum(c.quantity.value or 0 for c in items)
        r = summed / total.quantity.value
        tags.append("sum/total=" + ("<0.01" if r < 0.01 else "<0.5" if r < 0.5 else "<1"
                                    if r < 1 else "<2" if r < 2 else ">=2")
                    + (":rescaled" if read else ""))
    return tuple(tags)


def _bond(document: Any, claims: list[Any]) -> tuple[str, ...]:
    """Classes of how an NC201 part is tied to its whole: what follows the part ("of" and
    a pronoun, "of the", another word), whether the part opens its sentence, whether the
    whole is an item of a list (an alike figure told right after it by a comma or "and"),
    whether part and whole name one thing or measure, and how many times the whole the
    part is."""
    import re

    from numcheck.lexicon import Lexicon

    part, whole = claims[0], claims[-1]
    pronouns = set(Lexicon.default()["checkers"].get("partitive", {}).get("pronouns", ()))
    end = part.location.end
    after = re.findall(r"[a-z]+", document.prose[end : end + 24].lower())
    follows = ("of+pronoun" if after[:1] == ["of"] and after[1:2] and after[1] in pronouns
               else "of+the" if after[:2] == ["of", "the"] else "of+other" if after[:1] == ["of"]
               else "other")
    lead = document.prose[part.sentence[0] : part.location.start]
    opens = not any(ch.isdigit() for ch in lead)
    tail = document.prose[whole.location.end : whole.location.end + 60]
    listed = bool(re.match(r"[^.;:\d]{0,40}?(?:,|\band\b)\s[^.;:\d]{0,25}\d", tail))
    same = ("thing" if part.key.thing and part.key.thing == whole.key.thing else
            "measure" if part.measure[:1] and part.measure[:1] == whole.measure[:1] else
            "unnamed" if not (whole.key.thing or whole.measure) else "other")
    high, low = whole.quantity.hard.high or 1, part.quantity.hard.low
    ratio = "x<2" if low < 2 * high else "x<10" if low < 10 * high else "x>=10"
    return (f"after={follows}", f"opens={opens}", f"whole-listed={listed}",
            f"names={same}", f"ratio={ratio}",
            f"whole-first={whole.location.start < part.location.start}")


def _level_probe() -> Any:
    """The parts checkers' own judge of a level, when the tree has one."""
    try:
        from numcheck.checkers._adds import AddCues
        from numcheck.lexicon import Lexicon

        lex = Lexicon.default()
        return AddCues(lex["checkers"], lex["measures"]).level
    except Exception:
        return lambda document, claim: False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind", type=int, nargs="*", default=[])
    ap.add_argument("--set", nargs="*", default=[])
    ap.add_argument("--rules", default="NC201,NC202,NC203,NC205")
    ap.add_argument("--matched", action="store_true",
                    help="also count the findings neither outside the gold nor alarming "
                         "(those on a planted figure), by the same classes")
    args = ap.parse_args()
    rules = set(args.rules.split(","))
    _install()
    alarms: collections.Counter[tuple[str, ...]] = collections.Counter()
    outside: collections.Counter[tuple[str, ...]] = collections.Counter()
    found: collections.Counter[tuple[str, ...]] = collections.Counter()
    try:
        if args.blind:
            base = Path("fixtures/stories/holdout")
            dirs = [d for d in S.story_sets(base) if S.load_set(d).batch in args.blind]
        else:
            dirs = [Path(p) for p in args.set]
        for s in (x for d in dirs for x in S.score_sets([d], fresh_process=False, plugins=False)):
            kept = {(h["rule"], h["message"]) for hs in s.alarmed.values() for h in hs}
            kept.update((h["rule"], h["message"]) for h in s.outside)
            for key, tags in _tags.items():
                if key[0] in rules and key not in kept:
                    found[(key[0], *tags)] += 1
            for hits in s.alarmed.values():
                for h in hits:
                    if h["rule"] in rules:
                        alarms[(h["rule"], *_tags.get((h["rule"], h["message"]), ("?",)))] += 1
            for h in s.outside:
                if h["rule"] in rules:
                    outside[(h["rule"], *_tags.get((h["rule"], h["message"]), ("?",)))] += 1
            _tags.clear()  # the next set's findings only (a message may recur)
        del dirs
    except Exception as e:  # never a traceback: it could name a held-out path
        print("failed", type(e).__name__)
        return
    shown = [("false alarms", alarms), ("outside the gold", outside)]
    if args.matched:
        shown.append(("on a planted figure", found))
    for title, counts in shown:
        print(f"{title}: rule | raised by | reader | kind of primary | level")
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4}  " + " | ".join(key))


if __name__ == "__main__":
    main()
