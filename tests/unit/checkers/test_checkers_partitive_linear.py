"""Partitives stay linear on one endless clause ("1, 1, 1, ..., 2 people": issue #11's
number soup, 39 s for 100 KB when every figure re-read its clause from the start and
copied every earlier figure). The work is counted, not timed: characters squashed and
earlier figures handed over, at n and 2n figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import pytest

from numcheck.checkers import _partitive
from numcheck.checkers._relations import _Cues, by_sentence
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.engine import Engine
from numcheck.lexicon import Lexicon
from numcheck.readers import read_text
from numcheck.settings import Settings


class Counted(Sequence[Claim]):
    """A list of claims that counts how many of its items were handed out."""

    def __init__(self, items: list[Claim]) -> None:
        self.items = items
        self.handed = 0

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> list[Claim]: ...
    def __getitem__(self, index: int | slice) -> Claim | list[Claim]:
        got = self.items[index]
        self.handed += len(got) if isinstance(got, list) else 1
        return got

    def __iter__(self) -> Iterator[Claim]:
        for item in self.items:
            self.handed += 1
            yield item

    def __reversed__(self) -> Iterator[Claim]:
        for item in reversed(self.items):
            self.handed += 1
            yield item


def work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters squashed plus figures handed out while finding one text's partitives."""
    engine = Engine(Settings(local_plugins=False))
    document: Document = read_text(text, "soup.txt")
    claims = engine.analyse(document).claims
    measures: Any = Lexicon.default()["measures"]
    cues = _Cues.of(engine.lexicon["checkers"], measures).parts
    squashed = 0
    real = _partitive.squash

    def counting(part: str) -> str:
        nonlocal squashed
        squashed += len(part)
        return real(part)

    monkeypatch.setattr(_partitive, "squash", counting)
    handed = 0
    history: list[Claim] = []
    for group in by_sentence(document, claims):
        sentence, before = Counted(group), Counted(history)
        _partitive.find_partitives(document, sentence, before, cues)
        handed += sentence.handed + before.handed
        history.extend(group)
    return squashed + handed


SOUPS: dict[str, Callable[[int], str]] = {
    "one clause of bare numbers": lambda n: "1, " * n + "2 people\n",
    "a list after an intro": lambda n: "Of the 40 dead, " + "2 were men and " * n + "3 women.\n",
    "sentences pointing back":
        lambda n: "Some 90 people came. " + "Among them, 3 were children. " * n,
    "parts of them in one clause": lambda n: "Some 90 people came, " + "3 of them children, " * n,
}


@pytest.mark.parametrize("soup", SOUPS)
def test_partitives_cost_twice_as_much_at_twice_the_size(
        soup: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = work(SOUPS[soup](300), monkeypatch)
    large = work(SOUPS[soup](600), monkeypatch)
    assert large < 2.5 * small  # quadratic work would be ~4x
