"""How the Dask engine splits a run: the alignment group key, plugin declarations,
settings, and that nothing imports Dask unless a run asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from numcheck.checkers.drift.align import group_key
from numcheck.config import ConfigError, Overrides, apply_overrides, load_config
from numcheck.engine import Engine
from numcheck.hookspecs import CorpusSplit, corpus_split
from numcheck.readers import read_text
from numcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def _claims(text: str) -> list:  # type: ignore[type-arg]
    engine = Engine()
    return list(engine.analyse(read_text(text, "a.txt")).claims)


def test_killed_and_casualties_share_a_group_and_other_stories_do_not() -> None:
    claims = _claims("Officials said 40 civilians were killed in Marrow. Civilian casualties "
                     "in Marrow were about 90. In Lorne, 12 civilians were killed.")
    keys = [group_key(c, "run") for c in claims]
    assert None not in keys
    assert keys[0] == keys[1]  # part and whole: one comparison, one group
    # another town's figure too: an unplaced figure is also its article's town's
    assert keys[2] == keys[0]
    assert group_key(claims[0], "story:flood") != keys[0]


def test_the_drift_plugin_declares_its_split_and_others_default_to_whole() -> None:
    from numcheck.checkers import drift

    assert corpus_split(drift, "drift") is CorpusSplit.BY_ALIGNMENT_KEY
    assert corpus_split(SimpleNamespace(), "house") is CorpusSplit.WHOLE
    with pytest.raises(ConfigError, match="'house': numcheck_corpus_split = 'by-town'"):
        corpus_split(SimpleNamespace(numcheck_corpus_split="by-town"), "house")


def test_engine_settings_from_config_and_flags(tmp_path: Path) -> None:
    config = tmp_path / "numcheck.toml"
    config.write_text('engine = "dask"\ndask-workers = 3\ndask-partition-size = "1MB"\n')
    values = load_config(str(config))
    assert (values["engine"], values["dask_workers"], values["dask_partition_size"]) == (
        "dask", 3, 1024 * 1024)
    config.write_text('engine = "dsak"\n')
    with pytest.raises(ConfigError, match="did you mean 'dask'"):
        load_config(str(config))
    flags = apply_overrides(Settings(), Overrides(dask_scheduler="tcp://10.0.0.5:8786"))
    assert (flags.engine, flags.dask_scheduler) == ("dask", "tcp://10.0.0.5:8786")


def test_a_plain_check_never_imports_dask(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text("At least 12 people were killed.\n")
    code = ("import sys\nfrom numcheck.cli import main\n"
            "try:\n    main(['check', 'one.md', '-q'])\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', "
            "'distributed', 'pandas', 'pyarrow') or m.startswith('numcheck.distributed'))\n"
            "print(heavy, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_a_story_set_too_large_for_the_likeness_route_splits_by_the_key_route() -> None:
    """A small story set is one group per dimension family (drift's likeness route
    reads it whole); one told by more articles than the route reads splits into the
    key route's groups, so a story of thousands of articles still spreads over workers."""
    from numcheck.checkers.drift import story_views
    from numcheck.context import CheckContext
    from numcheck.document import Document, Metadata

    claims = _claims("Officials said 40 civilians were killed in Marrow. In Marrow, 120 "
                     "cars were destroyed and 300 people were injured.")
    assert len({group_key(c, "s") for c in claims}) == 1  # counts: one family
    # civilians, cars, people (homes would join people: sibling things, one group)
    assert len({group_key(c, "s", likeness=False) for c in claims}) == 3
    documents = [Document(path=f"{n}.md", text="", prose="", metadata=Metadata(story=s))
                 for n, s in enumerate(["big"] * 20 + ["small"] * 3)]
    views = story_views(documents, {}, CheckContext(settings=Settings()))
    assert [views[f"{n}.md"].size for n in (0, 19, 20, 22)] == [20, 20, 3, 3]
