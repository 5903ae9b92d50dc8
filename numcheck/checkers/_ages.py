"""A person's age restated differently in one article: "Boss Ian Marsh, 54, said ..."
and later "The 45-year-old boss ...".

Ages are written two ways: an appositive after a name ("Ian Marsh, 54,", "Marsh,
aged 54,") and a compound before a noun ("the 45-year-old boss"). A name names the
person; a role noun after "the N-year-old" names the one person whose name carries
that title ("Boss Ian Marsh"), and a shorter name the one longer name it is part of
("Marsh" in "Ian Marsh"). Whenever two people could be meant, nothing is compared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from numcheck.checkers._words import describe, finding, said
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding

# up to four capitalised words on one line ("J." an initial), and a lowercase title before
# them ("driver Tom Ray, 30,")
_NAME = re.compile(
    r"(?:(?<![\w.])([a-z]+) )?((?:[A-Z](?:\.|[\w'’-]*) ){0,3}[A-Z][\w'’-]+), (?:aged )?\Z"
)
_COMPOUND = re.compile(r"(\d{1,3})[-‑]year[-‑]old\Z", re.IGNORECASE)


_Age = tuple[int, frozenset[str], str | None, bool]


def _age(document: Document, claim: Claim) -> _Age | None:
    """(age, the words naming the person or the role, a lowercase title before the name,
    whether it is a name) or None."""
    q, text = claim.quantity, document.prose
    if q.value is None or q.value != int(q.value) or not 0 < q.value < 125:
        return None
    start, end = claim.location.start, claim.location.end
    compound = _COMPOUND.match(text[start:end])
    if compound is not None:
        head = q.head
        before = text[max(0, start - 6) : start].lower().split()
        if head is None or not before or before[-1] != "the":
            return None  # "a 45-year-old boss" introduces someone, it does not refer back
        return int(compound.group(1)), frozenset({head.lower()}), None, False
    if text[end : end + 1] != ",":
        return None
    name = _NAME.search(text[max(0, start - 60) : start])
    if name is None:
        return None
    words = frozenset(w.lower().strip(".") for w in name.group(2).split())
    return int(q.value), words, name.group(1), True


def is_age(document: Document, claim: Claim) -> bool:
    """Whether the figure is a person's age ("Peter Allard, 61, from Hamley"), which no
    count of the story restates."""
    return _age(document, claim) is not None


def _person(
    key: frozenset[str], named: Mapping[frozenset[str], set[str]]
) -> frozenset[str] | None:
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


__all__ = ["age_findings", "is_age"]
