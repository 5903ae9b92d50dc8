"""The Dask engine gives exactly the in-process findings (issue 13's contract).

One ``LocalCluster`` of two worker processes serves the whole module; each run
connects to it as ``--scheduler`` would. Every drift fixture, one development story
set of each desk (fixtures/stories/, never holdout/) and generated corpora
(benchmarks/corpus_gen.py, also as JSON Lines and Parquet archives) run through both
engines and the whole workflow; the reports' findings (with fingerprints), errors and
file counts must be identical. The last test kills a worker while a run is in flight.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from numcheck.config import ConfigResolver, Overrides
from numcheck.report.base import finding_json
from numcheck.workflow.inputs import MetadataReader, gather
from numcheck.workflow.pipeline import Request, make_engine, run

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus_gen import generate  # noqa: E402


def _one_per_desk(stories: Path) -> list[Path]:
    """The first development story set of each desk (its name's prefix): every desk's
    copy crosses both engines without running the whole corpus twice."""
    first: dict[str, Path] = {}
    for p in sorted(stories.iterdir()):
        if p.is_dir() and p.name != "holdout":
            first.setdefault(p.name.split("-", 1)[0], p)
    return list(first.values())


SETS = sorted(
    [p for p in FIXTURES.glob("drift-*") if p.is_dir()] + _one_per_desk(FIXTURES / "stories"),
    key=lambda p: (p.parent.name, p.name),
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


def outcome(paths: list[str], engine: str, client: Any = None,
            **settings: Any) -> dict[str, Any]:
    """The report of ``numcheck check PATHS`` (in the working directory) as data."""
    import dataclasses

    address = client.scheduler.address if client is not None else None
    resolver = ConfigResolver(Overrides(engine=engine, dask_scheduler=address))
    base = resolver.settings_for(paths[0])
    config = dataclasses.replace(base, **settings)
    reader = MetadataReader(max_size=config.max_file_size)
    inputs = gather(paths, config, reader)
    result = run(Request(inputs=inputs, settings=config,
                         settings_for=lambda p: dataclasses.replace(
                             resolver.settings_for(p), **settings),
                         reader=reader), make_engine(config))
    report = result.report
    return {"findings": [finding_json(f, report.fingerprint(f)) for f in report.findings],
            "errors": [str(e) for e in report.errors], "files": report.files_checked}


def same(paths: list[str], client: Any, **settings: Any) -> dict[str, Any]:
    here = outcome(paths, "inprocess", **settings)
    there = outcome(paths, "dask", client, **settings)
    assert there == here
    return here


@pytest.mark.parametrize("directory", SETS, ids=[f"{p.parent.name}/{p.name}" for p in SETS])
def test_every_drift_fixture_gives_the_same_findings(
    directory: Path, scheduler: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(directory)
    found = same(["."], scheduler)
    assert found["files"] >= 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two generated corpora: stories in their own towns, and 3 towns shared by many
    stories (blocks over the index's cap: anchors and per-party chains), plus one
    unreadable file."""
    root = tmp_path_factory.mktemp("corpus")
    generate(str(root / "own"), 80, seed=3)
    generate(str(root / "shared"), 150, seed=5, towns=2)
    (root / "own" / "zz-broken.md").write_bytes(b"caf\xe9 \xff 12 people were killed\n")
    return root


@pytest.fixture(scope="module")
def expected(corpus: Path) -> dict[str, Any]:
    """The in-process report on the generated corpora (computed once)."""
    here = os.getcwd()
    os.chdir(corpus)
    try:
        return outcome(["own", "shared"], "inprocess")
    finally:
        os.chdir(here)


def test_a_generated_corpus_gives_the_same_findings(
    corpus: Path, expected: dict[str, Any], scheduler: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    found = outcome(["own", "shared"], "dask", scheduler, dask_partition_size=32 * 1024)
    assert found == expected
    rules = {f["rule"] for f in found["findings"]}
    assert {"NC401", "NC404", "NC405"} <= rules
    assert found["files"] == 230
    assert [e for e in found["errors"] if "zz-broken.md" in e] == [found["errors"][0]]
    assert len(found["errors"]) == 1


def _records(directory: Path) -> list[dict[str, Any]]:
    return [{"path": str(p.relative_to(directory.parent)), "text": p.read_text(),
             "format": "markdown"} for p in sorted(directory.glob("*.md"))]


def test_json_lines_and_parquet_archives_read_in_blocks_give_the_same_findings(
    corpus: Path, scheduler: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    monkeypatch.chdir(corpus)
    records = _records(corpus / "shared")
    archive = corpus / "shared.jsonl"
    with archive.open("w") as out:
        for n, record in enumerate(records):
            out.write(json.dumps(record) + "\n")
            if n == 40:
                out.write("{not json\n\n")
    table = pa.Table.from_pylist(records)
    (corpus / "parts").mkdir()
    pq.write_table(table.slice(0, 70), corpus / "parts" / "part-0.parquet", row_group_size=20)
    pq.write_table(table.slice(70), corpus / "parts" / "part-1.parquet", row_group_size=20)
    from_dir = outcome(["shared"], "inprocess")
    jsonl = same(["shared.jsonl"], scheduler, dask_partition_size=16 * 1024)
    assert jsonl["findings"] == from_dir["findings"]
    assert jsonl["errors"] == ["shared.jsonl:42: not valid JSON: Expecting property name "
                               "enclosed in double quotes: line 1 column 2 (char 1)"]
    parquet = same(["parts"], scheduler, dask_partition_size=16 * 1024)
    assert parquet["findings"] == from_dir["findings"]
    assert parquet["files"] == from_dir["files"] == 150


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    corpus: Path, expected: dict[str, Any], scheduler: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    pids: dict[str, int] = scheduler.run(os.getpid)
    killed: list[int] = []
    done = threading.Event()

    def kill_when_busy() -> None:
        deadline = time.monotonic() + 120
        while not done.is_set() and time.monotonic() < deadline:
            busy = [w for w, tasks in scheduler.processing().items() if tasks]
            if busy and busy[0] in pids:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_when_busy)
    killer.start()
    try:
        got = outcome(["own", "shared"], "dask", scheduler, dask_partition_size=16 * 1024)
    finally:
        done.set()
        killer.join()
    assert killed, "no worker was busy: the run ended before the kill"
    assert got == expected
    scheduler.wait_for_workers(2, timeout=60)
    assert killed[0] not in scheduler.run(os.getpid).values()
