"""Built-in plugins register by module (no entry-point metadata); third-party ones
still come through the entry-point group."""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import pkgutil

import pytest

import numcheck
from numcheck.engine import Engine
from numcheck.plugins import BUILTIN_PLUGINS, get_plugin_manager, plugin_info
from numcheck.testing import run_checks
from numcheck.testing.runner import plugin_name

MARK = "numcheck_impl"


def _hook_modules() -> set[str]:
    """Modules of numcheck's checkers, formats and workflow that implement a hook."""
    found = set()
    for package in ("numcheck.checkers", "numcheck.report", "numcheck.workflow"):
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path, package + "."):
            module = importlib.import_module(info.name)
            if any(inspect.isfunction(value) and hasattr(value, MARK)
                   and value.__module__ == module.__name__ for value in vars(module).values()):
                found.add(info.name)
    return found


def test_every_module_implementing_a_hook_is_a_builtin_plugin() -> None:
    assert _hook_modules() == set(BUILTIN_PLUGINS.values())


def test_builtins_load_without_any_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kwargs: [])
    pm = get_plugin_manager()
    assert set(BUILTIN_PLUGINS) <= set(pm.plugin_names())
    info = {item["name"]: item for item in plugin_info(pm)}
    assert all(info[name]["builtin"] and info[name]["version"] == numcheck.__version__
               for name in BUILTIN_PLUGINS)
    codes = set(Engine(manager=pm).rules)
    # every rule family of the built-in checkers is there
    assert {"NC001", "NC101", "NC201", "NC401"} <= codes


def test_an_old_install_listing_builtins_as_entry_points_loads_each_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stale = [importlib.metadata.EntryPoint(name, module, "numcheck")
             for name, module in BUILTIN_PLUGINS.items()]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kwargs: stale)
    pm = get_plugin_manager()
    assert sorted(pm.plugin_names()) == sorted(BUILTIN_PLUGINS)
    assert all(pm.origins[name].kind == "module" for name in BUILTIN_PLUGINS)


def test_blocking_builtins_by_name_or_distribution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "drift")
    names = set(get_plugin_manager().plugin_names())
    assert "drift" not in names
    assert "shares" in names
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "numcheck")
    assert get_plugin_manager().plugin_names() == ["meta"]  # essential


def test_testing_runner_names_and_loads_builtins() -> None:
    import numcheck.checkers.shares

    assert plugin_name(numcheck.checkers.shares) == "shares"
    result = run_checks("Of the 10 injured, 12 were children.", builtins=True)
    assert "NC201" in {f.rule for f in result}


def test_load_plugins_empty_looks_for_no_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(**kwargs: str) -> list[importlib.metadata.EntryPoint]:
        raise AssertionError("entry points were read")

    monkeypatch.setattr(importlib.metadata, "entry_points", forbidden)
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "")
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "drift")  # a known name: no scan either
    names = get_plugin_manager().plugin_names()
    assert set(BUILTIN_PLUGINS) - {"drift"} == set(names)


def test_load_plugins_empty_still_checks_an_unknown_blocked_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    third = [importlib.metadata.EntryPoint("house", "numcheck_house_xyz", "numcheck")]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **kwargs: third)
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "")
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "house,hosue")
    get_plugin_manager()
    err = capsys.readouterr().err
    assert "no plugin named 'hosue'" in err
    assert "'house'" not in err  # installed, only not loaded
