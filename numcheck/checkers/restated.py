"""NC101-NC103: one article restating the same figure with values that cannot all be right.

The headline says 40, the body 34; the lede says "nearly 500", a later paragraph the
exact 512. Claims are compared only when they measure the same thing (key), over the
same window, in the same place, from compatible claimants, and are amounts that are
not changes, parts or conversions of another figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from numcheck.checkers._ages import age_findings, is_age
from numcheck.checkers._anaphora import closest, references
from numcheck.checkers._compare import (
    before,
    checkable,
    compiled,
    cue_set,
    lexicon,
    place_key,
    sentence_of,
    squash,
    story_places,
    words,
)
from numcheck.checkers._frames import FrameWords, frame_of
from numcheck.checkers._headline import HeadlineWords, headline_changes, headline_levels
from numcheck.checkers._heads import HeadWords
from numcheck.checkers._index import Spans
from numcheck.checkers._labelled import labelled_findings
from numcheck.checkers._lifespans import begun_findings, range_findings
from numcheck.checkers._relations import related
from numcheck.checkers._restate_groups import check_group as _check_group
from numcheck.checkers._restate_groups import falls, parts_exceeding
from numcheck.checkers._restate_measured import (
    head_key,
    is_rate,
    is_whole,
    measurable,
    measured_findings,
    partitive_wholes,
    plain,
    synonyms,
)
from numcheck.checkers._restate_pair import headline_verdict, verdict
from numcheck.checkers._snapshots import moments_of, parts_of, snapshot, when
from numcheck.checkers._tallies import tally_findings
from numcheck.checkers._temperatures import temperature_findings
from numcheck.checkers._words import rule_doc
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.quantity import Kind

_Verdict = Callable[[Document, Claim, Claim, float], "Finding | None"]

RULES = (
    Rule(
        "NC101",
        "restated-figure-contradiction",
        Severity.ERROR,
        "The same figure is restated in one article with values that cannot both be true.",
        rule_doc(
            "NC101",
            "Compares every figure with the other figures of the article that measure the "
            "same thing (same event, qualifiers, unit dimension, time window, place and "
            "claimant) and reports two whose hard bounds (what the words allow) do not meet. "
            'A figure restated by reference ("the 221 dead", "Price\'s 49,813 votes", "the '
            '168-guest reception") is compared with the earlier figures for the same noun, '
            "whoever speaks in its sentence, and reported when it fits none of them.",
            "Headlines, ledes and captions are written apart from the body and drift from it; "
            "readers see both.",
            "`34 people died in the blast` (line 3) and `at least 40 dead` (line 9): at least "
            "40 cannot be 34.",
            "Make the figures agree, or say why they differ (a different window, place or "
            'source: "by Tuesday", "in the city", "according to police").',
        ),
    ),
    Rule(
        "NC102",
        "restated-figure-drift",
        Severity.WARNING,
        "A restated figure fits the words of the other but not their usual reading.",
        rule_doc(
            "NC102",
            "Reports two restatements of the same figure whose hard bounds meet but whose "
            'soft bounds (the pragmatic reading: "more than 2,000" reads as 2,000 to about '
            "3,000) do not.",
            "Technically compatible figures that read differently confuse readers.",
            "`more than 2,000 homes` (line 2) and `5,000 homes` (line 8).",
            'Use the same figure with a fitting hedge ("about 5,000", "more than 4,000").',
        ),
    ),
    Rule(
        "NC103",
        "hedge-contradicted",
        Severity.ERROR,
        "A hedged figure is contradicted by the exact figure given elsewhere in the article.",
        rule_doc(
            "NC103",
            "Reports a hedge (nearly, more than, about, at least ...) whose direction or "
            "tolerance excludes the exact figure the article gives for the same thing, when "
            "the two are close (the hedge word, not the number, is wrong).",
            '"Nearly 500" tells the reader the figure is below 500; if the story also says '
            "512, one of them is wrong.",
            "`nearly 500 killed` (line 1) and `512 people were killed` (line 6).",
            'Fix the hedge ("more than 500", "about 500") or use the exact figure.',
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def _added(document: Document, claim: Claim, added: frozenset[str]) -> bool:
    """A figure of a set added to another ("14 more", "another 7", "a further 30")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
    before_words = before(document, claim, 20).split()
    return bool(after[:1] and after[0].strip(",.") in added) or bool(
        before_words[-1:] and before_words[-1] in added
    )


def _hold_headlines(groups: dict[tuple[object, ...], list[Claim]]) -> None:
    """A headline gives the latest figure: it joins the group of the last reading the
    body gives at a moment or as an update ("Storm leaves 34 dead" ... "Later the toll
    rose: at least 40"; "by Sunday morning 512 passengers had been rescued"), never one
    said to be earlier ("initially")."""
    latest: dict[tuple[object, ...], tuple[int, tuple[object, ...]]] = {}
    for key, group in groups.items():
        base, at = moments_of(key)
        if at and when(at)[0] > 0 and base in groups:
            end = group[-1].location.start
            if base not in latest or end > latest[base][0]:
                latest[base] = (end, key)
    for base, (_, key) in latest.items():
        group = groups[key]
        titles = [c for c in groups[base] if c.scope is Scope.HEADLINE]
        group[:0] = [c for c in titles if c.location.start < group[0].location.start]


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex, relations = related(document, claims, context)
    skip = relations.involved()
    levels = Spans(relations.levels())
    generic = set(words(lex.get("generic_things", ())))
    cues, story = words(lex.get("whole_cues", ())), story_places(claims)
    places = {id(c): place_key(c, cues, story) for c in claims}

    def place_of(claim: Claim) -> frozenset[str] | None:
        return places[id(claim)]

    added = cue_set(lex.get("restated", {}), "added")
    ordered = sorted(claims, key=lambda c: c.location.start)
    narrowing: set[int] = set()
    refs = references(document, ordered, lex, place_of, narrowing)
    groups: dict[tuple[object, ...], list[Claim]] = {}
    measured: dict[tuple[object, ...], list[Claim]] = {}
    alignment = lexicon(context, "alignment")
    names = synonyms(alignment)
    periods = frozenset(alignment.get("period_measures", {}).get("things", ()))
    partitives = partitive_wholes(document, ordered)  # "six of the county's 14 libraries"
    for claim in ordered:
        if not checkable(claim) or id(claim) in skip:
            continue
        if claim.is_change and not (claim.key.event is None and frame_of(document, claim, lex)):
            continue  # a change, unless a distance something fell ("the van plunged 40 feet")
        loc = claim.location
        if levels.overlaps(loc.start, loc.end):
            continue  # "from 40 to 50": two levels of a change, not a restatement
        by_measure = False
        key: tuple[object, ...]
        if claim.key.event is None:
            frame = frame_of(document, claim, lex)
            if frame is None:
                if not measurable(claim, periods):
                    continue  # no event, no measure ("3 million people"): a population
                by_measure = True  # what it is an amount of (_restate_measured.py)
            else:
                framed = replace(claim, key=replace(claim.key, thing=frame.of, event=frame.event))
                places[id(framed)] = places[id(claim)]
                claim = framed  # "the depot held 1,200 tonnes" ... "was storing 12,000 tonnes"
        if is_age(document, claim):
            continue  # "Police named one of the dead as Peter Allard, 61": an age
        if id(claim) in narrowing:
            continue  # "the four injured mounted officers": a part, not the whole restated
        if _added(document, claim, added):
            continue  # "51 cases, with 14 more suspected": another set, not the same one
        if by_measure:  # "the 11,400 votes of 1997": another year's figure
            start, end = sentence_of(document, claim)
            era = compiled(FrameWords.of, lex).era(document.prose[start:end])
            key = (*head_key(claim, names), era, *snapshot(document, claim, lex))
            key += ("rate",) if is_rate(document, claim, lex) else ()  # "80,000 a day"
            key += ("whole of a part",) if id(claim) in partitives else ()
            measured.setdefault(key, []).append(claim)
            continue
        key = (claim.key.event, claim.key.qualifiers, claim.key.dimension)
        if claim.quantity.kind is Kind.RATIO:
            key += ("share",)  # "nearly half of the cases" is no count of them
        key += (
            claim.window,
            *snapshot(document, claim, lex),
        )  # "by noon", "still", "four mounted officers"
        groups.setdefault(key, []).append(claim)
    _hold_headlines(groups)
    findings: list[Finding] = []
    tolerance = context.settings.tolerance
    cumulative = lexicon(context, "measures").get("cumulative", {})
    moments: dict[tuple[object, ...], list[Claim]] = {}
    said: dict[int, tuple[object, ...]] = {}
    for key, group in groups.items():
        findings += _check_group(document, group, tolerance, generic, place_of)
        whole, named = parts_of(key)
        if named and whole in groups:  # "12,000 tonnes of toxic chemicals" of "1,200 tonnes"
            findings += parts_exceeding(document, group, groups[whole], generic, place_of)
        base, at = moments_of(key)
        if cumulative.get(key[0]) is True:
            moments.setdefault(base, []).extend(c for c in group if c.scope is not Scope.HEADLINE)
            said.update({id(c): at for c in group})
    for read in moments.values():  # "by noon, 41 rescued" ... "by evening, 23 rescued"
        if len({said[id(c)] for c in read}) > 1:
            read.sort(key=lambda c: c.location.start)
            findings += falls(document, read, lambda c: when(said[id(c)]), generic, place_of)
    findings += labelled_findings(document, ordered, tolerance)
    open_window = compiled(HeadWords.of, lex).open_window
    for group in measured.values():
        wholes = frozenset(id(c) for c in group if is_whole(document, c, lex))
        plains = frozenset(id(c) for c in group if wholes and plain(document, c, lex))
        findings += measured_findings(
            document, group, names, place_of, open_window, tolerance, wholes, plains
        )
    amounts = [c for c in sorted(claims, key=lambda c: c.location.start) if checkable(c)]
    findings += age_findings(document, amounts)
    told = [c for c in ordered if c.scope is not Scope.BOILERPLATE]
    findings += begun_findings(document, told, lex) + range_findings(document, told, lex)
    converted = {id(b) for _, b in relations.conversions}
    findings += temperature_findings(document, amounts, converted, lex)
    findings += tally_findings(document, ordered, lex)
    flagged = {f.location.start for f in findings}
    restated: list[tuple[tuple[Claim, list[Claim]], _Verdict]] = [(r, verdict) for r in refs]
    titles = compiled(HeadlineWords.of, lex)
    heads = headline_changes(document, ordered, titles)
    restated += [(h, headline_verdict) for h in heads]
    restated += [(h, verdict) for h in headline_levels(document, ordered, titles)]
    for (later, earlier), compare in restated:
        if later.location.start in flagged:
            continue
        verdicts = [compare(document, e, later, tolerance) for e in earlier]
        found = [v for v in verdicts if v is not None]
        if len(found) == len(verdicts):  # it fits none of the figures it refers to
            findings.append(found[closest(later, earlier)])
    return findings
