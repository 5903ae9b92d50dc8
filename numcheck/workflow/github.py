"""The GitHub Actions job summary (``$GITHUB_STEP_SUMMARY``) for the ``github`` format.

GitHub shows only 10 annotations per level and step, so the job summary lists the
findings in full (up to a limit) as a Markdown table.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from numcheck.workflow.display import escape_name

if TYPE_CHECKING:
    from numcheck.report.base import Report


def step_summary_markdown(report: Report, limit: int = 50) -> str:
    lines = ["## numcheck", "", report.summary_line(), ""]
    if report.findings:
        lines += ["| File | Line | Rule | Severity | Message |", "|---|---:|---|---|---|"]
        for finding in report.findings[:limit]:
            loc = finding.location
            message = " ".join(finding.message.split()).replace("|", "\\|")
            name = f" {finding.name}" if finding.name else ""
            lines.append(f"| `{escape_name(loc.path)}` | {loc.line} | {finding.rule}{name} | "
                         f"{finding.severity.value} | {message} |")
        if len(report.findings) > limit:
            lines.append(f"\n…and {len(report.findings) - limit} more (see the job log).")
    return "\n".join(lines) + "\n\n"


def step_summary(report: Report, path: str) -> None:
    """Append to the step summary file (GitHub's contract is append, not replace)."""
    try:
        with open(path, "a", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(step_summary_markdown(report))
    except OSError as err:
        print(f"numcheck: warning: cannot write the GitHub step summary: {err.strerror}",
              file=sys.stderr)


__all__ = ["step_summary", "step_summary_markdown"]
