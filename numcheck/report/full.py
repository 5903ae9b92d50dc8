"""The ``full`` format (default) and ``concise``: what an editor reads in a terminal.

``full`` shows each finding like a mature linter: ``path:line:col: CODE [name]
message``, the source line with the span marked by carets, the related places,
the fix on offer, then one summary line. ``concise`` is one line per finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.findings import Finding
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report, display_message, one_line

MAX_EXCERPT = 120  # columns of a source line shown around the span
_CONTROL = dict.fromkeys(range(32), " ")


def header(finding: Finding, *, with_name: bool) -> str:
    loc = finding.location
    name = f" [{finding.name}]" if with_name and finding.name else ""
    message = one_line(display_message(finding))
    return f"{loc.path}:{loc.line}:{loc.column}: {finding.rule}{name} {message}"


def excerpt(line: str, column: int, width: int) -> tuple[str, str]:
    """The displayed source line and its caret line (1-based column, span width)."""
    start = column - 1
    width = max(1, min(width, max(1, len(line) - start)))
    lo = 0
    if len(line) > MAX_EXCERPT:
        lo = max(0, min(start - MAX_EXCERPT // 3, len(line) - MAX_EXCERPT))
    hi = min(len(line), lo + MAX_EXCERPT)
    shown = line[lo:hi].translate(_CONTROL)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    carets = " " * (len(prefix) + start - lo) + "^" * max(1, min(width, hi - start))
    return prefix + shown + suffix, carets


class FullFormatter:
    name = "full"
    description = "each finding with the source line and the span marked, then a summary"

    def render(self, report: Report) -> str:
        out: list[str] = []
        for finding in report.findings:
            out.append(header(finding, with_name=True))
            out.extend(self._source(report, finding))
            for loc in finding.related:
                out.append(f"  = related: {loc.path}:{loc.line}:{loc.column}: {one_line(loc.text)}")
            if finding.fix is not None and finding.fix.message and not finding.in_quote:
                kind = "" if finding.fix.safe else " (unsafe)"
                out.append(f"  = fix{kind}: {one_line(finding.fix.message)}")
            out.append("")
        out.append(report.summary_line())
        return "\n".join(out) + "\n"

    @staticmethod
    def _source(report: Report, finding: Finding) -> list[str]:
        loc = finding.location
        line = report.source_line(loc.path, loc.line)
        if line is None:
            return []
        end = loc.end_column if loc.end_line == loc.line else len(line) + 1
        shown, carets = excerpt(line, loc.column, end - loc.column)
        number = str(loc.line)
        gutter = " " * len(number)
        return [f" {number} | {shown}", f" {gutter} | {carets}"]


class ConciseFormatter:
    name = "concise"
    description = "one line per finding: path:line:col: CODE message"

    def render(self, report: Report) -> str:
        lines = [header(f, with_name=False) for f in report.findings]
        lines.append(report.summary_line())
        return "\n".join(lines) + "\n"


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [FullFormatter(), ConciseFormatter()]
