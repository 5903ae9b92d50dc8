"""change_search: the word gate before change_rev never hides a match of it, and
spares compiling it where no change verb ends the window."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from numcheck.lexicon import Lexicon
from numcheck.parsing.lexdata import Compiled, compiled_for

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
NOISE = ["the", "of", "to", "from", "by", "cut", "up", "group", "(rose", "prices", "than",
         "more", "an", "average", "5%", "\u00e9t\u00e9", "ROSE", "Fell", "-", "K", "s"]
SPACES = [" ", "  ", "\t", "\n", "\x1c", "\u00a0", ""]


def _compiled() -> Compiled:
    return compiled_for(Lexicon.default())


def _same(c: Compiled, text: str, lo: int, end: int) -> None:
    full = c.change_rev.search(text, lo, end)
    gated = c.change_search(text, lo, end)
    if full is None:
        assert gated is None
    else:
        assert gated is not None
        assert (gated.span(), gated.groupdict()) == (full.span(), full.groupdict())


def _vocabulary(c: Compiled) -> list[str]:
    links = Lexicon.default()["hedges"]["change"]["links"]
    return [*c.up_words, *c.down_words, *links, *NOISE]


def test_the_gate_agrees_with_the_pattern_on_made_up_windows() -> None:
    c = _compiled()
    words = _vocabulary(c)
    rng = random.Random(25)
    for _ in range(3000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 5))]
        parts = [p.upper() if rng.random() < 0.2 else p for p in parts]
        text = "".join(p + rng.choice(SPACES) for p in parts) + "12"
        end = len(text) - 2
        for lo in (0, max(0, end - 40), end, end + 1):
            _same(c, text, lo, end)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_the_gate_agrees_with_the_pattern_before_every_figure_of_a_seed(seed: Path) -> None:
    c = _compiled()
    text = seed.read_text(encoding="utf-8")
    for m in re.finditer(r"\d", text):
        _same(c, text, max(0, m.start() - 40), m.start())


@pytest.mark.parametrize("text", ["Sales rose ", "prices fell by ", "it climbed to\t",
                                  "Exports DECLINED BY AN AVERAGE OF ", "rents went up from "])
def test_change_phrases_are_still_found(text: str) -> None:
    c = _compiled()
    assert c.change_search(text, 0, len(text)) is not None


def test_windows_without_a_change_verb_compile_nothing() -> None:
    c = Compiled(Lexicon.default())  # fresh: nothing compiled yet
    assert c.change_search("the capital of ", 0, 15) is None
    assert c.change_search("the capital of", 0, 14) is None
    assert "change_rev" not in vars(c)
