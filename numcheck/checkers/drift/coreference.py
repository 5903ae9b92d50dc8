"""Which parties of one story are one source under two names.

Reporters name a body in full once and then shorten it, describe it or cite its staff:
"Prairie Electric Cooperative" and "Prairie Electric", "Northern Gas Transmission" and
"NGT", "the Environment Agency" and "Environment Agency engineers" (``Alignment.party``
drops the staff noun), "the company" for the one company the story names. Drift must see
one party there (their figures can contradict, NC401), and two wherever two bodies only
share a word ("Prairie Electric" and "Prairie Water", "police" and "the Police
Federation", the union and the company): a dispute, NC404 info.

Two rules, both from lexicon data (claimants.toml ``[parties]``, ``[descriptions]``):

- ``same_name``: one party is the other's initials (an acronym), or the other with a
  legal form after it ("Co-op", "Inc", "Ltd": ``[parties] forms``);
- ``Coreference.resolve``: a description (a lowercase claimant whose head is a kind word,
  "the operator", or an organisation word, "the relief office") is the one organisation
  of the figures' group whose name carries that kind ("Corvid Systems Inc": a company)
  or holds all the description's words ("UN Relief Coordination Office"), or an agent
  whose own body it names ("the department", "the force" for police: ``[parties
  institutions]``); with none or several such names it stays itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from numcheck.lexicon import Lexicon
from numcheck.text import norm

__all__ = ["Coreference", "same_name"]

_LINKS = frozenset({"of", "and", "the", "for", "&", "de", "du", "des", "on"})


def same_name(a: str, b: str, forms: frozenset[str]) -> bool:
    """One name written two ways: an acronym of the other's words ("ngt", "northern gas
    transmission"), or the other with a legal form after it ("prairie electric",
    "prairie electric cooperative"). Parties are lowercase words."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) == 1 and _acronym(short[0], long):
        return True
    tail = long[len(short):]
    return long[: len(short)] == short and bool(tail) and all(w in forms for w in tail)


def _acronym(word: str, name: list[str]) -> bool:
    letters = word.replace(".", "")
    initials = "".join(w[0] for w in name if w not in _LINKS and w[:1].isalpha())
    return 2 <= len(letters) == len(initials) and len(name) >= 2 and letters == initials


class Coreference(NamedTuple):
    """claimants.toml data to resolve a description to the one name of its kind."""

    kinds: Mapping[str, str]  # description word -> kind ("operator" -> "company")
    marks: Mapping[str, frozenset[str]]  # kind -> words its names carry ("inc", "union")
    organisations: frozenset[str]  # words naming a body ("office", "council", "agency")
    # an agent -> the nouns for its own body ("police" -> "department", "force")
    institutions: Mapping[str, frozenset[str]] = MappingProxyType({})

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> Coreference:
        data: Mapping[str, Any] = lex["claimants"]
        described = {k: v for k, v in data.get("descriptions", {}).items()
                     if k != "locative" and isinstance(v, Mapping)}
        return cls(
            kinds={norm(str(w)): kind for kind, v in described.items()
                   for w in v.get("words", ())},
            marks={kind: frozenset(norm(str(w)) for w in v.get("names", ()))
                   for kind, v in described.items()},
            organisations=frozenset(
                norm(str(w)) for w in data.get("organisations", {}).get("words", ())),
            institutions={norm(agent): frozenset(norm(str(w)) for w in nouns) for agent, nouns
                          in data.get("parties", {}).get("institutions", {}).items()},
        )

    def resolve(self, named: Mapping[str, Collection[str]],
                differ: Callable[[str, str], bool]) -> dict[str, str]:
        """Description party -> the one named party it stands for, from ``named``: the
        parties of one group of figures, each with the claimants written for it.
        ``differ(a, b)``: whether two parties are two sources (``parties_differ``)."""
        out: dict[str, str] = {}
        for party, written in named.items():
            words = self._description(party, written)
            if words is None:
                continue
            found: list[str] = []
            for other, claimants in named.items():
                if other == party or not (self._body_of(other, words) or any(
                        self._names(c, words) for c in claimants)):
                    continue
                if all(differ(other, seen) for seen in found):
                    found.append(other)
            if len(found) == 1:
                out[party] = found[0]
        return out

    def _description(self, party: str, written: Iterable[str]) -> list[str] | None:
        """The words of a description party ("relief office"), or None for a name: every
        claimant written for it is lowercase, and its head is a kind or a body word."""
        if any(ch.isupper() for c in written for ch in c):
            return None
        words = party.split()
        if not words or not (words[-1] in self.kinds or words[-1] in self.organisations
                             or any(words[-1] in nouns for nouns in self.institutions.values())):
            return None
        return words

    def _body_of(self, party: str, description: list[str]) -> bool:
        """ "the department" for "police": a one-word description naming the agent's body."""
        return len(description) == 1 and description[0] in self.institutions.get(
            party.split()[-1], frozenset())

    def _names(self, claimant: str, description: list[str]) -> bool:
        """Whether a capitalized claimant can be what ``description`` describes: a name
        carrying the description's kind and no other kind ("Corvid Systems Inc" for "the
        company"), or holding all its words ("UN Relief Coordination Office" for "the
        relief office")."""
        written = claimant.replace("’", "'").split()
        if not any(w[:1].isupper() for w in written):
            return False
        low = {norm(w.strip(".,")).removesuffix("'s") for w in written}
        head = description[-1]
        kind = self.kinds.get(head)
        if kind is None or head in low:
            return set(description) <= low
        carried = {k for k, marks in self.marks.items() if marks & low}
        return carried == {kind}
