"""Stand-in findings and documents for the workflow units (no parser, no engine)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.document import Directive, DirectiveKind, Document
from numcheck.findings import Finding, Location, Rule, Severity

RULES = {
    r.code: r
    for r in (
        Rule("NC001", "plugin-error", Severity.ERROR, "plugin failed"),
        Rule("NC002", "unused-suppression", Severity.WARNING, "unused"),
        Rule("NC101", "restated-figure-contradiction", Severity.ERROR, "restated"),
        Rule("NC102", "hedge-contradicted", Severity.WARNING, "hedge"),
        Rule("NC201", "percent-change-mismatch", Severity.ERROR, "percent"),
        Rule("NC301", "day-count-mismatch", Severity.WARNING, "days"),
        Rule("AP1", "ap-numerals", Severity.INFO, "style"),
    )
}

FindingFactory = Callable[..., Finding]


@pytest.fixture
def rules() -> dict[str, Rule]:
    return dict(RULES)


@pytest.fixture
def make_finding() -> FindingFactory:
    def make(rule: str, phrase: str = "34 died", *, doc: Document | None = None,
             path: str = "story.md", start: int | None = None,
             subject: str = "") -> Finding:
        text = doc.text if doc is not None else phrase
        path = doc.path if doc is not None else path
        offset = text.index(phrase) if start is None else start
        end = offset + len(phrase)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        end_line = text.count("\n", 0, end) + 1
        end_column = end - (text.rfind("\n", 0, end) + 1) + 1
        known = RULES.get(rule)
        return Finding(rule=rule, message=f"{rule} about {phrase}",
                       location=Location(path, offset, end, line, column, end_line,
                                         end_column, phrase),
                       severity=known.severity if known else Severity.WARNING,
                       subject=subject)
    return make


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    """A document whose directives are given as (kind, codes, comment text, covered text)."""
    def make(text: str, directives: list[tuple[str, tuple[str, ...], str, str | None]] = (),
             path: str = "story.md") -> Document:
        found = []
        for kind, codes, comment, covered in directives:
            start = text.index(comment)
            if covered is None:  # to the end of the text
                a_start, a_end = start + len(comment), len(text)
            else:
                a_start = text.index(covered)
                a_end = a_start + len(covered)
            found.append(Directive(DirectiveKind(kind), codes, None, start,
                                   start + len(comment), a_start, a_end))
        return Document(path=path, text=text, prose=text, format="markdown",
                        directives=tuple(found))
    return make
