"""The terminal formats: full (default) and concise."""

from __future__ import annotations

import dataclasses

import pytest
from report_helpers import document, findings, loc, render, report

from numcheck.document import Document
from numcheck.findings import Finding, Location, Severity
from numcheck.report.base import Report
from numcheck.report.full import excerpt


def test_full_shows_header_source_carets_related_fix_and_summary() -> None:
    out = render("full")
    assert out.splitlines()[:5] == [
        'desk/storm story.md:2:19: NC101 [restated-figure-contradiction] "34 people" here, '
        'but "at least 40" in a quote: a,b:c 100%',
        " 2 |  The storm killed 34 people, officials said.",
        "   |                   ^^^^^^^^^",
        "  = related: desk/storm story.md:3:17: at least 40",
        "  = fix: Replace with 40 people",
    ]
    assert out.endswith("\n3 findings (1 error, 1 warning, 1 info) in 2 files\n")


def test_full_keeps_multiline_messages_on_one_line_and_flags_quotes() -> None:
    lines = render("full").splitlines()
    assert ('desk/storm story.md:3:17: NC102 [hedge-contradiction] quoted figure spans two '
            "lines (in a direct quote)") in lines


def test_full_without_the_document_has_no_excerpt() -> None:
    rep = Report(findings(), {}, {}, files_checked=1)
    lines = render("full", rep).splitlines()
    assert lines[1].startswith("  = related:")


def test_summary_singular_and_empty() -> None:
    assert render("full", report([], files=1)) == "0 findings in 1 file\n"
    one = [dataclasses.replace(findings()[0], related=(), fix=None)]
    assert render("full", report(one, files=1)).endswith("\n1 finding (1 error) in 1 file\n")


def test_long_line_is_windowed_around_the_span() -> None:
    text = "x" * 500_000 + " 34 people " + "y" * 500_000
    doc = document(text, "long.txt")
    finding = Finding("NC101", "m", loc(doc, "34 people"), severity=Severity.ERROR)
    lines = render("full", report([finding], doc)).splitlines()
    assert len(lines[1]) < 140
    source, carets = lines[1], lines[2]
    start = carets.index("^")
    assert source[start:start + 9] == "34 people"
    assert source.startswith(" 1 | …")
    assert source.endswith("…")


def test_span_over_several_lines_is_marked_to_the_end_of_its_first_line() -> None:
    doc = document("one two\nthree\n", "m.txt")
    finding = Finding("NC101", "m", Location("m.txt", 4, 13, 1, 5, 2, 6, "two\nthree"))
    lines = render("full", report([finding], doc)).splitlines()
    assert lines[1:3] == [" 1 | one two", "   |     ^^^"]


@pytest.mark.parametrize(("line", "column", "width", "carets"), [
    ("abc", 2, 0, " ^"),  # an empty span still gets one caret
    ("abc", 4, 1, "   ^"),  # a span at the end of the line
    ("a\x07c", 1, 3, "^^^"),
])
def test_excerpt_edges(line: str, column: int, width: int, carets: str) -> None:
    shown, marks = excerpt(line, column, width)
    assert marks == carets
    assert "\x07" not in shown


def test_concise_is_one_line_per_finding() -> None:
    lines = render("concise").splitlines()
    assert lines == [
        'desk/storm story.md:2:19: NC101 "34 people" here, but "at least 40" in a quote: '
        "a,b:c 100%",
        "desk/storm story.md:3:17: NC102 quoted figure spans two lines (in a direct quote)",
        "desk/storm story.md:1:3: NC301 info only",
        "3 findings (1 error, 1 warning, 1 info) in 2 files",
    ]


def test_crlf_source_line_has_no_carriage_return() -> None:
    doc = Document.from_text("first 12\r\nsecond\r\n", "crlf.txt")
    finding = Finding("NC101", "m", loc(doc, "12"))
    assert render("full", report([finding], doc)).splitlines()[1] == " 1 | first 12"


def test_full_never_offers_a_fix_inside_a_quote() -> None:
    doc = document()
    quoted = dataclasses.replace(findings(doc)[0], in_quote=True)
    out = render("full", report([quoted], doc))
    assert "(in a direct quote)" in out
    assert "= fix" not in out


def test_quote_note_is_said_once_when_the_checker_already_placed_it() -> None:
    doc = document()
    placed = dataclasses.replace(
        findings(doc)[0], in_quote=True,
        message="'nearly 500' (in a direct quote) vs '512': nearly 500 cannot be 512",
    )
    for fmt in ("full", "concise", "github"):
        out = render(fmt, report([placed], doc))
        assert out.count("(in a direct quote)") == 1, fmt


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_controls_and_bidi_overrides_never_reach_the_terminal(fmt: str) -> None:
    """Issue 11, item 14: C1 controls (U+009B is a CSI) and U+202E are escaped in
    headers and blanked in the excerpt, where one column each keeps the carets right."""
    doc = document("Officials \u202esaid\x9b2J 34 people died.\n", "desk/\u202eevil.md")
    item = Finding("NC101", "bad \x1b[31m red \u202e text\x9b", loc(doc, "34 people"),
                   related=(loc(doc, "said"),), severity=Severity.ERROR)
    out = render(fmt, report([item], doc))
    assert not any(c in out for c in "\u202e\x9b\x1b")
    assert "desk/\\u202eevil.md:1:" in out
    assert "bad \\x1b[31m red \\u202e text\\x9b" in out
    if fmt == "full":
        lines = out.splitlines()
        source, carets = lines[1], lines[2]
        assert source.index("34 people") == carets.index("^")
