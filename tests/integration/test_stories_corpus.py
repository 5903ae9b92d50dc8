"""The story corpus (fixtures/stories/, fixtures/unrelated*): gold data and a regression floor.

The development sets are scored by benchmarks/stories.py (README there and in
fixtures/stories/): recall per family of planted problems must not drop below, and false
alarms on agreeing pairs (and cross-story findings in the mixed corpus) must not rise above,
the figures in benchmarks/stories_baseline.json. Raise the floor there when the checkers
get better (``python benchmarks/stories.py --write-baseline benchmarks/stories_baseline.json``).
The held-out sets (fixtures/stories/holdout/) are never read here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
BASELINE = BENCHMARKS / "stories_baseline.json"


def _gold_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stories_gold", BENCHMARKS / "stories_gold.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("stories_gold", module)
    spec.loader.exec_module(module)
    return module


gold = _gold_module()


def test_every_gold_span_is_in_its_file_and_ids_are_unique() -> None:
    sets = gold.story_sets(gold.STORIES)
    assert len(sets) >= 40, "the development part of the corpus went missing"
    assert gold.check_corpus(gold.STORIES) == []


def test_mixed_corpus_gold_spans_are_in_their_files() -> None:
    with_stories = ROOT / "fixtures" / "unrelated-with-stories"
    if not with_stories.is_dir():
        pytest.skip("no mixed corpus")
    assert gold.check_mixed(with_stories) == []


def test_the_holdout_is_never_a_development_set() -> None:
    names = {p.name for p in gold.story_sets(gold.STORIES)}
    assert "holdout" not in names
    held = {p.name for p in (gold.STORIES / "holdout").iterdir() if p.is_dir()}
    assert held
    assert not held & names


def test_a_later_batch_draws_a_desk_stratified_fifth() -> None:
    # 16 sets thin over 13 desks: a fifth of the batch (3), never two from one desk;
    # the same seed draws the same sets.
    desks = [f"d{i:02d}" for i in range(13)]
    desk_of = {f"{desk}-set{k}": desk for desk in desks for k in range(2 if desk < "d03" else 1)}
    assert len(desk_of) == 16
    drawn = gold.choose_batch_holdout(desk_of, 7)
    assert len(drawn) == 3
    assert len({desk_of[n] for n in drawn}) == 3
    assert drawn == gold.choose_batch_holdout(dict(reversed(desk_of.items())), 7)
    # Desks with enough sets give round(n / 5) each, as the first draw did.
    thick = {f"{desk}-set{k}": desk for desk in ("a", "b") for k in range(10)}
    drawn = gold.choose_batch_holdout(thick, 7)
    assert sorted(name[0] for name in drawn) == ["a", "a", "b", "b"]


def test_fill_numbers_items_an_author_left_without_ids(tmp_path: Path) -> None:
    story = tmp_path / "dis-testvale-flood"
    story.mkdir()
    (story / "wire.txt").write_text("Title: Flood\n\nThe flood killed 12 people and hurt 40.\n")
    author_form = {
        "desk": "disasters",
        "planted": [{"family": "restated", "path": "wire.txt", "text": "12"}],
        "agreeing": [
            {"a": {"path": "wire.txt", "text": "12"}, "b": {"path": "wire.txt", "text": "40"}},
            {
                "id": "mine",
                "a": {"path": "wire.txt", "text": "40"},
                "b": {"path": "wire.txt", "text": "12"},
            },
        ],
    }
    (story / "expected.json").write_text(json.dumps(author_form))
    out = gold.fill_set(story)
    assert [p["id"] for p in out["planted"]] == ["dis-testvale-flood/p1"]
    assert [a["id"] for a in out["agreeing"]] == [
        "dis-testvale-flood/a1",
        "dis-testvale-flood/mine",
    ]
    assert out["planted"][0]["line"] == 3
    assert gold.load_set(story).planted[0]["column"] == 18


def test_batch_two_sets_say_their_batch() -> None:
    sets = [gold.load_set(d) for d in gold.story_sets(gold.STORIES)]
    # development: batches 1-3, 22 and 25 (the writers' development copy of waves 22 and 23)
    assert {s.batch for s in sets} <= {1, 2, 3, 22, 25}
    assert any(s.batch == 2 for s in sets)


def test_story_sets_of_your_own_are_scored_from_root(tmp_path: Path) -> None:
    # A desk keeps its own story sets outside the repository: --root scores them as here.
    shutil.copytree(gold.STORIES / "dis-arlo-floods", tmp_path / "dis-arlo-floods")
    run = [sys.executable, str(BENCHMARKS / "stories.py"), "--root", str(tmp_path), "--json"]
    proc = subprocess.run(run, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["sets"] == 1
    assert result["planted"] == len(gold.load_set(tmp_path / "dis-arlo-floods").planted)
    refused = subprocess.run(
        [*run[:4], "--blind", "4"], capture_output=True, text=True, timeout=60, check=False
    )
    assert refused.returncode == 2
    assert "--root" in refused.stderr


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK_")}
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "stories.py"), "--figures"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def _baseline() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


def test_recall_per_family_does_not_drop(figures: dict[str, Any]) -> None:
    floor = _baseline()["stories"]["families"]
    got = figures["stories"]["families"]
    dropped = {
        fam: (got[fam], floor[fam]) for fam in floor if got.get(fam, 0.0) < floor[fam] - 1e-9
    }
    assert not dropped, f"recall below the baseline (now, baseline): {dropped}"


def test_false_alarms_do_not_rise(figures: dict[str, Any]) -> None:
    ceiling = _baseline()["stories"]["false_alarms"]
    got = figures["stories"]["false_alarms"]
    assert got <= ceiling, (
        f"{got} agreeing pairs got a warning or error (baseline {ceiling}); "
        "see python benchmarks/stories.py"
    )


def test_unrelated_stories_do_not_drift_more(figures: dict[str, Any]) -> None:
    base = _baseline().get("unrelated")
    if not base or "unrelated" not in figures:
        pytest.skip("no mixed corpus")
    got = figures["unrelated"]
    assert got["cross_document_findings"] <= base["cross_document_findings"], (
        "more findings between unrelated stories than the baseline; "
        "see python benchmarks/stories.py --unrelated --errors"
    )
    if "with_stories" in base:
        mixed, floor = got["with_stories"], base["with_stories"]
        assert mixed["recall"] >= floor["recall"] - 1e-9
        assert mixed["false_alarms"] <= floor["false_alarms"]
        assert mixed["cross_story_findings"] <= floor["cross_story_findings"]
