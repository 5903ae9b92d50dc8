"""Plain-text reader: metadata lines, directive lines and links are not prose."""

from __future__ import annotations

import datetime as dt

from numcheck.document import DirectiveKind, Document, Role
from numcheck.readers import read_text


def assert_exact(document: Document) -> None:
    """Same length, same line breaks, and every kept character is the original."""
    assert len(document.prose) == len(document.text)
    for original, shown in zip(document.text, document.prose, strict=True):
        if original in "\r\n":
            assert shown == original
        else:
            assert shown in (original, " ")


def test_dateline_at_start_gives_date_and_is_masked() -> None:
    text = " date 2022-03-03 More than 1 million people have fled.\nSecond line.\n"
    doc = read_text(text, "story.txt")
    assert doc.format == "text"
    assert doc.metadata.date == dt.date(2022, 3, 3)
    assert "2022" not in doc.prose
    assert doc.prose.index("More than 1 million") == text.index("More than 1 million")
    assert_exact(doc)


def test_dateline_only_counts_at_the_very_start() -> None:
    doc = read_text("The vote is on date 2022-03-03 says the paper.\n", "a.txt")
    assert doc.metadata.date is None
    assert "2022-03-03" in doc.prose


def test_header_block_gives_metadata_and_keeps_headline_as_prose() -> None:
    text = (
        "Headline: 34 killed in blast\n"
        "Date: March 3, 2022\n"
        "Source: Example Wire\n"
        "By: Jane Doe\n"
        "\n"
        "Officials said 34 people died.\n"
    )
    doc = read_text(text, "wire.txt")
    meta = doc.metadata
    assert (meta.headline, meta.date, meta.source, meta.author) == (
        "34 killed in blast", dt.date(2022, 3, 3), "Example Wire", "Jane Doe")
    [region] = doc.regions
    assert region.role is Role.HEADLINE
    assert text[region.start:region.end] == "34 killed in blast"
    assert doc.prose[region.start:region.end] == "34 killed in blast"
    assert "Headline:" not in doc.prose
    assert "March 3" not in doc.prose
    assert "Example Wire" not in doc.prose
    assert "Officials said 34 people died." in doc.prose
    assert_exact(doc)


def test_header_block_stops_at_first_non_header_line() -> None:
    text = "Date: 2022-03-04\nNote: this is prose with 5 figures\n"
    doc = read_text(text, "a.txt")
    assert doc.metadata.date == dt.date(2022, 3, 4)
    assert "Note: this is prose with 5 figures" in doc.prose


def test_urls_and_emails_are_blanked() -> None:
    text = "Read https://example.com/report-2022?id=55. Mail tips.desk@example.co.uk now."
    doc = read_text(text, "a.txt")
    assert "example" not in doc.prose
    assert "55" not in doc.prose
    assert doc.prose.startswith("Read ")
    assert doc.prose[text.index("?id=55") + 6] == "."  # trailing period stays prose
    assert doc.prose.endswith(" now.")
    assert_exact(doc)


def test_comment_directive_covers_the_next_non_empty_line() -> None:
    text = (
        "First 3 lines.\n"
        '# numcheck: ignore[NC101] reason="quote from minister"\n'
        "\n"
        "  Ministers said 40 died.\n"
        "Not covered 41.\n"
    )
    doc = read_text(text, "a.txt")
    [directive] = doc.directives
    assert directive.kind is DirectiveKind.IGNORE
    assert directive.codes == ("NC101",)
    assert directive.reason == "quote from minister"
    assert text[directive.start:directive.end].startswith("# numcheck")
    covered = text[directive.applies_start:directive.applies_end]
    assert covered == "Ministers said 40 died."
    assert "numcheck" not in doc.prose
    assert_exact(doc)


def test_slash_and_percent_comment_lines_and_stacked_directives() -> None:
    text = "// numcheck: ignore[NC1]\n% numcheck: ignore[NC2]\nTarget 5 line.\n"
    doc = read_text(text, "a.txt")
    covered = {text[d.applies_start:d.applies_end] for d in doc.directives}
    assert covered == {"Target 5 line."}
    assert doc.prose.strip() == "Target 5 line."


def test_hash_line_without_numcheck_stays_prose() -> None:
    doc = read_text("# 1 best seller\n#numchecker is a tag\n", "a.txt")
    assert doc.prose == doc.text
    assert doc.directives == ()


def test_html_comment_directive_in_text_file() -> None:
    text = "<!-- numcheck: ignore-file[NC4] -->\nBody 7.\n"
    doc = read_text(text, "a.txt")
    [directive] = doc.directives
    assert directive.kind is DirectiveKind.FILE
    assert (directive.applies_start, directive.applies_end) == (0, len(text))
    assert "numcheck" not in doc.prose


def test_crlf_text_keeps_carriage_returns() -> None:
    text = "Date: 2022-03-03\r\n\r\nAbout 5 died.\r\n# numcheck: disable\r\nx\r\n"
    doc = read_text(text, "a.txt")
    assert doc.metadata.date == dt.date(2022, 3, 3)
    assert_exact(doc)
    assert doc.prose.count("\r") == text.count("\r")


def test_unmasked_text_shares_the_string() -> None:
    text = "Nothing to mask in 12 words."
    assert read_text(text, "a.txt").prose is text
