"""``assert_findings``: compare findings with a short list of (code, where) pairs.

``where`` is either ``"line:col"`` (1-based, of the finding's primary span) or the
exact text of the span ("5", "over", "2,000 civilians"), or None for "anywhere".
An optional third item is a substring the message must contain. Order does not
matter; the same pair listed twice expects two findings. Failures list what was
missing and what was unexpected, with each finding's position and message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from numcheck.findings import Finding

Expected = tuple[str, str | None] | tuple[str, str | None, str]

_LINE_COL = re.compile(r"^(\d+):(\d+)$")


def matches(finding: Finding, expected: Expected) -> bool:
    """Whether one finding is what one expected entry describes."""
    code, where = expected[0], expected[1]
    if finding.rule != code and finding.name != code:
        return False
    if len(expected) > 2 and str(expected[2]) not in finding.message:
        return False
    if where is None:
        return True
    loc = finding.location
    pos = _LINE_COL.match(where)
    if pos:
        return (loc.line, loc.column) == (int(pos.group(1)), int(pos.group(2)))
    return loc.text == where


def describe(finding: Finding) -> str:
    loc = finding.location
    quote = " (in quote)" if finding.in_quote else ""
    return (
        f"{loc.path}:{loc.line}:{loc.column} {finding.rule} {loc.text!r}{quote}: {finding.message}"
    )


def assert_findings(findings: Iterable[Finding], expected: Sequence[Expected]) -> None:
    """Assert the findings are exactly the expected ones (as a multiset)."""
    remaining = list(findings)
    missing: list[Expected] = []
    for entry in expected:
        for i, finding in enumerate(remaining):
            if matches(finding, entry):
                del remaining[i]
                break
        else:
            missing.append(entry)
    if not missing and not remaining:
        return
    lines = ["findings differ from the expected ones"]
    lines += [f"  missing:    {entry!r}" for entry in missing]
    lines += [f"  unexpected: {describe(f)}" for f in remaining]
    raise AssertionError("\n".join(lines))


def assert_no_findings(findings: Iterable[Finding]) -> None:
    assert_findings(findings, [])


__all__ = ["Expected", "assert_findings", "assert_no_findings", "describe", "matches"]
