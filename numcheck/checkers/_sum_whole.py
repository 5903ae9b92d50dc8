"""A list read as some of its total that its own figures say is all of it.

The list readers of ``_sums`` take a list told after its total as only some of it when
a writer may be naming the largest parts: two items ("cancelled 146 trains, 90 on the
coast line and 46 on the valley line", "830 jobs (Harbour 510, Eastfield 300)") and any
list after "with" ("412 homes, with 250 in Ashby and 152 in Colne"). Some of a total is
reported only when it adds up to more, so a breakdown one figure of which was told wrong
low went unreported. A partial list leaves out a share of the whole a writer would not
drop; a breakdown told wrong falls short by what one slip of the pen makes. So a list of
this kind that falls short (no reading of its intervals reaches the total) is all of it

- when its sum is one slip of the total (``_slips.one_slip``: a digit changed, added or
  dropped, two swapped) and within a quarter of it, the tie ``_far_lists`` takes for a
  list told sentences away; or
- when it has three items or more, which every other list form reads as all of the
  total, and falls short by less than a quarter.

Not for two items set after the total by a comma or a dash alone ("Arrests reached 27 —
15 in Kesby and 9 in Orrin", "will shed 1,900 jobs, 1,150 in Ghent and 650 in Antwerp"):
told so, two places are the largest of the total's parts, a look-alike the dashed and
apposed readers keep silent; "with", brackets or a colon mark a breakdown. Never when
the total's clause or the list marks a selection (``[sums] partial_lists``: "Among the
63 injured were 40 children and 21 teachers") or the list goes on with an item that is
no figure ("and others in Pell"): those name some of it by their words.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import lead_of, squash
from numcheck.checkers._open_items import uncounted
from numcheck.checkers._slips import digits, one_slip
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sum_hedges import summed
from numcheck.checkers._words import value_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

NEAR = 0.25  # short by less than a quarter: a partial list leaves more out
ITEMS = 3  # three items or more: all of the total, as every other list form reads them
_APPOSED = lazy_compile(r"[,\u2013\u2014-]\s*$")  # the list set off by a comma or dash alone


def told_all(
    document: Document, members: Sequence[Claim], total: Claim, cues: SumCues
) -> bool:
    """Whether a list the readers took as some of ``total`` is all of it (see the module
    docstring): it falls short, names no selection, and is one slip or three items from
    it."""
    if len(members) < 2 or uncounted(document, members[-1]):
        return False
    made = summed(members[0].quantity)  # a hedge hedges its last step (_sum_hedges)
    for member in members[1:]:
        made = made + summed(member.quantity)
    whole = summed(total.quantity)
    if made.high >= whole.low or made.high < (1 - NEAR) * whole.low:
        return False  # it reaches the total (reported as before), or far short of it
    said = f" {lead_of(document, total)} "
    said += squash(document.prose[total.location.end : members[-1].location.start])
    if any(f" {w} " in f"{said} " for w in cues.partial_lists):
        return False  # "Among the 63 injured were ...", "including 250 in Ashby"
    if len(members) >= ITEMS:
        return True
    if _APPOSED.search(document.prose[max(total.location.end, members[0].location.start - 12)
                                      : members[0].location.start]):
        return False  # "1,900 jobs, 1,150 in Ghent and 650 in Antwerp": the largest parts
    written = sum(value_of(m.quantity) or 0.0 for m in members)
    stated = value_of(total.quantity)
    if not written or not stated:
        return False
    return one_slip(digits(written), digits(stated))
