"""numcheck/rows.py: table rows and list items read from the readers' blocks, the same
for every format, and the lookups the three readers of rows use (at, joined, tables)."""

from __future__ import annotations

import pytest

from numcheck.document import Block, BlockKind
from numcheck.readers import read_text
from numcheck.rows import Row, Rows


def _cells(text: str, path: str) -> list[list[str]]:
    """Each row's cells as text, in order."""
    document = read_text(text, path)
    return [[document.prose[a:b] for a, b in row.cells] for row in document.rows]


# one breakdown, as each desk's format writes it: every one is three rows of two words
BREAKDOWN = {
    "markdown bullets": ("Losses by site:\n\n- Plant: 600\n- Office: 90\n- Depot: 40\n", "a.md"),
    "markdown numbers": ("Losses by site:\n\n1. Plant: 600\n2. Office: 90\n3. Depot: 40\n",
                         "a.md"),
    "plain bullets": ("Losses by site:\n- Plant: 600\n* Office: 90\n• Depot: 40\n", "a.txt"),
    "plain numbers": ("Losses by site:\n1) Plant: 600\n2) Office: 90\n3) Depot: 40\n", "a.txt"),
    "html list on one line": ("<p>Losses by site:</p><ul><li>Plant: 600</li>"
                              "<li>Office: 90</li><li>Depot: 40</li></ul>", "a.html"),
    "html items without end tags": ("<p>Losses by site:</p><ul>\n<li>Plant: 600\n"
                                    "<li>Office: 90\n<li>Depot: 40\n</ul>", "a.html"),
    "raw html inside markdown": ("Losses by site:\n\n<ul>\n<li>Plant: 600</li>\n"
                                 "<li>Office: 90</li>\n<li>Depot: 40</li>\n</ul>\n", "a.md"),
}


@pytest.mark.parametrize("name", BREAKDOWN)
def test_each_format_gives_the_same_items(name: str) -> None:
    text, path = BREAKDOWN[name]
    assert _cells(text, path) == [["Plant: 600"], ["Office: 90"], ["Depot: 40"]]
    rows = read_text(text, path).rows
    assert [row.kind for row in rows] == [BlockKind.LIST_ITEM] * 3
    assert [rows.joined(i) for i in range(3)] == [False, True, True]


TABLE = [["Ward", "Votes"], ["Harbour", "4,100"], ["Total", "7,000"]]


@pytest.mark.parametrize(("text", "path"), [
    ("| Ward | Votes |\n|---|---|\n| Harbour | 4,100 |\n| Total | 7,000 |\n", "a.md"),
    ("| Ward | Votes |\n|---|---|\n| Harbour | 4,100 |\n| Total | 7,000 |\n", "a.txt"),
    ("<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>Harbour</td><td>4,100</td></tr>"
     "<tr><td>Total</td><td>7,000</td></tr></table>", "a.html"),
    # one cell a line: the <tr> makes the row, not the line
    ("<table>\n<tr>\n  <th>Ward</th>\n  <th>Votes</th>\n</tr>\n<tr>\n  <td>Harbour</td>\n"
     "  <td>4,100</td>\n</tr>\n<tr>\n  <td>Total</td>\n  <td>7,000</td>\n</tr>\n</table>\n",
     "a.html"),
    ("<table>\n<tr><td>Ward</td><td>Votes</td></tr>\n<tr><td>Harbour</td><td>4,100</td></tr>\n"
     "<tr><td>Total</td><td>7,000</td></tr>\n</table>\n", "a.md"),
])
def test_a_table_is_rows_of_cells_in_every_format(text: str, path: str) -> None:
    assert _cells(text, path) == TABLE
    tables = read_text(text, path).rows.tables()
    assert len(tables) == 1
    assert all(row.is_table for row in tables[0])


def test_a_definition_is_on_its_terms_row() -> None:
    html = ("<dl><dt>Yes</dt><dd>27,940</dd><dt>No</dt><dd>23,010</dd>"
            "<dd>a recount was refused</dd></dl>")
    # a second definition of one term is a row of its own, not the term's
    assert _cells(html, "a.html") == [["Yes", "27,940"], ["No", "23,010"],
                                      ["a recount was refused"]]


def test_nested_items_and_paragraphs_of_an_item() -> None:
    text = "- Total: 940\n  - Plant: 600\n  - Office: 340\n- Note\n\n  It was said.\n"
    assert _cells(text, "a.md") == [["Total: 940"], ["Plant: 600"], ["Office: 340"],
                                    ["Note", "It was said."]]


def test_prose_is_no_row_and_a_paragraph_ends_a_list() -> None:
    text = "- Plant: 600\n- Office: 90\n\nThe rest were elsewhere.\n\n- Depot: 40\n"
    document = read_text(text, "a.md")
    rows = document.rows
    assert [rows.joined(i) for i in range(len(rows))] == [False, True, False]
    assert rows.at(text.index("rest")) == -1
    assert rows.at(text.index("600")) == 0
    assert rows.at(text.index("40")) == 2


def test_plain_text_around_its_items_stays_paragraphs() -> None:
    text = "The plant shut on Monday. It had 940 staff.\n- Plant: 600\nNothing else changed.\n"
    document = read_text(text, "a.txt")
    kinds = [(b.kind, document.prose[b.start:b.end]) for b in document.blocks]
    assert kinds == [(BlockKind.PARAGRAPH, "The plant shut on Monday. It had 940 staff."),
                     (BlockKind.LIST_ITEM, "Plant: 600"),
                     (BlockKind.PARAGRAPH, "Nothing else changed.")]


@pytest.mark.parametrize("text", [
    "The storm killed 34 people.\nAbout 1-2 metres of snow fell.\n",  # a range, no bullet
    "-34 degrees was the low.\n",  # a minus sign, no space after it
    "Costs rose | fell by region.\n",  # one bar is no table row
])
def test_plain_lines_that_are_no_rows(text: str) -> None:
    assert len(read_text(text, "a.txt").rows) == 0


def test_rows_of_blocks() -> None:
    blocks = [Block(0, 5), Block(6, 9, BlockKind.TABLE_CELL, 0, 0),
              Block(10, 12, BlockKind.TABLE_CELL, 0, 0), Block(13, 15, BlockKind.TABLE_CELL, 0, 1),
              Block(20, 25), Block(26, 30, BlockKind.LIST_ITEM, 0, 2),
              Block(31, 33, BlockKind.HEADING, 2, -1), Block(34, 36, BlockKind.LIST_ITEM, 0, 2)]
    rows = Rows.of(blocks)
    assert list(rows) == [
        Row(((6, 9), (10, 12)), BlockKind.TABLE_CELL, 5),
        Row(((13, 15),), BlockKind.TABLE_CELL, 12),
        Row(((26, 30),), BlockKind.LIST_ITEM, 25),
        Row(((34, 36),), BlockKind.LIST_ITEM, 33),  # an item's block after a heading
    ]
    assert [rows.at(x) for x in (0, 6, 11, 14, 15, 30, 35)] == [-1, 0, 0, 1, -1, -1, 3]
    assert [[r.span for r in t] for t in rows.tables()] == [[(6, 12), (13, 15)]]
    assert not rows.joined(0)
    assert rows.joined(1)
    assert not rows.joined(3)


def test_a_long_one_line_list() -> None:
    html = "<ul>" + "".join(f"<li>Ward {i}: {i}</li>" for i in range(5_000)) + "</ul>"
    rows = read_text(html, "a.html").rows
    assert len(rows) == 5_000
    assert all(rows.at(row.start) == i and rows.joined(i) == (i > 0) for i, row in enumerate(rows))
