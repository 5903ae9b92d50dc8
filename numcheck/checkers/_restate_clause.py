"""A bare figure retold by the clause that first told it (NC101-NC103).

"The pair took £412,500 from 34 victims" ... "We are working to recover the £421,500 the
pair pocketed"; "Corvane spent £18.4m on the bakery" ... "the £14.8m Corvane spent on
the bakery". Neither figure names a noun, a measure or an event the lexicon knows, so
no group key holds them (``_restate_grouping``: "population: nothing named"). What says
they are one figure is the clause: a definite figure ("the £421,500") followed by a
relative clause with its own subject and verb retells a figure the article told by
that subject and verb. The relative clause is the grammar of a reference to a known
amount: "the £X [that] SUBJECT VERB ...".

The evidence required (never the absence of a difference):

- the later figure is definite (a determiner or possessive right before it) and names
  no noun; right after it (after an optional "that"/"which") stands a subject (a
  determiner, or a capitalised name) and a verb, or a participle with its agent ("the
  £2m raised by the appeal");
- the clause holds two content words at least (its subject and its verb: a pronoun
  subject is no evidence of which holder), and every content word of it was said of the
  earlier figure in its sentence: itself, or for a verb a phrase of one retelling set
  with it (``[restated] retellings``: "took" / "pocketed");
- the two are one quantity kind and unit, in two sentences, near in value or written
  with the same digits (the earlier figure may be read as a change: "raised £48,200"
  is no rise of anything, its verb says what it is), of one span of time, moment and
  update words, the same years or none, the same named days or none, compatible
  incident, party and place (``_restate_bridge.one_figure``).

A later figure that fits none of the earlier figures its clause retells is reported,
as ``restated.py`` does for references (and with every other telling of the figure it
misstates: ``_restate_tellings``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._ages import is_age
from numcheck.checkers._anaphora import closest
from numcheck.checkers._compare import checkable, compiled, cue_set, sentence_of, stem
from numcheck.checkers._restate_bridge import definite, one_figure
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._restate_retold import AUXILIARIES, Retellings, holds, said_near
from numcheck.checkers._snapshots import days_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.quantity import Kind

_KINDS = frozenset({Kind.MONEY, Kind.COUNT, Kind.MEASURE, Kind.DURATION})
_PUNCT = "\"“”‘’'(),.;:"
_ENDS = (",", ";", ":", ".", "!", "?")
_OPENERS = frozenset({"that", "which"})
_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "i", "you"})
_LONGEST = 10  # words of a relative clause read at most
_WINDOW = 160  # characters read after a figure (never the whole of a long sentence)
_REACH = 24  # earlier figures a bare figure is held against


def object_clause(
    document: Document, claim: Claim, w: Retellings, determiners: frozenset[str]
) -> list[str] | None:
    """The words of the relative clause right after a bare figure, lowercased, from its
    subject up to a clause mark or the main clause's auxiliary ("the £3.2m the thieves
    stole has not been recovered": the thieves stole); None when no subject and verb
    open it ("the £3.2m was recovered", "the £3.2m they stole": a pronoun)."""
    end = min(sentence_of(document, claim)[1], claim.location.end + _WINDOW)
    raw = document.prose[claim.location.end : end].split()[: _LONGEST + 1]
    if raw and raw[0].strip(_PUNCT).lower() in _OPENERS and not raw[0].endswith(_ENDS):
        raw = raw[1:]
    if not raw or raw[0] != raw[0].lstrip(_PUNCT):
        return None
    first = raw[0].strip(_PUNCT)
    lowered = first.lower()
    participle = len(lowered) > 4 and lowered.endswith("ed") and first.isalpha()
    subject = lowered in determiners or (first[:1].isupper() and first.isalpha())
    if lowered in _PRONOUNS or not (participle or subject):
        return None
    if not participle and w.heads.predicate([lowered]):
        return None  # "the £3.2m was recovered": the main clause
    words: list[str] = []
    for token in raw:
        word = token.strip(_PUNCT).lower()
        if words and (word in AUXILIARIES or w.heads.predicate([word])):
            break  # "... stole has not been recovered": the main clause
        if not word.isalpha():
            return None
        words.append(word)
        if token.endswith(_ENDS):
            break
    return words if len(w.heads.content(words)) >= 2 else None


def retold(words: Sequence[str], said: Sequence[str], w: Retellings) -> bool:
    """Whether every content word of the clause was said of the earlier figure, a verb
    phrase or one of its retelling set standing for itself."""
    stems = [stem(x) for x in words]
    i = 0
    while i < len(stems):
        if not w.heads.content([words[i]]):
            i += 1
            continue
        phrase = w.opening(stems[i:])
        if not any(holds(said, kin) for kin in w.kin(phrase)):
            return False
        i += len(phrase)
    return True


def bare(document: Document, claim: Claim, changes: bool = False) -> bool:
    """A figure that names no noun, of a kind a clause may tell (``changes``: a figure
    read as a change too, for a reader that checks its verb)."""
    q = claim.quantity
    return (
        checkable(claim)
        and (changes or not claim.is_change)
        and q.kind in _KINDS
        and not q.noun
        and not is_age(document, claim)
    )


def _unit(claim: Claim) -> tuple[object, ...]:
    return claim.quantity.kind, claim.quantity.unit, claim.key.dimension


def one_unit(a: Claim, b: Claim) -> bool:
    """One quantity kind, unit and dimension: figures that may be one amount."""
    return _unit(a) == _unit(b)


def clause_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Bare figures retold by a relative clause, each against the earlier figures its
    clause retells; no finding for a figure already in one (``told``: start offsets)."""
    w = compiled(Retellings.of, lex)
    determiners = cue_set(lex.get("restated", {}), "determiners")
    findings: list[Finding] = []
    by_unit: dict[tuple[object, ...], list[Claim]] = {}
    for later in g.ordered:
        q = later.quantity
        if later.location.start in told or q.noun or q.kind not in _KINDS or later.is_change:
            continue  # the cheapest tests first: most figures name a noun or a kind
        if not checkable(later) or not definite(document, later, lex, determiners):
            continue  # the cheap test first: most figures are no definite
        if not bare(document, later):
            continue
        words = object_clause(document, later, w, determiners)
        if words is None:
            continue
        days = days_of(document, later, lex)
        if not by_unit:  # once per article, when a figure is retold at all
            for c in g.ordered:
                if checkable(c):
                    by_unit.setdefault(_unit(c), []).append(c)
        others = [c for c in by_unit.get(_unit(later), ())[: _REACH + 1] if c is not later]
        retelling: list[Claim] = []
        for other in others[:_REACH]:
            if not retold(words, said_near(document, other), w):
                continue
            theirs = days_of(document, other, lex)
            if days and theirs and not days & theirs:
                continue  # "on Sunday" ... "on Monday": two readings
            if one_figure(document, other, later, g, lex):
                retelling.append(other)
        finding = fits_none(document, later, retelling, tolerance)
        if finding is not None:
            findings.append(finding)
            told |= {at.start for at in (finding.location, *finding.related)}
    return findings


def fits_none(
    document: Document, later: Claim, figures: Sequence[Claim], tolerance: float
) -> Finding | None:
    """The finding of ``later`` against the nearest of the figures it retells when it
    fits none of them (one it fits says the copy agrees with itself), or None."""
    if not figures:
        return None
    verdicts = [verdict(document, *_ordered(e, later), tolerance) for e in figures]
    found = [v for v in verdicts if v is not None]
    return found[closest(later, figures)] if len(found) == len(verdicts) else None


def _ordered(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The two figures in the order of the copy."""
    return (a, b) if a.location.start <= b.location.start else (b, a)


__all__ = ["bare", "clause_findings", "fits_none", "object_clause", "one_unit", "retold"]
