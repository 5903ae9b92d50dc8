"""Archives: many articles in one file, one record each (JSON Lines, Parquet).

An archive export can be checked without unpacking millions of files. Each record
is one article (docs/users/scale.md has the schema):

- ``text`` (required): the article as written;
- ``path``: its name in findings (default ``ARCHIVE:N``, N the 1-based line or row);
- ``format``: ``text``, ``markdown`` or ``html`` (default: by the path's extension);
- ``metadata``: an object with the keys of :class:`~numcheck.document.Metadata`
  (``source``, ``date``, ``headline``, ``url``, ``description``, ``author``,
  ``story``); the same keys may stand at the top level instead (Parquet columns).
  Given values win over what the reader finds in the text (front matter).

Other keys are ignored. A record that is not an article (bad JSON, no ``text``, a
bad date) is an :class:`InputError` named ``ARCHIVE:N``, reported like an unreadable
file; the other records are read. The in-process engine reads archives through
:func:`iter_archive`; the Dask engine (numcheck/distributed/) reads blocks of them in
parallel and decodes each record with the same :func:`record_document`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from numcheck.document import Document, Metadata
from numcheck.errors import InputError

__all__ = [
    "JSONL_SUFFIXES", "METADATA_KEYS", "PARQUET_SUFFIXES", "archive_files", "archive_kind",
    "iter_archive", "iter_jsonl_lines", "iter_parquet", "record_document",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
METADATA_KEYS = tuple(f.name for f in dataclasses.fields(Metadata))
_MARKERS = ("_", ".")  # _SUCCESS, _metadata, .crc files beside a dataset's parts


def _kind_of_file(path: str) -> str | None:
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def archive_files(path: str) -> list[str]:
    """The archive's files: itself, or a directory's part files (markers left out)."""
    if not os.path.isdir(path):
        return [path]
    return sorted(os.path.join(path, name) for name in os.listdir(path)
                  if not name.startswith(_MARKERS) and os.path.isfile(os.path.join(path, name)))


def archive_kind(path: str) -> str | None:
    """``"jsonl"`` or ``"parquet"`` for an archive named on the command line: a file
    with that suffix, or a directory whose files (markers aside) are all archives of
    one kind. Anything else (None) is read and walked as articles."""
    if os.path.isfile(path):
        return _kind_of_file(path)
    if not os.path.isdir(path):
        return None
    kinds = {_kind_of_file(f) for f in archive_files(path)}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    to_date = getattr(value, "date", None)  # pandas/numpy timestamps
    if callable(to_date) and not isinstance(value, str):
        day = to_date()
        if isinstance(day, dt.date):
            return day
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    raise ValueError(f"bad 'date' {value!r}: expected YYYY-MM-DD")


def _metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    nested = record.get("metadata")
    if nested is not None and not isinstance(nested, Mapping):
        raise ValueError("'metadata' is not an object")
    given: dict[str, Any] = {}
    for source in (record, nested or {}):
        for key in METADATA_KEYS:
            value = source.get(key)
            if value is None or value == "":
                continue
            if key == "date":
                given[key] = _date(value)
            elif isinstance(value, str):
                given[key] = value
            else:
                raise ValueError(f"'{key}' is not a string")
    return given


def record_document(record: object, name: str, max_size: int = 0) -> Document:
    """One record -> a Document (read by the reader its format picks); InputError
    named ``name`` (``ARCHIVE:N``) when the record is not an article."""
    from numcheck.readers import read_text

    if not isinstance(record, Mapping):
        raise InputError(name, "not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(name, "missing 'text'" if text is None else "'text' is not a string")
    path = record.get("path") or name
    fmt = record.get("format") or None
    if not isinstance(path, str) or not (fmt is None or isinstance(fmt, str)):
        raise InputError(name, "'path' and 'format' must be strings")
    if max_size and len(text) * 4 > max_size and len(text.encode("utf-8")) > max_size:
        raise InputError(name, f"larger than the {max_size}-byte limit, skipped")
    try:
        given = _metadata(record)
    except ValueError as err:
        raise InputError(name, str(err)) from None
    try:
        document = read_text(text, path, fmt)
    except InputError as err:
        raise InputError(name, err.problem) from None
    if not given:
        return document
    return dataclasses.replace(document,
                               metadata=dataclasses.replace(document.metadata, **given))


def iter_jsonl_lines(lines: Iterable[bytes], archive: str, first: int = 1,
                     max_size: int = 0) -> Iterator[tuple[int, Document | InputError]]:
    """(line number, Document or InputError) for each non-blank line."""
    for number, line in enumerate(lines, first):
        if not line.strip():
            continue
        name = f"{archive}:{number}"
        try:
            record = json.loads(line)
        except UnicodeDecodeError as err:
            yield number, InputError(name, f"not valid UTF-8 at byte {err.start}")
            continue
        except ValueError as err:
            yield number, InputError(name, f"not valid JSON: {err}")
            continue
        try:
            yield number, record_document(record, name, max_size)
        except InputError as err:
            yield number, err


def iter_parquet(path: str, max_size: int = 0) -> Iterator[tuple[int, Document | InputError]]:
    """(row number, Document or InputError) for each row of one Parquet file (pyarrow)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(path, "reading Parquet needs pyarrow: pip install "
                         "'numcheck[dask]'") from None
    try:
        batches = pq.ParquetFile(path).iter_batches(batch_size=1024)
        number = 0
        for batch in batches:
            for record in batch.to_pylist():
                number += 1
                try:
                    yield number, record_document(record, f"{path}:{number}", max_size)
                except InputError as err:
                    yield number, err
    except (OSError, ValueError) as err:  # pyarrow's errors derive from these
        raise InputError(path, f"not a readable Parquet file: {err}") from None


def iter_archive(path: str, max_size: int = 0) -> Iterator[Document | InputError]:
    """Every record of an archive (a file or a directory of part files), in order."""
    kind = archive_kind(path)
    for part in archive_files(path):
        if kind == "parquet":
            try:
                for _, item in iter_parquet(part, max_size):
                    yield item
            except InputError as err:  # the file itself (the rows read so far stay)
                yield err
            continue
        try:
            with open(part, "rb") as handle:
                for _, item in iter_jsonl_lines(handle, part, 1, max_size):
                    yield item
        except OSError as err:
            yield InputError(part, f"cannot read: {(err.strerror or type(err).__name__).lower()}")
