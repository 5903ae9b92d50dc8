"""Lists that add up to a stated total, read from one sentence.

"Fourteen boats sank: six trawlers, five yachts and three ferries" (the total, then a
colon or dash and the list), "The 1,900 job cuts are split between the Ghent plant
(1,150) and head office (750)", "Nine died in Aldham and three in Cray, bringing the
total to 12", "Killed were 14 soldiers and 5 civilians; 19 dead in all". The list is
a partition: its sum must meet the total (NC202). Cue words are data
(``[sums]`` in numcheck/lexicon/checkers.toml); a part may name a kind of the total's
thing (trawlers are boats: ``[hypernyms]`` in measures.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import between, sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document

Sum = tuple[tuple[Claim, ...], Claim]  # (components, total)

_MAX_GAP = 60  # characters between two listed components
_SEPARATOR = re.compile(r"(?:^|[\s,;)(])(?:and|,|;)(?:$|[\s(])|[,;]")


class SumCues:
    """The ``[sums]`` vocabulary and the thing hierarchy, compiled once per call."""

    def __init__(self, lex: Mapping[str, Any], hypernyms: Mapping[str, str]) -> None:
        sums: Mapping[str, Any] = lex.get("sums", {})
        self.openers = words(sums.get("openers", ()))
        self.marks = tuple(sums.get("opener_marks", (":", "-", "–", "—")))
        self.total_before = words(sums.get("total_before", ()))
        self.total_after = words(sums.get("total_after", ()))
        self.increments = frozenset(words(sums.get("increments", ())))
        self.hypernyms = hypernyms

    def kind_of(self, thing: str | None, whole: str | None) -> bool:
        """Whether a component counting ``thing`` can be part of a total of ``whole``:
        the same thing, a kind of it (trawlers of boats), or both kinds of one thing
        (soldiers and civilians among the dead, the total keyed by either)."""
        if thing is None or whole is None or thing == whole:
            return True
        kinds = self._chain(thing)
        return whole in kinds or kinds[-1] == self._chain(whole)[-1] != thing

    def _chain(self, thing: str) -> list[str]:
        chain = [thing]
        while (up := self.hypernyms.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        return chain


def find_sums(document: Document, sentence: Sequence[Claim], cues: SumCues) -> list[Sum]:
    """The (components, total) lists of one sentence's figures, in text order."""
    found: list[Sum] = []
    used: set[int] = set()
    for i, total in enumerate(sentence[:-2]):
        raw = document.prose[total.location.end : sentence[i + 1].location.start]
        if raw.strip() == "-":
            continue  # "7-0", "52-48": a score or a tally, not a list
        gap = between(document, total, sentence[i + 1])
        if not _opens(gap, cues):
            continue
        members = _run(document, sentence, i + 1, 1)
        if _smaller(total, members):
            continue  # "at the two airports: 210 at Northgate ...": not the total
        if _fits(document, members, total, cues):
            found.append((tuple(members), total))
            used.update(id(m) for m in members)
    for j in range(2, len(sentence)):
        total = sentence[j]
        if id(total) in used or not _closes(document, sentence[j - 1], total, cues):
            continue
        members = _run(document, sentence, j - 1, -1)
        if _fits(document, members, total, cues):
            found.append((tuple(reversed(members)), total))
    return found


def _smaller(total: Claim, members: Sequence[Claim]) -> bool:
    """A figure far below a listed one cannot be their total ("two airports")."""
    high = total.quantity.hard.high
    return any(m.quantity.hard.low > 2 * high for m in members)


def _opens(gap: str, cues: SumCues) -> bool:
    """ "boats sank:", "homes -", "are split between the ghent plant (": a list follows."""
    if len(gap) > _MAX_GAP:
        return False
    stripped = gap.rstrip(" (")
    return stripped.endswith(cues.marks) or any(f" {o} " in f" {gap} " for o in cues.openers)


def _closes(document: Document, last: Claim, total: Claim, cues: SumCues) -> bool:
    """ ", bringing the total to 12", "19 dead in all": the figure totals the list."""
    gap = between(document, last, total)
    if len(gap) <= _MAX_GAP and any(gap.endswith(c) for c in cues.total_before):
        return True
    stop = min(sentence_of(document, total)[1], total.location.end + 30)
    after = squash(document.prose[total.location.end : stop])
    after = re.split(r"\d", after, maxsplit=1)[0]  # "(40,000) — 1.16 million in all"
    joined = _SEPARATOR.search(gap) is not None or any(m in gap for m in (":", "—", "–", " - "))
    return joined and any(
        f" {c} " in f" {after} ".replace(",", " ").replace(".", " ") for c in cues.total_after
    )


def _run(document: Document, sentence: Sequence[Claim], k: int, step: int) -> list[Claim]:
    """The figures listed from ``sentence[k]`` on (``step`` 1) or back (``step`` -1)."""
    run = [sentence[k]]
    while 0 <= k + step < len(sentence):
        a, b = (sentence[k], sentence[k + step]) if step > 0 else (sentence[k - 1], sentence[k])
        gap = between(document, a, b)
        if len(gap) > _MAX_GAP or "." in gap or _SEPARATOR.search(gap) is None:
            break
        k += step
        run.append(sentence[k])
    return run


def _fits(document: Document, members: Sequence[Claim], total: Claim, cues: SumCues) -> bool:
    """At least two components of the total's kind, unit and event, each counting the
    total's thing or a kind of it, none an increment ("a further 7") of a running total."""
    if len(members) < 2:
        return False
    q = total.quantity
    for m in members:
        if m.quantity.kind is not q.kind or m.key.dimension != total.key.dimension:
            return False
        if m.key.event is not None and total.key.event not in (None, m.key.event):
            return False
        if not cues.kind_of(m.key.thing, total.key.thing) or m.is_change:
            return False
    first = min(members, key=lambda c: c.location.start)
    lead = squash(document.prose[sentence_of(document, first)[0] : first.location.start])
    return not (set(lead.split()[-3:]) & cues.increments)
