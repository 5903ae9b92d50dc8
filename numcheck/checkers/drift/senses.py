"""The noun senses drift reads for sizes: which dimensions name one individual
(alignment.toml ``[individuals]``) and each noun's one root in the hypernym tables
(measures.toml ``[hypernyms]``, checkers.toml ``[kinds]``, which likeness.py reads too):
"the 24-metre trawler" and "the 42-metre vessel" are one boat's sizes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from numcheck.lexicon import LexiconError
from numcheck.text import norm

__all__ = ["individuals_of", "roots_of"]


def individuals_of(table: Mapping[str, Any]) -> frozenset[str]:
    """``[individuals] dimensions``: each a bracketed dimension ("[length]"); a word that
    is not one ("length", "count") is a mistake the table must not hide."""
    out = set()
    for item in table.get("dimensions", []):
        name = str(item)
        if not re.fullmatch(r"\[[a-z_]+\]", name):
            raise LexiconError("alignment.individuals.dimensions",
                               f"{name!r} is not a dimension such as '[length]'")
        out.add(name)
    return frozenset(out)


def roots_of(hypernyms: Mapping[str, Any], kinds: Mapping[str, Any]) -> dict[str, str]:
    """Each noun of the hypernym tables and kinds whose ancestors end in one root (a
    noun of two roots, "home": building and property, names no one class)."""
    parents: dict[str, set[str]] = {}
    for child, parent in hypernyms.items():
        parents.setdefault(norm(child), set()).add(norm(str(parent)))
    for parent, children in kinds.items():
        for child in children:
            if norm(str(child)) != norm(parent):
                parents.setdefault(norm(str(child)), set()).add(norm(parent))
    out: dict[str, str] = {}
    for noun in parents:
        seen, todo, tops = {noun}, [noun], set()
        while todo:
            up = parents.get(todo.pop(), set()) - seen
            for word in up:
                seen.add(word)
                todo.append(word)
                if word not in parents:
                    tops.add(word)
        if len(tops) == 1:
            out[noun] = tops.pop()
    return out
