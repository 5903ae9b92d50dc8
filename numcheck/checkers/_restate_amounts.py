"""An amount told by its unit and what it is an amount of ("14 inches of snow", "seven
weeks of talks", "£54m of net cash", "850 feet of track").

The claim reader names the noun after "of" as the figure's thing but gives the figure no
measure, so the restatement grouping (_restate_grouping.py) read it as a population, an
amount of nothing, and no later telling of the same noun ("relaying 580 feet of track")
was compared with it. The noun is what the figure measures: it becomes the head of the
figure's measure, and the measured route (_restate_measured.py) then keeps two such
figures apart by place, day, period, era, rate or claimant as it does any measured pair.

Only a bare noun phrase after "of": "of the proceeds" names a definite whole the amount
is a part of, "of the year" a period ([restated] `amount_not_of`, `amount_periods`).
Counts, percentages and ratios are not read here ("45% of the nation's fuel" is a share,
"3 million people" a population).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

_KINDS = frozenset({Kind.MEASURE, Kind.DURATION, Kind.MONEY})
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")
_LOOK = 60  # characters after the figure: "of" and a few words


class AmountWords(NamedTuple):
    """The ``[restated]`` words that read "AMOUNT of NOUN"."""

    noun_words: int
    not_of: frozenset[str]
    periods: frozenset[str]
    stops: frozenset[str]
    openers: tuple[str, ...]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> AmountWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        return cls(
            int(cues.get("amount_noun_words", 3)),
            frozenset(w.lower() for w in cues.get("amount_not_of", ())),
            frozenset(w.lower() for w in cues.get("amount_periods", ())),
            frozenset(w.lower() for w in (*cues.get("head_stops", ()),
                                          *cues.get("amount_ends", ()))),
            tuple(squash(w) for w in cues.get("amount_part_openers", ())),
        )


def amount_of(document: Document, claim: Claim, words: AmountWords) -> Claim | None:
    """``claim`` measured as an amount of the noun phrase after "of", or None when the
    figure is no such amount (another kind, a measure already read, no thing read, no
    "of" right after it, a definite whole or a period after "of").

    The phrase runs to the first stop word or mark, ``noun_words`` words at most; its
    first word is the head and the rest say more of it ("£54m of net cash": net, cash;
    "300 mm of rain fell": rain, fell), so "net cash" never meets "net debt" and "rain"
    meets "rain fell" (_restate_measured.misfit compares what each side says)."""
    if claim.quantity.kind not in _KINDS or not claim.key.thing:
        return None
    end = claim.location.end
    tokens = _TOKEN.findall(document.prose[end : end + _LOOK])
    if len(tokens) < 2 or tokens[0].lower() != "of" or tokens[1].lower() in words.not_of:
        return None
    start = sentence_of(document, claim)[0]
    if squash(document.prose[start : claim.location.start]).startswith(words.openers):
        return None  # "Of that, 120 mm of rain fell": a part of the figure before
    phrase: list[str] = []
    for token in tokens[1 : 1 + words.noun_words]:
        if not token[0].isalpha() or token.lower() in words.stops:
            break  # the noun phrase ends at a mark, a figure or a function word
        if token[0].isupper():
            if phrase:
                break
            continue  # "of Conservative rule": a name modifies the noun
        phrase.append(lemma(token))
    if not phrase or any(w in words.periods for w in phrase):
        return None  # "nine months of the year", "two weeks of November"
    # the phrase is the measure now: no word of it is also a part word of the key
    # (_snapshots.part_words reads the subject as written, "rain fell": "of rain")
    return replace(claim, measure=tuple(phrase), subject=None)


__all__ = ["AmountWords", "amount_of"]
