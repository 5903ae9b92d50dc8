"""The ``json`` and ``jsonl`` formats: the versioned wire schema tools rely on.

``json`` is one object ``{"version": 1, "findings": [...], "summary": {...}}``;
``jsonl`` is one finding object per line (no summary), for streaming consumers.
The schema is documented in docs/users/output-formats.md; adding a key is a minor
change, renaming or removing one bumps ``version``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from numcheck.hookspecs import hookimpl
from numcheck.report.base import JSON_VERSION, Formatter, Report, finding_json


class JsonFormatter:
    name = "json"
    description = "versioned JSON: {version, findings, summary}"

    def render(self, report: Report) -> str:
        data = {
            "version": JSON_VERSION,
            "tool": {"name": "numcheck", "version": report.tool_version},
            "findings": [finding_json(f, report.fingerprint(f)) for f in report.findings],
            "summary": report.summary(),
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class JsonLinesFormatter:
    name = "jsonl"
    description = "one JSON finding object per line"

    def render(self, report: Report) -> str:
        return "".join(
            json.dumps(finding_json(f, report.fingerprint(f)), ensure_ascii=False) + "\n"
            for f in report.findings
        )


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [JsonFormatter(), JsonLinesFormatter()]
