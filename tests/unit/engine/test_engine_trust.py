"""The trust rule: which config files and numcheck_plugins.py may run code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from numcheck.config import ConfigResolver, Overrides
from numcheck.errors import ConfigError
from numcheck.plugins import get_plugin_manager
from numcheck.settings import Settings
from numcheck.trust import git_work_tree, untrusted_reason

MARKER_PLUGIN = """\
from pathlib import Path
Path(__file__).with_suffix(".ran").write_text("imported")
"""


@pytest.fixture(autouse=True)
def _no_user_trust(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own trust settings must not leak into these tests."""
    monkeypatch.delenv("NUMCHECK_TRUST", raising=False)
    monkeypatch.delenv("NUMCHECK_TRUSTED_PATHS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def tree(tmp_path: Path, *, git: bool = True) -> tuple[Path, Path]:
    """A newsroom working tree (cwd) and an untrusted submission beside it."""
    home, outside = tmp_path / "newsroom", tmp_path / "submission"
    (home / "desk").mkdir(parents=True)
    outside.mkdir()
    if git:
        (home / ".git").mkdir()
    for where in (home, home / "desk", outside):
        (where / "numcheck.toml").write_text('plugins = ["evil.py"]\n', encoding="utf-8")
        (where / "evil.py").write_text(MARKER_PLUGIN, encoding="utf-8")
        (where / "story.md").write_text("12 people died.\n", encoding="utf-8")
    return home, outside


def test_inside_the_git_work_tree_is_trusted_outside_is_not(tmp_path: Path) -> None:
    home, outside = tree(tmp_path)
    assert git_work_tree(str(home / "desk")) == os.path.realpath(home)
    assert untrusted_reason(str(home / "numcheck.toml"), cwd=str(home / "desk")) is None
    assert untrusted_reason(str(home / "desk" / "numcheck.toml"), cwd=str(home)) is None
    reason = untrusted_reason(str(outside / "numcheck.toml"), cwd=str(home))
    assert reason is not None
    assert "outside the git work tree you run numcheck from" in reason


def test_outside_git_only_the_current_directory_and_above_are_trusted(tmp_path: Path) -> None:
    home, outside = tree(tmp_path, git=False)
    assert untrusted_reason(str(home / "numcheck.toml"), cwd=str(home / "desk")) is None
    assert untrusted_reason(str(home / "numcheck.toml"), cwd=str(home)) is None
    # below the current directory is not enough: `cd ~ && numcheck check Downloads/x/`
    assert untrusted_reason(str(home / "desk" / "numcheck.toml"), cwd=str(home)) is not None
    assert untrusted_reason(str(outside / "numcheck.toml"), cwd=str(home)) is not None


def test_a_symlink_in_the_tree_does_not_vouch_for_its_target(tmp_path: Path) -> None:
    home, outside = tree(tmp_path)
    link = home / "desk" / "linked.toml"
    link.symlink_to(outside / "numcheck.toml")
    assert untrusted_reason(str(link), cwd=str(home)) is not None


@pytest.mark.parametrize("how", ["env", "file", "everything"])
def test_the_user_can_trust_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 how: str) -> None:
    home, outside = tree(tmp_path)
    if how == "env":
        monkeypatch.setenv("NUMCHECK_TRUSTED_PATHS", f"/nowhere{os.pathsep}{outside}")
    elif how == "file":
        listed = tmp_path / "xdg" / "numcheck" / "trusted"
        listed.parent.mkdir(parents=True)
        listed.write_text(f"# my desk's submissions\n{outside / 'numcheck.toml'}\n",
                          encoding="utf-8")
    else:
        monkeypatch.setenv("NUMCHECK_TRUST", "1")
    assert untrusted_reason(str(outside / "numcheck.toml"), cwd=str(home)) is None
    unlisted = untrusted_reason(str(tmp_path / "elsewhere.toml"), cwd=str(home))
    assert (unlisted is None) is (how == "everything")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_fifo_as_the_trust_file_trusts_nothing_and_never_blocks(tmp_path: Path) -> None:
    """Issue #11 item 3 for the trust file: read like every other file numcheck reads
    (regular files only, opened without blocking), so a FIFO there cannot hang a run."""
    home, outside = tree(tmp_path)
    listed = tmp_path / "xdg" / "numcheck" / "trusted"
    listed.parent.mkdir(parents=True)
    os.mkfifo(listed)
    assert untrusted_reason(str(outside / "numcheck.toml"), cwd=str(home)) is not None


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to give a file to another user")
def test_a_file_owned_by_someone_else_is_not_trusted(tmp_path: Path) -> None:
    home, _ = tree(tmp_path)
    os.chown(home / "numcheck.toml", 4242, 4242)
    reason = untrusted_reason(str(home / "numcheck.toml"), cwd=str(home))
    assert reason == "it is owned by user id 4242, not by you (0)"


def resolve(story: Path, **kwargs: object) -> Settings:
    trust = bool(kwargs.pop("trust", False))
    resolver = ConfigResolver(Overrides(trust=trust), **kwargs)  # type: ignore[arg-type]
    return resolver.settings_for(str(story))


def test_an_untrusted_configs_plugins_are_refused_with_the_way_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, outside = tree(tmp_path)
    monkeypatch.chdir(home)
    settings = resolve(outside / "story.md")
    assert settings.plugins == ()
    assert "not loading its plugins ('" in settings.plugins_refused
    with pytest.raises(ConfigError) as info:
        get_plugin_manager(settings, load_entrypoints=False)
    message = str(info.value)
    assert "outside the git work tree" in message
    assert "--trust" in message
    assert "--isolated" in message
    assert not (outside / "evil.ran").exists()


@pytest.mark.parametrize("how", ["trust", "config"])
def test_the_user_can_vouch_for_a_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         how: str) -> None:
    home, outside = tree(tmp_path)
    monkeypatch.chdir(home)
    if how == "trust":
        settings = resolve(outside / "story.md", trust=True)
    else:
        settings = resolve(outside / "story.md", config=str(outside / "numcheck.toml"))
    assert settings.plugins_refused == ""
    get_plugin_manager(settings, load_entrypoints=False)
    assert (outside / "evil.ran").exists()


def test_the_working_trees_own_config_loads_its_plugins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = tree(tmp_path)
    monkeypatch.chdir(home)
    get_plugin_manager(resolve(home / "desk" / "story.md"), load_entrypoints=False)
    assert (home / "desk" / "evil.ran").exists()


def test_isolated_ignores_numcheck_plugins_py(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = tree(tmp_path)
    (home / "numcheck_plugins.py").write_text(MARKER_PLUGIN, encoding="utf-8")
    monkeypatch.chdir(home)
    pm = get_plugin_manager(resolve(home / "story.md", isolated=True), load_entrypoints=False)
    assert not pm.has_plugin("numcheck_plugins")
    assert not (home / "numcheck_plugins.ran").exists()
    assert not (home / "evil.ran").exists()
    get_plugin_manager(Settings(), load_entrypoints=False, cwd=home)
    assert (home / "numcheck_plugins.ran").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to give a file to another user")
def test_a_planted_numcheck_plugins_py_is_refused(tmp_path: Path) -> None:
    planted = tmp_path / "numcheck_plugins.py"
    planted.write_text(MARKER_PLUGIN, encoding="utf-8")
    os.chown(planted, 4242, 4242)
    with pytest.raises(ConfigError, match="owned by user id 4242"):
        get_plugin_manager(Settings(), load_entrypoints=False, cwd=tmp_path)
    assert not (tmp_path / "numcheck_plugins.ran").exists()
    get_plugin_manager(Settings(trust=True), load_entrypoints=False, cwd=tmp_path)
    assert (tmp_path / "numcheck_plugins.ran").exists()
