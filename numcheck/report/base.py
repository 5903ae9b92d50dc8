"""The Report a run produces and the Formatter interface that renders it.

Formatters never re-run checks: they turn a finished Report into a string.
Output must be deterministic: the same Report renders to the same string, so the
Report carries everything a format needs (rules, fingerprints, source lines) and
the helpers here give every format the same JSON shapes and counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from numcheck.document import Document
from numcheck.errors import InputError
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.fingerprint import fingerprint_map

if TYPE_CHECKING:
    from numcheck.claims import Claim
    from numcheck.settings import Settings

JSON_VERSION = 1


@dataclass(frozen=True)
class Report:
    """Findings in output order plus what formats need to render them.

    ``documents`` (by path) supply the source lines of the ``full`` format; a
    finding whose document is absent is shown without an excerpt. ``fingerprints``
    (``id(finding) -> hash``) are computed from the findings when not given.
    ``claims`` (by path) are every figure the run read, each with its quantity, for
    formats that show the figures themselves (``html``); ``settings`` are the run's
    resolved settings. Both are references to what the run already holds: other
    formats ignore them at no cost.
    ``fail_on`` is the run's threshold (JUnit marks only findings at or above it as
    failures); ``hidden`` counts what the workflow did not report (suppressed,
    baselined, outside ``--changed-since``); ``errors`` are the inputs that could
    not be read; ``docs_url`` is the config's ``docs-url`` (SARIF ``helpUri``).
    """

    findings: Sequence[Finding]
    rules: Mapping[str, Rule]  # by code
    documents: Mapping[str, Document] = field(default_factory=dict)  # by path
    files_checked: int = 0
    tool_version: str = ""
    fingerprints: Mapping[int, str] = field(default_factory=dict)  # id(finding) -> hash
    claims: Mapping[str, Sequence[Claim]] = field(default_factory=dict)  # by path
    settings: Settings | None = None
    fail_on: Severity = Severity.ERROR
    hidden: Hidden = field(default_factory=lambda: Hidden())
    errors: Sequence[InputError] = ()
    docs_url: str | None = None
    verbosity: int = 0  # -1 quiet (no summary line in text formats), 0, 1 verbose

    def __post_init__(self) -> None:
        if not self.tool_version:
            from numcheck import __version__

            object.__setattr__(self, "tool_version", __version__)
        if not self.fingerprints and self.findings:
            object.__setattr__(self, "fingerprints", fingerprint_map(self.findings))

    def fingerprint(self, finding: Finding) -> str:
        return self.fingerprints[id(finding)]

    def source_line(self, path: str, line: int) -> str | None:
        """The text of a 1-based line of a document, without its line ending."""
        document = self.documents.get(path)
        if document is None or line < 1 or line > len(document.lines.line_starts):
            return None
        start, end = document.lines.line_span(line, document.text)
        return document.text[start:end].rstrip("\r")

    def failing(self, finding: Finding) -> bool:
        """Is ``finding`` at or above ``fail_on`` (what makes the run exit 1)?"""
        return finding.severity.rank >= self.fail_on.rank

    @property
    def failed(self) -> bool:
        """Findings at or above ``fail_on``, or an input that could not be read."""
        return bool(self.errors) or any(self.failing(f) for f in self.findings)

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for f in self.findings)

    def summary(self) -> dict[str, Any]:
        """The ``summary`` object of the JSON format."""
        counts = self.counts()
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "findings": len(self.findings),
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "infos": counts[Severity.INFO],
            "files": self.files_checked,
            "files_with_findings": len({f.location.path for f in self.findings}),
            "rules": {code: by_rule[code] for code in sorted(by_rule)},
            "suppressed": self.hidden.suppressed,
            "baselined": self.hidden.baselined,
            "unchanged": self.hidden.unchanged,
        }

    def summary_line(self) -> str:
        """ "3 findings (1 error, 2 warnings) in 5 files" """
        counts = self.counts()
        parts = [
            plural(counts[severity], label)
            for severity, label in (
                (Severity.ERROR, "error"),
                (Severity.WARNING, "warning"),
                (Severity.INFO, "info"),
            )
            if counts[severity]
        ]
        detail = f" ({', '.join(parts)})" if parts else ""
        files = plural(self.files_checked, "file")
        line = f"{plural(len(self.findings), 'finding')}{detail} in {files}"
        hidden = self.hidden.describe()
        return f"{line}; {hidden}" if hidden else line


class Hidden(NamedTuple):
    """How many findings the workflow kept out of the report, and why."""

    suppressed: int = 0  # by suppression comments in the copy
    baselined: int = 0  # recorded in --baseline
    unchanged: int = 0  # on lines --changed-since did not touch

    def describe(self) -> str:
        """ "2 hidden by the baseline, 1 by suppression comments" (empty when none)."""
        parts = [(self.baselined, "the baseline"), (self.suppressed, "suppression comments"),
                 (self.unchanged, "--changed-since (unchanged lines)")]
        shown = [(n, why) for n, why in parts if n]
        if not shown:
            return ""
        (first, why), rest = shown[0], shown[1:]
        return ", ".join([f"{first} hidden by {why}", *(f"{n} by {w}" for n, w in rest)])


class Formatter(Protocol):
    name: str
    description: str

    def render(self, report: Report) -> str: ...


def by_path(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped per file, files in first-seen order, findings in order."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.location.path, []).append(finding)
    return groups


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 or word == "info" else "s")


def one_line(text: str) -> str:
    """Messages on one line: a plugin's newlines must not break line-based formats."""
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


QUOTE_NOTE = "(in a direct quote)"


def display_message(finding: Finding) -> str:
    """The message as shown to an editor: a finding whose figure stands in a direct
    quote says so once (checkers may already place the note beside the figure)."""
    if finding.in_quote and QUOTE_NOTE not in finding.message:
        return f"{finding.message} {QUOTE_NOTE}"
    return finding.message


def location_json(location: Location) -> dict[str, Any]:
    return {
        "path": location.path,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "text": location.text,
    }


def finding_json(finding: Finding, fingerprint: str) -> dict[str, Any]:
    """One finding in the versioned JSON schema (docs/users/output-formats.md)."""
    fix = finding.fix
    return {
        "rule": finding.rule,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        **location_json(finding.location),
        "related": [location_json(loc) for loc in finding.related],
        "plugin": finding.plugin,
        "fingerprint": fingerprint,
        "in_quote": finding.in_quote,
        "fix": None
        if fix is None
        else {
            "message": fix.message,
            "safe": fix.safe,
            "replacements": [
                {"start": r.start, "end": r.end, "content": r.content} for r in fix.replacements
            ],
        },
    }
