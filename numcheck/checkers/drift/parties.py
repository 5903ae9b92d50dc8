"""Which claimants of one figure group are one party (align.ClaimIndex._resolve_parties):
a description resolved by the lexicon (drift/coreference.py) stands for a name only when
their heads are alike, and a description the story itself sets beside a name is that
name's party."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from numcheck.checkers.drift.alignment import Alignment
from numcheck.text import norm

__all__ = ["apposed", "named_alike"]


def named_alike(description: str, name: str, alignment: Alignment) -> bool:
    """Whether a description party can stand for a name written for a party (a
    claimant: "UN Relief Coordination Office", not its party "united nations") by their
    heads: the same
    head ("the agency", "Environment Agency"), an agent and its own body ("the force",
    "Corrow Police": claimants.toml ``[parties.institutions]``), a name marked as the
    description's kind ("the union", "the Police Federation"), or a name whose head is no
    body word ("the company", "Northgrid"). A name headed by a body of another kind is
    another body: "police" is not "the Police Federation", whose words it holds."""
    coref = alignment.descriptions
    if coref is None:
        return True
    head = description.split()[-1]
    named = norm(name.replace("\u2019", "'").split()[-1].strip(".,")).removesuffix("'s")
    if head == named or named in coref.institutions.get(head, frozenset()) \
            or head in coref.institutions.get(named, frozenset()):
        return True
    kind = coref.kinds.get(head)
    if kind is not None and named in coref.marks.get(kind, frozenset()):
        return True
    return named not in coref.organisations


def apposed(named: Mapping[str, Collection[str]], texts: Sequence[str],
             resolved: Mapping[str, str]) -> dict[str, str]:
    """Descriptions the story itself sets beside a name ("the utility Northgrid",
    "Northgrid, the utility,"; "Unite, the union"): that name's party, when the group's
    figures name exactly one party so apposed. Read in the texts of the group's own
    figures, so every engine resolves alike; a description already resolved stays."""
    out: dict[str, str] = {}
    for party, written in named.items():
        if party in resolved or any(ch.isupper() for c in written for ch in c):
            continue  # a name, or a description the lexicon resolved
        words = r"\s+".join(re.escape(w) for w in party.split())
        found = set()
        for other, claimants in named.items():
            if other == party:
                continue
            for claimant in claimants:
                name = re.escape(claimant.removeprefix("the ").strip())
                if not name or not any(ch.isupper() for ch in claimant):
                    continue
                pattern = re.compile(
                    rf"\b(?i:the)\s+{words}\s+{name}\b|\b{name},\s+(?i:the)\s+{words}\b")
                if any(pattern.search(t) for t in texts):
                    found.add(other)
        if len(found) == 1:
            out[party] = found.pop()
    return out
