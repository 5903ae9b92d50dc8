"""The words round a size that are not about the size's own aspect: its denominator and
a month spelt like a modal.

``aspect.sized`` keeps an amount its day's when a word of a level ("shares", "price") or
of an estimate ("may", "will cost") stands near it. Two words of that neighbourhood are
no such evidence. A denominator right after the figure ("6.1p a share", "$2 per share",
"£5 each ticket") says what the amount is counted per, not that a share price is told:
``[aspect] per`` are its words, and the word after one is skipped. A capitalized "May"
after the first word of its sentence is the month ("payable in May"), never the modal
"may" of an estimate. Both readings are local (two tokens), so a long sentence stays
linear.
"""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.lazyre import lazy_compile

__all__ = ["denominated", "words_of"]

_WORD = lazy_compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def words_of(stretch: str, months: Iterable[str], first: bool) -> list[str]:
    """The lowercased words of ``stretch``, a capitalized month spelt like another word
    ("May") dropped unless it opens the sentence (``first``: the stretch starts it)."""
    months = frozenset(months)
    out = []
    for k, word in enumerate(_WORD.findall(stretch)):
        low = word.lower()
        if low in months and word[:1].isupper() and not (first and k == 0):
            continue  # "payable in May": a date, not the modal of an estimate
        out.append(low)
    return out


def denominated(after: list[str], per: frozenset[str]) -> int:
    """The index in ``after`` (the words right after a figure) of the noun a denominator
    word introduces ("a share", "per tonne"), or -1 when the figure has none."""
    return 1 if len(after) > 1 and after[0] in per else -1
