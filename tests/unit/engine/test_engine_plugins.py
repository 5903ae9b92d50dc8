"""The plugin manager: entry points, plugin files, blocking, loud failures."""

from __future__ import annotations

import importlib.metadata
import textwrap
from pathlib import Path

import pytest

from numcheck.errors import ConfigError
from numcheck.plugins import get_plugin_manager, plugin_info
from numcheck.settings import Settings

HOUSE = """
from numcheck import hookimpl
from numcheck.findings import Rule, Severity

@hookimpl
def numcheck_rules():
    return [Rule("HS1", "house-style", Severity.WARNING, "House style")]
"""


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_builtins_register_by_module() -> None:
    pm = get_plugin_manager()
    names = pm.plugin_names()
    assert {"meta", "report-full", "report-json", "report-sarif"} <= set(names)
    assert pm.origins["report-json"].kind == "module"
    assert pm.origins["report-json"].location == "numcheck.report.json_report"
    assert pm.origins["report-json"].builtin


def test_plugin_file_is_loaded_and_listed(tmp_path: Path) -> None:
    path = write(tmp_path, "house.py", HOUSE)
    pm = get_plugin_manager(Settings(plugins=(str(path),)))
    info = {item["name"]: item for item in plugin_info(pm)}
    assert info["house"] == {
        "name": "house",
        "version": None,
        "hooks": ["numcheck_rules"],
        "rules": ["HS1"],
        "builtin": False,
        "source": str(path),
    }
    assert info["meta"]["rules"] == ["NC001"]
    assert [item["name"] for item in plugin_info(pm)] == sorted(info)


def test_relative_plugin_path_is_resolved_against_cwd(tmp_path: Path) -> None:
    write(tmp_path, "house.py", HOUSE)
    pm = get_plugin_manager(Settings(plugins=("house.py",)), cwd=tmp_path)
    assert pm.has_plugin("house")


def test_local_numcheck_plugins_file_is_picked_up(tmp_path: Path) -> None:
    write(tmp_path, "numcheck_plugins.py", HOUSE)
    assert get_plugin_manager(cwd=tmp_path).has_plugin("numcheck_plugins")


def test_dotted_module_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "newsroom_rules.py", HOUSE)
    monkeypatch.syspath_prepend(str(tmp_path))
    pm = get_plugin_manager(Settings(plugins=("newsroom_rules",)))
    assert pm.origins["newsroom_rules"].kind == "module"


def test_missing_plugin_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"plugin file .nowhere\.py. not found"):
        get_plugin_manager(Settings(plugins=("nowhere.py",)), cwd=tmp_path)


def test_plugin_file_that_fails_to_import_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.py", "import os\nraise RuntimeError('no\\nway')\n")
    with pytest.raises(ConfigError) as info:
        get_plugin_manager(Settings(plugins=(str(path),)))
    message = str(info.value)
    assert "\n" not in message
    assert f"{str(path)!r}:2 failed to import: RuntimeError: no way" in message


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "typo.py", "x = 1\ndef (:\n")
    with pytest.raises(ConfigError, match=r"typo.py':2 failed to import: SyntaxError"):
        get_plugin_manager(Settings(plugins=(str(path),)))


def test_misspelled_hook_fails_loudly_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, "typo.py", """
        from numcheck import hookimpl

        @hookimpl
        def numcheck_check_documnet(document, claims, context):
            return []
    """)
    with pytest.raises(ConfigError, match=r"plugin 'typo': unknown hook numcheck_check_documnet "
                                          r"\(did you mean numcheck_check_document\?\)"):
        get_plugin_manager(Settings(plugins=(str(path),)))


def test_unmarked_hook_function_fails_loudly(tmp_path: Path) -> None:
    path = write(tmp_path, "unmarked.py", "def numcheck_rules():\n    return []\n")
    with pytest.raises(ConfigError, match=r"numcheck_rules is not marked with @numcheck\.hookimpl"):
        get_plugin_manager(Settings(plugins=(str(path),)))


def test_wrong_hook_arguments_are_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path, "args.py", """
        from numcheck import hookimpl

        @hookimpl
        def numcheck_check_document(document, claimz):
            return []
    """)
    with pytest.raises(ConfigError, match="plugin 'args' cannot be registered"):
        get_plugin_manager(Settings(plugins=(str(path),)))


def test_disable_by_env_and_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "house.py", HOUSE)
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "report-junit, house")
    pm = get_plugin_manager(Settings(plugins=(str(path),), disable_plugins=("report-gitlab",)))
    names = set(pm.plugin_names())
    assert "report-junit" not in names
    assert "report-gitlab" not in names
    assert "house" not in names
    assert "report-json" in names


def test_essential_meta_plugin_cannot_be_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "meta")
    assert get_plugin_manager().has_plugin("meta")


def test_trace_prints_hook_calls(capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_TRACE_PLUGINS", "1")
    pm = get_plugin_manager()
    pm.hook.numcheck_rules()
    err = capsys.readouterr().err
    assert "numcheck: trace: numcheck_rules -> [" in err
    assert "meta" in err
    assert "numcheck: trace: numcheck_rules ok" in err


@pytest.fixture
def fake_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two third-party entry points: one fine, one that cannot be imported."""
    write(tmp_path, "numcheck_fake_extra.py", HOUSE)
    monkeypatch.syspath_prepend(str(tmp_path))
    real = importlib.metadata.entry_points

    def entry_points(**kwargs: str) -> list[importlib.metadata.EntryPoint]:
        found = list(real(**kwargs))
        if kwargs.get("group") == "numcheck":
            found += [
                importlib.metadata.EntryPoint("extra", "numcheck_fake_extra", "numcheck"),
                importlib.metadata.EntryPoint("broken", "numcheck_fake_missing_xyz", "numcheck"),
            ]
        return found

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)


@pytest.mark.usefixtures("fake_entry_points")
def test_load_plugins_env_selects_third_party_entry_points(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert "extra" not in get_plugin_manager().plugin_names()  # NUMCHECK_LOAD_PLUGINS=""
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "extra")
    names = get_plugin_manager().plugin_names()
    assert "extra" in names
    assert "report-json" in names  # built-ins always load
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "extra")
    assert "extra" not in get_plugin_manager().plugin_names()


@pytest.mark.usefixtures("fake_entry_points")
def test_entry_point_that_fails_to_import_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NUMCHECK_LOAD_PLUGINS")
    with pytest.raises(ConfigError, match=r"plugin 'broken' .* failed to load: "
                                          r"ModuleNotFoundError.*NUMCHECK_DISABLE_PLUGINS=broken"):
        get_plugin_manager()
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "broken")
    assert "extra" in get_plugin_manager().plugin_names()
