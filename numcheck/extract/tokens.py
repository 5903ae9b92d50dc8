"""Words with offsets, for the small windows of text around one figure."""

from __future__ import annotations

import re
from itertools import islice

# dotted initials ("U.S."), words with inner apostrophes/hyphens/dots, or one mark;
# stdlib re: noticeably faster than `regex` for this simple pattern
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[’'\-.]\w+)*|[^\s\w]")


class Tok:
    """One token: ``low`` is the lowercase form with ’ folded to '."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        low = text.lower()
        self.low = low.replace("’", "'") if "’" in low else low
        self.start = start
        self.end = end

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start})"


def tokenize(text: str, start: int, end: int, limit: int = 0) -> list[Tok]:
    """The tokens of ``text[start:end]`` with offsets into ``text`` (the first ``limit``)."""
    if end <= start:
        return []
    found = _TOKEN.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    return [Tok(m.group(), m.start(), m.end()) for m in found]
