"""numcheck: check the numbers in news copy.

The public API is deliberately small::

    import numcheck
    quantities = numcheck.parse("nearly 500 troops were killed")

Everything else (documents, claims, checkers, formatters) lives in submodules and
is extended through the pluggy hooks in :mod:`numcheck.hookspecs`. ``hookimpl`` is
loaded on first use (module ``__getattr__``), so ``import numcheck`` does not pay
for pluggy when only the parser is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from numcheck.interval import Interval
from numcheck.parse import parse
from numcheck.quantity import Bound, Change, Kind, Quantity

if TYPE_CHECKING:
    from numcheck.hookspecs import hookimpl

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


def __getattr__(name: str) -> Any:
    if name == "hookimpl":
        from numcheck.hookspecs import hookimpl

        return hookimpl
    raise AttributeError(f"module 'numcheck' has no attribute {name!r}")
