"""A stable property of a named thing: one fact, whichever day an article tells it.

Drift compares two days' figures only when both are one fact (verdicts.py). A level of
a changing situation ("12,000 homes are without power", "300 people are in shelters", a
queue, a price) is its day's; a property of a thing ("the bridge is 430 metres long",
"the school has 620 pupils", "the firm employs 1,200 people", "the site is rated at 350
MW", "a fine of £4.2m", "the 54,000-strong union") is not, though it is told in the
present tense: two articles that give it differently contradict each other.

What tells the two apart is how the figure is predicated, read as a small grammar over
the words next to it, the words being data (alignment.toml ``[properties]``):

- a verb of a property before it (``verbs``: employ, seat, rated at), past ``links``
  (articles, copulas, hedges: "employs some 1,200 people");
- a noun of a property before it (``nouns``: "a population of 14,000", "the fine of
  £4.2m", "the contract is worth $45m");
- a verb of having with a counted noun of ``things`` after it ("has 620 pupils", "a
  hospital with 450 beds"; "the ward has 12 patients" is a level);
- a word of a dimension right after it (``dimensions``: "430 metres long", "-strong").

Never a figure whose neighbourhood tells an estimate or an update (``[aspect]
revisable``: "now employs", "will pay"), a move (``moved``: "after the cuts", "raised"),
a level (``[aspect] levels`` less this table's own words: "the queue is 14 miles long"),
or a period ("employed 7,000 in the 1970s").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.aspect import AspectWords, told_past
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.quantity import Kind

__all__ = ["CAPACITY", "PropertyWords", "attributive", "capacity", "held", "holder", "named",
           "reading", "stable", "unmarked"]

CAPACITY = "capacity"  # a frame of its own: what a thing can hold, not what it holds

_TAG = lazy_compile(r"<[^>]*>")
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?|[,;:()\d]")
_KINDS = frozenset({Kind.COUNT, Kind.MEASURE, Kind.MONEY, Kind.DURATION})
_REACH = 80  # characters read each side of a figure: linear in a long sentence
_LEFT = 6  # words walked left of a figure to its frame
_BEFORE = 8  # words before a figure read for an update or a level's subject
_MOVE = 3  # words read after the comma that ends a figure's clause ("..., up from 900")


class PropertyWords(NamedTuple):
    """alignment.toml ``[properties]``, with ``[aspect]``'s words of an update and a level."""

    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    having: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()
    dimensions: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    moved: frozenset[str] = frozenset()
    moved_phrases: tuple[tuple[str, ...], ...] = ()
    revisable: frozenset[str] = frozenset()
    revisable_phrases: tuple[tuple[str, ...], ...] = ()
    levels: frozenset[str] = frozenset()  # [aspect] levels less this table's words
    periods: frozenset[str] = frozenset()  # [aspect] periods
    unnamed: frozenset[str] = frozenset()  # capitalized words that name no holder
    holding: frozenset[str] = frozenset()  # verbs of a designed capacity: seat, carry
    abilities: tuple[tuple[str, ...], ...] = ()  # before them: "can", "designed to"
    abilities_words: frozenset[str] = frozenset()  # their words
    proposals: frozenset[str] = frozenset()  # words of a proposal: proposed, sought
    reports: frozenset[str] = frozenset()  # claimants.toml [cues] verbs: said, told
    values: frozenset[str] = frozenset()  # measures.toml [bearers] values: worth, costing
    definite: frozenset[str] = frozenset()  # [bearers] definite: the, its

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> PropertyWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> PropertyWords:
    table: Mapping[str, Any] = lexicon["alignment"].get("properties", {})

    def words(name: str) -> list[str]:
        return [str(w).lower() for w in table.get(name, ())]

    own = {*words("verbs"), *words("nouns"), *words("dimensions"), *words("links")}
    told = AspectWords.from_lexicon(lexicon)  # [aspect]'s words, and [properties] moved
    return PropertyWords(
        verbs=frozenset(words("verbs")),
        nouns=frozenset(words("nouns")),
        having=frozenset(words("having")),
        possessives=frozenset(words("possessives")),
        things=frozenset(words("things")),
        dimensions=frozenset(words("dimensions")),
        links=frozenset(words("links")),
        moved=told.moved,
        moved_phrases=told.moved_phrases,
        revisable=told.revisable,
        revisable_phrases=told.revisable_phrases,
        levels=told.levels - own,
        periods=told.periods,
        unnamed=frozenset(words("unnamed")),
        holding=frozenset(words("holding")),
        abilities=_phrases(words("abilities"), "alignment.properties.abilities"),
        abilities_words=frozenset(w for p in words("abilities") for w in p.split()),
        proposals=frozenset(_one_word(words("proposals"), "alignment.properties.proposals")),
        reports=frozenset(str(w).lower() for w in
                          lexicon["claimants"].get("cues", {}).get("verbs", ())),
        values=told.values,
        definite=told.definite,
    )


def _phrases(entries: list[str], where: str) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples; an entry that is not words is refused loudly."""
    out = tuple(tuple(e.split()) for e in entries)
    if any(not p or not all(w.isalpha() for w in p) for p in out):
        raise LexiconError(where, "words only")
    return out


def _one_word(entries: list[str], where: str) -> list[str]:
    if any(not e.isalpha() for e in entries):
        raise LexiconError(where, "one word each")
    return entries


def stable(claim: Claim, text: str | None, words: PropertyWords) -> bool:
    """Whether ``claim`` is told as a stable property of a thing (module docstring);
    ``text``: its document's text (none, no reading)."""
    frame, veto = reading(claim, text, words)
    return frame in _FRAMES and not veto


def capacity(claim: Claim, text: str | None, words: PropertyWords) -> bool:
    """Whether ``claim`` is told as what a thing can hold ("the hall can seat 800")."""
    return reading(claim, text, words) == (CAPACITY, "")


def attributive(claim: Claim, text: str | None, words: PropertyWords) -> bool:
    """Whether ``claim`` is a duration told before its noun of a property ("a four-year
    term"): its holder is the subject of the clause's verb (``named``)."""
    return reading(claim, text, words)[0] == "attributive"


_FRAMES = frozenset({"verb", "noun", "having", "dimension", "attributive"})
# "held" is weaker (``held``); ``CAPACITY`` stands apart (standing.py): "can seat 800"
# and "has 650 members" are two facts


def held(claim: Claim, alignment: Alignment, text: str | None, words: PropertyWords) -> bool:
    """Whether ``claim`` counts things a thing holds, told as no event and no move: a
    count of a lexicon thing that no event keys ("620 pupils", "430 buses", "46 beds"),
    aligned by what is said of it (keys.is_measured), with no word of an update, a level
    or a period near it. A situation's level is an event's count ("without power",
    "evacuated", "in hospital": measures.toml events) or told as moved ("still", "now"):
    neither is held. Weaker than a frame: verdicts.py compares it across days only
    between figures of one party."""
    if claim.quantity.kind is not Kind.COUNT or claim.key.thing is None:
        return False
    from numcheck.checkers.drift.keys import is_measured  # keys imports meeting, meeting this

    if claim.key.event is not None or not is_measured(claim, alignment):
        return False
    return reading(claim, text, words) == ("held", "")


def unmarked(claim: Claim, alignment: Alignment, text: str | None, words: PropertyWords,
             aspect: AspectWords) -> bool:
    """Whether ``claim`` counts things that no event keys, told as no event's and as no
    move: a count of a lexicon thing aligned by what is said of it ("the county runs 14
    libraries", "the 480 units on the estate"), with no word of an update, a level or a
    period near it (``reading`` vetoes nothing), not told in the past (a past fact is
    ``aspect.fixed``'s) and in no window. Such a count has no day of its own: nothing in
    its sentence says it moves, so two days' figures of it, for one holder and one
    party, are one fact (settled.py). A running level is an event's count ("in
    hospital", "without power": measures.toml events) or told so ("still", "now")."""
    if claim.quantity.kind is not Kind.COUNT or claim.key.thing is None:
        return False
    if claim.key.event is not None or claim.window or claim.is_change:
        return False
    from numcheck.checkers.drift.keys import is_measured  # keys imports meeting, meeting this

    if not is_measured(claim, alignment) or alignment.grows(claim):
        return False
    frame, veto = reading(claim, text, words)
    if veto or frame == CAPACITY:
        return False
    return text is not None and not told_past(claim, text, aspect)


def reading(claim: Claim, text: str | None, words: PropertyWords) -> tuple[str, str]:
    """(the frame that predicates ``claim`` as a property: "verb", "noun", "having",
    "dimension", "held" (things had or possessed: ``held``) or ""; what keeps it its
    day's: "update", "level", "period" or "")."""
    start, end = claim.sentence
    q = claim.quantity
    if text is None or end <= start or q.kind not in _KINDS or claim.is_change:
        return "", ""
    if q.change is not None or claim.window:
        return "", "period"  # a change, or a figure of a span ("in 2019", "since March")
    before = _tokens(text[max(start, claim.location.start - _REACH):claim.location.start])
    after = _tokens(text[claim.location.end:min(end, claim.location.end + _REACH)])
    before = [t for t in _clause(before, reverse=True) if t != ","][-_BEFORE:]
    after = _clause(after, reverse=False)
    tail: list[str] = []
    if "," in after:  # another clause ("..., the club said"); a move may still follow it
        after, tail = after[:after.index(",")], after[after.index(",") + 1:][:_MOVE]
    frame, at = _framed(before, after + tail, claim, words)
    if frame == "noun" and set(before[at + 1:]) & words.values and not _known(before, at, words):
        frame = ""  # "won a grant, worth £1.1m": one more grant, not the story's grant's size
    if any(t in words.levels for t in before):
        return frame, "level"  # a level's subject: "the queue is 14 miles long"
    # a noun's own amount whatever the verb governing it ("will pay the fine of £3.8m");
    # past the comma only a move is the figure's ("..., up from 900"): an estimate's or
    # an update's word there is the next clause's ("which seats 1,480, will reopen")
    near = (before[at:] if frame == "noun" else before) + after
    if frame in (CAPACITY, "attributive") and set(near) & words.proposals:
        return frame, "update"  # "proposed a five-year term", "sought an eight-year term"
    if any(t in words.revisable for t in near) or any(
            _within(near, p) for p in words.revisable_phrases):
        return frame, "update"
    if any(t in words.moved for t in near + tail) or any(
            _within(near + tail, p) for p in words.moved_phrases):
        return frame, "update"
    if any(t in words.periods for t in near + tail):
        return frame, "period"
    return frame, ""


def holder(claim: Claim, text: str | None, words: PropertyWords) -> str:
    """The name of the thing a property is told of: the last run of capitalized words
    before the figure in its clause ("Hillcrest Primary has 620 pupils", "Dornley Foods,
    which employs 1,800"), lowercased; "" when none is named ("the school has 620"). A
    clause a report verb opens is the figure's clause: the name before the verb is who
    says it ("Westline Rail said the viaduct carries ...": no name)."""
    start = claim.sentence[0]
    if text is None:
        return ""
    stretch = _TAG.sub(" ", text[max(start, claim.location.start - _REACH):claim.location.start])
    tokens = _CASED.findall(stretch.replace("\u2019", "'"))
    cut = [i for i, t in enumerate(tokens) if t in _STOPS or t[0].isdigit()]
    tokens = tokens[cut[-1] + 1:] if cut else tokens
    said = [i for i, t in enumerate(tokens[:-1]) if t.lower() in words.reports]
    tokens = tokens[said[-1] + 1:] if said else tokens  # "Westline Rail said the viaduct
    # carries": a report verb's subject is the claimant; the holder is in its clause
    run: list[str] = []
    for token in reversed(tokens):
        named = token[0].isupper() and token.lower() not in words.unnamed
        if named:
            run.append(token.lower().removesuffix("'s"))
        elif run:
            break
    return " ".join(reversed(run))


def named(claim: Claim, text: str | None, words: PropertyWords) -> str:
    """The holder of a figure told by a frame of its verb ("the mayor serves a four-year
    term", "the plant builds 1,200 cars a week"): its name (``holder``), else the noun
    right before the verb, lemmatized ("mayor"; "councillors serve" -> "councillor"), so
    two holders named by two nouns are two; "" when a pronoun or nothing stands there."""
    name = holder(claim, text, words)
    if text is None:
        return name
    start = claim.sentence[0]
    first = _CASED.search(_TAG.sub(" ", text[start:claim.location.start]))
    if name and not (first and name == first.group(0).lower()):
        return name  # a sentence's first word is capitalized as its first: no evidence
    before = _clause(_tokens(text[max(start, claim.location.start - _REACH):
                                  claim.location.start]), reverse=True)
    before = [t for t in before if t != ","]
    at = len(before) - 1
    while at >= 0 and before[at] in words.links:
        at -= 1  # past "a", "about", "up to"
    at -= 1  # past the verb
    while at >= 0 and before[at] in _ADVERBS:
        at -= 1
    while at >= 0 and before[at] in words.abilities_words:
        at -= 1  # "the hall can seat": past "can", "designed to"
    if at < 0 or before[at] in words.unnamed or before[at] in words.links:
        return ""
    return _lemma(before[at])


_ADVERBS = frozenset({"also", "only", "now", "still", "already", "currently"})
_CASED = lazy_compile(r"[A-Za-z]+(?:'[a-z]+)?|[;:()]|\d+")


def _tokens(stretch: str) -> list[str]:
    return _TOKEN.findall(_TAG.sub(" ", stretch).lower().replace("\u2019", "'"))


def _clause(tokens: list[str], *, reverse: bool) -> list[str]:
    """The words of the figure's own stretch: up to a digit (another figure) or a stop
    (";", ":", a bracket), on the figure's side."""
    stops = [i for i, t in enumerate(tokens) if t in _STOPS or t.isdigit()]
    if reverse:
        return tokens[stops[-1] + 1:] if stops else tokens
    return tokens[:stops[0]] if stops else tokens


_STOPS = frozenset({";", ":", "(", ")"})


def _framed(before: list[str], after: list[str], claim: Claim,
            words: PropertyWords) -> tuple[str, int]:
    """The frame of a property, with where in ``before`` its word stands: a verb, a noun
    or a verb of having or a possessive (with a counted noun of ``things`` after the
    figure; "held" with another) before it, or a dimension right after it; "" none."""
    if after and after[0] in words.dimensions and claim.quantity.kind is not Kind.MONEY:
        return "dimension", len(before)
    if after and claim.quantity.kind is Kind.DURATION and (
            after[0] in words.nouns or _lemma(after[0]) in words.nouns):
        return "attributive", len(before)  # "a four-year term", "a two-year ban"
    for at in range(len(before) - 1, max(-1, len(before) - 1 - _LEFT), -1):
        token = before[at]
        if token in words.links:
            continue
        if token in words.having or token in words.possessives or token.endswith("'s"):
            if claim.quantity.kind is not Kind.COUNT:
                return "", at
            return ("having" if _thing(claim, after, words) else "held"), at
        if token in words.nouns or _lemma(token) in words.nouns:
            return "noun", at
        if token in words.holding and _able(before[:at], words):
            return CAPACITY, at  # "can seat 800", "is designed to carry up to 212"
        return ("verb" if token in words.verbs else ""), at
    return "", 0


def _known(before: list[str], at: int, words: PropertyWords) -> bool:
    """A determiner of a known thing opens the noun at ``at`` ("the contract, worth",
    "Nordvik's deal, worth"): a sum its word of value ties to it is that thing's size;
    an article ("a grant, worth") brings in one more of them."""
    for token in reversed(before[max(0, at - _OPENER):at]):
        if token in words.definite or token.endswith("'s"):
            return True
        if token in ("a", "an"):
            return False
    return False


_OPENER = 4  # words read back from a noun to its determiner ("the new bypass contract")


def _able(before: list[str], words: PropertyWords) -> bool:
    """The words before a verb end in a phrase of an ability ("can", "designed to")."""
    return any(tuple(before[-len(p):]) == p for p in words.abilities if len(before) >= len(p))


def _thing(claim: Claim, after: list[str], words: PropertyWords) -> bool:
    """The counted noun after a figure is one of ``things``: its key's thing, its
    measure's head, or the next word."""
    heads = {claim.key.thing or "", claim.measure[0] if claim.measure else ""}
    if after:
        heads.add(_lemma(after[0]))
    return bool({_lemma(h) for h in heads if h} & words.things)


def _lemma(word: str) -> str:
    from numcheck.likeness import lemma  # simplemma: loaded only when figures are compared

    return lemma(word)


def _within(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i:i + size]) == phrase for i in range(len(tokens) - size + 1))
