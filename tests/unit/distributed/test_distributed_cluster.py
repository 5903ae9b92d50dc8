"""What the Dask engine asks of a cluster: a LocalCluster's workers get a P2P send
buffer bounded by their memory limit and no statistical profiler (its history grows
with the run's length), and results are fetched as tasks finish."""

from __future__ import annotations

import dataclasses
import time

import pytest

pytest.importorskip("distributed")

from numcheck.distributed.cluster import connect
from numcheck.distributed.run import _gather
from numcheck.settings import Settings


def _buffer() -> object:
    import dask

    return dask.config.get("distributed.p2p.comm.buffer")


def _profiled(dask_worker: object) -> object:
    import dask

    history = getattr(dask_worker, "profile_history", ())
    return (dask.config.get("distributed.worker.profile.enabled"), len(history))


def test_local_workers_get_a_send_buffer_of_a_sixteenth_of_their_limit() -> None:
    settings = dataclasses.replace(Settings(), dask_workers=1, dask_memory_limit=800_000_000)
    with connect(settings) as client:
        # Dask's HTTP routes (it serves them without a dashboard) not on the dashboard's port
        assert client.scheduler_info()["services"].get("dashboard") != 8787
        buffers = client.run(_buffer)
        assert list(buffers.values()) == [50_000_000]
        time.sleep(1.2)  # a profile cycle (1 s) would have stored a call tree by now
        assert list(client.run(_profiled).values()) == [(False, 0)]
        # results come back in the order asked, whatever order the tasks finish in
        import dask

        tasks = [dask.delayed(pow)(n, 2) for n in (3, 1, 2)]
        assert _gather(client, tasks) == [9, 1, 4]
        # and none is left on the worker (freed asynchronously, once the client let go)
        deadline = time.monotonic() + 10
        while any(client.run(lambda dask_worker: len(dask_worker.data)).values()):
            assert time.monotonic() < deadline, "a result is still held on the worker"
            time.sleep(0.05)
    assert _buffer() != 50_000_000  # the client's own configuration is left as it was
