"""A total whose own clause counts the holders of its items (NC202).

"Hennock won 18,412 votes to Aldwen's 15,306. ... The two candidates' combined 33,918
votes were a record"; "Kesby refines 250,000 barrels a day, Orrin 220,000 and Pell
140,000. Together, the three refineries process 620,000 barrels a day." The items are
told in an earlier sentence in any grammar (a list, "X to Y's N", one clause each); the
total's clause says it adds them up and says how many they are.

The reading fires on evidence that the figures are the same thing, never on the absence
of a difference: a total cue in the total's clause (``[held_totals] cues``: "combined",
"together", "between them"), a count of holders in that clause before the figure ("the
two candidates") equal to the number of items, and items that are every figure of the
total's kind, unit and dimension in the nearest earlier sentence of the paragraph that
holds any (``sentences_back``), none tied to another noun by the word before it
(``[roles] not_before_item``: "a margin of 3,106"), none a change, none larger than the
total, their sum within a factor of two of it, each counting the total's thing. A total
whose clause names a time the items' sentence does not is another window: no sum.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._role_lists import elided, item_labels
from numcheck.checkers._roles import RoleCues, times
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

Sum = tuple[tuple[Claim, ...], Claim]

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_MOST_HOLDERS = 12  # "the 40 clubs' combined 1,200 players" counts no list


class HeldCues:
    """The ``[held_totals]`` words, checked loudly: a cue must be lowercase words."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        table: Mapping[str, Any] = lex.get("held_totals", {})
        cues = table.get("cues", ())
        reach = table.get("sentences_back", 2)
        if not isinstance(cues, list) or not all(
            isinstance(c, str) and c and c == c.lower().strip() and re.fullmatch(r"[a-z' ]+", c)
            for c in cues
        ):
            raise ValueError("[held_totals] cues must be a list of lowercase words")
        if not isinstance(reach, int) or isinstance(reach, bool) or not 1 <= reach <= 3:
            raise ValueError("[held_totals] sentences_back must be an integer from 1 to 3")
        self.cue = (lazy_compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")
                    if cues else None)
        self.reach = reach
        words = table.get("holder_words", {})
        if not isinstance(words, dict) or not all(
            isinstance(k, str) and re.fullmatch(r"[a-z]+", k)
            and isinstance(v, int) and not isinstance(v, bool) and 2 <= v <= _MOST_HOLDERS
            for k, v in words.items()
        ):
            raise ValueError("[held_totals] holder_words must map lowercase words to 2..12")
        self.holder_words: dict[str, int] = dict(words)
        self.holder = (
            re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b(?:['’]s?)?")
            if words else None
        )
        records = table.get("records", ())
        if not isinstance(records, list) or not all(
            isinstance(c, str) and re.fullmatch(r"[a-z][a-z' ]*", c) for c in records
        ):
            raise ValueError("[held_totals] records must be a list of lowercase words")
        self.record = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, records)) + r")\b") if records else None
        )
        self.stock_verbs = _phrases(table, "stock_verbs")
        self.event_verbs = frozenset(_phrases(table, "event_verbs"))


def _phrases(table: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A list of lowercase words or phrases of ``[held_totals]``, checked loudly."""
    values = table.get(name, ())
    if not isinstance(values, list) or not all(
        isinstance(v, str) and re.fullmatch(r"[a-z]+(?: [a-z]+)*", v) for v in values
    ):
        raise ValueError(f"[held_totals] {name} must be a list of lowercase words")
    return tuple(values)


_REACH = 120  # characters before a total its holders are read in

def _alike(a: Claim, b: Claim) -> bool:
    """Two figures of one kind, unit and dimension, neither a change."""
    qa, qb = a.quantity, b.quantity
    return (
        qa.kind is qb.kind
        and qa.kind in _KINDS
        and qa.unit == qb.unit
        and a.key.dimension == b.key.dimension
        and not a.is_change
        and not b.is_change
    )


def holders(
    sentence: Sequence[Claim], total: Claim, document: Document, cues: HeldCues, kinds: Kinds
) -> tuple[int, set[str]] | None:
    """How many holders the total's clause counts before it, and the nouns naming them:
    a count after a determiner ("the two candidates' combined") or a word of ``[held_totals]
    holder_words`` ("both candidates", "the pair's"), with no mark of another clause
    between it and the total."""
    # the holders stand a few words before the total ("the two candidates' combined"):
    # only figures of the last _REACH characters are read, from the total back, so one
    # long sentence of figures costs each total a bounded look, not a scan of all of them
    reach = max(sentence_of(document, total)[0], total.location.start - _REACH)
    at = bisect_left(sentence, total.location.start, key=lambda c: c.location.start)
    for claim in map(sentence.__getitem__, range(at - 1, -1, -1)):
        if claim.location.start < reach:
            break
        q = claim.quantity
        if q.kind is not Kind.COUNT or q.value is None or q.value != int(q.value):
            continue
        if not 2 <= q.value <= _MOST_HOLDERS or q.hard.low != q.hard.high:
            continue
        gap = document.prose[claim.location.end : total.location.start]
        if any(m in gap for m in ";:.()—–"):
            continue
        lead = squash(document.prose[max(0, claim.location.start - 12) : claim.location.start])
        if lead.split()[-1:] in (["the"], ["its"], ["their"], ["all"], ["these"], ["those"]):
            return int(q.value), kinds.names(claim)
    if cues.holder is None:
        return None
    clause = re.split(r"[;:.()—–]", document.prose[reach : total.location.start])[-1].lower()
    found = cues.holder.search(clause)
    if found is None:
        return None
    after = re.findall(r"[a-z]+", clause[found.end() :])[:1]
    return cues.holder_words[found.group(1)], {kinds.lemma(w) for w in after}


def _tied(document: Document, claim: Claim, cues: RoleCues) -> bool:
    """A figure the word before it ties to another noun ("a margin of 3,106")."""
    start = sentence_of(document, claim)[0]
    lead = squash(document.prose[max(start, claim.location.start - 20) : claim.location.start])
    last = lead.split()[-1:]
    return bool(last) and last[0] in cues.not_before_item


def _items(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    total: Claim,
    n: int,
    reach: int,
    cues: RoleCues,
) -> tuple[list[Claim], int] | None:
    """The ``n`` figures of the total's kind told right before its sentence in its
    paragraph, none tied to another noun: those of the nearest sentence that holds any,
    or, one a sentence ("Ferry A carried 4,200. Ferry B carried 3,900."), of the nearest
    sentences; and the index of the first of them. More than ``n`` is no such list."""
    start = sentence_of(document, total)[0]
    items: list[Claim] = []
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if not sentences[j]:
            continue
        if "\n\n" in document.prose[sentences[j][-1].location.end : start]:
            return None
        alike = [c for c in sentences[j] if _alike(c, total)]
        if not alike:
            continue
        items = [c for c in alike if not _tied(document, c, cues)] + items
        if len(items) >= n or len(alike) > 1:
            return (items, j) if len(items) == n else None
    return None


def _counts(document: Document, item: Claim, total: Claim, held: set[str], cues: RoleCues) -> bool:
    """The item counts the total's thing; a word naming it that names the holders or a
    kind of them ("Ferry B carried 3,900" before "the two vessels") names its holder, no
    other thing."""
    kinds = cues.kinds
    own = item_labels(document, item, kinds)
    labels = {w for w in own if kinds.relation({w}, held) is not Relation.KIND}
    return elided(item, total, kinds, labels)


def _clause_times(document: Document, total: Claim, roles: RoleCues, cues: HeldCues) -> set[str]:
    """The times the total's sentence names, but for a record it is compared with ("...
    33,918 votes were the most in a race since 2008": a record word, then "since" and a
    year or a time word, names no window of the total)."""
    start, end = sentence_of(document, total)
    text = squash(document.prose[start:end])
    if cues.record is not None:
        found = cues.record.search(text)
        if found is not None:
            text = text[: found.end()] + _SINCE.sub(" ", text[found.end() :])
    return times(text, roles)


_SINCE = lazy_compile(r"\bsince (?:the )?(?:\w+ )?(?:\d{4}|\w+)\b")


def find_held_totals(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    roles: RoleCues,
    cues: HeldCues,
) -> list[Sum]:
    """The totals whose clause counts as many holders as the earlier sentence has items
    and calls the figure their sum; ``taken`` holds figures another route read."""
    sums: list[Sum] = []
    if cues.cue is None:
        return sums
    for i, sentence in enumerate(sentences):
        for total in sentence:
            if id(total) in taken or total.quantity.kind not in _KINDS or total.is_change:
                continue
            holder = holders(sentence, total, document, cues, roles.kinds)
            if holder is None:
                continue
            n, held = holder
            start = sentence_of(document, total)[0]
            opening = squash(document.prose[start : total.location.start])
            if cues.cue.search(opening) is None or roles.grammar.adds_beyond(opening):
                continue
            found = _items(document, sentences, i, total, n, cues.reach, roles)
            if found is None:
                continue
            items, j = found
            if any(id(c) in taken for c in items):
                continue
            made = sum(c.quantity.hard.low for c in items)
            high = total.quantity.hard.high
            if max(c.quantity.hard.low for c in items) > high or not made / 2 <= high <= 2 * made:
                continue
            if not all(_counts(document, c, total, held, roles) for c in items):
                continue
            lo, hi = sentence_of(document, sentences[j][0])[0], sentence_of(document, items[-1])[1]
            told = times(document.prose[lo:hi], roles)
            if not _clause_times(document, total, roles, cues) <= told:
                continue
            sums.append((tuple(items), total))
            taken.update(id(c) for c in (*items, total))
    return sums


__all__ = ["HeldCues", "find_held_totals", "holders"]
