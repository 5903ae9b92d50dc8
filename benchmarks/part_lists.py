"""Blind classes of part lists for ``parts_why.py`` (counts only, never a word of the
copy): every list of parts ``find_partitives`` ties to one whole in one sentence and the
relations do not sum, and what follows an unlabelled item of a list after a dash."""

from __future__ import annotations

import re
from collections import Counter

from numcheck.checkers._compare import squash

_PREPS = frozenset(("of", "with", "under", "over", "among", "between", "per", "a", "an", "the"))


def unlabelled(doc: object, items: list, total: object, cues: object) -> str:
    """What follows each unlabelled item of a list after a dash (classes only): a noun of
    its own, a kind of the total's thing, a preposition no label holds, a verb, a mark."""
    kinds = cues.kinds  # type: ignore[attr-defined]
    out = set()
    for m in items:
        after = doc.prose[m.location.end:m.location.end + 40]  # type: ignore[attr-defined]
        first = (re.findall(r"[A-Za-z'-]+|[,.;:()]", after) or ["<end>"])[0]
        if m.quantity.noun is not None or m.key.thing not in (None, total.key.thing):  # type: ignore[attr-defined]
            kind = "?"
            if kinds is not None:
                kind = kinds.relation(frozenset(kinds.names(m)), kinds.names(total)).value
            out.add(f"own noun ({kind})")
        elif first in ",.;:()":
            out.add("a mark")
        elif first.lower() in cues.labels:  # type: ignore[attr-defined]
            out.add("label word, phrase too long")
        elif first.lower() in _PREPS:
            out.add("other preposition")
        elif first.lower().endswith("ed") or first.lower() in cues.verbs:  # type: ignore[attr-defined]
            out.add("a verb")
        elif first[:1].isupper():
            out.add("a capital")
        else:
            out.add("a word")
    return "+".join(sorted(out))


def partitive_lists(
    arts: dict, planted: dict[tuple[str, int], bool], counts: Counter[str]
) -> None:
    """Every set of two or more parts ``find_partitives`` ties to one whole in one
    sentence and the relations hold only as some of it (not summed): planted or not,
    how ``_partition`` joined them, how their sum meets the whole, and which
    ``[roles] exclusive`` / ``[spread] complements`` states their phrases name (classes)."""
    from numcheck.checkers import _relations as rel_mod
    from numcheck.checkers._arith import arith
    from numcheck.checkers._slips import digits, one_slip
    from numcheck.checkers._successive import _side_words, _state
    from numcheck.lexicon import Lexicon
    lex = Lexicon.default()
    lx = lex["checkers"]
    cues = rel_mod._Cues.of(lx, lex["measures"])
    real = rel_mod.find_partitives
    for path, art in arts.items():
        doc = art.document
        seen: list[object] = []

        def wrap(*a: object, seen: list[object] = seen, **k: object) -> object:
            r = real(*a, **k)  # type: ignore[arg-type]
            seen.append(r)
            return r

        rel_mod.find_partitives = wrap  # type: ignore[assignment]
        try:
            rel = rel_mod._find(doc, tuple(art.claims), lx, cues)
        finally:
            rel_mod.find_partitives = real
        summed = {id(m) for ms, _ in rel.sums for m in ms}
        for found in seen:
            groups: dict[int, tuple[object, list, int]] = {}
            for ms, ws in found.parts:  # type: ignore[attr-defined]
                if len(ws) != 1:
                    continue
                w, ms_, n = groups.get(id(ws[0]), (ws[0], [], 0))
                groups[id(ws[0])] = (w, [*ms_, *ms], n + 1)
            for whole, ms, entries in groups.values():
                if len(ms) < 2 or any(id(m) in summed for m in ms):
                    continue
                if len({m.sentence for m in ms}) != 1:
                    continue
                keys = [(path, c.location.start) for c in (*ms, whole)]
                hit = [planted[k] for k in keys if k in planted]
                who = "other" if not hit else "planted found" if any(hit) else "planted missed"
                how = "overlap" if entries == len(ms) else "disjoint" if entries == 1 else "mixed"
                total = sum((arith(m.quantity) for m in ms[1:]), arith(ms[0].quantity))
                w = arith(whole.quantity)
                if total.low > w.high:
                    fit = "over"
                elif total.high >= w.low:
                    fit = "adds up"
                else:
                    v, t = whole.quantity.value or 0, sum(m.quantity.value or 0 for m in ms)
                    slip = one_slip(digits(int(t)), digits(int(v))) if v and t else False
                    fit = "short slip" if slip else "short <25%" if t >= 0.75 * v else "short far"
                st = [_state(doc, m, cues.roles) for m in ms]
                if None not in st and len(set(st)) == len(st) and len({x[0] for x in st}) == 1:
                    size = cues.roles.group_sizes[st[0][0]]
                    states = "all states" if size == len(ms) else "exclusive, some states"
                elif None not in st:
                    states = "exclusive, not distinct"
                elif any(x is not None for x in st):
                    states = "some exclusive"
                else:
                    sides = [_side_words(doc, m) for m in ms]
                    pair = len(ms) == 2 and any(
                        (a in sides[0] and b in sides[1]) or (b in sides[0] and a in sides[1])
                        for a, b in (sorted(p) for p in cues.spread.complements))
                    states = "complements" if pair else "no states"
                counts[f"partitive lists | {who} | {min(len(ms), 3)} parts | {how} | {fit} "
                       f"| {states}"] += 1
                if len(ms) == 2 and how == "overlap" and fit in ("over", "short <25%"):
                    counts[f"partitive overlap | {who} | {fit} | "
                           f"{_pair_shape(doc, ms, whole, cues)}"] += 1


_NEG = frozenset(("not", "no", "never", "without", "yet", "still"))
_OTHER = frozenset(("other", "others", "rest", "remaining", "remainder", "further"))


def _pair_shape(doc: object, ms: list, whole: object, cues: object) -> str:
    """Two overlapping parts of one whole that go over it: how their phrases compare
    (classes only: the first word after each the same or not, a negation or an "other"
    word in the second, each side word's table), how far over, where the whole is."""
    from numcheck.checkers._slips import one_slip
    a, b = ms
    after = [squash(doc.prose[m.location.end:m.location.end + 60]).split() for m in ms]  # type: ignore[attr-defined]
    same_verb = "same first word" if after[0][:1] == after[1][:1] else "other first word"
    same2 = "same two words" if after[0][:2] == after[1][:2] else ""
    between = set(squash(doc.prose[a.location.end:b.location.start]).split())  # type: ignore[attr-defined]
    neg = "neg" if (set(after[1][:4]) | set(after[0][:4])) & _NEG else ""
    other = "other-word" if (set(after[1][:3]) | between) & _OTHER else ""
    total = (a.quantity.value or 0) + (b.quantity.value or 0)
    v = whole.quantity.value or 0  # type: ignore[attr-defined]
    slip = "slip" if one_slip(str(int(total)), str(int(v))) else "no slip"
    gap = abs(total - v)
    rel = "over<10%" if v and gap <= 0.1 * v else "over<25%" if v and gap <= 0.25 * v else "far"
    same = whole.sentence == a.sentence  # type: ignore[attr-defined]
    where = "whole in sentence" if same else "whole before"
    big = max(a.quantity.value or 0, b.quantity.value or 0)
    small = "small parts" if big < 0.5 * v else "a large part"
    return " ".join(x for x in (same_verb, same2, neg, other, slip, rel, where, small) if x)
