"""Checking an untrusted story must not run its code (docs/users/security.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.cli import main

EVIL = """\
from pathlib import Path
Path(__file__).with_name("pwned").write_text("code ran")
"""


@pytest.fixture
def setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The user's newsroom repository (cwd) and a contributor's submission elsewhere."""
    for name in ("NUMCHECK_TRUST", "NUMCHECK_TRUSTED_PATHS", "NUMCHECK_DISABLE_PLUGINS",
                 "NUMCHECK_LOAD_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    home, submission = tmp_path / "newsroom", tmp_path / "inbox" / "submission"
    (home / ".git").mkdir(parents=True)
    submission.mkdir(parents=True)
    (submission / "numcheck.toml").write_text('plugins = ["evil.py"]\n', encoding="utf-8")
    (submission / "evil.py").write_text(EVIL, encoding="utf-8")
    (submission / "story.md").write_text("The fire killed 12 people.\n", encoding="utf-8")
    monkeypatch.chdir(home)
    return home, submission


def test_checking_a_submission_does_not_run_its_plugins(
        setting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, submission = setting
    assert main(["check", str(submission / "story.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not loading its plugins ('" in err
    assert "--trust" in err
    assert not (submission / "pwned").exists()


def test_isolated_checks_it_without_its_config(
        setting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, submission = setting
    assert main(["check", "--isolated", str(submission / "story.md")]) == 0
    assert not (submission / "pwned").exists()


def test_trust_loads_them(setting: tuple[Path, Path]) -> None:
    _, submission = setting
    assert main(["check", "--trust", str(submission / "story.md")]) == 0
    assert (submission / "pwned").exists()


def test_numcheck_plugins_py_in_cwd_is_skipped_with_isolated(
        setting: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    home, _submission = setting
    (home / "numcheck_plugins.py").write_text(EVIL, encoding="utf-8")
    (home / "story.md").write_text("The fire killed 12 people.\n", encoding="utf-8")
    assert main(["check", "--isolated", "story.md"]) == 0
    assert not (home / "pwned").exists()
    assert main(["plugins", "--isolated"]) == 0
    assert not (home / "pwned").exists()
    assert main(["check", "story.md"]) == 0  # the user's own working tree: loaded
    assert (home / "pwned").exists()


@pytest.mark.parametrize("command", ["parse", "plugins"])
def test_every_command_that_loads_plugins_applies_the_rule(
        setting: tuple[Path, Path], capsys: pytest.CaptureFixture[str], command: str) -> None:
    home, submission = setting
    args = [str(submission / "story.md")] if command == "parse" else ["--config", "x"]
    if command == "plugins":  # plugins reads the working directory's config
        (home / "numcheck.toml").write_text(f'extend = "{submission / "numcheck.toml"}"\n',
                                            encoding="utf-8")
        args = []
        assert main([command, *args]) == 0  # the work tree's own config extends it: trusted
        assert (submission / "pwned").exists()
        return
    assert main([command, *args]) == 2
    assert "not loading its plugins" in capsys.readouterr().err
    assert not (submission / "pwned").exists()
    assert main([command, "--trust", *args]) == 0
    assert (submission / "pwned").exists()
