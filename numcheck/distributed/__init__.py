"""The Dask engine: ``numcheck check --engine dask`` (docs/users/scale.md).

The same pipeline as in-process (numcheck/engine.py), spread over a Dask cluster:
documents are read, parsed and checked in partitions on the workers, claims are
shuffled by their alignment key (``numcheck.checkers.drift.align.group_key``) and
each key group is checked where it lands; the client gathers, dedupes and sorts the
findings with the engine's own ``finalise``. Dask is an optional extra
(``pip install 'numcheck[dask]'``): nothing here imports it until a run asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numcheck.engine import Engine, Run
    from numcheck.workflow.inputs import Inputs, MetadataReader

__all__ = ["run_dask"]

INSTALL_HINT = "pip install 'numcheck[dask]'"


def run_dask(engine: Engine, inputs: Inputs, reader: MetadataReader) -> Run:
    """Run ``inputs`` through ``engine``'s plugins on Dask (see :mod:`.run`)."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as err:
        from numcheck.errors import ConfigError

        raise ConfigError(f"--engine dask needs Dask ({err.name} is not installed): "
                          f"{INSTALL_HINT}") from None
    from numcheck.distributed.run import run_dask as run

    return run(engine, inputs, reader)
