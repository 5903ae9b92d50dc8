"""A complement closes a partition: "the other N", "the remaining N", "the rest, N".

"Of the 46 passengers, 30 were British. The other 14 came from Ireland", "Seventeen of
the confirmed patients are men; the other 12 are women", "The savings include £7.2m
from care, £5.9m from schools and £3.1m from roads; the remaining £3.2m comes from ...":
the complement is what is left of a whole once the parts named before it are taken, so
the parts and the complement must add up to the whole (NC202), whichever sentence (up to
``reach`` back, in one paragraph) named the parts.

The parts are the group a partitive or a cue already tied to a whole (``parts``), a list
opened by a partial cue ("include", "including": a selection until the complement closes
it), or one figure "N of the <noun>" whose noun names an earlier figure (its words said
of that figure: "the confirmed patients" after "confirmed cases ... rose to 31"; a figure
that is itself a subgroup is named only with its own restriction). Nothing is read when
the complement counts another thing or event than the whole, when more figures follow
it in its list, or when the whole is far (a factor of 2) from the parts' sum: the
complement then is not of that whole. Cue words are data (``[others]`` in
numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._compare import before, sentence_of, squash, stem, words
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sum_grammar import grammar
from numcheck.checkers._sums import Sum, list_run
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level

Parts = Sequence[tuple[tuple[Claim, ...], tuple[Claim, ...]]]

_AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_NP = lazy_compile(r"^of (?:the|those|these|all the) ((?:[a-z'-]+ ?){1,3})")
_WHOLE = 1 << 80  # keys of ``whole_of`` for a group's whole, apart from its members' ids
_STOP = frozenset({"are", "were", "is", "was", "have", "had", "has", "will", "would", "and"})


class OtherCues:
    """The ``[others]`` words, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any], lemma: Callable[[str], str]) -> None:
        cues: Mapping[str, Any] = lex.get("others", {})
        self.closers = words(cues.get("closers", ()))
        self.selections = words(cues.get("selections", ()))
        self.reach = int(cues.get("sentences_back", 2))
        self.still = words(cues.get("still_after", ()))
        # parts told one to a sentence before the complement (``_told_one_by_one``)
        self.parts_back = int(cues.get("parts_sentences_back", 4))
        self.openings = words(cues.get("part_openings", ()))
        self.periods = words(lex.get("other_periods", ()))
        self.lemma = lemma
        self.grammar = grammar(lex)


def _amount(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in _AMOUNTS and not claim.is_change and q.change is None


def _alike(a: Claim, b: Claim) -> bool:
    return a.quantity.kind is b.quantity.kind and a.key.dimension == b.key.dimension


def _closes(document: Document, claim: Claim, cues: OtherCues) -> bool:
    """ "the other 14", "the remaining £3.2 million", "and the rest, 21,": the figure is
    what is left of a whole."""
    lead = before(document, claim, 40).rstrip(" ,(")
    return any(lead == c or lead.endswith(" " + c) for c in cues.closers)


def _still(document: Document, claim: Claim, cues: OtherCues) -> bool:
    """ "the remaining 18 hostages are still held", "the other 9 remain missing": those
    an event has not reached yet, whose whole is the group before the event (the freed
    and the held), not the whole the parts before were named of."""
    after = squash(document.prose[claim.location.end : claim.location.end + 40])
    tail = " ".join(re.split(r"[,;:.]", after)[0].split())
    return any(f" {c} " in f" {tail} " for c in cues.still)


def open_ended(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    sums: Sequence[Sum],
    cues: OtherCues,
) -> tuple[list[Sum], list[tuple[tuple[Claim, ...], tuple[Claim, ...]]]]:
    """Lists a complement goes on to close ("Of the 43 cases, 23 are in Pellow, 11 in Hythe
    and five in Brockhurst; the remaining four ..."): the figures listed are only some of
    the whole, so they are parts of it, which ``find_others`` then adds the complement to.
    Returns the sums left and the parts taken from the others."""
    after: dict[int, Claim] = {}
    flat = [c for sentence in sentences for c in sentence]
    for a, b in pairwise(flat):
        after[id(a)] = b
    kept: list[Sum] = []
    moved: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]] = []
    for members, total in sums:
        nxt = after.get(id(members[-1]))
        gap = "" if nxt is None else document.prose[members[-1].location.end : nxt.location.start]
        closes = (
            nxt is not None
            and "\n\n" not in gap
            and gap.count(".") <= 1
            and _alike(nxt, members[-1])
            and _closes(document, nxt, cues)
        )
        if closes:
            moved.append((members, (total,)))
        else:
            kept.append((members, total))
    return kept, moved


def find_others(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    parts: Parts,
    sums: Sequence[Sum],
    sum_cues: SumCues,
    cues: OtherCues,
) -> list[Sum]:
    """The partitions a complement closes: (parts + complement, whole)."""
    whole_of: dict[int, tuple[tuple[Claim, ...], Claim]] = {}
    for members, wholes in parts:
        if len(wholes) == 1:
            for m in members:
                whole_of[id(m)] = (members, wholes[0])
            # "Thirty of the 46 passengers ...; the rest, 14": the nearest figure may be
            # the whole, whose group the complement closes
            whole_of.setdefault(_WHOLE + id(wholes[0]), (members, wholes[0]))
    summed = {id(c) for members, total in sums for c in (*members, total)}
    out: list[Sum] = []
    history: list[Claim] = []
    for i, sentence in enumerate(sentences):
        for k, other in enumerate(sentence):
            if id(other) in summed or not _amount(other) or not _closes(document, other, cues):
                continue
            if len(list_run(document, sentence, k, 1, sum_cues)) > 1:
                continue  # "the other 15 were Irish, and one Dutch": not the last part
            if _still(document, other, cues):
                continue  # "the remaining 18 are still held": the rest of an event
            found = _partition(document, sentences, i, k, whole_of, history, sum_cues, cues)
            if found is not None:
                out.append(found)
                summed.update(id(c) for c in (*found[0], found[1]))
        history.extend(sentence)
    return out


def _partition(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    k: int,
    whole_of: Mapping[int, tuple[tuple[Claim, ...], Claim]],
    history: Sequence[Claim],
    sum_cues: SumCues,
    cues: OtherCues,
) -> Sum | None:
    other = sentences[i][k]
    earlier = _earlier(document, sentences, i, k, cues.reach)
    last = next((c for c in earlier if _alike(c, other) and _amount(c)), None)
    if last is None:
        return None
    members: tuple[Claim, ...]
    group_of = (
        whole_of.get(id(last))
        or _continued(document, earlier, last, whole_of, cues)
        or whole_of.get(_WHOLE + id(last))
    )
    if group_of is not None:
        group, whole = group_of
        members = tuple(m for m in group if m.location.start < other.location.start)
    else:
        listed = _selection(document, sentences[i], last, sum_cues, cues)
        listed = listed or _named(document, last, history, whole_of, cues)
        listed = listed or _told_one_by_one(document, sentences, i, k, whole_of, cues)
        listed = listed or _standing(sentences[i][:k], earlier, other, sum_cues)
        if listed is None:
            return None
        members, whole = listed
    return _checked(members, other, whole, sum_cues)


def _continued(
    document: Document,
    earlier: Sequence[Claim],
    last: Claim,
    whole_of: Mapping[int, tuple[tuple[Claim, ...], Claim]],
    cues: OtherCues,
) -> tuple[tuple[Claim, ...], Claim] | None:
    """ "Of the 40, 22 were convicted. A further 11 were cleared, and the remaining
    seven ...": a figure after a continuation (`[sum_grammar] continuations`) adds to the
    group its whole already holds, so it is one more part of that whole, never the
    whole of the complement (``earlier``: the figures before the complement, nearest
    first)."""
    added: list[Claim] = []
    at = next(i for i, c in enumerate(earlier) if c is last)  # identity, not ==
    for c in earlier[at:]:
        if not (_alike(c, last) and _amount(c)):
            continue
        group = whole_of.get(id(c))
        if group is not None:
            return (*group[0], *reversed(added)), group[1]
        if _WHOLE + id(c) in whole_of:
            continue  # "Forty of the 90 staff": the group's whole, after its part
        start = sentence_of(document, c)[0]
        if not cues.grammar.continues(squash(document.prose[start : c.location.start])):
            return None
        added.append(c)
    return None


def _named(
    document: Document,
    part: Claim,
    history: Sequence[Claim],
    whole_of: Mapping[int, object],
    cues: OtherCues,
) -> tuple[tuple[Claim, ...], Claim] | None:
    named = _named_whole(document, part, history, whole_of, cues)
    return None if named is None else ((part,), named)


def _standing(
    before: Sequence[Claim], earlier: Sequence[Claim], other: Claim, sum_cues: SumCues
) -> tuple[tuple[Claim, ...], Claim] | None:
    """ "The council will cut 120 posts. Some 75 will go from social care, and the
    remaining 40 from libraries": parts of the complement's own sentence with no whole
    of their own (every figure of their kind before it there) close the nearest earlier
    figure of their kind before the sentence, in its paragraph (``_earlier``);
    ``_checked`` asks it to count their thing and to be near their sum."""
    members = tuple(c for c in before if _alike(c, other) and _amount(c))
    if not members or len(members) != len([c for c in before if _alike(c, other)]):
        return None
    inside = {id(c) for c in before}  # by identity: a claim's == compares every field
    whole = next(
        (c for c in earlier if id(c) not in inside and _alike(c, other) and _amount(c)), None
    )
    return None if whole is None else (members, whole)


def _told_one_by_one(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    k: int,
    whole_of: Mapping[int, object],
    cues: OtherCues,
) -> tuple[tuple[Claim, ...], Claim] | None:
    """ "The council will close 12 libraries. Seven are in the north. The other six are
    in the south": parts told one to a sentence before the complement, each the subject
    that opens it (``_opens_sentence``), after their whole: the one figure of their kind
    in the sentence before them, which does not open it and has no figure of its kind in
    the sentence before it (nothing else the parts could be of). A part further back
    than the nearest only when the part after it goes on from it ("Another 30 were on
    the valley line"); the figures of the complement's own sentence before it (all of
    its figures of their kind) are parts too, and then so are earlier ones only on such
    a continuation. A sentence with no figure of their kind, or two, a part that is
    another whole's, a change's old level or of another period ends the reading."""
    other = sentences[i][k]
    own = [c for c in sentences[i][:k] if _alike(c, other)]
    if not all(_amount(c) and id(c) not in whole_of for c in own):
        return None
    members = own[::-1]  # nearest first
    for j in range(i - 1, max(-1, i - 1 - cues.parts_back), -1):
        figure = _only(document, sentences[j], other)
        if figure is None or figure.quantity.level is Level.OLD:
            return None
        if not _opens_sentence(document, figure, cues):
            if not members or (j > 0 and _only(document, sentences[j - 1], figure, True)):
                return None
            if not all(_within(c, figure) for c in (*members, other)):
                return None
            return tuple(members[::-1]), figure
        if id(figure) in whole_of or _of_another_period(document, figure, cues):
            return None  # "Nine of them were charged": a part of a whole of its own
        if members and not cues.grammar.continues(_lead(document, members[-1])):
            return None  # "Nine were hurt. Twenty-two were released, the remaining 19 ..."
        members.append(figure)
    return None


def _within(part: Claim, whole: Claim) -> bool:
    """A figure may be a part of ``whole`` read across sentences: below it, and counting
    its thing when it names one ("The other 25 staff" after "30 teachers" counts others;
    "The other 15 will stay open" after "will close 12 libraries" is no rest of the 12)."""
    noun = part.quantity.noun
    named = noun is None or noun == whole.quantity.noun or part.key.thing == whole.key.thing
    return named and part.quantity.hard.low < whole.quantity.hard.high


def _only(
    document: Document, sentence: Sequence[Claim], like: Claim, none: bool = False
) -> Claim | None:
    """The one figure of ``like``'s kind in ``sentence``, in ``like``'s paragraph (with
    ``none``: whether it has any there)."""
    told = [c for c in sentence if _alike(c, like)]
    near = [c for c in told if "\n\n" not in _between(document, c, like)]
    if none:
        return near[0] if near else None
    return near[0] if len(told) == 1 and near else None


def _between(document: Document, a: Claim, b: Claim) -> str:
    lo, hi = sorted((a.location.end, b.location.start))
    return document.prose[lo:hi]


def _lead(document: Document, claim: Claim) -> str:
    return " ".join(re.sub(r"[^\w\s'’-]", " ", before(document, claim, 40)).split())


def _of_another_period(document: Document, claim: Claim, cues: OtherCues) -> bool:
    """ "Twenty-four were used last season": a figure of another period than the whole."""
    start, end = sentence_of(document, claim)
    text = " " + " ".join(re.sub(r"[^\w'\s]", " ", document.prose[start:end].lower()).split())
    return any(f" {p} " in text + " " for p in cues.periods)


def _opens_sentence(document: Document, claim: Claim, cues: OtherCues) -> bool:
    """The figure opens its sentence, the subject of its clause ("Seven are in the
    north", "Another 30 were on the valley line", "Some 900 were in Talvar")."""
    lead = _lead(document, claim)
    return not lead or lead in cues.openings or cues.grammar.continues(lead)


def _earlier(
    document: Document, sentences: Sequence[Sequence[Claim]], i: int, k: int, reach: int
) -> list[Claim]:
    """The figures before ``sentences[i][k]``, nearest first, back ``reach`` sentences
    within its paragraph."""
    other = sentences[i][k]
    out = list(reversed(sentences[i][:k]))
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if not sentences[j]:
            continue
        if "\n\n" in document.prose[sentences[j][-1].location.end : other.location.start]:
            break
        out.extend(reversed(sentences[j]))
    return out


def _position(sentence: Sequence[Claim], claim: Claim) -> int:
    """Where ``claim`` stands in its sentence's figures (in text order), -1 if not there:
    by bisection and identity, not ``list.index``, whose == compares every field of every
    claim before it (a sentence of many partitions stays linear)."""
    at = bisect_left(sentence, claim.location.start, key=lambda c: c.location.start)
    while at < len(sentence) and sentence[at].location.start == claim.location.start:
        if sentence[at] is claim:
            return at
        at += 1
    return -1


def _selection(
    document: Document,
    sentence: Sequence[Claim],
    last: Claim,
    sum_cues: SumCues,
    cues: OtherCues,
) -> tuple[tuple[Claim, ...], Claim] | None:
    """ "£18.4 million in total, include £7.2m, £5.9m and £3.1m; the remaining": a list
    opened by a selection cue after its whole, in the complement's sentence."""
    at = _position(sentence, last)
    if at < 0:
        return None
    run = list_run(document, sentence, at, -1, sum_cues)
    start = _position(sentence, run[-1])
    if start > 0:
        run.append(sentence[start - 1])  # "The $9.6 million grant includes $4.1 million"
    for n in range(1, len(run)):
        whole, first = run[n], run[n - 1]
        gap = squash(document.prose[whole.location.end : first.location.start])
        text = " ".join(re.sub(r"[^\w\s]", " ", gap).split())
        if _alike(whole, first) and any(f" {c} " in f" {text} " for c in cues.selections):
            return tuple(run[:n][::-1]), whole
    return None


def _named_whole(
    document: Document,
    part: Claim,
    history: Sequence[Claim],
    whole_of: Mapping[int, object],
    cues: OtherCues,
) -> Claim | None:
    """ "Seventeen of the confirmed patients": the nearest earlier figure counted alike
    that the noun phrase's words are said of (a subgroup only by its own restriction)."""
    after = squash(document.prose[part.location.end : part.location.end + 40])
    match = _NP.match(after)
    if match is None:
        return None
    np = [w for w in re.split(r"[^a-z'-]+", match.group(1)) if w]
    cut = next((n for n, w in enumerate(np) if w in _STOP), len(np))
    wanted = {stem(cues.lemma(w)) for w in np[:cut]}
    if not wanted:
        return None
    best: tuple[tuple[int, bool], Claim] | None = None
    for whole in reversed(history[-40:]):
        if whole is part or not _alike(whole, part) or not _amount(whole):
            continue
        # on a tie a whole beats a subgroup of it, which its own restriction names
        score = (len(wanted & _said_of(document, whole, cues)), id(whole) not in whole_of)
        if score[0] and (best is None or score > best[0]):
            best = (score, whole)
    return None if best is None else best[1]


def _said_of(document: Document, claim: Claim, cues: OtherCues) -> set[str]:
    """The stems of the words of the figure's clause up to it, and of the noun after it."""
    start = max(sentence_of(document, claim)[0], claim.location.start - 60)
    lead = squash(document.prose[start : claim.location.start])
    lead = re.split(r"[,;:—–]| - ", lead)[-1]
    tail = squash(document.prose[claim.location.end : claim.location.end + 30])
    tail_words = re.split(r"[^a-z'-]+", re.split(r"[,;:.—–(]", tail)[0])[:3]
    found = {w for w in re.split(r"[^a-z'-]+", lead) if w} | {w for w in tail_words if w}
    if claim.quantity.noun:
        found.add(claim.quantity.noun)
    return {stem(cues.lemma(w)) for w in found - _STOP}


def _thing(claim: Claim, cues: SumCues) -> str | None:
    """The thing a figure counts; a key read from the word after a bare figure that the
    vocabulary does not know is none ("The other 14 came from ...")."""
    thing = claim.key.thing
    return thing if claim.quantity.noun is not None or thing in cues.known else None


def _checked(
    members: tuple[Claim, ...], other: Claim, whole: Claim, sum_cues: SumCues
) -> Sum | None:
    """The partition when every figure counts the whole's thing and event and the whole
    is not far from the parts' sum."""
    if not members or whole in members or whole.location.start > other.location.start:
        return None  # the whole may follow a part that names it ("Thirty of the 46")
    listed = (*members, other)
    for m in listed:
        if not _alike(m, whole) or not sum_cues.kind_of(_thing(m, sum_cues), whole.key.thing):
            return None
    if other.key.event is not None and whole.key.event not in (None, other.key.event):
        return None  # "the remaining 18 are still held" after "40 hostages freed"
    total = sum(m.quantity.hard.low for m in listed)
    value = whole.quantity.hard
    if not (total / 2 <= value.high and value.low <= 2 * total):
        return None
    return listed, whole
