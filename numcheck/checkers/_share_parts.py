"""NC203 on a share stated beside a part and its whole ("95 of the 200 students (40%)",
"Of the 640 pupils, 58 stayed home, about one in seven"): which share restates the pair.

Split from shares.py (wave 29) by concern: the readers that tie a share to a part and
whole the part relations found, and the fraction a share stands for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from numcheck.checkers._apposed import is_share
from numcheck.checkers._arith import one_sided, written
from numcheck.checkers._compare import between, squash
from numcheck.checkers._words import describe, finding, fmt, fmt_span, said, value_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["estimate", "share_fraction", "stated_share"]


def estimate(
    a: Claim, b: Claim, span: Interval, factor: float, divide: bool = False
) -> str:
    """The figure an editor would compute from the values as written."""
    x, y = value_of(a.quantity), value_of(b.quantity)
    if x is None or y is None or (divide and y == 0):
        return fmt_span(span)
    return fmt((x / y if divide else x * y) * factor)


def share_fraction(share: Claim) -> Interval | None:
    """What a share stands for as a fraction of its base ("40%" -> 0.395 to 0.405; "fewer
    than one in ten" -> 0 to 0.1)."""
    span = one_sided(share.quantity)
    if span is None:
        return None
    return span.scaled(1 / 100) if share.quantity.kind is Kind.PERCENT else span

Parts = Sequence[tuple[tuple[Claim, ...], tuple[Claim, ...]]]


_FIRM = ("(", "—", "–", "-", ":")


def _set_before(
    document: Document, percents: Sequence[Claim], part: Claim, whole: Claim
) -> Claim | None:
    """ "Some 40% of the new cases - 212 of 530 -": a share a firm mark sets the part and
    its whole off from restates them. A comma may start another clause ("64%, with 12 of
    the 40 wards still to report"), so after one the share's words must be its noun
    phrase alone and the part and whole an apposition closed by a mark ("About
    two-thirds of mortgages, some 410,000 of the 780,000 outstanding, are ...")."""
    before_it = [c for c in percents if c.location.end <= part.location.start]
    if not before_it or not is_share(before_it[-1]):
        return None
    pct = before_it[-1]
    gap = between(document, pct, part)
    if len(gap.split()) > 5 or any(ch.isdigit() for ch in gap):
        return None
    if any(gap == m or gap.endswith(" " + m) for m in _FIRM):
        return pct
    if not gap.endswith(",") or gap.split()[0] not in _NOUN_PHRASE:
        return None
    if set(gap.rstrip(",").split()) & _NOT_NOUN_PHRASE:
        return None
    tail = document.prose[whole.location.end : whole.location.end + 40]
    return pct if _CLOSED.match(tail) is not None else None


_CLAUSE_WORDS = 12
# words that open another clause or another group between a part's predicate and a share
_OTHER_CLAUSE = frozenset({"and", "but", "while", "whereas", "than", "against", "versus",
                           "compared", "including", "of", "which", "who", "when", "where"})
_SHARE_CLOSES = lazy_compile(r"\s*(?:[.;!?]|$)")


def _closing(
    document: Document,
    percents: Sequence[Claim],
    starts: Sequence[int],
    part: Claim,
    whole: Claim,
    joins: frozenset[str],
) -> Claim | None:
    """ "Of the 640 pupils at Quillmoor, 58 have been kept home on advice, about one in
    seven.": after a partitive that opens the sentence, the part's own clause (its
    predicate, no figure, no other clause) and a comma, a share with no base of its own
    that ends the sentence restates the part of the whole."""
    if whole.location.end > part.location.start or whole.sentence != part.sentence:
        return None
    if whole.location.start - whole.sentence[0] > 24:
        return None  # read a few words only: linear in a long sentence
    lead = squash(document.prose[whole.sentence[0] : whole.location.start])
    if lead not in ("of the", "of its", "of their", "out of the", "among the", "of all"):
        return None  # the whole opens the sentence: "Of the 640 pupils,"
    head = between(document, whole, part)
    if not head.endswith(",") or len(head.split()) > 6 or any(ch.isdigit() for ch in head):
        return None  # the part is the first figure after the partitive
    at = bisect_left(starts, part.location.end)
    if at >= len(percents):
        return None
    pct = percents[at]
    gap = between(document, part, pct)
    toks = gap.rstrip(",").split()
    if not gap.endswith(",") or len(toks) > _CLAUSE_WORDS or any(ch.isdigit() for ch in gap):
        return None
    if set(toks) & (_OTHER_CLAUSE | joins) or ";" in gap:
        return None
    return pct if _SHARE_CLOSES.match(document.prose, pct.location.end) else None


# how the noun phrase of a share starts ("of the wells", "the wells", "of Estrian
# mortgages") and words that make it a clause ("half the wells were dry, 12 of 30")
_NOUN_PHRASE = frozenset({"of", "the", "its", "their", "his", "her", "our", "all"})
_NOT_NOUN_PHRASE = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "with", "and", "but",
     "while", "than", "to", "from", "by", "up", "down"}
)
# the part and its whole close their apposition: "of the 780,000 outstanding,"
_CLOSED = lazy_compile(r"^(?:\s+[a-z][\w'-]*){0,3}\s*(?:[,;.)—–]|\s-\s|$)")


_NAMED_BY = lazy_compile(r"\s*((?:[a-z][\w-]*\s*){1,3}?)\s*(?:in favou?r\b|[,;.)—–]|\s-\s|$)")


def _sizing(document: Document, gap: str, pct: Claim, attributive: frozenset[str]) -> bool:
    """Whether a determiner ending ``gap`` makes ``pct`` size the noun after it ("rejected
    a 4.5% pay offer"), not restate the part and whole before it: ", a 94% yes vote" and
    ", an 82% turnout" name the share itself (``[shares] attributive_nouns``)."""
    if _SIZING.search(gap) is None:
        return False
    if not gap.endswith((", a", ", an")):
        return True
    found = _NAMED_BY.match(document.prose, pct.location.end)
    return found is None or found.group(1).split()[-1] not in attributive


def stated_share(
    document: Document,
    sentence: Sequence[Claim],
    parts: Parts,
    in_pct_of: set[int],
    joins: frozenset[str],
    attributive: frozenset[str] = frozenset(),
    pct_base: Mapping[int, Claim] | None = None,
) -> list[Finding]:
    """ "95 of the 200 students (40%)": the percentage stated beside a part and its whole.

    ``parts`` are the part relations whose whole stands in ``sentence``; a word of
    ``joins`` between the whole and the share opens another clause, whose share is its
    own ("7 of 9 shots and Jones 3 out of 10"). A share read as "x% of" the part's own
    whole (``pct_base``) restates the part too ("1,200 of 4,000 members voted yes, 30%
    of those balloted").
    """
    out: list[Finding] = []
    # a percentage or a word share ("nearly half of the cases - 8 of the 27")
    percents = [c for c in sentence if is_share(c)]
    starts = [c.location.start for c in percents]
    for members, wholes in parts:
        if len(members) != 1 or len(wholes) != 1:
            continue
        part, whole = members[0], wholes[0]
        at = bisect_right(starts, whole.location.start)
        pct = percents[at] if at < len(percents) else None
        gap = between(document, whole, pct) if pct is not None else ""
        own = pct is not None and _of_whole(document, pct, whole, pct_base)
        taken = pct is not None and id(pct) in in_pct_of and not own
        if (pct is None or taken or len(gap) > 40 or set(gap.split()) & joins
                or _sizing(document, gap, pct, attributive) or _ahead(document, pct, part, joins)):
            pct = _set_before(document, percents, part, whole)  # "40% of cases - 212 of 530 -"
            pct = pct or _closing(document, percents, starts, part, whole, joins)
        own = pct is not None and _of_whole(document, pct, whole, pct_base)
        if pct is None or (id(pct) in in_pct_of and not own) or _of_share(document, pct, part):
            continue
        p, a, b = share_fraction(pct), written(part.quantity), written(whole.quantity)
        share = a.divided_by(b) if a and b else None
        if p is None or share is None:
            continue
        # a word share is coarse: within a point of it is its reading ("nearly a third"
        # for 29.6%)
        slack = 0.05 if pct.quantity.kind is Kind.PERCENT else 1.0
        if not p.scaled(100).meets(share.scaled(100), slack):
            message = (
                f"{describe(document, part)} of {said(document, whole)} is "
                f"{estimate(part, whole, share, 100, divide=True)}%, not {said(document, pct)}"
            )
            out.append(finding("NC203", message, pct, [part, whole], document))
    return out


def _of_whole(
    document: Document, pct: Claim, whole: Claim, pct_base: Mapping[int, Claim] | None
) -> bool:
    """Whether "x% of" reads the part's own whole as its base (the same figure); a bare
    pronoun whose phrase goes on points at the part ("sold 5,000 of its 8,000 tickets,
    about a third of them to families"), so it restates nothing."""
    if pct_base is None or pct_base.get(id(pct)) is not whole:
        return False
    return _BARE_BACK.match(document.prose, pct.location.end) is None


# "of them" and more words ("to families"): a pointer back with a predicate of its own;
# closed by a mark or the sentence's end it restates the pair ("..., or 45% of them.");
# "those balloted" is a noun phrase
_BARE_BACK = lazy_compile(
    r"\s+of\s+(?:them|whom|which|it|(?:these|those)(?!\s+[a-z]+ed\b))\b"
    r"(?!\s*(?:[,.;:!?)\]—–]|-\s|$))"
)


# "120 of whom", "40 of which": a relative partitive, whose pronoun points at the noun
# phrase or clause right before it
_RELATIVE = lazy_compile(r"\s+of\s+(?:whom|which)\b")


def _of_share(document: Document, pct: Claim, part: Claim) -> bool:
    """ "A poll of 1,000 voters found 52% backed the plan, 120 of whom wanted it sooner":
    a part told as "N of whom" after a share's own clause is a part of the share's group
    (those who backed it), not of the whole before the share; the share is no share of
    that part."""
    if pct.location.end > part.location.start:
        return False
    if _RELATIVE.match(document.prose, part.location.end) is None:
        return False
    return len(between(document, pct, part).split()) >= 2  # the share's clause: a predicate


def _ahead(document: Document, pct: Claim, part: Claim, joins: frozenset[str]) -> bool:
    """ "Eleven of the 14 carriages left the rails, nearly 80% of the train, and three of
    them overturned": a share before the part, another clause between them, is the
    share of the pair before it, not of this part."""
    if pct.location.end > part.location.start:
        return False
    return bool(set(between(document, pct, part).split()) & joins)


# a percentage after a determiner sizes the noun after it ("rejected a 4.5% pay offer",
# "its 20% stake"): it is no share of the whole before it
_SIZING = lazy_compile(r"(?:^|\s)(?:a|an|its|their|his|her|the|this|that)$")
