"""A figure's lead (the words of its sentence just before it, where running totals and
per-item shares look for "bringing the toll to", "a total of") is read from a bounded
window: reading from the sentence start for every figure made issue #11's number soup
quadratic (100 KB of "about 12 to 15, 34 of 40 and 5,800 ..." took 32 s). The work is
counted, not timed: characters squashed by the checkers that read leads, at n and 2n
repetitions."""

from __future__ import annotations

import pytest

from numcheck.checkers import _compare, _each, _heads, _running
from numcheck.engine import Engine
from numcheck.readers import read_text
from numcheck.settings import Settings


def squashed(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    engine = Engine(Settings(local_plugins=False))
    analysis = engine.analyse(read_text(text, "soup.txt"))
    total = 0
    real = _compare.squash

    def counting(part: str) -> str:
        nonlocal total
        total += len(part)
        return real(part)

    class CountingMarks:
        """``_heads._MARK``, counting the characters it splits (clauses read around a
        figure by the restatement checker)."""

        def split(self, part: str) -> list[str]:
            nonlocal total
            total += len(part)
            return marks.split(part)

    marks = _heads._MARK
    for module in (_compare, _running, _each):
        monkeypatch.setattr(module, "squash", counting)
    monkeypatch.setattr(_heads, "_MARK", CountingMarks())
    engine.check([analysis])
    return total


def test_leads_cost_twice_as_much_at_twice_the_size(monkeypatch: pytest.MonkeyPatch) -> None:
    soup = "about 12 to 15, 34 of 40 and 5,800 "
    small = squashed(soup * 150, monkeypatch)
    large = squashed(soup * 300, monkeypatch)
    assert small > 0
    assert large < 2.5 * small  # quadratic work would be ~4x


def test_a_lead_is_the_end_of_its_sentence() -> None:
    text = "Officials said " + "many people came, " * 20 + "bringing the toll to 40."
    document = read_text(text, "a.txt")
    claim = next(c for c in Engine(Settings(local_plugins=False)).analyse(document).claims
                 if c.location.start == text.index("40"))
    lead = _compare.lead_of(document, claim)
    assert lead.endswith("bringing the toll to")
    assert len(lead) <= 120
    assert not lead.startswith("officials")
