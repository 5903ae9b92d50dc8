"""Document.blocks and Document.sentences: the structure readers hand to extract/."""

from __future__ import annotations

import pickle

from numcheck.document import BlockKind, Document
from numcheck.readers import read_text

MARKDOWN = """\
---
title: >-
  Floods close
  the valley
---
# Floods close the valley

The United
Nations said 40 trucks were stuck. Another 12 waited.
## Roads
- 7 bridges closed
- 3 roads open

> Quoted 9 words
> go on here.

| Town | Dead |
|------|------|
| Arlo | 4 |

![Rescuers and 5 boats](boats.jpg)
"""


def blocks(doc: Document) -> list[tuple[str, BlockKind, int]]:
    return [(doc.text[b.start:b.end], b.kind, b.level) for b in doc.blocks]


def test_markdown_blocks_come_from_the_parser() -> None:
    doc = read_text(MARKDOWN, "a.md")
    assert blocks(doc) == [
        ("Floods close the valley", BlockKind.HEADING, 1),
        ("The United\nNations said 40 trucks were stuck. Another 12 waited.",
         BlockKind.PARAGRAPH, 0),
        ("Roads", BlockKind.HEADING, 2),
        ("7 bridges closed", BlockKind.LIST_ITEM, 0),
        ("3 roads open", BlockKind.LIST_ITEM, 0),
        ("Quoted 9 words\n> go on here.", BlockKind.QUOTE, 0),
        ("Town", BlockKind.TABLE_CELL, 0),
        ("Dead", BlockKind.TABLE_CELL, 0),
        ("Arlo", BlockKind.TABLE_CELL, 0),
        ("4", BlockKind.TABLE_CELL, 0),
        ("Rescuers and 5 boats", BlockKind.CAPTION, 0),
    ]
    assert doc.metadata.headline == "Floods close the valley"  # a folded YAML scalar


def test_sentences_are_cut_once_inside_blocks() -> None:
    doc = read_text(MARKDOWN, "a.md")
    sentences = [doc.text[s:e] for s, e in doc.sentences]
    assert "The United\nNations said 40 trucks were stuck." in sentences
    assert "Another 12 waited." in sentences
    assert "7 bridges closed" in sentences
    assert "3 roads open" in sentences
    for start, end in doc.sentences:  # no sentence crosses a block edge
        assert any(b.start <= start and end <= b.end for b in doc.blocks)


def test_html_blocks_follow_the_elements() -> None:
    html = ("<html><body><article><h1>Storm kills 34</h1><p>Officials said 40 homes"
            "<br>were lost.</p><ul><li>12 roads</li></ul><blockquote>A 9 quote"
            "</blockquote><table><tr><td>Arlo</td><td>4</td></tr></table><figure>"
            "<figcaption>Crews and 5 boats</figcaption></figure></article></body></html>")
    doc = read_text(html, "a.html")
    assert blocks(doc) == [
        ("Storm kills 34", BlockKind.HEADING, 1),
        ("Officials said 40 homes", BlockKind.PARAGRAPH, 0),
        ("were lost.", BlockKind.PARAGRAPH, 0),
        ("12 roads", BlockKind.LIST_ITEM, 0),
        ("A 9 quote", BlockKind.QUOTE, 0),
        ("Arlo", BlockKind.TABLE_CELL, 0),
        ("4", BlockKind.TABLE_CELL, 0),
        ("Crews and 5 boats", BlockKind.CAPTION, 0),
    ]


def test_plain_text_paragraphs_and_sentences() -> None:
    text = "Officials said 40 trucks\nwere stuck. Another 12\nwaited.\n\nNew para 3."
    doc = read_text(text, "a.txt")
    assert [doc.text[b.start:b.end] for b in doc.blocks] == [
        "Officials said 40 trucks\nwere stuck. Another 12\nwaited.", "New para 3."]
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Officials said 40 trucks\nwere stuck.", "Another 12\nwaited.", "New para 3."]


def test_documents_built_by_hand_get_a_structure_too() -> None:
    doc = Document.from_text("One 1. Two 2.\n\nThree 3.")
    assert [b.span for b in doc.blocks] == [(0, 13), (15, 23)]
    assert doc.sentences == ((0, 6), (7, 13), (15, 23))


def test_structure_survives_pickling() -> None:
    doc = read_text(MARKDOWN, "a.md")
    clone = pickle.loads(pickle.dumps(doc))
    assert clone == doc
    assert clone.blocks == doc.blocks
    assert clone.sentences == doc.sentences


def test_bullet_lines_typed_in_a_paragraph_are_list_items() -> None:
    """Copy pasted with "•" or "–" bullets: CommonMark keeps them one paragraph, so the
    items would be one sentence; each is an item of its own row, as in plain text."""
    md = ("---\ntitle: t\n---\n\nKey facts:\n\n• 140 homes in Kesby\n• 31 homes in Pell,\n"
          "  all of them insured\n• 212 homes in all\n\nThe plan – costing £5m – was backed.\n")
    html = ("<html><body><article><p>• 140 homes in Kesby<br>• 31 homes in Pell</p>"
            "<p>The plan – costing £5m – was backed.</p></article></body></html>")
    doc = read_text(md, "a.md")
    items = [(doc.text[b.start:b.end], b.row) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("140 homes in Kesby", 0), ("31 homes in Pell,\n  all of them insured", 1),
                     ("212 homes in all", 2)]
    assert "212 homes in all" in [doc.text[s:e] for s, e in doc.sentences]
    assert blocks(doc)[-1] == ("The plan – costing £5m – was backed.", BlockKind.PARAGRAPH, 0)
    doc = read_text(html, "a.html")
    assert [b.kind for b in doc.blocks] == [BlockKind.LIST_ITEM] * 2 + [BlockKind.PARAGRAPH]
    assert len({b.row for b in doc.blocks[:2]}) == 2
