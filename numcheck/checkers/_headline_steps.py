"""A change told in the headline, its levels in the body: "Profit falls 30%" over
"Profit fell to £42m from £50m in the year to March".

Headlines on every desk give the change and leave the levels to the lede. When the body
restates the change itself ("a 16% fall"), the restated checker compares the two
(numcheck/checkers/_headline.py ``headline_changes``); when the body gives only the two
levels, nothing checked the headline's change. This reads it against the first pair of
body levels that tells the same move: same direction, no step of its own in its
sentence, and a sentence that names what the headline says changed (a lemma of the
headline's words before its figure, stop words as ``headline_changes`` reads them). A
headline the body restates as a change, or whose subject no levels' sentence names, is
left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import sentence_of
from numcheck.checkers._headline import HeadlineWords, headline_changes, percent_change
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["headline_steps"]

_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_SUBJECT_WORDS = 4  # the headline's words before its figure that name what changed

Pair = tuple[Claim, Claim, str | None]


def _lemmas(text: str, words: HeadlineWords) -> set[str]:
    found = (x.lower().removesuffix("'s").removesuffix("’s") for x in _WORD.findall(text))
    return {lemma(x) for x in found if len(x) > 2 and x not in words.stops}


def headline_steps(
    document: Document,
    claims: Sequence[Claim],
    pairs: Sequence[Pair],
    tied: set[int],
    words: HeadlineWords,
) -> list[tuple[Claim, Claim, Claim, str | None]]:
    """(old, new, step, way) for each headline change whose levels the body gives."""
    heads = [c for c in claims if c.scope is Scope.HEADLINE and percent_change(c)]
    if not heads:
        return []
    restated = {id(head) for head, _ in headline_changes(document, claims, words)}
    changed = {sentence_of(document, c) for c in claims
               if c.scope is Scope.BODY and percent_change(c)}
    body = sorted(
        (p for p in pairs if p[0].scope is Scope.BODY and p[1].scope is Scope.BODY
         and id(p[0]) not in tied and id(p[1]) not in tied and p[2] is not None
         and sentence_of(document, p[1]) not in changed),
        key=lambda p: p[1].location.start,
    )
    out: list[tuple[Claim, Claim, Claim, str | None]] = []
    for head in heads:
        if id(head) in restated or head.quantity.change is None:
            continue
        start = sentence_of(document, head)[0]
        lead = document.prose[start : head.location.start].split()[-_SUBJECT_WORDS:]
        subject = _lemmas(" ".join(lead), words)
        if not subject:
            continue
        for old, new, way in body:
            if way != head.quantity.change.value:
                continue
            lo, hi = sentence_of(document, new)
            if subject & _lemmas(document.prose[lo:hi], words):
                out.append((old, new, head, way))
            break  # the first levels of that move only: the lede's
    return out
