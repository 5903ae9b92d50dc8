"""Baselines are keyed on the claim, survive edits above a finding, and count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.errors import ConfigError
from numcheck.workflow.baseline import load_baseline, render_baseline, write_baseline

ARTICLE = "Officials said 34 died.\nLater: at least 40 dead.\n"


def test_round_trip_and_line_independence(tmp_path: Path, make_doc, make_finding) -> None:
    doc = make_doc(ARTICLE, path=str(tmp_path / "story.md"))
    old = make_finding("NC101", "at least 40", doc=doc)
    baseline_file = tmp_path / "numcheck-baseline.json"
    write_baseline([old], str(baseline_file))
    data = json.loads(baseline_file.read_text())
    assert data["version"] == 1
    (entry,) = data["findings"]
    assert entry["rule"] == "NC101"
    assert entry["path"] == "story.md"
    assert entry["subject"] == "at least 40"
    assert len(entry["fingerprint"]) == 32
    # a new paragraph above moves the finding two lines down: still known
    edited = make_doc("A new lede.\n\n" + ARTICLE, path=str(tmp_path / "story.md"))
    moved = make_finding("NC101", "at least 40", doc=edited)
    assert moved.location.line != old.location.line
    new, known = load_baseline(str(baseline_file)).filter([moved])
    assert (new, known) == ([], [moved])
    # a different phrase is a new finding
    fresh = make_finding("NC101", "34 died", doc=edited)
    assert load_baseline(str(baseline_file)).filter([fresh])[0] == [fresh]


def test_count_aware(tmp_path: Path, make_finding) -> None:
    one = make_finding("NC102", "nearly 500", path=str(tmp_path / "a.md"))
    baseline_file = tmp_path / "b.json"
    write_baseline([one, one], str(baseline_file))
    new, known = load_baseline(str(baseline_file)).filter([one, one, one])
    assert len(known) == 2
    assert len(new) == 1


def test_subject_beats_span_text(tmp_path: Path, make_finding) -> None:
    a = make_finding("NC401", "2,000", path=str(tmp_path / "a.md"), subject="civilian killed")
    text = render_baseline([a], str(tmp_path / "b.json"))
    assert '"subject": "civilian killed"' in text


def test_deterministic(tmp_path: Path, make_finding) -> None:
    findings = [make_finding("NC101", "x", path=str(tmp_path / n)) for n in ("b.md", "a.md")]
    target = str(tmp_path / "base.json")
    assert render_baseline(findings, target) == render_baseline(findings[::-1], target)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ('{"version": 1}', "no 'findings' list"),
        ('{"version": 7, "findings": []}', "unsupported baseline version 7"),
        ('{"version": 1, "findings": [{"rule": 1}]}', "entry 1"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_malformed_baseline_is_one_line(
    tmp_path: Path, content: str | bytes, fragment: str
) -> None:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(ConfigError) as err:
        load_baseline(str(path))
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_baseline(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="baseline not found"):
        load_baseline(str(tmp_path / "nope.json"))
