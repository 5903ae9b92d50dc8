"""Drift between sources (NC4xx): the same figure told differently by different articles.

Claims of all documents (and of the desk's reference sheet) are aligned through
numcheck.align's index, within each story set; each aligned pair gets at most one
tiered verdict: contradiction (hard bounds disjoint, one party), drift (soft bounds
or hedge directions disagree), measure drift (killed vs casualties), disputed
(different parties, whatever the dates: both sides shown) and stale (an older
cumulative figure of the same party). Each claim gets at most one finding per rule,
naming the other places as related locations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.align import (
    Alignment,
    ClaimIndex,
    Entry,
    Pair,
    Relation,
    days_apart,
    norm,
    parties_differ,
    story_of,
)
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.interval import INF, Interval
from numcheck.lexicon import Lexicon
from numcheck.quantity import Bound
from numcheck.reference import ReferenceFigure, load_references

PLUGIN = "drift"
_BELOW = frozenset({Bound.BELOW, Bound.LT, Bound.LE})
_ABOVE = frozenset({Bound.ABOVE, Bound.GT, Bound.GE})

RULES = (
    Rule(
        "NC401",
        "source-contradiction",
        Severity.ERROR,
        "Two sources give the same figure values that cannot both be true.",
        "The same party (or an unknown one) gives figures for one measure, window and date "
        "whose hard bounds are disjoint: 'nearly 500' and '612'.",
    ),
    Rule(
        "NC402",
        "source-drift",
        Severity.WARNING,
        "Two sources' figures only meet at the edges of what their words allow.",
        "The hard bounds meet but the pragmatic readings do not, or the hedges point opposite "
        "ways: 'up to 2,000' against 'at least 2,000'.",
    ),
    Rule(
        "NC403",
        "measure-drift",
        Severity.WARNING,
        "One source counts a part (killed) where another counts the whole (casualties).",
        "Casualties are killed plus wounded. The same number given as 'killed' in one place "
        "and as 'casualties' in another, or fewer casualties than killed, is measure drift.",
    ),
    Rule(
        "NC404",
        "disputed-figure",
        Severity.INFO,
        "Different parties give different figures: both sides are shown.",
        "Not an error in the copy: attribute each figure to its claimant. Applies across "
        "dates too: a later figure from another party is a dispute, not an update.",
    ),
    Rule(
        "NC405",
        "stale-figure",
        Severity.INFO,
        "An older article's cumulative figure has been overtaken by a newer one.",
        "Cumulative tolls grow; when the same party (or an unnamed one) later gives a "
        "higher figure, both dates are shown so the desk can update the older figure.",
    ),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: str
    primary: Entry
    other: Entry
    reason: str = ""
    whole: Entry | None = None  # for measure drift: the composite (casualties) side


@dataclass(frozen=True)
class Options:
    cap: int = 64
    max_related: int = 5
    stale_days: int = 1

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Options:
        known = {k: int(v) for k, v in raw.items() if k in ("cap", "max_related", "stale_days")}
        return cls(**known)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def numcheck_check_corpus(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    options = Options.of(context.options(PLUGIN))
    lexicon = context.extras.get("lexicon")
    lexicon = lexicon if isinstance(lexicon, Lexicon) else None
    figures = load_references(
        context.settings.reference, lexicon, tolerance=context.settings.tolerance
    )
    refs = {_loc_key(f.claim.location): f for f in figures}
    seen = {_loc_key(c.location) for c in claims}
    everything = [*claims, *(f.claim for f in figures if _loc_key(f.claim.location) not in seen)]
    alignment = Alignment.from_lexicon(lexicon)
    index = ClaimIndex(
        everything,
        alignment,
        cap=options.cap,
        reference_paths={f.claim.location.path for f in figures},
        story=story_of(documents, context.settings.story_scope),
    )
    verdicts = (judge(pair, alignment, options.stale_days) for pair in index.pairs())
    texts = {d.path: d.text for d in documents}
    return findings_from(
        [v for v in verdicts if v is not None], refs, options.max_related, alignment, texts
    )


def judge(pair: Pair, alignment: Alignment, stale_days: int = 1) -> Verdict | None:
    """The one verdict a pair deserves, or None when the figures agree.

    Different parties that disagree are disputed whatever the dates. Across days (at
    least ``stale_days`` apart) only cumulative events are compared, and not in a
    rolling window ("last 24 hours"); then, for one party (or an unnamed one), a
    lower older figure is stale and a lower newer figure is a contradiction.
    """
    if pair.relation is Relation.COMPOSITE:
        return _judge_composite(pair.first, pair.second)
    a, b = pair.first, pair.second
    apart = days_apart(a.claim.date, b.claim.date)
    if apart is not None and apart >= stale_days:
        if not alignment.is_cumulative(a.claim.key.event) or alignment.is_rolling(a.window):
            return None  # a level, or a rolling window, on another day is another fact
        if _parties_differ(a, b):
            return Verdict("NC404", *_primary(a, b)) if _apart(a, b) else None
        old, new = sorted((a, b), key=lambda e: e.order)
        if not _disagree(old, new):
            return None
        if _below(new.hard, old.hard):
            return Verdict("NC401", *_primary(new, old), reason="a cumulative figure fell")
        if _below(old.hard, new.hard) or _below(old.soft, new.soft):
            primary, other = (new, old) if old.reference else (old, new)
            return Verdict("NC405", primary, other)
        return None
    if _parties_differ(a, b):
        return Verdict("NC404", *_primary(a, b)) if _apart(a, b) else None
    if not a.hard.intersects(b.hard):
        return Verdict("NC401", *_primary(a, b))
    if not a.soft.intersects(b.soft):
        return Verdict("NC402", *_primary(a, b), reason="their usual readings do not overlap")
    if _opposite_hedges(a, b):
        return Verdict("NC402", *_primary(a, b), reason="the hedges point opposite ways")
    return None


def _judge_composite(part: Entry, whole: Entry) -> Verdict | None:
    at_least_part = Interval(part.hard.low, INF, part.hard.low_closed, False)
    if not whole.hard.intersects(at_least_part):
        return Verdict("NC403", *_primary(part, whole), reason="fewer", whole=whole)
    if whole.hard.intersects(part.hard):
        return Verdict("NC403", *_primary(part, whole), reason="same", whole=whole)
    return None


def _disagree(a: Entry, b: Entry) -> bool:
    return not a.hard.intersects(b.hard) or not a.soft.intersects(b.soft)


def _apart(a: Entry, b: Entry) -> bool:
    """Two parties disagree when a gap separates their figures: "nearly 500" and "as
    low as 500" only meet at an open end, which is wording, not another figure."""
    return a.hard.gap(b.hard) > 0 or a.soft.gap(b.soft) > 0


def _below(low: Interval, high: Interval) -> bool:
    """Every value of ``low`` is under every value of ``high``."""
    return not low.intersects(high) and low.high <= high.low


def _parties_differ(a: Entry, b: Entry) -> bool:
    return parties_differ(a.party, b.party)


def _opposite_hedges(a: Entry, b: Entry) -> bool:
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa.value is None or qa.value != qb.value:
        return False
    bounds = {qa.bound, qb.bound}
    return bool(bounds & _BELOW) and bool(bounds & _ABOVE)


def _primary(a: Entry, b: Entry) -> tuple[Entry, Entry]:
    """The finding sits on the newer article's claim; never on the reference sheet."""
    if a.reference != b.reference:
        return (b, a) if a.reference else (a, b)
    return (a, b) if a.order > b.order else (b, a)


def _loc_key(loc: Location) -> tuple[str, int, int]:
    return (loc.path, loc.start, loc.end)


def findings_from(
    verdicts: Sequence[Verdict],
    refs: Mapping[tuple[str, int, int], ReferenceFigure],
    limit: int,
    alignment: Alignment | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Finding]:
    """One finding per (claim, rule): the verdict against the closest source speaks,
    the other places are related (each place once, however many pairs led to it).
    ``texts`` (path -> text) lets messages name a claimant as the copy does ("the
    army", not "army")."""
    words = _Words(refs, alignment or Alignment.from_lexicon(), texts or {})
    grouped: dict[tuple[tuple[str, int, int], str], dict[tuple[str, int, int], Verdict]] = {}
    for verdict in verdicts:
        key = (_loc_key(verdict.primary.claim.location), verdict.rule)
        grouped.setdefault(key, {}).setdefault(_loc_key(verdict.other.claim.location), verdict)
    findings = []
    for by_other in grouped.values():
        group = sorted(by_other.values(), key=_closest_first)
        first = group[0]
        claim = first.primary.claim
        others = [v.other.claim.location for v in group[:limit]]
        message = words.message(first)
        if len(group) > 1:
            message += f" (and {len(group) - 1} more source{'s' if len(group) > 2 else ''})"
        findings.append(
            Finding(
                rule=first.rule,
                message=message,
                location=claim.location,
                related=tuple(others),
                in_quote=claim.scope is Scope.QUOTE,
                subject=f"{describe(claim)}: {claim.quantity.text}",
            )
        )
    return findings


def _closest_first(v: Verdict) -> tuple[bool, int, tuple[str, str, int]]:
    """The desk sheet first, then the sources nearest in time (the same news cycle)."""
    apart = days_apart(v.primary.claim.date, v.other.claim.date)
    return (not v.other.reference, apart or 0, v.other.order)


def describe(claim: Claim) -> str:
    """'russian soldier killed': the key in words, without implied qualifiers."""
    key = claim.key
    implied = Lexicon.default()["measures"].get("thing_qualifiers", {}).get(key.thing, [])
    words = [q for q in key.qualifiers if q != key.thing and q not in implied]
    words += [key.thing or "", key.event or ""]
    text = " ".join(w for w in words if w)
    return text if key.dimension == "count" else f"{text} [{key.dimension}]"


@dataclass(frozen=True)
class _Words:
    """Messages: each figure with its own quote marker and attribution, so they read
    the same for any claimant ("according to rescuers", "according to the army")."""

    refs: Mapping[tuple[str, int, int], ReferenceFigure]
    alignment: Alignment
    texts: Mapping[str, str]

    def message(self, v: Verdict) -> str:
        mine, other = v.primary.claim, v.other.claim
        what = describe(mine)
        if v.rule == "NC401":
            tail = "; a cumulative figure cannot fall" if v.reason else ""
            return (f"{_fig(mine)} ({what}) contradicts {self.there(other)}: "
                    f"both cannot be true{tail}")  # fmt: skip
        if v.rule == "NC402":
            return f"{_fig(mine)} ({what}) drifts from {self.there(other)}: {v.reason}"
        if v.rule == "NC403":
            return self._measure(v)
        if v.rule == "NC404":
            dated = None not in (mine.date, other.date) and mine.date != other.date
            return (f"disputed figure ({what}): {_fig(mine)}{self.by(mine)}{_when(mine, dated)}; "
                    f"{self.there(other, dated=dated)}")  # fmt: skip
        return (f"{_fig(mine)} ({what}) dated {_date(mine)} is older than "
                f"{self.there(other)}, dated {_date(other)}: the figure has moved on")  # fmt: skip

    def _measure(self, v: Verdict) -> str:
        """'about 800' (civilian casualties) is about the same figure as 'more than 800'
        civilian killed according to ... at ..., but 'casualties' counts killed + wounded."""
        mine, other = v.primary.claim, v.other.claim
        whole = mine if v.whole is v.primary else other
        if v.reason == "fewer":
            link = "is fewer than" if whole is mine else "is more than"
        else:
            link = "is about the same figure as"
        parts = sorted(self.alignment.composites.get(norm(whole.key.event or ""), ()))
        counts = f", but '{whole.key.event}' counts {' + '.join(parts)}" if parts else ""
        return f"{_fig(mine)} ({describe(mine)}) {link} {self.there(other, what=True)}{counts}"

    def by(self, claim: Claim) -> str:
        """' according to the army': the claimant as it reads mid-sentence."""
        who = (claim.claimant or "").strip()
        if not who:
            return ""
        first, _, rest = who.partition(" ")
        if first.lower() in self.alignment.noise:
            if first[:1].isupper():
                who = f"{first.lower()} {rest}".strip()
        elif self._has_article(claim, who):
            who = f"the {who}"
        return f" according to {who}"

    def _has_article(self, claim: Claim, who: str) -> bool:
        """Whether the copy says "the army" where the extractor kept "army"."""
        text = self.texts.get(claim.location.path)
        if text is None or who[:1].isupper():
            return False
        start, end = claim.sentence
        sentence = text[start:end] if end > start else text
        return re.search(r"(?i)\bthe\s+" + re.escape(who) + r"\b", sentence) is not None

    def there(self, claim: Claim, *, dated: bool = False, what: bool = False) -> str:
        loc = claim.location
        where = f"{loc.path}:{loc.line}:{loc.column}"
        figure = self.refs.get(_loc_key(loc))
        if figure is not None:
            return f"the desk sheet, which says '{figure.written}' ({figure.label}) at {where}"
        measured = f" {describe(claim)}" if what else ""
        return f"{_fig(claim)}{measured}{self.by(claim)}{_when(claim, dated)} at {where}"


def _fig(claim: Claim) -> str:
    """The figure as written, marked right there when it sits inside a direct quote."""
    text = f"'{claim.quantity.text}'"
    return text + " (in a direct quote)" if claim.scope is Scope.QUOTE else text


def _when(claim: Claim, dated: bool) -> str:
    return f" ({_date(claim)})" if dated else ""


def _date(claim: Claim) -> str:
    return claim.date.isoformat() if claim.date else "undated"
