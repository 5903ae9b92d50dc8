"""Which percentages of one sentence are shares of one whole (NC205).

A breakdown ("A had 48.2% of the vote against 39.7% for B, with 8.4% for C") names its
whole once: a share with no thing of its own that gives a recipient ("39.7% for B")
belongs to the share before it. Two kinds of percentage are no share of the breakdown's
whole: a reference level ("against an interim target of 76%", "up from 61%") and the
progress of a count ("With 62% of polling stations reporting, ..."). Cue words are data
(``[shares]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._arith import written
from numcheck.checkers._compare import before, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind


class BreakdownCues:
    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("shares", {})
        self.references = words(cues.get("references", ()))
        self.progress = frozenset(words(cues.get("progress_after", ())))
        self.recipients = words(cues.get("recipients", ()))
        self.compared_by = words(cues.get("compared_by", ()))
        times = "|".join(re.escape(t) for t in sorted(words(cues.get("other_times", ())),
                                                     key=len, reverse=True)) or "(?!)"
        self.other_time = lazy_compile(rf"^(?:{times}|in (?:19|20)\d\d)\b")
        # words that open another clause before a share ("7 of 9 shots and Jones 3 out
        # of 10"): shares.py's part and whole do not take it
        self.joins = frozenset(words(cues.get("clause_joins", ())))

    def reference(self, document: Document, share: Claim) -> bool:
        """ "a target of 76%", "up from 61%": a level the shares are measured against."""
        lead = before(document, share, 40)
        return any(lead == r or lead.endswith(" " + r) for r in self.references)

    def level_then(self, document: Document, share: Claim) -> bool:
        """ "against 72.0% in May", "versus 58% at the last vote": a share compared with,
        given for another time, is that time's level, not a share of this whole."""
        lead = before(document, share, 40)
        if not any(lead == c or lead.endswith(" " + c) for c in self.compared_by):
            return False
        after = squash(document.prose[share.location.end : share.location.end + 40])
        return self.other_time.match(after) is not None

    def progress_of(self, document: Document, share: Claim) -> bool:
        """ "With 62% of polling stations reporting": how much of a count is in."""
        lead = before(document, share, 40).split()
        if not lead or lead[-1] != "with":
            return False
        after = squash(document.prose[share.location.end : share.location.end + 60])
        phrase = re.split(r"[,;:—–()]", after, maxsplit=1)[0].split()
        return phrase[:1] == ["of"] and bool(set(phrase[1:6]) & self.progress)

    def recipient(self, document: Document, share: Claim) -> bool:
        """ "39.7% for Nina Sava": the share goes to a recipient the breakdown lists."""
        after = squash(document.prose[share.location.end : share.location.end + 20])
        return any(after.startswith(r + " ") for r in self.recipients)


# "of those voting", "of those who voted": a pronoun restricted by a clause names a
# subgroup of the figure it points to, a whole of its own
_RESTRICTED = lazy_compile(r"^of (?:those|these) (?:who|that|which|\w+ing|\w+ed)\b")


def share_groups(
    document: Document,
    sentence: Sequence[Claim],
    changing: set[int],
    base_of: Mapping[int, float | None],
    cues: BreakdownCues,
) -> list[tuple[list[Claim], int]]:
    """The sentence's shares grouped by their whole, each with how many it takes to be a
    breakdown: two of a named whole, three of an unnamed one ("turnout was 65%, and 55%
    voted yes" are shares of different wholes)."""
    shares = [
        c
        for c in sentence
        if c.quantity.kind is Kind.PERCENT
        and not c.is_change
        and c.quantity.change is None
        and c.quantity.level is None  # "rose to 64.8% ... from 61.5%": levels, not shares
        and id(c) not in changing
        and not cues.reference(document, c)
        and not cues.level_then(document, c)
        and not cues.progress_of(document, c)
    ]
    groups: dict[tuple[object, str | None, str | None], list[Claim]] = {}
    named: list[object] = []
    for share in shares:
        key: object = base_of.get(id(share)) or share.key.thing
        if _RESTRICTED.match(squash(document.prose[share.location.end : share.location.end + 40])):
            key = ("restricted", id(share))  # "58% of those voting": a whole of its own
        if key is None and id(share) not in base_of and named and cues.recipient(document, share):
            key = named[-1]  # "... 48.2% of the vote against 39.7% for Sava"
        elif key is not None:
            named.append(key)
        groups.setdefault((key, share.window, share.claimant), []).append(share)
    out: list[tuple[list[Claim], int]] = []
    for (key, _, _), group in groups.items():
        out.append((group, 3 if key is None else 2))
    return out


def past_whole(group: Sequence[Claim], needed: int) -> bool:
    """Enough shares of one whole, each of its own event, whose least sum is past 100%."""
    spans = [written(c.quantity) for c in group]
    if len(group) < needed or any(s is None for s in spans):
        return False
    events = [c.key.event for c in group if c.key.event is not None]
    low = sum(s.low for s in spans if s is not None)
    return low > 100.5 and len(set(events)) == len(events)
