"""Figures told at two stages of one process: the same figure is measure drift.

A process moves what it counts through stages (``[stages]`` of alignment.toml): families
apply, some are approved; donors pledge, some of it is paid; people register, some
vote; a buyer orders, some is delivered; police arrest, prosecutors charge, courts
convict. Each stage counts what went through the one before, so two articles giving one
figure of one head ("2,300 families"), one at a stage and one at another, retold one
stage as the other (NC403); two different figures are two stages, both right, and are
left alone (a sibling pair: the judge raises only the same figure). The words are data a
newsroom extends; ``table`` refuses a wrong entry with the key at fault.
docs/maintainers/claims.md, "the stages of a process".
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.measured import told_apart
from numcheck.checkers.drift.spans import particle
from numcheck.claims import Claim
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.text import norm

__all__ = ["Stages", "staged", "staged_heads", "staged_pairs", "table"]

_KEY = "alignment.stages"


@dataclass(frozen=True)
class Stages:
    """Each process's stages, in order: the lemmas that tell each."""

    processes: Mapping[str, tuple[frozenset[str], ...]]

    def stage(self, process: str, said: frozenset[str]) -> int | None:
        """The one stage of ``process`` the words tell, or None (none, or several: "applied
        and were approved" tells no one stage)."""
        found = [i for i, words in enumerate(self.processes[process]) if words & said]
        return found[0] if len(found) == 1 else None

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> Stages:
        """The ``[stages]`` of a lexicon (a newsroom's own, or the built-in one)."""
        if lexicon is None:
            return _default()
        return table(lexicon["alignment"].get("stages", {}))


def table(raw: Any) -> Stages:
    """The ``[stages]`` table, checked: a process is a list of at least two stages, each
    a non-empty list of words, no word in two stages of one process. Raises LexiconError
    naming the key at fault."""
    if not isinstance(raw, Mapping):
        raise LexiconError(_KEY, "expected a table of processes")
    processes: dict[str, tuple[frozenset[str], ...]] = {}
    for name, stages in raw.items():
        key = f"{_KEY}.{name}"
        if not isinstance(stages, list) or len(stages) < 2:
            raise LexiconError(key, "expected a list of at least two stages")
        seen: dict[str, int] = {}
        out: list[frozenset[str]] = []
        for i, words in enumerate(stages):
            if not isinstance(words, list) or not words or not all(
                    isinstance(w, str) and w.strip() for w in words):
                raise LexiconError(f"{key}[{i}]", "expected a non-empty list of words")
            for word in (norm(w) for w in words):
                if seen.get(word, i) != i:
                    raise LexiconError(f"{key}[{i}]",
                                       f"{word!r} already tells stage {seen[word]}")
                seen[word] = i
            out.append(frozenset(norm(w) for w in words))
        processes[norm(str(name))] = tuple(out)
    return Stages(processes)


@functools.cache
def _default() -> Stages:
    return table(Lexicon.default()["alignment"].get("stages", {}))


def _said(claim: Claim, alignment: Alignment) -> frozenset[str]:
    """A figure's descriptor words as drift compares them (lemmas, synonym sets), with
    the verb of a verb-frame head ("pledged for": pledge)."""
    verb, _, _ = norm(claim.measure[0]).rpartition(" ") if claim.measure else ("", "", "")
    head = (verb,) if verb and " " not in verb else ()
    return alignment.content((*head, *claim.measure[1:], *particle(claim)))


def staged(a: Claim, b: Claim, alignment: Alignment, stages: Stages | None = None) -> bool:
    """Two figures of one head whose descriptors tell two stages of one process, each
    side its own, the rest of their words fitting (one side's all the other's, years
    alike): "2,300 families applied" and "2,300 families were approved"."""
    return _apart(_said(a, alignment), _said(b, alignment), alignment, stages)


_COMPARED: dict[tuple[int, int], tuple[Stages, Alignment, Stages]] = {}


def _compared(stages: Stages, alignment: Alignment) -> Stages:
    """The table's words as drift compares descriptors (``Alignment.content``: lemmas,
    then synonym sets: "plan" is said as its set's name), once per table and alignment."""
    key = (id(stages), id(alignment))
    hit = _COMPARED.get(key)
    if hit is None or hit[0] is not stages or hit[1] is not alignment:
        out = Stages({name: tuple(alignment.content(words) for words in each)
                      for name, each in stages.processes.items()})
        hit = _COMPARED[key] = (stages, alignment, out)
    return hit[2]


def _years(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.isdigit() or w.startswith("@"))


def staged_pairs(matched: Iterable[Pair], entries: Sequence[Entry], alignment: Alignment,
                 cap: int, stages: Stages | None = None) -> Iterator[Pair]:
    """The pairs of one measured block: those matched as one measure (``matched``,
    measured_pairs), as siblings when told at two stages of one process ("2,300 families
    applied" and "950 were approved" are two stages, no contradiction); then the other
    figures of the block, in two articles, told at two stages (``staged``), as siblings.
    Those ``[descriptors] siblings`` tell apart are told_apart_pairs'."""
    seen: set[tuple[int, int]] = set()
    for pair in matched:
        a, b = pair.first.claim, pair.second.claim
        seen.add((id(pair.first), id(pair.second)))
        seen.add((id(pair.second), id(pair.first)))
        if pair.relation is Relation.SAME and staged(a, b, alignment, stages):
            yield dataclasses.replace(pair, relation=Relation.SIBLING)
        else:
            yield pair
    if len(entries) > cap:
        return
    for i, first in enumerate(entries):
        for second in entries[i + 1:]:
            a, b = first.claim, second.claim
            if (id(first), id(second)) not in seen and a.location.path != b.location.path and (
                    not told_apart(a, b, alignment)) and staged(a, b, alignment, stages):
                yield Pair(first, second, Relation.SIBLING)


def staged_heads(
    index_key: tuple[str, tuple[Any, ...]], window: str | None, entries: Sequence[Entry],
    heads: Sequence[tuple[str, tuple[Any, ...]]],
    blocks: Mapping[tuple[str, tuple[Any, ...]], Mapping[str | None, list[Entry]]],
    alignment: Alignment, cap: int, stages: Stages | None = None,
) -> Iterator[Pair]:
    """Figures of a lexicon event's block ("36 supporters charged": supporter, charged)
    against those of the measured block of its thing ("36 supporters held overnight":
    ~supporter) in other articles, windows equal or one unsaid, when the event and the
    measured figure's words tell two stages of one process: siblings."""
    thing, event = index_key[1][0], index_key[1][1]
    if not thing or not event or str(thing).startswith("~") or len(entries) > cap:
        return
    told = alignment.content((str(event),))
    for other_key in heads:
        head = str(other_key[1][0] or "")[1:]
        if alignment.thing_class(head) != thing:
            continue
        for w, others in sorted(blocks[other_key].items(), key=lambda item: item[0] or ""):
            if (w != window and None not in (w, window)) or len(others) > cap:
                continue
            for mine in entries:
                said = told | _said(mine.claim, alignment)
                for theirs in others:
                    if mine.claim.location.path != theirs.claim.location.path and not (
                            mine.reference and theirs.reference) and _apart(
                            said, _said(theirs.claim, alignment), alignment, stages):
                        yield Pair(mine, theirs, Relation.SIBLING)


def _apart(said_a: frozenset[str], said_b: frozenset[str], alignment: Alignment,
           stages: Stages | None = None) -> bool:
    """Whether two descriptors' words tell two stages of one process, the rest fitting."""
    stages = _compared(stages or _default(), alignment)
    for process, words in stages.processes.items():
        one, two = stages.stage(process, said_a), stages.stage(process, said_b)
        if one is None or two is None or one == two:
            continue
        every = frozenset().union(*words)
        rest_a, rest_b = said_a - every, said_b - every
        if (rest_a <= rest_b or rest_b <= rest_a) and _years(rest_a) == _years(rest_b):
            return True
    return False
