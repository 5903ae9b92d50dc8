"""The figures of the sentences next to a claim's own, for a retelling told across two
sentences (checkers/drift/retold.py).

Wire copy gives each sentence its own paragraph, and a desk tells a whole and its
part one sentence apart as often as in one: "Kestrel employs 2,300 workers at the
plant." / "It will shed 900 of those jobs." Another article's "will shed 2,300 jobs"
then retells the workforce as the cut, and the evidence is the same as inside one
sentence (each measure its own figure, told side by side), one sentence further off.
Only the sentence just before and just after in the article's own order are read (a
paragraph break between them is no bar: wire copy breaks after every sentence), and
only figures of the claim's own group key, as ``near`` reads them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from numcheck.claims import Claim
from numcheck.document import Document

__all__ = ["beside"]


def beside(documents: Sequence[Document], claims: Sequence[Claim],
           group: Callable[[Claim], object]) -> Callable[[Claim], Sequence[Claim]]:
    """A function giving the figures of the sentences just before and just after a
    claim's (of its group key; ``group`` gives None for figures with no group). Read
    once per run, when first asked."""
    starts: dict[str, list[tuple[int, int]]] = {}
    by_sentence: dict[tuple[str, tuple[int, int]], list[Claim]] = {}
    read: list[bool] = []

    def load() -> None:
        read.append(True)
        for document in documents:
            starts[document.path] = sorted(document.sentences)
        for claim in claims:
            by_sentence.setdefault((claim.location.path, claim.sentence), []).append(claim)

    def next_to(claim: Claim) -> Sequence[Claim]:
        if not read:
            load()
        key = group(claim)
        spans = starts.get(claim.location.path, [])
        at = bisect.bisect_left(spans, claim.sentence)
        if key is None or at >= len(spans) or spans[at] != claim.sentence:
            return ()
        found: list[Claim] = []
        for other in (at - 1, at + 1):
            if 0 <= other < len(spans):
                found += [c for c in by_sentence.get((claim.location.path, spans[other]), [])
                          if group(c) == key]
        return found

    return next_to
