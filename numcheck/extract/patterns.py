"""Boilerplate and caption line patterns, compiled for a fast "does any match".

The patterns are data (numcheck/lexicon/scopes.toml and the user's ``boilerplate``
setting); this module picks the faster engine for each and a literal pre-check, so
checking the lines that hold figures costs little.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Any

import regex  # type: ignore[import-untyped, unused-ignore]

from numcheck.errors import ConfigError


class LinePattern:
    """A line pattern and the literal its every match starts with, if any.

    ``search`` first looks for the literal in the lowercased line (a substring test,
    much cheaper than a regex scan); most lines do not hold "all rights reserved".
    """

    __slots__ = ("needle", "pattern")

    def __init__(self, pattern: Any, needle: str | None) -> None:
        self.pattern = pattern
        self.needle = needle

    def search(self, line: str, low: str) -> bool:
        """Does the pattern match ``line`` (``low`` = ``line.lower()``)?"""
        if self.needle is not None and self.needle not in low:
            return False
        return self.pattern.search(line) is not None


_LITERAL = re.compile(r"[a-z0-9 ]+")


def literal_prefix(pattern: str) -> str | None:
    """The plain lowercase text every match of ``pattern`` starts with (4+ chars)."""
    m = _LITERAL.match(pattern)
    if m is None or _top_level_alternation(pattern):
        return None
    prefix = m.group()
    if pattern[m.end() : m.end() + 1] in ("?", "*", "{"):
        prefix = prefix[:-1]  # "abc?": the "c" is optional
    return prefix if len(prefix.strip()) >= 4 else None


def _top_level_alternation(pattern: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def compile_lines(patterns: Iterable[str], what: str) -> tuple[LinePattern, ...]:
    """Line patterns, each compiled with the engine that scans it faster.

    Anchored patterns (``^...``) use stdlib ``re``, which tries them once per line;
    unanchored ones use ``regex``, whose case-insensitive scan is several times
    faster (measured: benchmarks/README.md, Claims). A pattern ``re`` cannot
    compile (``\\p{Lu}``) uses ``regex``; one neither can is a ConfigError.
    """
    out: list[LinePattern] = []
    for pattern in patterns:
        compiled: Any = None
        if pattern.startswith("^"):
            with contextlib.suppress(re.error):
                compiled = re.compile(pattern, re.IGNORECASE)
        if compiled is None:
            try:
                compiled = regex.compile(pattern, regex.IGNORECASE | regex.V0)
            except regex.error as err:
                raise ConfigError(f"invalid {what} pattern {pattern!r}: {err}") from None
        out.append(LinePattern(compiled, literal_prefix(pattern)))
    return tuple(out)
