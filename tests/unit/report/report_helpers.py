"""Shared builders for the report tests: a small article and findings on it."""

from __future__ import annotations

from numcheck.document import Document
from numcheck.findings import Finding, Fix, Location, Replacement, Rule, Severity
from numcheck.plugins import get_plugin_manager
from numcheck.report import collect_formatters
from numcheck.report.base import Formatter, Report

TEXT = (
    "# Storm toll rises\n"
    "\tThe storm killed 34 people, officials said.\n"
    'The mayor said "at least 40, maybe 100%" had died.\n'
)
PATH = "desk/storm story.md"
RULES = {
    "NC101": Rule("NC101", "restated-figure-contradiction", Severity.ERROR,
                  "The same figure is restated with incompatible values",
                  "Two places give the **same** figure.", "restated"),
    "NC102": Rule("NC102", "hedge-contradiction", Severity.WARNING, "A hedge is wrong",
                  plugin="restated"),
    "NC301": Rule("NC301", "day-count", Severity.INFO, "Day count", plugin="dates"),
}


def document(text: str = TEXT, path: str = PATH) -> Document:
    return Document.from_text(text, path)


def loc(doc: Document, needle: str) -> Location:
    start = doc.text.index(needle)
    end = start + len(needle)
    (line, col), (end_line, end_col) = doc.position(start), doc.position(end)
    return Location(doc.path, start, end, line, col, end_line, end_col, needle)


def findings(doc: Document | None = None) -> list[Finding]:
    doc = doc or document()
    return [
        Finding("NC101", '"34 people" here, but "at least 40" in a quote: a,b:c 100%',
                loc(doc, "34 people"), related=(loc(doc, "at least 40"),),
                name="restated-figure-contradiction", severity=Severity.ERROR,
                plugin="restated",
                fix=Fix("Replace with 40 people", (Replacement(53, 55, "40"),))),
        Finding("NC102", "quoted figure\nspans two lines", loc(doc, "at least 40"),
                name="hedge-contradiction", severity=Severity.WARNING, plugin="restated",
                in_quote=True),
        Finding("NC301", "info only", loc(doc, "Storm"), name="day-count",
                severity=Severity.INFO, plugin="dates"),
    ]


def report(items: list[Finding] | None = None, doc: Document | None = None,
           files: int = 2) -> Report:
    doc = doc or document()
    items = findings(doc) if items is None else items
    return Report(items, RULES, {doc.path: doc}, files_checked=files)


def formatter(name: str) -> Formatter:
    return collect_formatters(get_plugin_manager())[name]


def render(name: str, rep: Report | None = None) -> str:
    return formatter(name).render(rep if rep is not None else report())
