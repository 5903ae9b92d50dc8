"""The ``html`` format: one self-contained page an editor reads at a glance.

Each article's text with every figure highlighted by verdict, a side-by-side number
line for each finding that relates figures, a summary by rule and severity, and the
run's settings; no script, no network (docs/users/output-formats.md#html). Jinja2
and the view code are imported only when this format renders, so the other formats
never pay for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report


class HtmlFormatter:
    name = "html"
    description = "a self-contained HTML page: the articles with each figure marked"

    def render(self, report: Report) -> str:
        from numcheck.report.html.render import render_html

        return render_html(report)


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [HtmlFormatter()]


__all__ = ["HtmlFormatter", "numcheck_formatters"]
