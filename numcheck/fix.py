"""Apply the fixes findings offer, and show them as a diff (``--fix``/``--diff``).

A fix is a set of replacements on the file's text. Fixes are applied whole or not at
all: when two fixes touch overlapping spans, the one that starts first wins and the
other is left for the next run (ruff's behaviour). Findings inside direct quotes are
never fixed, whatever the fix says: the copy desk may flag a quote, not change it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from numcheck.findings import Finding, Fix, Replacement


def applicable_fixes(findings: Iterable[Finding], *, unsafe: bool = False) -> list[Fix]:
    """The fixes ``apply_fixes`` may use: not in quotes, safe unless ``unsafe``."""
    fixes: list[Fix] = []
    for finding in findings:
        fix = finding.fix
        if fix is None or finding.in_quote or not fix.replacements:
            continue
        if not fix.safe and not unsafe:
            continue
        fixes.append(fix)
    return fixes


def _span(fix: Fix) -> tuple[int, int]:
    return min(r.start for r in fix.replacements), max(r.end for r in fix.replacements)


def _overlaps(a: Replacement, b: Replacement) -> bool:
    # two insertions at the same point conflict too: their order would be arbitrary
    if a.start == a.end == b.start == b.end:
        return True
    return a.start < b.end and b.start < a.end


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> tuple[str, int]:
    """Return ``(new_text, number_of_fixes_applied)``.

    Replacements are applied from the end of the text backwards so earlier offsets
    stay valid. A fix whose replacements fall outside the text, overlap each other,
    or overlap an already accepted fix is skipped.
    """
    fixes = sorted(applicable_fixes(findings, unsafe=unsafe), key=lambda f: (_span(f), f.message))
    accepted: list[Replacement] = []
    count = 0
    seen: set[tuple[Replacement, ...]] = set()
    for fix in fixes:
        reps = tuple(sorted(fix.replacements, key=lambda r: (r.start, r.end)))
        if reps in seen:  # two findings offering the very same edit: apply it once
            continue
        if any(r.start < 0 or r.end > len(text) or r.start > r.end for r in reps):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(reps) for b in reps[i + 1 :]):
            continue
        if any(_overlaps(r, done) for r in reps for done in accepted):
            continue
        accepted.extend(reps)
        seen.add(reps)
        count += 1
    out = text
    for rep in sorted(accepted, key=lambda r: (r.start, r.end), reverse=True):
        out = out[: rep.start] + rep.content + out[rep.end :]
    return out, count


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file (empty when nothing changed), ruff ``--diff`` style."""
    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=path,
        tofile=path,
    )
    out: list[str] = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):  # last line without a newline, as diff(1) marks it
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


__all__ = ["applicable_fixes", "apply_fixes", "unified_diff"]
