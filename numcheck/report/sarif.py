"""The ``sarif`` format: SARIF 2.1.0 for code-scanning tools.

One run; ``tool.driver.rules`` lists the rules that have findings (sorted by code,
so ``ruleIndex`` is stable); each result carries its location, related locations
and the claim fingerprint as ``partialFingerprints["numcheckClaim/v1"]`` so
GitHub code scanning tracks an alert across edits. Columns are Unicode code points
(declared as ``columnKind``), lines and columns 1-based, ``endColumn`` exclusive.
A test validates the output against the official OASIS schema.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report
from numcheck.rules import code_sort_key

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "numcheckClaim/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for a file path (spaces and the like escaped)."""
    return quote(path.replace(os.sep, "/"), safe="/:@!$&'()*+,;=-._~")


def region(loc: Location) -> dict[str, int]:
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": max(loc.end_column, loc.column if loc.end_line == loc.line else 1),
        "charOffset": loc.start,
        "charLength": max(0, loc.end - loc.start),
    }


def physical(loc: Location) -> dict[str, Any]:
    return {"artifactLocation": {"uri": artifact_uri(loc.path)}, "region": region(loc)}


def rule_url(rule: Rule, docs_url: str) -> str:
    """The config's ``docs-url`` for one rule: ``{code}``/``{name}`` filled in, or, for
    a page like docs/rules.md, its anchor for the rule (``#nc101-restated-...``)."""
    if "{" in docs_url:
        return docs_url.format(code=rule.code, name=rule.name)
    return f"{docs_url}#{rule.code.lower()}-{rule.name}"


def rule_descriptor(rule: Rule, docs_url: str | None = None) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"plugin": rule.plugin},
    }
    if docs_url:  # only a link the desk gave: never a made-up host
        descriptor["helpUri"] = rule_url(rule, docs_url)
    if rule.description:
        descriptor["help"] = {"text": rule.description, "markdown": rule.description}
    return descriptor


def result(finding: Finding, index: int, fingerprint: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical(finding.location)}],
    }
    if finding.related:
        data["relatedLocations"] = [
            {"id": i, "physicalLocation": physical(loc), "message": {"text": loc.text or loc.path}}
            for i, loc in enumerate(finding.related)
        ]
    data["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    data["properties"] = {"name": finding.name, "plugin": finding.plugin,
                          "inQuote": finding.in_quote}
    fix = finding.fix
    if fix is not None and fix.replacements and not finding.in_quote:
        data["fixes"] = [{
            "description": {"text": fix.message or "apply the suggested replacement"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(finding.location.path)},
                "replacements": [
                    {"deletedRegion": {"charOffset": r.start, "charLength": r.end - r.start},
                     "insertedContent": {"text": r.content}}
                    for r in fix.replacements
                ],
            }],
        }]
    return data


class SarifFormatter:
    name = "sarif"
    description = "SARIF 2.1.0 (GitHub code scanning and other SARIF viewers)"

    def render(self, report: Report) -> str:
        codes = sorted({f.rule for f in report.findings}, key=code_sort_key)
        rules = [report.rules.get(code) or Rule(code, code.lower(), Severity.WARNING, code)
                 for code in codes]
        index = {code: i for i, code in enumerate(codes)}
        driver: dict[str, Any] = {"name": "numcheck", "version": report.tool_version}
        if report.docs_url:
            driver["informationUri"] = report.docs_url.split("{", 1)[0]
        driver["rules"] = [rule_descriptor(rule, report.docs_url) for rule in rules]
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": [result(f, index[f.rule], report.fingerprint(f))
                            for f in report.findings],
            }],
        }
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [SarifFormatter()]
