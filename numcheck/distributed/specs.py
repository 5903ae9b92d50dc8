"""A worker plugin that drops a released numcheck task's arguments.

A Dask worker keeps the state of a released task for as long as a task it knows
depends on it, and with it the task's spec: its function and arguments. The P2P
shuffle's barrier depends on every transfer task and each transfer on a second-pass
task (``work.key_rows``), so the worker that ran the barrier kept the arguments of
every second-pass task it had run (a partition's file list and its story views, about
2 MB a partition of 4 MiB) until the shuffle ended: its memory grew with the number of
partitions (benchmarks/README.md, stop 23). A released task never runs again from the
spec it kept (the scheduler sends the spec with every request to compute a task), so
this plugin drops the spec when one of numcheck's own tasks is released.
"""

from __future__ import annotations

from typing import Any

from dask.utils import key_split
from distributed import WorkerPlugin

# the prefixes of the keys of numcheck's tasks (work.py's functions, as dask.delayed names them)
PREFIXES = frozenset({"summarise", "key_rows", "fetch", "check_whole"})


class ReleaseSpecs(WorkerPlugin):  # type: ignore[misc]  # distributed is untyped
    """On each worker: a released numcheck task forgets its function and arguments."""

    name = "numcheck-release-specs"
    idempotent = True

    def __init__(self) -> None:
        self.worker: Any = None

    def setup(self, worker: Any) -> None:
        self.worker = worker

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        if finish != "released" or key_split(key) not in PREFIXES or self.worker is None:
            return
        task = self.worker.state.tasks.get(key)
        if task is not None and hasattr(task, "run_spec"):
            task.run_spec = None


def release_specs(client: Any) -> None:
    """Install :class:`ReleaseSpecs` on the client's workers (and on any that join)."""
    client.register_plugin(ReleaseSpecs())
