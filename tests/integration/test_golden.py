"""Golden fixtures: every ``fixtures/<set>/`` runs through ``numcheck check`` end to end.

A set holds articles (*.txt, *.md, *.html), optional ``numcheck.toml`` /
``reference.toml``, and ``expected.json``::

    {"findings": [{"rule", "path", "line", "column", "text",
                   "related": [{"path", "line", "text"}]}]}

paths relative to the set. The check runs with the set as working directory and
compares the findings exactly (sorted). A directory whose gold is JSON Lines
(``*.jsonl``, e.g. ``fixtures/phrasings/``) is a parser corpus scored by
``benchmarks/``, not a golden set. ``NUMCHECK_UPDATE_GOLDEN=1`` rewrites
``expected.json`` from the current output; review the diff before committing it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
# Evaluation corpora with their own gold format, scored by benchmarks/stories.py
# (tests/integration/test_stories_corpus.py), not compared finding by finding.
CORPORA = {"stories", "unrelated", "unrelated-with-stories"}
SETS = (
    sorted(
        p
        for p in FIXTURES.iterdir()
        if p.is_dir() and p.name not in CORPORA and not any(p.glob("*.jsonl"))
    )
    if FIXTURES.is_dir()
    else []
)
UPDATE = os.environ.get("NUMCHECK_UPDATE_GOLDEN") == "1"


def _path(value: str) -> str:
    return value[2:] if value.startswith("./") else value


def _finding(raw: dict[str, Any]) -> dict[str, Any]:
    related = [
        {"path": _path(r["path"]), "line": r["line"], "text": r["text"]}
        for r in raw.get("related", [])
    ]
    return {
        "rule": raw["rule"],
        "path": _path(raw["path"]),
        "line": raw["line"],
        "column": raw["column"],
        "text": raw["text"],
        "related": sorted(related, key=lambda r: (r["path"], r["line"], r["text"])),
    }


def _order(f: dict[str, Any]) -> tuple[Any, ...]:
    return (f["path"], f["line"], f["column"], f["rule"], f["text"], json.dumps(f["related"]))


def run_set(directory: Path) -> tuple[list[dict[str, Any]], str]:
    """The set's findings in golden form, and stderr (for failure messages)."""
    proc = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", ".", "--output-format", "json"],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode in (0, 1), f"exit {proc.returncode}: {proc.stderr}"
    data = json.loads(proc.stdout)
    return sorted((_finding(f) for f in data["findings"]), key=_order), proc.stderr


@pytest.mark.parametrize("directory", SETS, ids=[p.name for p in SETS])
def test_golden_set(directory: Path) -> None:
    found, stderr = run_set(directory)
    expected_file = directory / "expected.json"
    if UPDATE:
        text = json.dumps({"findings": found}, indent=2, ensure_ascii=False) + "\n"
        expected_file.write_text(text, encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert sorted(expected["findings"], key=_order) == found, stderr


def test_every_set_has_expectations_and_articles() -> None:
    assert SETS, "no fixture sets found"
    for directory in SETS:
        articles = [p for p in directory.iterdir() if p.suffix in {".txt", ".md", ".html"}]
        assert articles, f"{directory.name} has no articles"
        assert (directory / "expected.json").is_file(), f"{directory.name} has no expected.json"
