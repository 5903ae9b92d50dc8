"""The entry-point scan that spares ``importlib.metadata`` when no distribution
declares numcheck's group: it may say "maybe" too often, never "no" wrongly."""

from __future__ import annotations

import importlib.metadata
import sys
import zipfile
from pathlib import Path

import pytest

from numcheck.plugin_scan import group_declared


def _dist(root: Path, name: str, entry_points: str | None) -> None:
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points)


def _agrees(group: str) -> bool:
    """The scan's answer, checked against importlib.metadata's where it says no."""
    declared = group_declared(group)
    if not declared:
        assert not importlib.metadata.entry_points(group=group)
    return declared


def test_no_distribution_declares_the_group(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _dist(tmp_path, "plain", None)
    _dist(tmp_path, "other", "[console_scripts]\nnumcheck = numcheck.cli:run\n"
                             "[pytest11]\nnumcheck = numcheck.testing.pytest_plugin\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "missing")])
    assert not _agrees("numcheck")
    assert _agrees("pytest11")


@pytest.mark.parametrize("header", ["[numcheck]", "  [numcheck]  ", "[ numcheck ]"])
def test_a_distribution_declaring_the_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            header: str) -> None:
    _dist(tmp_path, "house_style", f"{header}\nhouse = house_style.plugin\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert group_declared("numcheck")


def test_an_egg_info_directory_counts_too(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    info = tmp_path / "old_style.egg-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[numcheck]\nold = old_style\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert group_declared("numcheck")


def test_a_zip_on_the_path_is_left_to_importlib(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x-1.0.dist-info/METADATA", "Name: x\nVersion: 1.0\n")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert group_declared("numcheck")


def test_a_finder_with_distributions_of_its_own_is_left_to_importlib(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        @staticmethod
        def find_distributions(context: object = None) -> list[object]:
            return []

    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    assert group_declared("numcheck")
