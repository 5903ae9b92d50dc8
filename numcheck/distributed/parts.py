"""Findings of a large run as a directory of part files (``--output-dir``).

JSON Lines parts hold the ``jsonl`` format's objects (docs/users/output-formats.md);
Parquet parts (pyarrow) hold the same fields as columns, with ``related`` and ``fix``
as JSON text. Parts are ``part-00000.jsonl`` ... of at most ``rows`` findings each,
in report order, each written atomically; part files of an earlier run in the same
directory are removed first, nothing else is touched. Any engine can write them;
Spark, DuckDB or Dask (``read_json(..., lines=True)``, ``read_parquet``) read them.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from numcheck.errors import NumcheckError

if TYPE_CHECKING:
    from numcheck.report.base import Report

__all__ = ["PART_FORMATS", "write_parts"]

PART_FORMATS = ("jsonl", "parquet")
ROWS = 100_000


def _rows(report: Report) -> list[dict[str, Any]]:
    from numcheck.report.base import finding_json

    return [finding_json(f, report.fingerprint(f)) for f in report.findings]


def _parquet(rows: Sequence[dict[str, Any]]) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NumcheckError("--output-dir with the parquet format needs pyarrow: pip install "
                            "'numcheck[dask]'") from None
    flat = [{**row, "related": json.dumps(row["related"], ensure_ascii=False),
             "fix": None if row["fix"] is None else json.dumps(row["fix"], ensure_ascii=False)}
            for row in rows]
    schema = pa.schema([("rule", pa.string()), ("name", pa.string()),
                        ("severity", pa.string()), ("message", pa.string()),
                        ("path", pa.string()), ("line", pa.int64()), ("column", pa.int64()),
                        ("end_line", pa.int64()), ("end_column", pa.int64()),
                        ("text", pa.string()), ("related", pa.string()),
                        ("plugin", pa.string()), ("fingerprint", pa.string()),
                        ("in_quote", pa.bool_()), ("fix", pa.string())])
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(flat, schema=schema), sink)
    return bytes(sink.getvalue().to_pybytes())


def write_parts(report: Report, directory: str, fmt: str, rows: int = ROWS) -> int:
    """Write the report's findings under ``directory``; returns the number of parts
    (at least one, possibly empty, so a reader finds the schema)."""
    from numcheck.workflow.output import write_atomic

    if fmt not in PART_FORMATS:
        raise NumcheckError(f"--output-dir writes {' or '.join(PART_FORMATS)} parts, "
                            f"not {fmt!r} (use --output-format jsonl or parquet)")
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as err:
        raise NumcheckError(f"cannot create {directory}: {err.strerror or err}") from None
    for old in glob.glob(os.path.join(glob.escape(directory), f"part-*.{fmt}")):
        os.remove(old)
    found = _rows(report)
    chunks = [found[i:i + rows] for i in range(0, len(found), rows)] or [[]]
    for n, chunk in enumerate(chunks):
        path = os.path.join(directory, f"part-{n:05d}.{fmt}")
        if fmt == "parquet":
            write_atomic(path, _parquet(chunk))
        else:
            write_atomic(path, "".join(json.dumps(r, ensure_ascii=False) + "\n"
                                       for r in chunk))
    return len(chunks)
