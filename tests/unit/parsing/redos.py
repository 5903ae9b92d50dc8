"""A static ReDoS audit of the parser's regexes, on regexploit's parse of each pattern.

Two checks:

* regexploit's own search for exponential backtracking (nested or overlapping
  repeats that a failing suffix makes the engine try in every split);
* ambiguous adjacent quantifiers: an unbounded repeat followed, with only optional
  elements between, by another repeat that can match the same character
  (``\\s*,?\\s+``). One match attempt then costs O(n²) on a run of that
  character, which regexploit does not report (issue #11: ``34`` + 16,000 spaces).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

with warnings.catch_warnings():  # regexploit imports the stdlib's deprecated sre_parse
    warnings.simplefilter("ignore", DeprecationWarning)
    from regexploit.ast.branch import Branch
    from regexploit.ast.repeat import FiniteRepeat, InfiniteRepeat
    from regexploit.ast.sequence import Sequence
    from regexploit.ast.sre import SreOpParser
    from regexploit.redos import find


def parse(pattern: str, flags: int = 0) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return SreOpParser().parse_sre(pattern, flags)


def _min(node: Any) -> int:
    return int(getattr(node, "minimum_length", 1) or 0)


def leading_repeats(node: Any) -> Iterator[Any]:
    """Character classes of unbounded repeats that can match a string's first character."""
    if isinstance(node, InfiniteRepeat):
        c = node.overall_character_class()
        if c is not None:
            yield c
        yield from leading_repeats(node.repeat)
    elif isinstance(node, Sequence):
        for e in node.elements:
            yield from leading_repeats(e)
            if _min(e) > 0:
                return
    elif isinstance(node, Branch):
        for b in node.branches:
            yield from leading_repeats(b)
    elif isinstance(node, FiniteRepeat):
        yield from leading_repeats(node.repeat)


def trailing_repeats(node: Any) -> Iterator[Any]:
    """Character classes of unbounded repeats that can match a string's last character."""
    if isinstance(node, InfiniteRepeat):
        c = node.overall_character_class()
        if c is not None:
            yield c
        yield from trailing_repeats(node.repeat)
    elif isinstance(node, Sequence):
        for e in reversed(node.elements):
            yield from trailing_repeats(e)
            if _min(e) > 0:
                return
    elif isinstance(node, Branch):
        for b in node.branches:
            yield from trailing_repeats(b)
    elif isinstance(node, FiniteRepeat):
        yield from trailing_repeats(node.repeat)


def children(node: Any) -> Iterator[Any]:
    if isinstance(node, Sequence):
        yield from node.elements
    elif isinstance(node, Branch):
        yield from (b for b in node.branches if b is not None)
    elif isinstance(node, FiniteRepeat | InfiniteRepeat):
        yield node.repeat


def ambiguous_adjacent(node: Any) -> list[str]:
    """Places where two unbounded repeats of overlapping classes meet."""
    found: list[str] = []
    if isinstance(node, Sequence):
        elems = node.elements
        for i, e in enumerate(elems):
            for c in trailing_repeats(e):
                for f in elems[i + 1 :]:
                    if any((c & s) is not None for s in leading_repeats(f)):
                        found.append(f"{e} then {f}")
                    if _min(f) > 0:
                        break
    for child in children(node):
        found.extend(ambiguous_adjacent(child))
    return found


def audit(pattern: str, flags: int = 0) -> list[str]:
    """Every ReDoS risk found in ``pattern`` (empty when it is linear)."""
    tree = parse(pattern, flags)
    problems = [f"exponential: {r.redos_sequence}" for r in find(tree) if r.starriness > 2]
    problems += [f"ambiguous: {p}" for p in ambiguous_adjacent(tree)]
    return problems
