"""A habitual rate: what a thing does every day, one fact over the story's days.

A figure told in the present simple with a rate after its noun ("the Coastway line
carries 14,000 passengers a day", "the works treats 80 million litres of water a day",
"Kelby airport handles about 300 flights a day", "the plant builds 1,200 cars a week")
tells its holder's usual throughput: the habitual aspect of the verb and the rate are
positive evidence that the figure does not move between two days of one story. Two
articles that give it differently for one holder and one rate contradict each other
(verdicts.py, through standing.stands: ``RATE`` and the rate's unit).

Read as a small grammar over the words next to the figure, the words being data
(alignment.toml ``[habitual]``):

- the word before the figure, past ``[properties] links`` (hedges, articles), is a
  verb in the present simple: a third-person form in -s ("carries", "handles",
  "sees"), or "is"/"has"; never a past form, an -ing form or a bare form ("was
  carrying", "wants it to build");
- the figure's noun phrase follows (at most ``_GAP`` words, none a word of ``gaps``:
  "in a day" is an amount of one day, not a rate), then a phrase of ``rates``;
- no word of ``scopes`` after the rate ("a day at its Dunmore site", "across its three
  sites": the rate of a part of the holder, or of all its parts);
- no word of ``qualifiers`` in the figure's clause ("on weekdays", "at weekends",
  "during the heatwave", "by June": a rate of a part of the time, or a target), no
  word of an estimate, an update or a move near it (``[aspect] revisable``,
  ``[properties] moved``), and no period of its own (a window, "last year").

The rate's unit (day, week, ...) is part of what it is: "80 million litres a day" and
"560 million litres a week" are two facts, never compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.stable import PropertyWords
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.quantity import Kind

__all__ = ["HabitWords", "rate"]

_TAG = lazy_compile(r"<[^>]*>")
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?|\d")
_CLAUSE_END = lazy_compile(r"[,.;:!?()\u2014\u2013]")
_KINDS = frozenset({Kind.COUNT, Kind.MEASURE, Kind.MONEY})
_REACH = 80  # characters read each side of a figure: linear in a long sentence
_GAP = 4  # words of the figure's noun phrase between it and its rate
_PRESENT = frozenset({"is", "has"})  # present forms not in -s of a verb's stem
_PAST_LINKS = frozenset({"was", "were", "been", "be", "had"})
_NOT_VERBS = frozenset({"was", "has", "is", "this", "its", "his", "us", "yes", "plus", "as",
                        "thus", "less", "unless", "across"})


class HabitWords(NamedTuple):
    """alignment.toml ``[habitual]``, with ``[properties]``' words of a link, an update
    and a move."""

    rates: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("a", "day") -> "day", longest first
    gaps: frozenset[str] = frozenset()
    ends: frozenset[str] = frozenset()
    scopes: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    properties: PropertyWords = PropertyWords()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> HabitWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> HabitWords:
    table: Mapping[str, Any] = lexicon["alignment"].get("habitual", {})
    rates: dict[tuple[str, ...], str] = {}
    for unit, phrases in table.get("rates", {}).items():
        for phrase in phrases:
            tokens = tuple(str(phrase).lower().split())
            if not tokens or any(not t.isalpha() for t in tokens):
                raise LexiconError(f"alignment.habitual.rates.{unit}", f"not words: {phrase!r}")
            if tokens in rates and rates[tokens] != unit:
                raise LexiconError(f"alignment.habitual.rates.{unit}",
                                   f"{phrase!r} is a rate of {rates[tokens]} too")
            rates[tokens] = str(unit)

    def words(name: str) -> frozenset[str]:
        out = [str(w).lower() for w in table.get(name, ())]
        if any(not w.isalpha() for w in out):
            raise LexiconError(f"alignment.habitual.{name}", "one word each")
        return frozenset(out)

    return HabitWords(
        rates=tuple(sorted(rates.items(), key=lambda item: -len(item[0]))),
        gaps=words("gaps"),
        ends=words("ends"),
        scopes=words("scopes"),
        qualifiers=words("qualifiers"),
        properties=PropertyWords.from_lexicon(lexicon),
    )


def rate(claim: Claim, text: str | None, words: HabitWords) -> str | None:
    """The unit of the habitual rate ``claim`` is told as ("day", "week"), or None
    (module docstring); ``text``: its document's text."""
    start, end = claim.sentence
    q = claim.quantity
    if text is None or end <= start or q.kind not in _KINDS or claim.is_change:
        return None
    if q.change is not None or claim.window or claim.key.event is not None:
        return None
    before = _clause(text[max(start, claim.location.start - _REACH):claim.location.start],
                     last=True)
    after = _clause(text[claim.location.end:min(end, claim.location.end + _REACH)],
                    last=False)
    unit, rest = _rated(after, words)
    if unit is None or not _habitual(before, words.properties):
        return None
    phrase = after[:len(after) - len(rest)]  # the figure's noun phrase and its rate
    cut = [i for i, t in enumerate(rest) if t in words.ends]
    rest = rest[:cut[0]] if cut else rest  # not "... and will close"
    if set(rest) & words.scopes:
        return None  # "40,000 loaves a day at its Dunmore site": a part of the holder's
    near = before + phrase + rest
    pw = words.properties
    if set(near) & (words.qualifiers | pw.revisable | pw.moved) or set(before) & pw.levels:
        return None  # a part of the time, a target, an update; a level's subject
    if any(_within(near, p) for p in pw.revisable_phrases + pw.moved_phrases):
        return None
    return unit


def _clause(stretch: str, *, last: bool) -> list[str]:
    """The words of the figure's own clause on one side: up to a mark or a digit."""
    parts = _CLAUSE_END.split(_TAG.sub(" ", stretch).lower().replace("\u2019", "'"))
    tokens = _TOKEN.findall(parts[-1] if last else parts[0])
    digits = [i for i, t in enumerate(tokens) if t.isdigit()]
    if last:
        return tokens[digits[-1] + 1:] if digits else tokens
    return tokens[:digits[0]] if digits else tokens


def _rated(after: list[str], words: HabitWords) -> tuple[str | None, list[str]]:
    """The rate's unit right after the figure's noun phrase, and the words after it."""
    for at in range(min(len(after), _GAP + 1)):
        for phrase, unit in words.rates:
            if tuple(after[at:at + len(phrase)]) == phrase:
                return unit, after[at + len(phrase):]
        if after[at] in words.gaps:
            break
    return None, after


def _habitual(before: list[str], words: PropertyWords) -> bool:
    """The verb the figure completes, past links, is in the present simple."""
    for token in reversed(before):
        if token in _PAST_LINKS:
            return False  # "was 14,000 a day", "has been carrying"
        if token in words.links and token not in _PRESENT:
            continue
        if token in _PRESENT:
            return True
        return (token.endswith("s") and not token.endswith(("ss", "'s")) and len(token) > 3
                and token not in _NOT_VERBS)
    return False


def _within(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i:i + size]) == phrase for i in range(len(tokens) - size + 1))
