"""A sum tied to its noun by a word of value (aspect.sized, measures.toml [bearers]
values): "the contract, worth £1.2m" is the contract's size, one fact over the story's
days; a level's noun ("shares worth £3m") or an update ("now worth") stays its day's."""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.aspect import AspectWords, sized
from numcheck.engine import Engine
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.readers import read_text
from numcheck.settings import Settings


def _sized(sentence: str) -> bool:
    engine = Engine(Settings())
    doc = read_text(f"---\ndate: 2026-01-05\n---\n\n{sentence}\n", "a.md")
    claim = next(c for c in engine.analyse(doc).claims if c.quantity.is_amount)
    return sized(claim, Alignment.from_lexicon(engine.lexicon), doc.text,
                 AspectWords.from_lexicon(engine.lexicon))


@pytest.mark.parametrize("sentence", [
    "The contract, worth £1.2m, went to Brayford Civils.",
    "The deal, worth $640 million, covers six patrol boats.",
    "The settlement, worth £1.6m, was approved by the High Court.",
    "The sale of the depot, worth £480,000, was agreed.",
])
def test_a_value_tied_to_its_noun_is_its_size(sentence: str) -> None:
    assert _sized(sentence)


@pytest.mark.parametrize("sentence", [
    "The founder's stake, now worth £310m, has halved since the listing.",
    "The chief executive sold shares worth £3m on Monday.",
    "The pension fund, now worth £4.5bn, has sold its tobacco shares.",
    "With options, the deal could be worth $900 million, analysts said.",
])
def test_a_value_that_moves_is_not(sentence: str) -> None:
    assert not _sized(sentence)


def test_a_value_word_that_is_not_one_word_is_refused() -> None:
    base = Lexicon.default()

    class Broken:
        def __getitem__(self, name: str) -> object:
            if name == "measures":
                return {**base["measures"], "bearers": {"values": ["worth about"]}}
            return base[name]

    from numcheck.checkers.drift import aspect

    with pytest.raises(LexiconError):
        aspect._words(Broken())  # type: ignore[arg-type]
