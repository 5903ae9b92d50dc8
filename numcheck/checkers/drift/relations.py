"""The measure relation table: which measures are parts of which, and which are siblings.

A measure is what a figure counts or amounts to: a lexicon event (measures.toml
[events]: killed, cut, hospitalised) or a measure of alignment.toml ``[relations
.measures]``, named by the head nouns and verbs of figures drift aligns by their measure
("exports of 1.9 million tonnes", "1,400 reports"). Two measures relate three ways:

- a *part* and its *whole* (``part_of``; also a measure and its hypernym, ``is``, when
  both name figures): the whole's figure is never smaller, and the same figure for
  both is measure drift (NC403): "47 killed" against "47 casualties";
- *siblings*: neighbouring measures (``siblings``, or two measures under one hypernym):
  their figures differ as a rule, so the same figure for both is measure drift, and
  different figures are two measures, never a contradiction: "1.9 Mt produced" and
  "1.2 Mt exported";
- none.

A measure inherits its hypernym's wholes and siblings. A measure of the table may also
go by lexicon events (``events``): "exported" is the measure ``exports`` told by its
verb, so a figure keyed by the event relates as the measure does ("produced 4.2 Mt" and
"exported 4.2 Mt" are two kinds of one flow, siblings) and never to the measure itself.
The table is data a newsroom extends; ``build`` refuses a wrong entry (an unknown name,
a cycle of hypernyms, a word naming two measures, an event going by two measures or by a
measure while it has a table of its own, a measure both a part and a sibling of
another) with the key at fault, so a typo never silently relates nothing.
docs/maintainers/claims.md, "the measure relation table".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from numcheck.lexicon import LexiconError
from numcheck.text import norm

__all__ = ["Kin", "MeasureRelations", "build", "component", "merged"]

_FIELDS = frozenset({"words", "verbs", "events", "is", "part_of", "siblings"})
_KEY = "alignment.relations.measures"


@dataclass(frozen=True, slots=True)
class _Profile:
    """A measure's chain of hypernyms and what the chain declares."""

    chain: tuple[str, ...]  # the measure, then its hypernyms, narrowest first
    ups: frozenset[str]  # the same, as a set
    wholes: frozenset[str]  # declared wholes of any measure of the chain
    parents: frozenset[str]  # hypernyms of the measures of the chain
    siblings: frozenset[str]  # declared siblings of any measure of the chain


class Kin(StrEnum):
    """How measure ``a`` relates to measure ``b``."""

    PART = "part"  # a is a part of b
    WHOLE = "whole"  # a is the whole b is a part of
    SIBLING = "sibling"


@dataclass(frozen=True)
class MeasureRelations:
    """The relation table, ready to use (``build``)."""

    words: Mapping[str, str] = field(default_factory=dict)  # a head noun -> its measure
    verbs: Mapping[str, str] = field(default_factory=dict)  # a count's verb -> its measure
    parent: Mapping[str, str] = field(default_factory=dict)  # a measure -> its hypernym
    wholes: Mapping[str, frozenset[str]] = field(default_factory=dict)  # direct, declared
    siblings: Mapping[str, frozenset[str]] = field(default_factory=dict)  # symmetric
    named: frozenset[str] = frozenset()  # measures that name figures (words, or events)
    aliases: Mapping[str, str] = field(default_factory=dict)  # a lexicon event -> its measure
    # each measure's chain and what it inherits, worked out once: ``merged`` asks ``kin``
    # of every pair of the table at start-up
    _profiles: dict[str, _Profile] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def canonical(self, name: str) -> str:
        """The measure a lexicon event goes by (``events``), else ``name`` itself."""
        return self.aliases.get(name, name)

    def chain(self, name: str) -> list[str]:
        """``name`` (as its measure) and its hypernyms, narrowest first."""
        out = [self.canonical(name)]
        while (up := self.parent.get(out[-1])) is not None and up not in out:
            out.append(up)
        return out

    def _profile(self, name: str) -> _Profile:
        known = self._profiles.get(name)
        if known is None:
            up = tuple(self.chain(name))
            known = self._profiles[name] = _Profile(
                up,
                frozenset(up),
                frozenset(w for x in up for w in self.wholes.get(x, ())),
                frozenset(p for x in up if (p := self.parent.get(x)) is not None),
                frozenset(y for x in up for y in self.siblings.get(x, ())),
            )
        return known

    def measure(self, word: str | None) -> str | None:
        """The measure a head noun or verb (a lemma) names, or None."""
        return self.words.get(norm(word)) if word else None

    def kin(self, a: str | None, b: str | None) -> Kin | None:
        """How measure ``a`` relates to ``b``: a part, its whole, a sibling, or None
        (equal, unknown or unrelated): an event a measure goes by relates as it."""
        if not a or not b:
            return None
        a, b = self.canonical(a), self.canonical(b)
        if a == b:
            return None
        pa, pb = self._profile(a), self._profile(b)
        if b in pa.ups and b in self.named:
            return Kin.PART  # a kind of a measure that names figures is a part of it
        if a in pb.ups and a in self.named:
            return Kin.WHOLE
        if b in pa.ups or a in pb.ups:
            return None  # a kind of a mere class (flow): no figure names the class
        if pb.chain[0] in pa.wholes:
            return Kin.PART
        if pa.chain[0] in pb.wholes:
            return Kin.WHOLE
        if pa.parents & pb.parents:
            return Kin.SIBLING  # two kinds of one hypernym, or kinds of such kinds
        if pa.siblings & pb.ups:
            return Kin.SIBLING
        return None

    def related(self, a: str | None) -> frozenset[str]:
        """Every measure ``kin`` relates to ``a`` (for the index: which blocks to link)."""
        if not a:
            return frozenset()
        return frozenset(b for b in self.named if self.kin(a, b) is not None)


def build(table: Mapping[str, Any], events: Collection[str]) -> MeasureRelations:
    """The relation table of ``[relations.measures]``, checked: every name it refers
    to is a measure of the table or a lexicon event (``events``). Raises LexiconError
    naming the key at fault."""
    if not isinstance(table, Mapping):
        raise LexiconError(_KEY, "expected a table of measures")
    events = frozenset(norm(e) for e in events)
    names = {norm(str(n)) for n in table} | events
    words: dict[str, str] = {}
    verbs: dict[str, str] = {}
    parent: dict[str, str] = {}
    wholes: dict[str, frozenset[str]] = {}
    siblings: dict[str, set[str]] = {}
    aliases = _aliases(table, events)
    named = set(events)
    for raw, entry in table.items():
        name, key = norm(str(raw)), f"{_KEY}.{raw}"
        if not isinstance(entry, Mapping):
            raise LexiconError(key, "expected a table (words, verbs, events, is, part_of, "
                                    "siblings)")
        for unknown in sorted(set(entry) - _FIELDS):
            raise LexiconError(f"{key}.{unknown}",
                               "unknown key (a measure takes words, verbs, events, is, "
                               "part_of, siblings)")
        said = _strings(entry.get("words", []), f"{key}.words")
        for word in said:
            if words.get(word, name) != name:
                raise LexiconError(f"{key}.words", f"{word!r} already names {words[word]!r}")
            words[word] = name
        for verb in _strings(entry.get("verbs", []), f"{key}.verbs"):
            if verbs.get(verb, name) != name:
                raise LexiconError(f"{key}.verbs", f"{verb!r} already names {verbs[verb]!r}")
            verbs[verb] = name
            named.add(name)
        if said or name in aliases.values():
            named.add(name)
        if "is" in entry:
            up = entry["is"]
            if not isinstance(up, str):
                raise LexiconError(f"{key}.is", "expected a string (one hypernym)")
            parent[name] = _known(norm(up), names, f"{key}.is")
        wholes[name] = frozenset(_known(w, names, f"{key}.part_of")
                                 for w in _strings(entry.get("part_of", []), f"{key}.part_of"))
        for other in _strings(entry.get("siblings", []), f"{key}.siblings"):
            _known(other, names, f"{key}.siblings")
            siblings.setdefault(name, set()).add(other)
            siblings.setdefault(other, set()).add(name)
    relations = MeasureRelations(
        words=words, verbs=verbs, parent=parent, wholes=wholes,
        siblings={k: frozenset(v) for k, v in siblings.items()}, named=frozenset(named),
        aliases=aliases)
    _consistent(relations, table)
    return relations


def _aliases(table: Mapping[str, Any], events: frozenset[str]) -> dict[str, str]:
    """Each lexicon event a measure goes by (``events``) -> that measure; an event of
    two measures, or one with a table of its own, is refused."""
    own = {norm(str(n)) for n in table}
    aliases: dict[str, str] = {}
    for raw, entry in table.items():
        if not isinstance(entry, Mapping) or "events" not in entry:
            continue
        name, key = norm(str(raw)), f"{_KEY}.{raw}.events"
        for event in _strings(entry["events"], key):
            if event not in events:
                raise LexiconError(key, f"{event!r} is no lexicon event")
            if event in own or event == name:
                raise LexiconError(key, f"{event!r} has a table of its own")
            if aliases.get(event, name) != name:
                raise LexiconError(key, f"{event!r} already goes by {aliases[event]!r}")
            aliases[event] = name
    return aliases


def _strings(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(key, "expected a list of strings")
    return [norm(v) for v in value]


def _known(name: str, names: Collection[str], key: str) -> str:
    if name not in names:
        raise LexiconError(key, f"{name!r} is no measure of the table nor a lexicon event")
    return name


def _consistent(relations: MeasureRelations, table: Iterable[str]) -> None:
    """No cycle of hypernyms, nothing a part or a sibling of itself, no measure both a
    part (or whole) and a sibling of another."""
    for raw in table:
        name, key = norm(str(raw)), f"{_KEY}.{raw}"
        seen = [name]
        while (up := relations.parent.get(seen[-1])) is not None:
            if up in seen:
                raise LexiconError(f"{key}.is", f"a cycle of hypernyms: {' -> '.join(seen)}")
            seen.append(up)
        if name in relations.wholes.get(name, ()) or name in relations.siblings.get(name, ()):
            raise LexiconError(key, "a measure is no part nor sibling of itself")
        for whole in relations.wholes.get(name, ()):
            if whole in relations.siblings.get(name, ()) or (
                    len(seen) > 1 and relations.parent.get(whole) == seen[1]):
                raise LexiconError(f"{key}.part_of", f"{whole!r} is a sibling of {name!r} too")


def merged(composites: Mapping[str, frozenset[str]], siblings: Mapping[str, frozenset[str]],
             relations: MeasureRelations) -> tuple[dict[str, frozenset[str]],
                                                   dict[str, frozenset[str]]]:
    """``[composites]`` and ``[siblings]`` with the relation table's parts and siblings
    of the measures that name figures, so the claim index links their blocks alike."""
    wholes = {k: set(v) for k, v in composites.items()}
    kin = {k: set(v) for k, v in siblings.items()}
    named = sorted(relations.named)
    for a in named:
        for b in named:
            found = relations.kin(a, b)
            if found == "whole":
                wholes.setdefault(a, set()).add(b)
            elif found == "sibling":
                kin.setdefault(a, set()).add(b)
    return ({k: frozenset(v) for k, v in wholes.items()},
            {k: frozenset(v) for k, v in kin.items()})


def component(name: str, kin: Mapping[str, frozenset[str]]) -> str:
    """The first in sort order of the names ``kin`` joins to ``name``."""
    seen, todo = {name}, [name]
    while todo:
        for other in kin.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return min(seen)
