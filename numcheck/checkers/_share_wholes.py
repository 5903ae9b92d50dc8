"""The noun phrase after a share's "of" that names its whole (NC203): a word for the
total told before ("of the total", "of the region's total", "of all services"), or a
collective noun for the whole of one thing ("of the membership" is all the members, "of
the electorate" all the voters).

Read by the share readers of numcheck/checkers/_apposed.py: ``np in cues.totals`` asks
whether the phrase points back to a total; ``cues.totals.named(np)`` which thing it
names. Both are data: ``[shares] totals`` and ``[shares.collectives]`` in
numcheck/lexicon/checkers.toml; a collective naming a thing the vocabulary does not know
is refused when the cues are built (a typo would make a reader silently read nothing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import squash, words
from numcheck.checkers._partitive import PartCues
from numcheck.claims import Claim
from numcheck.document import Document

# "the region's", "the company's", "its": an owner before the noun of a whole
_OWNER = re.compile(r"^(?:(?:the |a )?(?:[\w-]+ ){0,2}[\w-]+(?:'s|’s|s'|s’) |its |their )")


class WholeWords:
    """``[shares] totals`` read as a grammar, and the collectives of ``[shares]``."""

    def __init__(self, lex: Mapping[str, Any], parts: PartCues) -> None:
        cues: Mapping[str, Any] = lex.get("shares", {})
        self.words = frozenset(words(cues.get("totals", ())))
        # the totals without their article: what may follow an owner ("the region's total")
        self.bare = frozenset(w[4:] if w.startswith("the ") else w for w in self.words) - {"all"}
        known = {name for slot, name in parts.forms.values() if slot == "thing"}
        self.collectives: dict[str, str] = {}
        for thing, nouns in cues.get("collectives", {}).items():
            if thing not in known:
                raise ValueError(f"[shares.collectives] {thing!r} is no thing of measures.toml")
            for noun in nouns:
                self.collectives[squash(noun)] = thing
        self.parts = parts

    def __contains__(self, np: object) -> bool:
        """``np`` names the total told before: a listed word ("the total", "all"), one
        after an owner ("the region's total", "its overall total") or "all" and a noun
        with no words of its own after it ("all services")."""
        if not isinstance(np, str):
            return False
        if np in self.words:
            return True
        owned = _OWNER.match(np)
        if owned is not None and np[owned.end() :] in self.bare:
            return True
        toks = np.split()
        return len(toks) == 2 and toks[0] == "all" and toks[1] not in self.words

    def named(self, np: str) -> tuple[str, str] | None:
        """The thing or event ``np`` names: the vocabulary's own forms first
        (``PartCues.named``), else a collective after its article or owner."""
        found = self.parts.named(np)
        if found is not None:
            return found
        owned = _OWNER.match(np)
        rest = np[owned.end() :] if owned is not None else np.removeprefix("the ")
        thing = self.collectives.get(rest)
        return None if thing is None else ("thing", thing)


# "At Mill Road,", "In the Leeds plant,": a frame opening the share's sentence that names
# a place or holder (capitalised words) before its figures
_FRAME = re.compile(r"^\s*(?:at|in|for|across|among|on)\s+([^,;:.]{1,40}),", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]*")


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
