"""What an anchor handler may see of the scanner: a small Protocol, so the handler
modules (numeric, hedging, ranges, anchors, readings) never import the scanner and
the scanner imports them all: one direction, no cycle."""

from __future__ import annotations

import re
from typing import Protocol

from numcheck.parsing.draft import Draft
from numcheck.parsing.lexdata import Compiled
from numcheck.quantity import Quantity


class ScanState(Protocol):
    """The text being read, the compiled lexicon and what has been emitted so far."""

    text: str
    c: Compiled
    r: float  # relative tolerance
    floor: int  # nothing before this offset may join a new quantity
    out: list[Quantity]
    # code -> starts of its currency cue words in the text, found on first need
    cue_marks: dict[str, list[int]] | None

    def next_word(self, p: int) -> str | None: ...

    def last_word(self, lo: int, end: int) -> str: ...

    def word_before(self, lo: int, end: int, words: frozenset[str]) -> bool: ...

    def emit(self, d: Draft) -> None: ...


class Handler(Protocol):
    """Builds a Draft at an anchor match, or None when the match is not a quantity."""

    def __call__(self, sc: ScanState, m: re.Match[str], /) -> Draft | None: ...


__all__ = ["Handler", "ScanState"]
