"""The editorial workflow around the engine, shared by ``numcheck check`` and
:func:`numcheck.check`: inputs, rule selection, suppressions, baseline, changed
lines, fixes and safe output. See docs/users/api.md for the in-process API.

Submodules are imported on first use, so importing a small one (selection, say)
does not load the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from numcheck.workflow.api import check, load_settings

__all__ = ["check", "load_settings"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from numcheck.workflow import api

        return getattr(api, name)
    raise AttributeError(f"module 'numcheck.workflow' has no attribute {name!r}")
