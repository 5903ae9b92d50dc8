"""benchmarks/odd_telling.py: how far the odd telling of a fact told three times gets,
counted by classes of the code only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures" / "stories" / "tra-farrowdene-derailment"


def _tool() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("odd_telling", ROOT / "benchmarks" /
                                                  "odd_telling.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_odd_telling_keyed_by_an_event_the_others_lack_is_counted_by_its_field() -> None:
    # "180 metres of track were damaged" against two tellings of the track's length that
    # the key route pairs with each other ("260 metres of track", "about 850 feet of track")
    counts = _tool().run([SET])
    assert counts["missed: planted furthest group / related furthest judged"] >= 1
    assert any(k.startswith("missed: odd lost at block, others paired: odd keyed, others "
                            "keyed: event") for k in counts), counts
    assert not any("error" in k for k in counts)
