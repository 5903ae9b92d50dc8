"""NC101-NC103 for a figure under a label (a fact box, a key-figures list, a table row)
restated in the prose of the same article (numcheck/checkers/_labelled.py)."""

from __future__ import annotations

import pytest
from call_counts import count_calls

from numcheck.checkers import restated
from numcheck.checkers._labelled import labelled_findings
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.testing import run_checks

ENGINE = Engine()


def codes(text: str, path: str = "article.md") -> list[str]:
    found = run_checks(text, [restated], path=path).codes()
    return [c for c in found if c.startswith("NC10")]


# (text with {} for the prose figure, a figure that agrees, one that does not, path)
RESTATED = [
    # elections desk: a Markdown key-figures list against the prose
    ("Key figures:\n\n- Registered voters: 48,210\n- Polling stations: 31\n\n"
     "The ward has {} registered voters, the returning officer said.",
     "48,210", "42,810", "article.md"),
    # an HTML fact box list, a compound noun
    ("<html><body><article><h1>Flood response</h1>\n<ul>\n<li>Rescue boats: 14</li>\n"
     "<li>Volunteers: 300</li>\n</ul>\n<p>A fleet of {} rescue boats worked through the "
     "night.</p></article></body></html>", "14", "41", "article.html"),
    # a table row of two years: the prose fits neither column
    ("| | 2026 | 2025 |\n|---|---|---|\n| Pupils | 1,240 | 1,180 |\n\n"
     "The academy now teaches {} pupils, the head said.", "1,240", "1,420", "article.md"),
    # money: the label is the prose figure's measure
    ("- Annual budget: £3.2m\n- Staff: 40\n\nThe charity's annual budget of {} "
     "comes mostly from grants.", "£3.2m", "£2.3m", "article.md"),
    # a share: a copula names it
    ("Results at a glance\n\n- Turnout: 38.2%\n- Spoilt ballots: 112\n\n"
     "Turnout was {}, down on the last election.", "38.2%", "32.8%", "article.md"),
]


@pytest.mark.parametrize(("text", "right", "wrong", "path"), RESTATED)
def test_a_labelled_figure_restated_in_prose(
    text: str, right: str, wrong: str, path: str
) -> None:
    assert codes(text.format(right), path) == []
    assert codes(text.format(wrong), path) != []


@pytest.mark.parametrize(
    "text",
    [
        # the prose names more than the label: another figure
        "- Confirmed cases: 46\n- Probable cases: 11\n\nThe team is tracing 11 probable "
        "cases and 57 cases in all.",
        # another year than the table's
        "| | 2026 | 2025 |\n|---|---|---|\n| Pupils | 1,240 | 1,180 |\n\n"
        "In 2019 the academy taught 900 pupils.",
        # a rounded restatement
        "- Registered voters: 48,210\n\nSome 48,000 registered voters live in the ward.",
        # the other column of the row
        "| | 2026 | 2025 |\n|---|---|---|\n| Pupils | 1,240 | 1,180 |\n\n"
        "A year ago the academy taught 1,180 pupils.",
        # figures of the box itself: another period under another label
        "- Revenue: $4.7 billion in the quarter\n- Outlook: next-quarter revenue of "
        "$4.1 billion to $4.3 billion",
        # a label that is a sentence, not a box
        "The verdict was clear: 12 jurors agreed.\n\nEarlier, 10 jurors had agreed.",
    ],
)
def test_labelled_figures_the_prose_does_not_restate(text: str) -> None:
    assert codes(text) == []


# A breakdown: one counted noun under a different label on each row. Each row is its
# label's figure (a part of the whole), never a restatement of a sibling or the total.
BREAKDOWNS = [
    # local desk: a Markdown bullet list by district, then the whole
    "Damage by district:\n\n- Northfield: 10 homes damaged\n- Eastbrook: 11 homes damaged"
    "\n- Westcote: 14 homes damaged\n\nThe council said 35 homes were damaged in all.",
    # health desk: an HTML list by hospital
    "<html><body><article><p>Patients by hospital:</p><ul>\n<li>St Anne's: 41 patients</li>"
    "\n<li>Riverside General: 12 patients</li>\n</ul>\n<p>Across the trust 53 patients "
    "were being treated.</p></article></body></html>",
    # elections desk: a table of parties, each with its seats
    "| Party | Seats |\n|---|---|\n| Labour | 31 seats |\n| Conservative | 14 seats |\n\n"
    "The council has 51 seats in all.",
]


@pytest.mark.parametrize("text", BREAKDOWNS)
def test_a_breakdown_by_label_is_no_restatement(text: str) -> None:
    path = "article.html" if text.startswith("<html>") else "article.md"
    assert codes(text, path) == []


def test_a_row_of_a_breakdown_is_restated_by_prose_that_names_its_label() -> None:
    text = ("- Northfield: 10 homes damaged\n- Eastbrook: 11 homes damaged\n\n"
            "In Northfield, {} homes were damaged, the council said.")
    assert codes(text.format(10)) == []
    assert codes(text.format(16)) != []


def test_a_key_figures_box_is_no_breakdown() -> None:
    # a different measure on every row: the box's figure is the story's own
    text = "- Homes damaged: 38\n- Injured: 12 people\n\nThe storm damaged 36 homes."
    assert codes(text) != []


# wave 11: labels are read from the rows the readers saw (numcheck/rows.py), not from
# lines, so a row is a row however its markup is laid out
LAID_OUT = [
    # a web desk's list on one line: every item has its label, not only the first
    ("<html><body><article><ul><li>Rescue boats: 14</li><li>Volunteers: 300</li></ul>"
     "<p>Some {} volunteers worked through the night, officials said.</p>"
     "</article></body></html>", "300", "30", "article.html"),
    # a results table with one cell a line: the <tr> makes the row
    ("<html><body><article><p>Trading was hard.</p><table>\n<tr>\n<td>Revenue</td>\n"
     "<td>£1.38bn</td>\n</tr>\n<tr>\n<td>Staff</td>\n<td>400</td>\n</tr>\n</table>\n"
     "<p>The brewer's revenue of {} was respectable, its chief executive said.</p>"
     "</article></body></html>", "£1.38bn", "£1.83bn", "article.html"),
    # wire copy: plain-text bullets
    ("Key figures:\n- Registered voters: 48,210\n- Polling stations: 31\n\n"
     "The ward has {} registered voters, the returning officer said.",
     "48,210", "42,810", "article.txt"),
    # a definition list: the term labels its definition
    ("<html><body><article><dl><dt>Rescue boats:</dt><dd>14</dd><dt>Volunteers:</dt>"
     "<dd>300</dd></dl><p>A fleet of {} rescue boats worked through the night.</p>"
     "</article></body></html>", "14", "41", "article.html"),
]


@pytest.mark.parametrize(("text", "right", "wrong", "path"), LAID_OUT)
def test_a_row_is_a_row_however_its_markup_is_laid_out(
    text: str, right: str, wrong: str, path: str
) -> None:
    assert codes(text.format(right), path) == []
    assert codes(text.format(wrong), path) != []


def test_prose_on_the_line_of_a_list_is_no_box() -> None:
    # an HTML page on one line: its prose figures are prose, only the items are the box
    text = ("<html><body><article><ul><li>Volunteers: 300</li></ul><p>Some {} volunteers "
            "worked through the night.</p></article></body></html>")
    assert codes(text.format("300"), "article.html") == []
    assert codes(text.format("30"), "article.html") != []



def test_a_long_table_is_read_in_linear_time() -> None:
    # 8x the rows, about 8x the work (calls): a scan of every figure per labelled row
    # made it 64x (a 4,000-row table: 28 s)
    def work(n: int) -> int:
        table = "".join(f"| Ward {i} | {1_000 + i} |\n" for i in range(n))
        document = read_text("| Ward | Votes |\n|---|---|\n" + table, "a.md")
        claims = ENGINE.analyse(document).claims
        return count_calls(lambda: labelled_findings(document, claims, 0.0))

    work(50)  # warm caches (lexicon sections, patterns)
    small, large = work(400), work(3_200)
    assert large < 12 * small, (small, large)
