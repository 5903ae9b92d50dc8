"""benchmarks/scale.py scores recall by path: a corpus reached through a symbolic link
(a workdir on another disk, linked in) must still match what numcheck reports."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from scale import recall  # noqa: E402


def _finding(rule: str, path: Path, other: Path) -> dict[str, object]:
    return {"rule": rule, "path": str(path), "related": [{"path": str(other)}]}


def test_a_plant_listed_through_a_symlink_matches_a_finding_on_the_real_path(
    tmp_path: Path,
) -> None:
    real = tmp_path / "corpus"
    real.mkdir()
    a, b = real / "a.txt", real / "b.txt"
    a.write_text("x"), b.write_text("y")
    linked = tmp_path / "link"
    linked.symlink_to(real)
    planted = [{"rule": "NC401", "path": str(linked / "a.txt"), "others": [str(linked / "b.txt")]}]

    score = recall([_finding("NC401", a, b)], planted)

    assert (score["found"], score["planted"], score["stray"]) == (1, 1, 0)


def test_a_finding_on_other_files_is_stray_and_finds_nothing(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("a.txt", "b.txt", "c.txt", "d.txt")]
    for f in files:
        f.write_text("x")
    planted = [{"rule": "NC401", "path": str(files[0]), "others": [str(files[1])]}]

    score = recall([_finding("NC401", files[2], files[3])], planted)

    assert (score["found"], score["stray"]) == (0, 1)
