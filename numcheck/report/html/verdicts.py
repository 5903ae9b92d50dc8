"""What numcheck concluded about each figure, derived from the findings that name it.

Formatters never re-run checks. A figure's verdict is read off the findings whose
primary or related span is that figure: each finding's rule has a verdict tier
(``RULE_TIERS``; a plugin's rule falls back on its severity), and the strongest tier
wins. A figure no finding names is *consistent* when the run held another figure of
the same measure (drift's block key: thing, event, qualifiers, unit dimension,
place, change or level) that numcheck could compare it with, and *not compared*
otherwise (dates, identifiers, boilerplate, a measure told only once).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from numcheck.claims import Claim
from numcheck.findings import Finding, Location, Severity


class Tier(StrEnum):
    """Verdict tiers, strongest first (the order of the members is the precedence)."""

    CONTRADICTION = "contradiction"
    DRIFT = "drift"
    DISPUTED = "disputed"
    NOTE = "note"
    CONSISTENT = "consistent"
    NOT_COMPARED = "not-compared"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)


_ORDER = list(Tier)


@dataclass(frozen=True, slots=True)
class TierStyle:
    """How a tier shows: a word, an icon (none for figures not compared, which have no
    background either) and, in the stylesheet, an underline style: never colour alone."""

    label: str
    icon: str
    meaning: str


TIER_STYLES: Mapping[Tier, TierStyle] = {
    Tier.CONTRADICTION: TierStyle("contradiction", "✗", "figures that cannot both be true"),
    Tier.DRIFT: TierStyle("drift", "≈", "figures that only meet at the edges of their words"),
    Tier.DISPUTED: TierStyle("disputed", "⇄", "different parties give different figures"),
    Tier.NOTE: TierStyle("note", "i", "a finding about this figure alone (style, form)"),
    Tier.CONSISTENT: TierStyle("consistent", "✓", "compared with another figure; no finding"),
    Tier.NOT_COMPARED: TierStyle("not compared", "", "nothing of the same measure to compare"),
}

# The built-in rules' tiers. Stale figures (NC405) are drift over time; a range
# written backwards (NC208) is about form, not about the value.
RULE_TIERS: Mapping[str, Tier] = {
    "NC101": Tier.CONTRADICTION, "NC102": Tier.DRIFT, "NC103": Tier.CONTRADICTION,
    "NC201": Tier.CONTRADICTION, "NC202": Tier.CONTRADICTION, "NC203": Tier.CONTRADICTION,
    "NC204": Tier.CONTRADICTION, "NC205": Tier.DRIFT, "NC206": Tier.CONTRADICTION,
    "NC207": Tier.CONTRADICTION, "NC208": Tier.NOTE,
    "NC301": Tier.CONTRADICTION, "NC302": Tier.CONTRADICTION,
    "NC401": Tier.CONTRADICTION, "NC402": Tier.DRIFT, "NC403": Tier.DRIFT,
    "NC404": Tier.DISPUTED, "NC405": Tier.DRIFT,
    "NC001": Tier.NOTE, "NC002": Tier.NOTE,
}  # fmt: skip


def tier_of(finding: Finding) -> Tier:
    """The rule's tier; a plugin's rule by severity (a warning that relates two places
    is drift, one about a single figure a note)."""
    known = RULE_TIERS.get(finding.rule)
    if known is not None:
        return known
    if finding.severity is Severity.ERROR:
        return Tier.CONTRADICTION
    if finding.severity is Severity.WARNING and finding.related:
        return Tier.DRIFT
    return Tier.NOTE


Place = tuple[str, int, int]  # (path, start, end)


def place_of(location: Location) -> Place:
    return (location.path, location.start, location.end)


@dataclass(frozen=True, slots=True)
class Verdict:
    """One figure's verdict: its tier, the findings naming it and its counterparts."""

    tier: Tier
    findings: tuple[int, ...]  # indexes into the report's findings
    peers: int  # other figures of the same measure in the run


class ClaimLookup:
    """Claims by place, and the claims a span touches (findings whose span is wider
    or narrower than a figure still name it)."""

    def __init__(self, claims: Mapping[str, Sequence[Claim]]) -> None:
        self.by_path = {path: sorted(cs, key=lambda c: c.location.start)
                        for path, cs in claims.items()}
        self._starts = {path: [c.location.start for c in cs] for path, cs in self.by_path.items()}
        self.exact = {place_of(c.location): c for cs in self.by_path.values() for c in cs}

    def at(self, location: Location) -> list[Claim]:
        found = self.exact.get(place_of(location))
        if found is not None:
            return [found]
        if location.end <= location.start:
            return []  # an empty span (a plugin fault at the top of a file) names no figure
        claims = self.by_path.get(location.path, [])
        starts = self._starts.get(location.path, [])
        right = bisect.bisect_left(starts, location.end)
        return [c for c in claims[:right]
                if c.location.end > location.start and c.location.start < location.end]


def verdicts(findings: Sequence[Finding], lookup: ClaimLookup) -> dict[Place, Verdict]:
    """Every claim's verdict, by place."""
    named: dict[Place, list[int]] = {}
    for index, finding in enumerate(findings):
        for location in (finding.location, *finding.related):
            for claim in lookup.at(location):
                named.setdefault(place_of(claim.location), []).append(index)
    peers = _peers(lookup.exact.values())
    out: dict[Place, Verdict] = {}
    for place in lookup.exact:
        indexes = tuple(dict.fromkeys(named.get(place, ())))
        count = peers.get(place, 0)
        if indexes:
            tier = min((tier_of(findings[i]) for i in indexes), key=lambda t: t.rank)
        else:
            tier = Tier.CONSISTENT if count else Tier.NOT_COMPARED
        out[place] = Verdict(tier, indexes, count)
    return out


def _peers(claims: Iterable[Claim]) -> dict[Place, int]:
    """How many other figures share each comparable figure's measure (drift's block key)."""
    from numcheck.checkers.drift.align import alignable, block_key

    keyed = [(place_of(c.location), block_key(c)) for c in claims if alignable(c)]
    sizes = Counter(key for _, key in keyed)
    return {place: sizes[key] - 1 for place, key in keyed if sizes[key] > 1}


__all__ = [
    "RULE_TIERS",
    "TIER_STYLES",
    "ClaimLookup",
    "Place",
    "Tier",
    "TierStyle",
    "Verdict",
    "place_of",
    "tier_of",
    "verdicts",
]
