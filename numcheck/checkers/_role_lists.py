"""Totals and the items they add, read from roles across two sentences: a sentence that
opens with a total cue after a list ("Reform took 5,120 votes and Labour 4,870. In all,
9,890 votes were cast"), and a gapped list right after its total ("The storm damaged 140
homes. Eighty were in Ashby, 35 in Colne and 20 in Frith.").

The routes of ``_sums.py`` and ``_spread.py`` read a list beside its total or parts that
name kinds of the total's thing; these read the grammar of the list instead: items that
share one verb (gapping) and name nothing else than the total's thing, or a sentence
whose opening words call its figure the total. Cue words are data (``[roles]`` in
numcheck/lexicon/checkers.toml); docs/maintainers/phrasings-relations.md, section 25.
One pass over pairs of neighbouring sentences: linear in the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from numcheck.checkers._compare import before, sentence_of, squash
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._roles import RoleCues, role, times
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

Sum = tuple[tuple[Claim, ...], Claim]
Part = tuple[tuple[Claim, ...], tuple[Claim, ...]]

_ITEM_GAP = 60  # characters between two coordinated items
_LABEL_WORDS = 4  # words naming an item before it ("the Greens 7,100")
_SEMI_WORDS = 4  # words between two items of a semicolon list ("; Pryce (Con)")
_GAP_WORDS = 5  # words of a later item's own phrase ("35 in the town of Colne")


def of_a_kind(a: Claim, b: Claim) -> bool:
    """Two figures of one kind, unit and dimension, neither a change."""
    qa, qb = a.quantity, b.quantity
    return (
        qa.kind is qb.kind
        and qa.kind in (Kind.COUNT, Kind.MONEY)
        and qa.unit == qb.unit
        and a.key.dimension == b.key.dimension
        and not a.is_change
        and not b.is_change
    )


def _counted_by(item: Claim, total: Claim, kinds: Kinds) -> bool:
    """The item counts the total's thing or a kind of it (votes of votes; men of people)."""
    return of_a_kind(item, total) and kinds.of_claims(item, total) is Relation.KIND


def _nameless(
    document: Document, items: Sequence[Claim], total: Claim, cues: RoleCues
) -> bool:
    """Items that name no thing of their own, only a label ("Reform 5,120; Labour 4,870"),
    before a sentence a total cue opens: they count the total's thing, left out."""
    return all(
        of_a_kind(c, total)
        and c.quantity.noun is None
        and c.key.thing is None
        and elided(c, total, cues.kinds, item_labels(document, c, cues.kinds))
        for c in items
    )


def coordinated(document: Document, items: Sequence[Claim], cues: RoleCues) -> bool:
    """Items one list holds: each after a comma or "and", close to the one before, and
    not after a word that ties it to another noun ("a net loss of 180", "against a
    consensus of $1.04": `[roles] not_before_item`), unless the first item stands after
    the same word: the later items then repeat its frame with the verb gapped ("Kesby
    accounted for 140, Orrin for 51 and Pell for 31"). A relative clause opened right
    after an item (`[sums] relatives`: "£14.2m, which would be closed by") holds figures
    about it, no items ("the plant, which loses 1,150, and head office" lists one)."""
    lead = before(document, items[0], 20).split()[-1:] if items else []
    raws = [document.prose[a.location.end : b.location.start] for a, b in pairwise(items)]
    # "Reform 5,120; Labour 4,870; Greens 1,010": a list whose every item a semicolon
    # and a short label set off (a results box), not clauses joined by semicolons
    semis = all(";" in r and len(r.split()) <= _SEMI_WORDS for r in raws)
    for raw in raws:
        gap = " " + squash(raw) + " "
        if len(raw) > _ITEM_GAP or not ("," in gap or " and " in gap or semis):
            return False
        if ";" in gap and not semis:
            return False
        if any(gap.lstrip().startswith(f"{w} ") for w in cues.relatives):
            return False  # "a gap of £14.2m, which would be closed by £9.6m ...": about it
        last = gap.split()[-1:] if gap.split() else []
        if last and last[0] in cues.not_before_item and last != lead:
            return False
    return True


def find_role_totals(
    document: Document, sentences: Sequence[Sequence[Claim]], taken: set[int], cues: RoleCues
) -> tuple[list[Sum], list[Part]]:
    """A sentence that opens with a total cue ("In all, 9,890 votes were cast") totals the
    coordinated items of the sentence before ("Reform took 5,120 votes and Labour
    4,870"): the total is its sentence's only figure of the items' kind and thing, the
    items are all the figures of that kind in theirs. When the total's sentence names a
    time the items' does not ("In all, 30 have been arrested since Friday"), the items
    may be only some of it: a part, reported only when they add up to more."""
    sums: list[Sum] = []
    parts: list[Part] = []
    for i in range(1, len(sentences)):
        prior, sentence = sentences[i - 1], sentences[i]
        first = sentence[0]
        head = document.prose[max(0, first.location.start - 3) : first.location.start]
        if not head.strip(" \t\"'“‘(") or head.rstrip(" \"'“‘(")[-1:] in ".!?\n":
            continue  # the sentence opens with its figure: no total cue before it
        start, end = sentence_of(document, first)
        opening = squash(document.prose[start : first.location.start]).strip()
        opens = cues.total_opener.match(opening) is not None
        if cues.grammar.adds_beyond(opening):
            continue  # "Together with the new wing, ...": more than the list before
        if opens and _holders(document, sentence, prior):
            first = sentence[1]  # "Between them the two clubs have 31 titles"
        labelled = cues.grammar.labels_total(opening)  # "Total valid votes: 26,287"
        if id(first) in taken or not (opens or labelled or cues.total_end.search(opening)):
            continue
        apart = _one_a_sentence(document, sentences, i, first) if len(prior) < 2 else None
        items = apart or [c for c in prior if of_a_kind(c, first)]
        if len(items) < 2 or any(id(c) in taken for c in items):
            continue
        if max(c.quantity.hard.low for c in items) > first.quantity.hard.high:
            continue  # "That makes 140 seats short of a majority": no total of 210 and 140
        bare = first.quantity.noun is None and first.key.thing is None  # "The total was 340."
        if apart and not all(elided(c, first, cues.kinds) for c in items):
            continue  # "Marren recorded 27": the item leaves the total's noun out
        if not apart and not all(
            of_a_kind(c, first) if bare else _counted_by(c, first, cues.kinds) for c in items
        ) and not ((opens or labelled) and _nameless(document, items, first, cues)):
            continue
        if any(c is not first and _counted_by(items[0], c, cues.kinds) for c in sentence):
            continue  # another figure of the sentence could be the total
        if not apart and not coordinated(document, items, cues):
            continue
        p_start, p_end = sentence_of(document, items[0])[0], sentence_of(document, prior[0])[1]
        own = times(document.prose[start:end], cues)
        if own <= times(document.prose[p_start:p_end], cues):
            sums.append((tuple(items), first))
        elif not opens:
            continue  # "The total was 340 last week": another window's total
        else:
            parts.append((tuple(items), (first,)))
        taken.update({id(c) for c in (*items, first)})
    return sums, parts


_APART = 6  # sentences back a list told one item a sentence may start


def _one_a_sentence(
    document: Document, sentences: Sequence[Sequence[Claim]], i: int, total: Claim
) -> list[Claim] | None:
    """A list told one item a sentence right before its total ("Holt recorded 48 cases.
    Marren recorded 27. Esk recorded 15. In all, 95 ..."): the sentences before hold one
    figure each, of the total's kind, with nothing between them, and every item stands
    in one frame (the same word right before it, or right after it)."""
    items: list[Claim] = []
    for j in range(i - 1, max(-1, i - 1 - _APART), -1):
        if len(sentences[j]) != 1 or not of_a_kind(sentences[j][0], total):
            break
        item = sentences[j][0]
        after = sentence_of(document, item)[1]
        nxt = items[-1] if items else total
        if any(ch.isalnum() for ch in document.prose[after : sentence_of(document, nxt)[0]]):
            break  # a sentence without figures stands between them
        items.append(item)
    if len(items) < 2:
        return None
    items.reverse()
    frames = [_frame(document, c) for c in items]
    same_before = len({b for b, _ in frames}) == 1 and frames[0][0] != ""
    same_after = len({a for _, a in frames}) == 1 and frames[0][1] != ""
    return items if same_before or same_after else None


def _frame(document: Document, item: Claim) -> tuple[str, str]:
    """The words right before and right after a figure, in its sentence."""
    start, end = sentence_of(document, item)
    lead = squash(document.prose[start : item.location.start]).split()
    tail = squash(document.prose[item.location.end : end]).split()
    return (lead[-1].strip(",:") if lead else ""), (tail[0].strip(",.:;") if tail else "")


def _holders(document: Document, sentence: Sequence[Claim], prior: Sequence[Claim]) -> bool:
    """ "Between them the two clubs have won 31": the sentence's first figure counts the
    holders of the items before, as many as they are, and the next figure is the total
    (no mark between them)."""
    if len(sentence) < 2:
        return False
    holder, total = sentence[0], sentence[1]
    items = [c for c in prior if of_a_kind(c, total)]
    gap = document.prose[holder.location.end : total.location.start]
    return (
        holder.quantity.kind is Kind.COUNT
        and holder.quantity.value == len(items)
        and not any(m in gap for m in ",;:.()—–")
    )


def verb_gapped(document: Document, items: Sequence[Claim], cues: RoleCues) -> bool:
    """Items after the first that share its verb (gapping: "Eighty were in Ashby, 35 in
    Colne and 20 in Frith"; "Labour won 21,400, the Greens 7,100"): a breakdown of one
    predicate. Items each with a verb of their own ("12 had burns, 9 had fractures") are
    facts about subsets, no breakdown. Each later item's own words (up to the next mark
    or "and") hold no verb."""
    if not coordinated(document, items, cues):
        return False
    end = sentence_of(document, items[-1])[1]
    for k, item in enumerate(items[1:], 1):
        stop = items[k + 1].location.start if k + 1 < len(items) else end
        phrase = squash(document.prose[item.location.end : stop])
        own = re.split(r",|;| and | or |\.", f" {phrase} ")[0].split()
        if len(own) > _GAP_WORDS or any(_verb(w, cues) for w in own):
            return False
    return True


def exclusive_states(document: Document, items: Sequence[Claim], cues: RoleCues) -> bool:
    """Items each of whose own phrases names a different state of one group of states no
    member shares (``[roles] exclusive``: "Forty-one were rescued, nine are missing and
    three died"): a breakdown, though each has a verb of its own ("12 had burns, 9 had
    fractures" names no such states and stays facts about subsets)."""
    if not coordinated(document, items, cues):
        return False
    start, end = sentence_of(document, items[-1])
    seen: set[tuple[int, int]] = set()
    for k, item in enumerate(items):
        stop = items[k + 1].location.start if k + 1 < len(items) else end
        lo = items[k - 1].location.end if k else max(start, item.location.start - 60)
        after = squash(document.prose[item.location.end : min(stop, item.location.end + 60)])
        before = squash(document.prose[lo : item.location.start])
        own = _SPLIT.split(f" {after} ")[0].split() + _SPLIT.split(f" {before} ")[-1].split()
        states = {cues.states[w] for w in own if w in cues.states}
        if len(states) != 1:
            return False
        seen |= states
    return len(seen) == len(items) and len({g for g, _ in seen}) == 1


def every_state(
    items: Sequence[Claim], document: Document, cues: RoleCues, before: int = 0
) -> bool:
    """Whether exclusive items name every state of their group ("Nine are running and 55
    are suspended": running or not, nothing else): then two are all of the set. ``before``
    reads that many characters before the first item too, within its sentence ("Crews
    have reconnected 61,300 homes ..., and 4,200 remain without power")."""
    end = min(sentence_of(document, items[-1])[1], items[-1].location.end + 60)
    start = items[0].location.start
    if before:
        start = max(sentence_of(document, items[0])[0], start - before)
    words_of = WORD.findall(squash(document.prose[start:end]))
    named = {cues.states[w] for w in words_of if w in cues.states}
    groups = {g for g, _ in named}
    return len(groups) == 1 and len(named) == cues.group_sizes[next(iter(groups))]


_SPLIT = lazy_compile(r",|;| and | or |\.")
WORD = lazy_compile(r"[a-z][a-z'-]*")


def _verb(word: str, cues: RoleCues) -> bool:
    return word in cues.verbs or (len(word) > 4 and word.endswith("ed"))


def item_labels(document: Document, item: Claim, kinds: Kinds) -> set[str]:
    """The lemmas of the words naming an item before it, back to the mark or "and" that
    opens its phrase ("its assistants 25": assistant)."""
    lo = max(sentence_of(document, item)[0], item.location.start - 40)
    head = squash(document.prose[lo : item.location.start])
    head = re.split(r",|;|:| and | or ", f" {head} ")[-1]
    return {kinds.lemma(w) for w in head.split()[-_LABEL_WORDS:] if w.isalpha()}


def elided(item: Claim, total: Claim, kinds: Kinds, labels: set[str] | None = None) -> bool:
    """An item that counts the total's thing: the total's noun or key, a kind of it, or
    no noun of its own; never one its subject names as another thing ("The school has
    900 pupils. Its teachers number 60, ...")."""
    named = {w for w in labels or () if w in kinds.known}
    if named and kinds.relation(named, kinds.names(total)) in (Relation.OTHER, Relation.NEAR):
        return False
    relation = kinds.of_claims(item, total)
    if relation is Relation.KIND:
        return True
    if relation in (Relation.OTHER, Relation.NEAR):
        return False
    if item.key.thing is not None and item.key.thing == total.key.thing:
        return True
    return item.quantity.noun is None or item.quantity.noun == total.quantity.noun


def _names_another(opening: str, total: Claim, cues: RoleCues) -> bool:
    """The items' sentence opens with a plural noun of its own ("Buses ran in ...", "The
    victims were ..."): it may count another thing than the total, so only a list whose
    subject is elided ("Eighty were in Ashby, ...") is read as the total's breakdown."""
    noun = total.quantity.noun or ""
    for word in opening.replace(",", " ").split():
        plural = len(word) > 3 and word.endswith("s") and word.isalpha()
        if plural and word not in cues.pronouns and not word.startswith(noun or "\0"):
            return True
    return False


def find_role_breakdowns(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    taken: set[int],
    cues: RoleCues,
    reporting: frozenset[str] = frozenset(),
) -> tuple[list[Sum], list[Part]]:
    """A sentence of gapped items right after the sentence of their total ("The storm
    damaged 140 homes. Eighty were in Ashby, 35 in Colne and 20 in Frith."): the items
    are every figure of the total's kind in their sentence, count its thing (no noun of
    their own, or a kind of it) and share one verb; the total is the only figure of its
    kind in its sentence. Three or more items are a breakdown (NC202 when they do not
    add up); two, or items of another event than the total's, may be only some of it
    (reported when they add up to more). A sentence with a selection word (`[spread]
    partial`: "including", "the worst-hit") or naming a time the total's does not is
    neither; a time in the attribution after the last item ("..., officials said on
    Monday": ``reporting`` verbs) dates the report, not the items."""
    sums: list[Sum] = []
    parts: list[Part] = []
    for prior, sentence in pairwise(sentences):
        if len(sentence) < 2 or [c for c in sentence if id(c) in taken]:
            continue
        items = [c for c in sentence if of_a_kind(c, sentence[0])]
        if len(items) < 2 or len(items) != len(sentence):
            continue
        # a figure smaller than an item is no total of it ("640 beds across its three
        # hospitals. St Mary's has 310, ...")
        biggest = max(c.quantity.hard.low for c in items)
        totals = [
            c
            for c in prior
            if of_a_kind(c, sentence[0]) and id(c) not in taken and c.quantity.hard.high >= biggest
        ]
        if len(totals) != 1:
            continue
        total = totals[0]
        if any(role(document, c, cues) is not None for c in (*items, total)):
            continue  # a level or a step of a change, no item of a list
        kinds = cues.kinds
        if not all(elided(c, total, kinds, item_labels(document, c, kinds)) for c in items):
            continue
        exclusive = exclusive_states(document, items, cues)
        if not exclusive and not verb_gapped(document, items, cues):
            continue
        lo, hi = sentence_of(document, items[0])
        text = document.prose[lo:hi]
        opening = squash(document.prose[lo : items[0].location.start])
        if not exclusive and _names_another(opening, total, cues):
            continue  # "Buses ran in Lanark (960), ..." after "2,140 schools closed"
        if cues.selection.search(squash(text)):
            continue
        p_lo, p_hi = sentence_of(document, total)
        if any(ch.isalnum() for ch in document.prose[p_hi:lo]):
            continue  # a sentence without figures stands between them
        told = unsaid(document.prose[lo : items[-1].location.end], text, reporting)
        if not times(told, cues) <= times(document.prose[p_lo:p_hi], cues):
            continue
        events = {c.key.event for c in items} - {None}
        whole = len(items) >= 3 or _held(total, prior, len(items))
        whole = whole or (exclusive and every_state(items, document, cues))
        if whole and (exclusive or events <= {total.key.event}):
            sums.append((tuple(items), total))
        else:
            parts.append((tuple(items), (total,)))
        taken.update({id(c) for c in (*items, total)})
    return sums, parts


def unsaid(head: str, text: str, reporting: frozenset[str]) -> str:
    """The sentence ``text`` without the attribution after its items (``head`` is the
    text up to the last item): a comma, a few words and a reporting verb ("...,
    officials said on Monday", "..., according to police")."""
    tail = text[len(head) :]
    for at in (m.start() for m in re.finditer(",", tail)):
        clause = squash(tail[at + 1 :]).split()[:4]
        if clause[:2] == ["according", "to"] or any(w in reporting for w in clause):
            return head + tail[:at]
    return text


def _held(total: Claim, sentence: Sequence[Claim], n: int) -> bool:
    """A total whose sentence counts as many holders as the list has items ("640 beds
    across its three hospitals. St Mary's has 310, ..."): two items are then all of it."""
    return any(
        c is not total and c.quantity.kind is Kind.COUNT and c.quantity.value == n
        for c in sentence
    )


__all__ = [
    "WORD",
    "coordinated",
    "elided",
    "every_state",
    "exclusive_states",
    "find_role_breakdowns",
    "find_role_totals",
    "item_labels",
    "of_a_kind",
    "unsaid",
    "verb_gapped",
]
