"""A distance said of a named place: "Sarvane, 65 km to the south", "Kelvedge, 35 miles up
the coast", "Ashgrove, 25 miles away", "Tilbeck lies 3 km upstream".

Reporters on every desk place a town, a plant or a camp by a distance in apposition to
its name, or as the predicate of a verb of position, followed by a bearing that names no
origin ("away", "to the south", "up the coast", "inland"): the distance from the story's
own place. The figure is the distance to that place, so its measure names the place:
``("distance to sarvane",)``. Drift aligns two articles' figures only when both name the
same place (the head is whole, never a subset), and reads them as a standing property:
two places stay put (standing.stands). What is not read: a bearing that names its
origin ("north of Carrick", "from the front line": a front or a finish may move, and the
likeness route would meet two origins' distances of one place), a name holding or
following a word of a thing or an incident ("Storm Ilse", "the tanker Sea Lark", "the
MV Orla"), and a route's length ("50 miles by road", "as the crow flies"). The words are
data: measures.toml ``[distances]``.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.extract.tokens import Tok, tokenize
from numcheck.lexicon import LexiconError
from numcheck.quantity import Kind, Quantity
from numcheck.text import norm

__all__ = ["Distances", "distance_to", "distances", "standing_distance"]

Measure = tuple[str, ...]
HEAD = "distance to"  # the measure's head: "distance to sarvane"
_NAME = 4  # words of a place's name ("Port Calder", "St Mary's Bay")
_APPOSED = 6  # words of an apposition between the name and the figure ("the capital")


class Distances(NamedTuple):
    """``[distances]``: the bearings that follow a distance, and the verbs of position."""

    directions: frozenset[str]  # "north", "south-west": "to the north", "north of X"
    away: tuple[tuple[str, ...], ...]  # "away", "up the coast": no origin said
    origins: frozenset[str]  # "from", "of": the origin's preposition
    homes: frozenset[str]  # "the city", "the capital": the story's own place as origin
    routes: tuple[tuple[str, ...], ...]  # "by road", "as the crow flies": a route's length
    verbs: frozenset[str]  # "lies", "sits": "Drevan lies 60 km from the front line"
    stops: frozenset[str]  # words that never open a name ("the", "it")
    movers: frozenset[str]  # "mv", "tanker", "convoy": things that move are no places


def distances(data: Mapping[str, Any]) -> Distances:
    """The ``[distances]`` table; a wrong entry raises ``LexiconError``."""

    def words(name: str, *, phrases: bool = False) -> list[str]:
        items = data.get(name, [])
        if not isinstance(items, list):
            raise LexiconError(f"distances.{name}", "expected a list")
        for i, item in enumerate(items):
            if (not isinstance(item, str) or not item or item != item.strip().lower()
                    or "  " in item or (" " in item and not phrases)):
                wanted = "a lowercase phrase" if phrases else "one lowercase word"
                raise LexiconError(f"distances.{name}[{i}]", f"expected {wanted}, got {item!r}")
        return [norm(str(item)) for item in items]

    return Distances(
        directions=frozenset(words("directions")),
        away=tuple(sorted((tuple(p.split()) for p in words("away", phrases=True)),
                          key=lambda p: -len(p))),
        origins=frozenset(words("origins")),
        homes=frozenset(words("homes")),
        routes=tuple(tuple(p.split()) for p in words("routes", phrases=True)),
        verbs=frozenset(words("verbs")),
        stops=frozenset(words("stops")),
        movers=frozenset(words("movers")),
    )


def standing_distance(measure: Measure) -> bool:
    """Whether a measure is the distance to a named place from the story's own place
    (``distance_to``): two places that stay put, so one fact whatever day it is told."""
    return bool(measure) and measure[0].startswith(HEAD + " ")


def distance_to(text: str, q: Quantity, lo: int, hi: int, table: Distances,
                dimension: str, movers: Container[str] = ()) -> Measure:
    """The distance ``q`` says of a named place, or () when no frame fits: ``q`` is a
    length, a bearing follows it, and a place's name stands in apposition before it or
    as the subject of a verb of position. A name holding a word of ``movers`` (a
    lexicon thing or an incident: "Storm Ilse", "the Aurora ferry") is no place."""
    if q.kind is not Kind.MEASURE or not dimension.endswith("[length]"):
        return ()
    after = tokenize(text, q.end, min(len(text), q.end + 120), limit=16)
    if not after or after[0].text != "(":
        after = [t for t in after if t.end <= hi]  # the next figure's words are its own
    after = _past_conversion(after)
    origin = _bearing(after, table)
    if origin != "" or _route(after, table):
        return ()  # a named origin: the likeness route would meet two origins' distances
    before = tokenize(text, max(lo, q.start - 120), q.start)
    place = _apposed(before, table) or _subject(before, table)
    if not place or any(w in movers or w in table.movers for w in place.split()):
        return ()
    if _after_mover(before, place, movers, table):
        return ()  # "the tanker Sea Lark, 40 miles west of Skerry"
    return (f"{HEAD} {place}",)


def _past_conversion(after: list[Tok]) -> list[Tok]:
    """The words after a figure, past a conversion in brackets ("60 km (37 miles) from")."""
    if after and after[0].text == "(":
        for i, tok in enumerate(after[:6]):
            if tok.text == ")":
                return after[i + 1:]
        return []
    return after


def _route(after: list[Tok], table: Distances) -> bool:
    """Whether a route is named in the clause after the figure ("50 miles by road",
    "35 miles away as the crow flies"): the length of a way, not of the places' distance."""
    words = []
    for tok in after:
        if not tok.is_word and tok.text not in ("'",):
            break
        words.append(tok.low)
    return any(tuple(words[i:i + len(r)]) == r for r in table.routes
               for i in range(len(words)))


def _bearing(after: list[Tok], table: Distances) -> str | None:
    """The origin a bearing after the figure names ("south of Quennick": "quennick"),
    "" for a bearing that names none ("away", "to the south", "up the coast"), None for
    no bearing."""
    words = [t.low for t in after]
    for phrase in table.away:
        if tuple(words[: len(phrase)]) == phrase:
            rest = after[len(phrase):]
            if rest and rest[0].low in table.origins:
                return _origin(rest[1:], table)  # "away from the border"
            return ""
    i = 0
    if words[:2] == ["to", "the"] and len(words) > 2 and words[2] in table.directions:
        return ""  # "to the south"
    if words and words[0] in table.directions:
        i = 1
    if i < len(words) and words[i] in table.origins and (i or words[i] != "of"):
        return _origin(after[i + 1:], table)  # "north of Quennick", "from the front line"
    return "" if i and (i == len(words) or not after[i].is_word) else None


def _origin(toks: Sequence[Tok], table: Distances) -> str | None:
    """The capitalized words of an origin's name ("Quennick", "Port Calder"); "" for the
    story's own place ("the city", "the capital": ``homes``); None when the origin is no
    name ("the front line", "the finish": things that may move)."""
    if (len(toks) >= 2 and toks[0].low == "the" and toks[1].low in table.homes
            and (len(toks) == 2 or not toks[2].is_word)):
        return ""  # "30 km north of the city,"
    out: list[str] = []
    for tok in toks:
        if not tok.is_word or not tok.text[0].isupper() or len(out) == _NAME:
            break
        out.append(tok.low)
    return " ".join(out) if out and out[0] not in table.stops else None


def _after_mover(before: list[Tok], place: str, movers: Container[str],
                 table: Distances) -> bool:
    """Whether the word right before the place's name is a thing that moves ("the
    tanker Sea Lark", "the convoy's leader Ardo"): the name is that thing's."""
    words = place.split()
    for k in range(len(before) - len(words), -1, -1):
        if [t.low for t in before[k:k + len(words)]] == words:
            prev = before[k - 1].low if k else ""
            return prev in movers or prev in table.movers
    return False


def _apposed(before: list[Tok], table: Distances) -> str:
    """The name a distance stands in apposition to: "Sarvane, 65 km", "Sarvane, the
    capital, 40 km". The name is a run of capitalized words right before the comma."""
    if not before or before[-1].text != ",":
        return ""
    k = len(before) - 2
    name = _name_ending(before, k, table)
    if name:
        return name
    for j in range(k, max(-1, k - _APPOSED - 1), -1):  # "Sarvane, the capital, 40 km"
        if before[j].text == ",":
            return _name_ending(before, j - 1, table)
        if not before[j].is_word:
            return ""
    return ""


def _subject(before: list[Tok], table: Distances) -> str:
    """The name a verb of position says a distance of: "Drevan lies 60 km"."""
    if len(before) < 2 or before[-1].low not in table.verbs:
        return ""
    return _name_ending(before, len(before) - 2, table)


def _name_ending(toks: list[Tok], k: int, table: Distances) -> str:
    """The capitalized words ending at ``toks[k]``, lowercased, or "" when none; a word
    that only opens a sentence ("The", "It") is no name."""
    j = k
    while j >= 0 and k - j < _NAME and toks[j].is_word and toks[j].text[0].isupper():
        j -= 1
    run = [t.low for t in toks[j + 1 : k + 1]]
    while run and run[0] in table.stops:
        run.pop(0)
    return "" if any(w in table.stops for w in run) else " ".join(run)
