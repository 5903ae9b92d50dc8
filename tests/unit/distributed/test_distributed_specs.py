"""A worker keeps a released task's state while a task it knows depends on it (the
shuffle barrier depends on every transfer): numcheck's own tasks drop their
arguments then, others keep them (benchmarks/README.md, stop 23)."""

from __future__ import annotations

import dataclasses
import operator
import time
from types import SimpleNamespace
from typing import Any

import pytest

pytest.importorskip("distributed")

from numcheck.distributed.cluster import connect
from numcheck.distributed.specs import ReleaseSpecs
from numcheck.settings import Settings


def _specs(dask_worker: Any) -> dict[str, tuple[str, bool]]:
    return {str(key): (ts.state, ts.run_spec is not None)
            for key, ts in dask_worker.state.tasks.items()}


def test_a_released_numcheck_task_forgets_its_arguments_on_the_worker() -> None:
    import dask

    settings = dataclasses.replace(Settings(), dask_workers=1, dask_memory_limit=800_000_000)
    listing = [((0, 0, n), f"a{n:07d}.md") for n in range(2_000)]  # a partition's files
    with connect(settings) as client:
        ours = dask.delayed(len)(listing, dask_key_name="key_rows-0")
        theirs = dask.delayed(len)(listing, dask_key_name="other-0")
        # a result held by the client keeps its dependencies' states on the worker
        held = client.compute(dask.delayed(operator.add)(ours, theirs, dask_key_name="barrier-0"))
        assert held.result() == 4_000
        deadline = time.monotonic() + 10
        while True:
            specs = next(iter(client.run(_specs).values()))
            if specs.get("key_rows-0", ("", True))[0] == "released" and \
                    specs.get("other-0", ("", True))[0] == "released":
                break
            assert time.monotonic() < deadline, specs
            time.sleep(0.05)
        assert specs["key_rows-0"] == ("released", False)
        assert specs["other-0"] == ("released", True)  # what every task kept before
        del held


def test_only_released_tasks_of_numcheck_lose_their_spec() -> None:
    tasks = {key: SimpleNamespace(run_spec=object())
             for key in ("key_rows-1", "summarise-2", "fetch-3", "other-4")}
    plugin = ReleaseSpecs()
    plugin.setup(SimpleNamespace(state=SimpleNamespace(tasks=tasks)))
    plugin.transition("key_rows-1", "memory", "released")
    plugin.transition("summarise-2", "executing", "memory")
    plugin.transition("fetch-3", "memory", "released")
    plugin.transition("other-4", "memory", "released")
    plugin.transition("gone-5", "memory", "released")  # not known: nothing to do
    assert [key for key, ts in tasks.items() if ts.run_spec is None] == ["key_rows-1", "fetch-3"]
