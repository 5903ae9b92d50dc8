"""A count an event reaches through what is supplied to it, read before the figure.

A utility's figures are often told through the supply, not the people: "a fire cut
power to 86,000 customers", "power was cut to 40,000 homes", "the storm knocked out
electricity to 120,000", or through the outage as the subject: "the outage hit 52,000
customers", "blackouts affected 30,000 households". The count is then of the event the
supply's loss names (people without power), as "86,000 customers lost power" says it.
Without this reading the verb is lost ("cut power to" and "restored power to" leave the
same words, customer and power) or read as another event ("cut" jobs).

The grammar is data (measures.toml ``[verbs.supplied.<event>]``): ``supplies``, the
nouns of what is delivered; ``stops``, verbs whose object is a supply and whose
complement "to" is the count ("cut _ to", active or passive); ``outages``, nouns of a
lost supply; ``reach``, verbs whose subject is an outage and whose object is the count.
A verb that gives the supply back ("restored power to 60,000") names no entry, so its
count keeps no event. docs/maintainers/phrasings-relations.md, section 52.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from numcheck.text import norm

__all__ = ["Supplied", "supplied_event", "supplied_from"]

_FIELDS = frozenset({"supplies", "stops", "outages", "reach", "others"})
_KEY = "measures.verbs.supplied"
_AUX_WORDS = 3  # auxiliaries and adverbs between an outage noun and its verb


class Supplied(NamedTuple):
    """The supply frames of every event, expanded: phrases as word tuples -> event."""

    supplies: Mapping[tuple[str, ...], str] = MappingProxyType({})
    stops: Mapping[tuple[str, ...], str] = MappingProxyType({})  # every inflection
    outages: Mapping[tuple[str, ...], str] = MappingProxyType({})
    reach: Mapping[tuple[str, ...], str] = MappingProxyType({})  # every inflection
    others: Mapping[tuple[str, ...], str] = MappingProxyType({})  # "water" supplies


def supplied_from(table: object,
                  forms: Callable[[str], Iterable[tuple[str, ...]]]) -> Supplied:
    """``[verbs.supplied]``: event -> its four lists. ``forms(lemma phrase)`` gives every
    inflection of a verb phrase (verbs.py). A wrong entry raises with its key."""
    tables: dict[str, dict[tuple[str, ...], str]] = {f: {} for f in _FIELDS}
    if not isinstance(table, Mapping):
        return Supplied()
    for event, entry in table.items():
        key = f"{_KEY}.{event}"
        if not isinstance(entry, Mapping):
            raise ValueError(f"{key}: expected a table ({', '.join(sorted(_FIELDS))})")
        for unknown in sorted(set(entry) - _FIELDS):
            raise ValueError(f"{key}.{unknown}: unknown key ({', '.join(sorted(_FIELDS))})")
        for name in _FIELDS:
            values = entry.get(name, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"{key}.{name}: expected a list of strings")
            verb = name in ("stops", "reach")
            for value in values:
                phrases = forms(norm(value)) if verb else [tuple(norm(value).split())]
                for phrase in phrases:
                    tables[name].setdefault(tuple(phrase), str(event))
    return Supplied(tables["supplies"], tables["stops"], tables["outages"], tables["reach"],
                    tables["others"])


def _ending(table: Mapping[tuple[str, ...], str], words: Sequence[str], end: int
            ) -> tuple[str, int] | None:
    """The longest phrase of ``table`` (up to three words) ending at ``words[end]``
    (exclusive), as (event, start)."""
    for n in (3, 2, 1):
        if n <= end and (found := table.get(tuple(words[end - n:end]))) is not None:
            return found, end - n
    return None


def _supply(supplied: Supplied, words: Sequence[str], end: int) -> tuple[str, int] | None:
    """The supply phrase ending at ``words[end]``, unless a noun of another supply stands
    right before it ("water supplies", "gas supply")."""
    found = _ending(supplied.supplies, words, end)
    if found is None or _ending(supplied.others, words, found[1]) is not None:
        return None
    return found


def supplied_event(words: Sequence[str], end: int, supplied: Supplied,
                   auxiliaries: frozenset[str]) -> tuple[str, int] | None:
    """The event of a count right after ``words[:end]`` (lower-case words, no marks),
    told through a supply ("cut power to", "power was cut to") or an outage ("the
    outage hit"), as (event, where its phrase starts); None otherwise. Reads at most a
    dozen words back: linear in the sentence."""
    if not supplied.supplies and not supplied.outages:
        return None
    if end >= 1 and words[end - 1] == "to":
        # active: "cut power to", "knocked out electricity supplies to"
        supply = _supply(supplied, words, end - 1)
        if supply is not None:
            stop = _ending(supplied.stops, words, supply[1])
            if stop is not None and stop[0] == supply[0]:
                return stop[0], stop[1]
        # passive: "power was cut to", "supplies have been cut off to"
        stop = _ending(supplied.stops, words, end - 1)
        if stop is not None:
            at = stop[1]
            while at > 0 and words[at - 1] in auxiliaries and stop[1] - at < _AUX_WORDS:
                at -= 1
            supply = _supply(supplied, words, at) if at < stop[1] else None
            if supply is not None and supply[0] == stop[0]:
                return stop[0], supply[1]
        return None
    reach = _ending(supplied.reach, words, end)  # "the outage hit", "outages have affected"
    if reach is None:
        return None
    at = reach[1]
    while at > 0 and words[at - 1] in auxiliaries and reach[1] - at < _AUX_WORDS:
        at -= 1
    outage = _ending(supplied.outages, words, at)
    if outage is not None and _ending(supplied.others, words, outage[1]) is not None:
        return None  # "water outages hit 3,000 homes"
    return (outage[0], outage[1]) if outage is not None and outage[0] == reach[0] else None
