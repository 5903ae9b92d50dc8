"""What the client keeps of story sets between the passes (numcheck/distributed/
stories.py): per partition, the distinct views and a few bytes a document, the same
views ``story_views`` gives, and no summary once they are computed."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("dask")

from numcheck.checkers.drift import StoryView, story_marks, story_views
from numcheck.distributed.stories import story_parts
from numcheck.distributed.work import Summary
from numcheck.document import Document, Metadata
from numcheck.engine import Engine


def _summaries(engine: Engine, parts: int, per_part: int) -> list[list[Summary]]:
    out: list[list[Summary]] = []
    for p in range(parts):
        part: list[Summary] = []
        for k in range(per_part):
            n = p * per_part + k
            document = Document(path=f"{n}.md", text="", prose="",
                                metadata=Metadata(date=dt.date(2026, 3, 1 + n % 3),
                                                  story=f"s{n % 7}"))
            part.append(((0, 0, n), document.path, document.metadata.date,
                         document.metadata.story, frozenset(),
                         story_marks(document, engine.context)))
        out.append(part)
    return out


def test_part_views_give_each_document_its_story_view_and_drop_the_summaries() -> None:
    engine = Engine()
    summaries = _summaries(engine, 3, 40)
    documents = [Document(path=path, text="", prose="", metadata=Metadata(date=date, story=s))
                 for part in summaries for _, path, date, s, _, _ in part]
    expected = story_views(documents, {}, engine.context,
                           {path: m for part in summaries for _, path, *_, m in part})
    parts = story_parts(engine, summaries)
    assert summaries == [[], [], []]  # released once the views are known
    got = {f"{n}.md": parts[n // 40].get((0, 0, n)) for n in range(120)}
    assert got == expected
    assert parts[0].get((0, 0, 40)) is None  # not this partition's document


def test_part_views_stay_a_few_bytes_a_document_whatever_the_partition() -> None:
    engine = Engine()
    (part,) = story_parts(engine, _summaries(engine, 1, 700))
    assert len(part) == 700
    assert len(part.views) == 7  # one view per story set, shared by its documents
    assert all(isinstance(v, StoryView) for v in part.views)
    assert part.numbers.itemsize + part.which.itemsize <= 12
