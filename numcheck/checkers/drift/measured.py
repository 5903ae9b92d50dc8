"""Figures aligned by what they are an amount of, when no lexicon key names them.

"The council's budget of £421 million" and "Of the £412 million budget" name no
lexicon thing, but their measure (``Claim.measure``, numcheck/extract/measure.py) is
the same head noun, "budget". Such a figure blocks with the figures of its story whose
measure has the same head and the same unit dimension (``measure_key``). A head alone
is weak evidence, so inside a block two sources' figures are paired only when

- their modifiers fit: one side's are a subset of the other's ("repaving budget" and
  "budget" may be one figure; "repaving budget" and "operating budget" never are);
- each is the other's best match among the other source's figures (most modifiers
  and place in common), and that best is unique up to figures of equal value: a
  source that gives two budgets of different size leaves the block unpaired rather
  than guessed;
- they are given by the same party or an unnamed one: a measure read this loosely is
  no ground for showing a dispute between parties (NC404).

A figure that is a part of another (``part_of``) or the old level of a change ("from
£1,568") is never measured: it is not the story's figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.spans import changes, particle
from numcheck.claims import Claim, Scope
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level
from numcheck.text import norm

__all__ = ["MARK", "changes", "eventful", "fits", "fitting", "happened", "matched", "measured",
           "measured_thing", "told_apart"]

_WORD = lazy_compile(r"[a-z]+(?:-[a-z]+)?")
MARK = "~"  # a block key's thing that is a measure's head, not a lexicon thing


def measured(claim: Claim, keyed: bool, period_things: frozenset[str]) -> bool:
    """Whether drift aligns ``claim`` by its measure: it has one, no usable lexicon
    key (``keyed``: the lexicon key aligns it; a period measure such as revenue does
    not, its key carries no period), and it is the story's own figure."""
    if not claim.measure or claim.scope is Scope.BOILERPLATE or not claim.quantity.is_amount:
        return False
    if keyed and claim.key.thing not in period_things and not _headed(claim):
        return False
    return claim.part_of is None and claim.quantity.level is not Level.OLD


def _headed(claim: Claim) -> bool:
    """A figure keyed only by the noun its physical unit qualifies ("a 3,000-metre plume"):
    that noun is its measure's head, and it aligns as a measure (with "smoke rose to
    3,000 feet"), not as a lexicon thing."""
    key = claim.key
    return key.event is None and key.dimension.startswith("[") and bool(
        claim.measure) and key.thing == norm(claim.measure[0])


def measured_thing(claim: Claim, alignment: Alignment) -> str:
    """The block key's thing of a measured claim: its head (its synonym set's name:
    "plume" -> "smoke"), marked. A verb frame ("travelling at", "jailed for") blocks
    by its preposition: its verb is one of the words compared (``_said``), after its
    lemma and synonyms ("entered the curve at" is "travelling at"), only when two
    articles' figures meet."""
    head = norm(claim.measure[0])
    verb, _, preposition = head.rpartition(" ")
    if verb and preposition in _FRAMES:
        return MARK + preposition
    return MARK + alignment.synonyms.get(head, head)


_FRAMES = frozenset({"at", "for"})  # the prepositions of verb frames (extract/measure.py)


def _verb(claim: Claim) -> tuple[str, ...]:
    """The verb of a verb-frame head, as a descriptor word: ("travelling",)."""
    verb, _, preposition = norm(claim.measure[0]).rpartition(" ")
    return (verb,) if verb and " " not in verb and preposition in _FRAMES else ()


def happened(claim: Claim, alignment: Alignment) -> bool:
    """Whether a figure is a fact of the story's event, the same whichever day an
    article tells it: a verb frame whose verb is in ``[descriptors] events`` ("the tram
    entered the curve at 43 mph", "jailed for 40 months"); not a level that moves from
    day to day ("shares were trading at 412p")."""
    if not claim.measure or claim.key.event is not None:
        return False
    return bool(alignment.content(_verb(claim)) & alignment.event_verbs)


def eventful(claim: Claim, alignment: Alignment) -> bool:
    """Whether a figure's descriptor holds a verb of the story's event (``[descriptors]
    events``: "valued at", "jailed for"), whatever tense tells it."""
    return bool(claim.measure) and bool(_said(claim, alignment) & alignment.event_verbs)


def _said(claim: Claim, alignment: Alignment,
          describing: frozenset[str] = frozenset()) -> frozenset[str]:
    """A figure's descriptor words as drift compares them, less the words that only
    describe its set (``describing``: attributive.py; "precious fragments")."""
    return alignment.content(w for w in (*_verb(claim), *claim.measure[1:], *particle(claim))
                             if norm(w) not in describing)


def fits(a: Claim, b: Claim, alignment: Alignment,
         describing: frozenset[str] = frozenset()) -> bool:
    """Descriptors that can describe one figure (one side's words are all the other's,
    after lemmas and synonyms; a count, whose head is only its noun, also shares a word
    said of it: "a survey of 1,402 adults" and "the poll of 1,204 adults" are one
    sample, "1,402 adults" and "1,204 adults" may be any two groups), no two places ("the
    Dublin budget" is not "the Cork budget") and no two windows: one source naming the
    period of a level ("for next year") and the other none may be one figure; a change
    needs equal windows."""
    if a.place and b.place and norm(a.place) != norm(b.place):
        return False
    if a.window != b.window and ((a.window and b.window) or changes(a)):
        return False  # a change needs its period said alike: "up 3.4%" is not "22% this year"
    ma, mb = _said(a, alignment, describing), _said(b, alignment, describing)
    if not (ma <= mb or mb <= ma) or _years(ma) != _years(mb):
        return False  # "employs 1,500" is not "employed 7,000 in the 1970s"
    counted = Kind.COUNT in (a.quantity.kind, b.quantity.kind)
    return bool(ma & mb) or not counted


def told_apart(a: Claim, b: Claim, alignment: Alignment) -> bool:
    """Two figures of one head whose descriptors differ by words of one sibling set
    (``[descriptors] siblings``: "core" / "headline", "gross" / "net"), each side
    saying its own, and otherwise fit: two neighbouring measures of one thing. A word
    of a set said in the thing as written counts too: the lexicon keys "net profit" and
    "pre-tax profit" by one thing, and its form takes "net" out of the descriptor."""
    said_a, said_b = _said(a, alignment), _said(b, alignment)
    in_a, in_b = written(a.subject, alignment), written(b.subject, alignment)
    for group in alignment.compared_siblings:
        own_a, own_b = (said_a | in_a) & group, (said_b | in_b) & group
        if own_a and own_b and not own_a & own_b:
            rest_a, rest_b = said_a - group, said_b - group
            return (rest_a <= rest_b or rest_b <= rest_a) and _years(rest_a) == _years(rest_b)
    return False


def written(subject: str | None, alignment: Alignment) -> frozenset[str]:
    """A figure's thing as written ("Net profit", "pretax loss") in words as drift
    compares descriptor words: lemmas, synonym sets."""
    if not subject:
        return frozenset()
    return alignment.content(_WORD.findall(subject.lower()))


def _years(words: frozenset[str]) -> frozenset[str]:
    """The words that scope a descriptor in time: a year ("1985"), a change's span
    ("@week", "@" when none is said); they must be equal, never a subset."""
    return frozenset(w for w in words if w.isdigit() or w.startswith("@"))


def _score(a: Claim, b: Claim, alignment: Alignment,
           describing: frozenset[str] = frozenset()) -> int:
    """Words in common, then the same words ("revenue" is likelier the other's "sales"
    than its "cloud revenue"), then fewer words said of one side only ("revenue" is
    likelier "third-quarter revenue" than "revenue forecast for next quarter by
    analysts"), then place and window said alike: a figure that names no place is
    likelier another's that names none than one for a named country ("employs 1,500"
    and "the site employs 1,150", not "employs 6,800 in Britain")."""
    said_a, said_b = _said(a, alignment, describing), _said(b, alignment, describing)
    place = _norm(a.place) == _norm(b.place)
    window = _norm(a.window) == _norm(b.window)
    alike = 3 * len(said_a & said_b) + 2 * (said_a == said_b)
    return 4 * alike - len(said_a ^ said_b) + place + window


def _norm(text: str | None) -> str | None:
    return norm(text) if text else None


def matched(
    claims: Sequence[Claim], sources: Sequence[str], alignment: Alignment,
    describing: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j) of mutual best matches between different sources
    (``sources[i]``: the path of ``claims[i]``)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, source in enumerate(sources):
        by_source[source].append(i)
    names = sorted(by_source)
    for x, first in enumerate(names):
        for second in names[x + 1 :]:
            left, right = by_source[first], by_source[second]
            best_right = {i: _best(claims, i, right, alignment, describing) for i in left}
            best_left = {j: _best(claims, j, left, alignment, describing) for j in right}
            for i, j in best_right.items():
                if j is not None and best_left.get(j) == i:
                    yield i, j


def fitting(claims: Sequence[Claim], i: int, others: Sequence[int],
            alignment: Alignment, describing: frozenset[str] = frozenset()) -> list[int]:
    """The figures of ``others`` whose descriptor fits ``claims[i]``'s."""
    return [j for j in others if fits(claims[i], claims[j], alignment, describing)]


def _best(claims: Sequence[Claim], i: int, others: Sequence[int],
          alignment: Alignment, describing: frozenset[str] = frozenset()) -> int | None:
    """The one best fitting figure of ``others`` for ``claims[i]``; None if there is
    none or several of different values."""
    claim = claims[i]
    scored = [(_score(claim, claims[j], alignment, describing), j)
              for j in fitting(claims, i, others, alignment, describing)]
    if not scored:
        return None
    top = max(score for score, _ in scored)
    best = [j for score, j in scored if score == top]
    values = {(claims[j].quantity.hard, claims[j].quantity.unit) for j in best}
    return best[0] if len(values) == 1 else None
