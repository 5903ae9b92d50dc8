"""List items with no figure: "four drivers, two guards and a nurse", "and others".

A list that goes on with an item that is no figure is only some of its total ("and
others", "and several homes"), unless the words point back into the list ("94
meadows, 57 hedgerows and 25 reedbeds, some of them flooded": "some of them" is a part
of the listed items, no item of its own), the item counts one (``_sum_grammar.single``)
or its words are the total's own ("..., a combined 41,300"). Split from ``_sums.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["open_before", "uncounted"]

_UNCOUNTED = lazy_compile(
    r"[^.;:!?()\d]{0,50}?(?:,|\band)\s+(?:a|an|one|another|other|others|several|some|"
    r"many|various|dozens|hundreds|thousands|a\s+few)\b"
    r"(?!\s+of\s+(?:them|these|those|which|whom)\b)"
)


def uncounted(document: Document, last: Claim) -> bool:
    """ "four drivers, two guards and others": the list goes on with an item that is no
    figure, so the figures are only a part of the total (an item that counts one, "and
    a nurse", is read before this by ``_sum_grammar.SumGrammar.single``)."""
    return _UNCOUNTED.match(document.prose, last.location.end) is not None


def open_before(
    document: Document, last: Claim, total: Claim, closers: Sequence[str]
) -> bool:
    """ "Four shops and several homes were flooded, 40 buildings in all": an item with no
    figure between the list and its total leaves the list open, unless its words are the
    total's own ("..., a combined 41,300", "..., a total of 23")."""
    text = document.prose[last.location.end : total.location.start]
    match = _UNCOUNTED.match(text)
    if match is None:
        return False
    det = text[: match.end()].split()[-1]
    rest = " ".join(text[match.end() - len(det) :].lower().split())
    return not any(rest.startswith(c + " ") or rest == c for c in closers)
