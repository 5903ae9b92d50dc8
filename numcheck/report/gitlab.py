"""The ``gitlab`` format: GitLab Code Quality (a Code Climate subset).

A JSON array; each issue has ``description`` ("CODE: message", since GitLab does
not show ``check_name``), ``check_name``, a ``fingerprint`` unique per finding
(the claim fingerprint, never line-based, so a finding survives edits above it),
``severity`` and ``location.path`` with ``lines.begin``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from numcheck.checkers.meta import PLUGIN_ERROR
from numcheck.findings import Finding, Severity
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report

SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    loc = finding.location
    # a broken plugin means a check did not run at all: worse than any single finding
    severity = "critical" if finding.rule == PLUGIN_ERROR.code else SEVERITIES[finding.severity]
    return {
        "type": "issue",
        "description": f"{finding.rule}: {finding.message}",
        "check_name": finding.rule,
        "categories": ["Bug Risk"],
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {
            "path": loc.path,
            "lines": {"begin": loc.line, "end": loc.end_line},
        },
    }


class GitlabFormatter:
    name = "gitlab"
    description = "GitLab Code Quality JSON (artifacts: reports: codequality)"

    def render(self, report: Report) -> str:
        issues = [issue(f, report.fingerprint(f)) for f in report.findings]
        return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [GitlabFormatter()]
