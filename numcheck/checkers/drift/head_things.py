"""Two measured heads that are lexicon things: how the thing tables relate them.

A count whose verb no table reads is keyed by its head noun alone ("61,000 households",
"118 soldiers": checkers/drift/measured.py). When that head is a lexicon thing, the
tables already say how it relates to another thing: sibling things of one event
(alignment.toml ``[siblings] things``: people, customers, households; people and
homes) and a subgroup of the participants and the participants it is a part of
(``[participants] subgroups``: civilians, soldiers, drivers among people). No word list
of its own: the lexicon's thing tables are the data, so a newsroom's new thing relates
as soon as it is added there.

- Sibling things count in different units (an account, a dwelling, a person): one figure
  given under both by two desks is one count told as two measures (NC403); different
  figures are two counts, never a contradiction (paired as siblings).
- A subgroup and its whole are often one set ("118 people returned", all of them
  soldiers), so their one figure is drift only on evidence: the whole's own article
  gives the subgroup another figure ("118 people, among them 71 soldiers").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.entries import Entry, Pair
from numcheck.checkers.drift.pairing import sibling_pairs

__all__ = ["SIBLING", "SUBGROUP", "head_kin", "subgroup_pairs"]

SIBLING = "sibling"
SUBGROUP = "subgroup"


def head_kin(a: str, b: str, alignment: Alignment) -> str | None:
    """How two measured heads (lemmas, no mark) that are lexicon things relate:
    ``SIBLING`` things, a ``SUBGROUP`` and a whole of it, or None (one thing, a kind that
    is no subgroup, a word no thing table holds)."""
    ta, tb = _thing(a, alignment), _thing(b, alignment)
    if ta is None or tb is None or ta == tb:
        return None
    ca, cb = alignment.thing_class(ta), alignment.thing_class(tb)
    if ca is None or cb is None or ca == cb:
        return None
    if cb in alignment.thing_siblings.get(ca, ()):
        return SIBLING
    if subgroup_of(ta, tb, alignment) or subgroup_of(tb, ta, alignment):
        return SUBGROUP
    return None


def _thing(head: str, alignment: Alignment) -> str | None:
    """The lexicon thing a head names: a thing, a thing of the sibling table, or the one
    thing one of whose forms it is ("household" is a form of customer's)."""
    if head in alignment.thing_forms or head in alignment.thing_siblings:
        return head
    found = {t for t, forms in alignment.thing_forms.items() if head in forms}
    return found.pop() if len(found) == 1 else None


def subgroup_of(part: str, whole: str, alignment: Alignment) -> bool:
    """A subgroup (civilians) counted of a whole it is a kind of (people)."""
    return part in alignment.subgroups and whole in alignment.kinds(part)[1:]


def subgroup_pairs(head: str, window: str | None, entries: Sequence[Entry],
                   windows: Mapping[str | None, list[Entry]], alignment: Alignment,
                   cap: int) -> Iterator[Pair]:
    """Sibling pairs of a subgroup's block and its whole's (``head`` is ``entries``'
    head, unmarked), kept only where the whole's article gives the subgroup a figure
    the whole's does not meet."""
    others = [e for found in windows.values() for e in found]
    if not others:
        return
    mine, other = _thing(head, alignment), _thing(_head(others[0], alignment), alignment)
    part_first = mine is not None and other is not None and subgroup_of(mine, other,
                                                                       alignment)
    parts = list(entries) if part_first else others
    for pair in sibling_pairs(window, entries, windows, cap):
        whole = pair.second if part_first else pair.first
        path = whole.claim.location.path
        if any(p.claim.location.path == path and not p.hard.intersects(whole.hard)
               for p in parts):
            yield pair


def _head(entry: Entry, alignment: Alignment) -> str:
    from numcheck.checkers.drift.keys import block_key

    return (block_key(entry.claim, alignment)[0] or "")[1:]
