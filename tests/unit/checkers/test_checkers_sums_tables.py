"""NC202 on tables: a total row against the rows above it, in HTML and Markdown, and
tables whose rows nest or that state no total (silent)."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.testing import run_checks

HTML = (
    "<html><body><p>The count finished at 2am.</p><table>\n"
    "<tr><th>Candidate</th><th>Votes</th></tr>\n"
    "<tr><td>Ames</td><td>{a}</td></tr>\n"
    "<tr><td>Brook</td><td>9,870</td></tr>\n"
    "<tr><td>Spoilt papers</td><td>212</td></tr>\n"
    "<tr><td>Total votes cast</td><td>{total}</td></tr>\n"
    "</table></body></html>\n"
)
MARKDOWN = (
    "Spending by department:\n\n"
    "| Department | Spending |\n|---|---|\n"
    "| Schools | £{a}m |\n| Roads | £31m |\n| Libraries | £9m |\n| Total | £{total}m |\n"
)


@pytest.mark.parametrize(
    ("text", "path"),
    [(HTML, "result.html"), (MARKDOWN, "budget.md")],
)
def test_a_total_row_against_the_rows_above(text: str, path: str) -> None:
    if path.endswith(".html"):
        right, wrong = {"a": "12,405", "total": "22,487"}, {"a": "12,405", "total": "22,847"}
    else:
        right, wrong = {"a": "52", "total": "92"}, {"a": "52", "total": "94"}
    assert run_checks(text.format(**right), [parts], path=path).codes() == []
    assert run_checks(text.format(**wrong), [parts], path=path).codes() == ["NC202"]


@pytest.mark.parametrize(
    "text",
    [
        # rows that nest: "of which" is a part of the row above it
        "| Item | Jobs |\n|---|---|\n| Plant | 600 |\n| of which night shift | 150 |\n"
        "| Office | 90 |\n| Total | 690 |\n",
        # no total row: the rows are a list, not a sum
        "| Ward | Turnout |\n|---|---|\n| Harbour | 4,100 |\n| Carrow | 2,900 |\n"
        "| Pell | 3,300 |\n",
        # two figures a row: two columns, each adding up to its total
        "| Year | Cases | Deaths |\n|---|---|---|\n| 2022 | 400 | 12 |\n| 2023 | 450 | 9 |\n"
        "| Total | 850 | 21 |\n",
        # a column of changes has no sum: "+7%" is not 8% + 6% + 14%
        "| Division | 2026 | 2025 | Change |\n|---|---|---|---|\n"
        "| Packaging | 221.4 | 204.9 | 8% |\n"
        "| Labels | 127.0 | 124.1 | 2% |\n| Logistics | 64.2 | 56.2 | 14% |\n"
        "| Total | 412.6 | 385.2 | 7% |\n",
    ],
)
def test_tables_that_state_no_partition(text: str) -> None:
    assert run_checks(text, [parts], path="table.md").codes() == []


# wave 10: one reader for every column (table rows, bullets, HTML list items)
COLUMNS = {
    "a bold total row": (
        "a.md",
        "| Region | Homes |\n|---|---:|\n| North | 12,100 |\n| South | 8,450 |\n"
        "| **Total** | **{t}** |\n",
        "20,550", "21,500",
    ),
    "a total row first": (
        "a.md",
        "| | Jobs cut |\n|---|---|\n| All sites | {t} |\n| Ghent | 1,150 |\n| Antwerp | 650 |\n",
        "1,800", "1,900",
    ),
    "an HTML list after a lead ending in a colon": (
        "a.html",
        "<html><body><p>The {t} schools closed on Friday were:</p><ul><li>21 in the north"
        "</li><li>19 in the east</li><li>12 in the west</li></ul></body></html>",
        "52", "58",
    ),
    "an HTML table on one line": (
        "a.html",
        "<html><body><table><tr><th>Village</th><th>Homes</th></tr><tr><td>Kesby</td>"
        "<td>140</td></tr><tr><td>Orrin</td><td>51</td></tr><tr><td>Pell</td><td>31</td>"
        "</tr><tr><td>Total</td><td>{t}</td></tr></table></body></html>",
        "222", "212",
    ),
    "a bullet total row whose label ends in a colon": (
        "a.md",
        "Homes damaged by the storm, by district:\n\n- Northfield: 2,010\n- Eastbrook: 1,400\n"
        "- Total: {t}\n",
        "3,410", "5,025",
    ),
    "bullets after a lead with a smaller figure too": (
        "a.md",
        "The {t} schools closed on Friday were in three areas:\n\n* North: 21\n* East: 19\n"
        "* West: 12\n",
        "52", "58",
    ),
}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_a_column_and_its_total(name: str) -> None:
    path, text, right, wrong = COLUMNS[name]
    assert run_checks(text.format(t=right), [parts], path=path).codes() == []
    assert run_checks(text.format(t=wrong), [parts], path=path).codes() == ["NC202"]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("Key figures from the report:\n\n- 1,200 jobs created\n- 340 firms supported\n", "a.md"),
        ("The 58 schools closed on Friday include:\n\n- 21 in the north\n- 19 in the east\n",
         "a.md"),
        ("Results (turnout 64%):\n\n- Labour: 48.2%\n- Greens: 39.7%\n- Others: 12.1%\n", "a.md"),
        ("| Site | Jobs |\n|---|---|\n| Ghent | 1,150 |\n| Subtotal Belgium | 1,800 |\n"
         "| Lyon | 100 |\n| Total | 1,900 |\n", "a.md"),
    ],
)
def test_a_column_that_is_no_partition_stays_silent(text: str, path: str) -> None:
    assert run_checks(text, [parts], path=path).codes() == []


# wave 11: the rows come from the readers (numcheck/rows.py) in every format
@pytest.mark.parametrize(("text", "path"), [
    ("Spending by department:\n\n| Department | Spending |\n|---|---|\n| Schools | £52m |\n"
     "| Roads | £31m |\n| Libraries | £9m |\n| Total | £{}m |\n", "budget.txt"),
    ("The 940 job losses break down as follows:\n- production lines: 610\n"
     "- warehousing and dispatch: {}\n- offices and laboratory: 70\n", "losses.txt"),
    ("The 58 schools closed were:\n\n<ul>\n<li>21 in the north</li>\n<li>19 in the east</li>\n"
     "<li>{} in the west</li>\n</ul>\n", "schools.md"),
    ("<html><body><p>The 58 schools closed were:</p><ul><li>21 in the north<li>19 in the east"
     "<li>{} in the west</ul></body></html>", "schools.html"),
])
def test_a_column_in_every_format(text: str, path: str) -> None:
    right, wrong = ("92", "94") if "Total" in text else (
        ("260", "240") if "940" in text else ("18", "12"))
    assert run_checks(text.format(right), [parts], path=path).codes() == []
    assert run_checks(text.format(wrong), [parts], path=path).codes() == ["NC202"]



@pytest.mark.parametrize(
    ("after", "path"),
    [
        ("<ul><li>Staff: 2,300</li><li>Stores: 140</li></ul>", "result.html"),
        ("\n- Staff: 2,300\n- Stores: 140\n", "budget.md"),
    ],
)
def test_a_list_right_after_a_table_is_no_row_of_it(after: str, path: str) -> None:
    # the key-facts list under a results table does not make its total row a subtotal
    if path.endswith(".html"):
        text = HTML.replace("</table>", "</table>" + after)
        right, wrong = {"a": "12,405", "total": "22,487"}, {"a": "12,405", "total": "22,847"}
    else:
        text = MARKDOWN + after
        right, wrong = {"a": "52", "total": "92"}, {"a": "52", "total": "94"}
    assert run_checks(text.format(**right), [parts], path=path).codes() == []
    assert run_checks(text.format(**wrong), [parts], path=path).codes() == ["NC202"]


def test_each_column_of_a_table_of_several_adds_up_to_its_total() -> None:
    table = (
        "<html><body><table>\n<tr><th>Division</th><th>H1 2026 (£m)</th>"
        "<th>H1 2025 (£m)</th></tr>\n"
        "<tr><td>Packaging</td><td>221.4</td><td>204.9</td></tr>\n"
        "<tr><td>Labels</td><td>{labels}</td><td>124.1</td></tr>\n"
        "<tr><td>Logistics</td><td>64.2</td><td>56.2</td></tr>\n"
        "<tr><td><strong>Total</strong></td><td><strong>412.6</strong></td>"
        "<td><strong>385.2</strong></td></tr>\n</table></body></html>\n"
    )
    assert run_checks(table.format(labels="127.0"), [parts], path="r.html").codes() == []
    found = run_checks(table.format(labels="131.0"), [parts], path="r.html")
    assert [(f.rule, f.location.text) for f in found] == [("NC202", "412.6")]


SIGNED = (
    "<html><body><p>Jobs by sector, in thousands.</p><table>\n"
    "<tr><th>Sector</th><th>Jobs</th><th>Change</th></tr>\n"
    "<tr><td>Services</td><td>318.2</td><td>+4.1</td></tr>\n"
    "<tr><td>Manufacturing</td><td>61.5</td><td>-1.2</td></tr>\n"
    "<tr><td>Construction</td><td>34.9</td><td>+0.8</td></tr>\n"
    "<tr><td>Other</td><td>16.8</td><td>{other}</td></tr>\n"
    "<tr><td>Total</td><td>{total}</td><td>+3.1</td></tr>\n"
    "</table></body></html>\n"
)


def test_a_signed_column_of_changes_is_not_added_unsigned() -> None:
    """+4.1, -1.2, +0.8 and -0.6 make +3.1: the minus signs the parser leaves out of the
    figures make the column one of changes; the column of levels beside it still adds up."""
    assert run_checks(SIGNED.format(other="-0.6", total="431.4"), [parts],
                      path="jobs.html").codes() == []  # fmt: skip
    assert run_checks(SIGNED.format(other="-0.6", total="413.4"), [parts],
                      path="jobs.html").codes() == ["NC202"]  # fmt: skip


TOTAL_COLUMN = (
    "Medal table:\n\n"
    "| Country | Gold | Silver | Bronze | Total |\n|---|---|---|---|---|\n"
    "| Norland | 12 | 9 | 7 | 28 |\n| Vesta | 8 | 10 | 6 | {total} |\n"
)


def test_a_total_column_against_the_row_before_it() -> None:
    """A header naming the last figure column "Total": each row's figures add up to it."""
    assert run_checks(TOTAL_COLUMN.format(total="24"), [parts], path="t.md").codes() == []
    assert run_checks(TOTAL_COLUMN.format(total="26"), [parts], path="t.md").codes() == [
        "NC202"
    ]


def test_a_change_column_is_no_part() -> None:
    text = ("| Region | 2024 | 2025 | Change |\n|---|---|---|---|\n"
            "| North | 120 | 130 | 10 |\n| South | 90 | 80 | 10 |\n")
    assert run_checks(text, [parts], path="t.md").codes() == []
