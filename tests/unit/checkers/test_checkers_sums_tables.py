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
        # two figures a row: columns, not a single list
        "| Year | Cases | Deaths |\n|---|---|---|\n| 2022 | 400 | 12 |\n| 2023 | 450 | 9 |\n"
        "| Total | 850 | 21 |\n",
    ],
)
def test_tables_that_state_no_partition(text: str) -> None:
    assert run_checks(text, [parts], path="table.md").codes() == []
