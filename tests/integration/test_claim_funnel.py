"""benchmarks/claim_funnel.py: where gold items are lost, stage by stage, and nothing of
a held-out batch's copy printed under --blind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_each_stage_holds_at_most_the_items_of_the_stage_before() -> None:
    run = funnel("--batch", "2", "--list", "paired")
    assert run.returncode == 0, run.stderr
    head, *rows = run.stdout.splitlines()
    columns = head.split()[1:]
    assert columns[:4] == ["items", "parsed", "named", "one"]
    table = [r for r in rows[: rows.index("") if "" in rows else None] if r[:1].isalpha()]
    pairs = next(r for r in table if r.startswith("agreeing pair"))
    counts = [int(c) for c in pairs.split()[2:]]
    items, parsed, named, one_name, across, *keyed = counts[:10]
    assert items >= parsed >= named >= one_name
    assert parsed >= across
    assert all(a >= b for a, b in zip([across, *keyed], keyed, strict=False))
    # an agreeing pair the index never brings together cannot be listed as lost there
    # unless it got as far as the last key stage
    assert all(" lost at paired" in line for line in run.stdout.splitlines()
               if " lost at " in line)
