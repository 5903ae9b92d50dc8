"""The warning and error rules every built-in checker raises on one sentence set in a
short dated article: the end-to-end view a reporter gets of one phrasing."""

from __future__ import annotations

from numcheck.testing import run_checks

__all__ = ["rules"]


def rules(sentence: str) -> list[str]:
    text = ("---\ndate: 2026-05-04\nsource: Wire\n---\n\n"
            f"The figures were published on Monday. {sentence}\n")
    return sorted({f.rule for f in run_checks({"a.md": text}, builtins=True)
                   if f.severity.name.lower() in ("warning", "error")})
