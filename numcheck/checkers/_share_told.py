"""A share of a whole told sentences before in other words (``[share_grammar]`` gap class
``whole``, NC203): "Harrow Foods employs 4,200 people. ... 1,300 jobs would go, about a
fifth of the workforce".

Held-out copy names the whole by what it is (a workforce, a fleet, the electorate, the
roll), not by the word the base was told with, and no vocabulary holds every such noun
(wave 31: of 17 gate shares whose base was told sentences before, 2 repeat the base's
word). So the whole is found by what it counts, not by its word: the largest standing
figure of the count's kind and unit told in the last few sentences, the whole naming what
it counts (a figure that names nothing is no whole found by what it counts) and the
vocabulary not telling the two apart, of the same time and scope. The count may leave
its noun out ("The firm said 1,300 would go, a fifth of the workforce": an ellipsis that
counts what was told before; wave 33), never name a noun the reader could not key. A base read by
position alone is weak evidence, so the count must make the share plausible: within
``whole_factor`` of it either way (a count a tenth of the share is of another whole).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from numcheck.checkers._compare import between, sentence_near, squash
from numcheck.checkers._kinds import Relation
from numcheck.checkers._share_kinds import alike, clean
from numcheck.checkers._share_parts import share_fraction
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

if TYPE_CHECKING:
    from numcheck.checkers._share_grammar import ShareGrammar

_SHARES = (Kind.PERCENT, Kind.RATIO)
# the share's own noun phrase: "of" and one to three words, then a mark or the end
_OF_NP = lazy_compile(r"\s*of ((?:[\w’'&-]+ ?){1,3}?)\s*(?=[,.;:!?()—–]| - |$)")
# a capitalised word that names an owner or place ("Its rival Dunns will shut 40 shops")
_NAME = lazy_compile(r"(?<=\s)[A-Z][\w'’-]+")


def told_whole(
    grammar: ShareGrammar,
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    levels: set[int],
    history: Sequence[Claim],
) -> tuple[Claim, Claim] | None:
    """(count, base) for the share ``sentence[k]`` set off after its count's clause with a
    noun phrase of its own naming a whole told before; None when it names none."""
    if k < 1:
        return None
    count, share = sentence[k - 1], sentence[k]
    if id(count) in levels or count.quantity.kind in _SHARES or count.is_change:
        return None
    if not count.key.thing and count.quantity.noun:
        return None  # a noun the reader could not key: what it counts is not known
    if count.quantity.change is not None or count.quantity.level is not None:
        return None
    gap = between(document, count, share)
    if not grammar.gap_of("clause", gap) and not _linked(grammar, gap):
        return None
    noun = _noun(grammar, document, share)
    if noun is None or grammar.framed(document, count):
        return None
    base = _largest(grammar, document, count, history, levels, noun)
    if base is None or not _plausible(grammar, share, count, base):
        return None
    return count, base


def _linked(grammar: ShareGrammar, gap: str) -> bool:
    """The count's clause, then a verb that states it as a share ([shares] copulas: "1,300
    staff, representing a fifth of ...", "the 1,300 cuts amount to a fifth of ...")."""
    for copula in grammar.copulas:
        if gap == copula or gap.endswith(" " + copula):
            rest = gap[: len(gap) - len(copula)].strip().rstrip(",").strip()
            return clean(rest, grammar.clause_breaks, grammar.clause_words)
    return False


def _noun(grammar: ShareGrammar, document: Document, share: Claim) -> str | None:
    """The head noun of the share's "of" phrase when it may name a whole told before: a
    determiner or owner and one or two words, or a bare noun ("of capacity"); never a
    pointer, a pronoun or the rest (``whole_refused``). "" for a word for the total."""
    end = share.sentence[1] if share.sentence[1] > share.sentence[0] else len(document.prose)
    found = _OF_NP.match(document.prose, share.location.end, end)  # no copy of the rest
    if found is None:
        return None
    np = squash(found.group(1))
    toks = np.split()
    if np in grammar.back_words:
        return "" if np.startswith("the ") else None  # "the total"; "them" is no whole
    if any(np == r or np.startswith(r + " ") for r in grammar.refused):
        return None
    if toks[0] in grammar.determiners or toks[0].endswith(("'s", "’s")) or len(toks) == 1:
        return grammar.kinds.lemma(toks[-1])
    return None


def _largest(
    grammar: ShareGrammar,
    document: Document,
    count: Claim,
    before: Sequence[Claim],
    levels: set[int],
    noun: str,
) -> Claim | None:
    """The one standing figure of the count's kind in the last ``whole_sentences``
    sentences larger than the count whose thing neither the count's thing nor the
    share's noun rules out; none when two such differ, or it is of another time or
    owner. ``before``: the figures of the sentences before the count's."""
    best: Claim | None = None
    values: set[float] = set()
    sentences, last = 0, count.sentence
    # walked by index and bounded by sentences and by figures: linear in a long sentence
    for j in range(len(before) - 1, max(-1, len(before) - 1 - grammar.whole_figures), -1):
        c = before[j]
        if c.sentence != last:
            sentences, last = sentences + 1, c.sentence
        if sentences > grammar.whole_sentences:
            break
        q = c.quantity
        if q.kind in _SHARES or c.is_change or q.change is not None or q.level is not None:
            continue
        if id(c) in levels or not alike(count, c):
            continue
        if (q.value or 0) <= (count.quantity.value or 0) or _other(grammar, count, c, noun):
            continue
        values.add(q.value or 0)
        if not c.key.thing:
            continue  # names nothing it counts: no whole found by what it counts
        if best is None or (q.value or 0) > (best.quantity.value or 0):
            best = c
    if len(values) > 1:
        return None  # two wholes it may be a share of, of different sizes: of which?
    if best is None or not grammar.same_time(document, count, best):
        return None
    return None if _owned_apart(grammar, document, count, best) else best


def _other(grammar: ShareGrammar, count: Claim, base: Claim, noun: str) -> bool:
    """Whether the vocabulary tells the base apart: its thing and the count's have no
    root in common, or the share's noun is a known thing the base is no kind of ("a
    fifth of its drivers" is no share of the 4,200 people)."""
    kinds = grammar.kinds
    if kinds.of_claims(count, base) is kinds.of_claims(base, count) is Relation.OTHER:
        return True
    if noun and noun in kinds.known:
        return kinds.relation(kinds.names(base), {noun}) is not Relation.KIND
    return False


def _owned_apart(grammar: ShareGrammar, document: Document, count: Claim, base: Claim) -> bool:
    """The count's clause names an owner or place (a capitalised word past its first, no
    time) that the base's sentence does not: "Its rival Dunns will shut 40 shops"."""
    lead = document.prose[sentence_near(document, count)[0] : count.location.start]
    told = document.prose[slice(*sentence_near(document, base))]
    names = (n for n in _NAME.findall(lead) if n.lower() not in grammar.times)
    return any(n not in told for n in names)


def _plausible(grammar: ShareGrammar, share: Claim, count: Claim, base: Claim) -> bool:
    """The count over the base within ``whole_factor`` of the share either way."""
    fraction = share_fraction(share)
    said, c, b = share.quantity.value, count.quantity.value, base.quantity.value
    if fraction is None or not said or not c or not b:
        return False
    # the share as written ("nearly a third" is a third), not its hedged span: a span
    # open to zero would make every count plausible
    told = said / 100 if share.quantity.kind is Kind.PERCENT else said
    return told / grammar.whole_factor <= c / b <= told * grammar.whole_factor


