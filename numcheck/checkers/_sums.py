"""Lists that add up to a stated total, read from one sentence.

"Fourteen boats sank: six trawlers, five yachts and three ferries" (the total, then a
colon or dash and the list), "The 1,900 job cuts are split between the Ghent plant
(1,150) and head office (750)", "Nine died in Aldham and three in Cray, bringing the
total to 12", "Killed were 14 soldiers and 5 civilians; 19 dead in all". The total may
stand far before the list when words call it one ("with a combined 410 pupils ...:") or
open the list after it ("The 900 staff, ..., were split between"). The list is a
partition: its sum must meet the total (NC202); additions to a running total ("a further
7 ..., bringing the toll to 25") are only a part of it. Cue words are data
(``[sums]`` in numcheck/lexicon/checkers.toml); a part may name a kind of the total's
thing (trawlers are boats: ``[hypernyms]`` in measures.toml).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, reduce
from itertools import islice

from numcheck.checkers._arith import adds_up, arith
from numcheck.checkers._compare import between, lead_of, sentence_of, squash
from numcheck.checkers._enumerated import is_head
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._open_items import open_before, uncounted
from numcheck.checkers._sum_after import (
    closes,
    increments,
    running,
    some_after,
    total_phrase,
)
from numcheck.checkers._sum_base import past_base
from numcheck.checkers._sum_brackets import bracket_list as _bracket_list
from numcheck.checkers._sum_brackets import in_brackets, label_first
from numcheck.checkers._sum_clauses import CUE_REACH as _CUE_REACH
from numcheck.checkers._sum_clauses import MAX_GAP as _MAX_GAP
from numcheck.checkers._sum_clauses import MAX_ITEMS as _MAX_ITEMS
from numcheck.checkers._sum_clauses import (
    PARTITION,
    SEPARATOR,
    SOME,
    Opener,
    alike,
    colon_clause,
    counted_as,
    unqualified,
)
from numcheck.checkers._sum_cues import SumCues, unit_left
from numcheck.checkers._sum_dashed import dashed
from numcheck.checkers._sum_series import no_breakdown
from numcheck.checkers._sum_whole import told_all
from numcheck.checkers._walk import back_within
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level

Sum = tuple[tuple[Claim, ...], Claim]  # (components, total)

_LABEL_WORDS = 4  # words naming the first component after a mark: ": Ashfield (96"
_LABEL_WORDS_AFTER_WORDS = 6  # "divided between the morning session, run early, (1,420)"


@dataclass
class Found:
    """A sentence's partitions (the sum must meet the total) and additions to a running
    total (the sum must not exceed it)."""

    sums: list[Sum] = field(default_factory=list)
    parts: list[tuple[tuple[Claim, ...], tuple[Claim, ...]]] = field(default_factory=list)


_SEPARATOR = SEPARATOR


def find_sums(document: Document, sentence: Sequence[Claim], cues: SumCues) -> Found:
    """The (components, total) lists of one sentence's figures, in text order, and the
    additions to a running total ("a further 7 ..., bringing the total to 25"), which
    are only a part of it."""
    found = Found()
    used: set[int] = set()
    # "5.2 billion on 5G, 2.9 billion on fibre": a code between two members is no member
    sentence = [c for c in sentence if c.quantity.kind is not Kind.IDENTIFIER]
    sentence = unqualified(document, sentence)
    for k in range(1, len(sentence) - 1):
        if id(sentence[k]) in used:
            continue
        how = PARTITION
        opener = _opens(document, sentence[k - 1], sentence[k], cues)
        if opener is None:
            opener = _numbered(document, sentence, k, cues) or _apposed(document, sentence, k, cues)
        bracketed_items = False
        if opener is None:  # "work in sales (1,800), logistics (1,300) and ...": every
            # item a bracket after its label, no one bracket holding the list
            how, opener = _bracket_list(document, sentence, k, cues)
            bracketed_items = opener is not None
        if opener is None:
            how, opener = _linked(document, sentence[k - 1], sentence[k], cues)
        if opener is None:
            how, opener = _placed(document, sentence, k, cues)
        if opener is None:  # "212 homes (Kesby 140, Orrin 51 and Pell 31)"
            how, opener = label_first(document, sentence, k, cues)
        labelled = dashed(document, sentence, k, cues, list_run) if opener is None else None
        if labelled is not None:  # "rose to 14 — nine in Aldham, ...", no unlabelled item
            how, opener = (PARTITION if labelled[2] else SOME), (labelled[0], False)
        if opener is None:
            continue
        if bracketed_items:  # "from the institute (17), two universities (nine) and ..."
            members = in_brackets(document, sentence, k, cues)
        else:
            members = _bracketed(document, list_run(document, sentence, k, 1, cues), opener[0])
        members = _before_own_total(document, members, cues)
        if not members:
            continue
        # "47 patients to three hospitals: St Mary's received 20, ...": the head counts
        # the items, which count the total's thing (not the head's, which they carry)
        headed = is_head(document, sentence[k - 1], members, _LABEL_WORDS)
        total = _total_before(document, sentence[:k], members, opener, cues, headed)
        if total is not None:  # "340 jobs, 12% of its 2,800 staff: ...": not the base
            total = past_base(document, sentence[:k], total, members, cues)
        if total is not None and no_breakdown(document, members, total, cues):
            continue  # "4.1% in March — 3.2% in Wales and ...": levels, no parts
        if total is not None and fits(document, members, total, cues, True, headed):
            members = _completed(document, sentence, members, total, cues)
            if how == SOME and labelled is None and told_all(document, members, total, cues):
                how = PARTITION  # "412 homes, with 250 in Ashby and 152 in Colne" (_sum_whole)
            one = (
                None
                if how == SOME or labelled is not None
                else cues.grammar.single(document, members[-1], None, cues.total_before)
            )
            if one is not None:  # "four drivers, two guards and a nurse": one more
                found.sums.append(((*members, one), total))
            elif how == SOME or uncounted(document, members[-1]):
                found.parts.append((tuple(members), (total,)))  # "... and a nurse"
            else:
                found.sums.append((tuple(members), total))
            used.update(id(m) for m in members)
    for j in range(2, len(sentence)):
        total = sentence[j]
        if id(total) in used:
            continue
        some = some_after(document, sentence[j - 1], total, cues)
        if not some and not closes(document, sentence[j - 1], total, cues):
            continue
        members = list_run(document, sentence, j - 1, -1, cues)[::-1]
        if not fits(document, members, total, cues, loose=True):
            continue
        one = cues.grammar.single(document, members[-1], total.location.start, cues.total_before)
        if one is not None:  # "Twelve flats, four shops and a chapel ..., 17 in all"
            members = [*members, one]
        elif open_before(document, members[-1], total, cues.total_before):
            some = True  # "..., and others, 40 in all": the figures are some of it
        if some:
            found.parts.append((tuple(members), (total,)))
            continue
        if increments(document, members, cues):
            if running(document, members[-1], total, cues):
                found.parts.append((tuple(members), (total,)))
            continue
        found.sums.append((tuple(members), total))
    return found


def _completed(
    document: Document,
    sentence: Sequence[Claim],
    members: list[Claim],
    total: Claim,
    cues: SumCues,
) -> list[Claim]:
    """ "The 47 seats went 31 to Labour, 12 to the Greens and two to independents, with
    two vacant": a figure of the list's kind after the closed list, in its sentence, is
    one more part of the total when the list falls short of the total without it and
    adds up with it (``list_run`` ends the list at "and")."""
    stated = arith(total.quantity)
    if adds_up(stated, _sum(members)):
        return members
    # the first figure after the list, found by bisection: a sentence of 20,000 figures
    # and thousands of lists stays linear (claims are in reading order)
    at = bisect_left(sentence, members[-1].location.end, key=_start)
    following = next((c for c in islice(sentence, at, None) if c is not total), None)
    if following is None or not alike(following, members[0]) or following.is_change:
        return members
    if cues.no_item(document, following):
        return members  # "..., 35 of whom": a part of an item, not one more
    tail = [*members, following]
    return tail if adds_up(stated, _sum(tail)) else members


def _start(claim: Claim) -> int:
    return claim.location.start


def _sum(claims: Sequence[Claim]) -> Interval:
    return reduce(lambda a, b: a + b, (arith(c.quantity) for c in claims))


def _before_own_total(
    document: Document, members: list[Claim], cues: SumCues
) -> list[Claim]:
    """The list ends before a figure its own words call a total ("52, with 14 more
    probable, 66 in all": 66 totals 52 and 14, it is no item of 52)."""
    for i, member in enumerate(members):
        end = member.location.end
        after = re.split(r"[,;.:()—–]", document.prose[end : end + 30], maxsplit=1)[0]
        words = f" {squash(after)} "
        if any(f" {c} " in words for c in cues.total_after):
            return members[:i]
    return members


def smaller(total: Claim, members: Sequence[Claim]) -> bool:
    """A figure far below a listed one cannot be their total ("two airports")."""
    high = total.quantity.hard.high
    return any(m.quantity.hard.low > 2 * high for m in members)


def _opens(document: Document, prev: Claim, first: Claim, cues: SumCues) -> Opener | None:
    """Where a list opens between two figures ("boats sank: six", "split between the
    ghent plant (1,150)", "broke down as follows: yes 2,590"): the offset of the mark or
    opener words, and whether words (a verb whose subject is the total) opened it. A few
    words may label the first component; a bare hyphen between two figures is a score."""
    raw = document.prose[prev.location.end : first.location.start]
    if raw.strip() in ("-", "–", "—", "to"):
        return None  # "7-0", "52-48": a score or a tally, not a list
    text = raw.lower()
    found: list[tuple[int, bool]] = []
    for mark in cues.marks:
        spaced = f" {mark} " if mark == "-" else mark  # "homes - 140", not "4-0"
        at = (" " + text + " ").rfind(spaced)
        if at >= 0:
            found.append((max(0, at - 1) + len(spaced.rstrip()), False))
    for phrase in cues.openers:
        end = _offset_of(text, phrase)
        if end is not None:
            found.append((end, True))
    if not found:
        return None
    at, worded = max(found)
    label = text[at:]
    limit = _LABEL_WORDS_AFTER_WORDS if worded else _LABEL_WORDS
    if any(m in label for m in (":", ";", ".", "—", "–")) or len(label.split()) > limit:
        return None
    return prev.location.end + at, worded


def _linked(
    document: Document, total: Claim, first: Claim, cues: SumCues
) -> tuple[str, Opener | None]:
    """The links ``_opens`` does not read, each after the total's own noun phrase (a few
    words, no mark): a bracket ("340 flights (210 at Northgate, 140 at Sele)") or a
    copula after a definite total ("The 23 victims were 11 women, 8 men and 5 children")
    open a partition, and so does a verb right before the first part ("The 45 seats
    went 31 to Labour, ..."); "with" after a comma ("rose to 63, with 40 in the centre and 29
    in the suburbs") opens some of the total, reported only when it adds up to more."""
    gap = document.prose[total.location.end : first.location.start]
    head, _, last = gap.lower().rstrip().rpartition(" ")
    phrase = head.rstrip(" ,")
    if len(phrase.split()) > _HOLDER_WORDS or any(m in phrase for m in ",;:.()—–"):
        return PARTITION, None
    at = total.location.end + len(gap)
    if last in cues.brackets:
        return PARTITION, (at, False)
    if last in cues.copulas and not head.endswith(",") and _definite(document, total, cues):
        lead = f" {lead_of(document, total, 40)} "
        if any(f" {w} " in lead for w in cues.partial_lists):
            return SOME, (at, False)  # "Among the 40 injured were 14 children and ..."
        return PARTITION, (at, False)
    if last in cues.verbs_before and not head.endswith(","):
        return PARTITION, (at, False)  # "The 45 seats went 31 to Labour, 12 to ..."
    if last in cues.some and head.endswith(","):
        return SOME, (at, False)
    return PARTITION, None


def _definite(document: Document, total: Claim, cues: SumCues) -> bool:
    """ "The 23 victims", "all 40 staff": a determiner makes the total the whole set."""
    return lead_of(document, total, 40).split()[-1:] in ([h] for h in cues.holders)


def _bracketed(document: Document, members: list[Claim], opened: int) -> list[Claim]:
    """A list opened by a bracket ends where the bracket closes."""
    if document.prose[opened - 1 : opened] != "(":
        return members
    return [m for m in members if ")" not in document.prose[opened : m.location.start]]


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_HOLDER_WORDS = 4  # words between the total and the comma: "3.1 million tonnes last year,"


def _numbered(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> Opener | None:
    """ "The two quarries produced 3.1 million tonnes last year, Harrow Hill 1.9 million
    tonnes and Stenby 0.9 million": a total whose clause counts what holds its parts
    ("the two quarries", "its three plants": ``[sums] holders`` before the count) opens,
    after a comma, a list of as many parts, each after a short name."""
    total, first = sentence[k - 1], sentence[k]
    gap = document.prose[total.location.end : first.location.start]
    head, comma, label = gap.rpartition(",")
    if not comma or any(m in gap for m in ";:.()") or not label.split():
        return None
    if len(label.split()) > _LABEL_WORDS or len(head.split()) > _HOLDER_WORDS:
        return None
    count = len(list_run(document, sentence, k, 1, cues))
    for holder in back_within(sentence, k - 1, 200):  # in its clause: 200 characters back
        q = holder.quantity
        if q.kind is not Kind.COUNT or q.noun is None:
            continue
        between_ = document.prose[holder.location.end : total.location.start]
        lead = squash(document.prose[max(0, holder.location.start - 12) : holder.location.start])
        named = lead.split()[-1:] in ([h] for h in cues.holders)
        if q.value == count and named and not any(m in between_ for m in ",;:.()—–"):
            return total.location.end + len(head) + 1, True
        return None
    return None


def _apposed(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> Opener | None:
    """ "A total of 93 people were arrested, 51 men and 38 women", "Police held 40
    people, 22 men and 18 women": a list set off by a comma right after its total's
    phrase is its breakdown when the total is called one ("a total of"), each part
    names a different kind of the total's thing, or two parts name both sides of a
    complement ("640 turtles, 400 females and 220 males": ``[spread] complements``)."""
    total, first = sentence[k - 1], sentence[k]
    gap = document.prose[total.location.end : first.location.start]
    head, comma, label = gap.rpartition(",")
    if not comma or label.strip() or any(m in head for m in ",;:.()—–") or cues.kinds is None:
        return None
    if len(head.split()) > _HOLDER_WORDS:
        return None
    marked = _marked(document, total, cues)
    named = marked or bool(cues.kinds.names(total))
    # unnamed, only a run of two sides can open it: three items read are enough to know
    members = list_run(document, sentence, k, 1, cues, limit=_MAX_ITEMS if named else 3)
    if _sibling_head(head, members, cues.kinds):
        return None  # "41 were men, 22 women and 12 children": the first item, verb gapped
    # "640 turtles, 400 females and 220 males": both sides of a complement, all of it
    marked = marked or (len(members) == 2 and cues.complementary(document, members))
    if not marked and not named:
        return None  # neither called a total nor of a kind its parts could name: read no run
    if len(members) < 2 or uncounted(document, members[-1]):
        return None
    span = squash(document.prose[first.location.start : members[-1].location.end + 30])
    span = re.split(r"[.;:!?]", span, maxsplit=1)[0]
    if any(f" {w} " in f" {span} " for w in cues.selections) or _YEAR.search(span):
        return None  # "12 people, three children and two firefighters among them"
    if set(span.split()) & cues.times:
        return None  # "21 fishermen in 2023 and 12 tourists in 2022": other times
    if not marked:
        kinds = cues.kinds
        names = [frozenset(kinds.names(m)) for m in members]
        whole = kinds.names(total)
        if len(set(names)) < len(names) or not all(
            kinds.relation(n, whole) is Relation.KIND and not n & whole for n in names
        ):
            return None
    return total.location.end + len(head) + 1, False


def _sibling_head(head: str, members: Sequence[Claim], kinds: Kinds) -> bool:
    """The words after the figure name a sibling kind of every part ("41 were men, 22
    women and 12 children": men beside women and children, both kinds of one root): the
    figure is the list's first item, its verb gapped in the others, not their total."""
    named = {kinds.lemma(w) for w in re.findall(r"[a-z]+", head.lower())} & kinds.known
    return bool(named) and bool(members) and all(
        kinds.relation(kinds.names(m), named) is Relation.NEAR for m in members
    )


def _offset_of(text: str, phrase: str) -> int | None:
    """The end offset of the last ``phrase`` in ``text`` across punctuation and spaces."""
    found = list(_phrase_pattern(phrase).finditer(text))
    return found[-1].end() if found else None


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"[^\w'’]+".join(re.escape(w) for w in phrase.split()) + r"\b")


def _total_before(
    document: Document,
    before: Sequence[Claim],
    members: Sequence[Claim],
    opener: Opener,
    cues: SumCues,
    headed: bool = False,
) -> Claim | None:
    """The total a list after a colon or opener words adds up to: the nearest earlier
    figure of the clause counted like the components, passing figures of other kinds
    ("in 2026"), of other things ("the two airports") or far below a component. Far
    from the opener it must be marked as a total ("a combined 410 pupils") or be the
    subject of opener words ("The 8,412 participants ... were split between")."""
    at, worded = opener
    for total in reversed(before):
        if "; " in document.prose[total.location.end : at]:
            return None
        first = members[0]
        if not counted_as(first, total) or total.quantity.level is Level.OLD:
            continue  # "18,400 homes, down from 31,000 overnight: 9,200 in ...": the list
            # breaks down the level now, not the one a change started from
        clausal = cues.clausal(document, members) and len(members) > 2
        near = len(document.prose[total.location.end : at]) <= _MAX_GAP
        counted = clausal or headed or all(cues.counts(document, m, total, near) for m in members)
        if smaller(total, members):
            continue
        if not near and colon_clause(document, before, total, members, at, cues):
            return total  # its parts count it loosely, as after a colon right after it
        if not counted:
            continue
        return total if near or worded or _marked(document, total, cues) else None
    return None


def _marked(document: Document, total: Claim, cues: SumCues) -> bool:
    """ "a combined 410 pupils", "a total of 97 flights": the words before call it a
    total; or its own phrase ends in a closer ("73 fighters between them,", "212 homes
    in all,")."""
    start = sentence_of(document, total)[0]
    # the words just before the total: its cue is short, and a long sentence of figures
    # must not be read again for each of them
    lead = squash(document.prose[max(start, total.location.start - _CUE_REACH) :
                                 total.location.start])
    if any(lead == c or lead.endswith(" " + c) for c in cues.total_before):
        return True
    if total_phrase(lead, cues):
        return True
    after = document.prose[total.location.end : total.location.end + 50]
    phrase = f" {squash(re.split(r'[,;:.()—–]', after, maxsplit=1)[0])}"
    return len(phrase.split()) <= _HOLDER_WORDS + 1 and any(
        phrase.endswith(f" {c}") for c in cues.total_after
    )


def _placed(
    document: Document, sentence: Sequence[Claim], k: int, cues: SumCues
) -> tuple[str, Opener | None]:
    """ "The storm damaged 212 homes, 140 in Kesby, 51 in Orrin and 31 in Pell": a list
    set off by a comma right after its total's phrase whose items leave the total's noun
    out and each name a place of their own (the total none of theirs), or each carry a
    different prepositional label ("140 on Monday, 120 on Tuesday", ``[sums] labels``),
    breaks the total down: all of it when three or more, some of it when two. A total
    with a place of its own is an item of the list itself."""
    total, first = sentence[k - 1], sentence[k]
    gap = document.prose[total.location.end : first.location.start]
    head, comma, label = gap.rpartition(",")
    if not comma or label.strip() or any(m in head for m in ",;:.()—–"):
        return PARTITION, None
    if len(head.split()) > _HOLDER_WORDS or total.quantity.noun is None:
        return PARTITION, None
    members = list_run(document, sentence, k, 1, cues)
    places = [m.place or cues.label(document.prose[m.location.end:m.location.end + _CUE_REACH])
              for m in members]
    if len(members) < 2 or None in places or len(set(places)) < len(places):
        return PARTITION, None
    if total.place is not None or cues.sibling_label(head, [str(p) for p in places]):
        return PARTITION, None  # "1.2 million passengers in March, 1.4 million in April"
    if any(m.quantity.noun is not None for m in members):
        return PARTITION, None  # "4,200 units in Europe, 3,100 in Asia": an item itself
    if any(m.key.thing not in (None, total.key.thing) for m in members):
        return PARTITION, None
    how = PARTITION if len(members) > 2 else SOME
    return how, (total.location.end + len(head) + 1, False)




def list_run(
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    step: int,
    cues: SumCues | None = None,
    limit: int = _MAX_ITEMS,
) -> list[Claim]:
    """The figures listed from ``sentence[k]`` on (``step`` 1) or back (``step`` -1), at
    most ``limit`` of them; a
    figure that points into the list ("one of whom", "35 of them") or a pronoun "one"
    ("..., one said") is no item of it, and neither is a figure after the item "and"
    closed the list with ("31 to Labour, 12 to the Greens and two to independents, with
    two vacant")."""
    run = [sentence[k]]
    closed = False  # "A, B and C": after "and" the list has ended ("..., with two vacant")
    while 0 <= k + step < len(sentence) and len(run) < limit:
        a, b = (sentence[k], sentence[k + step]) if step > 0 else (sentence[k - 1], sentence[k])
        gap = between(document, a, b)
        if len(gap) > _MAX_GAP or "." in gap or _SEPARATOR.search(gap) is None:
            break
        anded = "and" in gap.replace(",", " ").split()
        if closed and not anded:
            break
        closed = closed or (step > 0 and anded)
        item = sentence[k + step]
        if not alike(item, run[0]) and not unit_left(document, item, run[0]):
            break  # "... and a placebo (4,206) and followed for 40 months": the list ended
        if cues is not None and cues.no_item(document, sentence[k + step]):
            break
        if cues is not None and cues.beyond_in(gap):
            break  # "1,800 houses and 1,200 flats, plus 300 garages": an extra, no item
        if cues is not None and cues.opens_relative(gap):
            break  # "a gap of £14.2m, which would be closed by £9.6m ...": about the first
        k += step
        run.append(sentence[k])
    return run


def fits(
    document: Document,
    members: Sequence[Claim],
    total: Claim,
    cues: SumCues,
    loose: bool = False,
    headed: bool = False,
) -> bool:
    """At least two components of the total's kind, unit and event, each counting the
    total's thing or a kind of it (``loose``: see ``SumCues.counts``; ``headed``: a head
    counts the components, whose thing is the head's, not the total's)."""
    if len(members) < 2:
        return False
    clausal = cues.clausal(document, members)
    if clausal and len(members) < 3:
        return False  # "40 people: 12 were charged and 3 were released": some of them
    for m in members:
        if not (counted_as(m, total) or unit_left(document, m, members[0])) or m.is_change:
            return False
        if clausal:
            continue
        event, whole = m.key.event, total.key.event
        if event is not None and whole not in (None, event) and not cues.holds(whole, event):
            return False
        if not headed and not cues.counts(document, m, total, loose):
            return False
    return True
