"""Config files and desk reference sheets: a bad one is one line and exit 2, never a crash.

Whatever a config file holds, either loading it raises a ConfigError (one line), or
a run with the settings it gives ends in a report or a one-line NumcheckError.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fuzz_profile import fuzz_settings
from fuzz_strategies import toml_documents
from hypothesis import example, given
from hypothesis import strategies as st

import numcheck
from numcheck.checkers.drift.reference import KEYS as SHEET_KEYS
from numcheck.checkers.drift.reference import load_references
from numcheck.config import ALL_KEYS, settings_from_file
from numcheck.errors import ConfigError, NumcheckError
from numcheck.settings import Settings

STORY = "About 9,000 people were evacuated; 12 died, including three children.\n"
CONFIG_TABLES = ["[plugins]", "[plugins.house]", "[severity]", "[per-file-ignores]",
                 "[tool.numcheck]", "[tool]", "[[figure]]", "[select]"]


def one_line(err: Exception) -> None:
    text = str(err)
    assert text
    assert "\n" not in text


def run_with(settings: Settings, directory: Path) -> None:
    # never import modules a random config names ("antigravity" opens a browser)
    settings = dataclasses.replace(settings, plugins=())
    try:
        report = numcheck.check([str(directory)], settings)
    except NumcheckError as err:
        one_line(err)
        return
    for finding in report.findings:
        assert finding.location.path.endswith("story.md")


@fuzz_settings(0.5)
@given(toml_documents(list(ALL_KEYS), CONFIG_TABLES),
       st.sampled_from(["numcheck.toml", "pyproject.toml"]))
@example('boilerplate = ["(a+)+$"]', "numcheck.toml")
@example('max-file-size = "1e400MB"', "numcheck.toml")  # was an OverflowError
@example('exclude = ["[z-a]"]', "numcheck.toml")  # was a re.error while walking
@example("tolerance = 1", "numcheck.toml")
@example('"\\n" = {}', "numcheck.toml")  # a key with a newline: still one line
@example('[severity]\n"NC1\\n" = "error"', "numcheck.toml")
@example("extend = \"numcheck.toml\"", "numcheck.toml")
@example('reference = ["/dev/zero"]', "numcheck.toml")
@example("[tool.numcheck]\n" + "select = " + "[" * 600 + "]" * 600, "pyproject.toml")
def test_config_files(tmp_path_factory: pytest.TempPathFactory, text: str, name: str) -> None:
    check_config(tmp_path_factory, text, name)


def check_config(tmp_path_factory: pytest.TempPathFactory, text: str, name: str) -> None:
    directory = tmp_path_factory.mktemp("desk")
    body = text if name == "numcheck.toml" else "[tool.numcheck]\n" + text
    (directory / name).write_text(body, encoding="utf-8")
    (directory / "story.md").write_text(STORY, encoding="utf-8")
    try:
        settings = settings_from_file(str(directory / name))
    except ConfigError as err:
        one_line(err)
        return
    run_with(settings, directory)


@fuzz_settings(0.5)
@given(toml_documents(sorted(SHEET_KEYS), ["[[figure]]", "[figure]", "[other]"]))
@example('[[figure]]\nmeasure = "people evacuated"\nvalue = "about 9,000"')
@example('[[figure]]\nmeasure = ""\nvalue = "' + "9" * 400 + '"')
@example('[[figure]]\nmeasure = "people killed"\nvalue = "about 500"\nas_of = 9999-12-31')
@example('[[figure]]\n"\\n" = 1')  # keys and values with newlines: still one line
@example('["\\n"]\nx = 1')
@example('[[figure]]\nmeasure = "people killed"\nvalue = "\\n"')
def test_reference_sheets(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    check_sheet(tmp_path_factory, text)


def test_a_sheet_value_past_float_range(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Was a NaN interval bound in the parser: an internal error, not a report."""
    check_sheet(tmp_path_factory, '[[figure]]\nmeasure = "people killed"\nvalue = "1e400"')


def check_sheet(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    directory = tmp_path_factory.mktemp("sheet")
    sheet = directory / "figures.toml"
    sheet.write_text("[[figure]]\n" + text if text.startswith("measure") else text,
                     encoding="utf-8")
    (directory / "story.md").write_text(STORY, encoding="utf-8")
    try:
        load_references([str(sheet)])
    except ConfigError as err:
        one_line(err)
        return
    run_with(Settings(reference=(str(sheet),)), directory)
