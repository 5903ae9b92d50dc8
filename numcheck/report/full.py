"""The ``full`` format (default) and ``concise``: what an editor reads in a terminal.

``full`` shows each finding like a mature linter: ``path:line:col: CODE [name]
message``, the source line with the span marked by carets, the related places,
the fix on offer, then one summary line. ``concise`` is one line per finding.

Both are built as (text, token) segments: ``render`` joins the text (plain,
deterministic: what pipes, files and tests see); ``styled`` hands the segments to
the terminal, which colours the tokens (numcheck/workflow/terminal.py). Controls
and bidi overrides in paths and messages are escaped (``\\u202e``), and shown as
spaces in the source excerpt, so nothing in a file can rewrite the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.findings import Finding
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report, display_message, one_line
from numcheck.workflow.display import blank_controls, escape_controls

MAX_EXCERPT = 120  # columns of a source line shown around the span
Segments = list[tuple[str, str]]  # (text, token); tokens: path, error, code, ...


def _clean(text: str) -> str:
    return escape_controls(one_line(text))


def header(finding: Finding, *, with_name: bool) -> Segments:
    loc = finding.location
    out: Segments = [(f"{_clean(loc.path)}:{loc.line}:{loc.column}:", "path"), (" ", ""),
                     (finding.rule, finding.severity.value)]
    if with_name and finding.name:
        out.append((f" [{finding.name}]", "name"))
    out.append((f" {_clean(display_message(finding))}", ""))
    return out


def excerpt(line: str, column: int, width: int) -> tuple[str, str]:
    """The displayed source line and its caret line (1-based column, span width)."""
    start = column - 1
    width = max(1, min(width, max(1, len(line) - start)))
    lo = 0
    if len(line) > MAX_EXCERPT:
        lo = max(0, min(start - MAX_EXCERPT // 3, len(line) - MAX_EXCERPT))
    hi = min(len(line), lo + MAX_EXCERPT)
    shown = blank_controls(line[lo:hi])
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    carets = " " * (len(prefix) + start - lo) + "^" * max(1, min(width, hi - start))
    return prefix + shown + suffix, carets


def _text(segments: Segments) -> str:
    return "".join(text for text, _ in segments)


class FullFormatter:
    name = "full"
    description = "each finding with the source line and the span marked, then a summary"

    def render(self, report: Report) -> str:
        return _text(self.styled(report))

    def styled(self, report: Report) -> Segments:
        out: Segments = []
        for finding in report.findings:
            out += [*header(finding, with_name=True), ("\n", "")]
            out += self._source(report, finding)
            for loc in finding.related:
                out += [("  = related: ", "related"),
                        (f"{_clean(loc.path)}:{loc.line}:{loc.column}: {_clean(loc.text)}\n",
                         "")]
            if finding.fix is not None and finding.fix.message and not finding.in_quote:
                kind = "" if finding.fix.safe else " (unsafe)"
                out += [(f"  = fix{kind}: ", "fix"), (f"{_clean(finding.fix.message)}\n", "")]
            out.append(("\n", ""))
        if report.verbosity >= 0:
            out.append((report.summary_line() + "\n", "summary"))
        return out

    @staticmethod
    def _source(report: Report, finding: Finding) -> Segments:
        loc = finding.location
        line = report.source_line(loc.path, loc.line)
        if line is None:
            return []
        end = loc.end_column if loc.end_line == loc.line else len(line) + 1
        shown, carets = excerpt(line, loc.column, end - loc.column)
        number = str(loc.line)
        gutter = " " * len(number)
        return [(f" {number} | ", "gutter"), (f"{shown}\n", ""),
                (f" {gutter} | ", "gutter"), (f"{carets}\n", "caret")]


class ConciseFormatter:
    name = "concise"
    description = "one line per finding: path:line:col: CODE message"

    def render(self, report: Report) -> str:
        return _text(self.styled(report))

    def styled(self, report: Report) -> Segments:
        out: Segments = []
        for finding in report.findings:
            out += [*header(finding, with_name=False), ("\n", "")]
        if report.verbosity >= 0:
            out.append((report.summary_line() + "\n", "summary"))
        return out


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [FullFormatter(), ConciseFormatter()]
