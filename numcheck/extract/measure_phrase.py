"""The grammar of a measure phrase: where the noun after "N <unit> of" ends.

Reporters on every desk follow an amount's noun with what was done to it or where it
was: "340 kilos of cocaine hidden in a lorry", "410 kilos of the drug behind a false
wall", "3,000 litres of diesel spilt into the river". The thing is the head of the noun
phrase, so the phrase ends at a past participle or a preposition. Regular participles end
in -ed (``subject.noun_phrase`` knows them); ``measures.toml [measure_phrase]`` lists the
irregular ones and the prepositions the general grammar does not, as data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from numcheck.lexicon import LexiconError
from numcheck.text import norm

_FIELDS = ("participles", "prepositions")


def phrase_ends(data: Mapping[str, Any], things: Mapping[str, Any]) -> frozenset[str]:
    """The words that end a measured noun phrase; a wrong entry raises ``LexiconError``.

    An entry must be one lowercase word, and never a word a ``[things]`` entry starts with: a thing
    that ended its own phrase could never be keyed (a wrong entry would silently unkey
    every figure of that thing, so it is refused loudly instead).
    """
    for name in data:
        if name not in _FIELDS:
            raise LexiconError(f"measure_phrase.{name}",
                               f"unknown field (expected one of {_FIELDS})")
    out: set[str] = set()
    for name in _FIELDS:
        items = data.get(name, ())
        if not isinstance(items, list):
            raise LexiconError(f"measure_phrase.{name}", "expected a list of words")
        for i, item in enumerate(items):
            key = f"measure_phrase.{name}[{i}]"
            if not isinstance(item, str) or not item or item != item.strip().lower() or " " in item:
                raise LexiconError(key, f"expected one lowercase word, got {item!r}")
            if norm(item) in things:
                raise LexiconError(key, f"{item!r} starts a thing in [things]: "
                                        "it cannot end a phrase")
            out.add(norm(item))
    return frozenset(out)


def property_nouns(
    data: Mapping[str, Any], things: Mapping[str, Any], lemma: Callable[[str], str]
) -> dict[str, str]:
    """``[property_frames] counted``: the nouns a count compound states a property of
    its holder in ("the 480-bed hospital", "a 1,150-pupil academy", "the 15,500-capacity
    stadium"), each mapped to the thing it keys (a ``[things]`` entry when one starts
    with it, else the noun), so the compound pairs with "the hospital has 520 beds".
    An entry must be one singular lowercase word: a plural never matches the parser's
    lemma, so it is refused loudly instead of silently doing nothing."""
    for name in data:
        if name not in ("counted", "dimensions"):
            raise LexiconError(f"property_frames.{name}",
                               "unknown field (expected 'counted' or 'dimensions')")
    items = data.get("counted", ())
    if not isinstance(items, list):
        raise LexiconError("property_frames.counted", "expected a list of words")
    out: dict[str, str] = {}
    for i, item in enumerate(items):
        key = f"property_frames.counted[{i}]"
        if not isinstance(item, str) or not item or item != item.strip().lower() or " " in item:
            raise LexiconError(key, f"expected one lowercase word, got {item!r}")
        if lemma(item) != item:
            raise LexiconError(key, f"{item!r} is not singular (its lemma is {lemma(item)!r})")
        known = [canon for words, canon in things.get(item, ()) if words == (item,)]
        out[norm(item)] = known[0] if known else norm(item)
    return out


def dimensions(data: Mapping[str, Any]) -> frozenset[str]:
    """``[property_frames] dimensions``: the adjectives that say a figure is a size of its
    holder ("1,060 metres long"); one lowercase word each, refused loudly otherwise."""
    items = data.get("dimensions", ())
    if not isinstance(items, list):
        raise LexiconError("property_frames.dimensions", "expected a list of words")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item or item != item.strip().lower() or " " in item:
            raise LexiconError(f"property_frames.dimensions[{i}]",
                               f"expected one lowercase word, got {item!r}")
    return frozenset(norm(str(item)) for item in items)


def institution_words(places: Mapping[str, Any]) -> frozenset[str]:
    """``windows.toml [places] institutions``: the words that end an institution's name
    ("Norton Crown Court", "Leeds General Infirmary"); the place is the town before them.
    One lowercase word each, and never a place noun (a place noun makes a place name:
    "Hatay province"), refused loudly otherwise."""
    items = places.get("institutions", ())
    if not isinstance(items, list):
        raise LexiconError("places.institutions", "expected a list of words")
    nouns = {norm(str(n)) for n in places.get("nouns", ())}
    for i, item in enumerate(items):
        key = f"places.institutions[{i}]"
        if not isinstance(item, str) or not item or item != item.strip().lower() or " " in item:
            raise LexiconError(key, f"expected one lowercase word, got {item!r}")
        if norm(item) in nouns:
            raise LexiconError(key, f"{item!r} is a place noun in [places] nouns")
    return frozenset(norm(str(item)) for item in items)


def extents(data: Mapping[str, Any]) -> dict[str, str]:
    """``[bearers] extents``: a dimension adjective -> the dimension it names ("long" ->
    "length"); one lowercase word each side, refused loudly otherwise."""
    for name in data:
        if name not in _BEARER_FIELDS:
            raise LexiconError(f"bearers.{name}",
                               f"unknown field (expected one of {_BEARER_FIELDS})")
    table = data.get("extents", {})
    if not isinstance(table, Mapping):
        raise LexiconError("bearers.extents", "expected a table of word = dimension")
    out: dict[str, str] = {}
    for word, name in table.items():
        for item in (word, name):
            if not isinstance(item, str) or not item or item != item.strip().lower() \
                    or " " in item or not item.isalpha():
                raise LexiconError(f"bearers.extents.{word}",
                                   f"expected one lowercase word, got {item!r}")
        out[norm(word)] = norm(name)
    return out


def value_words(data: Mapping[str, Any]) -> frozenset[str]:
    """``[bearers] values``: words right before a sum that make it the value of the noun
    phrase before them ("a contract worth", "the scheme, costing"); one lowercase word."""
    items = data.get("values", ())
    if not isinstance(items, list):
        raise LexiconError("bearers.values", "expected a list of words")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item or item != item.strip().lower() \
                or " " in item or not item.isalpha():
            raise LexiconError(f"bearers.values[{i}]", f"expected one lowercase word, got {item!r}")
    return frozenset(norm(str(item)) for item in items)


_BEARER_FIELDS = ("extents", "values", "clause_verbs", "clause_irregular", "definite")


def clause_verbs(data: Mapping[str, Any]) -> frozenset[str]:
    """``[bearers] clause_verbs``: verbs whose subject is a thing told by its size or
    length ("the three-week closure *begins* in June", "the 2.5-mile bypass *opens*"),
    as their third-person and past forms (the bare lemma and the -ing form are nouns
    as often: "the start", "the opening"); irregular pasts from ``clause_irregular``.
    An entry must be one lowercase lemma: an inflected entry is refused loudly."""
    from numcheck.extract.verbs import inflections

    items = data.get("clause_verbs", ())
    past = data.get("clause_irregular", {})
    if not isinstance(items, list) or not isinstance(past, Mapping):
        raise LexiconError("bearers.clause_verbs", "expected a list of verbs and a table "
                                                   "of irregular pasts")
    irregular: dict[str, tuple[str, ...]] = {}
    for verb, forms in past.items():
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.isalpha()
                                                  and f == f.lower() for f in forms):
            raise LexiconError(f"bearers.clause_irregular.{verb}",
                               "expected a list of lowercase words")
        irregular[norm(verb)] = tuple(norm(f) for f in forms)
    out: set[str] = set()
    for i, item in enumerate(items):
        key = f"bearers.clause_verbs[{i}]"
        if not isinstance(item, str) or not item.isalpha() or item != item.lower():
            raise LexiconError(key, f"expected one lowercase word, got {item!r}")
        if item.endswith(("ed", "ing")) or (item.endswith("s") and not item.endswith("ss")):
            raise LexiconError(key, f"{item!r} is inflected: give the verb's lemma")
        forms = inflections(item, irregular)
        out |= {f for f in forms if f != item and not f.endswith("ing")}
    return frozenset(out)
