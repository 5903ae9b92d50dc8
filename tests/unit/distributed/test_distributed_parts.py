"""--output-dir: findings as part files a large run can hand to other tools."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main

ARTICLES = {
    "a.md": "---\ndate: 2023-01-02\n---\n\nPolice said 12 people were killed in Marrow.\n",
    "b.md": "---\ndate: 2023-01-02\n---\n\nPolice said 40 people were killed in Marrow.\n",
}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(*args: str) -> int:
    try:
        return main(["check", "a.md", "b.md", "--exit-zero", "--isolated", *args])
    except SystemExit as done:
        return int(done.code or 0)


def test_json_lines_parts_hold_the_jsonl_format_and_replace_old_parts(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check("--output-format", "jsonl") == 0
    expected = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (desk / "out").mkdir()
    (desk / "out" / "part-00007.jsonl").write_text("stale\n")
    (desk / "out" / "notes.txt").write_text("mine\n")
    assert _check("--output-dir", "out") == 0
    assert sorted(p.name for p in (desk / "out").iterdir()) == ["notes.txt", "part-00000.jsonl"]
    lines = (desk / "out" / "part-00000.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == expected
    assert expected
    assert expected[0]["rule"] == "NC401"


def test_parquet_parts_and_a_format_that_cannot_be_parts(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert _check("--output-dir", "out", "--output-format", "parquet") == 0
    table = pq.read_table(desk / "out" / "part-00000.parquet").to_pylist()
    assert [row["rule"] for row in table] == ["NC401"]
    assert json.loads(table[0]["related"])[0]["path"] in ARTICLES
    assert _check("--output-dir", "out", "--output-format", "sarif") == 2
    assert "--output-dir writes jsonl or parquet parts, not 'sarif'" in capsys.readouterr().err
