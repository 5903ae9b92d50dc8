"""An old level marked by the clause that gives it, in the sentence of a stated change.

Markets and trade copy give the level a change started from in a clause of its own,
after the step and the new level: "closed 7.4% lower at 412 pence, having ended Monday
at 452 pence", "now carries 26,000 trips a day, 8,000 more than in 2019, when it carried
20,000". The words before the old level (``[levels] old_clauses`` in checkers.toml, "*"
for up to three words: "having ended * at", "when it carried") mark it; the new level
is the figure of its kind right after the step ("lower at 412 pence") or right before
it ("26,000 trips a day, 8,000 more than").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import before, between, squash
from numcheck.checkers._per import level_gap
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

Pair = tuple[Claim, Claim, str | None]
Step = tuple[Claim, Claim, Claim, str]

_NEW_LINKS = ("at", "to")  # "lower at 412 pence", "up 3% to 1,140"


class MarkedCues:
    """The ``[levels]`` old-clause markers and comparatives, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        levels: Mapping[str, Any] = lex.get("levels", {})
        forms = [
            re.escape(squash(m)).replace(r"\*\ ", r"(?:[^\s,;:]+\s+){0,3}?").replace(r"\ ", r"\s+")
            for m in levels.get("old_clauses", ())
        ]
        self.old = lazy_compile(rf"(?:^|[\s,])(?:{'|'.join(forms)})$") if forms else None
        self.comparatives = {squash(k): v for k, v in levels.get("comparatives", {}).items()}
        self.max_gap = int(levels.get("old_clause_reach", 80))


def _comparative(document: Document, claim: Claim, cues: MarkedCues) -> str | None:
    """ "8,000 more than ...": the direction of a comparative right after a figure."""
    after = squash(document.prose[claim.location.end : claim.location.end + 24])
    return next((v for k, v in cues.comparatives.items() if after.startswith(k + " ")), None)


def find_marked(
    document: Document,
    sentence: Sequence[Claim],
    alike: Any,
    is_step: Any,
    cues: MarkedCues,
    taken: set[int],
) -> tuple[list[Pair], list[Step]]:
    """Pairs and bound steps whose old level a clause marks (see the module docstring).
    ``alike`` and ``is_step`` are _levels' tests; ``taken`` the claims already levels or
    bound steps (never read twice)."""
    pairs: list[Pair] = []
    steps: list[Step] = []
    if cues.old is None:
        return pairs, steps
    for k, step in enumerate(sentence):
        if id(step) in taken:
            continue
        compared = _comparative(document, step, cues)
        if not is_step(step) and compared is None:
            continue
        old = next(
            (
                c
                for c in map(sentence.__getitem__, range(k + 1, len(sentence)))
                if id(c) not in taken
                and c.location.start - step.location.end <= cues.max_gap
                and cues.old.search(before(document, c, 60)) is not None
            ),
            None,
        )
        if old is None:
            continue
        new = _new_level(document, sentence, k, old, alike, taken)
        if new is None:
            continue
        way = compared
        if way is None and step.quantity.change is not None:
            way = step.quantity.change.value
        pairs.append((old, new, way))
        steps.append((old, new, step, "change"))
        taken.update((id(old), id(new), id(step)))
    return pairs, steps


def _new_level(
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    old: Claim,
    alike: Any,
    taken: set[int],
) -> Claim | None:
    """The level of ``old``'s kind right after the step ("lower at 412 pence") or right
    before it ("26,000 trips a day, 8,000 more than")."""
    step = sentence[k]
    after = sentence[k + 1] if k + 1 < len(sentence) else None
    if after is not None and after is not old and id(after) not in taken and alike(after, old):
        link = between(document, step, after).split()
        if link and link[-1] in _NEW_LINKS and len(link) <= 3:
            return after
    prior = [c for c in sentence[:k] if id(c) not in taken]
    if prior and alike(prior[-1], old):
        gap, noun = between(document, prior[-1], step), prior[-1].quantity.noun
        head, _, rest = gap.partition(" ")
        if noun and head.startswith(noun):  # "26,000 trips a day," after its noun
            gap = rest
        if level_gap(gap) == ",":
            return prior[-1]
    return None


__all__ = ["MarkedCues", "find_marked"]
