"""NC101-NC103: one article restating the same figure with values that cannot all be right.

The headline says 40, the body 34; the lede says "nearly 500", a later paragraph the
exact 512. Claims are compared only when they measure the same thing (key), over the
same window, in the same place, from compatible claimants, and are amounts that are
not changes, parts or conversions of another figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from numcheck.checkers._ages import Nominal, age_findings, bare_findings
from numcheck.checkers._anaphora import closest
from numcheck.checkers._compare import (
    checkable,
    compiled,
    lexicon,
    squash,
)
from numcheck.checkers._compared_base import ComparedWords, compared_bases
from numcheck.checkers._headline import HeadlineWords, headline_changes, headline_levels
from numcheck.checkers._heads import HeadWords
from numcheck.checkers._labelled import labelled_findings
from numcheck.checkers._lifespans import begun_findings, range_findings
from numcheck.checkers._restate_amounts import AmountWords, other_holders
from numcheck.checkers._restate_another import not_of_another
from numcheck.checkers._restate_bridge import bridged_findings
from numcheck.checkers._restate_changes import definite_changes
from numcheck.checkers._restate_clause import clause_findings
from numcheck.checkers._restate_definite import definite_slips, years_apart
from numcheck.checkers._restate_demonstrative import demonstrative_findings
from numcheck.checkers._restate_grouping import grouping
from numcheck.checkers._restate_groups import check_group as _check_group
from numcheck.checkers._restate_groups import falls, parts_exceeding
from numcheck.checkers._restate_heads import retold_findings
from numcheck.checkers._restate_measured import group_marks, measured_findings
from numcheck.checkers._restate_named import named_findings
from numcheck.checkers._restate_pair import headline_verdict, verdict
from numcheck.checkers._restate_referents import referent_findings
from numcheck.checkers._restate_resolved import antecedents, unpointed
from numcheck.checkers._restate_retold import Retellings
from numcheck.checkers._restate_slipped import slipped_findings
from numcheck.checkers._restate_spans import totals_apart
from numcheck.checkers._restate_subject import subject_findings, two_objects
from numcheck.checkers._restate_tellings import with_tellings
from numcheck.checkers._restate_transposed import transposed_findings
from numcheck.checkers._slips import without_two_figures
from numcheck.checkers._snapshots import (
    days_apart,
    days_of,
    moments_of,
    owned_days,
    parts_of,
    when,
)
from numcheck.checkers._tallies import tally_findings
from numcheck.checkers._temperatures import temperature_findings
from numcheck.checkers._words import rule_doc
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl

_CONTRADICTIONS = frozenset({"NC101"})
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


def _occasions_apart(
    document: Document,
    a: Claim,
    b: Claim,
    days: Callable[[Claim], frozenset[str]],
    lex: Mapping[str, Any],
) -> bool:
    """Whether a reference and an earlier figure are two days' figures: their days
    (``days``: an opener's, else a possessive's) share none, and one of the two is
    dated by a possessive only ("Friday's count had put her 38 votes ahead" beside "on
    Monday ... by 31 votes"). Two sentences both dated by openers are left to the groups:
    a reference's sentence may name the day another thing was done on ("visited the
    kitchen on Sunday, a day after the 168-guest reception")."""
    if days_of(document, a, lex) and days_of(document, b, lex):
        return False
    return days_apart(days(a), days(b))


def _on_base(finding: Finding, bases: set[int]) -> bool:
    """Whether a restatement pairs a figure with the base a comparison is measured from."""
    return (
        finding.rule in _CONTRADICTIONS and len(finding.related) == 1
        and bool({finding.location.start, finding.related[0].start} & bases)
    )


def _once(runs: Iterable[list[Finding]]) -> list[Finding]:
    """The findings of the runs of one group, one per figure reported."""
    out: list[Finding] = []
    told: set[int] = set()
    for found in runs:
        out += [f for f in found if f.location.start not in told]
        told |= {f.location.start for f in found}
    return out


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    g = grouping(document, claims, context)
    lex, relations, ordered, generic = g.lex, g.relations, g.ordered, g.generic
    groups, measured, spans, names, refs = g.groups, g.measured, g.spans, g.names, g.refs
    place_of = g.place_of
    _hold_headlines(groups)
    findings: list[Finding] = []
    tolerance = context.settings.tolerance
    cumulative = lexicon(context, "measures").get("cumulative", {})
    moments: dict[tuple[object, ...], list[Claim]] = {}
    said: dict[int, tuple[object, ...]] = {}
    named_days: dict[int, frozenset[str]] = {}

    def days(claim: Claim) -> frozenset[str]:
        """The days an opener names in a figure's sentence ("on Monday"), else the days it
        names as possessives ("Friday's count had put her 38 votes ahead")."""
        if id(claim) not in named_days:
            named_days[id(claim)] = days_of(document, claim, lex) or owned_days(
                document, claim, lex)
        return named_days[id(claim)]

    for key, group in groups.items():
        findings += _once(  # a day's count is no total since the onset
            _check_group(document, run, tolerance, generic, place_of, days)
            for run in totals_apart(group, spans)
        )
        whole, named = parts_of(key)
        if named and whole in groups:  # "12,000 tonnes of toxic chemicals" of "1,200 tonnes"
            findings += parts_exceeding(
                document, group, groups[whole], generic, place_of, spans.apart
            )
        base, at = moments_of(key)
        if cumulative.get(key[0]) is True:
            moments.setdefault(base, []).extend(c for c in group if c.scope is not Scope.HEADLINE)
            said.update({id(c): at for c in group})
    for read in moments.values():  # "by noon, 41 rescued" ... "by evening, 23 rescued"
        if len({said[id(c)] for c in read}) > 1:
            read.sort(key=lambda c: c.location.start)
            findings += falls(document, read, lambda c: when(said[id(c)]), generic, place_of)
    # "this winter" ... "Last winter it recorded 241": another period or holder
    findings = not_of_another(document, findings, ordered, lex)
    findings += labelled_findings(document, ordered, tolerance)
    open_window = compiled(HeadWords.of, lex).open_window
    def span_of(claim: Claim) -> object:
        return spans.span.get(id(claim), claim.window)

    retellings = compiled(Retellings.of, lex)

    amount_words = compiled(
        AmountWords.of, lex, lexicon(context, "dates"), lexicon(context, "claimants"))

    def objects(a: Claim, b: Claim) -> bool:  # two objects, or two holders of an amount
        return (two_objects(document, a, b, retellings)
                or other_holders(document, a, b, amount_words))

    for group in measured.values():
        wholes, plains = group_marks(document, group, lex)
        findings += not_of_another(document, _once(
            measured_findings(
                document, run, names, place_of, open_window, tolerance, wholes, plains, span_of,
                days, objects,
            )
            for run in totals_apart(group, spans)
        ), ordered, lex)
    reported = {at.start for f in findings for at in (f.location, *f.related)}
    findings += bridged_findings(document, g, lex, tolerance, reported)  # an event said once
    findings += named_findings(  # "a crowd of 18,400" ... "A crowd of 14,800 watched"
        document, g, lex, tolerance, reported, amount_words)
    amounts = [c for c in sorted(claims, key=lambda c: c.location.start) if checkable(c)]
    ages = age_findings(document, amounts)
    findings += ages
    told = [c for c in ordered if c.scope is not Scope.BOILERPLATE]
    nominal = compiled(Nominal.of, lex, lexicon(context, "measures"))
    aged = {f.location.start for f in ages}  # "the 45-year-old" read as a role's age
    findings += [f for f in bare_findings(document, told, nominal) if f.location.start not in aged]
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
    change = lexicon(context, "hedges").get("change", {})
    nouns = frozenset(squash(x) for x in (*change.get("up", ()), *change.get("down", ())))
    restated += [(c, verdict) for c in definite_changes(document, ordered, lex, nouns)]
    for (later, earlier), compare in restated:
        if later.location.start in flagged:
            continue
        # "by 31 votes" on Monday ... "Friday's count had put her 38 votes ahead": a
        # figure of the occasion a day owns is no restatement of another day's figure
        verdicts = [
            None if _occasions_apart(document, e, later, days, lex)
            or years_apart(document, e, later)  # "In 2015 the 1,520 pupils"
            else compare(document, e, later, tolerance)
            for e in earlier
        ]
        found = [v for v in verdicts if v is not None]
        if len(found) == len(verdicts):  # it fits none of the figures it refers to
            findings.append(found[closest(later, earlier)])
    told_of = {at.start for f in findings for at in (f.location, *f.related)}
    findings += referent_findings(document, g, lex, tolerance, told_of)  # "the span, 450 m"
    findings += transposed_findings(document, g, lex, tolerance, told_of)  # 1,250 / 1,520
    findings += retold_findings(  # "450 hectares of forest" ... "the 540 hectares of woodland"
        document, g, lex, tolerance, told_of)
    told_of = {at.start for f in findings for at in (f.location, *f.related)}
    findings += clause_findings(  # "the £421,500 the pair pocketed" after "took £412,500"
        document, g, lex, tolerance, told_of)
    findings += subject_findings(  # "the pair took £412,500" ... "the pair took £421,500"
        document, g, lex, tolerance, told_of)
    told_of = {at.start for f in findings for at in (f.location, *f.related)}
    findings += slipped_findings(  # "a yield of 4.62%" ... "a yield of 4.26% was the price"
        document, g, lex, tolerance, told_of)
    # "585p" ... "12.5% above the 520p Sunvane tabled": the base a comparison is measured
    # from is another level than the one it reaches, whichever reader paired the two; a
    # pair withdrawn so leaves its figures free for a definite re-mention's antecedent
    bases = compared_bases(document, amounts, compiled(ComparedWords.of, lex))
    findings = [f for f in findings if not _on_base(f, bases)]
    told_of = {at.start for f in findings for at in (f.location, *f.related)}
    findings += definite_slips(  # "Some 42 posts would go" ... "the 24 posts being cut"
        document, g, lex, tolerance, told_of)
    findings += demonstrative_findings(  # "much of that £6.1m" after "£1.6m"
        document, told, lex, tolerance, g.place_of, told_of)
    # "those 14 routes" repeats "14 routes": it is never "12 routes" said again
    findings = unpointed(findings, antecedents(document, told, lex, g.place_of))
    # "48 killed across the province" ... "3 killed in Arlo": ten times apart, no slip
    findings = without_two_figures(findings, claims, _CONTRADICTIONS)
    findings = [f for f in findings if not _on_base(f, bases)]  # as above, for the rest
    return with_tellings(document, findings, ordered)  # "£1.3m" told twice, misstated once
