"""The one text normaliser the claim extractor, the checkers and drift compare words with."""

from __future__ import annotations

__all__ = ["norm"]


def norm(text: str) -> str:
    """Lowercase, typographic apostrophes folded to ', whitespace collapsed to one space:
    "Russia’s  Defense\\nMinistry" -> "russia's defense ministry"."""
    return " ".join(text.replace("’", "'").lower().split())
