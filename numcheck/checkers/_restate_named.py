"""A figure no group holds, named by the noun it is told as, restated (NC101-NC103).

"Kesby Town drew a crowd of 18,400" ... "A crowd of 14,800 watched Kesby beat Orrin";
"an estimate of about £2.4m" ... "an estimate of more than £3m". Neither figure names a
thing or a measure the lexicon knows, so the grouping leaves both out ("population:
nothing named", or a thing but no measure) and no key holds them. The copy names them
all the same, in the frame that gives a figure its noun and nothing else: "NOUN of FIG"
(the figure is the noun's amount; a hedge before the figure is its own).

Two such figures of one unit, under one noun (by ``stem``) and in two sentences, read as
one figure told twice when everything else says so (``one_time``: near in value, one
span of time, moment, update and instance words, years, incident, party and place). A
noun that says the figure is one of several of its kind in one story ("a total of", "an
average of", "a rise of", "a maximum of", "a toll of") is read by other checkers or
names a figure that moves: the lexicon lists them (``[restated] named_apart``) and they
are left alone. A noun of an attribute (a value, a price, a fine) holds one figure per
holder or period: two figures the grammar of ``_restate_another`` tells of another
period or holder ("Its rival ...", "Last season ..."), or whose clauses name two holders
neither of which the other names (``two_holders``), are two. The verdict then decides
as for every restatement.

A figure told as known by the word after it ("the 12,904 majority", "the £16.3m profit")
is held against a figure the "of" frame names by the same noun, never against another
of its own frame: the word after a figure is as often a participle ("the 4.52% paid at
the October auction" ... "the 4.78% paid"), which names another instance as readily as
the same one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from numcheck.checkers._compare import (
    before,
    compiled,
    cue_set,
    squash,
    stem,
)
from numcheck.checkers._restate_amounts import AmountWords, holders
from numcheck.checkers._restate_another import AnotherWords, told_apart_by
from numcheck.checkers._restate_bridge import one_time as bridge_one_time
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding

_LEFT_OUT = frozenset({"population: nothing named", "population: thing, no measure"})
_WORD = re.compile(r"[a-z][a-z-]{2,}")
_REACH = 8  # earlier figures of one noun a later one is held against


def named_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int],
    words: AmountWords,
) -> list[Finding]:
    """Each figure no group holds against the nearest earlier one told as the same noun;
    no finding for a figure already in one (``told``: start offsets reported or
    related, updated here). ``words``: the amount reader's, for the holders of each."""
    cues = lex.get("restated", {})
    apart, determiners = cue_set(cues, "named_apart"), cue_set(cues, "determiners")
    another = compiled(AnotherWords.of, lex)
    by_noun: dict[tuple[str, object], list[tuple[Claim, bool]]] = {}
    findings: list[Finding] = []
    for claim in g.ordered:
        if g.left_out.get(id(claim)) not in _LEFT_OUT or claim.scope is Scope.BOILERPLATE:
            continue
        told_by = told_as(document, claim, determiners)
        if told_by is None or told_by[0] in apart:
            continue
        noun, framed = told_by
        earlier = by_noun.setdefault((stem(noun), claim.quantity.unit), [])
        if claim.location.start not in told:
            for first, first_framed in reversed(earlier[-_REACH:]):
                if not (framed or first_framed):
                    continue  # "the 4.52% paid" ... "the 4.78% paid": no noun for either
                if first.location.start in told or not one_time(document, first, claim, g, lex):
                    continue
                if told_apart_by(document, first, claim, another) or two_holders(
                        document, first, claim, words):
                    continue  # "Its rival was handed ...", "Orrin was handed ..."
                found = verdict(document, first, claim, tolerance)
                if found is not None:
                    findings.append(found)
                    told |= {first.location.start, claim.location.start}
                break  # the nearest earlier telling that may be the figure is the one
        earlier.append((claim, framed))
    return findings


def told_as(
    document: Document, claim: Claim, determiners: frozenset[str]
) -> tuple[str, bool] | None:
    """The noun a figure is told as, and whether the "of" frame says it is a noun: the
    word before the "of" right before the figure ("a crowd of 18,400", "an estimate of
    about £2.4m": True) or, after a determiner, the word right after it ("the 12,904
    majority": False; as often a participle, "the 4.52% paid", so it counts only
    against a figure the "of" frame names)."""
    words = before(document, claim, 40).split()
    if len(words) >= 2 and words[-1] == "of" and _WORD.fullmatch(words[-2]):
        return words[-2], True
    if words and words[-1].strip("\"“”‘(") in determiners:
        after = squash(document.prose[claim.location.end : claim.location.end + 30]).split()
        if after and _WORD.fullmatch(after[0]):
            return after[0], False
    return None


def one_time(
    document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]
) -> bool:
    """Two figures of two sentences that may be one figure misstated, as
    ``_restate_bridge.one_time`` reads them, but for the part words of a figure's own
    phrase: a figure that names nothing has none the grouping could read, and what the
    parser reads there ("of watched", "of beat") is the clause after it."""
    return bridge_one_time(document, a, b, g, lex, moment=_said)


def two_holders(document: Document, a: Claim, b: Claim, words: AmountWords) -> bool:
    """Two figures whose clauses name two holders, neither the other's ("Kesby won a
    contract with a value of £4.2m" ... "Orrin was handed a contract with a value of
    £3.4m"): the names ``_restate_amounts.holders`` reads before each figure (past any
    speaker), less function words a label leaves capitalised ("Caption: A crowd of")."""
    x = holders(document, a, words) - words.stops
    y = holders(document, b, words) - words.stops
    return bool(x and y and not x & y)


def _said(marks: tuple[str, ...]) -> tuple[str, ...]:
    """The moment, update and instance words of a snapshot, without its part words."""
    return tuple(m for m in marks if not m.startswith("of "))


__all__ = ["named_findings", "one_time", "told_as", "two_holders"]
