"""Readers stay linear on issue #11's soups: stacked ignore comments before one block,
and HTML nested thousands of levels deep. Work is counted (directive look-ups, the
page handed to the HTML5 tree builder), not timed; benchmarks/adversarial.py times them."""

from __future__ import annotations

import pytest

from numcheck.document import DirectiveKind
from numcheck.readers import html as html_reader
from numcheck.readers import read_text
from numcheck.readers.directives import Blocks


def lookups(n: int) -> int:
    """Directive look-ups to find the block each of n stacked comments covers."""
    comment = "<!-- numcheck: ignore -->\n"
    text = comment * n + "<div>\nThe storm killed 34 people.\n"
    ends = {i * len(comment): (i + 1) * len(comment) - 1 for i in range(n)}
    asked = 0

    def skip(offset: int) -> int | None:
        nonlocal asked
        asked += 1
        return ends.get(offset)

    blocks = Blocks(text, skip)
    covered = {blocks.paragraph(end) for end in ends.values()}
    assert covered == {(n * len(comment), len(text) - 1)}  # each covers the block after them
    return asked


def test_stacked_comments_before_one_block_are_walked_once() -> None:
    assert lookups(2_000) < 2.2 * lookups(1_000)  # was n^2/2: 4x


@pytest.mark.parametrize("name", ["story.md", "story.txt", "story.html"])
def test_every_stacked_ignore_covers_the_block_after_the_stack(name: str) -> None:
    text = "<!-- numcheck: ignore -->\n" * 3 + "\nThe storm killed 34 people.\n\nLater 40.\n"
    if name.endswith(".txt"):
        text = text.replace("<!--", "#").replace(" -->", "")
    document = read_text(text, name)
    ignores = [d for d in document.directives if d.kind is DirectiveKind.IGNORE]
    covered = {text[d.applies_start:d.applies_end] for d in ignores}
    assert len(ignores) == 3
    assert covered == {"The storm killed 34 people."}


def built(page: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Sizes of the pages handed to the HTML5 tree builder while reading ``page``."""
    sizes: list[int] = []
    real = html_reader.find_main_text

    def counting(marked: str) -> object:
        sizes.append(len(marked))
        return real(marked)

    monkeypatch.setattr(html_reader, "find_main_text", counting)
    document = read_text(page, "page.html")
    assert "12 people died" in document.prose
    return sizes


def test_a_page_nested_past_the_limit_keeps_its_text_without_a_tree(
        monkeypatch: pytest.MonkeyPatch) -> None:
    deep = html_reader.MAX_DEPTH + 1
    assert built("<div>" * deep + "<p>12 people died</p>" + "</div>" * deep, monkeypatch) == []
    # unclosed, as in a page of stacked comments each before an open <div>
    assert built("<div>" * 10_000 + "<p>12 people died", monkeypatch) == []


def test_sloppy_markup_is_not_deep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Elements left open inside a closed one end with it, as in a browser; <p> and
    <li> close their predecessors: neither counts as nesting."""
    sloppy = "<div><span><b>x</div>" * 400 + "<p>a</p><li>b" * 600
    page = f"<html><body>{sloppy}<article><p>Officials said 12 people died.</p></article>"
    assert len(built(page, monkeypatch)) == 1
