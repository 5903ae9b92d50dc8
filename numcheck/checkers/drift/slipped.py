"""Drift's third meeting route: two figures brought together by a slip of the pen.

The key route pairs figures whose lexicon keys agree, the likeness route (meeting.py)
figures whose words are alike. A figure one outlet copied wrong is often told under
other words as well ("reported revenue of $4.27 billion", "sales came to $4.72bn";
"entered 1,340 homes", "1,430 properties were left under water"): neither route meets
it, yet its digits tell where it came from. Two neighbouring digits swapped in place
keep every digit, its layout and its scale; a figure of another fact lands on such a
number only by chance, and the chance falls with every digit written
(transposed.py, the same relation the judge already reads once a key has met a pair).

So, inside one likeness group (a story set and a dimension family, ``keys.group_key``),
two figures of two documents meet when

- they are one slip apart (``swapped_in_place``): the same kind and unit, at least
  ``transposed._DIGITS`` digits written before the trailing zeros, exactly two
  neighbouring digits swapped, the same digits before the decimal point and the same
  scale (so "£14.2 million" is no copy of "£412 million");
- each is the other's only such partner: the other document gives no other figure one
  slip from it, of another value (several candidates say nothing of which one was
  copied);
- neither document also gives the other's value (then it told that figure too, and its
  swapped one is another fact: ``_echoed``);
- both are the story's own amounts, neither a part of another figure, an old level
  ("from 412") or a change ("up 4.2%"): a step and a level share digits by chance;
- the key route does not compare them itself (same block), nor did the likeness
  route meet them.

Evidence beyond the digits is left to the judge (verdicts.judge): two days, two named
moments, a count the lexicon counts up, two parties, two holders; and, as for every
pair met without a key, only a verdict that says the copy is wrong comes out
(meeting.ALLOWED). A figure three outlets tell, two right and one swapped, meets both
right ones, and verdicts.odd_one_out sets the finding on the odd one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from numcheck.checkers._slips import neighbours_swapped
from numcheck.checkers.drift.aspect import AspectWords
from numcheck.checkers.drift.denominators import words_of
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.spans import changes
from numcheck.checkers.drift.transposed import KINDS, digits
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Level

__all__ = ["revisable", "slip_pairs", "swapped_in_place"]

_NUMBER = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
LEAST = 3  # written digits before the trailing zeros a swap in place needs
_CLAUSE = 40  # characters read each side of a figure for a word of an update or a plan
_SCALE = 10.0  # two figures one swap apart in place are less than ten times apart


def swapped_in_place(a: Entry, b: Entry) -> bool:
    """Whether ``b`` is ``a`` written with two neighbouring digits swapped in place: one
    figure's digits in another order (transposed.transposed), differing in exactly two
    neighbouring places, with as many digits before the decimal point and the same
    scale ("$4.27 billion" and "$4.72bn"; not "£14.2 million" and "£412 million")."""
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.kind is not qb.kind or qa.kind not in KINDS or qa.unit != qb.unit:
        return False
    ta, tb = qa.text, qb.text
    da, db = digits(ta), digits(tb)
    if len(da) != len(db) or sorted(da) != sorted(db) or da == db:
        return False
    if min(len(da.rstrip("0")), len(db.rstrip("0"))) < LEAST:
        return False
    if not neighbours_swapped(da, db):
        return False
    if _whole_digits(ta) != _whole_digits(tb):
        return False
    va, vb = abs(a.claim.quantity.value or 0.0), abs(b.claim.quantity.value or 0.0)
    low, high = sorted((va, vb))
    return low > 0 and math.isfinite(high) and high < _SCALE * low


def _whole_digits(text: str) -> int:
    """The digits written before the decimal point of a figure's number ("6,428.7": 4)."""
    found = _NUMBER.search(text)
    if found is None:
        return 0
    return len(digits(found.group().split(".")[0]))


def revisable(claim: Claim, text: str, words: AspectWords) -> bool:
    """Whether a figure is told as its moment's state or as a plan (alignment.toml
    ``[aspect]``): a word both of a state that holds now and of an update (``current``
    and ``revisable``: "now", "still", "so far", "remains") in its clause, or a plan's
    future (``prospective``: "will", "would") before it. Such a size differs from another
    moment's or another plan's on its own ("had 412 stores at the start of the year",
    "its 421 stores now"; "has 126 stations open", "would have 216"), so swapped digits
    are no evidence of a copy. Another verb's modal after the figure ("117 pupils would
    be moved") or a change's verb ("rose 6% to £412m") tells nothing of its moment."""
    start, end = claim.sentence
    if not text or end <= start:
        return False
    low = max(start, claim.location.start - _CLAUSE)
    high = min(end, claim.location.end + _CLAUSE)
    before = words_of(text[low:claim.location.start], words.months, low == start)
    tokens = before + words_of(text[claim.location.end:high], words.months, False)
    now = words.current & words.revisable
    if any(t in now for t in tokens) or any(t in words.prospective for t in before):
        return True
    said = f" {' '.join(tokens)} "
    return any(f" {' '.join(phrase)} " in said for phrase in words.revisable_phrases
               if phrase in words.current_phrases)


def _own(claim: Claim) -> bool:
    """A figure that may meet by its digits: not a part of another, an old level or a
    change (their digits are another figure's, or a step's)."""
    return (claim.part_of is None and claim.quantity.level is not Level.OLD
            and not changes(claim))


def slip_pairs(
    entries: Sequence[Entry],
    keyed: Callable[[Claim], object],
    met: frozenset[frozenset[tuple[str, int]]] = frozenset(),
    told: Callable[[str], Sequence[Claim]] | None = None,
    gate: Callable[[Entry, Entry], bool] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Iterator[Pair]:
    """The pairs of one likeness group's ``entries`` that meet by a slip of the pen
    (module docstring). ``keyed``: the block in which the key route compares a claim
    with every other (None if none); ``met``: the spots of pairs the likeness route
    already met; ``told``: every figure of a document, whatever its group (a key-fact
    line read under another dimension family still tells its number), else the
    group's own; ``gate``: what any two figures meeting without a key must pass
    besides their evidence (meeting.slip_gate); ``texts``: path -> text, to read how
    each figure is told (``revisable``). Only figures one slip apart are ever looked at
    together, found by their sorted digits, so the work stays linear in the group's
    figures."""
    # figures by their sorted digits, kind and unit, then by value: only two values of
    # one such bucket can be one slip apart, so no two figures of one value are compared
    buckets: dict[tuple[str, str, str | None], dict[float, list[int]]] = defaultdict(
        lambda: defaultdict(list))
    values: dict[tuple[str, str, str | None], set[float]] = defaultdict(set)
    for i, entry in enumerate(entries):
        q = entry.claim.quantity
        if q.value is None:
            continue
        buckets[("".join(sorted(digits(q.text))), q.kind.value, q.unit)][q.value].append(i)
        values[(entry.claim.location.path, q.kind.value, q.unit)].add(q.value)
    partners: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for by_value in buckets.values():
        written = sorted(by_value)
        for x, one in enumerate(written):
            for other in written[x + 1:]:
                _link(by_value[one], by_value[other], entries, partners)
    aspect = AspectWords.from_lexicon()
    done: set[tuple[int, int]] = set()
    for i in sorted(partners):
        for path, found in sorted(partners[i].items()):
            j = _only(found, entries)
            if j is None or (min(i, j), max(i, j)) in done:
                continue
            done.add((min(i, j), max(i, j)))
            a, b = entries[i], entries[j]
            back = partners[j].get(a.claim.location.path, [])
            if _only(back, entries) is None or not (_own(a.claim) and _own(b.claim)):
                continue
            if _echoed(a, path, values, told) or _echoed(b, a.claim.location.path, values,
                                                         told):
                continue
            key = keyed(a.claim)
            if key is not None and key == keyed(b.claim):
                continue  # the key route compares them itself
            spots = frozenset({_spot(a), _spot(b)})
            if spots in met or (gate is not None and not gate(a, b)):
                continue
            if texts is not None and any(revisable(e.claim, texts.get(e.claim.location.path, ""),
                                                   aspect) for e in (a, b)):
                continue  # an update, a plan or an estimate may differ on its own
            first, second = sorted((a, b), key=_spot)
            yield Pair(first, second, Relation.SAME)


def _link(ones: Sequence[int], others: Sequence[int], entries: Sequence[Entry],
          partners: dict[int, dict[str, list[int]]]) -> None:
    """Record, for two values of one bucket that are one slip apart (read on one figure
    of each, then checked per figure: the slip reads each figure's own writing), each
    figure's partners by document."""
    if not swapped_in_place(entries[ones[0]], entries[others[0]]):
        return
    by_path: dict[str, list[int]] = defaultdict(list)
    for j in others:
        by_path[entries[j].claim.location.path].append(j)
    mine: dict[str, list[int]] = defaultdict(list)
    for i in ones:
        mine[entries[i].claim.location.path].append(i)
    for spread in (by_path, mine):
        for found in spread.values():
            found.sort(key=lambda k: entries[k].claim.location.start)
    for side, theirs in ((ones, by_path), (others, mine)):
        for i in side:
            for path, found in theirs.items():
                if path == entries[i].claim.location.path:
                    continue
                # the first of one value a document writes as the slip is its partner
                # of that value (``_only``): one per value and document keeps it linear
                first = next((j for j in found if swapped_in_place(entries[i], entries[j])),
                             None)
                if first is not None:
                    partners[i][path].append(first)


def _only(found: Sequence[int], entries: Sequence[Entry]) -> int | None:
    """The one partner of a figure in a document, or None when the document gives
    several of other values (which one was copied is then unknown)."""
    if not found:
        return None
    if len({entries[k].claim.quantity.value for k in found}) != 1:
        return None
    return min(found, key=lambda k: entries[k].claim.location.start)


def _echoed(entry: Entry, path: str, values: dict[tuple[str, str, str | None], set[float]],
            told: Callable[[str], Sequence[Claim]] | None) -> bool:
    """Whether the document at ``path`` also gives ``entry``'s figure: its value in its
    kind and unit, one that agrees with it once rounded ("7,629" beside "7,629.4"), or
    its number as written, whatever the reader took it for (a key-fact line "Vessel
    calls: 214" read as a span of years). It told that figure as well, so its swapped
    figure is another one."""
    q = entry.claim.quantity
    if q.value in values.get((path, q.kind.value, q.unit), set()):
        return True
    if told is None or q.value is None:
        return False
    written = _written(q.text)
    for claim in told(path):
        other = claim.quantity
        if written and _written(other.text) == written:
            return True
        if other.kind is not q.kind or (None not in (q.unit, other.unit)
                                        and q.unit != other.unit):
            continue
        if other.hard.intersects(q.hard) or (
                other.value is not None and other.granularity
                and abs(other.value - q.value) <= other.granularity / 2):
            return True
    return False


def _written(text: str) -> str:
    """A figure's number as written, its thousands separators aside ("6,428.7")."""
    found = _NUMBER.search(text)
    return found.group().replace(",", "") if found else ""


def _spot(entry: Entry) -> tuple[str, int]:
    return entry.claim.location.path, entry.claim.location.start
