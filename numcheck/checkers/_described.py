"""Shares whose count stands earlier in the article, named by words (NC203).

"... said it would cut 1,200 jobs." ... "The job cuts, about 6% of its 24,000 staff, ...":
the share's count is not beside it but named by the share's subject ("the job cuts"),
its place ("14% of them at Rotherby") or its verb ("8% of which will be repaved"). Those
words are the share's *descriptors*: the words after the share (or its base) to the end
of their clause, else the sentence's subject (its words before the first mark or verb).
An earlier count of the base's kind, smaller than the base, is the share's count when
a descriptor shares a stem with the words that tell what that count is (its subject,
event, place and the few words on either side). When several earlier counts match, the
share is reported only if it fits none of them.
Cue words are data (``[described]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._apposed import ShareCues, Stated, is_share, share_base
from numcheck.checkers._compare import sentence_of, squash, stem, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level

_MARK = lazy_compile(r"[,.;:!?()\[\]—–]| - ")
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_NEAR = 4  # words after a count that tell what it is
_LEAD = 6  # and before it ("Saranya's wild tiger population rose to 3,682")
RECENT = 80  # earlier figures a share's words are matched against (a news story's worth)


class DescribedCues:
    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("described", {})
        self.stops = frozenset(words(cues.get("stops", ())))
        self.verbs = frozenset(words(cues.get("subject_ends", ())))
        self.pronouns = frozenset(words(cues.get("pronouns", ())))


def _content(text: str, cues: DescribedCues) -> set[str]:
    """The stems of a text's content words, and of each two words written solid ("lay
    off" is also "layoff", "shut down" "shutdown")."""
    found = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]
    kept = [w if len(w) > 2 and w not in cues.stops else "" for w in found]
    solid = [a + b for a, b in pairwise(kept) if a and b]
    return {stem(w) for w in [*kept, *solid] if w}


def _descriptors(document: Document, share: Claim, base: Claim, cues: DescribedCues) -> set[str]:
    """The words that say what the share counts: after it, else the sentence's subject."""
    start, end = sentence_of(document, share)
    after = max(share.location.end, base.location.end)
    tail = document.prose[after:end]
    found = _MARK.search(tail)
    clause = _past_of(tail[: found.start()] if found else tail, cues)
    noun = base.quantity.noun or ""
    own = _content(clause, cues) - {stem(noun)}
    if base.location.start > share.location.start:
        own -= _content(" ".join(clause.split()[:1]), cues)  # the base's noun ("staff")
    if own:
        return own
    head = document.prose[start : share.location.start]
    cut = _MARK.search(head)
    subject = head[: cut.start()] if cut else head
    toks = subject.split()
    for i, tok in enumerate(toks):
        if squash(tok) in cues.verbs:
            subject = " ".join(toks[:i])
            break
    if any(ch.isdigit() for ch in subject):
        return set()
    return _content(subject, cues)


def _past_of(clause: str, cues: DescribedCues) -> str:
    """The clause after a share's "of <base noun>": "of its staff" names the base, not
    the part; after "of them"/"of which" the rest is the part's ("at Rotherby")."""
    toks = clause.split()
    if toks[:1] != ["of"]:
        return clause
    i = 1
    while i < len(toks) and squash(toks[i]) in cues.stops:
        i += 1
        if squash(toks[i - 1]) in cues.pronouns:
            return " ".join(toks[i:])
    return " ".join(toks[i + 1 :])


def _told_of(document: Document, claim: Claim, cues: DescribedCues) -> set[str]:
    """The words that tell what an earlier count is."""
    start, end = sentence_of(document, claim)
    text = document.prose
    lead = text[max(start, claim.location.start - 60) : claim.location.start].rstrip()
    lead = _MARK.split(lead.removesuffix("("))[-1]  # "Dublin (850)": the word before
    tail = _MARK.split(text[claim.location.end : min(end, claim.location.end + 60)])[0]
    near = " ".join([*lead.split()[-_LEAD:], *tail.split()[:_NEAR]])
    told = " ".join(w for w in (claim.subject, claim.event, claim.place, near) if w)
    return _content(told, cues)


def _candidate(count: Claim, base: Claim, shares: ShareCues) -> bool:
    """An earlier count that can be a part of the base: its kind, unit and thing (or a
    kind of it: "miners" of "workers"), and smaller."""
    q, b = count.quantity, base.quantity
    part, whole = count.key.thing, base.key.thing
    if part is not None and whole is not None and not (
        shares.kinds_of(part) & shares.kinds_of(whole)
    ):
        return False  # "300 stores" is no part of "5,000 people"
    if q.kind in (Kind.PERCENT, Kind.RATIO) or count.is_change:
        return False
    if q.change is not None and count.key.event is None:  # "cut 1,200 jobs" counts jobs
        return False
    if q.level is Level.OLD or q.kind is not b.kind or q.unit != b.unit:
        return False
    if count.key.dimension != base.key.dimension:
        return False
    return q.value is not None and b.value is not None and 0 < q.value < b.value


def find_described(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    base_of: Mapping[int, Claim],
    told: set[int],
    shares: ShareCues,
    cues: DescribedCues,
) -> list[list[Stated]]:
    """For each share with a base and no count beside it, the earlier counts its words
    name (each a Stated; the checker reports the share only if it fits none)."""
    out: list[list[Stated]] = []
    history: list[Claim] = []
    seen: dict[int, set[str]] = {}

    def told_of(claim: Claim) -> set[str]:
        if id(claim) not in seen:
            seen[id(claim)] = _told_of(document, claim, cues)
        return seen[id(claim)]

    for sentence in sentences:
        for k, share in enumerate(sentence):
            if id(share) in told or not is_share(share):
                continue
            base = share_base(document, sentence, k, history, base_of, shares)
            if base is None or base.quantity.level is not None:
                continue
            named = _descriptors(document, share, base, cues)
            if not named:
                continue
            counts = [
                c
                for c in history[-RECENT:]
                if _candidate(c, base, shares) and named & told_of(c)
            ]
            latest = {c.quantity.value: c for c in counts}  # a restated count once
            if latest:
                out.append([Stated(share, base, c) for c in latest.values()])
        history.extend(sentence)
    return out
