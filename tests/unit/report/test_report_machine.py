"""The machine formats: json, jsonl, github, gitlab, junit; deterministic bytes."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET

import pytest
from report_helpers import document, findings, loc, render, report

from numcheck.findings import Finding, Severity
from numcheck.report.github import escape_data, escape_property

FORMATS = ["full", "concise", "json", "jsonl", "sarif", "github", "gitlab", "junit"]
FINDING_KEYS = ["rule", "name", "severity", "message", "path", "line", "column", "end_line",
                "end_column", "text", "related", "plugin", "fingerprint", "in_quote", "fix"]


def test_json_schema_version_1() -> None:
    data = json.loads(render("json"))
    assert data["version"] == 1
    first = data["findings"][0]
    assert list(first) == FINDING_KEYS
    assert first["related"] == [{"path": "desk/storm story.md", "line": 3, "column": 17,
                                 "end_line": 3, "end_column": 28, "text": "at least 40"}]
    assert first["fix"] == {"message": "Replace with 40 people", "safe": True,
                            "replacements": [{"start": 53, "end": 55, "content": "40"}]}
    assert data["findings"][1]["in_quote"] is True
    assert data["summary"] == {"findings": 3, "errors": 1, "warnings": 1, "infos": 1,
                               "files": 2, "files_with_findings": 1,
                               "rules": {"NC101": 1, "NC102": 1, "NC301": 1},
                               "suppressed": 0, "baselined": 0, "unchanged": 0}


def test_jsonl_is_one_finding_per_line_matching_json() -> None:
    lines = render("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(render("json"))["findings"]
    assert render("jsonl", report([])) == ""


def test_fingerprints_are_unique_and_ignore_line_numbers() -> None:
    items = findings()
    twin = dataclasses.replace(items[0], message="again")
    fps = [f["fingerprint"] for f in json.loads(render("json", report([*items, twin])))["findings"]]
    assert len(set(fps)) == 4
    moved = document("\n\n\n" + document().text)
    fp_moved = json.loads(render("json", report(findings(moved), moved)))["findings"][0]
    assert fp_moved["line"] == 5
    assert fp_moved["fingerprint"] == fps[0]


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_is_deterministic(name: str) -> None:
    assert render(name, report()) == render(name, report())


@pytest.mark.parametrize(("raw", "data", "prop"), [
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
])
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_annotations_grouped_per_file() -> None:
    lines = render("github").splitlines()
    assert lines[0] == "::group::desk/storm story.md"
    assert lines[1].startswith(
        "::error file=desk/storm story.md,line=2,endLine=2,col=19,endColumn=28,"
        "title=numcheck NC101 (restated-figure-contradiction)::")
    assert lines[1].endswith("in a quote: a,b:c 100%25")
    assert lines[2].startswith("::warning ")
    assert "quoted figure%0Aspans two lines" in lines[2]
    assert lines[3].startswith("::notice ")
    assert lines[4] == "::endgroup::"


def test_gitlab_code_quality() -> None:
    issues = json.loads(render("gitlab"))
    assert [i["severity"] for i in issues] == ["major", "minor", "info"]
    first = issues[0]
    assert first["description"].startswith("NC101: ")
    assert first["check_name"] == "NC101"
    assert first["location"] == {"path": "desk/storm story.md", "lines": {"begin": 2, "end": 2}}
    assert len({i["fingerprint"] for i in issues}) == 3


def test_gitlab_plugin_error_is_critical() -> None:
    doc = document()
    crash = Finding("NC001", "plugin 'x' raised", loc(doc, "Storm"), severity=Severity.ERROR)
    assert json.loads(render("gitlab", report([crash])))[0]["severity"] == "critical"


def test_junit_parses_and_counts_failures_per_file() -> None:
    doc = document()
    clean = document("Nothing to see.\n", "clean.md")
    rep = dataclasses.replace(report(), documents={doc.path: doc, clean.path: clean})
    root = ET.fromstring(render("junit", rep))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"clean.md", "desk/storm story.md"}
    # the default --fail-on is error: the warning and the info pass, like the exit code
    assert suites["desk/storm story.md"].get("failures") == "1"
    assert suites["clean.md"].get("failures") == "0"
    assert len(list(suites["clean.md"].iter("testcase"))) == 1
    assert root.get("tests") == "4"
    strict = ET.fromstring(render("junit", dataclasses.replace(rep, fail_on=Severity.WARNING)))
    assert strict.get("failures") == "2"
    assert [f.get("type") for f in strict.iter("failure")] == ["NC101 error", "NC102 warning"]


def test_junit_names_tests_by_rule_and_fingerprint_not_position() -> None:
    doc = document()
    rep = report()
    names = [c.get("name") for c in ET.fromstring(render("junit", rep)).iter("testcase")]
    assert names == [f"{f.rule} ({f.name}) {rep.fingerprint(f)}" for f in rep.findings]
    moved = document("A new first line.\n" + doc.text)
    shifted = report([dataclasses.replace(f, location=loc(moved, f.location.text))
                      for f in rep.findings])
    again = [c.get("name") for c in ET.fromstring(render("junit", shifted)).iter("testcase")]
    assert again == names  # text added above: same test identities


def test_junit_drops_characters_xml_cannot_carry() -> None:
    doc = document()
    odd = Finding("NC101", "bell\x07 and nul\x00 here", loc(doc, "Storm"), severity=Severity.ERROR)
    root = ET.fromstring(render("junit", report([odd])))
    failure = next(root.iter("failure"))
    assert failure.get("message") == "bell and nul here"
