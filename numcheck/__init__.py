"""numcheck: check the numbers in news copy.

The public API is deliberately small::

    import numcheck
    quantities = numcheck.parse("nearly 500 troops were killed")
    report = numcheck.check([("draft.md", text)], numcheck.load_settings("numcheck.toml"))

Everything else (documents, claims, checkers, formatters) lives in submodules and
is extended through the pluggy hooks in :mod:`numcheck.hookspecs`. ``hookimpl`` is
loaded on first use (module ``__getattr__``), so ``import numcheck`` does not pay
for pluggy when only the parser is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from numcheck.interval import Interval
from numcheck.parsing import parse
from numcheck.quantity import Bound, Change, Kind, Level, Quantity

if TYPE_CHECKING:
    from numcheck.hookspecs import hookimpl
    from numcheck.settings import Settings
    from numcheck.workflow.api import check, load_settings

__version__ = "0.1.0"

__all__ = [
    "Bound",
    "Change",
    "Interval",
    "Kind",
    "Level",
    "Quantity",
    "Settings",
    "__version__",
    "check",
    "hookimpl",
    "load_settings",
    "parse",
]


def __getattr__(name: str) -> Any:
    if name == "hookimpl":
        from numcheck.hookspecs import hookimpl

        return hookimpl
    if name in ("check", "load_settings"):  # the workflow API, loaded on first use
        from numcheck.workflow import api

        return getattr(api, name)
    if name == "Settings":
        from numcheck.settings import Settings

        return Settings
    raise AttributeError(f"module 'numcheck' has no attribute {name!r}")
