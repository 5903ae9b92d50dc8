"""benchmarks/stories.py: a finding outside the gold that holds a planted problem's own
(wrong) figure is counted apart, so an editor's real false alarms are told from findings
that set a planted error against another figure than the gold's."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _stories() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("stories", ROOT / "benchmarks" / "stories.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("stories", module)
    spec.loader.exec_module(module)
    return module


def _figure(path: str, line: int, column: int, text: str) -> dict[str, object]:
    return {"path": path, "line": line, "column": column, "text": text}


def test_outside_findings_on_a_planted_figure_are_counted_apart(tmp_path: Path) -> None:
    stories = _stories()
    gold = sys.modules["stories_gold"]
    plant = {"id": "p1", "family": "source-contradiction", "rules": ["NC401"],
             **_figure("b.md", 3, 1, "54"),
             "related": [_figure("a.md", 3, 1, "45")]}
    story = gold.StorySet("s", tmp_path, "biz", (plant,), ())
    raw = [
        {"rule": "NC401", "severity": "error", **_figure("b.md", 3, 1, "54"),
         "related": [_figure("c.md", 5, 1, "60")]},  # the wrong figure against another
        {"rule": "NC401", "severity": "error", **_figure("c.md", 7, 1, "12"),
         "related": [_figure("a.md", 9, 1, "15")]},  # figures the gold says nothing of
    ]
    score = stories.score_findings(story, raw, tmp_path)
    assert len(score.outside) == 2
    assert score.on_planted == ["NC401 error"]
    assert stories.summary([score])["outside_on_planted"] == {"NC401 error": 1}
