"""Jinja2 environment and rendering for the ``html`` format (autoescape always on).

Article text goes through the ``text`` filter: escaped like everything else, with a
carriage return written as ``&#13;`` (the HTML parser would fold a literal CR LF to
LF and shift every offset after it) and NUL as U+FFFD (which the parser substitutes
anyway), so the page's text has exactly the file's characters.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup, escape

from numcheck.report.base import Report
from numcheck.report.html.view import build

_CR = Markup("&#13;")


def text_filter(value: str) -> Markup:
    return escape(value.replace("\0", "\ufffd")).replace("\r", _CR)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("numcheck.report.html", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["text"] = text_filter
    return env


def render_html(report: Report) -> str:
    return environment().get_template("report.html.j2").render(view=build(report))


__all__ = ["render_html", "text_filter"]
