"""Start-up: how many dataclasses a cold check builds (docs/maintainers/startup.md,
"Records built once are NamedTuples"). Each costs a fresh process ~4 M instructions of
generated methods compiled from source; a NamedTuple under 1 M."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]

# 69 at wave 26 (from 109), 52 at wave 28 (frozen per-item records that are never
# copied with dataclasses.replace): room for a few more, never for a table's bag of words
BUDGET = 56

_COUNT = """
import dataclasses, sys
from numcheck.cli import main
main(["check", sys.argv[1]])
print(sum(1 for name, module in list(sys.modules.items()) if name.startswith("numcheck")
          for value in list(vars(module).values())
          if isinstance(value, type) and dataclasses.is_dataclass(value)
          and value.__module__ == name))
"""


def test_a_cold_check_builds_few_dataclasses() -> None:
    out = subprocess.run([sys.executable, "-c", _COUNT, str(SEED)], capture_output=True,
                         text=True, check=False).stdout.split()
    count = int(out[-1])
    assert count <= BUDGET, (
        f"a cold check builds {count} dataclasses (budget {BUDGET}): a record built once "
        "per run or per lexicon (a bag of words, cues, options) is a typing.NamedTuple")


def test_a_vocabulary_bag_is_a_named_tuple() -> None:
    from numcheck.checkers._snapshots import SnapshotWords
    from numcheck.extract.vocab import Vocab

    for bag in (Vocab, SnapshotWords):
        assert issubclass(bag, tuple)
        assert hasattr(bag, "_fields")


def test_a_per_item_record_never_copied_is_a_named_tuple() -> None:
    from numcheck.checkers.drift.verdicts import Verdict
    from numcheck.extract.claimant import Cue
    from numcheck.readers.directives import Found

    for record in (Verdict, Cue, Found):
        assert issubclass(record, tuple)
        assert hasattr(record, "_fields")
