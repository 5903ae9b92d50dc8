"""Text that is safe to print: file names with undecodable bytes, controls, bidi.

A file name may hold any byte but NUL and '/'; Python reads an undecodable one as
a lone surrogate (``os.fsdecode``), which no UTF-8 stream can carry. The report
shows such bytes escaped (``\\xff``), so one odd name never loses the whole report.
Terminal-bound text also escapes C0/C1 controls and bidirectional overrides
(U+202E would reorder what an editor reads).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from numcheck.findings import Finding, Location

# bidi embeddings, overrides and isolates, and the implicit marks
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsurrogate(text: str) -> str:
    """Lone surrogates (undecodable bytes of a file name) as ``\\xNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def escape_name(name: str) -> str:
    """A file name for a one-line message: bytes, controls and bidi escaped."""
    return escape_controls(unsurrogate(name))


def is_unsafe(char: str) -> bool:
    code = ord(char)
    return code < 32 or 0x7F <= code <= 0x9F or char in BIDI


def escape_controls(text: str, *, keep_tabs: bool = False) -> str:
    """C0/C1 controls and bidi controls as visible escapes (``\\x1b``, ``\\u202e``)."""
    if not any(is_unsafe(c) for c in text):
        return text
    out = []
    for char in text:
        if keep_tabs and char == "\t":
            out.append(char)
        elif is_unsafe(char):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def blank_controls(text: str) -> str:
    """Controls and bidi controls as spaces (one column each, so carets stay aligned)."""
    if not any(is_unsafe(c) for c in text):
        return text
    return "".join(" " if is_unsafe(c) else c for c in text)


def _location(loc: Location) -> Location:
    path, text = unsurrogate(loc.path), unsurrogate(loc.text)
    if path is loc.path and text is loc.text:
        return loc
    return dataclasses.replace(loc, path=path, text=text)


def printable_finding(finding: Finding) -> Finding:
    """The finding with every string a stream can carry (surrogates escaped)."""
    location = _location(finding.location)
    related = tuple(_location(r) for r in finding.related)
    message, subject = unsurrogate(finding.message), unsurrogate(finding.subject)
    if (location is finding.location and message is finding.message
            and subject is finding.subject
            and all(a is b for a, b in zip(related, finding.related, strict=True))):
        return finding
    return dataclasses.replace(finding, location=location, related=related, message=message,
                               subject=subject)


def printable(findings: Sequence[Finding]) -> list[Finding]:
    return [printable_finding(f) for f in findings]


__all__ = ["BIDI", "blank_controls", "escape_controls", "escape_name", "printable",
           "printable_finding", "unsurrogate"]
