"""numcheck: check the numbers in news copy.

The public API is deliberately small::

    import numcheck
    quantities = numcheck.parse("nearly 500 troops were killed")

Everything else (documents, claims, checkers, formatters) lives in submodules and
is extended through the pluggy hooks in :mod:`numcheck.hookspecs`.
"""

from __future__ import annotations

from numcheck.hookspecs import hookimpl
from numcheck.interval import Interval
from numcheck.parse import parse
from numcheck.quantity import Bound, Change, Kind, Quantity

__version__ = "0.1.0"

__all__ = [
    "Bound",
    "Change",
    "Interval",
    "Kind",
    "Quantity",
    "__version__",
    "hookimpl",
    "parse",
]
