"""The Report a run produces and the Formatter interface that renders it.

Formatters never re-run checks: they turn a finished Report into bytes.
Output must be deterministic: the same Report renders to the same string.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from numcheck.document import Document
from numcheck.findings import Finding, Rule


@dataclass(frozen=True)
class Report:
    findings: Sequence[Finding]
    rules: Mapping[str, Rule]  # by code
    documents: Mapping[str, Document] = field(default_factory=dict)  # by path
    files_checked: int = 0
    tool_version: str = ""
    fingerprints: Mapping[int, str] = field(default_factory=dict)  # id(finding) -> hash


class Formatter(Protocol):
    name: str
    description: str

    def render(self, report: Report) -> str: ...
