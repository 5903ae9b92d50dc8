"""A total told after its list, read from one sentence: "..., bringing the total to 12",
"19 dead in all", "..., for total revenue of $690m", and the links that make the list
only some of the figure after it ("a further 7 ..., bringing the toll to 25", "out of
5,025 cast", "bringing its total to 25"). Split from ``_sums.py``, which reads the lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import between, sentence_of, squash
from numcheck.checkers._sum_clauses import SEPARATOR
from numcheck.checkers._sum_cues import SumCues
from numcheck.claims import Claim
from numcheck.document import Document

__all__ = ["closes", "increments", "running", "some_after", "total_phrase"]

_MAX_GAP = 60  # characters between the list's last item and its total (as in _sums.py)
_SEPARATOR = SEPARATOR


def increments(document: Document, members: Sequence[Claim], cues: SumCues) -> bool:
    """ "a further 7 deaths and 3 injuries": additions, not the whole."""
    first = members[0]
    lead = squash(document.prose[sentence_of(document, first)[0] : first.location.start])
    return bool(set(lead.split()[-3:]) & cues.increments)


def running(document: Document, last: Claim, total: Claim, cues: SumCues) -> bool:
    """ "..., bringing the total to 25": the figure is a running total, which the
    additions are a part of."""
    gap = between(document, last, total)
    return any(gap.endswith(c) for c in cues.running) or cues.grammar.runs_to(gap)




def total_phrase(lead: str, cues: SumCues) -> bool:
    """ "for total revenue of", "a combined gain of": the list grammar's total phrase,
    with any noun. A running total with another determiner ("taking its toll to") opens
    no list: its holder may have had it before ("cases rose to 2,300, and 40 more deaths,
    taking its toll to 610"); it only reads additions as a part (``running``)."""
    return cues.grammar.names_total(lead)


def some_after(document: Document, last: Claim, total: Claim, cues: SumCues) -> bool:
    """ "Labour 2,310, the Greens 1,845 and the Conservatives 960, out of 5,025 cast": a
    link set off by a comma after the list calls the next figure a whole the list is
    some of (``[sums] links.some_after``); "3 out of 10" without a comma is a partitive."""
    raw = document.prose[last.location.end : total.location.start]
    gap = squash(raw)
    if "," not in raw or len(gap) > _MAX_GAP:
        return False
    # ", out of a total of 60": the link before a total phrase still makes it a whole
    return cues.grammar.taken_from(gap) or any(
        gap == f", {c}" or gap.endswith(f", {c}") for c in cues.some_after
    )


def closes(document: Document, last: Claim, total: Claim, cues: SumCues) -> bool:
    """ ", bringing the total to 12", "19 dead in all": the figure totals the list."""
    gap = between(document, last, total)
    if len(gap) <= _MAX_GAP and (
        any(gap.endswith(c) for c in cues.total_before) or total_phrase(gap, cues)
    ):
        return True
    end = sentence_of(document, total)[1]
    ahead = squash(document.prose[total.location.end : min(end, total.location.end + _MAX_GAP)])
    before_next, *figure = re.split(r"\d", ahead, maxsplit=1)
    # the cue may end in the next figure's currency sign ("a total of £4.6m")
    opening = re.sub(r"[^\w]+$", "", before_next)
    if figure and (
        any(opening.endswith(c) for c in cues.total_before) or total_phrase(opening, cues)
    ):
        # "... and in America 2,900, a total of 10,200", "260 in May, bringing the total
        # to 890": the cue opens the next figure, which is the total
        return False
    after = squash(document.prose[total.location.end : min(end, total.location.end + 30)])
    after = re.split(r"\d", after, maxsplit=1)[0]  # "(40,000) — 1.16 million in all"
    raw = document.prose[last.location.end : total.location.start]  # squashed, " - " is "-"
    joined = _SEPARATOR.search(gap) is not None or any(m in raw for m in (":", "—", "–", " - "))
    return joined and any(
        f" {c} " in f" {after} ".replace(",", " ").replace(".", " ") for c in cues.total_after
    )
