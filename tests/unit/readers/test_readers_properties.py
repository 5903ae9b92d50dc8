"""Properties every reader keeps on any input: exact offsets, no exceptions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.readers import read_text

PIECES = st.sampled_from([
    "about 500", " ", "\n", "\r\n", "\n\n", "<p>", "</p>", "<!--", "-->", "`", "```", "    ",
    "# ", "> ", "1. ", "- ", "[", "](", ")", "![", "<https://x.org/5>", "https://a.b/c", "&amp;",
    "&#8212;", "&rsquo;", "numcheck: ignore[NC1]", "<!-- numcheck: disable -->", "# numcheck:",
    "---\n", "title: 7\n", "Date: 2022-03-03\n", " date 2022-03-03 ", "<script>", "</script>",
    "<article>", "<h1>", "</h1>", "~~", "desk@example.com", "“", "é", "😀", "\u00a0", "\t",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=200))


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_prose_keeps_offsets_and_line_breaks(text: str, name: str) -> None:
    doc = read_text(text, name)
    assert doc.text == text
    assert len(doc.prose) == len(text)
    for original, shown in zip(text, doc.prose, strict=True):
        if original in "\r\n":
            assert shown == original
        elif doc.format != "html":
            assert shown in (original, " ")
    for directive in doc.directives:
        assert 0 <= directive.start < directive.end <= len(text)
        assert 0 <= directive.applies_start <= directive.applies_end <= len(text)
    for region in doc.regions:
        assert 0 <= region.start <= region.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_reading_is_deterministic(text: str, name: str) -> None:
    assert read_text(text, name) == read_text(text, name)
