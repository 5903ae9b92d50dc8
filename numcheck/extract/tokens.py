"""Words with offsets, for the small windows of text around one figure."""

from __future__ import annotations

from dataclasses import dataclass

from numcheck.extract.vocab import TOKEN, norm


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    low: str  # norm(text)
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    if end <= start:
        return []
    found = TOKEN.finditer(text, start, end)
    return [Tok(m.group(), norm(m.group()), m.start(), m.end()) for m in found]


def lows(tokens: list[Tok]) -> list[str]:
    return [t.low for t in tokens]


def strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
