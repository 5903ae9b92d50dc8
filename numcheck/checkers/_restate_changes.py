"""A change the body restates by a definite phrase: "the 10% rise" after "the cap rises
9% in October"; "the 2.4% fall" after "sales fell 4.2%".

A definite change ("the", a possessive, then the figure and a change noun) presupposes a
change told before it: an earlier body percentage change in the same direction, in
another sentence, of the same incident. A modifier after the noun ("the 3% rise in
wages": ``[restated] change_modifiers``) narrows it to the earlier changes whose
sentence says those words; other prepositions belong to the verb ("blamed the 2.4% fall
on the weather"). The phrase is
reported (restated.py) only when it fits none of the changes it may restate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import (
    before,
    compiled,
    cue_set,
    same_incident,
    same_sentence,
    squash,
)
from numcheck.checkers._headline import percent_change
from numcheck.checkers._heads import HeadWords
from numcheck.claims import Claim, Scope
from numcheck.document import Document

_PUNCT = "\"“”‘’'(),.;:"
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _cues(lex: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """``[restated]``: the determiners of a definite phrase, and the prepositions after a
    change's noun that narrow what changed."""
    cues: Mapping[str, Any] = lex.get("restated", {})
    return cue_set(cues, "determiners"), cue_set(cues, "change_modifiers")


def definite_changes(
    document: Document,
    claims: Sequence[Claim],
    lex: Mapping[str, Any],
    nouns: frozenset[str],
) -> list[tuple[Claim, list[Claim]]]:
    """Each definite change of the body with the earlier changes it may restate, nearest
    first. ``nouns``: the words that make a figure before them a change ("rise")."""
    determiners, narrowing = compiled(_cues, lex)
    heads = compiled(HeadWords.of, lex)
    body = sorted(
        (c for c in claims if c.scope is Scope.BODY and percent_change(c)),
        key=lambda c: c.location.start,
    )
    out: list[tuple[Claim, list[Claim]]] = []
    for i, claim in enumerate(body):
        narrowed = _definite(document, claim, determiners, narrowing, heads, nouns)
        if narrowed is None:
            continue
        earlier = [
            e
            for e in reversed(body[:i])
            if e.quantity.change is claim.quantity.change
            and not same_sentence(e, claim, document)
            and same_incident(e, claim)
            and (not narrowed or heads.said_of(document, e, narrowed))
        ]
        if earlier:
            out.append((claim, earlier))
    return out


def _definite(
    document: Document,
    claim: Claim,
    determiners: frozenset[str],
    narrowing: frozenset[str],
    heads: HeadWords,
    nouns: frozenset[str],
) -> tuple[str, ...] | None:
    """The narrowing words of a definite change phrase ("the 3% rise in wages": wage),
    () for none, or None when the figure is no definite change phrase."""
    last = before(document, claim, 30).split()[-1:]
    word = last[0].strip(_PUNCT) if last else ""
    if word not in determiners and not (len(word) > 3 and word.endswith(_POSSESSIVE)):
        return None
    end = claim.location.end
    after = [x.strip(_PUNCT) for x in squash(document.prose[end : end + 80]).split()]
    if not after or after[0] not in nouns:
        return None
    rest = after[1:6]
    if not rest or rest[0] not in narrowing:
        return ()
    cut = next((i for i, x in enumerate(rest) if i and heads.predicate([x])), len(rest))
    return heads.content(rest[:cut])[:2]


__all__ = ["definite_changes"]
