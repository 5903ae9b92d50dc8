"""Which Dask cluster a run uses: a running scheduler, or a LocalCluster it starts.

``dask-scheduler`` (``--scheduler``) names a running ``dask scheduler``; without it,
Dask's own ``scheduler-address`` setting (``DASK_SCHEDULER_ADDRESS``) is honoured,
and without that a ``LocalCluster`` of worker processes (one thread each: parsing
holds the GIL) is started for the run and stopped after it.

A LocalCluster's workers get a P2P shuffle send buffer of a sixteenth of their memory
limit (Dask's default is 1 GiB whatever the limit): the buffer fills while a worker
splits its partitions for the shuffle, and with the default a 2 GB worker grew with the
number of partitions until the nanny restarted it (benchmarks/README.md). They also run
without Dask's statistical profiler (``distributed.worker.profile.enabled``): it keeps
a call tree of every second of the last 1,000 (twice: per worker and per task prefix),
so a worker grew with the run's length for its first 17 minutes, for dashboard pages
a numcheck run never reads (benchmarks/README.md, stop 22). Its scheduler has no
dashboard, but Dask starts its HTTP routes (health, metrics) whatever the dashboard,
on 8787 unless told otherwise: they get a free loopback port instead. On every cluster, a
worker drops the arguments of numcheck's tasks once they are released
(``specs.ReleaseSpecs``: it kept those of each second-pass task it ran until the
shuffle ended, stop 23).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from numcheck.errors import NumcheckError
from numcheck.settings import Settings

log = logging.getLogger("numcheck.distributed")


def scheduler_address(settings: Settings) -> str | None:
    import dask

    address = settings.dask_scheduler or dask.config.get("scheduler-address", None)
    return str(address) if address else None


@contextlib.contextmanager
def connect(settings: Settings) -> Iterator[Any]:
    """A ``distributed.Client`` for the run (the default client while it lasts)."""
    from distributed import Client, LocalCluster

    from numcheck.distributed.specs import release_specs

    address = scheduler_address(settings)
    if address is not None:
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise NumcheckError(f"cannot reach the Dask scheduler at {address}: "
                                f"{str(err).splitlines()[0] if str(err) else type(err).__name__}"
                                ) from None
        with client:
            release_specs(client)
            yield client
        return
    import dask
    from dask.system import CPU_COUNT
    from dask.utils import parse_bytes
    from distributed.worker_memory import parse_memory_limit

    from numcheck.engine import worker_count

    workers = settings.dask_workers or worker_count(4096, 4096)
    limit = settings.dask_memory_limit or "auto"
    buffer = parse_bytes(dask.config.get("distributed.p2p.comm.buffer"))
    per_worker = parse_memory_limit(limit, 1, CPU_COUNT, logger=log)
    if per_worker:
        buffer = min(buffer, per_worker // 16)
    # the nannies hand the configuration in force when they are made to their workers
    with dask.config.set({"distributed.p2p.comm.buffer": buffer,
                          "distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               memory_limit=limit, dashboard_address=None,
                               # no dashboard, and Dask's HTTP routes on a free port
                               # (it serves them whatever the dashboard, on 8787)
                               scheduler_kwargs={"dashboard": False,
                                                 "dashboard_address": "127.0.0.1:0"},
                               silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        release_specs(client)
        yield client
