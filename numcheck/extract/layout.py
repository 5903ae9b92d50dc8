"""Block structure the prose alone no longer shows: where Markdown and HTML blocks end.

Markdown and HTML paragraphs are hard-wrapped at any column, so a line break there
is just a space (``wrapped``); what does end a sentence and a paragraph is a block
boundary: a Markdown heading, list item, block quote or table row starting on the
next line, or an HTML block tag (``<p>``, ``<li>``, ``<br>`` ...). The offsets are
found in ``document.text`` (same offsets as the prose, markup still visible).
"""

from __future__ import annotations

import re
from functools import cache

from numcheck.document import Document

# a line that starts a Markdown block: heading, list item, block quote, table row
_MD_BLOCK = re.compile(
    r"^[ \t]{0,3}(?:(#{1,6})(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|(>)|\|)", re.M
)


def is_wrapped(document: Document) -> bool:
    """True when a single line break inside a paragraph is only a space."""
    return document.format in ("markdown", "html")


def block_breaks(document: Document, html_blocks: frozenset[str]) -> list[int]:
    """Sorted offsets where a block ends (empty for plain text)."""
    if document.format == "markdown":
        return _markdown_breaks(document.text)
    if document.format == "html":
        return [m.start() for m in _html_block_re(html_blocks).finditer(document.text)]
    return []


def _markdown_breaks(text: str) -> list[int]:
    out: list[int] = []
    for m in _MD_BLOCK.finditer(text):
        line = m.start()
        if line > 0 and not (m.group(2) and _quoted(text, line)):
            out.append(line - 1)  # the line break before the block (a quote continues)
        if m.group(1):  # a heading is one line: it ends at its line end
            nl = text.find("\n", line)
            if nl != -1:
                out.append(nl)
    return sorted(set(out))


def _quoted(text: str, line: int) -> bool:
    """True when the line before ``line`` is a block quote line too."""
    prev = text.rfind("\n", 0, line - 1) + 1
    return text[prev:line].lstrip(" \t").startswith(">")


@cache
def _html_block_re(tags: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(sorted(tags, key=len, reverse=True))
    return re.compile(r"</?(?:" + names + r")(?=[\s/>])[^>]*>", re.IGNORECASE)
