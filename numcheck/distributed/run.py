"""The Dask engine's client side: partitions in, key shuffle, findings gathered.

1. The inputs become partitions of about ``dask-partition-size`` bytes: runs of
   files, JSON Lines blocks (``dask.bytes.read_bytes``) and Parquet pieces
   (``dask.dataframe.read_parquet``). The first pass is one task per partition
   (``work.summarise``): read, parse, extract, per-document checks, on a worker; it
   returns the findings and a small summary per document.
2. The client computes every document's story set from the summaries with the drift
   check's ``story_views`` (story sets depend on the whole run), then drops the
   summaries and keeps each partition's views compactly (``stories.PartViews``: a few
   bytes a document, one view per story set). The second pass
   (``work.key_rows``) reads each partition again and turns its documents into rows
   keyed by ``align.group_key`` (story set and key), one row per document and group,
   shuffled by Dask's P2P shuffle (on disk) into partitions where each key group is
   checked by the corpus plugins that declared ``CorpusSplit.BY_ALIGNMENT_KEY``
   (``work.check_groups``), with its story sets in ``context.extras``. Nothing waits
   on a worker between the passes, so worker memory does not grow with the corpus.
3. Corpus plugins without that declaration run once, in one task, over every
   document (``work.check_whole``; memory grows with the corpus, and the run says so).
4. The client gathers findings, with the ordinals of the documents corpus findings
   touch; a third pass (``work.fetch``) reads each of those documents once from its
   partition (the first pass already kept those with findings of their own or
   suppression comments), and ``engine.finalise`` dedupes and sorts exactly as
   in-process. Through the second pass the client holds the findings, the documents
   they touch, and the compact views; the summaries only while story sets are made.

A task whose worker dies is run again by Dask elsewhere; its result replaces, never
adds to, the lost one, so findings are neither lost nor duplicated.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from numcheck.distributed.stories import story_parts
from numcheck.distributed.work import (
    Job,
    Ordinal,
    Partial,
    Source,
    Summary,
    check_groups,
    check_whole,
    count_lines,
    fetch,
    first_ordinal,
    frame,
    key_rows,
    packed,
    peak_rss_kb,
    plugin_names,
    summarise,
)
from numcheck.document import Document
from numcheck.errors import InputError, NumcheckError
from numcheck.hookspecs import CorpusSplit, corpus_split
from numcheck.workflow.inputs import Inputs, MetadataReader

if TYPE_CHECKING:
    from numcheck.engine import Analysis, Engine, Run
    from numcheck.findings import Finding

log = logging.getLogger("numcheck.distributed")


def make_job(engine: Engine, reader: MetadataReader) -> Job:
    split: list[str] = []
    whole: list[str] = []
    for name in engine.corpus_plugins:
        declared = corpus_split(engine.manager.get_plugin(name), name)
        (split if declared is CorpusSplit.BY_ALIGNMENT_KEY else whole).append(name)
    cwd = os.getcwd()
    token = hashlib.sha256(pickle.dumps((engine.settings, reader, cwd,
                                         engine.reference_claims))).hexdigest()
    return Job(engine.settings, reader, tuple(split), tuple(whole), token, cwd,
               engine.reference_claims)


def _size(source: str | Document) -> int:
    if isinstance(source, Document):
        return len(source.text)
    try:
        return os.path.getsize(source)
    except OSError:
        return 0


def partition_limit(inputs: Inputs, job: Job, slots: int) -> int:
    """Bytes per partition: ``dask-partition-size``, smaller when a run is too small
    to give every worker thread four partitions (but not under 64 KiB)."""
    from numcheck.readers.archive import archive_files

    total = sum(_size(s) for s in inputs.sources)
    total += sum(_size(f) for a in inputs.archives for f in archive_files(a))
    return max(1, min(job.settings.dask_partition_size,
                      max(64 * 1024, total // max(1, 4 * slots))))


def partitions(inputs: Inputs, job: Job, errors: list[InputError], limit: int,
               ) -> list[Source]:
    """Every partition, in input order, as both passes read it (``work.items_of``);
    archive blocks are delayed reads, done again by the second pass."""
    from dask import compute, delayed

    parts: list[Source] = []
    chunk: list[Any] = []
    size = 0
    for n, source in enumerate(inputs.sources):
        chunk.append(((0, 0, n), source))
        size += _size(source)
        if size >= limit:
            parts.append(packed(chunk))
            chunk, size = [], 0
    if chunk:
        parts.append(packed(chunk))
    pieces: list[tuple[str, tuple[int, int], str, Any]] = []  # kind, where, part, block
    for k, archive in enumerate(inputs.archives, 1):
        pieces.extend(_pieces(archive, k, limit, errors))
    counts = compute(*[delayed(count_lines if kind == "jsonl" else len)(block)
                       for kind, _, _, block in pieces]) if pieces else ()
    first: dict[tuple[int, int], int] = {}
    for (kind, where, part, block), count in zip(pieces, counts, strict=True):
        start = first.get(where, 1)
        first[where] = start + count
        parts.append(("jsonl" if kind == "jsonl" else "rows", block, where, part, start))
    return parts


def _pieces(archive: str, k: int, limit: int, errors: list[InputError],
            ) -> list[tuple[str, tuple[int, int], str, Any]]:
    from numcheck.readers.archive import archive_files, archive_kind

    kind = archive_kind(archive) or "jsonl"
    pieces: list[tuple[str, tuple[int, int], str, Any]] = []
    for p, part in enumerate(archive_files(archive)):
        try:
            if kind == "jsonl":
                from dask.bytes import read_bytes

                _, blocks = read_bytes(part, delimiter=b"\n", blocksize=limit, sample=False)
                pieces.extend((kind, (k, p), part, block) for block in blocks[0])
            else:
                import dask.dataframe as dd

                table = dd.read_parquet(part, blocksize=limit)
                pieces.extend((kind, (k, p), part, piece) for piece in table.to_delayed())
        except (OSError, ValueError) as err:
            problem = "cannot read" if kind == "jsonl" else "not a readable Parquet file"
            errors.append(InputError(part, f"{problem}: {err}"))
    return pieces


def run_dask(engine: Engine, inputs: Inputs, reader: MetadataReader) -> Run:
    """Read, analyse and check ``inputs`` on a Dask cluster; the Run the in-process
    engine would return, except that ``analyses`` holds only the documents that
    findings or suppression comments need (``checked`` counts every one)."""
    from numcheck.distributed.cluster import connect
    from numcheck.engine import Run, finalise
    from numcheck.workflow.terminal import Messages

    job = make_job(engine, reader)
    for name in job.whole:
        Messages().warning(f"plugin {name!r} does not declare numcheck_corpus_split: its "
                           f"corpus check runs once, in one worker, over every document "
                           f"(memory grows with the corpus; docs/users/scale.md)")
    errors: list[InputError] = []
    with connect(engine.settings) as client:
        slots = sum(client.nthreads().values())
        parts = partitions(inputs, job, errors, partition_limit(inputs, job, slots))
        if not parts:
            return Run(findings=finalise(engine.check_corpus([])), errors=errors, checked=0)
        partials, groups, whole = _compute(client, engine, parts, job)
        gathered = _assemble(engine, partials, groups, whole)
        del partials, groups, whole
        missing = sorted(gathered.touched - {o for o, _ in gathered.kept.values()})
        for ordinal, analysis in _fetch(client, parts, missing, job):
            gathered.kept.setdefault(analysis.document.path, (ordinal, analysis))
        _log_peaks(client)
    gathered.unread.sort(key=lambda item: item[0])
    return Run(findings=finalise(gathered.findings),
               analyses=[a for _, a in sorted(gathered.kept.values(), key=lambda i: i[0])],
               errors=[*errors, *(InputError(p, why) for _, p, why in gathered.unread)],
               checked=gathered.checked)


def _log_peaks(client: Any) -> None:
    """Each worker process's peak resident memory so far, as its kernel counts it (a
    worker that serves several runs reports its peak over all of them)."""
    try:
        peaks = client.run(peak_rss_kb)
    except Exception as err:  # a worker that just left: nothing to log
        log.info("worker peak RSS not available: %s", err)
        return
    if peaks:
        shown = ", ".join(f"{kb / 1024:.0f}" for kb in sorted(peaks.values(), reverse=True))
        log.info("worker peak RSS (MB): %s", shown)


def _compute(client: Any, engine: Engine, parts: Sequence[Source], job: Job,
             ) -> tuple[list[Partial], list[bytes], bytes | None]:
    """Two passes over the partitions. The first checks each document and brings the
    client the small partials (findings, story summaries); the second, with every
    document's story set known, reads the partitions again into rows keyed by
    ``align.group_key`` for the shuffle. Nothing is held on the workers between the
    passes (only the analyses WHOLE corpus plugins need, when one is installed), so
    their memory does not grow with the corpus: reading costs twice instead. On the
    client, the summaries live only until the story sets are computed; the second
    pass carries each partition's views compactly (``stories.PartViews``)."""
    import dask
    import dask.dataframe as dd

    firsts = [dask.delayed(summarise, nout=2, pure=True)(p, job) for p in parts]
    wholes: list[Any] = []
    if job.whole:  # held for the one task that needs them all (spilled past the target)
        kept = client.persist([*(f[0] for f in firsts), *(f[1] for f in firsts)])
        partial_parts, wholes = kept[:len(firsts)], kept[len(firsts):]
    else:
        partial_parts = [f[0] for f in firsts]
    partials: list[Partial] = []
    summaries: list[list[Summary]] = []
    for blob in _gather(client, partial_parts):
        partial: Partial = pickle.loads(blob)
        summaries.append(partial.summaries)
        partial.summaries = []
        partials.append(partial)
    groups: list[Any] = []
    if job.split:
        stories = story_parts(engine, summaries)
        del summaries
        rows = dd.from_delayed([dask.delayed(key_rows, pure=True)(p, s, job)
                                for p, s in zip(parts, stories, strict=True)],
                               meta=frame([], []), verify_meta=False)
        del stories  # the tasks hold them, each until its partition is read
        shuffled = rows.shuffle("key", shuffle_method="p2p")
        groups = shuffled.map_partitions(check_groups, job, meta=frame([], [])).to_delayed()
    else:
        del summaries
    whole = [dask.delayed(check_whole, pure=True)(wholes, job)] if job.whole else []
    results = _gather(client, [*groups, *whole])
    payloads = [blob for result in results[:len(groups)] for blob in result["payload"]]
    return partials, payloads, results[-1] if whole else None


def _gather(client: Any, tasks: Sequence[Any]) -> list[Any]:
    """Compute ``tasks`` and fetch each result as soon as it is ready, releasing it on
    the worker: results are not held there until the last task ends (``dask.compute``
    would), so what a worker holds does not grow with the number of partitions."""
    from distributed import as_completed

    futures = client.compute(list(tasks))
    where = {future.key: n for n, future in enumerate(futures)}
    results: list[Any] = [None] * len(futures)
    for future, result in as_completed(futures, with_results=True):
        results[where[future.key]] = result
        future.release()
    return results


@dataclass
class Gathered:
    """What the client holds after the passes: findings, the analyses it keeps by path
    (with their ordinals), the ordinals corpus findings touch, unreadable documents."""

    findings: list[Finding] = field(default_factory=list)
    kept: dict[str, tuple[Ordinal, Analysis]] = field(default_factory=dict)
    touched: set[Ordinal] = field(default_factory=set)
    unread: list[tuple[Ordinal, str, str]] = field(default_factory=list)
    checked: int = 0


def _assemble(engine: Engine, partials: Sequence[Partial], groups: Sequence[bytes],
              whole: bytes | None) -> Gathered:
    expected = plugin_names(engine)
    gathered = Gathered()
    for partial in partials:
        if partial.plugins != expected:
            missing = sorted(set(expected) - set(partial.plugins))
            extra = sorted(set(partial.plugins) - set(expected))
            raise NumcheckError(f"a Dask worker loaded other plugins than this process "
                                f"(missing there: {missing}, only there: {extra}): install "
                                f"the same plugins on every worker")
        gathered.findings.extend(partial.findings)
        gathered.unread.extend(partial.errors)
        gathered.checked += partial.checked
        for ordinal, analysis in partial.kept:
            gathered.kept.setdefault(analysis.document.path, (ordinal, analysis))
    count = largest = 0
    for blob in groups:
        found, touched, (groups_here, largest_here) = pickle.loads(blob)
        count, largest = count + groups_here, max(largest, largest_here)
        gathered.findings.extend(found)
        gathered.touched.update(touched)
    if whole is not None:
        found, touched = pickle.loads(whole)
        gathered.findings.extend(found)
        gathered.touched.update(touched)
    log.info("%d documents in %d partitions; %d key groups over %d shuffled partitions "
             "(largest: %d documents); %d documents touched by corpus findings",
             gathered.checked, len(partials), count, len(groups), largest,
             len(gathered.touched))
    return gathered


def by_partition(parts: Sequence[Source], ordinals: Sequence[Ordinal],
                 ) -> dict[int, frozenset[Ordinal]]:
    """``ordinals`` by the index of the partition that holds each: ordinals rise
    through the partitions in input order, so a partition's first ordinal finds it."""
    firsts = [first_ordinal(p) for p in parts]
    found: dict[int, set[Ordinal]] = {}
    for ordinal in ordinals:
        found.setdefault(bisect_right(firsts, ordinal) - 1, set()).add(ordinal)
    return {n: frozenset(found[n]) for n in sorted(found)}


def _fetch(client: Any, parts: Sequence[Source], wanted: Sequence[Ordinal], job: Job,
           ) -> list[tuple[Ordinal, Analysis]]:
    """The documents corpus findings touch that the first pass did not keep, each
    read once from its partition (``work.fetch``)."""
    import dask

    tasks = [dask.delayed(fetch, pure=True)(parts[n], ordinals, job)
             for n, ordinals in by_partition(parts, wanted).items()]
    return [item for blob in _gather(client, tasks) for item in pickle.loads(blob)]
