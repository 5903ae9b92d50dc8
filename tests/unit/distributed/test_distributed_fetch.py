"""What crosses the wire after the shuffle: key groups send back findings and the
ordinals of the documents they touch, and the client fetches each such document once
from the partition that holds it (numcheck/distributed/work.py, run.py)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

pytest.importorskip("dask")

from numcheck.distributed.run import by_partition, make_job
from numcheck.distributed.stories import story_parts
from numcheck.distributed.work import (
    check_groups,
    fetch,
    first_ordinal,
    items_of,
    key_rows,
    packed,
    summarise,
)
from numcheck.document import Document
from numcheck.engine import Engine
from numcheck.workflow.inputs import MetadataReader

WIRE = ("Title: Quake\nPublished: 2026-03-02\n\nAt least 40 people were killed in Marrow, "
        "officials said. In Marrow, 120 people were injured.\n")
PAPER = ("Title: Quake\nPublished: 2026-03-02\n\nOfficials said 25 people were killed in "
         "Marrow. The quake injured 300 people in Marrow.\n")
OTHER = "Title: Fair\nPublished: 2026-03-02\n\nThe fair drew 4,000 visitors to Lorne.\n"


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    for name, text in (("a.txt", WIRE), ("b.txt", PAPER), ("c.txt", OTHER)):
        (tmp_path / name).write_text(text)
    return ["a.txt", "b.txt", "c.txt"]


def test_groups_send_ordinals_once_and_fetch_reads_only_those(files: list[str]) -> None:
    engine = Engine()
    job = make_job(engine, MetadataReader())
    source = packed([((0, 0, n), path) for n, path in enumerate(files)])
    assert source[0] == "paths"
    partial = pickle.loads(summarise(source, job)[0])
    (views,) = story_parts(engine, [partial.summaries])
    rows = key_rows(source, views, job)
    assert rows["key"].nunique() >= 2  # killed and injured: two key groups of a and b
    findings, touched, _ = pickle.loads(check_groups(rows, job)["payload"].iloc[0])
    assert {f.rule for f in findings} & {"NC401", "NC402"}
    # the two contradicting articles, each once although both groups touch them
    assert touched == [(0, 0, 0), (0, 0, 1)]
    fetched = pickle.loads(fetch(source, frozenset(touched), job))
    assert [(o, a.document.path) for o, a in fetched] == [((0, 0, 0), "a.txt"),
                                                          ((0, 0, 1), "b.txt")]
    assert all(a.claims for _, a in fetched)  # analysed, as the report shows figures


def test_each_ordinal_finds_the_partition_that_holds_it() -> None:
    parts = [("files", [((0, 0, 0), "a"), ((0, 0, 1), "b")]),
             ("files", [((0, 0, 2), "c")]),
             ("jsonl", b"", (1, 0), "x.jsonl", 1),
             ("jsonl", b"", (1, 0), "x.jsonl", 40),
             ("rows", None, (2, 0), "y.parquet", 1)]
    assert [first_ordinal(p) for p in parts] == [(0, 0, 0), (0, 0, 2), (1, 0, 1), (1, 0, 40),
                                                 (2, 0, 1)]
    wanted = [(0, 0, 1), (0, 0, 2), (1, 0, 39), (1, 0, 40), (1, 0, 41), (2, 0, 7)]
    assert by_partition(parts, wanted) == {
        0: frozenset({(0, 0, 1)}), 1: frozenset({(0, 0, 2)}), 2: frozenset({(1, 0, 39)}),
        3: frozenset({(1, 0, 40), (1, 0, 41)}), 4: frozenset({(2, 0, 7)})}


def test_paths_are_packed_and_read_back_as_they_were() -> None:
    job = make_job(Engine(), MetadataReader())
    names = ["a.md", "dir/é ü.txt", "odd\udcff-name.md", "new\nline.md"]  # an undecodable byte
    chunk = [((0, 0, 40 + k), name) for k, name in enumerate(names)]
    source = packed(chunk)
    assert source[0] == "paths"
    assert first_ordinal(source) == (0, 0, 40)
    assert list(items_of(source, job)) == chunk
    assert by_partition([packed(chunk[:2]), packed(chunk[2:])], [(0, 0, 41), (0, 0, 42)]) == {
        0: frozenset({(0, 0, 41)}), 1: frozenset({(0, 0, 42)})}
    # a document read by the client (standard input) keeps the partition as it is
    stdin = Document(path="<stdin>", text="x", prose="x")
    mixed = [((0, 0, 0), stdin), ((0, 0, 1), "a.md")]
    assert packed(mixed) == ("files", mixed)
    assert list(items_of(packed(mixed), job)) == mixed
