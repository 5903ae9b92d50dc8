"""Shared helpers: the vocabulary, who a figure counts, and the words around it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind

_STOPS = ".;!?\n"


@cache
def load(name: str) -> Mapping[str, Any]:
    """One of the plugin's TOML files, parsed once per process."""
    raw = resources.files(__package__ or "numcheck_conflict_casualties").joinpath(name)
    return tomllib.loads(raw.read_text(encoding="utf-8"))


def vocab() -> Mapping[str, Any]:
    return load("vocab.toml")


@cache
def cue_pattern(*path: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern of the cue list at ``vocab[path]``."""
    table: Any = vocab()
    for key in path:
        table = table[key]
    words = sorted(table, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})(?!\w)")


@dataclass(frozen=True, slots=True)
class Group:
    """Who a figure counts: side (civilian/military/None = anyone), other qualifiers."""

    thing: str | None
    side: str | None
    qualifiers: frozenset[str]
    claimant: str | None
    window: str | None
    place: str | None

    def contains(self, part: Group) -> bool:
        """Whether every person ``part`` counts is also counted by this (wider) group."""
        return (
            self.thing in (None, part.thing)
            and self.side in (None, part.side)
            and self.qualifiers <= part.qualifiers
            and (self.claimant, self.window, self.place) == (part.claimant, part.window, part.place)
        )


def group_of(claim: Claim) -> Group:
    sides: Mapping[str, list[str]] = vocab()["sides"]
    words = {claim.key.thing, *claim.key.qualifiers} - {None}
    side = next((name for name, marks in sides.items() if words & set(marks)), None)
    all_sides = {mark for marks in sides.values() for mark in marks}
    thing = claim.key.thing
    if thing in vocab()["things"]["generic"] or thing in all_sides:
        thing = None  # "civilians" is a side, not a narrower thing
    qualifiers = frozenset(claim.key.qualifiers) - all_sides
    return Group(thing, side, qualifiers, party(claim.claimant), claim.window, claim.place)


def party(claimant: str | None) -> str | None:
    """The claimant reduced to a party ("Ukraine's emergency services" -> "ukraine")."""
    if not claimant:
        return None
    text = " ".join(claimant.lower().replace("’", "'").split())
    parties: Mapping[str, list[str]] = Lexicon.default()["alignment"].get("claimants", {})
    for name, aliases in parties.items():
        for alias in aliases:
            if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                return name
    return text


def counted(claims: Iterable[Claim]) -> Iterable[Claim]:
    """Claims that are counts of people in the story (not boilerplate, not changes)."""
    for claim in claims:
        q = claim.quantity
        if claim.scope == Scope.BOILERPLATE or claim.is_change or q.kind != Kind.COUNT:
            continue
        yield claim


def clause(document: Document, claim: Claim) -> str:
    """The words around a figure up to the nearest punctuation or other figure."""
    text = document.text
    start, end = claim.quantity.start, claim.quantity.end
    lo = start
    while lo > 0 and text[lo - 1] not in _STOPS and not text[lo - 1].isdigit():
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in _STOPS and not text[hi].isdigit():
        hi += 1
    return text[lo:start] + " # " + text[end:hi]


def sentence(document: Document, claim: Claim) -> str:
    """The claim's sentence (the extractor's offsets, else up to . ! ? or a line end)."""
    start, end = claim.sentence
    if end > start:
        return document.text[start:end]
    text = document.text
    lo = max(text.rfind(". ", 0, claim.quantity.start), text.rfind("\n", 0, claim.quantity.start))
    hits = (text.find(". ", claim.quantity.end), text.find("\n", claim.quantity.end))
    hi = min([i for i in hits if i >= 0], default=len(text))
    return text[lo + 1 : hi + 1]
