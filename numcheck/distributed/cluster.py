"""Which Dask cluster a run uses: a running scheduler, or a LocalCluster it starts.

``dask-scheduler`` (``--scheduler``) names a running ``dask scheduler``; without it,
Dask's own ``scheduler-address`` setting (``DASK_SCHEDULER_ADDRESS``) is honoured,
and without that a ``LocalCluster`` of worker processes (one thread each: parsing
holds the GIL) is started for the run and stopped after it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from numcheck.errors import NumcheckError
from numcheck.settings import Settings


def scheduler_address(settings: Settings) -> str | None:
    import dask

    address = settings.dask_scheduler or dask.config.get("scheduler-address", None)
    return str(address) if address else None


@contextlib.contextmanager
def connect(settings: Settings) -> Iterator[Any]:
    """A ``distributed.Client`` for the run (the default client while it lasts)."""
    from distributed import Client, LocalCluster

    address = scheduler_address(settings)
    if address is not None:
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise NumcheckError(f"cannot reach the Dask scheduler at {address}: "
                                f"{str(err).splitlines()[0] if str(err) else type(err).__name__}"
                                ) from None
        with client:
            yield client
        return
    from numcheck.engine import worker_count

    workers = settings.dask_workers or worker_count(4096, 4096)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           memory_limit=settings.dask_memory_limit or "auto",
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client
