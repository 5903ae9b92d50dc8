"""A table cell is named by its row label, as a label line is (extract/tables.py); a
year heading its column before the table's latest is its period. Tables whose figure
columns are headed by names are left alone."""

from __future__ import annotations

from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.readers import read_text

ENGINE = Engine()

RESULTS = """Sallow & Pike said trading was hard.

| | 2025 | 2024 |
|---|---|---|
| Revenue | £1.38bn | £1.30bn |
| Final dividend | 14.2p | 13.8p |

The board met on Tuesday.
"""


def _cells(text: str, name: str = "a.md") -> dict[str, Claim]:
    return {c.quantity.text: c for c in ENGINE.analyse(read_text(text, name)).claims}


def test_a_row_label_names_its_cells() -> None:
    cells = _cells(RESULTS)
    assert cells["£1.38bn"].key.thing == "revenue"
    assert cells["£1.38bn"].measure == ("revenue",)
    assert cells["14.2p"].measure == ("dividend", "final")


def test_an_earlier_year_column_is_that_years_figure() -> None:
    cells = _cells(RESULTS)
    assert cells["£1.38bn"].window is None  # the table's latest year: the story's figure
    assert cells["£1.30bn"].window == "in 2024"
    assert cells["13.8p"].window == "in 2024"


def test_an_html_table_on_one_line() -> None:
    # rows are told by their <tr>, not by line breaks
    html = ("<html><body><p>Trading was hard.</p><table>"
            "<tr><th></th><th>2025</th><th>2024</th></tr>"
            "<tr><td>Final dividend</td><td>14.2p</td><td>13.8p</td></tr>"
            "<tr><td>Revenue</td><td>£1.38bn</td><td>£1.30bn</td></tr>"
            "</table></body></html>")
    cells = _cells(html, "a.html")
    assert cells["£1.30bn"].key.thing == "revenue"
    assert cells["£1.30bn"].window == "in 2024"
    assert cells["14.2p"].measure == ("dividend", "final")
    assert cells["14.2p"].window is None


def test_a_table_of_parts_by_name_is_left_alone() -> None:
    # the columns are places: "Deaths" on a cell would make Hatay's part meet the toll
    text = """The quake struck at dawn.

| | Hatay | Adana |
|---|---|---|
| Deaths | 450 | 120 |
| Injured | 1,200 | 300 |
"""
    cells = _cells(text)
    assert str(cells["450"].key).startswith("? ?")
    assert cells["450"].measure == ()


def test_a_row_without_a_label_names_nothing() -> None:
    text = """Figures for the year.

| | 2025 | 2024 |
|---|---|---|
| 1 | 40 | 38 |
| 2 | 50 | 51 |
"""
    assert _cells(text)["40"].measure == ()


def test_an_html_table_with_a_cell_a_line() -> None:
    # the row is its <tr> (numcheck/rows.py), not a line: a cell a line is one row
    html = ("<html><body><p>Trading was hard.</p><table>\n<tr>\n<th></th>\n<th>2025</th>\n"
            "<th>2024</th>\n</tr>\n<tr>\n<td>Revenue</td>\n<td>£1.38bn</td>\n<td>£1.30bn</td>\n"
            "</tr>\n</table></body></html>")
    cells = _cells(html, "a.html")
    assert cells["£1.38bn"].key.thing == "revenue"
    assert cells["£1.38bn"].window is None
    assert cells["£1.30bn"].key.thing == "revenue"
    assert cells["£1.30bn"].window == "in 2024"
