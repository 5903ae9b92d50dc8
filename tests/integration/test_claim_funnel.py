"""benchmarks/claim_funnel.py: where gold items are lost, stage by stage, and nothing of
a held-out batch's copy printed under --blind."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FUNNEL = ROOT / "benchmarks" / "claim_funnel.py"


def funnel(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(FUNNEL), *args], capture_output=True, text=True,
                          check=False, cwd=ROOT, env={"NUMCHECK_LOAD_PLUGINS": "",
                                                      "PATH": "/usr/bin:/bin"})


def test_blind_refuses_to_list_items() -> None:
    run = funnel("--blind", "4", "--list", "named")
    assert run.returncode == 2
    assert "counts only" in run.stderr


@pytest.fixture(scope="module")
def batch2() -> subprocess.CompletedProcess[str]:
    """One funnel run over development batch 2, listing the pairs lost at "paired"; the
    tests below read its tables (a run of the whole development corpus costs minutes)."""
    return funnel("--batch", "2", "--list", "paired")


def test_each_stage_holds_at_most_the_items_of_the_stage_before(
    batch2: subprocess.CompletedProcess[str],
) -> None:
    run = batch2
    assert run.returncode == 0, run.stderr
    head, *rows = run.stdout.splitlines()
    columns = head.split()[1:]
    assert columns[:4] == ["items", "parsed", "named", "one"]
    table = [r for r in rows[: rows.index("") if "" in rows else None] if r[:1].isalpha()]
    pairs = next(r for r in table if r.startswith("agreeing pair"))
    counts = [int(c) for c in pairs.split()[2:]]
    items, parsed, named, one_name, across, *keyed = counts[:10]
    # the likeness column counts paired items, beside the cumulative chain
    names = head.replace("one name", "one_name").split()[1:]
    paired, likeness = counts[names.index("paired")], counts[names.index("likeness")]
    assert names.index("likeness") == names.index("paired") + 1
    assert 0 <= likeness <= paired
    assert items >= parsed >= named >= one_name
    assert parsed >= across
    assert all(a >= b for a, b in zip([across, *keyed], keyed, strict=False))
    # an agreeing pair the index never brings together cannot be listed as lost there
    # unless it got as far as the last key stage
    assert all(" lost at paired" in line for line in run.stdout.splitlines()
               if " lost at " in line)


def test_story_sets_of_your_own_are_read_from_root(tmp_path: Path) -> None:
    # the writers' copy kept outside the repository goes through the same funnel
    import shutil

    shutil.copytree(ROOT / "fixtures" / "stories" / "dis-arlo-floods", tmp_path / "dis-arlo-floods")
    run = funnel("--root", str(tmp_path), "--list", "named")
    assert run.returncode == 0, run.stderr
    table = run.stdout.split("\n\n")[0].splitlines()[1:]
    items = {r[:26].strip(): int(r[26:].split()[0]) for r in table if r[:1].isalpha()}
    assert items["source-contradiction"] > 0
    assert items["agreeing pair"] > 0
    refused = funnel("--root", str(tmp_path), "--blind", "4")
    assert refused.returncode == 2
    assert "--root" in refused.stderr


@pytest.fixture(scope="module")
def module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import claim_funnel

        return claim_funnel
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@dataclass(frozen=True)
class _Location:
    path: str
    start: int


@dataclass(frozen=True)
class _Claim:
    location: _Location


def _index(module: ModuleType, met: bool, together: bool) -> object:
    """A claim index stub: every key stage passes (``together``) or none does."""
    spots = frozenset({("a.md", 1), ("b.md", 2)})

    class Index(module.Keys):  # type: ignore[name-defined,misc]
        def same(self, stage: str, a: object, b: object) -> bool:
            return together

    return Index({}, None, {spots: None}, frozenset({spots}) if met else frozenset())


def test_likeness_column_counts_pairs_the_likeness_route_met(module: ModuleType) -> None:
    a, b = _Claim(_Location("a.md", 1)), _Claim(_Location("b.md", 2))
    met = module.pair_stages([a, b], _index(module, True, False), False)
    assert met == ["across", "paired", "likeness", "judged"]
    keyed = module.pair_stages([a, b], _index(module, False, True), False)
    assert "likeness" not in keyed
    assert {"paired", "window"} <= set(keyed)


def test_structure_counts_name_classes_not_copy(
    batch2: subprocess.CompletedProcess[str],
) -> None:
    """The pairs lost at group, block and window are counted by classes of the code
    (benchmarks/funnel_structure.py): each line a stage, planted or agreeing, an axis."""
    run = batch2
    assert run.returncode == 0, run.stderr
    lines = run.stdout.split("by structural class", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    assert lines
    axes = ("kind ", "values ", "days apart ", "fields ", "thing ", "qualifiers ", "key none",
            "measured heads ", "things of one family", "events ", "one key", "why ",
            "windows ", "said: ", "extra words ", "word class ", "likeness route ",
            "if met, judged ", "x ")
    for line in lines:
        stage, side, rest = line.strip().split(": ", 2)
        assert stage in ("group", "block", "window")
        assert side in ("planted", "agreeing")
        assert rest.startswith(axes), rest


def test_alignable_classes_count_each_unfiled_figure_of_the_pairs_lost_there(
    batch2: subprocess.CompletedProcess[str],
) -> None:
    """The breakdown by structural class holds every two-article pair the table loses at
    "alignable" once or twice: one line per figure the index files under no block."""
    run = batch2
    assert run.returncode == 0, run.stderr
    head, *rows = run.stdout.splitlines()
    names = head.replace("one name", "one_name").replace("all found", "all_found").split()[1:]
    lost = 0
    for row in rows[: rows.index("")]:
        if row.startswith(("source-contradiction", "measure-drift", "agreeing pair")):
            counts = [int(c) for c in row.split()[-len(names):]]
            lost += counts[names.index("story")] - counts[names.index("alignable")]
    section = run.stdout.split("filed under no block (its class):", 1)[1]
    lines = [line.rsplit(None, 1) for line in section.split("\n\n", 1)[0].strip().splitlines()]
    assert all(text.strip().split(": ")[0] in ("planted", "agreeing") for text, _ in lines)
    unfiled = sum(int(n) for _, n in lines)
    assert lost <= unfiled <= 2 * lost
