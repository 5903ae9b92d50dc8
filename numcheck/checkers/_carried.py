"""A list whose total the sentence before gave, opened by words that point back to it.

"The squad has 23 players. It is made up of 12 forwards and 10 backs", "The council
approved 340 grants last year. These break down as follows: 210 ...", "The 1,900 job
cuts were confirmed on Friday. The cuts are split between Ghent (1,150) and Antwerp
(650)": a list opener (``[sums] openers`` or a mark) whose subject is a pronoun or a
noun phrase naming the total (``[sums] anaphors``, or "the"/"these"/"those" and the
total's own noun) opens a partition of a figure of the sentence before, in the same
paragraph: the nearest one the list fits (its kind, thing and event, at least as large
as every item). Without a subject that points back, nothing is read: "Twelve are
forwards" after "23 players" may be some of them. One pass over pairs of neighbouring
sentences: linear in the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._enumerated import added, another_time, headless
from numcheck.checkers._heads import lemma
from numcheck.checkers._open_items import uncounted
from numcheck.checkers._partitive import PartCues
from numcheck.checkers._sum_cues import SumCues
from numcheck.checkers._sums import Found, fits, list_run, smaller
from numcheck.claims import Claim
from numcheck.document import Document

_SUBJECT_WORDS = 6  # "the cuts announced on friday are" before "split between"
_LABEL_WORDS = 4  # words naming the first item after the opener ("between ghent (")
_DEFINITE = ("the", "these", "those", "its", "their")


def _opener_end(opening: str, cues: SumCues) -> tuple[int, int] | None:
    """Where the last opener (words or a mark) of a sentence's opening starts and ends."""
    found: list[tuple[int, int]] = []
    for phrase in cues.openers:
        at = opening.rfind(phrase)
        while at >= 0:
            end = at + len(phrase)
            whole = (at == 0 or not opening[at - 1].isalnum()) and (
                end == len(opening) or not opening[end].isalnum()
            )
            if whole:
                found.append((at, end))
                break
            at = opening.rfind(phrase, 0, at)
    for mark in cues.marks:
        spaced = f" {mark} " if mark == "-" else mark
        at = opening.rfind(spaced)
        if at >= 0:
            found.append((at, at + len(spaced)))
    return max(found, key=lambda span: span[1]) if found else None


def _points_back(
    subject: str, total: Claim, cues: SumCues, parts: PartCues | None = None
) -> bool:
    """ "it is", "these", "the total", "the cuts": a subject that names the total; with
    ``parts``, also a definite noun the lexicon reads as the total's event or thing ("the
    redundancies" of "412 jobs" cut) or as its kind of amount ("the money" of "2.4
    billion pounds": ``[partitive] kind_nouns``)."""
    said = subject.split()
    if not said or len(said) > _SUBJECT_WORDS:
        return False
    if any(subject == a or subject.startswith(a + " ") for a in cues.anaphors):
        return True
    nouns = {n for n in (total.quantity.noun, total.key.thing) if n}
    names = {lemma(w) for w in said[1:]}
    if said[0] not in _DEFINITE:
        return False
    if any(lemma(n) in names for n in nouns):
        return True
    return parts is not None and any(_names(parts, w, total) for w in said[1:3])


def _names(parts: PartCues, word: str, total: Claim) -> bool:
    """Whether one noun of a subject names ``total`` by the lexicon's words."""
    if parts.kind_nouns.get(word) == total.quantity.kind.value:
        return True
    named = parts.named(word)
    if named is None:
        return False
    slot, name = named
    return (total.key.event if slot == "event" else total.key.thing) == name


def find_carried(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    cues: SumCues,
    parts: PartCues | None = None,
) -> Found:
    """The partitions whose list opens a sentence with a subject pointing back to a
    total of the sentence before (``Found.sums``), or some of it when the list goes on
    with an item that is no figure ("... and a nurse": ``Found.parts``)."""
    found = Found()
    for prior, sentence in pairwise(sentences):
        first = sentence[0] if sentence else None
        if first is None or id(first) in taken or not prior:
            continue
        head = document.prose[max(0, first.location.start - 3) : first.location.start]
        if not head.strip(" \t\"'“‘(") or head.rstrip(" \"'“‘(")[-1:] in ".!?\n":
            continue  # the sentence opens with its figure: no subject, no opener
        start = sentence_of(document, first)[0]
        raw = document.prose[start : first.location.start]
        opening = squash(raw)
        span = _opener_end(opening, cues)
        run = list_run(document, sentence, 0, 1, cues)
        members = headless(document, run)
        if span is None and len(members) < len(run):
            span = (len(opening), len(opening))  # "The cases are in two towns, 31 ..."
        if span is None or len(opening[span[1] :].split()) > _LABEL_WORDS:
            continue
        subject = opening[: span[0]].strip(" ,")
        if any(id(m) in taken for m in members):
            continue
        p_start = sentence_of(document, prior[0])[0]
        said = squash(document.prose[p_start : sentence_of(document, prior[-1])[1]])
        if another_time(subject, said, cues.times) or added(subject, said, cues.added_subjects):
            continue  # "This year it plans further cuts: ...": not last year's total
        p_end = sentence_of(document, prior[-1])[1]
        if "\n\n" in document.prose[p_end:start]:
            continue  # another paragraph: the pronoun may point elsewhere
        for total in reversed(prior):
            if id(total) in taken or smaller(total, members):
                continue
            if total.quantity.hard.high < max(m.quantity.hard.low for m in members):
                continue
            if not fits(document, members, total, cues, loose=True):
                continue
            if _points_back(subject, total, cues, parts):
                if uncounted(document, members[-1]):
                    found.parts.append((tuple(members), (total,)))
                else:
                    found.sums.append((tuple(members), total))
                taken.update(id(c) for c in (*run, total))
            break
    return found


__all__ = ["find_carried"]
