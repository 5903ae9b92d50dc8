"""Two bare figures told as the object of one subject and verb (NC101-NC103).

"The pair took £412,500 from 34 elderly victims" ... "In all, the pair took £421,500
from their victims"; "Kerrow sank $600 million into the pipeline" ... "Kerrow sank $660
million into the pipeline before it was halted". Neither figure names a noun, a
measure or an event the lexicon knows, so no group key holds them
(``_restate_grouping``: "population: nothing named"). The clause says they are one
figure: the same subject (a noun or a name, never a pronoun: "they" may be anyone) and
the same verb right before the figure (or one of its retelling set: ``[restated]
retellings``), and what follows the figure in its clause (its complement: "on roads",
"from 34 elderly victims"): every content word of the later one's said of the earlier
figure ("The council spent £2.4m on roads" and "The council spent £1.1m on parks" are two
amounts), and the last of the earlier one's (its head: "into the second round" is a part
of "into the start-up") said of the later. A figure the parser reads as a change ("raised
£48,200") is read so only when its verb is of a retelling set (an amount taken, spent,
raised or invested, no rise).

The two must also be one quantity kind and unit, in two sentences, near in value or
written with the same digits, of one span, moment and update words, the same years or
none, the same named days or none, compatible incident, party and place
(``_restate_bridge.one_time``). A later figure that fits none of the earlier figures of
its subject and verb is reported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import compiled, cue_set, sentence_of, stem
from numcheck.checkers._restate_bridge import one_time
from numcheck.checkers._restate_clause import bare, fits_none, one_unit, retold
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_retold import AUXILIARIES, Retellings, said_near
from numcheck.checkers._snapshots import days_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding

_PUNCT = "\"“”‘’'(),.;:"
_ENDS = (",", ";", ":", ".", "!", "?")
_PRONOUNS = frozenset({"they", "it", "he", "she", "we", "i", "you", "who", "which", "that",
                       "this", "these", "those", "there"})
_SKIPS = 3  # auxiliaries and adverbs read between a subject and its verb at most
_COMPLEMENT = 6  # words read after a figure for its complement at most
_WINDOW = 120  # characters read beside a figure (never the whole of a long sentence)
_REACH = 24  # earlier figures of one subject and verb a figure is held against


def _plain(token: str) -> bool:
    """A word with no mark on either side (a clause goes on through it)."""
    return token.isalpha() or (token.strip(_PUNCT) == token and token.replace("-", "").isalpha())


def subject_verb(
    document: Document, claim: Claim, w: Retellings, stops: frozenset[str],
    skips: frozenset[str],
) -> tuple[str, frozenset[tuple[str, ...]]] | None:
    """The subject's stem and the retelling set of the verb right before a figure ("the
    pair took £412,500": pair, {took, pocketed, ...}), auxiliaries and adverbs between
    them aside; None when the word before the figure is no verb (a determiner, a
    preposition, an auxiliary, a capitalised word) or its subject is a pronoun."""
    start = max(sentence_of(document, claim)[0], claim.location.start - _WINDOW)
    lead = document.prose[start : claim.location.start].split()[-(2 + _SKIPS) :]
    if len(lead) < 2 or not _plain(lead[-1]) or not lead[-1].islower():
        return None
    verb = lead[-1]
    if verb in stops or verb in AUXILIARIES or verb in _PRONOUNS:
        return None
    at = len(lead) - 2
    while at >= 0 and lead[at].lower() in skips and _plain(lead[at]):
        at -= 1  # "the pair had also taken", "Kerrow has now sunk"
    if at < 0 or not _plain(lead[at]):
        return None
    subject = lead[at].lower()
    if subject in _PRONOUNS or subject in stops or subject in AUXILIARIES:
        return None
    return stem(subject), w.kin((stem(verb),))


def complement(document: Document, claim: Claim, w: Retellings) -> list[str]:
    """The words after a figure in its clause, up to a clause mark or a main verb's
    auxiliary ("from 34 elderly victims, the court heard": from 34 elderly victims)."""
    end = min(sentence_of(document, claim)[1], claim.location.end + _WINDOW)
    words: list[str] = []
    for token in document.prose[claim.location.end : end].split()[:_COMPLEMENT]:
        word = token.strip(_PUNCT).lower()
        if word in AUXILIARIES or w.heads.predicate([word]):
            break
        words.append(word)
        if token.endswith(_ENDS):
            break
    return [x for x in words if x.isalpha()]


def two_objects(document: Document, a: Claim, b: Claim, w: Retellings) -> bool:
    """Two figures of one head whose complements name two things: each opens with a
    preposition whose object (its first content word) was not said of the other figure
    ("The council spent £2.4m on roads last year" ... "spent £2.1m on parks last year":
    roads, parks; a period both name is no object): evidence of two amounts."""
    for one, other in ((a, b), (b, a)):
        words = complement(document, one, w)
        if not words or words[0] not in w.prepositions:
            return False
        content = w.heads.content(words[1:])
        if not content or content[0] in said_near(document, other):
            return False
    return True


def subject_findings(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Bare figures of one subject and verb whose complements were said of each other,
    each against the earlier ones; no finding for a figure already in one (``told``)."""
    w = compiled(Retellings.of, lex)
    restated: Mapping[str, Any] = lex.get("restated", {})
    skips = cue_set(restated, "frame_skips") | AUXILIARIES
    stops = cue_set(restated, "determiners") | w.prepositions | skips
    told_by: dict[tuple[str, frozenset[tuple[str, ...]]], list[Claim]] = {}
    findings: list[Finding] = []
    for later in g.ordered:
        read = subject_verb(document, later, w, stops, skips)  # the cheap test first
        if read is None or not bare(document, later, changes=True):
            continue
        if later.is_change and len(read[1]) < 2:
            continue  # "raised £48,200" is no rise when its verb is of a retelling set
        earlier = told_by.setdefault(read, [])
        if later.location.start not in told and earlier:
            finding = _against(document, later, earlier[-_REACH:], g, lex, w, tolerance)
            if finding is not None:
                findings.append(finding)
                told |= {at.start for at in (finding.location, *finding.related)}
        earlier.append(later)
    return findings


def _against(
    document: Document, later: Claim, earlier: Sequence[Claim], g: Grouping,
    lex: Mapping[str, Any], w: Retellings, tolerance: float,
) -> Finding | None:
    """The finding for a figure that fits none of the earlier figures of its subject and
    verb whose complements agree with its own, or None."""
    mine, said = complement(document, later, w), said_near(document, later)
    days = days_of(document, later, lex)
    same: list[Claim] = []
    for other in earlier:
        if not one_unit(other, later) or not retold(mine, said_near(document, other), w):
            continue
        theirs_said = w.heads.content(complement(document, other, w))
        if theirs_said and theirs_said[-1] not in said:
            continue  # "into the second round" before "into the start-up": a part
        theirs = days_of(document, other, lex)
        if days and theirs and not days & theirs:
            continue
        if one_time(document, other, later, g, lex):
            same.append(other)
    return fits_none(document, later, same, tolerance)


__all__ = ["complement", "subject_findings", "subject_verb", "two_objects"]
