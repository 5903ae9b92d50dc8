"""The desk fact sheet: loading, keys, locations in the TOML file, and one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from numcheck.checkers import drift
from numcheck.errors import ConfigError
from numcheck.reference import load_reference
from numcheck.settings import Settings
from numcheck.testing.builders import make_context

SHEET = """\
# the desk's figures
[[figure]]
measure = "people fled Ukraine"
value = "One million"
claimant = "UN"
as_of = 2022-03-03
source = "https://example.org/unhcr"

[[figure]]
thing = "civilians"
event = "killed"
value = "more than 2,000"
as_of = "2022-03-03"
"""


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "figures.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_figures_become_claims_located_in_the_sheet(tmp_path: Path) -> None:
    path = write(tmp_path, SHEET)
    fled, killed = load_reference(path)
    assert (fled.claim.location.line, fled.claim.location.column) == (4, 10)
    assert fled.claim.location.text == "One million"
    assert fled.claim.key.event == "fled"
    assert fled.claim.date == dt.date(2022, 3, 3)
    assert fled.label == "UN, 2022-03-03"
    assert fled.link == "https://example.org/unhcr"
    assert fled.claim.quantity.hard.contains(1_000_000)
    assert (killed.claim.key.thing, killed.claim.key.event) == ("civilian", "killed")
    assert killed.claim.location.line == 12
    assert not killed.claim.quantity.hard.contains(2000)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[figure]]\nvalue = '9'\nmeasure = 'x'\nbogus = 1\n", ":1: figure 1: unknown key"),
        ("[[figure]]\nmeasure = 'people killed'\n", ":1: figure 1: missing 'value'"),
        ("[[figure]]\nvalue = '5'\n", "give 'measure'"),
        ("[[figure]]\nvalue = '5'\nmeasure = 'people'\nas_of = 'March'\n", "'as_of' must be"),
        ("[[figure]\nvalue = 1\n", "invalid TOML"),
        ("[[figure]]\nvalue = 'lots'\nmeasure = 'people killed'\n", "has no figure"),
        ("[sheet]\nx = 1\n", "unknown table 'sheet'"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line_config_errors(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_reference(path)
    message = str(err.value)
    assert message.startswith(path)
    assert problem in message
    assert "\n" not in message


def test_missing_sheet_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read reference sheet"):
        load_reference(str(tmp_path / "nope.toml"))


def test_the_sheet_is_the_authority_in_messages(tmp_path: Path) -> None:
    from numcheck.engine import Engine
    from numcheck.testing.builders import make_document

    path = write(tmp_path, SHEET)
    settings = Settings(reference=(path,))
    doc = make_document("Officials said 3 million people have fled Ukraine.", "draft.txt")
    analysis = Engine(settings).analyse(doc)
    context = make_context(settings=settings)
    [finding] = list(drift.numcheck_check_corpus([doc], analysis.claims, context))
    assert finding.rule == "NC401"
    assert finding.location.path == "draft.txt"
    assert finding.related[0].path == path
    assert "the desk sheet, which says 'One million' (UN, 2022-03-03)" in finding.message
    quiet = make_document(doc.text.replace("3 million", "1.1 million"), "draft.txt")
    claims = Engine(settings).analyse(quiet).claims
    assert list(drift.numcheck_check_corpus([quiet], claims, context)) == []
