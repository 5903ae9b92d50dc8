"""Who a figure is told of: the names of its clause before the figure ("Magistrates
fined Lee Ash £1,200", "His co-defendant, Carl Moss, was fined £800", "Greyfield Bank
made a profit of £2.1bn"), one notion read by the restatement checker
(_restate_amounts.holders) and by drift (drift/align.py, drift/verdicts.py).

Two sources that give figures of one kind for two holders ("Harwell Council set a budget
of £310m", "Neighbouring Stanmere Council set a budget of £285m") tell two facts, not one
fact told twice. A holder is read from the capitalised words of the clause before the
figure; a speaker is no holder (the names before a verb of saying are dropped, not those
before a verb of measuring: `amount_measuring_verbs`), nor is a month or a weekday. A
sentence's first word alone ("Quarterly revenue was", "Ash was fined") names no one: a
capital there may be the sentence's, so the reader errs towards no holder.

Two holders differ only when each side names one by a word of its own and they share no
such word: the words that name a kind of body ("council", "bank": claimants.toml
``[organisations]`` and the description words) do not tell one holder from another, so
"Harwell Council" and "Stanmere Council" differ, "Lee Ash, 34," and "Ash" meet, and a
side that names none ("The haulier was fined £80,000") differs from no one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple, Protocol

from numcheck.checkers._heads import lemma
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon

__all__ = [
    "HolderWords", "NameWords", "apart", "held_by", "lead_names", "names", "tellers", "told_of",
]

TOKEN = lazy_compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")
LEAD = 120  # characters before a figure read for its holder: a long sentence stays linear


class HolderWords(NamedTuple):
    """The words that read a holder: function words, calendar names, verbs of saying,
    and the words that name a kind of body, not one body."""

    stops: frozenset[str]
    calendar: frozenset[str]
    speech: frozenset[str]
    kinds: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()  # and pronouns: no holder of their own
    prepositions: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lex: Mapping[str, Any], dates: Mapping[str, Any],
           claimants: Mapping[str, Any],
           numbers: Mapping[str, Any] | None = None) -> HolderWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        calendar = {str(m).rstrip(".") for m in dates.get("months", {})}
        measuring = {str(v).lower() for v in cues.get("amount_measuring_verbs", ())}
        verbs = {str(v).lower() for v in claimants.get("cues", {}).get("verbs", ())}
        described = claimants.get("descriptions", {})
        kinds = {str(w).lower() for w in claimants.get("organisations", {}).get("words", ())}
        kinds |= {str(w).lower() for v in described.values() if isinstance(v, Mapping)
                  for w in v.get("words", ())}
        return cls(
            frozenset(w.lower() for w in (*cues.get("head_stops", ()),
                                          *cues.get("amount_ends", ()))),
            frozenset(calendar | {str(d) for d in cues.get("amount_calendar", ())}),
            frozenset(verbs - measuring),
            frozenset(kinds),
            frozenset(str(w).lower() for w in (*cues.get("holder_determiners", ()),
                                               *cues.get("holder_pronouns", ()))),
            frozenset(str(w).lower() for w in cues.get("holder_prepositions", ())),
            frozenset(str(w).lower() for w in cues.get("holder_clause_breaks", ())),
            frozenset(str(w).lower() for part in ("units", "tens", "multipliers")
                      for w in (numbers or {}).get(part, {})),
        )

    @staticmethod
    def from_lexicon(lexicon: Lexicon | None = None) -> HolderWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> HolderWords:
    return HolderWords.of(lexicon["checkers"], lexicon["dates"], lexicon["claimants"],
                          lexicon["numbers"])


class NameWords(Protocol):
    """What ``names`` reads: function words and calendar names (HolderWords, and the
    restatement checker's AmountWords)."""

    @property
    def stops(self) -> frozenset[str]: ...

    @property
    def calendar(self) -> frozenset[str]: ...


def names(tokens: list[str], first: bool, w: NameWords) -> set[str]:
    """The capitalised words of ``tokens`` that name someone or somewhere: not a month
    or a weekday, and the sentence's first word alone only when it is no function word,
    no plural ("Analysts said") and not right before the figure ("Some 340 mm")."""
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if not token[0].isupper() or token.rstrip(".") in w.calendar:
            continue
        low = token.lower()
        if i == 0 and first and not (i + 1 < len(tokens) and tokens[i + 1][0].isupper()):
            last = i + 1 == len(tokens)
            if last or low in w.stops or lemma(low) != low or not tokens[i + 1][0].isalpha():
                continue
        out.add(low)
    return out


def lead_names(prose: str, sentence_start: int, figure_start: int,
               w: HolderWords) -> set[str]:
    """The names of the clause before a figure, after its last verb of saying: who the
    figure is told of ("Harbor City recorded 14 inches"; not "Envoy Novik Hale said")."""
    begin = max(sentence_start, figure_start - LEAD)
    lead = TOKEN.findall(prose[begin:figure_start])
    cut = max((i for i, t in enumerate(lead) if t.lower() in w.speech or t in w.breaks
               or (t.lower() in w.breaks and i > 0)), default=-1)
    clause = lead[cut + 1 :]
    first = cut < 0 and begin == sentence_start
    if first and clause and not (len(clause) > 1 and clause[1][0].isupper()):
        clause[0] = clause[0].lower()  # "Quarterly revenue was", "Ash was fined": unsure
    return names(_described(clause, w), first, w)


def _described(tokens: list[str], w: HolderWords) -> list[str]:
    """``tokens`` without the names that name no holder, lowered: a run that modifies a
    description ("The Bristol firm", "the Leeds start-up": after a determiner, before a
    lowercase word), a run in a phrase of the clause ("linked to Pellow bakery", "in
    the Calder valley"), a number word ("Nine people")."""
    out = list(tokens)
    i = 0
    while i < len(out):
        low = out[i].lower()
        if not out[i][0].isupper() or low.split("-")[0] in w.numbers or (
                low in w.determiners or low in w.prepositions or low in w.stops):
            out[i] = low  # "Nine people": a number; "The", "In Northmoor": a function word
            i += 1
            continue
        before = out[i - 1].lower() if i else ""
        if before in w.determiners and i > 1:
            before = out[i - 2].lower()  # "in the Calder valley"
        elif before in w.determiners:
            before = ""
        j = i
        while j < len(out) and out[j][0].isupper():
            j += 1
        described = i and out[i - 1].lower() in w.determiners and (
            j < len(out) and out[j][0].islower())
        if described or before in w.prepositions:
            out[i:j] = [t.lower() for t in out[i:j]]
        i = j
    return out


def _own(words: Iterable[str], w: HolderWords) -> frozenset[str]:
    """The words that name one holder: no kind of body, no possessive ending."""
    out = (x.removesuffix("'s").removesuffix("\u2019s") for x in words)
    return frozenset(x for x in out if x and x not in w.kinds and x not in w.stops)


def told_of(prose: str, sentence_start: int, figure_start: int,
            w: HolderWords) -> frozenset[str]:
    """The words of its own that name who a figure is told of (``lead_names`` without
    the words of a kind of body): what ``apart`` compares."""
    return _own(lead_names(prose, sentence_start, figure_start, w), w)


def apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two holders read by ``told_of`` that differ: both named, no word shared."""
    return bool(x and y and not x & y)


def tellers(claimants: Iterable[str | None]) -> frozenset[str]:
    """The words of the claimants who tell a story's figures ("Westmark Public Health
    said"): a teller is no holder, so "Westmark Public Health has tied 24 infections to
    the bakery" is not told of another holder than "the outbreak reaches 27 cases"."""
    return frozenset(w.lower() for c in claimants if c for w in TOKEN.findall(c)
                     if w[0].isalpha())


def held_by(claim: Claim, text: str | None) -> frozenset[str]:
    """Who a claim's figure is told of, read in its sentence before it (``told_of``);
    a claim without a sentence reads from the start of its line."""
    if text is None:
        return frozenset()
    start, end = claim.sentence
    if end <= start:
        start = text.rfind("\n", 0, claim.location.start) + 1
    return told_of(text, start, claim.location.start, HolderWords.from_lexicon())
