"""A part counts its whole's kind of thing (NC201/NC202).

"The plant employs 6,700 people, 5,800 of them hourly, and built 212,000 trucks last
year": the readers of a list ("5,800 of them ..., and ... 212,000") take every figure the
list goes on to as a part of the whole it opened with, but trucks are no people. A part is
some of its whole's things, so it counts what the whole counts or a kind of it (children
of people, cars of vehicles). The noun graph of ``_kinds`` (``[hypernyms]`` of
measures.toml and ``[kinds]`` of checkers.toml) places each counted noun under its roots;
a member whose nouns and its whole's are both known and share no root (``Relation.OTHER``:
a truck is a vehicle, people are people) is a second figure, never a part over its whole.

A member with no noun of its own ("5,800 of them", "Residents of 34 of them") or a
noun the graph does not hold says nothing (a whole of "branches" and a part of
"visits" stay as read), and so does a member of one root with its whole (homes of
buildings, nurses of workers): those are parts, and over their whole still an error.
One pass over the relations, one graph look-up per member and whole.
"""

from __future__ import annotations

from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._relations import Relations
from numcheck.claims import Claim


def _other(kinds: Kinds, member: Claim, wholes: tuple[Claim, ...]) -> bool:
    """Whether ``member`` counts another kind of thing than every one of ``wholes``. The
    member's kind is its own noun as written ("212,000 trucks"), never its key's thing or
    its subject's head: "Residents of 34 of them" counts the flats "them" stands for."""
    noun = member.quantity.noun
    if not noun:
        return False
    return all(
        kinds.relation({noun}, kinds.names(whole)) is Relation.OTHER for whole in wholes
    )


def of_their_kind(relations: Relations, kinds: Kinds | None) -> Relations:
    """``relations`` less the members of a part relation that count another kind of
    thing than their whole (a relation left with no member is dropped)."""
    if kinds is None:
        return relations
    parts: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]] = []
    changed = False
    for members, wholes in relations.parts:
        kept = tuple(m for m in members if not _other(kinds, m, wholes))
        changed |= len(kept) != len(members)
        if kept:
            parts.append((kept, wholes))
    return relations._replace(parts=tuple(parts)) if changed else relations


__all__ = ["of_their_kind"]
