"""What a share, its count and a rest are (why apart: every reader of shares asks it;
helpers of numcheck/checkers/_apposed.py and _share_grammar.py): a level percentage or
word fraction at most one, a count of its base's kind, a clean gap between them, and a
count that is what a share leaves."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from numcheck.checkers._compare import between, squash
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

_OF_NEXT = lazy_compile(r"\s+of\s")
_DIGIT = lazy_compile(r"\d")
_CLAUSE_END = lazy_compile(r"[,.;:!?()—–]| - ")
_REST_REACH = 4  # words after a count (its noun, a verb) before a rest cue: "are still"


def is_rest(
    document: Document, count: Claim, rest_after: Sequence[str], rest_before: Sequence[str]
) -> bool:
    """ "41,000 customers are still in the dark", "leaving about 97,000": the count is
    what a share leaves (its complement), never the share's own count. The cue must be
    in the count's own clause ("13% of them, or 41,000, are still ..." says the share)."""
    tail = document.prose[count.location.end : count.location.end + 50]
    toks = squash(_CLAUSE_END.split(tail, maxsplit=1)[0]).split()[:_REST_REACH]
    after = " " + " ".join(toks) + " "
    if any(f" {w} " in after for w in rest_after):
        return True
    start = max(count.sentence[0], count.location.start - 30)
    lead = squash(document.prose[start : count.location.start])
    lead = " ".join(re.sub(r"\b(?:about|some|around|roughly|nearly|almost)$", "", lead).split())
    return any(lead == w or lead.endswith(" " + w) for w in rest_before)


def is_share(claim: Claim, document: Document | None = None) -> bool:
    """A level share: a percentage or a word fraction at most one, not a change. With
    the ``document``, a share after a change verb that is a share of a base ("will cut a
    quarter of its staff": the staff cut) counts too."""
    q = claim.quantity
    if q.level is not None:
        return False
    if claim.is_change or q.change is not None:
        end = claim.location.end
        if document is None or _OF_NEXT.match(document.prose, end) is None:
            return False
    if q.kind is Kind.PERCENT:
        return True
    return q.kind is Kind.RATIO and q.bound is not Bound.RANGE and 0 < (q.value or 0) <= 1


def part_of_another(document: Document, count: Claim, share: Claim) -> bool:
    """ "6.1 million, two thirds of the total", "Obi (Green): 14,386 (38.2%)": a count
    set off before a share (of a base of its own, or of a whole left unsaid) is a part
    that share describes, never the base of a later share: the next line of a results
    list, "Pryce (Labour): 13,182 (35.0%)", is a sibling, not a share of it."""
    if not is_share(share, document):
        return False
    gap = between(document, count, share)
    for mark in _APPOSING:
        if gap == mark or gap.endswith(" " + mark):
            noun = gap[: len(gap) - len(mark)].split()  # "14,386 votes (38.2%)"
            return len(noun) <= 2 and all(w.isalpha() for w in noun)
    return False


_APPOSING = (", or", ",", "(", "—", "–", "-")


def alike(count: Claim, base: Claim) -> bool:
    """A count of the base's kind: people of people, money of money."""
    a, b = count.quantity, base.quantity
    if a.kind in (Kind.PERCENT, Kind.RATIO) or count.is_change or a.level is not None:
        return False
    return a.kind is b.kind and count.key.dimension == base.key.dimension


def clean(gap: str, breaks: frozenset[str], limit: int) -> bool:
    """A few words without a digit, a clause break or a comparison."""
    toks = gap.split()
    return len(toks) <= limit and not _DIGIT.search(gap) and not set(toks) & breaks


# where a figure of another kind stood in a count's noun phrase ("The 190 staff offered a
# move, some 56 km away, make up ..."): passed, not read as a word
PASSED = "\x00"
# an aside set off by two commas around such a figure and at most two words on either side
_ASIDE = lazy_compile(r", (?:[^\s,\x00]+ ){0,2}\x00(?: [^\s,\x00]+){0,2},")


def passed_asides(gap: str) -> str:
    """``gap`` with the comma asides around a passed figure gone and the rest of the
    passed figures blank: the aside describes the subject's noun, it opens no clause."""
    return _ASIDE.sub(" ", gap).replace(PASSED, " ")


_OF_DETERMINERS = frozenset(
    {"the", "its", "their", "his", "her", "our", "your", "a", "an", "this", "that", "these",
     "those"}
)


def partitive_gap(gap: str, count: Claim, pronouns: Collection[str]) -> bool:
    """Whether "of" opening ``gap`` after ``count`` makes it a part of a whole ("40 of
    them", "12 of the wells", "$2m of its budget"), not what an amount is of ("48bn
    crowns of government debt", "2,000 tonnes of grain"): only a money or a measure
    amount takes a bare noun so."""
    if not gap.startswith("of "):
        return False
    q = count.quantity
    if q.kind not in (Kind.MONEY, Kind.MEASURE) or not q.unit:
        return True
    nxt = gap[3:].split(" ", 1)[0]
    return nxt in _OF_DETERMINERS or nxt in pronouns


class Kinded(Protocol):
    """The vocabulary a share's readers ask what a thing is (``_apposed.ShareCues``)."""

    known: frozenset[str]

    def kinds_of(self, thing: str) -> set[str]: ...


def counts_base(count: Claim, base: Claim, cues: Kinded) -> bool:
    """A count is a share of the base when it counts the base's thing or a kind of it
    ("nurses" of "staff"), or either thing is unknown to the vocabulary; "the 12 care
    homes were a fifth of the 300 staff" counts homes, no part of the staff."""
    a, b = count.key.thing, base.key.thing
    if a is None or b is None or a == b or not {a, b} <= cues.known:
        return True
    return b in cues.kinds_of(a) or a in cues.kinds_of(b)


def agents(document: Document, count: Claim, base: Claim) -> bool:
    """ "Police arrested 212 people ..., a fifth of the 600 officers": the base counts
    what the subject of the count's clause names (a word of its lead is a word of the
    base's thing), who act on the count; the count is no part of them."""
    thing = base.key.thing
    if thing is None or count.key.thing == thing:
        return False
    lead = squash(document.prose[count.sentence[0] : count.location.start]).split()
    return bool(set(thing.split("_")) & {w.strip(",.;:") for w in lead})
