"""SARIF output validates against the official OASIS SARIF 2.1.0 schema (vendored)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from report_helpers import document, loc, render, report

from numcheck.findings import Finding, Severity

SCHEMA = Path(__file__).parents[2] / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


def sarif(rep: Any = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render("sarif", rep if rep is not None else report()))
    return data


def test_sarif_is_valid(validator: jsonschema.Draft4Validator) -> None:
    errors = sorted(validator.iter_errors(sarif()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_empty_run_is_valid(validator: jsonschema.Draft4Validator) -> None:
    log = sarif(report([]))
    validator.validate(log)
    assert log["runs"][0]["results"] == []


def test_an_invalid_log_is_caught(validator: jsonschema.Draft4Validator) -> None:
    log = sarif()
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(validator.iter_errors(log))


def test_rules_results_and_fingerprints() -> None:
    run = sarif()["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["NC101", "NC102", "NC301"]
    assert rules[0]["name"] == "restated-figure-contradiction"
    assert rules[0]["defaultConfiguration"] == {"level": "error"}
    assert rules[2]["defaultConfiguration"] == {"level": "note"}
    assert all("helpUri" not in r for r in rules)  # no docs-url: no link to a dead host
    assert "informationUri" not in run["tool"]["driver"]
    first = run["results"][0]
    assert (first["ruleId"], first["ruleIndex"], first["level"]) == ("NC101", 0, "error")
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 19, 28)
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "desk/storm%20story.md"
    assert first["relatedLocations"][0]["message"]["text"] == "at least 40"
    assert len(first["partialFingerprints"]["numcheckClaim/v1"]) == 32
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "40"}
    quoted = run["results"][1]
    assert quoted["properties"]["inQuote"] is True
    assert "fixes" not in quoted


def test_columns_count_code_points_not_utf16(validator: jsonschema.Draft4Validator) -> None:
    doc = document("\N{SLIGHTLY SMILING FACE} killed 34 people\n", "emoji.md")
    item = Finding("NC101", "m", loc(doc, "34"), severity=Severity.ERROR)
    log = sarif(report([item], doc))
    validator.validate(log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == 10  # the emoji is one code point (two UTF-16 units)


@pytest.mark.parametrize(
    ("docs_url", "expected"),
    [
        ("https://desk.example.org/numcheck/rules.html",
         "https://desk.example.org/numcheck/rules.html#nc101-restated-figure-contradiction"),
        ("https://desk.example.org/rules/{code}.html",
         "https://desk.example.org/rules/NC101.html"),
    ],
)
def test_help_uri_comes_from_the_configured_docs_url(
    validator: jsonschema.Draft4Validator, docs_url: str, expected: str
) -> None:
    log = sarif(dataclasses.replace(report(), docs_url=docs_url))
    validator.validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["rules"][0]["helpUri"] == expected
    assert driver["informationUri"].startswith("https://desk.example.org/")
