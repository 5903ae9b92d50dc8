"""An absolute figure set beside a share of a counted base restates the part the share
is of: "two-thirds of its 421 stores, or 240", "a third of the 1,204 respondents — 501
people —", "18,400 claims, about three-quarters of them, some 13,800".

The slot is grammatical, not lexical (docs/maintainers/phrasings.md §17): a share, its
base figure (right after "of" and a determiner, or before the share when the share says
"of them"), the base's noun phrase, an apposition mark (a comma, a dash, "or") and
hedges, then the absolute. The absolute takes the base's thing (else its measure) and
becomes a part of the base (``part_of``): a part never meets another source's whole, and
drift and the restatement checks leave parts out, so the name lets no new pair meet. A
share of a base with no figure ("18% of revenue, or €520m") gives nothing: named
"revenue" without a whole, the sum would meet the story's total revenue.

Read once over the article's claims in order, each figure with its two neighbours
before it: linear.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from numcheck.claims import Claim, Scope
from numcheck.extract.ends import unnamed
from numcheck.extract.keys import key_for
from numcheck.extract.measure import VALUE
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["name_apposed"]

_SHARES = frozenset({Kind.PERCENT, Kind.RATIO})
_ABSOLUTES = frozenset({Kind.COUNT, Kind.MONEY})
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|just|over|under|" \
         r"more\s+than|less\s+than|fewer\s+than|an\s+estimated|close\s+to)\s+)*"
# the apposition mark between two figures that are one quantity or one part
_MARK = r"(?:,[ \t]*(?:or[ \t]+)?|[ \t]*[—–][ \t]*(?:or[ \t]+)?|[ \t]+-[ \t]+|[ \t]+or[ \t]+)"
# an aside right after "of them": ", some 13,800", " — 44 in all"
_ASIDE = lazy_compile(rf"(?:[ \t]*\([ \t]*|,[ \t]*or[ \t]+|[ \t]+or[ \t]+|"
                         rf"[ \t]*[—–][ \t]*){_HEDGE}", re.IGNORECASE)
# the words of a part's noun phrase before the mark: "victims", "of the evacuees",
# "northern precincts", "of them in Switzerland" (letters, hyphens, apostrophes only)
_PHRASE = r"(?:[ \t]+[^\W\d_][\w'’-]*){0,5}"
_AFTER_PART = lazy_compile(rf"{_PHRASE}{_MARK}{_HEDGE}", re.IGNORECASE)
# what may follow a share set in apposition: the end of the aside, or "of them"
_SHARE_END = lazy_compile(r"[ \t]*(?:[,.;:)—–]|$|-[ \t]|of[ \t]+(?:them|those|whom|these)\b)",
                        re.IGNORECASE)
# between a share and its base figure: "of", a determiner or possessive
_OF_BASE = lazy_compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|our|his|her|this|these|those|all)"
                      r"[ \t]+)?", re.IGNORECASE)
# a sentence's partitive opener before its figure: "Of the", "Of its", "Of all the"
_OPENER = lazy_compile(r"[\s\"“‘']*of[ \t]+(?:all[ \t]+)?(?:the|its|their|these|those)[ \t]+",
                     re.IGNORECASE)
# the opener's noun phrase up to its comma: "18,400 claims, ", "£412 million budget, "
_OPENED = lazy_compile(rf"{_PHRASE},[ \t]*{_HEDGE}", re.IGNORECASE)
_OF_THEM = lazy_compile(r"[ \t]+of[ \t]+(?:them|those|whom|these)", re.IGNORECASE)
# words that open another clause: the two figures are then two statements
_CLAUSAL = frozenset({"and", "but", "while", "whereas", "although", "though", "when",
                      "after", "before", "which", "who", "that", "with", "against",
                      "than", "said", "says", "was", "were", "is", "are", "had", "has",
                      "have", "will", "would", "from", "to", "by", "per", "a", "an"})


def name_apposed(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each unnamed figure of an apposition slot named by its neighbour."""
    out = list(claims)
    idx = [i for i, c in enumerate(out) if c.scope is not Scope.BOILERPLATE
           and c.quantity.kind.is_comparable and c.quantity.value is not None]
    for n in range(1, len(idx)):
        prev, cur = out[idx[n - 1]], out[idx[n]]
        if prev.sentence != cur.sentence or prev.quantity.end > cur.quantity.start:
            continue
        named = _opened(text, prev, None, cur)
        if named is None and n >= 2:
            before = out[idx[n - 2]]
            named = (_part_of_share(text, before, prev, cur)
                     or _part_of_share(text, prev, before, cur, of_them=True)
                     or _opened(text, before, prev, cur))
        if named is not None:
            out[idx[n]] = named
    return out


def _opened(text: str, base: Claim, share: Claim | None, cur: Claim) -> Claim | None:
    """ "Of the 18,400 claims, about 11,000 ...", "Of the £412 million budget, 62% —
    about £255 million —": the absolute after a sentence's partitive opener (and a share
    set before it with a dash or a comma) is a part of the opener's figure."""
    b, c = base.quantity, cur.quantity
    if (c.kind not in _ABSOLUTES or b.kind is not c.kind or unnamed(base)
            or base.key.dimension != cur.key.dimension or base.part_of is not None
            or cur.part_of is not None or not (unnamed(cur) or _same_thing(base, cur))
            or cur.is_change or c.change is not None or c.level is not None
            or base.sentence != cur.sentence):
        return None
    if _OPENER.fullmatch(text, base.sentence[0], b.start) is None:
        return None
    after = share.quantity if share is not None else c
    if share is not None and (share.quantity.kind not in _SHARES or share.is_change
                              or _ASIDE.fullmatch(text, share.quantity.end, c.start) is None):
        return None
    gap = _OPENED.fullmatch(text, b.end, after.start)
    if gap is None or _clausal(text[b.end : after.start]):
        return None
    return _as_part(base, cur)


def _same_thing(base: Claim, cur: Claim) -> bool:
    return cur.key.event is None and cur.key.thing is not None and (
        cur.key.thing == base.key.thing)


def _part_of_share(text: str, share: Claim, base: Claim, cur: Claim, *,
                   of_them: bool = False) -> Claim | None:
    """ "two-thirds of its 421 stores, or 240", "a third of the 1,204 respondents — 501
    people —", "18,400 claims, about three-quarters of them, some 13,800" (``of_them``:
    the base before the share): the absolute restates the part the share is of; it is a
    part of the base figure, counting what the base counts."""
    s, b, c = share.quantity, base.quantity, cur.quantity
    if (s.kind not in _SHARES or c.kind not in _ABSOLUTES or b.kind is not c.kind
            or base.key.dimension != cur.key.dimension or unnamed(base)
            or base.part_of is not None or cur.part_of is not None or share.is_change
            or cur.is_change or c.change is not None or c.level is not None):
        return None
    if share.sentence != base.sentence:
        return None
    if of_them:
        if (_OF_THEM.match(text, s.end) is None or _clausal(text[b.end : s.start])
                or _AFTER_PART.fullmatch(text, b.end, s.start) is None):
            return None
        after = _OF_THEM.match(text, s.end)
        assert after is not None
        if _ASIDE.fullmatch(text, after.end(), c.start) is None and \
                _AFTER_PART.fullmatch(text, after.end(), c.start) is None:
            return None
        return _as_part(base, cur)
    if _OF_BASE.fullmatch(text, s.end, b.start) is None:
        return None
    if cur.key.event is not None or cur.key.thing not in (None, base.key.thing):
        return None  # "501 people" with a noun of its own keeps it
    if _AFTER_PART.fullmatch(text, b.end, c.start) is None or _clausal(text[b.end : c.start]):
        return None
    return _as_part(base, cur)


def _as_part(base: Claim, cur: Claim) -> Claim:
    """``cur`` as a part of ``base``: its thing, else its measure (a part never meets
    on either: drift and the restatement checks leave parts out)."""
    if base.key.thing is None:
        measure = tuple(w for w in base.measure if w != VALUE)
        return dataclasses.replace(cur, measure=cur.measure or measure, part_of=base.quantity.start)
    key = key_for(cur.quantity, base.key.thing, None, base.key.qualifiers, cur.key.incident)
    return dataclasses.replace(cur, key=key, part_of=base.quantity.start)


def _clausal(gap: str) -> bool:
    return any(w.lower() in _CLAUSAL for w in re.findall(r"[^\W\d_][\w'’-]*", gap))
