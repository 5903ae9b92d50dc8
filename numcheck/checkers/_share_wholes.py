"""The noun phrase after a share's "of" that names its whole (NC203): a word for the
total told before ("of the total", "of the region's total", "of all services"), or a
collective noun for the whole of one thing ("of the membership" is all the members, "of
the electorate" all the voters).

Read by the share readers of numcheck/checkers/_apposed.py: ``cues.totals.canonical``
rewrites the phrase to the words they know ("the total", a thing's own word), so
``np in cues.totals`` and ``PartCues.named`` read it. Both are data: ``[shares] totals``
and ``[shares.collectives]`` in numcheck/lexicon/checkers.toml; a collective naming a
thing the vocabulary does not know is refused when the cues are built (a typo would make
a reader silently read nothing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import squash, words
from numcheck.checkers._partitive import PartCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

# the noun phrase after a share's "of", up to a mark (read by _apposed.py too)
NP_OF = re.compile(r"^\s*of ((?:[\w’'&-]+(?:\.\w+)* ?){1,5}?)\s*(?=[,.;:!?()—–]| - |$)")
# "the region's", "the company's", "its": an owner before the noun of a whole
_OWNER = lazy_compile(r"^(?:(?:the |a )?(?:[\w-]+ ){0,2}[\w-]+(?:'s|’s|s'|s’) |its |their )")


class WholeWords(frozenset[str]):
    """``[shares] totals`` (a set: ``np in cues.totals`` costs no Python call on the hot
    path of every share) and the grammar and collectives that ``canonical`` reads."""

    bare: frozenset[str]
    collectives: dict[str, str]
    parts: PartCues

    def __new__(cls, lex: Mapping[str, Any], parts: PartCues) -> WholeWords:
        cues: Mapping[str, Any] = lex.get("shares", {})
        self = super().__new__(cls, words(cues.get("totals", ())))
        # the totals without their article: what may follow an owner ("the region's total")
        self.bare = frozenset(w[4:] if w.startswith("the ") else w for w in self) - {"all"}
        # a collective -> a written form of its thing ("membership" -> "members")
        form_of: dict[str, str] = {}
        for form, (slot, name) in parts.forms.items():
            if slot == "thing":
                form_of.setdefault(name, form)
        self.collectives = {}
        for thing, nouns in cues.get("collectives", {}).items():
            if thing not in form_of:
                raise ValueError(f"[shares.collectives] {thing!r} is no thing of measures.toml")
            for noun in nouns:
                self.collectives[squash(noun)] = form_of[thing]
        self.parts = parts
        return self

    def canonical(self, np: str) -> str:
        """``np`` as the readers of _apposed.py know it: "the total" for a total after an
        owner ("the region's total", "its overall total") or "all" and a noun with no
        words of its own after it ("all services"); a collective as its thing's own
        word ("the club's membership" -> "the club's members"); else ``np`` itself."""
        if np in self:
            return np
        owned = _OWNER.match(np)
        at = owned.end() if owned is not None else (4 if np.startswith("the ") else 0)
        rest = np[at:]
        if owned is not None and rest in self.bare:
            return "the total"
        toks = np.split()
        if len(toks) == 2 and toks[0] == "all" and toks[1] not in self:
            return "the total"
        form = self.collectives.get(rest)
        return np if form is None else np[:at] + form

    def wholes_of(self, document: Document, share: Claim, history: Sequence[Claim]) -> list[Claim]:
        """The figures told before a count's clause that may be the whole a share set off
        after the count names ("60 schools, or 30% of the district's schools"): those of
        the very thing the noun names (no kind of it: "2,100 nurses, or 18% of its
        nurses" is no share of its 9,000 staff), told where an owner the noun phrase
        names ("the region's") is named too. A total or an unread phrase: all of them."""
        found = NP_OF.match(document.prose[share.location.end : share.location.end + 60])
        np = self.canonical(squash(found.group(1))) if found is not None else None
        named = self.parts.named(np) if np is not None and np not in self else None
        if np is None or named is None or named[0] != "thing":
            return list(history)
        owned = _OWNER.match(np)
        owner = [] if owned is None else _WORD.findall(_OWNED.sub(" ", owned.group(0).lower()))
        out: list[Claim] = []
        sentences, last = 0, share.sentence
        for c in reversed(history):  # as far back as ``_standing_named`` reads
            if c.sentence != last:
                sentences, last = sentences + 1, c.sentence
            if sentences > self.parts.reach:
                break
            if c.key.thing == named[1] and (
                not owner or all(w in document.prose[c.sentence[0] : c.sentence[1]].lower()
                                 for w in owner)
            ):
                out.append(c)
        return out[::-1]


# "At Mill Road,", "In the Leeds plant,": a frame opening the share's sentence that names
# a place or holder (capitalised words) before its figures
_FRAME = lazy_compile(r"^\s*(?:at|in|for|across|among|on)\s+([^,;:.]{1,40}),", re.IGNORECASE)
_NAME = lazy_compile(r"\b[A-Z][\w'’-]*")
# the words of an owner that name it ("the region's" -> region): no article, pronoun or "'s"
_OWNED = lazy_compile(r"(?:'s|’s|')(?=\s|$)|\b(?:the|a|its|their)\b")
_WORD = lazy_compile(r"[\w-]+")


def framed_apart(document: Document, share: Claim, base: Claim) -> bool:
    """The share's sentence opens with a frame naming a place or holder the base's
    sentence does not name: "Hartley Trust employs 4,000 nurses. At Mill Road, 300
    nurses, about 7% of its nurses, ...": "its" is Mill Road's, no share of the 4,000
    (as ``_apposed._times_before`` keeps a share from a base of another time)."""
    frame = _FRAME.match(document.prose[share.sentence[0] : share.location.start])
    if frame is None or base.sentence == share.sentence:
        return False
    told = document.prose[base.sentence[0] : base.sentence[1]]
    return any(name not in told for name in _NAME.findall(frame.group(1)))
