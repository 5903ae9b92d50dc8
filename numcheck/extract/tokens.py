"""Words with offsets, for the small windows of text around one figure."""

from __future__ import annotations

import re

# dotted initials ("U.S."), words with inner apostrophes/hyphens/dots, or one mark;
# stdlib re: noticeably faster than `regex` for this simple pattern
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[’'\-.]\w+)*|[^\s\w]")


class Tok:
    """One token: ``low`` is the lowercase form with ’ folded to '."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.low = text.lower().replace("’", "'")
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


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    if end <= start:
        return []
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
