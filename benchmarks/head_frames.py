"""Where the measured head of a figure was read from: counts only (``--blind``).

For a restated item kept apart at "key: measured head" (two tellings of one figure
filed under two heads, ``_restate_grouping.apart``), each side's head is placed by
the frame it was read from, from the code and positions alone, never a word of the
copy: the noun right after the figure (a count's noun, a compound's head), an "of"
phrase's attribute before it ("a length of 380 metres"), a word earlier in the clause
(a subject), a word further after, or a word outside the sentence; and by the class
of the head word (an attribute noun, a time or manner word, a verb form, a noun).
Whether the other side's head is told in this side's sentence or the one before says
whether an attribute's thing could be read from there.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

_WORDS = lazy_compile(r"[a-z][a-z'-]*")
# attribute nouns a figure is a value of ("the length", "a total of"): counting only
ATTRIBUTES = frozenset({
    "length", "width", "height", "depth", "size", "area", "weight", "price", "cost", "value",
    "total", "number", "amount", "sum", "figure", "toll", "count", "tally", "level", "rate",
    "distance", "speed", "capacity", "volume", "budget", "bill", "fee", "fine", "worth",
    "tag", "estimate", "share", "proportion", "percentage", "majority", "margin", "score",
    "age", "duration", "span", "extent", "range", "scale", "population", "turnout", "fare",
})
# words that are no noun a figure could measure: time, manner, linking words
ADVERBS = frozenset({
    "now", "then", "still", "also", "already", "yet", "ago", "today", "just", "only", "even",
    "almost", "nearly", "about", "around", "roughly", "some", "more", "less", "than", "so",
    "too", "very", "well", "soon", "later", "earlier", "since", "again", "once", "last",
    "this", "that", "there", "here", "up", "down", "out", "off", "over", "under", "in", "on",
})


def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)]
    return word


def _word_class(head: str) -> str:
    if " " in head:
        return "verb frame"
    low = head.lower()
    if low in ADVERBS or low.endswith("ly"):
        return "time/manner word"
    if _stem(low) in ATTRIBUTES or low in ATTRIBUTES:
        return "attribute noun"
    if low.endswith(("ed", "ing")):
        return "verb form"
    if head[:1].isupper():
        return "capitalised"
    return "noun"


def _frame(document: Document, c: Claim) -> str:
    """Where the head word stands relative to the figure in its sentence."""
    if not c.measure:
        return "no head"
    head = c.measure[0]
    if " " in head:
        return "verb frame"
    lo, hi = c.sentence if c.sentence[1] > c.sentence[0] else (
        max(0, c.location.start - 300), c.location.end + 300)
    text = document.prose
    target = _stem(head)
    before = list(_WORDS.finditer(text[lo : c.location.start].lower()))
    after = list(_WORDS.finditer(text[c.location.end : hi].lower()))
    for k, m in enumerate(after[:4]):
        if _stem(m.group()) == target:
            return f"after figure +{k + 1}" if k < 3 else "after figure +4"
    for k, m in enumerate(reversed(before)):
        if _stem(m.group()) == target:
            between = [w.group() for w in before[len(before) - k :]]
            if between[:1] == ["of"] or "of" in between[:3]:
                return "before: of phrase"
            return "before: near (<=3)" if k < 3 else "before: far (clause)"
    if any(_stem(m.group()) == target for m in after):
        return "after: far"
    prev = text[max(0, lo - 400) : lo].lower()
    if any(_stem(m.group()) == target for m in _WORDS.finditer(prev)):
        return "not in sentence (in the one before)"
    return "not in sentence"


def _told_near(document: Document, c: Claim, other: str) -> str:
    """Whether the other side's head is told in this side's sentence, the one before, or
    neither."""
    if not other or " " in other:
        return "other head a verb frame"
    lo, hi = c.sentence if c.sentence[1] > c.sentence[0] else (c.location.start,
                                                                c.location.end)
    target = _stem(other)
    text = document.prose
    if any(_stem(m.group()) == target for m in _WORDS.finditer(text[lo:hi].lower())):
        return "in its sentence"
    if any(_stem(m.group()) == target for m in _WORDS.finditer(text[max(0, lo - 400) : lo]
                                                                    .lower())):
        return "in the 400 chars before"
    return "not near"


def head_frames(document: Document, a: Claim, b: Claim, left: Counter[str],
                tag: str = "missed key: measured head") -> None:
    """Count the frame and class of both heads of one missed item (counts only)."""
    try:
        sides = []
        for c, o in ((a, b), (b, a)):
            head = c.measure[0] if c.measure else ""
            other = o.measure[0] if o.measure else ""
            cls, frame = _word_class(head) if head else "none", _frame(document, c)
            sides.append(cls)
            left[f"{tag} | frame: {frame}; class {cls}; kind {c.quantity.kind.value}"] += 1
            left[f"{tag} | frame: {frame}"] += 1
            left[f"{tag} | class: {cls}"] += 1
            if cls != "noun":
                left[f"{tag} | non-noun side ({cls}): other head "
                     f"{_told_near(document, c, other)}"] += 1
        left[f"{tag} | pair classes: {' / '.join(sorted(sides))}"] += 1
        if sides == ["noun", "noun"]:
            _noun_pair(document, a, b, left, tag)
    except Exception:  # never a traceback from a held-out path
        left["head frames: error"] += 1


def _noun_pair(document: Document, a: Claim, b: Claim, left: Counter[str], tag: str) -> None:
    """For two noun heads: whether either side names the other's head among its own
    modifiers, in its sentence or before it; whether the lexicon names either thing;
    how the two heads relate by form (one a prefix of the other, a shared stem)."""
    x, y = a.measure[0].lower(), b.measure[0].lower()
    mods = any(_stem(o) in {_stem(w) for w in c.measure[1:]}
               for c, o in ((a, y), (b, x)))
    near = sorted(_told_near(document, c, o) for c, o in ((a, y), (b, x)))
    left[f"{tag} | nouns: other head a modifier {mods}"] += 1
    left[f"{tag} | nouns: other head told {' / '.join(near)}"] += 1
    left[f"{tag} | nouns: lexicon things {sum(c.key.thing is not None for c in (a, b))} of 2; "
         f"events {sum(c.key.event is not None for c in (a, b))} of 2"] += 1
    form = ("one word" if _stem(x) == _stem(y) else "prefix" if x[:5] == y[:5]
            else "other")
    left[f"{tag} | nouns: form {form}; kinds {a.quantity.kind.value}/"
         f"{b.quantity.kind.value}; same unit {a.quantity.unit == b.quantity.unit}"] += 1
    mods_n = sorted(str(min(len(c.measure) - 1, 3)) for c in (a, b))
    left[f"{tag} | nouns: modifiers {'/'.join(mods_n)}"] += 1
    va, vb = a.quantity.value, b.quantity.value
    left[f"{tag} | nouns: values equal {va == vb}"] += 1


def note(document: Document, a: Claim, b: Claim, why: str, left: Counter[str],
         context: Any = None) -> None:
    if why.startswith("key: measured head"):
        head_frames(document, a, b, left)
