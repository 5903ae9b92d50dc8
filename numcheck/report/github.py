"""The ``github`` format: GitHub Actions workflow commands (annotations).

One ``::error``/``::warning``/``::notice`` line per finding, grouped per file with
``::group::``; GitHub shows them on the pull request's changed lines. Escaping
follows actions/toolkit: the message escapes ``%``, CR and LF; property values
also ``:`` and ``,``. GitHub shows at most 10 annotations of a level per step, so
the log keeps the full text too.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.findings import Finding, Severity
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report, by_path, display_message

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    loc = finding.location
    props = [
        ("file", loc.path),
        ("line", str(loc.line)),
        ("endLine", str(loc.end_line)),
        ("col", str(loc.column)),
        ("endColumn", str(loc.end_column)),
        ("title", f"numcheck {finding.rule} ({finding.name})" if finding.name
         else f"numcheck {finding.rule}"),
    ]
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    message = display_message(finding)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


class GithubFormatter:
    name = "github"
    description = "GitHub Actions annotations (::error file=...::message), grouped per file"

    def render(self, report: Report) -> str:
        lines: list[str] = []
        for path, findings in by_path(report.findings).items():
            lines.append(f"::group::{escape_data(path)}")
            lines.extend(annotation(f) for f in findings)
            lines.append("::endgroup::")
        lines.append(report.summary_line())
        return "\n".join(lines) + "\n"


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [GithubFormatter()]
