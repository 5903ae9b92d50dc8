"""Figures of no event restated by what they are an amount of (NC101-NC103).

"More than 600 line workers from outside the service area have worked since Sunday"
and the chief executive's "the 480 line workers who came from outside our service
area" name no event of the claim vocabulary (killed, cut, evacuated ...) and no verb
frame (numcheck/checkers/_frames.py), so they were never compared. What they measure
is read once, by the claim extractor: ``Claim.measure`` (numcheck/extract/measure.py),
the head noun (a lexicon thing when it names one) and the words said of it. Two
figures of one article restate one another when

- their heads are one synonym set (``[descriptors] synonyms`` in alignment.toml, the
  sets drift reads) and their unit dimension is one;
- their descriptors fit: one side's words are all the other's ("line workers" and
  "line workers who came"), and two counts share a word besides their noun (two bare
  "1,402 adults" and "1,204 adults" may be any two groups; "260 staff" and "95 staff
  who will transfer" are a whole and its part), unless one is a headline and either
  says nothing more than its noun: a headline names the body's figure in fewer words
  ("# 300 firefighters battle blaze" over "About 200 firefighters were at the scene");
- their sentences name the same years or none (``era``: "the 11,400 votes of 1997"),
  their windows are equal or one is open-ended and the other unsaid ("since Sunday");
- their parties, places and incidents are compatible, and they are not in one
  sentence (a list, a comparison).

A *whole* ("all 46 councillors", "48 councillors in all": ``[restated] whole_before``
and ``whole_after``, its noun not narrowed by the word after it) is all of its noun: it
meets the other figures of its head whose words fit without a word said of both ("The
council has 48 councillors" ... "all 46 councillors backed the plan"), and those no
word after the noun narrows, whatever their clauses say ("The ship was carrying 1,200
passengers" ... "All 1,020 passengers were taken off safely").

Moments, updates and part words (``snapshot``) are in the group key as for keyed
figures. Words are compared as the noun lemmatizer and stemmer of the other
restatement readers give them: simplemma (drift's) is not loaded on a one-article check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from numcheck.checkers._compare import (
    between,
    compiled,
    cue_set,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    sentence_of,
    stem,
)
from numcheck.checkers._heads import lemma
from numcheck.checkers._restate_pair import near, verdict
from numcheck.checkers._snapshots import days_apart
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Level
from numcheck.text import norm

Places = Callable[[Claim], "frozenset[str] | None"]
Windows = Callable[[str | None], bool]
Span = Callable[[Claim], object]  # a figure's span of time (_restate_spans.py)
Days = Callable[[Claim], "frozenset[str]"]  # the days a figure's sentence names
_REACH = 64  # earlier figures of a group a figure is held against


def synonyms(alignment: Mapping[str, Any]) -> dict[str, str]:
    """Each word of a ``[descriptors] synonyms`` set -> the set's first word."""
    out: dict[str, str] = {}
    for group in alignment.get("descriptors", {}).get("synonyms", ()):
        names = [norm(str(w)) for w in group]
        for name in names:
            out.setdefault(name, names[0])
    return out


def measurable(claim: Claim, periods: frozenset[str]) -> bool:
    """A figure drift would measure: it has a measure that names a thing (not a verb
    alone, "jailed for", nor a period's result, revenue, whose period the key lacks),
    is an amount, no change, no old level and no part of another figure."""
    q = claim.quantity
    return (
        bool(claim.measure)
        and " " not in claim.measure[0]
        and norm(claim.measure[0]) not in periods
        and q.is_amount
        and not claim.is_change
        and q.change is None
        and q.level is not Level.OLD
        and claim.part_of is None
    )


def head_key(claim: Claim, names: Mapping[str, str]) -> tuple[object, ...]:
    """The group key of a measured figure: its head's synonym set and its dimension."""
    head = norm(claim.measure[0])
    head = names.get(head, names.get(lemma(head), lemma(head)))
    return ("~" + head, claim.key.dimension)


def _said(claim: Claim, names: Mapping[str, str]) -> frozenset[str]:
    out = set()
    for word in claim.measure[1:]:
        w = norm(word)
        out.add(names.get(w, stem(lemma(w)) if w.isalpha() else w))
    return frozenset(out)


class WholeWords(NamedTuple):
    before: tuple[str, ...]
    after: tuple[str, ...]
    narrowing: frozenset[str]
    rates: tuple[str, ...]
    predicates: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> WholeWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        return cls(
            tuple(norm(w) for w in cues.get("whole_before", ())),
            tuple(norm(w) for w in cues.get("whole_after", ())),
            cue_set(cues, "post_modifiers"),
            tuple(norm(w) for w in cues.get("rates", ())),
            cue_set(cues, "predicate_verbs"),
        )


_PARTITIVE = re.compile(r"of (?:the|its|their|our|his|her|(?:the )?[\w’'-]+['’]s?)")


def partitive_wholes(document: Document, claims: Sequence[Claim]) -> set[int]:
    """The wholes of "six of the county's 14 libraries", "nine of the 41 miners": a
    whole named beside its part, which the headline's part ("Six libraries to close")
    does not restate."""
    return {
        id(b)
        for a, b in pairwise(claims)
        if _PARTITIVE.fullmatch(between(document, a, b)) and same_sentence(a, b, document)
    }


def is_rate(document: Document, claim: Claim, lex: Mapping[str, Any]) -> bool:
    """A count for each day, year or head ("about 80,000 vehicles a day"): another
    measure than a count of the noun ("45 vehicles in all")."""
    w = compiled(WholeWords.of, lex)
    end = claim.location.end
    tail = norm(document.prose[end : min(end + 50, sentence_of(document, claim)[1])]).split()
    head = norm(claim.measure[0]) if claim.measure else None
    at = next((i + 1 for i, t in enumerate(tail[:3]) if lemma(t.strip(",.;:")) == head), 0)
    after = " ".join(t.strip(",.;:") for t in tail[at:]) + " "
    return any(after.startswith(f"{r} ") for r in w.rates)


def _after_noun(document: Document, claim: Claim) -> list[str] | None:
    """The words after a count's noun in its sentence (None: no noun found)."""
    end = claim.location.end
    tail = norm(document.prose[end : min(end + 60, sentence_of(document, claim)[1])]).split()
    head = norm(claim.measure[0]) if claim.measure else None
    at = next((i for i, t in enumerate(tail[:3]) if lemma(t.strip(",.;:")) == head), None)
    return None if at is None else [t.strip(",.;:") for t in tail[at + 1 :]]


def plain(document: Document, claim: Claim, lex: Mapping[str, Any]) -> bool:
    """A count whose noun no word after it narrows ("1,200 passengers when it ran
    aground", "46 councillors voted on the plan"; not "the 12 staff at the depot", "30
    pupils injured in the crash were treated", "46 councillors present")."""
    rest = _after_noun(document, claim)
    if rest is None:
        return False
    w = compiled(WholeWords.of, lex)
    nxt = rest[0] if rest else ""
    if nxt in w.narrowing or nxt.endswith("ing") or nxt in ("present", "eligible"):
        return False
    if not (nxt.endswith("ed") and len(rest) > 1 and rest[1] in w.narrowing):
        return True
    # "30 pupils injured in the crash were treated": a participle, a finite verb after
    # it; "46 councillors voted on the plan": the clause's own verb
    return not any(x in w.predicates for x in rest[2:])


def is_whole(document: Document, claim: Claim, lex: Mapping[str, Any]) -> bool:
    """A count its words say is all of its noun ("all 46 councillors", "48 councillors in
    all"), unless the word after the noun narrows it (``plain``)."""
    if not claim.measure or claim.key.dimension != "count":
        return False
    rest = _after_noun(document, claim)
    if rest is None:
        return False
    w = compiled(WholeWords.of, lex)
    if any(f"{' '.join(rest)} ".startswith(f"{x} ") for x in w.after):
        return True
    start = claim.location.start
    ahead = f" {norm(document.prose[max(0, start - 16) : start])}"
    if not any(ahead.endswith((f" {x} ", f" {x}")) for x in w.before):
        return False
    return plain(document, claim, lex)


def group_marks(
    document: Document, group: Sequence[Claim], lex: Mapping[str, Any]
) -> tuple[frozenset[int], frozenset[int]]:
    """The ids of one measured group's wholes and, when it has one, its plain figures:
    the ``wholes`` and ``plains`` ``misfit`` weighs."""
    wholes = frozenset(id(c) for c in group if is_whole(document, c, lex))
    plains = frozenset(id(c) for c in group if wholes and plain(document, c, lex))
    return wholes, plains


def misfit(
    a: Claim,
    b: Claim,
    names: Mapping[str, str],
    open_window: Windows,
    wholes: frozenset[int] = frozenset(),
    plains: frozenset[int] = frozenset(),
    span: Span | None = None,
    document: Document | None = None,
) -> str:
    """Why two figures of one measured group do not fit ("" when they do): their windows,
    their descriptors (neither side's words all the other's, or other numbers), or no
    word said of both (benchmarks/claim_funnel.py counts these)."""
    if span is not None and a.window != b.window and span(a) == span(b):
        pass  # "since the outbreak began" and no window: the story's own span
    elif a.window != b.window:
        unsaid, said = (a, b) if a.window is None else (b, a)
        if unsaid.window is not None or not open_window(said.window):
            return "window"
    ma, mb = _said(a, names), _said(b, names)
    if {id(a), id(b)} <= plains and {id(a), id(b)} & wholes:
        return ""  # "carrying 1,200 passengers" ... "All 1,020 passengers were taken off"
    if not (ma <= mb or mb <= ma):
        return "descriptors"
    if {w for w in ma if w.isdigit()} != {w for w in mb if w.isdigit()}:
        return "descriptors (numbers)"
    # a headline names a count in fewer words; money's measure is its payer ("Club raises
    # £10,000" over "A running club collected £4,000 at a fun run"), no thing it counts
    titled = Scope.HEADLINE in (a.scope, b.scope) and a.key.dimension == "count"
    whole = id(a) in wholes or id(b) in wholes
    if bool(ma & mb) or _physical(a.key.dimension) or (titled and not (ma and mb)) or whole:
        return ""
    told = document is not None and _told(document, a, b, ma, mb, names)
    return "" if told else "nothing said of both"


def _told(
    document: Document,
    a: Claim,
    b: Claim,
    ma: frozenset[str],
    mb: frozenset[str],
    names: Mapping[str, str],
) -> bool:
    """A word said of both when one figure's clause says it outside its measure: "Oakfield
    Academy, which has 1,140 pupils" ... "the academy's 1,410 pupils" (the extractor
    keeps the later figure's owner, not the earlier clause's subject). The word must be
    of the fuller figure's noun phrase (its possessor, or a noun between the number and
    its head: "the £2.4m road repair budget"), never its clause ("were rated good": any
    two sentences may share a verb); the sparer figure's sentence must say it; and the two
    values must read as one figure misstated (``near``: a part is mostly well under its
    whole)."""
    if ma == mb or not near(a, b):
        return False
    sparer, fuller, extra = (a, b, mb - ma) if ma < mb else (b, a, ma - mb)
    owned = extra & {names.get(w, stem(lemma(w))) for w in _phrase_words(document, fuller)}
    start, end = sentence_of(document, sparer)
    said = {names.get(w, stem(lemma(w))) for w in _WORDS.findall(norm(document.prose[start:end]))}
    return bool(owned & said)


def _phrase_words(document: Document, claim: Claim) -> list[str]:
    """The words of a figure's noun phrase besides its head: the possessor right before
    the number and the words between the number and its head noun."""
    start, end = sentence_of(document, claim)
    lead = _WORDS_MARKED.findall(norm(document.prose[start : claim.location.start]))[-1:]
    out = [w.rstrip("'’s").rstrip("'’") for w in lead if w.endswith(_POSSESSIVE)]
    heads = {norm(claim.measure[0]) if claim.measure else "", claim.quantity.noun or ""}
    tail = _WORDS.findall(norm(document.prose[claim.location.end : end]))[:_HEAD_WORDS]
    at = next((i for i, t in enumerate(tail) if lemma(t) in heads or t in heads), None)
    return out + (tail[:at] if at is not None else [])


_POSSESSIVE = ("'s", "’s", "s'", "s’")
_HEAD_WORDS = 4  # words after a number read for its head noun
_WORDS_MARKED = lazy_compile(r"[^\W\d_][\w’'-]*")
_WORDS = lazy_compile(r"[^\W\d_]+")


def _physical(dimension: str) -> bool:
    """A length, mass, volume, area or speed: of one head, one object's in one article
    ("the 28-metre embankment" ... "the 23-metre embankment"). Counts, money, shares and
    durations of one head name many things ("1,402 adults" and "1,204 adults", two
    contracts, "the four-hour target" and "the target is 18 minutes"): they restate one
    another only with a word said of both."""
    return dimension.startswith("[") and dimension != "[time]"



def measured_findings(
    document: Document,
    group: Sequence[Claim],
    names: Mapping[str, str],
    places: Places,
    open_window: Windows,
    tolerance: float,
    wholes: frozenset[int] = frozenset(),
    plains: frozenset[int] = frozenset(),
    span: Span | None = None,
    days: Days | None = None,
    objects: Callable[[Claim, Claim], bool] | None = None,
) -> list[Finding]:
    """Each figure of a measured group against the first earlier one it contradicts, on
    the same day when ``days`` names them (numcheck/checkers/_snapshots.py days_of), and
    of one object when ``objects`` says whether two are of two ("spent £2.4m on roads"
    ... "spent £2.1m on parks": _restate_subject.two_objects)."""
    findings: list[Finding] = []
    for i, later in enumerate(group):
        for earlier in group[max(0, i - _REACH) : i]:
            if (
                same_sentence(earlier, later, document)
                or (days is not None and days_apart(days(earlier), days(later)))
                or not same_incident(earlier, later)
                or not same_party(earlier.claimant, later.claimant)
                or not same_place(places(earlier), places(later))
                or misfit(earlier, later, names, open_window, wholes, plains, span, document)
                or (objects is not None and objects(earlier, later))
            ):
                continue
            found = verdict(document, earlier, later, tolerance)
            if found is not None:
                findings.append(found)
                break
    return findings


__all__ = [
    "group_marks",
    "head_key",
    "is_rate",
    "is_whole",
    "measurable",
    "measured_findings",
    "misfit",
    "partitive_wholes",
    "plain",
    "synonyms",
]
