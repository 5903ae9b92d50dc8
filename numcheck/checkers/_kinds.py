"""What a counted noun is a kind of: one graph over the nouns of ``[kinds]`` (checkers.toml)
and the things of ``[hypernyms]`` (measures.toml).

A list counts its total's thing when each part names that thing or a kind of it
("19 guns": pistols, shotguns, rifles; "1,420 outlets": stores, supermarkets). Two
nouns whose roots in the graph differ are different things ("48 firefighters" and
"12 engines"); a noun the graph does not hold is unknown, and only a list whose form
makes it a partition (a colon after the total, "a total of" after the list) may count
it. The names of a figure are its counted noun, its key's thing and the head word of
its subject as written ("forecourt shops" is a kind of shop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

from numcheck.checkers._compare import words
from numcheck.claims import Claim


class Relation(Enum):
    KIND = "kind"  # the same thing or a kind of it
    NEAR = "near"  # known, no kind of it, but of one root (flats and homes are buildings)
    OTHER = "other"  # known, and no root in common
    UNKNOWN = "unknown"


class Kinds:
    """The noun graph, built once per lexicon."""

    def __init__(
        self,
        table: Mapping[str, Sequence[str]],
        hypernyms: Mapping[str, str],
        lemma: Callable[[str], str],
    ) -> None:
        self.up: dict[str, set[str]] = {}
        for low, high in hypernyms.items():
            self.up.setdefault(str(low), set()).add(str(high))
        for high, lows in table.items():
            for low in words(lows):
                if low != high:
                    self.up.setdefault(low, set()).add(high)
        self.known = frozenset(self.up) | frozenset(h for hs in self.up.values() for h in hs)
        self.lemma = lemma

    @classmethod
    def of(
        cls, lex: Mapping[str, Any], hypernyms: Mapping[str, str], lemma: Callable[[str], str]
    ) -> Kinds:
        return cls(lex.get("kinds", {}), hypernyms, lemma)

    def names(self, claim: Claim) -> set[str]:
        """The nouns a figure counts: its noun, its thing, its subject's head."""
        out = {n for n in (claim.quantity.noun, claim.key.thing) if n}
        subject = (claim.subject or "").lower().split()
        if subject:
            out.add(self.lemma(subject[-1].strip(".,;:()'\"")))
        return out

    def ancestors(self, name: str) -> set[str]:
        """``name`` and every noun it is a kind of."""
        seen, todo = {name}, [name]
        while todo:
            for high in self.up.get(todo.pop(), ()):
                if high not in seen:
                    seen.add(high)
                    todo.append(high)
        return seen

    def roots(self, name: str) -> set[str]:
        return {a for a in self.ancestors(name) if not self.up.get(a)}

    def relation(self, part: Iterable[str], whole: Iterable[str]) -> Relation:
        """How a part naming ``part`` stands to a whole naming ``whole``."""
        parts, wholes = set(part), set(whole)
        if not parts or not wholes:
            return Relation.UNKNOWN
        lifted = set().union(*(self.ancestors(p) for p in parts))
        if lifted & wholes:
            return Relation.KIND
        known_parts = {p for p in parts if p in self.known}
        known_wholes = {w for w in wholes if w in self.known}
        if not known_parts or not known_wholes:
            return Relation.UNKNOWN
        part_roots = set().union(*(self.roots(p) for p in known_parts))
        whole_roots = set().union(*(self.roots(w) for w in known_wholes))
        return Relation.NEAR if part_roots & whole_roots else Relation.OTHER

    def unknown(self, claim: Claim) -> bool:
        """Whether the graph holds none of a figure's names."""
        return not (self.names(claim) & self.known)

    def of_claims(self, part: Claim, whole: Claim) -> Relation:
        return self.relation(self.names(part), self.names(whole))
