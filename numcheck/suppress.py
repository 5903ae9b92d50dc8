"""Apply the suppression comments an article carries, and report the unused ones.

The documents engineer finds the comments (``Document.directives``: ignore for the
next block, disable/enable ranges, file level); this module decides which findings
they silence. A finding is suppressed when a directive's range covers the start of
its primary span and the directive names its rule (code, prefix or kebab name; no
codes = every rule). A directive that silences nothing is itself a finding,
NC002 unused-suppression (ruff's RUF100), so stale comments do not pile up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from numcheck.document import Directive, DirectiveKind, Document
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.selection import rule_of, specificity

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


def _covers(directive: Directive, offset: int) -> bool:
    if directive.kind is DirectiveKind.FILE:
        return True
    if directive.kind is DirectiveKind.ENABLE:
        return False
    return directive.applies_start <= offset < directive.applies_end


def _names(directive: Directive, rule: Rule) -> bool:
    return not directive.codes or any(specificity(c, rule) is not None
                                      for c in directive.codes)


@dataclass(frozen=True)
class SuppressionResult:
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
        problem = getattr(directive, "error", None) or "not understood"
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


def apply_suppressions(findings: Iterable[Finding], documents: Mapping[str, Document],
                       rules: Mapping[str, Rule]) -> SuppressionResult:
    """Split findings into kept and suppressed; build NC002 for unused directives.

    Findings in files that are not in ``documents`` (a reference sheet) pass through.
    An unused directive is spared when another directive that names NC002 explicitly
    covers it (the way to keep a comment on purpose).
    """
    used: set[tuple[str, int]] = set()
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in findings:
        document = documents.get(finding.location.path)
        rule = rule_of(finding, rules)
        hit = False
        if document is not None:
            for index, directive in enumerate(document.directives):
                if _covers(directive, finding.location.start) and _names(directive,
                                                                                    rule):
                    used.add((document.path, index))
                    hit = True
        (suppressed if hit else kept).append(finding)
    unused: list[Finding] = []
    for path in sorted(documents):
        document = documents[path]
        for index, directive in enumerate(document.directives):
            if directive.kind is DirectiveKind.ENABLE or (path, index) in used:
                continue
            if directive.codes and all(specificity(c, UNUSED_SUPPRESSION) == 100
                                       for c in directive.codes):
                continue  # a comment that only keeps other comments alive
            spared = any(
                other is not directive and other.codes
                and any(specificity(c, UNUSED_SUPPRESSION) == 100 for c in other.codes)
                and _covers(other, directive.start)
                for other in document.directives
            )
            if not spared:
                unused.append(_unused_finding(directive, document, rules))
    return SuppressionResult(kept, suppressed, unused)
