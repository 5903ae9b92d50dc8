"""What Dask workers run: analyse a partition of documents, check a key group.

Each worker thread keeps one :class:`~numcheck.engine.Engine` per run's settings
(plugins, rules and lexicon load once, as in-process), so the same code path reads,
parses, extracts, checks each document (``check_document``) and calls the corpus
plugins (``check_corpus``) with the same completion and fault isolation. Nothing
here schedules, queues or shuffles: Dask does (numcheck/distributed/run.py).

Everything that crosses the wire is pickled by this module: (ordinal, Analysis)
pairs, findings, and ``(path, problem)`` for an unreadable document (an InputError
does not survive pickling). An *ordinal* is the document's place in the run's input
order, so a key group's claims reach the plugin in the order the in-process engine
gives them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
import pickle
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from numcheck.document import Document
from numcheck.errors import InputError, NumcheckError
from numcheck.settings import Settings
from numcheck.workflow.inputs import MetadataReader

if TYPE_CHECKING:
    import pandas as pd

    from numcheck.checkers.drift import StoryView
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.checkers.drift.stories import Marks
    from numcheck.claims import Claim
    from numcheck.distributed.stories import PartViews
    from numcheck.engine import Analysis, Engine
    from numcheck.findings import Finding

Ordinal = tuple[int, int, int]  # (0, 0, n): n-th source; (k, part, line or row): archive k
Item = tuple[Ordinal, "str | Document | InputError"]
# a partition as both passes read it: ("paths", first source number, packed paths),
# ("files", [(ordinal, path or Document)...]), ("jsonl", block, where, part, first
# line) or ("rows", DataFrame, where, part, first row)
Source = tuple[Any, ...]
# what story sets are made of, per document: (ordinal, path, date, metadata story,
# incidents, drift.story_marks)
Summary = tuple[Ordinal, str, "dt.date | None", "str | None", frozenset[str], "Marks"]


@dataclass(frozen=True)
class Job:
    """One run, as every task sees it (small: pickled into each task)."""

    settings: Settings
    reader: MetadataReader
    split: tuple[str, ...]  # corpus plugins checked once per key group
    whole: tuple[str, ...]  # corpus plugins checked once over every document
    token: str  # names the settings in the workers' engine cache
    cwd: str = ""  # the client's working directory: relative paths are read from there
    # the desk sheets' figures, read once by the client (named as the client names them)
    references: tuple[Claim, ...] = ()


@dataclass
class Partial:
    """What one partition sends back to the client (small: no documents without
    findings or suppression comments)."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[tuple[Ordinal, str, str]] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)
    kept: list[tuple[Ordinal, Analysis]] = field(default_factory=list)
    checked: int = 0
    plugins: tuple[str, ...] = ()


_local = threading.local()
_CACHED = 4  # engines per worker thread (a test suite runs many settings)


def engine_for(job: Job) -> Engine:
    """This thread's engine for the job's settings, loaded once."""
    from numcheck.engine import Engine

    cache: dict[str, Engine] = getattr(_local, "engines", None) or {}
    _local.engines = cache
    engine = cache.get(job.token)
    if engine is None:
        from numcheck.context import CheckContext

        while len(cache) >= _CACHED:
            cache.pop(next(iter(cache))).close()
        # the sheets come with the job: a worker may not see them, or name them otherwise
        engine = Engine(dataclasses.replace(job.settings, reference=()),
                        context=CheckContext(settings=job.settings))
        engine.reference_claims = job.references
        cache[job.token] = engine
    return engine


def alignment_for(engine: Engine) -> Alignment:
    """The drift check's alignment vocabulary, with the plugins' lexicon (cached)."""
    from numcheck.checkers.drift.alignment import Alignment

    return Alignment.from_lexicon(engine.lexicon)


def likeness_documents(engine: Engine) -> int:
    """The largest story set drift's likeness route reads (``[likeness] documents``):
    a larger one is split by the key route's finer groups (``keys.group_key``)."""
    from numcheck.checkers.drift.meeting import documents_read

    return documents_read(engine.lexicon)


def plugin_names(engine: Engine) -> tuple[str, ...]:
    return tuple(sorted(name for name, _ in engine.manager.list_name_plugin()))


def _read(source: str | Document | InputError, job: Job) -> Document | InputError:
    """A document as the client would have read it: a relative path is read from the
    client's working directory but keeps the name it was given."""
    if isinstance(source, InputError):
        return source
    if isinstance(source, Document):
        return job.reader.adjust(source)
    full = os.path.join(job.cwd, source) if job.cwd else source
    try:
        document = job.reader(full)
    except InputError as err:
        return InputError(source, err.problem)
    except NumcheckError as err:
        return InputError(source, str(err).replace(full, source))
    return document if full == source else dataclasses.replace(document, path=source)


def _documents(items: Iterable[Item], job: Job, partial: Partial | None,
               ) -> Iterator[tuple[Ordinal, Document]]:
    """The readable documents of a partition; unreadable ones go to ``partial``."""
    for ordinal, source in items:
        document = _read(source, job)
        if isinstance(document, InputError):
            if partial is not None:
                partial.errors.append((ordinal, document.path, document.problem))
            continue
        yield ordinal, document


def summarise(source: Source, job: Job) -> tuple[bytes, bytes]:
    """The first pass over a partition: read, analyse and check each document, and
    keep only what the client needs (the pickled :class:`Partial`: findings, the
    story summaries, the documents findings touch) and what the WHOLE corpus plugins
    need (pickled (ordinal, analysis) pairs, or an empty list). Nothing is held for
    drift: the second pass (``key_rows``) reads the partition again once story sets
    are known, so a worker's memory does not grow with the corpus."""
    from numcheck.checkers.drift import incidents_of, story_marks

    engine = engine_for(job)
    partial = Partial(plugins=plugin_names(engine))
    whole: list[tuple[Ordinal, Analysis]] = []
    for ordinal, document in _documents(items_of(source, job), job, partial):
        analysis = engine.analyse(document)
        found = engine.check_document(analysis)
        slim = analysis.slim()
        partial.checked += 1
        partial.findings.extend(found)
        meta = document.metadata
        partial.summaries.append((ordinal, document.path, meta.date, meta.story,
                                  incidents_of(slim.claims).get(document.path, frozenset()),
                                  story_marks(slim.document, engine.context)))
        if found or document.directives:
            partial.kept.append((ordinal, slim))
        if job.whole:
            whole.append((ordinal, slim))
    top = pickle.HIGHEST_PROTOCOL
    return pickle.dumps(partial, top), pickle.dumps(whole, top)


def key_rows(source: Source, stories: PartViews, job: Job) -> pd.DataFrame:
    """The second pass over a partition: its documents with claims to align, as rows
    to shuffle, one per (document, key group), the key being ``align.group_key`` with
    the document's story set (known for the whole run after the first pass)."""
    from numcheck.checkers.drift.align import group_key

    engine = engine_for(job)
    alignment = alignment_for(engine)
    largest = likeness_documents(engine)
    keys: list[str] = []
    payloads: list[bytes] = []
    for ordinal, document in _documents(items_of(source, job), job, None):
        story = stories.get(ordinal)
        if story is None:
            continue
        slim = engine.analyse(document).slim()
        likeness = story.size <= largest
        groups = {repr(k) for c in slim.claims
                  if (k := group_key(c, story.story, alignment, likeness=likeness))
                  is not None}
        if not groups:
            continue
        payload = pickle.dumps((ordinal, story, slim), pickle.HIGHEST_PROTOCOL)
        for key in sorted(groups):
            keys.append(key)
            payloads.append(payload)
    return frame(keys, payloads)


def frame(keys: Sequence[str], payloads: Sequence[bytes]) -> pd.DataFrame:
    """The shuffled table: ``key`` (a group key's repr) and ``payload`` (pickled)."""
    import pandas as pd
    import pyarrow as pa

    return pd.DataFrame({"key": pd.Series(list(keys), dtype="string[pyarrow]"),
                         "payload": pd.Series(list(payloads), dtype=pd.ArrowDtype(pa.binary()))})


def check_groups(rows: pd.DataFrame, job: Job) -> pd.DataFrame:
    """Each key group of a shuffled partition through the key-splittable corpus
    plugins: per partition, the findings and the ordinals of the documents they touch
    (the client fetches each such document once, ``fetch``: a document in many key
    groups is not sent back once per group)."""
    from numcheck.checkers.drift import STORIES
    from numcheck.checkers.drift.align import group_key
    from numcheck.engine import Analysis

    engine = engine_for(job)
    alignment = alignment_for(engine)
    largest = likeness_documents(engine)
    findings: list[Finding] = []
    touched: dict[str, Ordinal] = {}
    for key, group in rows.groupby("key", sort=True):
        items: list[tuple[Ordinal, StoryView, Analysis]] = sorted(
            (pickle.loads(blob) for blob in group["payload"]), key=lambda item: item[0])
        restricted = []
        for _, story, analysis in items:
            likeness = story.size <= largest
            claims = tuple(c for c in analysis.claims if repr(
                group_key(c, story.story, alignment, likeness=likeness)) == key)
            restricted.append(Analysis(analysis.document, (), claims))
        stories = {analysis.document.path: story for _, story, analysis in items}
        found = engine.check_corpus(restricted, plugins=job.split, extras={STORIES: stories})
        findings.extend(found)
        touched.update(touched_by(found, ((o, a.document.path) for o, _, a in items)))
    sizes = rows.groupby("key").size()
    stats = (len(sizes), int(sizes.max()) if len(sizes) else 0)  # groups, largest (documents)
    return frame(["result"], [pickle.dumps((findings, sorted(touched.values()), stats),
                                           pickle.HIGHEST_PROTOCOL)])


def touched_by(found: Sequence[Finding], documents: Iterable[tuple[Ordinal, str]],
               ) -> dict[str, Ordinal]:
    """The ordinals of the ``documents`` (ordinal, path) that ``found`` points into."""
    paths = {loc.path for f in found for loc in (f.location, *f.related)}
    return {path: ordinal for ordinal, path in documents if path in paths}


def check_whole(parts: Sequence[bytes], job: Job) -> bytes:
    """The corpus plugins that did not declare a split, once over every document:
    their findings and the ordinals of the documents they touch."""
    engine = engine_for(job)
    items: list[tuple[Ordinal, Analysis]] = sorted(
        (item for blob in parts for item in pickle.loads(blob)), key=lambda item: item[0])
    found = engine.check_corpus([a for _, a in items], plugins=job.whole)
    touched = touched_by(found, ((o, a.document.path) for o, a in items))
    return pickle.dumps((found, sorted(touched.values())), pickle.HIGHEST_PROTOCOL)


def fetch(source: Source, wanted: frozenset[Ordinal], job: Job) -> bytes:
    """The third pass, over a partition that holds documents corpus findings touch:
    those documents (``wanted``), read and analysed again, as pickled (ordinal,
    analysis) pairs; the others are not read. Each document comes back once, whatever
    the number of its findings or key groups."""
    engine = engine_for(job)
    chosen = ((o, s) for o, s in items_of(source, job) if o in wanted)
    found = [(ordinal, engine.analyse(document).slim())
             for ordinal, document in _documents(chosen, job, None)]
    return pickle.dumps(found, pickle.HIGHEST_PROTOCOL)


# -- partitions of each kind of input -------------------------------------------------

def packed(chunk: Sequence[tuple[Ordinal, str | Document]]) -> Source:
    """A run of input files as a partition. Paths alone (the usual case) are packed:
    the first one's number and the paths NUL-separated, compressed, about 6 bytes a
    file instead of some 250 as a list of tuples. Every task that reads the partition
    carries it, the scheduler keeps a copy of each task's arguments, and the client
    keeps every partition for the passes after the first (benchmarks/README.md)."""
    first = chunk[0][0][2]
    paths = [source for _, source in chunk if isinstance(source, str)]
    if len(paths) < len(chunk) or any(o != (0, 0, first + k) for k, (o, _) in enumerate(chunk)):
        return ("files", list(chunk))
    try:
        blob = zlib.compress(b"\0".join(os.fsencode(p) for p in paths))
    except UnicodeEncodeError:  # a name no file system gave: kept as it is
        return ("files", list(chunk))
    return ("paths", first, blob)


def items_of(source: Source, job: Job) -> Iterator[Item]:
    """A partition's documents (or why one could not be read), in input order."""
    kind = source[0]
    if kind == "paths":
        _, first, blob = source
        for k, raw in enumerate(zlib.decompress(blob).split(b"\0")):
            yield (0, 0, first + k), os.fsdecode(raw)
        return
    if kind == "files":
        yield from source[1]
        return
    _, block, where, part, first = source
    if kind == "jsonl":
        from numcheck.readers.archive import iter_jsonl_lines

        for number, item in iter_jsonl_lines(jsonl_lines(block), part, first,
                                             job.reader.max_size):
            yield (*where, number), item
        return
    from numcheck.readers.archive import record_document

    for number, record in enumerate(records(block), first):
        name = f"{part}:{number}"
        try:
            yield (*where, number), record_document(record, name, job.reader.max_size)
        except InputError as err:
            yield (*where, number), err


def first_ordinal(source: Source) -> Ordinal:
    """The ordinal of a partition's first document (partitions are in input order)."""
    if source[0] == "paths":
        return (0, 0, source[1])
    if source[0] == "files":
        first: Ordinal = source[1][0][0]
        return first
    _, _, where, _, start = source
    return (*where, start)


def jsonl_lines(block: bytes) -> list[bytes]:
    """A block's lines as the in-process reader sees them (split at ``\\n`` only)."""
    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """DataFrame rows as plain records, missing values (NaN, NA, NaT) as None."""
    import pandas as pd

    def plain(value: object) -> object:
        missing = value is pd.NA or value is pd.NaT or (
            isinstance(value, float) and math.isnan(value))
        return None if missing else value

    return [{k: plain(v) for k, v in row.items()}
            for row in rows.astype(object).to_dict("records")]


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB (Linux, macOS counts bytes)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def count_lines(block: bytes) -> int:
    return len(jsonl_lines(block))
