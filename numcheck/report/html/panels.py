"""A finding's figures side by side: each place's phrase, claimant, date and bounds,
drawn on one shared number line (and, for in-article arithmetic, the parts, their
sum and the stated total).

Bounds are drawn in the unit of the first figure; a figure in another convertible
unit (miles against kilometres) is converted, one of another dimension is listed
but not drawn, and so is a figure that is not an amount (a date, a day count).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import reduce

from numcheck.claims import Claim, Scope
from numcheck.findings import Finding, Location
from numcheck.interval import Interval
from numcheck.report.html.numberline import LineInput, NumberLine, interval_text, number_line
from numcheck.report.html.verdicts import ClaimLookup

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CONTEXT = 110  # characters of the sentence shown on each side of the figure


@dataclass(frozen=True, slots=True)
class Context:
    """The sentence around a figure, cut where long: before, figure, after."""

    before: str
    figure: str
    after: str


@dataclass(frozen=True, slots=True)
class PanelRow:
    letter: str
    role: str  # "figure", "part", "sum", "total"
    phrase: str
    context: Context | None
    source: str
    claimant: str
    date: str
    hard: str
    soft: str
    href: str | None
    where: str  # path:line:col
    drawn: bool


@dataclass(frozen=True, slots=True)
class Line:
    caption: str
    line: NumberLine
    label: str  # the line in words, for screen readers


@dataclass(frozen=True, slots=True)
class Panel:
    kind: str  # "sources", "arithmetic" or "figures"
    title: str
    rows: tuple[PanelRow, ...]
    lines: tuple[Line, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Item:
    letter: str
    role: str
    claim: Claim | None
    location: Location
    hard: Interval | None = None  # in the line's unit, when drawable
    soft: Interval | None = None
    value: float | None = None


Href = Callable[[Location], str | None]


def panel(finding: Finding, lookup: ClaimLookup, texts: dict[str, str], href: Href,
          totals: frozenset[str]) -> Panel | None:
    """The panel of a finding that relates two places or more, else None."""
    locations = [finding.location, *finding.related]
    if len(locations) < 2:
        return None
    claims = [next(iter(lookup.at(loc)), None) for loc in locations]
    split = _parts_and_wholes([c for c in claims if c is not None], totals)
    if len({loc.path for loc in locations}) > 1:
        kind, title = "sources", "The same figure across sources"
    elif split is not None and len(split[0]) + len(split[1]) == len(locations):
        kind, title = "arithmetic", "The parts, their sum and the stated total"
    else:
        kind, title = "figures", "The figures compared"
    base = next((c for c in claims if c is not None and c.quantity.is_amount), None)
    if kind == "arithmetic" and split is not None:
        parts, wholes = split
        items = [_item(LETTERS[i], "part", c, c.location, base) for i, c in enumerate(parts)]
        summed = _sum(items) if len(parts) > 1 else None
        if summed is not None:
            items.append(summed)
        items += [_item(LETTERS[len(parts) + i], "total", c, c.location, base)
                  for i, c in enumerate(wholes)]
    else:
        items = [_item(LETTERS[i % 26], "figure", c, loc, base)
                 for i, (c, loc) in enumerate(zip(claims, locations, strict=True))]
    lines = _lines(kind, items)
    rows = tuple(_row(item, texts, href) for item in items)
    notes = tuple(f"{r.letter} ({r.phrase}) is not on the line: another unit or not an amount."
                  for r in rows if not r.drawn and r.role != "sum")
    return Panel(kind, title, rows, lines, notes)


def _parts_and_wholes(claims: Sequence[Claim],
                      totals: frozenset[str]) -> tuple[list[Claim], list[Claim]] | None:
    """Wholes are what another figure is part of ("including"), or totals by their
    measure (casualties = killed + wounded); the rest are parts. None if either is
    missing or the figures do not share one dimension."""
    if len({c.key.dimension for c in claims}) != 1 or not all(c.quantity.is_amount
                                                              for c in claims):
        return None
    starts = {c.part_of for c in claims if c.part_of is not None}
    wholes = [c for c in claims
              if c.location.start in starts or (c.key.event or "").lower() in totals]
    parts = [c for c in claims if c not in wholes]
    return (parts, wholes) if parts and wholes else None


def _item(letter: str, role: str, claim: Claim | None, location: Location,
          base: Claim | None) -> _Item:
    if claim is None or base is None or not claim.quantity.is_amount:
        return _Item(letter, role, claim, location)
    if claim.key.dimension != base.key.dimension:
        return _Item(letter, role, claim, location)
    from numcheck.checkers.drift.alignment import conversion

    q = claim.quantity
    factor = conversion(q.unit, base.quantity.unit)
    if factor is None:
        return _Item(letter, role, claim, location)
    scale, offset = factor
    value = None if q.value is None else q.value * scale + offset
    return _Item(letter, role, claim, location, q.hard.scaled(scale, offset),
                 q.soft.scaled(scale, offset), value)


def _sum(parts: Sequence[_Item]) -> _Item | None:
    """Σ: the Minkowski sum of the parts' bounds (every total their words allow)."""
    drawn = [p for p in parts if p.hard is not None and p.soft is not None]
    if len(drawn) != len(parts):
        return None
    hard = reduce(lambda a, b: a + b, (p.hard for p in drawn if p.hard is not None))
    soft = reduce(lambda a, b: a + b, (p.soft for p in drawn if p.soft is not None))
    values = [p.value for p in drawn]
    value = None if None in values else sum(v for v in values if v is not None)
    where = parts[0].location
    return _Item("Σ", "sum", None, where, hard, soft, value)


def _lines(kind: str, items: Sequence[_Item]) -> tuple[Line, ...]:
    drawn = [i for i in items if i.hard is not None]
    if len(drawn) < 2:
        return ()
    lines = [_line("All figures on one scale", drawn)]
    compared = [i for i in drawn if i.role in ("sum", "total")]
    if kind == "arithmetic" and any(i.role == "sum" for i in compared) and len(compared) > 1:
        lines.append(_line("The sum of the parts against the stated total, closer", compared))
    return tuple(lines)


def _line(caption: str, items: Sequence[_Item]) -> Line:
    inputs = []
    words = []
    for item in items:
        assert item.hard is not None
        assert item.soft is not None
        hard, soft = interval_text(item.hard), interval_text(item.soft)
        phrase = "sum of the parts" if item.claim is None else item.claim.quantity.text
        inputs.append(LineInput(item.letter, item.hard, item.soft, item.value,
                                f"{item.letter}: {phrase} — words allow {hard}, "
                                f"usual reading {soft}"))
        words.append(f"{item.letter} {phrase}: {hard}")
    label = f"Number line. {caption}: " + "; ".join(words) + "."
    return Line(caption, number_line(inputs), label)


def _row(item: _Item, texts: dict[str, str], href: Href) -> PanelRow:
    claim, loc = item.claim, item.location
    where = f"{loc.path}:{loc.line}:{loc.column}"
    if item.role == "sum":
        return PanelRow(item.letter, "sum", "sum of the parts", None, "", "", "",
                        _opt(item.hard), _opt(item.soft), None, "", item.hard is not None)
    if claim is None:
        return PanelRow(item.letter, item.role, loc.text, None, loc.path, "", "", "", "",
                        href(loc), where, False)
    q = claim.quantity
    source = "desk sheet" if claim.scope is Scope.REFERENCE else (claim.source or "unknown source")
    unit = f" {q.unit}" if q.unit else ""
    return PanelRow(
        letter=item.letter, role=item.role, phrase=q.text,
        context=_context(claim, texts.get(loc.path)), source=source,
        claimant=claim.claimant or "not named",
        date=claim.date.isoformat() if claim.date else "undated",
        hard=interval_text(q.hard) + unit, soft=interval_text(q.soft) + unit,
        href=href(loc), where=where, drawn=item.hard is not None,
    )


def _opt(interval: Interval | None) -> str:
    return "" if interval is None else interval_text(interval)


def _context(claim: Claim, text: str | None) -> Context | None:
    start, end = claim.sentence
    if text is None or end <= start:
        return None
    figure_start, figure_end = claim.location.start, claim.location.end
    if not start <= figure_start <= figure_end <= end:
        return None
    before = text[max(start, figure_start - CONTEXT):figure_start]
    after = text[figure_end:min(end, figure_end + CONTEXT)]
    if figure_start - CONTEXT > start:  # cut at a word boundary
        before = "…" + before[before.find(" ") + 1:]
    if figure_end + CONTEXT < end:
        after = after[:after.rfind(" ")] + "…" if " " in after else after + "…"
    return Context(before, text[figure_start:figure_end], after)


__all__ = ["Context", "Href", "Line", "Panel", "PanelRow", "panel"]
