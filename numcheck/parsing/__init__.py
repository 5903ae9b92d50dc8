"""Text -> Quantity[]: numerals, scale words, hedges, ranges, units and kinds.

``numcheck.parse(text)`` reads with the default lexicon and a 10 % tolerance;
``Parser(lexicon, tolerance=...)`` reads with a plugin-extended lexicon. The
interval each phrase yields is documented in docs/maintainers/semantics.md.
"""

from __future__ import annotations

from functools import cache

from numcheck.lexicon import Lexicon, load_section
from numcheck.parsing.lexdata import SECTIONS, Compiled, compiled_for
from numcheck.parsing.scanner import Scanner
from numcheck.quantity import Quantity

DEFAULT_TOLERANCE = 0.10


@cache
def builtin_lexicon() -> Lexicon:
    """The built-in parse vocabulary (cheaper than Lexicon.default(): 8 files, not all)."""
    return Lexicon({name: load_section(name) for name in SECTIONS})


class Parser:
    """A reusable parser bound to one lexicon (compiled once, cached per lexicon)."""

    __slots__ = ("_compiled", "lexicon", "tolerance")

    def __init__(self, lexicon: Lexicon | None = None, *, tolerance: float = DEFAULT_TOLERANCE):
        if not 0 <= tolerance < 1:
            raise ValueError(f"tolerance must be in [0, 1), got {tolerance}")
        self.lexicon = lexicon if lexicon is not None else builtin_lexicon()
        self.tolerance = tolerance
        self._compiled: Compiled | None = None

    @property
    def compiled(self) -> Compiled:
        if self._compiled is None:
            self._compiled = compiled_for(self.lexicon)
        return self._compiled

    def parse(self, text: str) -> list[Quantity]:
        """Every numeric phrase in ``text``, in order, non-overlapping, exact offsets.

        Any ``str`` parses; an exception here is a parser bug (tests fuzz for them).
        """
        if not isinstance(text, str) or not text:
            return []
        return Scanner(text, self.compiled, self.tolerance).run()


@cache
def default_parser() -> Parser:
    return Parser()


def parse(text: str) -> list[Quantity]:
    """Every numeric phrase in ``text`` read with the default lexicon.

    >>> [q.text for q in parse("nearly 500 troops and about 5,800 soldiers")]
    ['nearly 500', 'about 5,800']
    """
    return default_parser().parse(text)


__all__ = ["DEFAULT_TOLERANCE", "SECTIONS", "Parser", "builtin_lexicon", "default_parser", "parse"]
