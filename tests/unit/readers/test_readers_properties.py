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


MARKDOWN_LINES = st.sampled_from([
    "# Storm kills 34", "Title 5\n===", "Some 34 died, officials said.", "- 7 roads", "1. First 2",
    "> Quoted 9 words", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode 1\n```", "    indented 3",
    "![Alt 5](x.png)", "[link 6](https://x.org \"t\")", "`code 7` and *em 8* and **st 9**",
    "<div>Raw 10 html</div>", "<!-- numcheck: ignore -->", "~~old 11~~ new 12", "\\* escaped 13",
    "text &amp; 14", "---\ntitle: >-\n  Folded 15\n---", "+++\ntitle = \"T 16\"\n+++", "",
    "  - nested 17\n    continued", "Line one\r\nline two 18",
])
DOCUMENTS = st.one_of(
    st.lists(MARKDOWN_LINES, max_size=12).map("\n".join).map(lambda t: (t, "a.md")),
    st.tuples(TEXTS, st.sampled_from(["a.txt", "a.md", "a.html"])),
)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_every_span_slices_the_original_text(case: tuple[str, str]) -> None:
    """Blocks, sentences and regions are offsets into the file as written: each
    starts and ends on prose, and (outside HTML entities) prose is the file's text."""
    text, name = case
    doc = read_text(text, name)
    previous = 0
    for block in doc.blocks:
        assert previous <= block.start < block.end <= len(text)
        previous = block.end
        assert not doc.prose[block.start].isspace()
        assert not doc.prose[block.end - 1].isspace()
        if doc.format != "html":
            assert doc.prose[block.start] == text[block.start]
            assert doc.prose[block.end - 1] == text[block.end - 1]
    for start, end in doc.sentences:
        assert 0 <= start < end <= len(text)
        assert not doc.prose[start].isspace()
        assert not doc.prose[end - 1].isspace()
        if doc.format != "text":  # sentences never cross a block edge
            assert any(b.start <= start and end <= b.end for b in doc.blocks)
    if doc.format != "html":
        for original, shown in zip(text, doc.prose, strict=True):
            assert shown in (original, " ") or (original in "\r\n" and shown == original)
