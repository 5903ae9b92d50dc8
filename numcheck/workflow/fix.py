"""Apply the fixes findings offer, and show them as a diff (``--fix``/``--diff``).

A fix is a set of replacements on the file's text. Fixes are applied whole or not at
all: when two fixes touch overlapping spans, the one that starts first wins and the
other is left for the next run (ruff's behaviour). Findings inside direct quotes are
never fixed, whatever the fix says: the copy desk may flag a quote, not change it.
"""

from __future__ import annotations

import codecs
import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from numcheck.document import Document
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




# -- writing fixed files (--fix) and collecting them as a diff (--diff) ------------

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def encode_like(path: str, original_text: str, new_text: str,
                encoding: str | None) -> bytes | None:
    """``new_text`` in the encoding and BOM the file on disk has (UTF-16 stays UTF-16,
    a UTF-8 BOM stays), or None when the file no longer holds ``original_text``
    (changed since it was read: do not overwrite someone's edit)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    bom, codec = b"", encoding or "utf-8"
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, codec = mark, (name if encoding is None or name.startswith("utf-8")
                                else _endian(encoding, name))
            break
    try:
        if data[len(bom):].decode(codec) != original_text:
            return None
        return bom + new_text.encode(codec)
    except (UnicodeError, LookupError):
        return None


def _endian(encoding: str, from_bom: str) -> str:
    """``--encoding utf-16`` with a BOM: the BOM's byte order, without a second BOM."""
    return from_bom if encoding.lower().replace("_", "-") in ("utf-16", "utf-32") else encoding


@dataclass
class Fixed:
    fixed: list[Finding] = field(default_factory=list)
    count: int = 0
    files: int = 0
    diff: str = ""
    stdin_text: str | None = None
    refused: list[str] = field(default_factory=list)  # changed on disk since read


def fix_files(findings: Sequence[Finding], documents: Mapping[str, Document], *, write: bool,
              unsafe: bool, encoding: str | None, stdin_path: str | None) -> Fixed:
    """Apply fixes file by file (safely, keeping encoding and BOM), or collect a diff."""
    from numcheck.workflow.output import write_atomic

    out = Fixed()
    diffs = []
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    for path in sorted(by_path):
        document = documents.get(path)
        if document is None:
            continue
        new_text, count = apply_fixes(document.text, by_path[path], unsafe=unsafe)
        is_stdin = path == stdin_path  # never write over a file stdin is only named as
        if is_stdin and write:
            out.stdin_text = new_text
        if not count or new_text == document.text:
            continue
        if write and not is_stdin:
            data = encode_like(path, document.text, new_text, encoding)
            if data is None:
                out.refused.append(path)
                continue
            write_atomic(path, data)
        out.files += 1
        out.count += count
        usable = {id(fix) for fix in applicable_fixes(by_path[path], unsafe=unsafe)}
        out.fixed.extend(f for f in by_path[path] if f.fix is not None and id(f.fix) in usable)
        diffs.append(unified_diff(path, document.text, new_text))
    out.diff = "".join(diffs)
    return out


__all__ = ["Fixed", "applicable_fixes", "apply_fixes", "encode_like", "fix_files", "unified_diff"]
