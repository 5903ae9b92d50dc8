"""The desk fact sheet: loading, keys, locations in the TOML file, and one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from numcheck.checkers import drift
from numcheck.checkers.drift.reference import load_reference
from numcheck.claims import Scope
from numcheck.errors import ConfigError
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
    engine = Engine(settings)
    sheet = engine.reference_claims  # the engine reads the sheet and passes its claims
    assert [c.scope for c in sheet] == [Scope.REFERENCE, Scope.REFERENCE]
    analysis = engine.analyse(doc)
    context = make_context(settings=settings)
    [finding] = list(drift.numcheck_check_corpus([doc], [*analysis.claims, *sheet], context))
    assert finding.rule == "NC401"
    assert finding.location.path == "draft.txt"
    assert finding.related[0].path == path
    assert "the desk sheet, which says 'One million' (UN, 2022-03-03)" in finding.message
    # within the soft reading of "One million" (its rounding at two significant
    # digits, [950,000, 1,050,000)): no drift (1.1 million would be drift)
    quiet = make_document(doc.text.replace("3 million", "1.04 million"), "draft.txt")
    claims = [*engine.analyse(quiet).claims, *sheet]
    assert list(drift.numcheck_check_corpus([quiet], claims, context)) == []
    # the plugin never reads the sheet itself: without its claims it has nothing to say
    assert list(drift.numcheck_check_corpus([doc], analysis.claims, context)) == []


def test_a_bad_sheet_stops_the_engine_before_any_article(tmp_path: Path) -> None:
    from numcheck.engine import Engine

    path = write(tmp_path, "[[figure]]\nmeasure = 'people killed'\n")
    with pytest.raises(ConfigError, match="missing 'value'"):
        Engine(Settings(reference=(path,)))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", "invalid TOML"),
        ("# " + "x" * (5 * 1024 * 1024) + "\n", "larger than"),
    ],
)
def test_hostile_sheets_are_one_line_errors(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=problem) as err:
        load_reference(path)
    assert "\n" not in str(err.value)


def test_a_device_or_fifo_is_not_read(tmp_path: Path) -> None:
    import os

    with pytest.raises(ConfigError, match="not a regular file"):
        load_reference("/dev/zero")
    fifo = tmp_path / "sheet.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):  # never blocks on open
        load_reference(str(fifo))
