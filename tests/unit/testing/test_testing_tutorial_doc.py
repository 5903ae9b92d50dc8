"""docs/plugins/tutorial.md stays true: its plugin file runs and its tests pass."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[3] / "docs" / "plugins" / "tutorial.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_tutorial_plugin_reports_and_its_example_tests_pass(tmp_path: Path) -> None:
    house, unit_tests, pipeline_test, cases_test = BLOCKS[:4]
    assert house.startswith('"""House rules')
    (tmp_path / "house.py").write_text(house, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(
        "Floods in the north killed 34 people, and 12 are missing.\n", encoding="utf-8"
    )
    check = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", "--plugin", "house.py", "draft.txt",
         "--output-format", "concise", "--isolated"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert "draft.txt:1:28: HS101" in check.stdout
    tests = "\n".join([unit_tests, "import house", pipeline_test, cases_test])
    (tmp_path / "test_house.py").write_text(tests, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_house.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert "4 passed" in run.stdout, run.stdout + run.stderr
