"""The entry-point cache: read back only for the very install it was made from."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from numcheck import entry_cache
from numcheck.plugins import get_plugin_manager

GROUP = "numcheck"
HOUSE = textwrap.dedent("""
    from numcheck import hookimpl
    from numcheck.findings import Rule, Severity

    @hookimpl
    def numcheck_rules():
        return [Rule("HS1", "house-style", Severity.WARNING, "House style")]
""")


@pytest.fixture
def on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The cache enabled (as numcheck.cli.run enables it), in a directory of its own, with
    the interpreter's own finders only: a test module that imported dask has put
    ``importlib_metadata``'s finder on ``sys.meta_path``, and the cache steps aside then
    (test_a_foreign_distribution_finder_turns_it_off)."""
    import importlib.machinery

    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "meta_path", [
        finder for finder in sys.meta_path
        if finder is importlib.machinery.PathFinder or not hasattr(finder, "find_distributions")])
    entry_cache.enable()
    yield tmp_path / "cache" / entry_cache.FILE_NAME
    entry_cache.enable(False)


def dist(site: Path, name: str, entry_points: str | None = None) -> Path:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                                   encoding="utf-8")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return info


def test_in_process_nothing_is_read_or_written(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path))
    current = entry_cache.stamp()
    entry_cache.store(GROUP, current, [("house", "cache_house_rules")])
    assert list(tmp_path.iterdir()) == []
    assert entry_cache.listed(GROUP, current) is None


def test_pairs_read_back_for_the_same_install(on: Path) -> None:
    current = entry_cache.stamp()
    entry_cache.store(GROUP, current, [("house", "cache_house_rules:plugin")])
    assert entry_cache.listed(GROUP, current) == (("house", "cache_house_rules:plugin"),)
    assert entry_cache.listed("other-group", current) is None
    assert [p.name for p in on.parent.iterdir()] == [entry_cache.FILE_NAME]  # no temp left


def test_a_changed_install_reads_as_no_cache(on: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    path = [str(site)]
    before = entry_cache.stamp(path)
    entry_cache.store(GROUP, before, [])
    (site / "story.md").write_text("Stories come and go here.\n", encoding="utf-8")
    assert entry_cache.stamp(path) == before  # not a distribution
    info = dist(site, "house")
    installed = entry_cache.stamp(path)
    assert installed != before
    assert entry_cache.listed(GROUP, installed) is None
    (info / "entry_points.txt").write_text("[numcheck]\nhouse = house\n", encoding="utf-8")
    assert entry_cache.stamp(path) != installed  # entry points added in place


def test_a_damaged_or_foreign_file_reads_as_no_cache(on: Path) -> None:
    current = entry_cache.stamp()
    on.parent.mkdir(parents=True)
    for text in ("{not json", "[]", json.dumps({"format": 0, "installs": {}})):
        on.write_text(text, encoding="utf-8")
        assert entry_cache.listed(GROUP, current) is None
    entry_cache.store(GROUP, current, [])
    assert entry_cache.listed(GROUP, current) == ()


def test_an_empty_cache_dir_setting_turns_it_off(on: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", "")
    assert entry_cache.cache_file() is None
    entry_cache.store(GROUP, entry_cache.stamp(), [])
    assert not on.parent.exists()


def test_an_unwritable_cache_dir_costs_only_the_saving(on: Path) -> None:
    on.parent.parent.mkdir(parents=True, exist_ok=True)
    on.parent.write_text("a file where the directory should be", encoding="utf-8")
    entry_cache.store(GROUP, entry_cache.stamp(), [])  # no exception
    assert entry_cache.listed(GROUP, entry_cache.stamp()) is None


def test_a_foreign_distribution_finder_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        def find_distributions(self, context: object = None) -> list[object]:
            return []

    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    assert entry_cache.stamp() is None


def test_the_install_is_kept_to_a_few_lists(on: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(12):
        monkeypatch.setattr(sys, "path", [f"/nowhere/{n}"])
        entry_cache.store(GROUP, entry_cache.stamp(), [])
    installs = json.loads(on.read_text(encoding="utf-8"))["installs"]
    assert len(installs) == 8
    assert "/nowhere/11" in installs
    assert "/nowhere/0" not in installs


def test_nothing_listed_means_no_scan(on: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[str] = []
    real = importlib.metadata.entry_points

    def entry_points(**kwargs: str) -> importlib.metadata.EntryPoints:
        scans.append(kwargs["group"])
        return real(**kwargs)

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [str(site)])  # numcheck's modules are imported already
    get_plugin_manager()
    get_plugin_manager()
    assert scans == [GROUP]  # the second run read the cache
    dist(site, "unrelated")
    get_plugin_manager()
    assert scans == [GROUP, GROUP]


def test_a_listed_plugin_is_still_loaded_through_the_scan(tmp_path: Path) -> None:
    """A cached listing that names a third-party plugin loads it through the scan, run
    after run (in fresh processes: the scan reads the real install, not this one's)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "cache_house_rules.py").write_text(HOUSE, encoding="utf-8")
    dist(site, "house", "[numcheck]\nhouse = cache_house_rules\n")
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache"),
           "NUMCHECK_LOAD_PLUGINS": "house",
           "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    command = [sys.executable, "-m", "numcheck", "plugins", "--third-party"]
    first = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                           check=True).stdout
    assert (tmp_path / "cache" / entry_cache.FILE_NAME).is_file()
    again = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                           check=True).stdout
    assert "house" in first
    assert "house" in again


def test_a_plugin_installed_after_a_cached_run_is_loaded(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    env.pop("NUMCHECK_LOAD_PLUGINS", None)
    command = [sys.executable, "-m", "numcheck", "plugins", "--third-party"]

    def listed() -> str:
        return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                              check=True).stdout

    assert "house" not in listed()
    assert (tmp_path / "cache" / entry_cache.FILE_NAME).is_file()
    (site / "cache_house_rules.py").write_text(HOUSE, encoding="utf-8")
    info = dist(site, "house", "[numcheck]\nhouse = cache_house_rules\n")
    assert "house" in listed()
    (info / "entry_points.txt").unlink()
    assert "house" not in listed()
