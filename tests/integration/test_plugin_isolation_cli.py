"""Misbehaving plugin files as a user meets them on the command line: ``sys.exit``,
hangs under ``--plugin-timeout`` / ``plugin-timeout``, broken formatters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.isolation import CAN_FORK

QUITS = '''\
import sys
from numcheck import hookimpl

@hookimpl
def numcheck_check_document(document):
    sys.exit(0)
'''

HANGS = '''\
import re
from numcheck import hookimpl

@hookimpl
def numcheck_check_document(document):
    re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking, in C, GIL held
'''

BAD_FORMAT = '''\
from numcheck import hookimpl

class Nothing:
    name = "nothing"
    description = "renders None"

    def render(self, report):
        return None

@hookimpl
def numcheck_formatters():
    return [Nothing()]
'''


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("NUMCHECK_DISABLE_PLUGINS", "NUMCHECK_LOAD_PLUGINS", "NUMCHECK_TRACE_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    for name, body in (("quits.py", QUITS), ("hangs.py", HANGS), ("nothing.py", BAD_FORMAT)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "draft.txt").write_text("The blast killed 12 people.\n", encoding="utf-8")
    return tmp_path


def nc001(capsys: pytest.CaptureFixture[str]) -> list[str]:
    report = json.loads(capsys.readouterr().out)
    return [f["message"] for f in report["findings"] if f["rule"] == "NC001"]


def test_a_plugin_calling_sys_exit_does_not_end_the_run(
        desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--plugin", "quits.py", "draft.txt", "--output-format", "json"])
    assert code == 1  # NC001 is an error: the run did not "succeed" with exit 0
    message, = nc001(capsys)
    assert message.startswith("plugin 'quits' called sys.exit(0) at quits.py:6")


@pytest.mark.skipif(not CAN_FORK, reason="needs os.fork")
@pytest.mark.parametrize("where", ["flag", "config"])
def test_plugin_timeout_stops_a_hanging_checker(
        desk: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    argv = ["check", "--plugin", "hangs.py", "draft.txt", "--output-format", "json"]
    if where == "flag":
        argv += ["--plugin-timeout", "2"]
    else:
        (desk / "numcheck.toml").write_text("plugin-timeout = 2\n", encoding="utf-8")
    assert main(argv) == 1
    # On a loaded machine a built-in checker may overrun too (its first call in the
    # worker imports its modules); the run must still end and name the hanging plugin.
    hanging = [m for m in nc001(capsys) if "plugin 'hangs'" in m]
    message, = hanging
    assert "plugin 'hangs' did not finish within 2 s (plugin-timeout)" in message


@pytest.mark.parametrize("value", ["-1", "inf", "nan", "soon"])
def test_a_bad_timeout_is_a_usage_error(desk: Path, capsys: pytest.CaptureFixture[str],
                                        value: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "--plugin-timeout", value, "draft.txt"])
    assert info.value.code == 2
    assert "expected a number of seconds" in capsys.readouterr().err


@pytest.mark.parametrize("value", ['"30s"', "-5", "true"])
def test_a_bad_timeout_in_config_names_the_key(desk: Path, capsys: pytest.CaptureFixture[str],
                                               value: str) -> None:
    (desk / "numcheck.toml").write_text(f"plugin-timeout = {value}\n", encoding="utf-8")
    assert main(["check", "draft.txt"]) == 2
    assert "bad value for 'plugin-timeout'" in capsys.readouterr().err


def test_a_formatter_returning_none_is_an_error_naming_it(
        desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--plugin", "nothing.py", "draft.txt", "--output-format", "nothing"])
    assert code == 2
    err = capsys.readouterr().err
    assert "plugin 'nothing': output format 'nothing' returned NoneType, not text" in err
    assert "internal error" not in err
