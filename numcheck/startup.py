"""The garbage collector during a numcheck process's own start-up, and at its exit.

Python's cyclic collector runs every few hundred allocations. A cold ``numcheck
check`` makes most of its objects while it imports modules and builds the plugin,
rule and lexicon tables; they all live until the process ends, so the collections
that run meanwhile find nothing, and at exit the interpreter walks every object
three more times. Together that is ~4% of a cold check's instructions
(docs/maintainers/startup.md). So the process entry point (:func:`numcheck.cli.run`:
the console script and ``python -m numcheck``) calls :func:`hold` first, the engine
calls :func:`release` once it is built (``gc.freeze()`` then moves everything alive
out of the collector's way, and collection resumes: a run over many articles is
collected as usual), and :func:`at_exit` freezes again before the interpreter shuts
down (atexit handlers and finalizers still run). Public ``gc`` APIs only. Called
in-process (tests, a CMS calling ``numcheck.check``), nothing here touches the
host's collector: :func:`release` acts only after :func:`hold`.
"""

from __future__ import annotations

import gc

__all__ = ["at_exit", "hold", "release"]

_held = False


def hold() -> None:
    """Pause collection for the start-up (imports, plugins, lexicon)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """End of the start-up: freeze what it built and collect as usual again."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def at_exit() -> None:
    """Before the interpreter's own shut-down: nothing left is worth a collection."""
    release()
    gc.freeze()
