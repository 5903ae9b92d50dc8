"""Story sets for the Dask engine, computed once on the client and sent compact.

Story sets depend on the whole run, so the client gathers one small summary per
document and computes every document's :class:`StoryView` with the drift check's own
``story_views`` (``story_parts``). Then it drops the summaries and keeps, per
partition, only a :class:`PartViews`: the partition's distinct views and, per document,
the index of its view, keyed by the document's place in the partition. That is what
the second pass's tasks carry; nothing on the client between the passes grows with
the corpus by more than a few bytes a document.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import MutableSequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numcheck.checkers.drift import StoryView
    from numcheck.distributed.work import Ordinal, Summary
    from numcheck.engine import Engine


@dataclass(frozen=True)
class PartViews:
    """One partition's story views: ``numbers`` (rising) are the last parts of its
    documents' ordinals (unique within a partition), ``which`` the index in ``views``
    of each one's view. About 12 bytes a document, plus one view per story set."""

    views: tuple[StoryView, ...]
    numbers: array[int]
    which: array[int]

    def get(self, ordinal: Ordinal) -> StoryView | None:
        """The view of the document at ``ordinal``; None for one the first pass did
        not read."""
        number = ordinal[-1]
        at = bisect_left(self.numbers, number)
        if at == len(self.numbers) or self.numbers[at] != number:
            return None
        return self.views[self.which[at]]

    def __len__(self) -> int:
        return len(self.numbers)


def story_parts(engine: Engine, summaries: MutableSequence[list[Summary]]) -> list[PartViews]:
    """Each partition's :class:`PartViews` from its documents' summaries (in
    partition order), story sets computed over the whole run. Empties ``summaries``
    as it goes: they are the client's largest state, and nothing needs them after."""
    from numcheck.checkers.drift import story_views
    from numcheck.document import Document, Metadata

    documents = [Document(path=path, text="", prose="", metadata=Metadata(date=date, story=name))
                 for part in summaries for _, path, date, name, _, _ in part]
    incidents = {path: found for part in summaries for _, path, _, _, found, _ in part if found}
    marks = {path: mark for part in summaries for _, path, *_, mark in part}
    views = story_views(documents, incidents, engine.context, marks)
    del documents, incidents, marks
    shared: dict[StoryView, StoryView] = {}
    out: list[PartViews] = []
    for n, part in enumerate(summaries):
        ordered = sorted((ordinal[-1], path) for ordinal, path, *_ in part)
        distinct: dict[StoryView, int] = {}
        which = array("I")
        for _, path in ordered:
            view = shared.setdefault(views[path], views[path])
            which.append(distinct.setdefault(view, len(distinct)))
        out.append(PartViews(tuple(distinct), array("q", (k for k, _ in ordered)), which))
        summaries[n] = []
    return out
