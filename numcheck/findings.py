"""Rules and the Finding value object that checkers produce and formatters render.

A checker creates ``Finding(rule="NC101", message=..., location=...)``; the engine
fills ``name``, ``severity`` and ``plugin`` from the rule registry, so a checker
never repeats its rule's metadata.
"""

from __future__ import annotations

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
