"""Drift findings and their words: one finding per (claim, rule), each figure as written,
with its quote marker, claimant and (when the dates differ) its date."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from numcheck.checkers.drift.align import days_apart, norm
from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.reference import sheet_label
from numcheck.checkers.drift.verdicts import FELL, NARROWED, RETOLD, UNIT_SWAP, Verdict
from numcheck.checkers.drift.widened import WIDENED, content, joined
from numcheck.claims import Claim, Scope
from numcheck.findings import Finding, Location
from numcheck.lexicon import Lexicon

__all__ = ["describe", "findings_from", "loc_key"]

LocKey = tuple[str, int, int]


def loc_key(loc: Location) -> LocKey:
    return (loc.path, loc.start, loc.end)


def findings_from(
    verdicts: Sequence[Verdict],
    refs: Mapping[LocKey, Claim],
    limit: int,
    alignment: Alignment | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Finding]:
    """One finding per (claim, rule): the verdict against the closest source speaks,
    the other places are related (each place once, however many pairs led to it).
    ``texts`` (path -> text) lets messages name a claimant as the copy does ("the
    army", not "army")."""
    words = _Words(refs, alignment or Alignment.from_lexicon(), texts or {})
    grouped: dict[tuple[LocKey, str], dict[LocKey, Verdict]] = {}
    for verdict in verdicts:
        key = (loc_key(verdict.primary.claim.location), verdict.rule)
        grouped.setdefault(key, {}).setdefault(loc_key(verdict.other.claim.location), verdict)
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
    apart = days_apart(v.primary.date, v.other.date)
    return (not v.other.reference, apart or 0, v.other.order)


def describe(claim: Claim) -> str:
    """'russian soldier killed': the key in words, without implied qualifiers."""
    key = claim.key
    implied = Lexicon.default()["measures"].get("thing_qualifiers", {}).get(key.thing, [])
    words = [q for q in key.qualifiers if q != key.thing and q not in implied]
    words += [key.thing or "", key.event or ""]
    text = " ".join(w for w in words if w)
    return text if key.dimension == "count" else f"{text} [{key.dimension}]"


def _what(claim: Claim) -> str:
    """What a figure counts, for a message: ``describe``, with its dimension written
    once ("boat [length]", not "boat [[length]]"), and for a figure whose key names
    nothing the dimension alone ("[length]"), never an empty "( [[length]])"."""
    said = describe(claim).replace("[[", "[").replace("]]", "]").strip()
    return said or "count"


class _Words(NamedTuple):
    """Messages: each figure with its own quote marker and attribution, so they read
    the same for any claimant ("according to rescuers", "according to the army")."""

    refs: Mapping[LocKey, Claim]
    alignment: Alignment
    texts: Mapping[str, str]

    def message(self, v: Verdict) -> str:
        mine, other = v.primary.claim, v.other.claim
        what = _what(mine)
        if v.rule == "NC401":
            why = {FELL: "both cannot be true; a cumulative figure cannot fall",
                   UNIT_SWAP: "the same number in another unit"}.get(v.reason,
                                                                    "both cannot be true")
            return f"{_fig(mine)} ({what}) contradicts {self.there(other)}: {why}"
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
        if v.reason == "sibling measure":
            return (f"{_fig(mine)} ({_what(mine)}) is the same figure as "
                    f"{self.there(other, what=True)}, but '{_said(mine)}' and "
                    f"'{_said(other)}' are different measures")  # fmt: skip
        if v.reason == RETOLD and v.owner is not None:
            return (f"{_fig(mine)} ({_what(mine)}) is the figure {self.there(other)} "
                    f"gives for {_what(other)}, not for {_what(mine)}, which it gives "
                    f"as '{v.owner.quantity.text}': one of the two retold it as the wrong "
                    f"measure")
        if v.reason == RETOLD and v.echo is not None:
            return (f"{_fig(mine)} ({_what(mine)}) is the figure {self.there(other)} "
                    f"gives for {_what(v.echo)} ('{v.echo.quantity.text}'), not for "
                    f"{_what(other)}: one of the two retold it as the wrong measure")
        if v.reason == WIDENED:
            event = mine.key.event or ""
            forms = [f for e, f in self.alignment.event_forms if e == event]
            others = [f for e, f in self.alignment.event_forms if e != event]
            join = self.alignment.joins
            word = joined(mine, self.texts.get(mine.location.path), forms,
                          content(others, join) - content(forms, join), join) or "another"
            return (f"{_fig(mine)} ({_what(mine)}) is the same figure as "
                    f"{self.there(other, what=True)}, but it counts '{event} or {word}', "
                    f"the other '{event}' alone")
        if v.reason == NARROWED:
            return (f"{_fig(mine)} ({_what(mine)}) is the same figure as "
                    f"{self.there(other, what=True)}, but '{' '.join(sorted(v.primary.narrow))}'"
                    f" and '{' '.join(sorted(v.other.narrow))}' are different measures")
        if v.reason == "sibling thing":
            return (f"{_fig(mine)} ({_what(mine)}) is the same figure as "
                    f"{self.there(other, what=True)}, but '{mine.key.thing}' and "
                    f"'{other.key.thing}' count different things")  # fmt: skip
        if v.reason == "sibling":
            return (f"{_fig(mine)} ({_what(mine)}) is the same figure as "
                    f"{self.there(other, what=True)}, but '{mine.key.event}' and "
                    f"'{other.key.event}' are different measures")  # fmt: skip
        whole = mine if v.whole is v.primary else other
        if v.reason == "fewer":
            link = "is fewer than" if whole is mine else "is more than"
        else:
            link = "is about the same figure as"
        parts = sorted(self.alignment.composites.get(norm(whole.key.event or ""), ()))
        counts = f", but '{whole.key.event}' counts {' + '.join(parts)}" if parts else ""
        return f"{_fig(mine)} ({_what(mine)}) {link} {self.there(other, what=True)}{counts}"

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
        figure = self.refs.get(loc_key(loc))
        if figure is not None:
            written = figure.location.text
            return f"the desk sheet, which says '{written}' ({sheet_label(figure)}) at {where}"
        measured = f" {_what(claim)}" if what else ""
        return f"{_fig(claim)}{measured}{self.by(claim)}{_when(claim, dated)} at {where}"


def _fig(claim: Claim) -> str:
    """The figure as written, marked right there when it sits inside a direct quote."""
    text = f"'{claim.quantity.text}'"
    return text + " (in a direct quote)" if claim.scope is Scope.QUOTE else text


def _when(claim: Claim, dated: bool) -> str:
    return f" ({_date(claim)})" if dated else ""


def _date(claim: Claim) -> str:
    return claim.date.isoformat() if claim.date else "undated"


def _said(claim: Claim) -> str:
    """A measured figure's descriptor as words: ("wind", "sustained") -> "sustained wind"."""
    head, *words = claim.measure
    return " ".join((*words, head.replace("_", " ")))
