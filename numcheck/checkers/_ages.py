"""A person's age restated differently in one article: "Boss Ian Marsh, 54, said ..."
and later "The 45-year-old boss ...".

Ages are written after a name, as an appositive ("Ian Marsh, 54,", "Marsh, aged 54,",
the tabloid "Ian Marsh (54)", "Ian Marsh, a 54-year-old builder,") or a relative clause
("Mr Marsh, who is 54," "Marsh, who was 54."), and as a compound before a name or a
noun ("54-year-old Ian Marsh", "the 45-year-old boss"). A name names the
person (a courtesy title aside: "Mr Marsh" is Marsh); a role noun after "the
N-year-old" names the one person whose name carries that title ("Boss Ian Marsh"), and
a shorter name the one longer name it is part of ("Marsh" in "Ian Marsh"). Whenever two
people could be meant (two full names, or one surname under a man's and a woman's
title), nothing is compared; an age at another time ("who was 19 when she joined", "who
would have been 88") is not the person's age.

A bare "the 45-year-old" (no noun after it: it stands for the person) is definite: it
presupposes a person the article has already given that age, whoever it is. When the
article gave ages before it and none is that age, one of them is misstated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import cue_set
from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

# up to four capitalised words on one line ("J." an initial), and a lowercase title before
# them ("driver Tom Ray, 30,")
_NAME = re.compile(
    r"(?:(?<![\w.])([a-z]+) )?((?:[A-Z](?:\.|[\w'’-]*) ){0,3}[A-Z][\w'’-]+), (?:aged )?\Z"
)
# "Marsh, who was 54,": the name before a relative clause giving an age
_RELATIVE = re.compile(
    r"((?:[A-Z](?:\.|[\w'’-]*) ){0,3}[A-Z][\w'’-]+), who (?:is|was|(turned|turns|had turned)) "
    r"(?:aged )?\Z"
)
# what ends an age in a relative clause: a mark, or "years old" and a mark; after
# "turned", also when ("who turned 66 in March")
_AGE_END = lazy_compile(r"(?: years?)?(?: old)?(?:[,.;:!?]|\s*\Z)")
_TURNED_END = lazy_compile(r"(?: (?:in|on|last|this) \w+)?(?:[,.;:!?]|\s*\Z)")
_MEN, _WOMEN = frozenset({"mr", "sir", "lord"}), frozenset({"mrs", "ms", "miss", "dame", "lady"})
_TITLES = _MEN | _WOMEN | {"mx", "dr", "prof"}
# kin named just before a short name: "his widow, Mrs Benning" is another person
_KIN = lazy_compile(
    r"\b(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner|"
    r"spouse|grandson|granddaughter|nephew|niece|cousin)s?\b[^.]{0,20}\Z",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"(\d{1,3})[-‑]year[-‑]old\Z", re.IGNORECASE)
# a compound age as a name's appositive: "Ian Marsh, a 54-year-old builder,"
_APPOSED = lazy_compile(r"((?:[A-Z](?:\.|[\w'’-]*) ){0,3}[A-Z][\w'’-]+), (?:an?|the) \Z")
# a compound age before a name of two words or more: "54-year-old Ian Marsh"
_NAME_AFTER = lazy_compile(r" ((?:[A-Z](?:\.|[\w'’-]*) ){1,3}[A-Z][\w'’-]+)(?=[ ,.;:])")
# no person's name before an appositive age: a time or a place after a preposition ("On
# Monday, a 54-year-old man", "In Leeds, a 30-year-old woman")
_NOT_NAMES = lazy_compile(
    r"(?:\b(?i:on|in|at|from|by|since|until|to|of|for|near|last|next|this) (?:[A-Z][\w'’-]+ ){0,3}"
    r"[A-Z][\w'’-]+|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December))\Z"
)
# the tabloid's age in brackets after a name: "Ian Marsh (54)"
_BRACKETED = lazy_compile(
    r"(?:(?<![\w.])([a-z]+) )?((?:[A-Z](?:\.|[\w'’-]*) ){0,3}[A-Z][\w'’-]+) \(\Z"
)
# "a woman of 72", "a boy of nine": a person's age after "of" (not "a mother of three")
_OF_AGE = lazy_compile(
    r"\b(?:an?|the) (?:\w+ )?(?:man|woman|boy|girl|pensioner|teenager|widow|widower|"
    r"lady|gentleman) of \Z",
    re.IGNORECASE,
)
# an age by a superlative of age or the word "age": "the oldest case is 81", "the
# youngest victim was just four", "the eldest, 92,", "the median age is 34"
_AGE_SAID = lazy_compile(
    r"(?:\b(?:oldest|youngest|eldest)\b(?: [\w'’-]+){0,3}? (?:is|was|are|were|being|,)"
    r"|\bages? (?:is|was|of|at|were|ranged from|ranging from)"
    r"|\baged(?: between| from)?)(?: aged| just| only)? \Z",
    re.IGNORECASE,
)


_Age = tuple[int, frozenset[str], str | None, bool]


def _age(document: Document, claim: Claim) -> _Age | None:
    """(age, the words naming the person or the role, a lowercase title before the name,
    whether it is a name) or None."""
    q, text = claim.quantity, document.prose
    if q.value is None or q.value != int(q.value) or not 0 < q.value < 125:
        return None
    start, end = claim.location.start, claim.location.end
    compound = _COMPOUND.match(text[start:end])
    lead = text[max(0, start - 60) : start]
    if compound is not None:
        age = int(compound.group(1))
        apposed = _APPOSED.search(lead)
        if apposed is not None and not _NOT_NAMES.search(lead[: apposed.end(1)]):
            # "Ian Marsh, a 54-year-old builder": he is the builder
            found = _person_age(text, lead, apposed.start(1), age, apposed.group(1))
            role = q.head.lower() if q.head and " " not in q.head else None
            return None if found is None else (found[0], found[1], role, True)
        named = _NAME_AFTER.match(text[end : end + 60])
        article = lead.lower().split()[-1:]
        if named is not None and article not in (["a"], ["an"]):  # "54-year-old Ian Marsh"
            return _person_age(text, lead, len(lead), age, named.group(1))
        head = q.head
        before = text[max(0, start - 6) : start].lower().split()
        if head is None or not before or before[-1] != "the":
            return None  # "a 45-year-old boss" introduces someone, it does not refer back
        return age, frozenset({head.lower()}), None, False
    relative = _RELATIVE.search(lead)
    if relative is not None:
        ends = _TURNED_END if relative.group(2) else _AGE_END
        if q.unit not in (None, "year") or ends.match(text[end : end + 16]) is None:
            return None  # "who was 19 when she joined": an age at another time; "5ft"
        return _person_age(text, lead, relative.start(1), int(q.value), relative.group(1))
    if text[end : end + 1] == ")":  # "Ian Marsh (54)"
        name = _BRACKETED.search(lead)
    elif text[end : end + 1] in (",", "."):
        name = _NAME.search(lead)
    else:
        return None
    if name is None:
        return None
    found = _person_age(text, lead, name.start(2), int(q.value), name.group(2))
    return None if found is None else (found[0], found[1], name.group(1), True)


def _person_age(text: str, lead: str, at: int, age: int, name: str) -> _Age | None:
    """The age of a named person, unless a short name is a kinsman's ("his widow, Mrs
    Benning") or a surname both a man and a woman carry in the article."""
    words = name.split()
    titled = len(words) > 1 and words[0].lower().strip(".") in _TITLES
    if titled and _KIN.search(lead[:at]):
        return None
    if (titled or len(words) == 1) and _both_genders(text, words[-1]):
        return None
    return age, _named(name), None, True


def _both_genders(text: str, surname: str) -> bool:
    """Whether the article gives ``surname`` under a man's title and a woman's."""
    titles = re.findall(rf"\b([A-Z][a-z]+)\.? {re.escape(surname)}\b", text)
    said = {t.lower() for t in titles}
    return bool(said & _MEN) and bool(said & _WOMEN)


def _named(name: str) -> frozenset[str]:
    """The words of a name, a courtesy title aside ("Mr Marsh" is Marsh)."""
    words = [w.lower().strip(".") for w in name.split()]
    return frozenset(w for w in words if w not in _TITLES) or frozenset(words)


def is_age(document: Document, claim: Claim) -> bool:
    """Whether the figure is a person's age ("Peter Allard, 61, from Hamley", "a woman
    of 72 has died", "the oldest case is 81"), which no count of the story restates."""
    if _age(document, claim) is not None:
        return True
    start = claim.location.start
    lead = document.prose[max(0, start - 40) : start]
    return bool(_OF_AGE.search(lead) or _AGE_SAID.search(lead))


class Nominal(NamedTuple):
    """The words after which "the 45-year-old" stands for a person, not before a noun:
    a verb ("was", "said", "admitted"), a preposition, a conjunction or a relative
    (lexicon data: [grammar] of measures.toml, the reporting verbs of [sums], the
    predicate verbs of [restated]); a verb in -ed counts when an object or a
    complement follows it ("admitted 11 counts", "appeared in court"), not a noun
    ("the 45-year-old retired teacher")."""

    verbs: frozenset[str]
    objects: frozenset[str]

    @classmethod
    def of(cls, checkers: Mapping[str, Any], measures: Mapping[str, Any]) -> Nominal:
        grammar = measures.get("grammar", {})
        verbs = set().union(*(cue_set(grammar, n) for n in (
            "auxiliaries", "finite_verbs", "prepositions", "conjunctions", "relatives")))
        verbs |= cue_set(checkers.get("sums", {}), "pronoun_one_after")
        verbs |= cue_set(checkers.get("restated", {}), "predicate_verbs")
        objects = set().union(*(cue_set(grammar, n) for n in (
            "determiners", "possessives", "prepositions")))
        return cls(frozenset(verbs), frozenset(objects))

    def stands_alone(self, tail: str) -> bool:
        """Whether the words after a compound age leave it without a noun."""
        if not tail[:1].isspace():
            return tail[:1] != "-"  # a clause mark, a possessive, the sentence's end
        after = _WORD.findall(tail.lower())[:2]
        if not after or after[0] in self.verbs:
            return True
        verb = len(after[0]) > 4 and after[0].endswith("ed")
        return verb and len(after) > 1 and (after[1][0].isdigit() or after[1] in self.objects)


_WORD = lazy_compile(r"[\w'’]+")


def _bare(document: Document, claim: Claim, nominal: Nominal) -> int | None:
    """The age of a bare definite "the 45-year-old" standing for a person, or None."""
    text = document.prose
    start, end = claim.location.start, claim.location.end
    compound = _COMPOUND.match(text[start:end])
    if compound is None or text[max(0, start - 6) : start].lower().split()[-1:] != ["the"]:
        return None
    return int(compound.group(1)) if nominal.stands_alone(text[end : end + 40]) else None


def _told(document: Document, claim: Claim) -> int | None:
    """An age the article gives in any way a later "the N-year-old" may refer to: a
    person's age, "a woman of 72", a compound ("a 19-year-old man", "the 19-year-old")."""
    q = claim.quantity
    if q.value is None or q.value != int(q.value):
        return None
    compound = _COMPOUND.match(document.prose[claim.location.start : claim.location.end])
    if compound is not None:
        return int(compound.group(1))
    return int(q.value) if is_age(document, claim) else None


_DECADE = lazy_compile(r"(1?\d)0s\Z")  # "in his 50s"


def _maybe_ages(document: Document, claim: Claim) -> set[int]:
    """The ages a figure not read as one may give: a whole number of years or of nothing
    ("she started running at 58", "Smith, now 54"), a decade ("in his 50s")."""
    q = claim.quantity
    decade = _DECADE.search(document.prose[claim.location.start : claim.location.end])
    if decade is not None:
        return set(range(int(decade.group(1)) * 10, int(decade.group(1)) * 10 + 10))
    if q.value is None or q.value != int(q.value) or q.unit not in (None, "year"):
        return set()
    return {int(q.value)} if q.kind in (Kind.COUNT, Kind.DURATION) else set()


def bare_findings(
    document: Document, claims: Sequence[Claim], nominal: Nominal
) -> list[Finding]:
    """NC101 for a bare "the N-year-old" when the article gave ages before it and none
    is N (see the module docstring). Any figure of years before it may be the age it
    refers to ("she started running at 58"): only a figure no earlier one fits is told."""
    findings: list[Finding] = []
    ages: list[tuple[Claim, int]] = []
    years: set[int] = set()
    for claim in sorted(claims, key=lambda c: c.location.start):
        age = _bare(document, claim, nominal)
        if age is not None and ages and age not in years:
            earlier = min(ages, key=lambda x: (abs(x[1] - age), -x[0].location.start))[0]
            message = (
                f"{describe(document, claim)} refers back to someone the article gave that "
                f"age, but no earlier figure gives it: the nearest age given is "
                f"{describe(document, earlier)}"
            )
            findings.append(finding("NC101", message, claim, [earlier], document))
        told = _told(document, claim)
        if told is not None:
            ages.append((claim, told))
        years |= {told} if told is not None else _maybe_ages(document, claim)
    return findings


def _person(key: frozenset[str], named: Mapping[frozenset[str], set[str]]) -> frozenset[str] | None:
    """The one full name ``key`` (a role or a shorter name) belongs to, or None."""
    found = {n for n, titles in named.items() if key <= n or key <= titles}
    return next(iter(found)) if len(found) == 1 else None


def age_findings(document: Document, claims: Sequence[Claim]) -> list[Finding]:
    """NC101 for a person given two ages (see the module docstring)."""
    ages = [(c, a) for c in claims if (a := _age(document, c)) is not None]
    full_names = {words for _, (_, words, _, full) in ages if full}
    named: dict[frozenset[str], set[str]] = {
        n: set() for n in full_names if not any(n < other for other in full_names)
    }
    for _, (_, words, title, _) in ages:
        for n in named:
            if title and words <= n:
                named[n].add(title)
    first: dict[frozenset[str], tuple[Claim, int]] = {}
    findings: list[Finding] = []
    for claim, (age, words, _, _) in sorted(ages, key=lambda x: x[0].location.start):
        person = _person(words, named)
        if person is None:
            continue
        if person not in first:
            first[person] = (claim, age)
            continue
        earlier, was = first[person]
        if was != age:
            message = (
                f"{describe(document, earlier)} vs {describe(document, claim)}: the same "
                f"person cannot be {said(document, earlier)} and {said(document, claim)}"
            )
            findings.append(finding("NC101", message, claim, [earlier], document))
    return findings


__all__ = ["Nominal", "age_findings", "bare_findings", "is_age"]
