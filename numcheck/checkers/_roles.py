"""Roles of the figures of a clause, read from the cue that governs each one: the level a
change started from, the level it reached, the step, a total and the items it adds.

The routes of ``_levels.py`` and ``_sums.py`` read two neighbouring figures and the
words between them, so a relation told in another order or with a clause between its
figures is never read ("From 1,200 a year ago, arrivals climbed 25% to 1,440"; "At
£3.40, a loaf costs 30% more than the £2.80 it cost in 2022"). Here each figure gets a
role from the words right before it or right after it alone (``[roles]`` in
numcheck/lexicon/checkers.toml, with ``[levels]``' period labels and comparatives), and
a relation is bound when a clause holds exactly one figure of each role it needs:
wherever the figures stand, and never on a guess between two candidates. Only figures
no route has read take a role, so nothing the routes read changes
(docs/maintainers/phrasings-relations.md, section 25). One look before and after each
figure and a count per clause: linear in the figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._compare import before, sentence_of, squash, words
from numcheck.checkers._kinds import Kinds
from numcheck.checkers._levels import CHANGE, Pair, Step, alike
from numcheck.checkers._sum_grammar import grammar
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

OLD, NEW, STEP = "old", "new", "step"
_AFTER = 32  # characters after a figure read for a period label or a comparative
_WORD = lazy_compile(r"[a-z]+")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_PHRASE = 80  # characters read each way for a figure's phrase
# the marks that end a figure's phrase (not the comma inside "6,100")
_MARK = re.compile(r", |;|: |\(|\)| - |—|–|\. ")
_STEP_KINDS = frozenset((Kind.PERCENT, Kind.RATIO, Kind.PERCENTAGE_POINT))


class RoleCues:
    """The ``[roles]`` words, with ``[levels]`` period labels, comparatives and clause
    breaks and ``[spread]`` time words; compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any], kinds: Kinds) -> None:
        self.kinds = kinds
        self.grammar = grammar(lex)
        roles: Mapping[str, Any] = lex.get("roles", {})
        levels: Mapping[str, Any] = lex.get("levels", {})
        self.old_before = words([*levels.get("old_before", ()), *roles.get("old_before", ())])
        self.new_before = words(roles.get("new_before", ()))
        self.new_openers = frozenset(words(roles.get("new_openers", ())))
        self.old_after = words(levels.get("prior_labels", ()))
        self.comparatives = words(levels.get("comparatives", {}))
        self.breaks = words([*levels.get("breaks", ()), *roles.get("breaks", ())])
        self.total_openers = words(roles.get("total_openers", ()))
        self.not_before_item = frozenset(words(roles.get("not_before_item", ())))
        self.verbs = frozenset(words(roles.get("verbs", ())))
        self.partial = words(lex.get("spread", {}).get("partial", ()))
        self.relatives = tuple(lex.get("sums", {}).get("relatives", ()))
        self.pronouns = frozenset(words(levels.get("not_subjects", ())))
        self.old_periods = words(roles.get("old_periods", ()))
        self.new_periods = words(roles.get("new_periods", ()))
        change: Mapping[str, Any] = lex.get("change", {})
        moves = [*change.get("up_words", ()), *change.get("down_words", ())]
        self.changes = frozenset(words(moves))
        self.times = frozenset(words(lex.get("spread", {}).get("times", ())))
        # one regular expression per cue list: a figure's role costs a few calls
        self.old_end, self.new_end = ending(self.old_before), ending(self.new_before)
        self.old_label, self.comparative = opening(self.old_after), opening(self.comparatives)
        self.old_period, self.new_period = inside(self.old_periods), inside(self.new_periods)
        self.total_opener, self.selection = opening(self.total_openers), inside(self.partial)
        # "That makes 340", "The total was 340": a total cue ending the words before it
        totals_before = words(roles.get("total_before_figure", ()))
        self.total_end = ending([*self.total_openers, *totals_before])
        # word -> (group, state) of ``[roles] exclusive`` (_role_lists.exclusive_states)
        self.states = {
            word: (g, k)
            for g, group in enumerate(roles.get("exclusive", ()))
            for k, state in enumerate(group)
            for word in words(state)
        }
        self.group_sizes = [len(group) for group in roles.get("exclusive", ())]
        self.contrast = inside(self.breaks)
        moved = _alternation(sorted(self.changes))
        self.step_before = re.compile(rf"(?:^|\W)(?:{moved})\s+(?:of|is|was|by)\s*$")
        after = _alternation([*self.changes, *self.comparatives])
        self.step_after = re.compile(rf"^[\s,]*(?:{after})(?=\W|$)")


def _alternation(cues: Sequence[str]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "(?!)"


def ending(cues: Sequence[str]) -> re.Pattern[str]:
    """Matches a text that ends with one of ``cues`` (whole words)."""
    return re.compile(rf"(?:^|\s)(?:{_alternation(cues)})$")


def opening(cues: Sequence[str]) -> re.Pattern[str]:
    """Matches a text that opens with one of ``cues`` (whole words)."""
    return lazy_compile(rf"^(?:{_alternation(cues)})(?=[\s,]|$)")


def inside(cues: Sequence[str]) -> re.Pattern[str]:
    """Finds one of ``cues`` as whole words anywhere in a text."""
    return lazy_compile(rf"(?:^|\s)(?:{_alternation(cues)})(?=\s|$|[,.;:])")


def _after(document: Document, claim: Claim) -> str:
    end = min(claim.location.end + _AFTER, sentence_of(document, claim)[1])
    return squash(document.prose[claim.location.end : end]).lstrip(" ,")


def _clause_text(document: Document, claim: Claim) -> str:
    """The words of the figure's own phrase: from the mark before it to the mark after it
    (",", ";", ":", a bracket or a dash), inside its sentence and at most ``_PHRASE``
    characters each way."""
    lo, hi = sentence_of(document, claim)
    lo = max(lo, claim.location.start - _PHRASE)
    hi = min(hi, claim.location.end + _PHRASE)
    head = _MARK.split(document.prose[lo : claim.location.start])[-1]
    tail = _MARK.split(document.prose[claim.location.end : hi], maxsplit=1)[0]
    return squash(head + " # " + tail.rstrip(" .!?\"'"))


def _step_cue(document: Document, claim: Claim, cues: RoleCues) -> bool:
    """A share-like figure a change word governs: "a rise of 12%", "the decline is 30%",
    "a 20% increase", "30% more than" (two regular expressions on the raw text: this
    runs for every share of the document)."""
    start, end = claim.location.start, claim.location.end
    prose = document.prose
    if cues.step_before.search(prose[max(0, start - 40) : start].lower()):
        return True
    return cues.step_after.match(prose[end : end + _AFTER].lower()) is not None


def _may_step(claim: Claim) -> bool:
    """A figure that can be a step at all: a change, or a share a change word governs."""
    q = claim.quantity
    return claim.is_change or q.change is not None or q.kind in _STEP_KINDS


def is_step(document: Document, claim: Claim, cues: RoleCues) -> bool:
    """The parser's change, or a share a change word governs ("a rise of 12%", "a 20%
    increase", "30% more than")."""
    if claim.is_change or claim.quantity.change is not None:
        return True
    if claim.quantity.kind not in _STEP_KINDS:
        return False
    return _step_cue(document, claim, cues)


def role(document: Document, claim: Claim, cues: RoleCues) -> str | None:
    """The figure's role from its own cues: a step (``is_step``), an old level ("from
    1,200", "than the £2.80", "2.1 million last year", a phrase naming a past period: "A
    year ago it was £4.80"), a new level ("to 1,440", "At £3.40,", "this year the figure
    is 390"); None when no cue or cues of two roles govern it."""
    if _may_step(claim) and is_step(document, claim, cues):
        return STEP
    after = _after(document, claim)
    lead = before(document, claim, 40).strip()
    old = cues.old_end.search(lead) is not None or cues.old_label.match(after) is not None
    new = cues.new_end.search(lead) is not None or lead in cues.new_openers
    if not (old or new):
        phrase = _clause_text(document, claim)
        old = cues.old_period.search(phrase) is not None
        new = cues.new_period.search(phrase) is not None
    return None if old == new else OLD if old else NEW


def _year(document: Document, claim: Claim) -> int | None:
    """The one year a figure's phrase names ("2.4 million in 2024")."""
    years = set(_YEAR.findall(_clause_text(document, claim)))
    return int(years.pop()) if len(years) == 1 else None


def _clauses(
    document: Document, sentences: Sequence[Sequence[Claim]], cues: RoleCues
) -> list[tuple[list[Claim], bool]]:
    """The figures cut into clauses, in text order: a new sentence or a semicolon opens a
    unit (True), a break word ("while", "but") a clause of the same unit (False): a
    contrast is never read across."""
    out: list[tuple[list[Claim], bool]] = []
    prose = document.prose
    for sentence in sentences:
        out.append(([sentence[0]], True))
        for a, b in pairwise(sentence):
            gap = prose[a.location.end : b.location.start].lower()
            if ";" in gap:
                out.append(([], True))
            elif cues.contrast.search(gap):
                out.append(([], False))
            out[-1][0].append(b)
    return out


def _same_noun(a: Claim, b: Claim) -> bool:
    na, nb = a.quantity.noun, b.quantity.noun
    return na is None or nb is None or na == nb


def _same_measure(a: Claim, b: Claim, pronouns: frozenset[str]) -> bool:
    """Two levels of different sentences: no key or noun that says they measure two
    things ("Profits were $1m last year. This year sales rose 10% to $4.4m"); a pronoun
    ("they were $4m") names nothing."""
    if a.sentence == b.sentence:
        return True
    ka, kb = a.key, b.key
    things = ka.thing is None or kb.thing is None or ka.thing == kb.thing
    events = ka.event is None or kb.event is None or ka.event == kb.event
    heads = [c.measure[0] for c in (a, b) if c.measure and c.measure[0] not in pronouns]
    return things and events and len(set(heads)) < 2


def _of_step(step: Claim, levels: Sequence[Claim], cues: RoleCues) -> bool:
    """The levels count what the step's subject names: "The club has 900 members, against
    750 last year, and fees rose 4%" is no change of the members."""
    head = step.measure[0] if step.measure else None
    if head is None or head in cues.pronouns:
        return True
    return all(c.quantity.noun is None or c.quantity.noun == head for c in levels)


def _in_period(document: Document, step: Claim, old: Claim, cues: RoleCues) -> bool:
    """The step's own phrase names no time the old level's does not: "rose 5% on
    Tuesday" is no change from "410p a year ago"."""
    own = times(_clause_text(document, step), cues)
    return own <= times(_clause_text(document, old), cues)


def _by_years(document: Document, pool: Sequence[Claim], by_role: dict[str, list[Claim]]) -> None:
    """Two levels with no cue, each in a phrase naming its year ("2.4 million in 2024",
    "In 2025 it was 2.7 million"): the earlier year's is the old one."""
    if by_role.get(OLD) or by_role.get(NEW):
        return
    dated = [(y, c) for c in pool if (y := _year(document, c)) is not None]
    if len(dated) == 2 and dated[0][0] != dated[1][0]:
        (_, old), (_, new) = sorted(dated, key=lambda p: p[0])
        by_role[OLD], by_role[NEW] = [old], [new]


def find_role_changes(
    document: Document, sentences: Sequence[Sequence[Claim]], taken: set[int], cues: RoleCues
) -> tuple[list[Pair], list[Step]]:
    """Changes bound by roles: a clause with one step takes one old and one new level of
    one measure from itself, or, when it opens its sentence (or follows a semicolon) and
    lacks them, from the clause before as well ("The price is now £5.20. A year ago it was
    £4.80, a rise of 12%"). None of the figures may be read by a route (``taken``)."""
    pairs: list[Pair] = []
    steps: list[Step] = []
    clauses = _clauses(document, sentences, cues)
    roles: dict[int, str | None] = {}

    def role_of(claim: Claim) -> str | None:
        if id(claim) not in roles:
            roles[id(claim)] = role(document, claim, cues)
        return roles[id(claim)]

    for k, (clause, opens) in enumerate(clauses):
        # plain loops: this runs for every figure of the document (linear, few calls)
        candidates: list[Claim] = []
        bound = False
        for c in clause:
            q = c.quantity
            if c.is_change and id(c) in taken:
                bound = True  # a change a route bound: the clause's levels are its own
            elif c.is_change or q.change is not None or q.kind in _STEP_KINDS:
                candidates.append(c)
        if bound or not candidates:
            continue
        moves = [c for c in candidates if id(c) not in taken and role_of(c) == STEP]
        if len(moves) != 1:
            continue
        step = moves[0]
        pool = [c for c in clause if id(c) not in taken and c is not step]
        by_role = _roles_in(pool, role_of)
        lacking = len(by_role.get(OLD, [])) != 1 or len(by_role.get(NEW, [])) != 1
        if opens and k > 0 and lacking:
            prior = [c for c in clauses[k - 1][0] if id(c) not in taken]
            if any(role_of(c) == STEP for c in prior):
                continue  # the clause before has a change of its own
            pool = prior + pool
            by_role = _roles_in(pool, role_of)
        _by_years(document, [c for c in pool if role_of(c) is None], by_role)
        olds, news = by_role.get(OLD, []), by_role.get(NEW, [])
        if len(olds) != 1 or len(news) != 1:
            continue
        old, new = olds[0], news[0]
        if not (alike(old, new) and _same_noun(old, new)):
            continue
        if not _same_measure(old, new, cues.pronouns):
            continue
        if not _of_step(step, (old, new), cues) or not _in_period(document, step, old, cues):
            continue
        pairs.append((old, new, None))
        steps.append((old, new, step, CHANGE))
        taken.update((id(old), id(new), id(step)))
    return pairs, steps


def _roles_in(pool: Sequence[Claim], role_of: Any) -> dict[str, list[Claim]]:
    by_role: dict[str, list[Claim]] = {}
    for claim in pool:
        r = role_of(claim)
        if r is not None:
            by_role.setdefault(r, []).append(claim)
    return by_role


def times(text: str, cues: RoleCues) -> set[str]:
    """The time words and years of a text (`[spread] times`)."""
    lower = text.lower()
    return {w for w in _WORD.findall(lower) if w in cues.times} | set(_YEAR.findall(lower))


__all__ = [
    "NEW",
    "OLD",
    "STEP",
    "RoleCues",
    "ending",
    "find_role_changes",
    "inside",
    "is_step",
    "opening",
    "role",
    "times",
]
