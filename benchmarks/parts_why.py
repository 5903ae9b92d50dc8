"""Why a components-total item of one sentence is missed, by the list reader's stage
(counts only, classes from the code: which reader opened the list, whether its total
and its items are the planted ones).

    python benchmarks/parts_why.py --blind 4
    python benchmarks/parts_why.py            # development sets
    python benchmarks/parts_why.py --list     # development only: the sentences

For each missed components-total item whose figures stand in one sentence of one
article: whether the relations hold the planted total with the planted items (a sum
that adds up, so the plant lies inside the intervals), the planted total with other
items, the items under another total, the items as only a part; else where the reader
of the list stops: the total after or before its list, the first item's opener class
(``_sums`` readers), the run length against the planted items, the total the reader
chose. Never a word of the copy under ``--blind``; any failure prints a class.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from claim_funnel import analyse
from part_lists import partitive_lists, unlabelled
from stories import run_numcheck, score_findings
from stories_gold import load_set, span, tally

from numcheck.checkers._compare import sentence_of, squash

LISTING: list[str] = []


def _readers(doc: object, sent: list, k: int, cues: object) -> str:
    from numcheck.checkers import _sums
    names = []
    if _sums._opens(doc, sent[k - 1], sent[k], cues) is not None:
        names.append("opens")
    if _sums._numbered(doc, sent, k, cues) is not None:
        names.append("numbered")
    if _sums._apposed(doc, sent, k, cues) is not None:
        names.append("apposed")
    if _sums._bracket_list(doc, sent, k, cues)[1] is not None:
        names.append("bracket_list")
    if _sums._linked(doc, sent[k - 1], sent[k], cues)[1] is not None:
        names.append("linked")
    if _sums._placed(doc, sent, k, cues)[1] is not None:
        names.append("placed")
    if _sums.label_first(doc, sent, k, cues)[1] is not None:
        names.append("label_first")
    from numcheck.checkers._sum_dashed import dashed
    if dashed(doc, sent, k, cues, _sums.list_run) is not None:
        names.append("dashed")
    return "+".join(names) or "none" + _dash_why(doc, sent, k, cues)


def _dash_why(doc: object, sent: list, k: int, cues: object) -> str:
    """For a gap of a dash alone: which test of ``_sum_dashed.dashed`` fails."""
    from numcheck.checkers import _sums
    from numcheck.quantity import Kind
    total, first = sent[k - 1], sent[k]
    raw = doc.prose[total.location.end:first.location.start]  # type: ignore[attr-defined]
    if raw.strip() not in ("—", "–", "-"):
        return ""
    if not (raw.startswith(" ") and raw.endswith(" ")):
        return " (dash: unspaced)"
    if total.place is not None:
        return " (dash: total placed)"
    if total.quantity.kind is not Kind.COUNT:
        return " (dash: not a count)"
    members = _sums.list_run(doc, sent, k, 1, cues)
    labels = [cues.label(doc.prose[m.location.end:m.location.end + 80]) or m.place
              for m in members]
    if None in labels:
        bare = [m for m, x in zip(members, labels, strict=True) if x is None]
        return (f" (dash: {labels.count(None)} of {len(labels)} unlabelled: "
                f"{unlabelled(doc, bare, total, cues)})")
    if len({str(x) for x in labels}) < len(labels):
        return " (dash: labels repeat)"
    if any(set(str(x).split()) & cues.times for x in labels):
        return " (dash: time labels)"
    if any(m.quantity.noun is not None for m in members):
        return " (dash: item nouns)"
    return " (dash: other thing)"


def _gapclass(text: str) -> str:
    marks = "".join(m for m in ":;()," if m in text)
    if any(d in text for d in (" - ", "—", "–")):
        marks += "D"
    return f"{marks or '_'}{min(len(text.split()), 9)}"


def why(article: object, claims: list) -> list[str]:
    from numcheck.checkers import _sums
    from numcheck.checkers._relations import find
    from numcheck.checkers._sum_after import closes, some_after
    from numcheck.checkers._sum_clauses import unqualified
    from numcheck.lexicon import Lexicon
    from numcheck.quantity import Kind
    lex = Lexicon.default()
    doc = article.document  # type: ignore[attr-defined]
    allc = article.claims  # type: ignore[attr-defined]
    rel = find(doc, allc, lex["checkers"], lex["measures"])
    from numcheck.checkers._relations import sum_cues
    cues = sum_cues(lex["checkers"], lex["measures"])
    cs = sorted(claims, key=lambda c: c.location.start)
    total = max(cs, key=lambda c: c.quantity.hard.high)
    members = [c for c in cs if c is not total]
    ids = {id(m) for m in members}
    out = []
    for ms, t in rel.sums:
        mids = {id(m) for m in ms}
        if t is total and mids == ids:
            out.append("rel: planted sum read (adds up)")
        elif t is total and mids & ids:
            out.append(f"rel: planted total, items overlap ({len(mids)} read / {len(ids)})")
        elif t is total:
            out.append("rel: planted total with other items")
        elif mids & ids:
            also = " (total is an item)" if id(total) in mids else ""
            out.append("rel: items under another total" + also)
    for ms, ws in rel.parts:
        if any(w is total for w in ws) and {id(m) for m in ms} & ids:
            route = _part_route(doc, allc, ms, ws, lex)
            out.append(f"rel: items only a part of the total | route {route}")
    if out:
        return sorted(set(out))
    sent = [c for c in allc if doc.sentences and _same(doc, c, total)]
    sent = sorted(sent, key=lambda c: c.location.start)
    sent = [c for c in sent if c.quantity.kind is not Kind.IDENTIFIER]
    sent = unqualified(doc, sent)
    if any(m not in sent for m in members) or total not in sent:
        return ["reader: a planted figure filtered from the sentence"]
    pos = [sent.index(m) for m in members]
    t = sent.index(total)
    after = t > max(pos)
    before = t < min(pos)
    tags = []
    if after:
        first = min(pos)
        between_ = t - max(pos) - 1
        tags.append(f"total after list, {between_} figures between")
        if between_ == 0:
            run = _sums.list_run(doc, sent, t - 1, -1, cues)
            tags.append(f"back run {len(run)} vs {len(members)}")
            gap = _gapclass(doc.prose[sent[t - 1].location.end:total.location.start])
            tags.append("closes" if closes(doc, sent[t - 1], total, cues) else
                        "some_after" if some_after(doc, sent[t - 1], total, cues) else
                        f"no close cue, gap {gap}")
        del first
    elif before:
        k = min(pos)
        tags.append(f"total before list, {k - t - 1} figures between")
        reader = _readers(doc, sent, k, cues)
        tags.append(f"reader at first item: {reader}")
        tags.append(f"gap {_gapclass(doc.prose[sent[k-1].location.end:sent[k].location.start])}")
        run = _sums.list_run(doc, sent, k, 1, cues)
        tags.append(f"run {min(len(run), 6)} vs {len(members)}")
        tags.append(f"stage: {_trace(doc, sent, k, total, members, cues)}")
        if reader.startswith("none"):
            labelled = sum(cues.label(doc.prose[m.location.end:m.location.end + 80]) is not None
                           for m in members)
            tags.append(f"items labelled after {labelled}/{len(members)}")
            raw = doc.prose[sent[k - 1].location.end:sent[k].location.start]
            tags.append(f"gap words: {_gap_tables(raw, cues)}")
        if reader == "none" and k - t - 1 > 0:
            r2 = _readers(doc, sent, t + 1, cues)
            tags.append(f"reader right after total: {r2}")
    else:
        tags.append("total inside list")
    if LISTING is not None and LISTING == ["on"]:
        s = [c for c in allc if _same(doc, c, total)]
        a, b = min(c.location.start for c in s), max(c.location.end for c in s)
        print("   ", " | ".join(tags), "::", doc.prose[max(0, a - 80):b + 40].replace("\n", " "))
    return [" | ".join(tags)]


_ROUTES = (
    "find_sums", "find_partitives", "find_carried", "open_ended", "find_role_totals",
    "demote", "find_role_breakdowns", "find_held_totals", "find_successive",
    "find_complementary", "find_others", "find_spread", "split_outcomes",
)


def _parts_in(found: object) -> list[tuple[frozenset[int], frozenset[int]]]:
    """Every (members, wholes) pair a route's result holds, as id sets."""
    out: list[tuple[frozenset[int], frozenset[int]]] = []
    seq = getattr(found, "parts", found)
    items = seq if isinstance(seq, (list, tuple)) else []
    for x in items:
        if isinstance(x, (list, tuple)) and len(x) == 2 and isinstance(x[0], tuple):
            whole = x[1] if isinstance(x[1], tuple) else (x[1],)
            out.append((frozenset(map(id, x[0])), frozenset(map(id, whole))))
        elif isinstance(x, (list, tuple)):
            out.extend(_parts_in(x))
    return out


def route_table(
    doc: object, allc: list | tuple, lex: object
) -> dict[tuple[frozenset[int], frozenset[int]], str]:
    """Which reader of ``_relations._find`` put each list under its whole as only a part
    (the first route, in call order, whose result holds the pair; ``inline`` for the part
    links and part cues ``_find`` reads itself). For ``find_sums``, the form that made it
    some of the total (classes of the code, never a word)."""
    from numcheck.checkers import _relations as rel_mod
    seen: list[tuple[str, object]] = []
    saved = {n: getattr(rel_mod, n) for n in _ROUTES}

    def wrap(name: str, f: object) -> object:
        def inner(*a: object, **k: object) -> object:
            r = f(*a, **k)  # type: ignore[operator]
            seen.append((name, r))
            return r
        return inner

    stated_before: list[object] = []
    real_stated = rel_mod.stated_parts

    def stated(claims: object, parts: list, heads: object) -> None:
        n = len(parts)
        real_stated(claims, parts, heads)
        stated_before.extend(parts[n:])

    try:
        for n, f in saved.items():
            setattr(rel_mod, n, wrap(n, f))
        rel_mod.stated_parts = stated  # type: ignore[assignment]
        lx = lex["checkers"]  # type: ignore[index]
        rel = rel_mod._find(doc, tuple(allc), lx, rel_mod._Cues.of(lx, lex["measures"]))  # type: ignore[index]
    finally:
        for n, f in saved.items():
            setattr(rel_mod, n, f)
        rel_mod.stated_parts = real_stated
    table: dict[tuple[frozenset[int], frozenset[int]], str] = {}
    for ms, ws in rel.parts:
        want = (frozenset(map(id, ms)), frozenset(map(id, ws)))
        name = next((n for n, r in seen if n != "split_outcomes" and want in _parts_in(r)), None)
        if name == "find_sums":
            name += _sums_form(doc, list(allc), ms, ws, lex)
        elif name is None and want in _parts_in(stated_before):
            name = "stated_parts"
        elif name is None and any(want in _parts_in(r) for n, r in seen if n == "split_outcomes"):
            name = "split_outcomes"
        table.setdefault(want, name or "inline (part link or part cue)")
    return table


def _part_route(doc: object, allc: list, ms: tuple, ws: tuple, lex: object) -> str:
    """The route of one list (``route_table``)."""
    want = (frozenset(map(id, ms)), frozenset(map(id, ws)))
    return route_table(doc, allc, lex).get(want, "?")


def _sums_form(doc: object, allc: list, ms: tuple, ws: tuple, lex: object) -> str:
    """Why ``find_sums`` read the list as some of its total: the total after the list
    (``some_after``, an open item before it, a running total) or before it (the opener
    and its form), or the last item open (``uncounted``)."""
    from numcheck.checkers import _sums
    from numcheck.checkers._open_items import open_before, uncounted
    from numcheck.checkers._relations import sum_cues
    from numcheck.checkers._sum_after import some_after
    from numcheck.checkers._sum_clauses import unqualified
    from numcheck.quantity import Kind
    cues = sum_cues(lex["checkers"], lex["measures"])  # type: ignore[index]
    total, first, last = ws[0], ms[0], ms[-1]
    n = f" {min(len(ms), 4)} items"
    if total.location.start > last.location.start:
        if some_after(doc, last, total, cues):
            return " (after: some_after)" + n
        if open_before(doc, last, total, cues.total_before):
            return " (after: open item before total)" + n
        return " (after: running)" + n
    if uncounted(doc, last):
        return " (before: last item open)" + n
    sent = [c for c in allc if _same(doc, c, first) and c.quantity.kind is not Kind.IDENTIFIER]
    sent = unqualified(doc, sorted(sent, key=lambda c: c.location.start))
    if first not in sent:
        return " (before: ?)" + n
    k = sent.index(first)
    if _sums._linked(doc, sent[k - 1], first, cues)[1] is not None:
        gap = doc.prose[sent[k - 1].location.end:first.location.start]  # type: ignore[attr-defined]
        word = gap.lower().rstrip().rpartition(" ")[2]
        form = "a some word after a comma" if word in cues.some else "a partial lead"
        return f" (before: linked some, {form})" + n
    if _sums._bracket_list(doc, sent, k, cues)[1] is not None:
        return " (before: bracket_list two)" + n
    if _sums._placed(doc, sent, k, cues)[1] is not None:
        return " (before: placed two)" + n
    if _sums.label_first(doc, sent, k, cues)[1] is not None:
        return " (before: label_first two)" + n
    return " (before: dashed some)" + n


def _gap_tables(gap: str, cues: object) -> str:
    """Which ``[sums]`` cue tables the words of a gap belong to (names of tables, never a
    word): why no reader opened the list there."""
    low = " " + " ".join(re.findall(r"[a-z]+", gap.lower())) + " "
    tables = {
        "openers": cues.openers, "partial_lists": cues.partial_lists,  # type: ignore[attr-defined]
        "copulas": cues.copulas, "some": cues.some, "total_before": cues.total_before,  # type: ignore[attr-defined]
        "verbs_before": cues.verbs_before, "labels": cues.labels, "holders": cues.holders,  # type: ignore[attr-defined]
        "pointers": cues.pointers, "selections": cues.selections, "times": cues.times,  # type: ignore[attr-defined]
        "beyond": cues.beyond,  # type: ignore[attr-defined]
    }
    hits = sorted(n for n, ws in tables.items() if any(f" {w} " in low for w in ws))
    n = len(low.split())
    marks = "".join(m for m in "(:,;—–-" if m in gap)
    shape = ""
    if n == 1 and not hits:  # the one word's class: its case, a hedge, an adverb
        from numcheck.lexicon import Lexicon
        word = re.findall(r"[A-Za-z]+", gap)[0]
        hedges = Lexicon.default()["hedges"]
        flat = {w for sec in ("prefix", "suffix") for ws in hedges.get(sec, {}).values()
                if isinstance(ws, list) for w in ws}
        shape = ("|Cap" if word[:1].isupper() else "|low") + (
            "|hedge" if word.lower() in flat else "") + ("|-ly" if word.endswith("ly") else "")
    return f"{marks or '_'}{n}w/" + ("+".join(hits) or "no table") + shape


def _trace(doc: object, sent: list, k: int, total: object, members: list, cues: object) -> str:
    """The first step of ``_sums.find_sums`` at the first planted item that turns the
    planted list away (classes of the code's steps)."""
    from numcheck.checkers import _sums
    from numcheck.checkers._enumerated import is_head
    from numcheck.checkers._sum_base import past_base
    from numcheck.checkers._sum_series import no_breakdown
    how, opener = _sums.PARTITION, _sums._opens(doc, sent[k - 1], sent[k], cues)
    if opener is None:
        opener = _sums._numbered(doc, sent, k, cues) or _sums._apposed(doc, sent, k, cues)
    br = False
    if opener is None:
        how, opener = _sums._bracket_list(doc, sent, k, cues)
        br = opener is not None
    if opener is None:
        how, opener = _sums._linked(doc, sent[k - 1], sent[k], cues)
    if opener is None:
        how, opener = _sums._placed(doc, sent, k, cues)
    if opener is None:
        how, opener = _sums.label_first(doc, sent, k, cues)
    if opener is None:
        return "no opener"
    ms = _sums.in_brackets(doc, sent, k, cues) if br else _sums._bracketed(
        doc, _sums.list_run(doc, sent, k, 1, cues), opener[0])
    ms = _sums._before_own_total(doc, ms, cues)
    if {id(m) for m in ms} != {id(m) for m in members}:
        broke = _run_break(doc, sent, k + len(ms) - 1, cues)
        return f"members {len(ms)} vs {len(members)}: {broke}"
    headed = is_head(doc, sent[k - 1], ms, _sums._LABEL_WORDS)
    t = _sums._total_before(doc, sent[:k], ms, opener, cues, headed)
    if t is None:
        first = ms[0]
        if not _sums.counted_as(first, total):
            return "total none: not counted_as (kind/dimension)"
        if _sums.smaller(total, ms):
            return "total none: smaller"
        near = len(doc.prose[total.location.end:opener[0]]) <= _sums._MAX_GAP
        cnt = [cues.counts(doc, m, total, near) for m in ms]
        off = [m for m, ok in zip(ms, cnt, strict=True) if not ok]
        kinds = cues.kinds
        rels = "?" if kinds is None else "+".join(
            sorted({kinds.of_claims(m, total).value for m in off}))
        return (f"total none: near={near} not counting: {rels}; counts {sum(cnt)}/{len(cnt)} "
                f"clausal={cues.clausal(doc, ms)} headed={headed}")
    t = past_base(doc, sent[:k], t, ms, cues)
    if t is not total:
        return "total other" if t is not None else "total none after past_base"
    if no_breakdown(doc, ms, t, cues):
        return "no_breakdown"
    if not _sums.fits(doc, ms, t, cues, True, headed):
        ev = [m.key.event for m in ms]
        cnt = [cues.counts(doc, m, t, True) for m in ms]
        same = "same" if set(ev) <= {None, t.key.event} else "other"
        return (f"fits fails: counted_as {sum(_sums.counted_as(m, t) for m in ms)}/{len(ms)} "
                f"change {sum(m.is_change for m in ms)} events {same} "
                f"counts {sum(cnt)}/{len(ms)}")
    return f"read ({how}) but not reported"


def _run_break(doc: object, sent: list, j: int, cues: object) -> str:
    """Which test of ``_sums.list_run`` ends a list after ``sent[j]`` (classes only)."""
    from numcheck.checkers._compare import between
    from numcheck.checkers._sum_clauses import SEPARATOR, alike
    if j + 1 >= len(sent):
        return "sentence ends"
    gap = between(doc, sent[j], sent[j + 1])  # type: ignore[arg-type]
    nxt = sent[j + 1]
    if len(gap) > 60:
        return "gap over 60"
    if "." in gap:
        return "full stop in gap"
    if SEPARATOR.search(gap) is None:
        return f"no separator ({_gapclass(gap)})"
    if not alike(nxt, sent[j]):
        return f"not alike ({sent[j].quantity.kind.value}/{nxt.quantity.kind.value})"
    if cues.no_item(doc, nxt):  # type: ignore[attr-defined]
        return "no_item"
    if any(f" {w} " in f" {gap} " for w in cues.beyond):  # type: ignore[attr-defined]
        return "beyond"
    if any(f"{gap} ".startswith(f"{w} ") for w in cues.relatives):  # type: ignore[attr-defined]
        return "relative"
    return "closed by and / bracket"


def _apart(article: object, claims: list) -> str:
    """A list told in other sentences than its total, by layout and by the first step of
    ``_role_lists.find_role_breakdowns`` (the next-sentence reader) that turns it away;
    ``far`` when the sum is not one slip from the total (``_far_lists``). Classes only."""
    from numcheck.checkers._relations import _Cues, by_sentence
    from numcheck.checkers._role_lists import (
        _names_another,
        elided,
        exclusive_states,
        item_labels,
        of_a_kind,
        verb_gapped,
    )
    from numcheck.checkers._roles import role
    from numcheck.checkers._slips import digits, one_slip
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    cues = _Cues.of(lex["checkers"], lex["measures"]).roles
    doc = article.document  # type: ignore[attr-defined]
    sents = by_sentence(doc, article.claims)  # type: ignore[attr-defined]
    where = {id(c): i for i, s in enumerate(sents) for c in s}
    cs = sorted(claims, key=lambda c: c.location.start)
    total = max(cs, key=lambda c: c.quantity.hard.high)
    items = [c for c in cs if c is not total]
    if id(total) not in where or any(id(c) not in where for c in items):
        return "a figure not checkable"
    t, its = where[id(total)], {where[id(c)] for c in items}
    side = "total before" if t < min(its) else "total after" if t > max(its) else "total inside"
    tag = f"{side} | items in {len(its)} sentence(s) | distance {min(abs(t - i) for i in its)}"
    total_sum = sum(c.quantity.value or 0 for c in items)
    slip = total.quantity.value is not None and one_slip(
        digits(int(total_sum)), digits(int(total.quantity.value)))
    tag += f" | one slip {slip}"
    if len(its) != 1 or side != "total before":
        return tag
    sentence = sents[min(its)]
    prior = sents[t]
    if len(sentence) != len(items):
        return tag + f" | items {len(items)} of {len(sentence)} figures"
    if t != min(its) - 1:
        return tag + " | not the next sentence"
    if not all(of_a_kind(c, sentence[0]) for c in sentence):
        return tag + " | items not of a kind"
    biggest = max(c.quantity.hard.low for c in items)
    totals = [c for c in prior if of_a_kind(c, sentence[0]) and c.quantity.hard.high >= biggest]
    if totals != [total]:
        return tag + f" | {len(totals)} candidate totals"
    if any(role(doc, c, cues) is not None for c in (*items, total)):
        return tag + " | a level or step of a change"
    if not all(elided(c, total, cues.kinds, item_labels(doc, c, cues.kinds)) for c in items):
        return tag + " | an item names its own thing"
    exclusive = exclusive_states(doc, items, cues)
    if not exclusive and not verb_gapped(doc, items, cues):
        return tag + " | not gapped, not exclusive states"
    lo, hi = sentence_of(doc, items[0])
    opening = squash(doc.prose[lo:items[0].location.start])
    if not exclusive and _names_another(opening, total, cues):
        return tag + " | opening names another thing"
    if cues.selection.search(squash(doc.prose[lo:hi])):
        return tag + " | a selection word"
    return tag + " | later step (times, a sentence between)"


def _same(doc: object, a: object, b: object) -> bool:
    return sentence_of(doc, a) == sentence_of(doc, b)  # type: ignore[arg-type]


def _sentence(sentences: tuple[tuple[int, int], ...], offset: int) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= offset < b:
            return i
    return -1


def classify(directory: Path, counts: Counter[str]) -> None:
    story = load_set(directory)
    arts = analyse(directory)
    raw = run_numcheck([directory.resolve()], fresh_process=False, plugins=False)
    score = score_findings(story, raw, directory)
    try:
        _dash_lists(arts, counts)
    except Exception as e:  # never a traceback from a held-out path
        counts[f"dashed lists | error {type(e).__name__}"] += 1
    planted: dict[tuple[str, int], bool] = {}
    for plant in story.planted:
        if plant["family"] != "components-total":
            continue
        for g in (span(plant), *map(span, plant.get("related", []))):
            c = arts[g.path].claim_at(g) if g.path in arts else None
            if c is not None:
                planted[(g.path, c.location.start)] = bool(score.found[plant["id"]])
    try:
        partitive_lists(arts, planted, counts)
    except Exception as e:  # never a traceback from a held-out path
        counts[f"partitive lists | error {type(e).__name__}"] += 1
    for plant in story.planted:
        if plant["family"] != "components-total":
            continue
        found = bool(score.found[plant["id"]])
        golds = [span(plant), *map(span, plant.get("related", []))]
        claims = [arts[g.path].claim_at(g) if g.path in arts else None for g in golds]
        counts[f"found={found}"] += 1
        if found:
            continue
        if None in claims:
            counts["missed | a figure not parsed"] += 1
            continue
        if len({g.path for g in golds}) > 1:
            counts["missed | two articles"] += 1
            continue
        art = arts[golds[0].path]
        sents = {_sentence(art.document.sentences, c.location.start) for c in claims}
        if len(sents) > 1:
            counts[f"missed | {min(max(sents) - min(sents), 4)} sentences apart"] += 1
            try:
                counts[f"missed | apart shape | {_apart(art, claims)}"] += 1
            except Exception as e:  # never a traceback from a held-out path
                counts[f"missed | apart shape | error {type(e).__name__}"] += 1
            try:
                for tag in why(art, claims):
                    counts[f"missed | apart | {tag.split(' | ')[0]}"] += 1
            except Exception as e:
                counts[f"missed | apart | error {type(e).__name__}"] += 1
            continue
        try:
            for tag in why(art, claims):
                counts[f"missed | one sentence | {tag}"] += 1
        except Exception as e:  # never a traceback from a held-out path
            counts[f"missed | one sentence | error {type(e).__name__}"] += 1


def _dash_lists(arts: dict, counts: Counter[str]) -> None:
    """Every list the relations read after a spaced dash alone (the ``_sum_dashed``
    reader's form): whether it adds up (agreeing) or not, as a sum or only a part."""
    from numcheck.checkers._arith import adds_up, arith
    from numcheck.checkers._relations import find
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    for art in arts.values():
        doc = art.document
        rel = find(doc, art.claims, lex["checkers"], lex["measures"])
        read = [("sum", ms, (t,)) for ms, t in rel.sums]
        read += [("part", ms, ws) for ms, ws in rel.parts]
        for how, ms, ws in read:
            first = min(ms, key=lambda c: c.location.start)
            t = max(ws, key=lambda c: c.location.start)
            if t.location.end > first.location.start:
                continue
            raw = doc.prose[t.location.end:first.location.start]
            if raw.strip() not in ("—", "–", "-") or raw[:1] != " " or raw[-1:] != " ":
                continue
            total = sum((arith(c.quantity) for c in ms[1:]), arith(ms[0].quantity))
            ok = adds_up(arith(t.quantity), total) if how == "sum" else (
                total.low <= arith(t.quantity).high)
            counts[f"dashed lists | {how} | {'agrees' if ok else 'does not'}"] += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind", type=int)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.list and args.blind is None:
        LISTING.append("on")
    counts = tally(args.blind, classify)
    for k in sorted(counts):
        print(f"{counts[k]:5d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
