"""A definite figure that retells an earlier count by another noun for the same set: "63
stores" ... "the 36 shops"; "14 trawlers" ... "the 41 vessels"; "86 patients were moved"
... "the 68 people".

A definite noun phrase presupposes a set the reader was told of. When its noun is not
the earlier figure's noun but one that names the same individuals on every desk (a
synonym: shop / store, pupil / student, flat / apartment), or a broader noun over it (a
hypernym: vessel over trawler, animal over sheep, people over patients), it can only be
that set when the article told exactly one such set before: so the relation is read only
then (``Kin.antecedent``), never for a narrower noun later ("41 vessels" ... "the 14
trawlers" names a part), and never across a noun that names another set of other
things (jobs are no workers: "employs 1,500 workers" ... "the 1,150 jobs to go").
The vocabulary is data (``[restated.kin]`` in checkers.toml), checked here: a noun in
two synonym sets, or a broader noun listed under itself, is refused with its key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

from numcheck.checkers._compare import sentence_of, squash, stem
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lexicon import LexiconError
from numcheck.quantity import Kind

_T = TypeVar("_T")
# words between a verb and its count, or between a count's noun and its verb
_SKIPS = frozenset({"some", "about", "around", "nearly", "almost", "another", "a", "an",
                    "further", "more", "than", "over", "up", "to", "at", "least", "only",
                    "just", "all", "will", "would", "are", "is", "was", "were", "be", "been",
                    "being", "have", "has", "had", "set", "due", "also", "now", "roughly"})
_JOINS = frozenset({"and", "or", "plus", "&"})
_MARKS = "\"“”‘’'"
_TAIL = 60  # characters after a plain count read for the phrase that tells its event
_REACH = 64  # earlier figures of one noun read, nearest first (as ``_anaphora_seen.REACH``)

_KEY = "restated.kin"


def _nouns(value: object, where: str) -> tuple[str, ...]:
    """One-word lowercase singular nouns, or a loud refusal."""
    if not isinstance(value, list) or not value:
        raise LexiconError(where, "expected a non-empty list of nouns")
    out: list[str] = []
    for noun in value:
        if not isinstance(noun, str) or not noun.isalpha() or noun != noun.lower():
            raise LexiconError(where, f"expected one lowercase word, got {noun!r}")
        out.append(noun)
    return tuple(out)


class Kin(NamedTuple):
    """The synonym sets and the broader nouns of counted sets, by singular noun."""

    synonyms: Mapping[str, frozenset[str]]  # noun -> its set (itself included)
    narrower: Mapping[str, frozenset[str]]  # broader noun -> the nouns under it
    reach: Mapping[str, frozenset[str]]  # noun -> ``relatives``, built once
    # event -> phrases that tell it right after a plain count's noun ("brought 23 people
    # out alive": rescued), read for a role noun that retells that count ("the 32 survivors")
    told: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    # a noun naming the acts of a verb (singular) -> the stems of that verb's forms
    # ("closure": close, shut), read for "close 14 stores" ... "the 17 closures"
    acts: Mapping[str, frozenset[str]] = MappingProxyType({})
    known: frozenset[str] = frozenset()  # every noun of a relation (synonyms, broader)

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> Kin:
        table: Mapping[str, Any] = lex.get("restated", {}).get("kin", {})
        synonyms: dict[str, frozenset[str]] = {}
        for i, group in enumerate(table.get("synonyms", [])):
            members = frozenset(_nouns(group, f"{_KEY}.synonyms[{i}]"))
            if len(members) < 2:
                raise LexiconError(f"{_KEY}.synonyms[{i}]", "expected two or more nouns")
            for noun in members:
                if noun in synonyms:
                    raise LexiconError(f"{_KEY}.synonyms[{i}]", f"{noun!r} is in two sets")
                synonyms[noun] = members
        broader = table.get("broader", {})
        if not isinstance(broader, Mapping):
            raise LexiconError(f"{_KEY}.broader", "expected a table of noun lists")
        narrower: dict[str, frozenset[str]] = {}
        for top, under in broader.items():
            nouns = frozenset(_nouns(under, f"{_KEY}.broader.{top}"))
            if top in nouns:
                raise LexiconError(f"{_KEY}.broader.{top}", "a noun is not broader than itself")
            narrower[top] = nouns
        told = table.get("told", {})
        if not isinstance(told, Mapping):
            raise LexiconError(f"{_KEY}.told", "expected a table of phrase lists")
        phrases: dict[str, tuple[str, ...]] = {}
        owner: dict[str, str] = {}
        for event, said in told.items():
            if not isinstance(said, list) or not all(isinstance(x, str) and x for x in said):
                raise LexiconError(f"{_KEY}.told.{event}", "expected a list of phrases")
            for phrase in said:
                if owner.setdefault(phrase, event) != event:
                    raise LexiconError(f"{_KEY}.told.{event}", f"{phrase!r} tells two events")
            phrases[event] = tuple(f" {squash(x)} " for x in said)
        nominal = table.get("acts", {})
        if not isinstance(nominal, Mapping):
            raise LexiconError(f"{_KEY}.acts", "expected a table of verb lists")
        acts = {
            noun: frozenset(stem(v) for v in _nouns(verbs, f"{_KEY}.acts.{noun}"))
            for noun, verbs in nominal.items()
        }
        made = cls(synonyms, narrower, {})
        every = set(synonyms) | set(narrower)
        reach = {n: made.relatives(n) for n in every}
        known = frozenset(reach) | set(acts) | {n for under in narrower.values() for n in under}
        return cls(synonyms, narrower, reach, phrases, acts, known)

    def relatives(self, later: str) -> frozenset[str]:
        """The nouns whose set a definite ``later`` noun may name: its synonyms, and the
        nouns under it (or under a synonym of it) with their synonyms; never itself."""
        tops = {later} | set(self.synonyms.get(later, ()))
        under = {n for top in tops for n in self.narrower.get(top, ())}
        under |= {s for n in under for s in self.synonyms.get(n, ())}
        return frozenset((tops | under) - {later})

    def tells(self, document: Document, claim: Claim, event: str) -> bool:
        """Whether the words right after a plain count, up to its clause's end, tell
        ``event`` by one of its phrases ("23 people out alive since Monday")."""
        said = self.told.get(event, ())
        if not said:
            return False
        tail = document.prose[claim.location.end : claim.location.end + _TAIL]
        clause = " " + squash(re.split(r"[,;:.!?()]", tail, maxsplit=1)[0]) + " "
        return any(x in clause for x in said)

    def acted(self, document: Document, later: str, earlier: Claim) -> bool:
        """Whether a definite ``later`` noun names the acts of the verb that governs the
        plain count ``earlier`` ("will close 14 stores" ... "the 17 closures"), the
        count told alone (not one item of a list: "14 stores and three depots")."""
        verbs = self.acts.get(singular(later), frozenset())
        return bool(verbs) and bool(governing(document, earlier) & verbs)

    def names(self, later: str, earlier: str) -> bool:
        """Whether the counted noun ``later`` (as written) may name the set of ``earlier``."""
        return singular(earlier) in self.relatives(singular(later))


def governing(document: Document, claim: Claim) -> frozenset[str]:
    """The stems of the verb a plain count is the object of ("will close 14 stores",
    "closed some 14 stores") or the subject of ("14 stores will close", "14 stores are
    to be closed"); empty for an item of a list ("14 stores and three depots")."""
    tail = squash(document.prose[claim.location.end : claim.location.end + _TAIL])
    after = [x.strip(_MARKS) for x in re.split(r"[,;:.!?()]", tail, maxsplit=1)[0].split()]
    if any(x in _JOINS for x in after[:4]):
        return frozenset()  # one item of a list, or a sum
    head = squash(document.prose[max(0, claim.location.start - _TAIL) : claim.location.start])
    ahead = [x.strip(_MARKS) for x in head.split()]
    while ahead and ahead[-1] in _SKIPS:
        ahead.pop()
    out = {stem(ahead[-1])} if ahead else set()
    rest = after[1:]  # past the count's noun
    while rest and rest[0] in _SKIPS:
        rest = rest[1:]
    if rest:
        out.add(stem(rest[0]))
    return frozenset(out)


def fronted(document: Document, claim: Claim) -> bool:
    """Whether a phrase set off by a comma opens the figure's sentence before it ("At
    Orrin High, the 420 pupils ...", "Of those, ...", "By Tuesday, ..."): a fronted
    frame sets another scene, so the figure may name another set than one told before."""
    start = sentence_of(document, claim)[0]
    return "," in document.prose[start : claim.location.start]


def singular(counted: str) -> str:
    """The singular of a counted noun's last word ("fishing boats": boat)."""
    words = counted.split()
    return lemma(words[-1]) if words else ""


class KinIndex(Generic[_T]):
    """The counts told so far by key and singular noun, and whether each noun has been
    given one value or more, so that a definite figure finds the one set its noun may
    name by kin in constant time per noun (a long sentence of figures stays linear)."""

    def __init__(self, kin: Kin, document: Document) -> None:
        self.kin = kin
        self.document = document
        self.told: dict[tuple[object, ...], list[tuple[Claim, _T]]] = {}
        self.value: dict[tuple[object, ...], float | None] = {}
        self.many: set[tuple[object, ...]] = set()
        self.pending: list[tuple[Claim, _T]] = []  # counts not yet filed by their verb
        self.nouns: dict[str, str] = {}  # counted noun -> singular, read once per noun

    @staticmethod
    def _key(claim: Claim, noun: str) -> tuple[object, ...]:
        return (claim.key.dimension, claim.key.qualifiers, noun)

    def add(self, claim: Claim, counted: str, item: _T) -> None:
        if claim.quantity.kind is not Kind.COUNT or not counted:
            return
        noun = self.nouns.get(counted)
        if noun is None:
            noun = self.nouns[counted] = singular(counted)
        if noun in self.kin.known:  # a noun of no relation is never named by kin
            key = (claim.key.dimension, claim.key.qualifiers, noun)  # ``_file``, inline
            self.told.setdefault(key, []).append((claim, item))
            if self.value.setdefault(key, claim.quantity.value) != claim.quantity.value:
                self.many.add(key)
        if self.kin.acts:
            self.pending.append((claim, item))

    def _file(self, key: tuple[object, ...], claim: Claim, item: _T) -> None:
        self.told.setdefault(key, []).append((claim, item))
        if key in self.value and self.value[key] != claim.quantity.value:
            self.many.add(key)
        self.value.setdefault(key, claim.quantity.value)

    def _governed(self) -> None:
        """File the counts told since the last call under the verbs that govern them
        ("will close 14 stores": the acts of "close"), read only once an article has a
        definite noun for acts, each count once."""
        for claim, item in self.pending:
            for verb in governing(self.document, claim):
                self._file(self._key(claim, f"{verb} (verb)"), claim, item)
        self.pending = []

    def named(self, claim: Claim, counted: str) -> list[tuple[Claim, _T]]:
        """The earlier counts ``claim``'s definite noun may name by kin: none unless every
        count told under its own noun or a relative gives one value (a second value is a
        second set, or a part and its whole: "1,150 sheep and 300 cattle" ... "the 1,450
        animals")."""
        if claim.quantity.kind is not Kind.COUNT or not counted:
            return []
        noun = self.nouns.get(counted)
        if noun is None:
            noun = self.nouns[counted] = singular(counted)
        if noun not in self.kin.reach and noun not in self.kin.acts:
            return []
        verbs = sorted(f"{v} (verb)" for v in self.kin.acts.get(noun, ()))
        if verbs:
            self._governed()
        keys = [self._key(claim, n) for n in (noun, *sorted(self.kin.relatives(noun)), *verbs)]
        told = [k for k in keys if k in self.value]
        if any(k in self.many for k in told) or len({self.value[k] for k in told}) != 1:
            return []
        return [x for k in told if k != keys[0] for x in self.told[k][-_REACH:]]


__all__ = ["Kin", "KinIndex", "fronted", "governing", "singular"]
