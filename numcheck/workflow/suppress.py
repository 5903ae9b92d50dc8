"""Apply the suppression comments an article carries, and report the unused ones.

The documents engineer finds the comments (``Document.directives``: ignore for the
next block, disable/enable ranges, file level); this module decides which findings
they silence. A finding is suppressed when a directive's range covers the start of
its primary span and the directive names its rule (code, prefix or kebab name; no
codes = every rule). A directive that silences nothing is itself a finding,
NC002 unused-suppression (ruff's RUF100), so stale comments do not pile up.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from numcheck.document import Directive, DirectiveKind, Document
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.workflow.selection import rule_of, specificity

UNUSED_SUPPRESSION = Rule(
    code="NC002",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A suppression comment that silences no finding",
    description=(
        "A `numcheck: ignore[...]`, `disable[...]` or file-level comment covers text "
        "where none of the rules it names reports anything. Usually the figure was "
        "corrected or the sentence rewritten and the comment was left behind; delete "
        "it so it cannot hide a new problem later.\n\n"
        "```markdown\n<!-- numcheck: ignore[NC301] reason=\"minister's count\" -->\n"
        "The ministry said 40 people were evacuated.\n```\n\n"
        "Also reported for a comment that names a rule that does not exist, and for a "
        "malformed `numcheck:` comment (which silences nothing). To keep a comment on "
        "purpose, cover it with another comment that names NC002, for example "
        "`<!-- numcheck: ignore-file[NC002] -->`."
    ),
    plugin="suppressions",
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return [UNUSED_SUPPRESSION]


def _names(directive: Directive, rule: Rule) -> bool:
    return not directive.codes or any(specificity(c, rule) is not None
                                      for c in directive.codes)


class SuppressionResult(NamedTuple):
    kept: list[Finding]
    suppressed: list[Finding]
    unused: list[Finding]  # NC002 findings (not yet through selection)


def _label(directive: Directive) -> str:
    if directive.kind.value == "invalid":
        return "invalid"
    codes = f"[{', '.join(directive.codes)}]" if directive.codes else ""
    return f"{directive.kind.value}{codes}"


def _unused_finding(directive: Directive, document: Document,
                    rules: Mapping[str, Rule]) -> Finding:
    line, column = document.position(directive.start)
    end_line, end_column = document.position(directive.end)
    unknown = [c for c in directive.codes
               if not any(specificity(c, r) is not None for r in rules.values())]
    if directive.kind.value == "invalid":
        problem = directive.error or "not understood"
        message = f"malformed suppression comment ({problem}); it silences nothing"
    elif unknown:
        message = (f"suppression '{_label(directive)}' names no known rule: "
                   f"{', '.join(unknown)}")
    elif directive.kind is DirectiveKind.FILE:
        message = f"file-level suppression '{_label(directive)}' silences no finding"
    else:
        message = f"suppression '{_label(directive)}' silences no finding in the text it covers"
    location = Location(document.path, directive.start, directive.end, line, column,
                        end_line, end_column, document.text[directive.start:directive.end])
    return Finding(rule=UNUSED_SUPPRESSION.code, message=message, location=location,
                   name=UNUSED_SUPPRESSION.name, severity=UNUSED_SUPPRESSION.severity,
                   plugin=UNUSED_SUPPRESSION.plugin, subject=_label(directive))


class _Ranges:
    """Half-open ranges merged and sorted, for "does any cover this offset?" in log time."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(r for r in ranges if r[0] < r[1]):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.starts = [lo for lo, _ in merged]
        self.ends = [hi for _, hi in merged]

    def covers(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def _span(directive: Directive, length: int) -> tuple[int, int]:
    if directive.kind is DirectiveKind.FILE:
        return (0, max(length, 1) + 1)
    if directive.kind is DirectiveKind.ENABLE:
        return (0, 0)
    return (directive.applies_start, directive.applies_end)


class _Spared:
    """Directives that name NC002 explicitly: does one *other than d* cover d?"""

    def __init__(self, directives: Sequence[Directive], length: int) -> None:
        keepers = sorted(
            ((*_span(d, length), i) for i, d in enumerate(directives)
             if d.codes and any(specificity(c, UNUSED_SUPPRESSION) == 100 for c in d.codes)),
        )
        self.starts = [lo for lo, _, _ in keepers]
        # prefix maxima of (end, index): the best two, so one can be d itself
        self.best: list[tuple[tuple[int, int], tuple[int, int]]] = []
        top, second = (-1, -1), (-1, -1)
        for _, hi, index in keepers:
            if hi > top[0]:
                top, second = (hi, index), top
            elif hi > second[0]:
                second = (hi, index)
            self.best.append((top, second))

    def covers(self, offset: int, index: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return False
        top, second = self.best[k]
        end = second[0] if top[1] == index else top[0]
        return offset < end


def apply_suppressions(findings: Iterable[Finding], documents: Mapping[str, Document],
                       rules: Mapping[str, Rule]) -> SuppressionResult:
    """Split findings into kept and suppressed; build NC002 for unused directives.

    Findings in files that are not in ``documents`` (a reference sheet) pass through.
    An unused directive is spared when another directive that names NC002 explicitly
    covers it (the way to keep a comment on purpose). Linear in findings and
    directives (times the few distinct rules of a file, and a log): thousands of
    comments in one article cost milliseconds, not minutes.
    """
    ordered = list(findings)
    by_doc: dict[str, list[Finding]] = {}
    for finding in ordered:
        document = documents.get(finding.location.path)
        if document is not None and document.directives:
            by_doc.setdefault(finding.location.path, []).append(finding)
    hidden: set[int] = set()
    used: dict[str, set[int]] = {}
    for path, found in by_doc.items():
        used[path] = _suppress_in(documents[path], found, rules, hidden)
    unused: list[Finding] = []
    for path in sorted(documents):
        document = documents[path]
        if not document.directives:
            continue
        spared = _Spared(document.directives, len(document.text))
        done = used.get(path, set())
        for index, directive in enumerate(document.directives):
            if directive.kind is DirectiveKind.ENABLE or index in done:
                continue
            if directive.codes and all(specificity(c, UNUSED_SUPPRESSION) == 100
                                       for c in directive.codes):
                continue  # a comment that only keeps other comments alive
            if not spared.covers(directive.start, index):
                unused.append(_unused_finding(directive, document, rules))
    kept = [f for f in ordered if id(f) not in hidden]
    suppressed = [f for f in ordered if id(f) in hidden]
    return SuppressionResult(kept, suppressed, unused)


def _suppress_in(document: Document, findings: Sequence[Finding], rules: Mapping[str, Rule],
                 hidden: set[int]) -> set[int]:
    """Add the ids of suppressed findings to ``hidden``; return the used directives."""
    length = len(document.text)
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    used: set[int] = set()
    for group in by_rule.values():
        rule = rule_of(group[0], rules)
        naming = [(i, _span(d, length)) for i, d in enumerate(document.directives)
                  if d.kind is not DirectiveKind.ENABLE and _names(d, rule)]
        ranges = _Ranges(span for _, span in naming)
        offsets = sorted(f.location.start for f in group)
        hidden.update(id(f) for f in group if ranges.covers(f.location.start))
        for index, (lo, hi) in naming:  # used: some finding of this rule starts inside
            k = bisect_left(offsets, lo)
            if k < len(offsets) and offsets[k] < hi:
                used.add(index)
    return used
