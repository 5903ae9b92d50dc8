"""The report as the template sees it: each article cut into plain text and marked
figures, the findings with links to their places and their panels, the summary by
rule and severity, the verdict legend and the run's settings.

Everything here is plain data; escaping is the template engine's job (autoescape
on), so no string built here is ever trusted as markup.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding, Location
from numcheck.report.base import Report, display_message
from numcheck.report.html.numberline import interval_text, number
from numcheck.report.html.panels import Href, Panel, panel
from numcheck.report.html.verdicts import (
    TIER_STYLES,
    ClaimLookup,
    Place,
    Tier,
    TierStyle,
    Verdict,
    place_of,
    tier_of,
    verdicts,
)


@dataclass(frozen=True, slots=True)
class FindingRef:
    id: str
    rule: str
    name: str
    severity: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span: a figure (``kind == "figure"``) or a finding's own span."""

    id: str
    start: int
    end: int
    kind: str
    tier: Tier
    style: TierStyle
    tip: tuple[tuple[str, str], ...]
    findings: tuple[FindingRef, ...]


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    mark: Mark | None = None


@dataclass(frozen=True, slots=True)
class DocView:
    id: str
    path: str
    title: str
    meta: tuple[tuple[str, str], ...]
    url: str | None
    pieces: tuple[Piece, ...]
    figures: int


@dataclass(frozen=True, slots=True)
class PlaceLink:
    href: str | None
    where: str
    text: str


@dataclass(frozen=True, slots=True)
class FindingView:
    id: str
    rule: str
    name: str
    severity: str
    style: TierStyle
    tier: Tier
    message: str
    place: PlaceLink
    related: tuple[PlaceLink, ...]
    panel: Panel | None


@dataclass(frozen=True, slots=True)
class RuleRow:
    code: str
    name: str
    severity: str
    summary: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class ReportView:
    summary_line: str
    tool_version: str
    documents: tuple[DocView, ...]
    findings: tuple[FindingView, ...]
    rules: tuple[RuleRow, ...]
    legend: tuple[tuple[Tier, TierStyle, int], ...]
    settings: tuple[tuple[str, str], ...]


def build(report: Report) -> ReportView:
    lookup = ClaimLookup(report.claims)
    judged = verdicts(report.findings, lookup)
    ids = [f"f{i}" for i in range(1, len(report.findings) + 1)]
    refs = [FindingRef(ids[i], f.rule, f.name, f.severity.value)
            for i, f in enumerate(report.findings)]
    places: dict[Place, str] = {}
    documents = tuple(
        _document(f"d{n}", doc, lookup, judged, report.findings, refs, places)
        for n, doc in enumerate(report.documents.values(), 1)
    )
    doc_ids = {d.path: d.id for d in documents}

    def href(loc: Location) -> str | None:
        claims = lookup.at(loc)
        target = places.get(place_of(claims[0].location if claims else loc))
        target = target or doc_ids.get(loc.path)
        return f"#{target}" if target else None

    texts = {path: doc.text for path, doc in report.documents.items()}
    totals = _totals()
    findings = tuple(
        FindingView(ids[i], f.rule, f.name, f.severity.value, TIER_STYLES[tier_of(f)],
                    tier_of(f), display_message(f), _link(f.location, href),
                    tuple(_link(r, href) for r in f.related),
                    panel(f, lookup, texts, href, totals))
        for i, f in enumerate(report.findings)
    )
    counts = Counter(judged[place_of(c.location)].tier
                     for d in report.documents for c in report.claims.get(d, ()))
    return ReportView(
        summary_line=report.summary_line(),
        tool_version=report.tool_version,
        documents=documents,
        findings=findings,
        rules=_rules(report, findings),
        legend=tuple((t, TIER_STYLES[t], counts[t]) for t in Tier),
        settings=_settings(report),
    )


def _document(doc_id: str, doc: Document, lookup: ClaimLookup, judged: Mapping[Place, Verdict],
              findings: Sequence[Finding], refs: Sequence[FindingRef],
              places: dict[Place, str]) -> DocView:
    """The text cut into pieces; overlapping spans keep the first (a finding's span that
    overlaps a figure links to that figure)."""
    spans: list[tuple[int, int, Mark]] = []
    claims = lookup.by_path.get(doc.path, [])
    for claim in claims:
        verdict = judged[place_of(claim.location)]
        loc = claim.location
        spans.append((loc.start, loc.end, Mark(
            f"{doc_id}-q{loc.start}", loc.start, loc.end, "figure", verdict.tier,
            TIER_STYLES[verdict.tier], _tip(claim, verdict, refs),
            tuple(refs[i] for i in verdict.findings))))
    own: dict[Place, list[int]] = {}
    for i, f in enumerate(findings):
        for loc in (f.location, *f.related):
            if loc.path == doc.path and loc.end > loc.start and not lookup.at(loc):
                own.setdefault(place_of(loc), []).append(i)
    for (_, start, end), indexes in own.items():
        tier = min((tier_of(findings[i]) for i in indexes), key=lambda t: t.rank)
        tip = tuple(("Finding", f"{refs[i].rule} {refs[i].name}: {display_message(findings[i])}")
                    for i in dict.fromkeys(indexes))
        spans.append((start, end, Mark(f"{doc_id}-s{start}-{end}", start, end, "finding", tier,
                                       TIER_STYLES[tier], tip,
                                       tuple(refs[i] for i in dict.fromkeys(indexes)))))
    spans.sort(key=lambda s: (s[0], -s[1]))
    pieces: list[Piece] = []
    cursor = 0
    last: Mark | None = None
    for start, end, mark in spans:
        if start < cursor:  # overlaps the previous mark: link there
            if last is not None:
                places[(doc.path, start, end)] = last.id
            continue
        if start > cursor:
            pieces.append(Piece(doc.text[cursor:start]))
        pieces.append(Piece(doc.text[start:end], mark))
        places[(doc.path, start, end)] = mark.id
        cursor, last = end, mark
    if cursor < len(doc.text):
        pieces.append(Piece(doc.text[cursor:]))
    meta = doc.metadata
    rows = [("File", doc.path), ("Source", meta.source or "unknown"),
            ("Date", meta.date.isoformat() if meta.date else "undated")]
    rows += [(label, value) for label, value in (("By", meta.author), ("Story", meta.story))
             if value]
    url = meta.url if meta.url and meta.url.lower().startswith(("https://", "http://")) else None
    return DocView(doc_id, doc.path, meta.headline or doc.path, tuple(rows), url, tuple(pieces),
                   len(claims))


def _tip(claim: Claim, verdict: Verdict, refs: Sequence[FindingRef]) -> tuple[tuple[str, str], ...]:
    """What a figure's tooltip says: the verdict, the bounds, unit, claim key, claimant, date."""
    q = claim.quantity
    style = TIER_STYLES[verdict.tier]
    rows = [("Verdict", f"{style.label}: {style.meaning}")]
    if q.is_amount:
        rows += [("Words allow", interval_text(q.hard)), ("Usual reading", interval_text(q.soft))]
    elif q.iso:
        rows.append(("Reads as", q.iso))
    elif q.value is not None:
        rows.append(("Value", number(q.value)))
    kind = q.kind.value.replace("_", " ") + (f", hedged “{q.hedge}”" if q.hedge else "")
    rows += [("Unit", q.unit or ("none (a count)" if q.kind.value == "count" else "none")),
             ("Kind", kind), ("Claim key", _key(claim)),
             ("Claimant", claim.claimant or "not named"),
             ("Date", claim.date.isoformat() if claim.date else "undated")]
    if claim.scope is not Scope.BODY:
        rows.append(("Stands in", claim.scope.value))
    if verdict.findings:
        rows.append(("Findings", "; ".join(f"{refs[i].rule} {refs[i].name} (finding "
                                           f"{refs[i].id[1:]})" for i in verdict.findings)))
    elif verdict.peers:
        rows.append(("Compared with", f"{verdict.peers} other figure"
                     f"{'s' if verdict.peers > 1 else ''} of the same measure"))
    return tuple(rows)


def _key(claim: Claim) -> str:
    key = claim.key
    if key.thing is None and key.event is None:
        return "none: the copy names nothing it measures"
    return str(key) + (f" ({key.incident})" if key.incident else "")


def _link(loc: Location, href: Href) -> PlaceLink:
    return PlaceLink(href(loc), f"{loc.path}:{loc.line}:{loc.column}", loc.text)


def _rules(report: Report, findings: Sequence[FindingView]) -> tuple[RuleRow, ...]:
    groups: dict[str, list[FindingView]] = {}
    for view in findings:
        groups.setdefault(view.rule, []).append(view)
    rank = {"error": 0, "warning": 1, "info": 2}
    rows = []
    for code, views in groups.items():
        rule = report.rules.get(code)
        rows.append(RuleRow(code, views[0].name, views[0].severity,
                            rule.summary if rule else "", tuple(views)))
    return tuple(sorted(rows, key=lambda r: (rank.get(r.severity, 3), r.code)))


def _settings(report: Report) -> tuple[tuple[str, str], ...]:
    rows = [("files checked", str(report.files_checked)),
            ("numcheck version", report.tool_version)]
    if report.settings is not None:
        from numcheck.config import settings_to_json

        data = settings_to_json(report.settings)
        rows += [(key, json.dumps(data[key], sort_keys=True, ensure_ascii=False))
                 for key in sorted(data)]
    return tuple(rows)


def _totals() -> frozenset[str]:
    """Measures that are sums of others (casualties = killed + wounded)."""
    from numcheck.lexicon import Lexicon

    lexicon = Lexicon.default()
    names = [*lexicon["checkers"].get("totals", {}), *lexicon["alignment"].get("composites", {})]
    return frozenset(name.lower() for name in names)


__all__ = ["DocView", "FindingView", "Mark", "Piece", "ReportView", "build"]
