"""A newsroom's in-repo plugin file: ``--plugin path.py`` loads it, and
``NUMCHECK_DISABLE_PLUGINS`` blocks a plugin by name, as users see it on the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main

HOUSE = '''\
"""House rule: no "TBC" placeholders in copy."""
import re
from numcheck import hookimpl
from numcheck.findings import Finding, Location, Rule, Severity

@hookimpl
def numcheck_rules():
    return [Rule("HS101", "placeholder-left", Severity.ERROR, "A TBC placeholder is left.")]

@hookimpl
def numcheck_check_document(document, claims, context):
    for m in re.finditer("TBC", document.text):
        line, col = document.position(m.start())
        loc = Location(document.path, m.start(), m.end(), line, col, line, col + 3, "TBC")
        yield Finding(rule="HS101", message="Fill in the TBC figure.", location=loc)
'''


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("NUMCHECK_DISABLE_PLUGINS", "NUMCHECK_LOAD_PLUGINS", "NUMCHECK_TRACE_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "house.py").write_text(HOUSE, encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Officials said TBC people were hurt.\n", encoding="utf-8")
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_plugin_file_is_listed(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, listed = _json(capsys, "plugins", "--plugin", "house.py", "--format", "json")
    assert code == 0
    assert isinstance(listed, list)
    (house,) = [p for p in listed if p["name"] == "house"]
    assert house["rules"] == ["HS101"]


def test_plugin_file_reports_findings(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _json(
        capsys, "check", "--plugin", "house.py", "draft.txt", "--output-format", "json"
    )
    assert isinstance(report, dict)
    mine = [f for f in report["findings"] if f["rule"] == "HS101"]
    assert [(f["line"], f["column"], f["plugin"], f["name"]) for f in mine] == [
        (1, 16, "house", "placeholder-left")
    ]
    assert code == 1  # HS101 is an error


def test_disable_env_blocks_a_plugin_by_name(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "ap-style,house")
    code, report = _json(
        capsys, "check", "--plugin", "house.py", "draft.txt", "--output-format", "json"
    )
    assert isinstance(report, dict)
    assert not [f for f in report["findings"] if f["rule"].startswith(("HS", "AP"))]
    assert code == 0
    _, listed = _json(capsys, "plugins", "--plugin", "house.py", "--format", "json")
    assert isinstance(listed, list)
    assert not {"house", "ap-style"} & {p["name"] for p in listed}
