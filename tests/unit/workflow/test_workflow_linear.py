"""Suppressions and fingerprints stay linear (issue 11, item 8).

Guarded by counting operations at two sizes, not by timing: 4,000 identical
findings used to cost 8 million salted hashes, and 4,000 ignore comments times
4,000 findings 16 million coverage tests (every finding walked every comment).
benchmarks/workflow_linearity.py shows the times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import numcheck.fingerprint as fingerprint_module
import numcheck.workflow.suppress as suppress_module
from numcheck.document import Directive, DirectiveKind, Document
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.fingerprint import fingerprints
from numcheck.workflow.suppress import apply_suppressions

RULES = {"NC101": Rule("NC101", "restated-figure-contradiction", Severity.ERROR, "r"),
         "NC002": Rule("NC002", "unused-suppression", Severity.WARNING, "u")}


def stacked(n: int, *, nested: bool = False) -> tuple[Document, list[Finding]]:
    """n paragraphs, each an ignore comment and a figure; ``nested``: every comment
    covers to the end of the text (a disable without enable, or an unclosed block)."""
    comment = "<!-- numcheck: ignore[NC101] -->\n"
    paragraph = comment + "34 died.\n\n"
    text = paragraph * n
    directives, findings = [], []
    for i in range(n):
        start = i * len(paragraph)
        figure = start + len(comment)
        end = len(text) if nested else figure + len("34 died.")
        kind = DirectiveKind.DISABLE if nested else DirectiveKind.IGNORE
        directives.append(Directive(kind, ("NC101",), None, start, figure - 1, figure, end))
        findings.append(Finding("NC101", "m", Location("a.md", figure, figure + 2, 2 * i + 1,
                                                        1, 2 * i + 1, 3, "34"),
                                severity=Severity.ERROR))
    document = Document(path="a.md", text=text, prose=text, format="markdown",
                        directives=Walked(directives))
    return document, findings


class Walked(tuple[Directive, ...]):
    """A directives tuple that counts how many items all walks over it yield."""

    steps = 0

    def __iter__(self) -> Iterator[Directive]:
        for item in tuple.__iter__(self):
            Walked.steps += 1
            yield item


def counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls = [0]
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


@pytest.mark.parametrize("nested", [False, True])
def test_suppression_work_grows_linearly(monkeypatch: pytest.MonkeyPatch, nested: bool) -> None:
    calls = counted(monkeypatch, suppress_module, "specificity")
    walked, named = [], []
    for n in (1000, 2000):
        calls[0] = Walked.steps = 0
        document, findings = stacked(n, nested=nested)
        result = apply_suppressions(findings, {"a.md": document}, RULES)
        assert (len(result.kept), len(result.suppressed), len(result.unused)) == (0, n, 0)
        walked.append(Walked.steps)
        named.append(calls[0])
    assert walked[1] <= 2.2 * walked[0]  # every finding walking every comment: 4x
    assert named[1] <= 2.2 * named[0]


def test_identical_findings_get_one_hash_each(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counted(monkeypatch, fingerprint_module, "salted")
    same = [Finding("NC101", "m", Location("a.md", 0, 2, 1, 1, 1, 3, "34"))] * 4000
    prints = fingerprints(same)
    assert len(set(prints)) == 4000
    assert calls[0] == 3999  # the n-th duplicate is salted once, not searched for
