"""JSON Lines and Parquet archives: the record schema, errors by line, what counts as one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from numcheck.errors import InputError
from numcheck.readers.archive import archive_kind, iter_archive, iter_jsonl_lines, record_document

ARTICLE = "---\ndate: 2023-01-02\nsource: Wire\n---\n\nAt least 12 people were killed.\n"


def test_a_record_is_read_by_its_format_and_its_metadata_wins() -> None:
    doc = record_document({"path": "wire/a.md", "text": ARTICLE,
                           "metadata": {"date": "2023-01-05", "story": "Flood"}}, "x.jsonl:1")
    assert doc.path == "wire/a.md"
    assert doc.format == "markdown"
    assert doc.metadata.date == dt.date(2023, 1, 5)
    assert doc.metadata.source == "Wire"  # from the front matter: the record says nothing
    assert doc.metadata.story == "Flood"


def test_top_level_metadata_columns_and_an_explicit_format() -> None:
    doc = record_document({"text": "<p>12 killed</p>", "format": "html", "source": "Radio",
                           "date": dt.datetime(2023, 1, 2, 9, 30)}, "dump.parquet:7")
    assert doc.path == "dump.parquet:7"
    assert doc.format == "html"
    assert (doc.metadata.source, doc.metadata.date) == ("Radio", dt.date(2023, 1, 2))


@pytest.mark.parametrize(("record", "problem"), [
    ([1, 2], "not a JSON object"),
    ({"path": "a.md"}, "missing 'text'"),
    ({"text": 12}, "'text' is not a string"),
    ({"text": "x", "date": "yesterday"}, "bad 'date' 'yesterday': expected YYYY-MM-DD"),
    ({"text": "x", "metadata": {"source": 3}}, "'source' is not a string"),
    ({"text": "x", "format": "pdf"}, "unknown format 'pdf' (text, markdown, html)"),
])
def test_a_record_that_is_no_article_is_an_input_error_named_by_its_line(
    record: object, problem: str
) -> None:
    with pytest.raises(InputError) as caught:
        record_document(record, "dump.jsonl:3")
    assert (caught.value.path, caught.value.problem) == ("dump.jsonl:3", problem)


def test_lines_are_numbered_from_the_block_start_and_blank_lines_skipped() -> None:
    lines = [json.dumps({"text": "3 dead"}).encode(), b"", b"{oops", b"\xff\n"]
    got = list(iter_jsonl_lines(lines, "d.jsonl", first=10))
    assert [n for n, _ in got] == [10, 12, 13]
    assert got[0][1].path == "d.jsonl:10"  # type: ignore[union-attr]
    assert str(got[1][1]).startswith("d.jsonl:12: not valid JSON")
    assert str(got[2][1]) == "d.jsonl:13: not valid UTF-8 at byte 0"


def test_what_counts_as_an_archive(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "x"}) + "\n")
    export = tmp_path / "export"
    export.mkdir()
    (export / "part-0.jsonl").write_text("")
    (export / "_SUCCESS").write_text("")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "part-0.jsonl").write_text("")
    (mixed / "story.md").write_text("x")
    assert archive_kind(str(tmp_path / "a.jsonl")) == "jsonl"
    assert archive_kind(str(export)) == "jsonl"
    assert archive_kind(str(mixed)) is None  # walked as articles, as before
    assert archive_kind(str(mixed / "story.md")) is None


def test_a_parquet_file_reads_like_json_lines(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{"path": "a.md", "text": ARTICLE, "story": None}, {"path": "b.txt", "text": None,
                                                               "story": "S"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "d.parquet")
    items = list(iter_archive(str(tmp_path / "d.parquet")))
    assert items[0].path == "a.md"  # type: ignore[union-attr]
    assert str(items[1]) == f"{tmp_path / 'd.parquet'}:2: missing 'text'"
