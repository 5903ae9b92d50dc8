"""Rules and the Finding value object that checkers produce and formatters render.

A checker creates ``Finding(rule="NC101", message=..., location=...)``; the engine
fills ``name``, ``severity`` and ``plugin`` from the rule registry, so a checker
never repeats its rule's metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's stable identity and documentation.

    ``code`` is a 1-3 letter prefix plus digits ("NC101"); ``name`` is kebab-case
    ("restated-figure-contradiction"). Both are accepted wherever a rule is named.
    ``description`` is Markdown shown by ``numcheck rule CODE`` and docs/rules.md.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    description: str = ""
    plugin: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """A span in a file: offsets into its text and 1-based line/column."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Replacement:
    """Replace ``text[start:end]`` of the file with ``content``."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Fix:
    message: str
    replacements: tuple[Replacement, ...]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    message: str
    location: Location
    related: tuple[Location, ...] = ()
    name: str = ""
    severity: Severity = Severity.WARNING
    plugin: str = ""
    fix: Fix | None = None
    in_quote: bool = False
    # what the finding is about, independent of line numbers (baseline, fingerprints):
    # e.g. the claim's key and phrase. Defaults to the primary span's text.
    subject: str = ""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.start, loc.end, self.rule, self.message)


class InvalidFinding(ValueError):
    """A plugin's finding that cannot be trusted downstream (wrong type or range)."""


def checked_finding(item: object, text_length: int | None = None) -> Finding:
    """``item`` as a plain, well-formed Finding, or :class:`InvalidFinding` saying why.

    The engine's boundary check: plugins are Python, so nothing stops one from
    putting a list in ``related`` or a string in ``location.line``; downstream code
    (hashing, sorting, formatters, fixes) would then fail far from the cause. The
    result is rebuilt from plain values (no subclasses), so it pickles and hashes.
    ``text_length``, when the document is known, bounds the offsets.
    """
    if not isinstance(item, Finding):
        raise InvalidFinding(f"returned {_kind(item)}, not a Finding")
    for name in ("rule", "message", "name", "plugin", "subject"):
        _expect(getattr(item, name), str, name)
    _expect(item.in_quote, bool, "in_quote")
    if not isinstance(item.severity, Severity):
        raise InvalidFinding(f"Finding.severity is {_kind(item.severity)}, not a Severity")
    related = item.related
    if not isinstance(related, Sequence) or isinstance(related, str):
        raise InvalidFinding(f"Finding.related is {_kind(related)}, not a tuple of Locations")
    return Finding(
        rule=item.rule,
        message=item.message,
        location=_location(item.location, "location", text_length),
        related=tuple(_location(loc, f"related[{i}]", None) for i, loc in enumerate(related)),
        name=item.name,
        severity=Severity(item.severity),
        plugin=item.plugin,
        fix=None if item.fix is None else _fix(item.fix, text_length),
        in_quote=item.in_quote,
        subject=item.subject,
    )


def _kind(value: object) -> str:
    return type(value).__name__


def _expect(value: object, kind: type, field: str) -> None:
    # bool is an int subclass, and True is not a line number
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InvalidFinding(f"Finding.{field} is {_kind(value)}, not {kind.__name__}")


def _location(loc: object, field: str, text_length: int | None) -> Location:
    if not isinstance(loc, Location):
        raise InvalidFinding(f"Finding.{field} is {_kind(loc)}, not a Location")
    _expect(loc.path, str, f"{field}.path")
    _expect(loc.text, str, f"{field}.text")
    for name in ("start", "end", "line", "column", "end_line", "end_column"):
        _expect(getattr(loc, name), int, f"{field}.{name}")
    if not 0 <= loc.start <= loc.end:
        raise InvalidFinding(f"Finding.{field} offsets {loc.start}..{loc.end} are not a span")
    if text_length is not None and loc.end > text_length:
        raise InvalidFinding(f"Finding.{field} ends at {loc.end}, past the end of the "
                             f"document ({text_length} characters)")
    if min(loc.line, loc.column, loc.end_line, loc.end_column) < 1 or loc.end_line < loc.line:
        raise InvalidFinding(f"Finding.{field} lines/columns are 1-based "
                             f"(got {loc.line}:{loc.column}-{loc.end_line}:{loc.end_column})")
    return Location(loc.path, loc.start, loc.end, loc.line, loc.column, loc.end_line,
                    loc.end_column, loc.text)


def _fix(fix: object, text_length: int | None) -> Fix:
    if not isinstance(fix, Fix):
        raise InvalidFinding(f"Finding.fix is {_kind(fix)}, not a Fix")
    _expect(fix.message, str, "fix.message")
    _expect(fix.safe, bool, "fix.safe")
    if not isinstance(fix.replacements, Sequence) or isinstance(fix.replacements, str):
        raise InvalidFinding(f"Finding.fix.replacements is {_kind(fix.replacements)}, "
                             "not a tuple of Replacements")
    out = []
    for i, rep in enumerate(fix.replacements):
        field = f"fix.replacements[{i}]"
        if not isinstance(rep, Replacement):
            raise InvalidFinding(f"Finding.{field} is {_kind(rep)}, not a Replacement")
        _expect(rep.start, int, f"{field}.start")
        _expect(rep.end, int, f"{field}.end")
        _expect(rep.content, str, f"{field}.content")
        limit = text_length if text_length is not None else rep.end
        if not 0 <= rep.start <= rep.end <= limit:
            raise InvalidFinding(f"Finding.{field} offsets {rep.start}..{rep.end} are outside "
                                 "the document")
        out.append(Replacement(rep.start, rep.end, rep.content))
    return Fix(fix.message, tuple(out), fix.safe)


__all__ = [
    "Finding",
    "Fix",
    "InvalidFinding",
    "Location",
    "Replacement",
    "Rule",
    "Severity",
    "checked_finding",
]
