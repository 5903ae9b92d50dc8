"""Structural classes of pairs the drift judge leaves silent as "a level on two days"
(and of planted pairs judged NC404/NC405): how each figure is told (fixed, stands,
moment, tense), counted by classes of the code only, never a word of the copy, so the
counts of a held-out batch may be printed."""

from __future__ import annotations

from collections import Counter
from typing import Any

SHAPES: Counter[str] = Counter()


def _both(x: bool, y: bool) -> str:
    return "both" if x and y else "one" if x or y else "none"


def level_shapes(pair: Any, alignment: Any, texts: dict[str, str], side: str) -> None:
    """Count the classes of one pair under ``side`` ("planted None", ...)."""
    try:
        _shapes(pair, alignment, texts, side)
    except Exception:  # never a traceback that could print a held-out path
        SHAPES[f"{side}: (error)"] += 1


def _shapes(pair: Any, alignment: Any, texts: dict[str, str], side: str) -> None:
    from numcheck.checkers.drift.alignment import days_apart
    from numcheck.checkers.drift.aspect import AspectWords, told_past
    from numcheck.checkers.drift.keys import is_measured
    from numcheck.checkers.drift.standing import kind

    a, b = pair.first, pair.second
    words = AspectWords.from_lexicon()
    ca, cb = a.claim, b.claim
    ta, tb = texts.get(ca.location.path), texts.get(cb.location.path)
    out = [
        f"kind {ca.quantity.kind.value}",
        f"event {_both(ca.key.event is not None, cb.key.event is not None)}",
        f"measured {_both(is_measured(ca, alignment), is_measured(cb, alignment))}",
        f"fixed {_both(a.fixed, b.fixed)}",
        "stands " + "|".join(sorted((kind(a.stands) or "-", kind(b.stands) or "-"))),
        "moment " + ("same" if a.moment and a.moment == b.moment else "differ"
                     if a.moment and b.moment else _both(a.moment is not None,
                                                         b.moment is not None)),
        "day " + ("same" if ca.day and ca.day == cb.day else "differ" if ca.day and cb.day
                  else _both(ca.day is not None, cb.day is not None)),
        f"past {_both(told_past(ca, ta, words), told_past(cb, tb, words))}",
        "party " + ("same" if a.party == b.party and a.party else "none" if a.party is None
                    and b.party is None else "one" if None in (a.party, b.party) else "differ"),
        f"apart {days_apart(a.date, b.date)}",
        "level noun " + _both(bool(alignment.content(ca.measure) & words.levels),
                              bool(alignment.content(cb.measure) & words.levels)),
        "verb " + ("same" if a.verb and a.verb == b.verb else "differ" if a.verb and b.verb
                   else _both(a.verb is not None, b.verb is not None)),
        f"window {_both(a.window is not None, b.window is not None)}",
        f"unit {'same' if ca.quantity.unit == cb.quantity.unit else 'differ'}",
    ]
    from numcheck.checkers.drift.aspect import sized
    from numcheck.checkers.drift.stable import PropertyWords, reading

    pw = PropertyWords.from_lexicon()
    ra = "/".join(x or "-" for x in reading(ca, ta, pw))
    rb = "/".join(x or "-" for x in reading(cb, tb, pw))
    out.append("reading " + "|".join(sorted((ra, rb))))
    out.append(f"sized {_both(sized(ca, alignment, ta, words), sized(cb, alignment, tb, words))}")
    out.append(f"current {_both(_current(ca, ta, words), _current(cb, tb, words))}")
    out.append(f"count-unit {_both(ca.quantity.unit is None, cb.quantity.unit is None)}")
    out.append(f"change {_both(ca.is_change, cb.is_change)}")
    out.append("head " + "|".join(sorted((_head(ca, alignment, pw, words),
                                           _head(cb, alignment, pw, words)))))
    out.append("things " + _key_class(ca.key.thing, cb.key.thing, set(alignment.thing_forms)))
    out.append("events " + _key_class(ca.key.event, cb.key.event,
                                      {e for e, _ in alignment.event_forms}))
    out.append("rel " + "|".join(sorted((_measure(ca, alignment), _measure(cb, alignment)))))
    for name in out:
        SHAPES[f"{side}: {name}"] += 1
    pick = ("kind", "event", "fixed", "past", "reading", "current", "head", "apart")
    SHAPES[f"{side}: sig " + "; ".join(n for n in out if n.split()[0] in pick)] += 1


def _key_class(x: str | None, y: str | None, lexicon: set[str]) -> str:
    """How two figures' key words relate, by class only (a key word may come from the
    copy, so it is never printed): same or differ, and whether the lexicon names each."""
    if x is None or y is None:
        return "none" if x is None and y is None else "one"
    named = sum(w in lexicon for w in (x, y))
    return ("same" if x == y else "differ") + f", {named} in lexicon"


def _current(claim: Any, text: str | None, words: Any) -> bool:
    """Its sentence holds a word of a current state ([aspect] current)."""
    import re

    if text is None:
        return False
    start, end = claim.sentence
    tokens = re.findall(r"[a-z]+(?:'[a-z]+)?", text[start:end].lower())
    return any(t in words.current for t in tokens) or any(
        " ".join(p) in " ".join(tokens) for p in words.current_phrases)


def _head(claim: Any, alignment: Any, pw: Any, words: Any) -> str:
    """The class of a figure's measure head: which lexicon table holds it."""
    from numcheck.likeness import lemma

    if not claim.measure:
        return "none"
    head = claim.measure[0]
    if " " in head:
        return "frame"
    low = lemma(head.lower())
    names = [n for n, table in (("pnoun", pw.nouns), ("pthing", pw.things),
                                ("level", words.levels)) if low in table or head in table]
    if claim.key.thing is not None and not names:
        names.append("thing")
    return "+".join(names) or "other"


def _measure(claim: Any, alignment: Any) -> str:
    """The relation table's measure (a lexicon name) the figure's measure head names."""
    from numcheck.likeness import lemma

    if not claim.measure or " " in claim.measure[0]:
        return "-"
    return alignment.head_measure(lemma(claim.measure[0].lower())) or "-"
