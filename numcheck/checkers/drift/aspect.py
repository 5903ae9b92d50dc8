"""How a figure is told: a fact of the story's event, or the state of its article's day.

Drift compares levels of different days only when both are one fact. A figure told in
the past tense of the story's event ("the convoy of 42 trucks was attacked", "the ferry
was carrying 212 passengers", "48,912 votes were cast") is fixed once it happened: two
articles of two days that give it differently contradict each other. A figure told as a
state ("are still without power", "now employs", "has pledged", "remain in hospital")
is its day's, and another day's figure is another fact. The words are data
(``[aspect]`` in alignment.toml): the figure's sentence, less its verbs of telling ("the
agency said"), must hold a past form and no word of a current state.

Only figures that no event of the lexicon keys are read so (a measured figure, a thing
with a unit): events carry their own flags (measures.toml ``[cumulative]``: a toll only
grows, people in shelters go home). A count of the event's things, or an amount of a
lexicon thing ("cubic metres of water", turnout), is fixed when told in the past; an
amount aligned by its measure (a price, a river's level, a speed) only when its
descriptor holds a verb of the event (``[descriptors] events``: "travelling at", "jailed
for", "valued at"), since a level told in the past ("shares closed at 412p") is still
one day's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.alignment import Alignment
from numcheck.checkers.drift.denominators import denominated, words_of
from numcheck.checkers.drift.entries import Entry
from numcheck.checkers.drift.measured import changes, eventful
from numcheck.checkers.drift.projected import ExpectedWords, told_as
from numcheck.checkers.drift.wholes import told_part
from numcheck.claims import Claim
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.quantity import Kind
from numcheck.text import norm

__all__ = ["AspectWords", "fixed", "lone_facts", "moment", "of_earlier", "of_period", "of_whole",
           "sized",
           "told_against", "told_now", "told_past"]

_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_YEAR = lazy_compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w,])")
# a period's word; a month followed by a day's number ("on march 3") names a day
_PERIOD = lazy_compile(r"\b([A-Za-z]+)\b(?!\s+\d)")


class AspectWords(NamedTuple):
    """alignment.toml ``[aspect]``: the words of a current state, of the past, of telling."""

    current: frozenset[str] = frozenset()
    current_phrases: tuple[tuple[str, ...], ...] = ()
    past: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    periods: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()  # lemmas of a level's measure: price, rate, depth
    revisable: frozenset[str] = frozenset()  # words of an estimate or an update: will, now
    revisable_phrases: tuple[tuple[str, ...], ...] = ()
    prospective: frozenset[str] = frozenset()  # of revisable, a plan's future: will, would
    estimating: frozenset[str] = frozenset()  # in a plan's future, an estimate: "will cost"
    moved: frozenset[str] = frozenset()  # [properties] moved: raised, cut
    moved_phrases: tuple[tuple[str, ...], ...] = ()  # "up from"
    months: frozenset[str] = frozenset()  # windows.toml [since]: read only capitalized
    weekdays: frozenset[str] = frozenset()  # windows.toml [since] days
    increments: tuple[tuple[str, ...], ...] = ()  # "a further", "another": an addition
    batch_ordinals: frozenset[str] = frozenset()  # "a second group of 80": a step
    batch_nouns: frozenset[str] = frozenset()
    period_leads: frozenset[str] = frozenset()  # "over the weekend": a closed period's count
    period_nouns: frozenset[str] = frozenset()
    # "last year", "each year": a figure of another span than the story's (``of_earlier``)
    earlier: tuple[tuple[str, ...], ...] = ()
    recurring: tuple[tuple[str, ...], ...] = ()
    now: tuple[tuple[str, ...], ...] = ()
    earlier_blockers: frozenset[str] = frozenset()
    ago_counts: frozenset[str] = frozenset()  # "two years ago", "three summers ago"
    ago_nouns: frozenset[str] = frozenset()
    # measures.toml [bearers] values: the word that ties a sum to the noun it is the value
    # of ("a contract worth £1.2m"), and [properties] links, the words between them
    values: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()  # [bearers] definite: "the", "its"
    per: frozenset[str] = frozenset()  # a denominator's words: "6.1p a share" (denominators.py)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> AspectWords:
        return _words(lexicon or Lexicon.default())


@cache
def _words(lexicon: Lexicon) -> AspectWords:
    table: Mapping[str, Any] = lexicon["alignment"].get("aspect", {})

    def words(name: str) -> list[str]:
        return [str(w).lower() for w in table.get(name, ())]

    current = words("current")
    revisable = words("revisable")
    prospective = words("prospective")
    if not set(prospective) <= set(revisable):
        raise LexiconError("alignment.aspect.prospective", "every word must be one of "
                           f"revisable: {sorted(set(prospective) - set(revisable))}")
    moved = [str(w).lower() for w in lexicon["alignment"].get("properties", {}).get("moved", ())]
    batches: Mapping[str, Any] = lexicon["checkers"].get("batches", {})
    openers = {str(w).lower() for w in batches.get("openers", ())}
    ordinals = [str(w).lower() for w in batches.get("ordinals", ())]
    if not openers <= set(ordinals):
        raise LexiconError("checkers.batches.openers", "every word must be one of ordinals: "
                           f"{sorted(openers - set(ordinals))}")
    pairs = {"checkers.batches ordinals, nouns": (
                 ordinals, [str(w).lower() for w in batches.get("nouns", ())]),
             "alignment.aspect period_leads, period_nouns": (
                 words("period_leads"), words("period_nouns"))}
    for where, (one, two) in pairs.items():
        if any(not w.isalpha() for w in one + two):
            raise LexiconError(where, "one word each")
        if set(one) & set(two):
            raise LexiconError(where, f"in both lists: {sorted(set(one) & set(two))}")
    (_, nouns), (leads, spans) = pairs.values()
    return AspectWords(
        current=frozenset(w for w in current if " " not in w),
        current_phrases=tuple(tuple(w.split()) for w in current if " " in w),
        past=frozenset(words("past")),
        telling=frozenset(words("telling")),
        periods=frozenset(words("periods")),
        levels=frozenset(words("levels")),
        revisable=frozenset(w for w in revisable if " " not in w),
        revisable_phrases=tuple(tuple(w.split()) for w in revisable if " " in w),
        prospective=frozenset(prospective),
        estimating=frozenset(words("estimating")),
        moved=frozenset(w for w in moved if " " not in w),
        moved_phrases=tuple(tuple(w.split()) for w in moved if " " in w),
        months=frozenset(str(m).lower()
                         for m in lexicon["windows"].get("since", {}).get("months", ())),
        weekdays=frozenset(str(d).lower()
                           for d in lexicon["windows"].get("since", {}).get("days", ())),
        increments=tuple(tuple(w.split()) for w in words("increments")),
        batch_ordinals=frozenset(ordinals) - openers,
        batch_nouns=frozenset(nouns),
        period_leads=frozenset(leads),
        period_nouns=frozenset(spans),
        earlier=_phrases(words("earlier_periods"), "alignment.aspect.earlier_periods"),
        recurring=_phrases(words("recurring_periods"), "alignment.aspect.recurring_periods"),
        now=_phrases(words("now_periods"), "alignment.aspect.now_periods"),
        earlier_blockers=frozenset(words("earlier_blockers")),
        ago_counts=frozenset(words("ago_counts")),
        ago_nouns=frozenset(words("ago_nouns")),
        values=frozenset(_one_word(lexicon["measures"].get("bearers", {}).get("values", ()),
                                   "measures.bearers.values")),
        definite=frozenset(_one_word(lexicon["measures"].get("bearers", {}).get("definite", ()),
                                     "measures.bearers.definite")),
        links=frozenset(str(w).lower() for w in
                        lexicon["alignment"].get("properties", {}).get("links", ())),
        per=frozenset(_one_word(table.get("per", ()), "alignment.aspect.per")),
    )


def _one_word(entries: Iterable[object], where: str) -> list[str]:
    """Lowercase single words; anything else is refused loudly."""
    out = [str(e).lower() for e in entries]
    if any(not _WORD.fullmatch(w) for w in out):
        raise LexiconError(where, "one word each")
    return out


def _phrases(entries: list[str], where: str) -> tuple[tuple[str, ...], ...]:
    """Phrases as token tuples, longest first; an entry the word reader cannot read as
    written (a digit, a mark) is rejected loudly."""
    out = []
    for entry in entries:
        tokens = tuple(entry.split())
        if not tokens or any(not _WORD.fullmatch(t) for t in tokens):
            raise LexiconError(where, f"not words: {entry!r}")
        out.append(tokens)
    return tuple(sorted(out, key=len, reverse=True))


def told_past(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether ``claim``'s sentence tells it in the past tense and as no current state
    (``text``: its document's text; no text, no reading)."""
    start, end = claim.sentence
    if text is None or end <= start:
        return False
    near = _TAG.sub(" ", text[max(start, claim.location.start - _PERIOD_REACH):
                              min(end, claim.location.end + _PERIOD_REACH)])
    if _spans(claim.window) or _period(near, words):
        return False  # a count of a period: "sold 40,000 cars in March", "in 2019"
    return _sentence_past(text, start, end, words)


@lru_cache(maxsize=256)
def _sentence_past(text: str, start: int, end: int, words: AspectWords) -> bool:
    """Whether ``text[start:end]`` is told in the past and as no current state: read once
    per sentence, not once per figure (a sentence of thousands of figures asks for each)."""
    written = _TAG.sub(" ", text[start:end])
    tokens = [t for t in _WORD.findall(written.lower()) if t not in words.telling]
    if any(t in words.current for t in tokens):
        return False
    if any(_within(tokens, phrase) for phrase in words.current_phrases):
        return False
    return any(_past(tokens, i, words) for i in range(len(tokens)))


def _spans(window: str | None) -> bool:
    """Whether a figure's window is a span of time ("in March", "since Saturday"), not
    the day it names ("on 2025-03-03"): a day dates a fact, a span makes a period's."""
    return bool(window) and _DAY.fullmatch(window or "") is None


_DAY = lazy_compile(r"on \d{4}-\d{2}-\d{2}")


def _period(sentence: str, words: AspectWords) -> bool:
    """Whether a sentence names a period: a year, or a word of ``periods`` (a month
    only capitalized, "March", not "the march"; not before a day's number, "March 3")."""
    if _YEAR.search(sentence):
        return True
    for m in _PERIOD.finditer(sentence):
        word = m.group(1)
        low = word.lower()
        if low in words.periods and (low not in words.months or word[:1].isupper()):
            return True
    return False


def _past(tokens: list[str], i: int, words: AspectWords) -> bool:
    """A past form at ``tokens[i]``; "was"/"were" of a progressive ("were taking part")
    tell a state at a time, no fact of the event: only another past form in the
    sentence ("was carrying 212 passengers when it ran aground") dates it."""
    token = tokens[i]
    if _progressive(tokens, i):
        return False
    return token in words.past or (token.endswith("ed") and len(token) > 4)


def _progressive(tokens: list[str], i: int) -> bool:
    """ "was"/"were" at ``tokens[i]`` with an -ing form right after: a state at a time."""
    return tokens[i] in _BE and any(t.endswith("ing") for t in tokens[i + 1:i + 3])


_BE = frozenset({"was", "were"})


def counted(claim: Claim) -> bool:
    """A count of things (trucks, passengers, votes), not an amount with a unit."""
    return claim.quantity.kind is Kind.COUNT and claim.quantity.unit is None


def fixed(claim: Claim, alignment: Alignment, text: str | None, words: AspectWords,
          *, keyed: bool = False) -> bool:
    """Told as a fact of the story's event: no keyed event (events carry their own
    flags), no change, no rolling window, not counted up; a count of things, an amount
    of a lexicon thing (``keyed``: "1.8 million cubic metres of water", "turnout was
    71.3%"), or an amount whose descriptor holds a verb of the event; told in the past."""
    if claim.key.event is not None or changes(claim) or alignment.grows(claim):
        return False
    if alignment.is_rolling(alignment.window(claim.window)):
        return False
    if sized(claim, alignment, text, words):
        return True
    if not (counted(claim) or keyed or eventful(claim, alignment)):
        return False
    return told_past(claim, text, words) and not _moved_to(claim, text, words)


def _moved_to(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether an amount is told as where a move took it ("raised its offer for Dunmore
    to 350p", "cut the fare to £2"): a word of ``moved`` before it in its sentence. The
    new level is its day's, not a fact of the event another day's figure restates."""
    if counted(claim) or text is None:
        return False
    start = claim.sentence[0]
    tokens = _WORD.findall(_TAG.sub(" ", text[max(start, claim.location.start - _REACH):
                                             claim.location.start]).lower())
    return any(t in words.moved for t in tokens) or any(
        _within(tokens, phrase) for phrase in words.moved_phrases)


_SIZES = frozenset({Kind.MONEY, Kind.PERCENT, Kind.MEASURE})
_PERIOD_REACH = 60  # characters each side of a count read for its period ("in March")
_REACH = 160  # characters read each side of a size for a level, an estimate or an update


def sized(claim: Claim, alignment: Alignment, text: str | None, words: AspectWords) -> bool:
    """An amount told as the size of a thing named by a noun ("the £45m contract", "a
    340-metre bridge", "revenue of $412 million", "a 4.5% pay offer"): the thing's own
    property, one fact whichever day an article gives it, unless the noun names a level
    that moves or a thing that grows (``[aspect] levels``: a price, a rate, a river's
    depth, a fire's front; verb frames such as "closed at" are levels unless
    ``eventful``), the words around it tell an estimate, an update (``[aspect]
    revisable``: "will cost", "now", "so far") or a state at a time (a progressive), or
    it has a window of its own: a year elsewhere in the sentence ("built in 1968") names
    no period of the size, and two periods' sizes are kept apart by their windows. The
    words read are those within ``_REACH`` characters of the figure in its sentence, so
    a long sentence of many figures is read in linear time."""
    if claim.quantity.kind not in _SIZES or not claim.measure:
        return False
    head = norm(claim.measure[0])
    if " " in head or alignment.content(claim.measure) & words.levels:
        return False  # a verb frame ("closed at"), or a level's noun
    start, end = claim.sentence
    if text is None or end <= start:
        return False
    opening = max(start, claim.location.start - _REACH)
    before = words_of(_TAG.sub(" ", text[opening:claim.location.start]), words.months,
                      opening == start)
    after = words_of(_TAG.sub(" ", text[claim.location.end:
                                        min(end, claim.location.end + _REACH)]), words.months,
                     False)
    tokens = before + after
    frame = _value_frame(before, head, words)
    if frame >= 0 and any(t in words.prospective for t in tokens):
        frame = -1  # "the grant, worth £3.4m, will fund": a plan's clause, not a signed sum
    denominator = denominated(after, words.per)  # "6.1p a share": no share price told
    per = len(before) + denominator if denominator >= 0 else -1
    if _spans(claim.window) or any((t in words.revisable and t not in words.prospective)
                                   or (t in words.levels and i not in (frame, per))
                                   for i, t in enumerate(tokens)):
        return False  # a period's own figure ("in the third quarter"), an estimate, a level
    if any(_progressive(tokens, i) for i in range(len(tokens))):
        return False  # a progressive: a state at a time ("were fighting a 12-mile front")
    if any(t in words.prospective for t in tokens) and (
            any(t in words.moved or t in words.estimating for t in tokens)
            or any(_within(tokens, phrase) for phrase in words.moved_phrases)):
        return False  # a plan moved ("up from £3.8m"), an estimate ("will cost £1.2bn")
    return not any(_within(tokens, phrase) for phrase in words.revisable_phrases)


def _value_frame(before: list[str], head: str, words: AspectWords) -> int:
    """The index in ``before`` of the word of value that ties a sum to its noun ("the
    contract, worth £1.2m", "Nordvik's deal, worth about $3bn": measures.toml [bearers]
    values), past the links right before the figure, when a determiner of a known thing
    opens that noun (``head``, the claim's measure: "the", "its", a possessive); -1 when
    none. That word says whose value the sum is, not that a level is told (the noun
    decides that: "shares worth £3m"); "a grant, worth £1.1m" brings in one more grant,
    no evidence that it is the story's one."""
    k = len(before) - 1
    while k >= 0 and before[k] in words.links and before[k] not in words.values:
        k -= 1
    if k < 0 or before[k] not in words.values:
        return -1
    nouns = [j for j in range(k - 1, max(-1, k - _BEARER), -1)
             if before[j] == head or before[j] == head + "s" or before[j] == head + "es"]
    if not nouns:
        return -1
    j = nouns[0] - 1
    while j >= 0 and nouns[0] - j <= _OPENER:
        if before[j] in words.definite or before[j].endswith("'s"):
            return k
        if before[j] in ("a", "an"):
            return -1
        j -= 1
    return -1


_BEARER = 12  # words read back from the word of value to its noun
_OPENER = 4  # words read back from the noun to its determiner ("the new bypass contract")


def _within(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands among ``tokens``, word for word."""
    size = len(phrase)
    return any(tuple(tokens[i:i + size]) == phrase for i in range(len(tokens) - size + 1))


def lone_facts(windows: Iterable[list[Entry]]) -> None:
    """Keep a figure of one block (its entries by window) a fixed fact only when its
    article gives no other figure of the block: "the two took fewer than 2,000 votes"
    beside "Keeble's 1,706" are two counts of votes, and which one another day's
    article retells is not known."""
    groups = list(windows)
    values: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for entries in groups:
        for e in entries:
            values[e.claim.location.path].add((e.hard.low, e.hard.high))
    for entries in groups:
        entries[:] = [dataclasses.replace(e, fixed=False)
                      if e.fixed and len(values[e.claim.location.path]) > 1 else e
                      for e in entries]


_BRIDGE = frozenset({"on", "late", "early", "reporters", "journalists"})


def moment(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether the day a figure names (``Claim.day``) is its fact's and not only the day
    it was told: "Turnout was 71.3%, the commission said on Monday" dates the telling
    (a weekday right after a verb of telling), "Turnout in Sunday's election" the fact."""
    start, end = claim.sentence
    if claim.day is None or text is None or end <= start:
        return claim.day is not None
    tokens = _WORD.findall(_TAG.sub(" ", text[start:end]).lower())
    for i, token in enumerate(tokens):
        if token.removesuffix("'s") not in words.weekdays:
            continue
        k = i - 1
        while k >= 0 and tokens[k] in _BRIDGE:
            k -= 1
        if k < 0 or tokens[k] not in words.telling:
            return True
    return not any(t.removesuffix("'s") in words.weekdays for t in tokens)


def added(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether a figure is told as an addition to a total ("a further 3 people died",
    "another 12 cases were confirmed", "16 more cases"): a change of the total, which no
    level or fact of another article restates (``[aspect] increments`` right before it,
    or before the hedge it opens with: "another nearly 200"; "more" right after it)."""
    if text is None or not words.increments:
        return False
    start, end = claim.location.start, claim.location.end
    if _MORE.match(text, end):
        return True  # "16 more cases", "3 more people had died"; not "5 more than"
    tokens = _WORD.findall(_TAG.sub(" ", text[max(0, start - 40):start]).lower())
    while tokens and tokens[-1] in _HEDGES:
        tokens.pop()
    if _batch(tokens, words):
        return True  # "a second group of 80 prisoners": a step of the count, not its level
    return any(tuple(tokens[-len(p):]) == p for p in words.increments if len(tokens) >= len(p))


def _batch(tokens: list[str], words: AspectWords) -> bool:
    """Whether the words before a figure end in an ordinal, a batch's noun and "of"
    (``[batches]`` of checkers.toml, less its ``openers``): "a third convoy of 40 trucks"."""
    return len(tokens) >= 3 and tokens[-1] == "of" and tokens[-2] in words.batch_nouns and (
        tokens[-3] in words.batch_ordinals)


# "more" right after a figure, not opening a comparison ("5 more than", "5 more people than")
_MORE = re.compile(r"[ \t]+more\b(?![ \t]+than\b)(?![ \t]+[\w'’-]+[ \t]+than\b)", re.IGNORECASE)


_HEDGES = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "at", "least",
                     "more", "than", "over", "up", "to", "approximately"})


def fact_verb(claim: Claim, text: str | None, words: AspectWords) -> str | None:
    """The past form a figure's own clause tells it with, right after its noun and an
    auxiliary ("14 schools were closed", "3 schools had reopened"): what the fact is.
    None when a mark or a clause word ("when", "which") comes first: "212 passengers when
    it ran aground" tells the ship's fact, not the passengers'."""
    if text is None:
        return None
    end = claim.location.end
    clause = _CLAUSE_END.split(_TAG.sub(" ", text[end:end + 60]), maxsplit=1)[0]
    for token in _WORD.findall(clause.lower())[:_VERB_REACH]:
        if token in _CLAUSE_WORDS:
            return None
        if token in _AUXILIARIES:
            continue
        if token in words.past or (token.endswith("ed") and len(token) > 4):
            return str(token)
    return None


_VERB_REACH = 5  # words after a figure its verb may stand at: its noun, an auxiliary
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been", "being", "be"})
_CLAUSE_WORDS = frozenset({"when", "as", "which", "who", "that", "while", "after", "before",
                           "it", "they", "and", "but", "because", "since", "until"})
_CLAUSE_END = lazy_compile(r"[,.;:!?()—–]")


def of_whole(claim: Claim, text: str | None) -> float | None:
    """The whole a running count is told "of" right after its figure ("200 of the 600
    covered by the deal", "3,000 out of 12,000 homes"): the plan or population it is
    counted against, another measure than the count, or None."""
    if text is None:
        return None
    match = _OF_WHOLE.match(text, claim.location.end)
    if match is None:
        return None
    try:
        value = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    return value * _SCALES.get((match.group(2) or "").lower(), 1.0)


# "of the 600", "out of 12,000", "of its 4,500", "of a planned 600", "of 1.2 million"
_OF_WHOLE = lazy_compile(
    r"[ \t]+(?:[a-z]+[ \t]+)??(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|a|an|some|"
    r"about|around|nearly|almost|roughly|planned|promised|pledged|targeted|total|all)"
    r"[ \t]+){0,3}(\d[\d,]*(?:\.\d+)?)(?![\d%])(?:[ \t]+(million|billion|thousand))?",
    re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def of_period(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether a figure's clause tells it as a closed period's count ("treated 380 people
    over the weekend", "1,200 cases last week", ``[aspect] period_leads`` then up to two
    words and a noun of ``period_nouns``), read within ``_PERIOD_REACH`` characters of it
    in its sentence, up to a comma or a semicolon: not a running total since an onset."""
    start, end = claim.sentence
    if text is None or end <= start or claim.window:
        return False  # a window of its own ("since the heatwave began") is read already
    after = _CLAUSE_END.split(text[claim.location.end:min(end, claim.location.end
                                                          + _PERIOD_REACH)], maxsplit=1)[0]
    before = _CLAUSE_END.split(text[max(start, claim.location.start - _PERIOD_REACH):
                                    claim.location.start])[-1]
    for part in (before, after):
        tokens = _WORD.findall(_TAG.sub(" ", part).lower())
        for i, token in enumerate(tokens):
            if token in words.period_leads and any(
                    t in words.period_nouns for t in tokens[i + 1:i + 4]):
                return True
    return False


def told_against(claim: Claim, text: str | None, words: AspectWords) -> dict[str, Any]:
    """The ``Entry`` fields of what a count is told against: the whole it is "of"
    (``of_whole``), the part it is the whole of (``of_part``: wholes.py), a closed
    period of its own (``period``), an expectation or a level to come (``told_as``:
    projected.py) and the story's own span said in words (``now``: ``told_now``)."""
    return {"of_whole": of_whole(claim, text), "of_part": told_part(claim, text),
            "period": of_period(claim, text, words),
            "told_as": told_as(claim, text, ExpectedWords.from_lexicon()),
            "now": told_now(claim, text, words)}


EARLIER = "of an earlier period"  # ``Entry.window`` of a figure ``of_earlier`` reads
RECURRING = "of each year"
NOW = "of now"  # what ``told_now`` reads: "this year", "now", "so far"
_EARLIER_REACH = 40  # characters after a figure read for its period ("11 people last winter")
_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?|\d")


def of_earlier(claim: Claim, text: str | None, words: AspectWords) -> str | None:
    """The span of a figure its clause tells of an earlier year or season ("Last year's
    cyclone killed 41 people", "killed 11 people last winter", "down from 58% a year
    ago": ``EARLIER``) or of any year ("about 20 die each year": ``RECURRING``), else
    None. The phrase stands after the figure in its clause, or before it in its
    sentence, with no other figure and no word of now between; a phrase after a
    comparison's word ("up 4% on a year earlier") is the comparison's. A figure of
    another span is no level of the story's days: two such figures are still compared."""
    start, end = claim.sentence
    if text is None or end <= start or claim.window:
        return None
    after = _CLAUSE_END.split(text[claim.location.end:min(end, claim.location.end
                                                          + _EARLIER_REACH)], maxsplit=1)[0]
    before = text[start:claim.location.start].split(";")[-1]
    found = _period_in(after, words, first=True)
    if found is None:
        found = _period_in(before, words, first=False)
    return found


def told_now(claim: Claim, text: str | None, words: AspectWords) -> bool:
    """Whether a figure's clause names the story's own span in words ("£47m this year",
    "now stands at 7.4 million": ``[aspect] now_periods``), read as ``of_earlier`` reads
    an earlier one: positive evidence that it is no figure of that earlier span."""
    start, end = claim.sentence
    if text is None or end <= start:
        return False
    after = _CLAUSE_END.split(text[claim.location.end:min(end, claim.location.end
                                                          + _EARLIER_REACH)], maxsplit=1)[0]
    before = text[start:claim.location.start].split(";")[-1]
    return NOW in (_period_in(after, words, first=True, now=True),
                   _period_in(before, words, first=False, now=True))


def _period_in(part: str, words: AspectWords, *, first: bool,
               now: bool = False) -> str | None:
    """The span a phrase of ``part`` names, read from the figure outwards: ``first``
    (after the figure) the first phrase, else the last; None when another figure or a
    word of now lies between, or the phrase follows a comparison's word. With ``now``,
    a word of now nearest the figure gives ``NOW``."""
    tokens = _TOKEN.findall(_TAG.sub(" ", part).lower().replace("\u2019", "'"))
    hits: list[tuple[int, int, str]] = []
    for kind, phrases in ((EARLIER, words.earlier), (RECURRING, words.recurring),
                          ("", words.now)):
        for phrase in phrases:
            n = len(phrase)
            hits.extend((i, i + n, kind) for i in range(len(tokens) - n + 1)
                        if tuple(tokens[i:i + n]) == phrase)
    hits.extend((i, i + 3, EARLIER) for i in range(len(tokens) - 2)
                if tokens[i + 2] == "ago" and tokens[i + 1] in words.ago_nouns
                and (tokens[i] in words.ago_counts or tokens[i].isdigit()))
    if not hits:
        return None
    i, j, kind = min(hits) if first else max(hits, key=lambda h: (h[1], -h[0]))
    between = tokens[:i] if first else tokens[j:]
    if any(t[:1].isdigit() for t in between):
        return None
    if not kind:
        return NOW if now else None
    if i > 0 and tokens[i - 1] in words.earlier_blockers:
        return None
    return kind
