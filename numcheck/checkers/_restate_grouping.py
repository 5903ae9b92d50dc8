"""Which figures of one article may restate one another: the group key of each figure
(numcheck/checkers/restated.py compares the figures of one group), and why a figure is
left out of every group.

A keyed figure (an event, or a verb frame) is grouped by its event, qualifiers, unit
dimension, span of time (``_restate_spans.py``: "since the outbreak began" is the
story's own span) and what its sentence says of it besides (a moment, an update, a
part word: ``_snapshots.py``); a figure of no event by what it is an amount of
(``_restate_measured.py``). Changes, the levels of a change, ages, parts named by a
modifier and sets added to another ("14 more") are left out. ``apart`` says, for two
figures, the first reason they do not meet (benchmarks/claim_funnel.py counts them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from numcheck.checkers._ages import is_age
from numcheck.checkers._anaphora import references
from numcheck.checkers._compare import (
    before,
    checkable,
    compiled,
    cue_set,
    lexicon,
    place_key,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    sentence_of,
    squash,
    story_places,
    words,
)
from numcheck.checkers._frames import FrameWords, frame_of
from numcheck.checkers._heads import HeadWords
from numcheck.checkers._index import Spans as Levels
from numcheck.checkers._labelled import breakdown_members
from numcheck.checkers._relations import Relations, related
from numcheck.checkers._restate_amounts import AmountWords, amount_of
from numcheck.checkers._restate_batch import batch_part
from numcheck.checkers._restate_measured import (
    group_marks,
    head_key,
    is_rate,
    measurable,
    misfit,
    partitive_wholes,
    synonyms,
)
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._restate_spans import Spans, spans_of
from numcheck.checkers._snapshots import snapshot
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.quantity import Kind

Key = tuple[object, ...]


@dataclass
class Grouping:
    """The figures of one article by group key, and what every figure became."""

    lex: Mapping[str, Any]
    relations: Relations
    ordered: list[Claim]
    generic: set[str]
    places: dict[int, frozenset[str] | None]
    spans: Spans
    names: dict[str, str]
    refs: list[tuple[Claim, list[Claim]]]
    groups: dict[Key, list[Claim]] = field(default_factory=dict)
    measured: dict[Key, list[Claim]] = field(default_factory=dict)
    key_of: dict[int, Key] = field(default_factory=dict)  # by the original claim's id
    as_grouped: dict[int, Claim] = field(default_factory=dict)  # a reframed copy
    left_out: dict[int, str] = field(default_factory=dict)  # why, by claim id

    def place_of(self, claim: Claim) -> frozenset[str] | None:
        return self.places[id(claim)]


def _added(document: Document, claim: Claim, added: frozenset[str]) -> bool:
    """A figure of a set added to another ("14 more", "another 7", "a further 30")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
    before_words = before(document, claim, 20).split()
    return bool(after[:1] and after[0].strip(",.") in added) or bool(
        before_words[-1:] and before_words[-1] in added
    )


def grouping(document: Document, claims: Sequence[Claim], context: CheckContext) -> Grouping:
    """Every figure of the article in its group, or left out with the reason."""
    lex, relations = related(document, claims, context)
    cues, story = words(lex.get("whole_cues", ())), story_places(claims)
    ordered = sorted(claims, key=lambda c: c.location.start)
    places = {id(c): place_key(c, cues, story) for c in claims}
    for member, label in breakdown_members(document, ordered).items():
        places[member] = places[member] or label  # "- Northfield: 10 homes damaged"
    alignment = lexicon(context, "alignment")
    narrowing: dict[int, str] = {}
    g = Grouping(
        lex,
        relations,
        ordered,
        set(words(lex.get("generic_things", ()))),
        places,
        spans_of(document, ordered, context),  # "since the outbreak began": the story's span
        synonyms(alignment),
        references(document, ordered, lex, lambda c: places[id(c)], narrowing),
    )
    periods = frozenset(alignment.get("period_measures", {}).get("things", ()))
    partitives = partitive_wholes(document, ordered)  # "six of the county's 14 libraries"
    skip = relations.involved()
    hows = _hows(relations)
    levels = Levels(relations.levels())
    restated = lex.get("restated", {})
    batches = lex.get("batches", {})
    added = cue_set(restated, "added")
    amounts = compiled(
        AmountWords.of, lex, lexicon(context, "dates"), lexicon(context, "claimants"))
    for original in ordered:
        claim = loc = original  # (inline: this loop runs once per figure of the article)
        if not checkable(claim) or id(claim) in skip:
            # a part, total or share another reads
            g.left_out[id(original)] = "related" + hows.get(
                id(claim), "" if checkable(claim) else ": not checkable")
            continue
        if claim.is_change and not (claim.key.event is None and frame_of(document, claim, lex)):
            g.left_out[id(original)] = "change"  # unless "the van plunged 40 feet"
            continue
        if levels.overlaps(loc.location.start, loc.location.end):
            g.left_out[id(original)] = "change"  # "from 40 to 50": the levels of a change
            continue
        by_measure = False
        if claim.key.event is None:
            frame = frame_of(document, claim, lex)
            if frame is None:
                amount = amount_of(document, claim, amounts)  # "14 inches of snow"
                if amount is not None and measurable(amount, periods):
                    places[id(amount)] = places[id(claim)]
                    g.spans.alias(amount, claim)
                    claim = amount
                elif not measurable(claim, periods):
                    g.left_out[id(original)] = _population(claim, periods)
                    continue
                by_measure = True  # what it is an amount of (_restate_measured.py)
            else:
                framed = replace(claim, key=replace(claim.key, thing=frame.of, event=frame.event))
                places[id(framed)] = places[id(claim)]
                g.spans.alias(framed, claim)
                claim = framed  # "the depot held 1,200 tonnes" ... "was storing 12,000 tonnes"
        if is_age(document, claim):
            g.left_out[id(original)] = "age"  # "one of the dead as Peter Allard, 61"
        elif id(claim) in narrowing:  # "the four injured mounted officers"
            g.left_out[id(original)] = f"part ({narrowing[id(claim)]})"
        elif _added(document, claim, added):
            g.left_out[id(original)] = "added"  # "51 cases, with 14 more suspected"
        else:
            # "the first 120 prisoners", "60 from each side": a batch or a share of each
            # member meets only figures of that batch, never the whole (_restate_batch.py)
            batch = batch_part(document, claim, batches)
            if by_measure:
                key = _measured_key(document, claim, lex, g.names, id(claim) in partitives)
            else:  # "by noon", "still", "four mounted officers"; "nearly half" is a share
                key = (claim.key.event, claim.key.qualifiers, claim.key.dimension)
                key += ("share",) if claim.quantity.kind is Kind.RATIO else ()
                key += (g.spans.span[id(claim)], *snapshot(document, claim, lex))
            key += (f"part ({batch})",) if batch else ()
            (g.measured if by_measure else g.groups).setdefault(key, []).append(claim)
            g.key_of[id(original)] = key
            g.as_grouped[id(original)] = claim
    return g


def _hows(relations: Relations) -> dict[int, str]:
    """How another checker reads each figure it leaves out (the funnel's reason), by id."""
    named = (
        ("part", [c for group, _ in relations.parts for c in group]),
        ("share or base", [c for pair in relations.percent_of for c in pair]),
        ("level", [c for old, new, _ in relations.from_to for c in (old, new)]),
        ("level", [c for old, new, _, _ in relations.steps for c in (old, new)]),
        ("conversion", [b for _, b in relations.conversions]),
        ("list item", [c for members, _ in relations.sums for c in members]),
        ("stated share", [c for t in relations.stated for c in (t.share, t.count)]),
    )
    out: dict[int, str] = {}
    for name, claims in named:
        for c in claims:
            out.setdefault(id(c), f": {name}")
    return out


def _population(claim: Claim, periods: frozenset[str]) -> str:
    """Why a figure of no event is read as no amount of anything ("3 million people")."""
    if not claim.measure:
        return "population: " + ("thing, no measure" if claim.key.thing else "nothing named")
    if " " in claim.measure[0]:
        return "population: a phrase for head"
    if claim.part_of is not None:
        return "population: part of another"
    return "population: a period, an old level or no amount"


def _measured_key(
    document: Document, claim: Claim, lex: Mapping[str, Any], names: dict[str, str], whole: bool
) -> Key:
    start, end = sentence_of(document, claim)
    era = compiled(FrameWords.of, lex).era(document.prose, start, end)  # "the votes of 1997"
    key = ("measured", *head_key(claim, names), era, *snapshot(document, claim, lex))
    key += ("rate",) if is_rate(document, claim, lex) else ()  # "80,000 a day"
    return key + (("whole of a part",) if whole else ())


def things_match(a: Claim, b: Claim, generic: set[str]) -> bool:
    ta, tb = a.key.thing, b.key.thing
    if ta == tb:
        return True
    return (ta is None or ta in generic) and (tb is None or tb in generic)


def apart(g: Grouping, document: Document, a: Claim, b: Claim) -> str:
    """The first reason two figures of the article do not meet as a restatement, or ""
    when they meet (the verdict then decides)."""
    for claim in (a, b):
        if id(claim) in g.left_out:
            return f"left out: {g.left_out[id(claim)]}"
    ka, kb = g.key_of[id(a)], g.key_of[id(b)]
    if ka != kb:
        return _key_difference(ka, kb)
    x, y = g.as_grouped[id(a)], g.as_grouped[id(b)]
    if same_sentence(x, y, document):
        return "one sentence"
    if ka[0] != "measured" and not things_match(x, y, g.generic):
        return "thing"
    if not same_incident(x, y):
        return "incident"
    if not same_party(x.claimant, y.claimant):
        return "claimant"
    if not same_place(g.place_of(x), g.place_of(y)):
        return "place"
    why = _measured_misfit(g, document, ka, x, y) if ka[0] == "measured" else ""
    if why:
        return f"measured: {why}"  # _restate_measured.misfit
    if verdict(document, x, y, 0.0) is None:
        return "met: bounds meet"  # the verdict finds the two compatible
    return ""


def _measured_misfit(g: Grouping, document: Document, key: Key, a: Claim, b: Claim) -> str:
    """Why two figures of one measured group do not fit as restated.py holds them."""
    wholes, plains = group_marks(document, g.measured.get(key, []), g.lex)
    open_window = compiled(HeadWords.of, g.lex).open_window
    def span(c: Claim) -> object:
        return g.spans.span.get(id(c), c.window)
    return misfit(a, b, g.names, open_window, wholes, plains, span, document)


def _key_difference(ka: Key, kb: Key) -> str:
    if (ka[0] == "measured") != (kb[0] == "measured"):
        return "key: keyed and measured"
    if ka[0] == "measured":
        if ka[1:3] != kb[1:3]:
            return "key: measured head" + (" (dimension)" if ka[2] != kb[2] else "")
        said = {str(w).split(" ")[0].split("#")[0] for w in set(ka[4:]) ^ set(kb[4:])}
        return "key: measured words (" + ", ".join(
            sorted(said | ({"era"} if ka[3] != kb[3] else set()))) + ")"
    names = ("event", "qualifiers", "dimension")
    for i, name in enumerate(names):
        if ka[i] != kb[i]:
            return f"key: {name}"
    words = {str(w).split(" ")[0].split("#")[0] for w in set(ka[3:]) ^ set(kb[3:])
             if isinstance(w, str)}
    return "key: span, share or snapshot" + (f" ({', '.join(sorted(words))})" if words else "")


__all__ = ["Grouping", "Key", "apart", "grouping", "things_match"]
