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

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from numcheck.checkers._compare import sentence_of, squash
from numcheck.checkers._heads import lemma
from numcheck.checkers.holders import names as holder_names
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_KINDS = frozenset({Kind.MEASURE, Kind.DURATION, Kind.MONEY})
_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")
_LOOK = 60  # characters after the figure: "of" and a few words
_LEAD = 120  # characters before it: its clause's subject and verb, or a part opener


class AmountWords(NamedTuple):
    """The ``[restated]`` words that read "AMOUNT of NOUN"."""

    noun_words: int
    not_of: frozenset[str]
    periods: frozenset[str]
    stops: frozenset[str]
    openers: tuple[str, ...]
    place_links: frozenset[str]
    calendar: frozenset[str]
    speech: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any], dates: Mapping[str, Any],
           claimants: Mapping[str, Any]) -> AmountWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        calendar = {str(m).rstrip(".") for m in dates.get("months", {})}
        measuring = {str(v).lower() for v in cues.get("amount_measuring_verbs", ())}
        verbs = {str(v).lower() for v in claimants.get("cues", {}).get("verbs", ())}
        return cls(
            int(cues.get("amount_noun_words", 3)),
            frozenset(w.lower() for w in cues.get("amount_not_of", ())),
            frozenset(w.lower() for w in cues.get("amount_periods", ())),
            frozenset(w.lower() for w in (*cues.get("head_stops", ()),
                                          *cues.get("amount_ends", ()))),
            tuple(squash(w) for w in cues.get("amount_part_openers", ())),
            frozenset(w.lower() for w in cues.get("amount_place_links", ())),
            frozenset(calendar | {str(d) for d in cues.get("amount_calendar", ())}),
            frozenset(verbs - measuring),
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
    near = claim.location.start - start < _LEAD  # bounded: a long sentence stays linear
    lead = document.prose[start : claim.location.start] if near else ""
    if squash(lead).startswith(words.openers):
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


def holders(document: Document, claim: Claim, w: AmountWords) -> frozenset[str]:
    """Who or where an amount is told of: the names of its clause before the figure
    ("Harbor City recorded 14 inches of snow") and of the place right after its phrase
    ("22 inches of snow on Veddington"). A speaker ("Envoy Novik Hale said") is no
    holder: the names before a verb of saying are dropped, not those before a verb of
    measuring ("Harbor City recorded": `amount_measuring_verbs`)."""
    start = sentence_of(document, claim)[0]
    begin = max(start, claim.location.start - _LEAD)  # bounded: a long sentence stays linear
    lead = _TOKEN.findall(document.prose[begin : claim.location.start])
    said = max((i for i, t in enumerate(lead) if t.lower() in w.speech), default=-1)
    names = holder_names(lead[said + 1 :], said < 0 and begin == start, w)
    end = min(sentence_of(document, claim)[1], claim.location.end + _LOOK)
    tokens = _TOKEN.findall(document.prose[claim.location.end : end])
    at = 2
    while at < min(len(tokens), 2 + w.noun_words) and tokens[at][0].isalpha() and (
            tokens[at].lower() not in w.stops):
        at += 1  # the phrase after "of"
    if at + 1 < len(tokens) and tokens[at].lower() in w.place_links:
        place = tokens[at + 1 : at + 4]
        cut = next((i for i, t in enumerate(place) if not t[0].isupper()), len(place))
        names |= holder_names(place[:cut], False, w)  # "on Veddington.": the name, no more
    return frozenset(names)


def other_holders(document: Document, a: Claim, b: Claim, w: AmountWords) -> bool:
    """Two amounts of one noun told of two holders or places, neither named by the
    other ("Veddington got 22 inches of snow" ... "Harbor City recorded 14 inches of
    snow"): two amounts, no restatement. Only amounts read here ("AMOUNT of NOUN")."""
    if amount_of(document, a, w) is None or amount_of(document, b, w) is None:
        return False
    x, y = holders(document, a, w), holders(document, b, w)
    return bool(x and y and not (x & y))


__all__ = ["AmountWords", "amount_of", "holders", "other_holders"]
