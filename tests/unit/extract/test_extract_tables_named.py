"""Two sources' tables of parts (columns headed by names) meet cell by cell, row by row
(extract/tables.py ``_by_name``): a cell told otherwise is a contradiction; the same
figures, another row's figure or a row left out stay silent."""

from __future__ import annotations

import pytest
from named_table_cases import CONTRADICTED, SILENT, Case

from numcheck.claims import Claim
from numcheck.engine import Engine
from numcheck.readers import read_text

ENGINE = Engine()


def _rules(case: Case) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: {case.day_a}\n---\n\n{case.a}\n",
             "b.md": f"---\ndate: {case.day_b}\n---\n\n{case.b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]) if f.rule != "NC404")


@pytest.mark.parametrize("case", CONTRADICTED, ids=[c.id for c in CONTRADICTED])
def test_a_cell_told_otherwise_contradicts(case: Case) -> None:
    assert _rules(case) == ["NC401"]


@pytest.mark.parametrize("case", SILENT, ids=[c.id for c in SILENT])
def test_look_alikes_stay_silent(case: Case) -> None:
    assert _rules(case) == []


def _cells(text: str) -> dict[str, Claim]:
    return {c.quantity.text: c for c in ENGINE.analyse(read_text(text, "a.md")).claims}


def test_a_cell_is_named_by_its_column_and_its_row() -> None:
    cells = _cells("The count ended.\n\n| Candidate | Party | Votes |\n|---|---|---|\n"
                   "| Helen Vantreece | Progressive | 14,212 |\n"
                   "| Amos Kerridge | National | 14,181 |\n")
    assert cells["14,212"].key.thing == "vote"
    assert "vantreece" in cells["14,212"].measure
    assert "kerridge" not in cells["14,212"].measure


def test_a_row_with_an_empty_cell_is_left_unnamed() -> None:
    # its figure's column is lost: "| Total valid votes | | 33,430 |" is read as two cells
    cells = _cells("The count ended.\n\n<table>\n<tr><th>Candidate</th><th>Party</th>"
                   "<th>Votes</th></tr>\n<tr><td>Helen Vantreece</td><td>Progressive</td>"
                   "<td>14,212</td></tr>\n<tr><td>Amos Kerridge</td><td>National</td>"
                   "<td>14,181</td></tr>\n<tr><td>Total</td><td></td><td>28,393</td></tr>\n"
                   "</table>\n")
    assert cells["14,181"].key.thing == "vote"
    assert cells["28,393"].measure == ()
