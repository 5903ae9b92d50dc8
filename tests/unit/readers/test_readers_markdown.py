"""Markdown reader: front matter, code, links and markup blanked; offsets exact."""

from __future__ import annotations

import datetime as dt

import pytest

from numcheck.document import DirectiveKind, Document, Role
from numcheck.readers import read_text


def assert_exact(document: Document) -> None:
    assert len(document.prose) == len(document.text)
    for original, shown in zip(document.text, document.prose, strict=True):
        assert shown == original if original in "\r\n" else shown in (original, " ")


def visible(document: Document) -> str:
    return " ".join(document.prose.split())


ARTICLE = """\
---
title: "Blast kills 34"
source: Example News
date: 2022-03-03
url: https://example.com/blast
description: A dek with 9 words
tags: [war, 2022]
---

# Blast in the port kills 34

Some 34 people died, officials said ([report](https://x.org/r?id=5 "Report 9")).

```python
total = 1234
```

    indented 999 code

1. First 5 items
2. Then `code 77` and <span class="c8">inline 6</span>

> Quoted 88 text

![Crowd of 5,000 people](img/crowd-7.jpg)

[ref]: https://z.org/3
"""


def test_front_matter_is_metadata_and_not_prose() -> None:
    doc = read_text(ARTICLE, "story.md")
    assert doc.format == "markdown"
    meta = doc.metadata
    assert meta.headline == "Blast kills 34"  # front matter wins over the first heading
    assert meta.source == "Example News"
    assert meta.date == dt.date(2022, 3, 3)
    assert meta.url == "https://example.com/blast"
    assert meta.description == "A dek with 9 words"
    assert "Example News" not in doc.prose
    assert "2022" not in doc.prose
    assert_exact(doc)


def test_code_links_tags_and_markers_are_blanked() -> None:
    doc = read_text(ARTICLE, "story.md")
    shown = visible(doc)
    for hidden in ("1234", "999", "77", "x.org", "id=5", "Report 9", "c8", "z.org", "crowd-7",
                   "```", "# Blast", "1.", "2.", ">"):
        assert hidden not in shown, hidden
    for kept in ("Blast in the port kills 34", "Some 34 people died, officials said",
                 "report", "First 5 items", "inline 6", "Quoted 88 text",
                 "Crowd of 5,000 people"):
        assert kept in shown, kept


def test_offsets_of_kept_prose_are_the_file_offsets() -> None:
    doc = read_text(ARTICLE, "story.md")
    phrase = "Some 34 people died"
    start = ARTICLE.index(phrase)
    assert doc.prose[start:start + len(phrase)] == phrase
    assert doc.position(start) == (12, 1)


def test_first_h1_is_the_headline_region_and_image_alt_a_caption() -> None:
    doc = read_text(ARTICLE, "story.md")
    roles = {ARTICLE[r.start:r.end]: r.role for r in doc.regions}
    assert roles["Blast in the port kills 34"] is Role.HEADLINE
    assert roles["Crowd of 5,000 people"] is Role.CAPTION


def test_headline_falls_back_to_first_h1_and_setext() -> None:
    atx = read_text("Intro.\n\n## Sub 2\n\n# Main *title* 3 #\n\n# Second\n", "a.md")
    assert atx.metadata.headline == "Main title 3"  # emphasis markers are markup, blanked
    [region] = [r for r in atx.regions if r.role is Role.HEADLINE]
    assert atx.text[region.start:region.end] == "Main *title* 3"
    setext = read_text("Storm leaves 12 dead\n====\n\nBody.\n", "a.md")
    assert setext.metadata.headline == "Storm leaves 12 dead"
    assert "====" not in setext.prose


def test_unclosed_fence_runs_to_the_end() -> None:
    doc = read_text("Before 1.\n~~~~\ncode 2\n~~~\nstill code 3\n", "a.md")
    assert visible(doc) == "Before 1."


def test_tilde_fence_and_longer_closing_fence() -> None:
    doc = read_text("~~~\nx 1\n~~~~~\nAfter 2.\n", "a.md")
    assert visible(doc) == "After 2."


def test_list_continuation_is_not_indented_code() -> None:
    text = "- item 1\n\n    continued 2 in the item\n\nPara 3.\n"
    assert "continued 2 in the item" in visible(read_text(text, "a.md"))


def test_indented_code_after_paragraph_break() -> None:
    text = "Para 1.\n\n    code 2\n\nPara 3.\n"
    assert visible(read_text(text, "a.md")) == "Para 1. Para 3."


def test_lazy_paragraph_continuation_is_not_code() -> None:
    text = "Para 1 starts\n    and goes on 2.\n"
    assert "and goes on 2." in visible(read_text(text, "a.md"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Text `` a ` b `` 5.", "Text 5."),
        ("Unmatched ` tick 5.", "Unmatched ` tick 5."),
        ("See <https://example.com/a> and <desk@example.com> 5.", "See and 5."),
        ("A <!-- hidden 9 --> B 5.", "A B 5."),
        # a reference link needs its definition (CommonMark: an undefined one is literal text)
        ("Ref [text][label] 5.\n\n[label]: https://x.org", "Ref text 5."),
        ("Ref [text][nolabel] 5.", "Ref [text][nolabel] 5."),
        ("Old ~~100~~ new 120.", "Old new 120."),
        (r"Escaped \`not code\` 5.", r"Escaped \`not code\` 5."),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "a b 1 2"),  # pipes are markup
        ("Para.\n\n***\n\nNext 2.", "Para. Next 2."),
        ("Bare www.example.org/x and https://t.co/9) end.", "Bare and ) end."),
    ],
)
def test_inline_constructs(text: str, expected: str) -> None:
    doc = read_text(text, "a.md")
    assert visible(doc) == expected
    assert_exact(doc)


def test_ignore_directive_covers_the_next_paragraph() -> None:
    text = (
        "Lead 1.\n\n"
        '<!-- numcheck: ignore[NC301] reason="quote from minister" -->\n'
        '"At least 40 dead," the minister said.\n'
        "Still the same paragraph 12.\n\n"
        "Next paragraph 7.\n"
    )
    doc = read_text(text, "a.md")
    [directive] = doc.directives
    assert directive.kind is DirectiveKind.IGNORE
    assert text[directive.start:directive.end] == (
        '<!-- numcheck: ignore[NC301] reason="quote from minister" -->')
    assert text[directive.applies_start:directive.applies_end] == (
        '"At least 40 dead," the minister said.\nStill the same paragraph 12.')
    assert "numcheck" not in doc.prose


def test_comment_block_spanning_lines_hides_fences_inside() -> None:
    text = "<!--\n```\nold 1\n-->\nVisible 2.\n"
    assert visible(read_text(text, "a.md")) == "Visible 2."


def test_script_block_in_markdown_is_blanked() -> None:
    text = "Para 1.\n\n<script>\nvar x = 99;\n</script>\nPara 2.\n"
    assert visible(read_text(text, "a.md")) == "Para 1. Para 2."


def test_toml_front_matter() -> None:
    doc = read_text('+++\ntitle = "Flood"\ndate = 2021-07-15\n+++\nBody 3.\n', "a.md")
    assert doc.metadata.headline == "Flood"
    assert doc.metadata.date == dt.date(2021, 7, 15)
    assert visible(doc) == "Body 3."


def test_dashes_without_closing_are_not_front_matter() -> None:
    doc = read_text("---\nNo closing 5 here.\n", "a.md")
    assert "No closing 5 here." in doc.prose
