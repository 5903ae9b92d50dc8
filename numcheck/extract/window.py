"""Time scope and place of a figure, read at sentence level.

A window ("in the last 24 hours", "over the past two days", "in the first seven
days", "since Feb. 24", "since the rain began") is normalized so equal spans compare
equal: "last 24 hours", "last 2 days", "first 7 days", "since feb 24", "since rain
began"; different spans never normalize alike ("last few weeks" is not "last few
days"). A place is the first "in/near/outside <the region | Name [place noun]>" that
is not part of a subject ("people in Ukraine have fled").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex  # type: ignore[import-untyped, unused-ignore]

from numcheck.extract.vocab import Vocab, match_phrase, norm
from numcheck.lazyre import lazy_compile, lazy_regex

_REACH = 200  # characters: a clause is never read further than this from its figure
# what separates the clauses of a sentence, for reading a figure's place; the reversed
# copy finds the nearest separator before a figure in one search
_SEPARATOR = (
    r"[,;:()]|\s[–—]\s|\b(?:as|while|when|after|before|because|but|although|though|whereas|"
    r"which|who|where)\b"
)
_INTRO = 80  # characters: "In <place>," opens a sentence within this reach
_WORD = re.compile(r"\s*([\w\-]+)")
_POSSESSED = lazy_regex(r"[’']s\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)")
_OF_NAME = lazy_regex(r"\s+of\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)")
_CLAUSE = re.compile(_SEPARATOR)  # stdlib re: faster forward scan than regex here
_CLAUSE_BACK = regex.compile(_SEPARATOR, regex.REVERSE)
_TOKEN = lazy_compile(r"\S+")
_DATE_REACH = 24  # characters after an onset in which its date is read
# "began in 2014", "began in March": a year, or a word the caller checks is a month
_ONSET_YEAR = lazy_compile(r"\s+in\s+((?:1[89]|20)\d\d\b|[A-Z][a-z]+\.?)(?!\s*\d)")
_ONSET_ON = lazy_compile(r"\s*(?:on\s+|last\s+)?")  # "broke out on Saturday", "hit Monday"


def window_of(text: str, start: int, end: int, vocab: Vocab) -> str | None:
    low = text[start:end].lower()
    # a window needs one of its anchor words, "since" one of its own: most sentences
    # have neither, and a substring test is far cheaper than the regex scan
    has_anchor = any(a in low for a in vocab.anchors)
    m = vocab.window_re.search(text, start, end) if has_anchor else None
    if m is not None:
        anchor = vocab.anchors.get(norm(m.group("anchor")), norm(m.group("anchor")))
        unit, size = vocab.window_units[norm(m.group("unit"))]
        raw = m.group("n")
        count: int | str = 1
        if raw is not None:
            count = int(raw) if raw.isdigit() else vocab.window_numbers.get(norm(raw), raw)
        if isinstance(count, int):
            return f"{anchor} {count * size} {unit}"
        # "few weeks" is not "few days": a vague count keeps the unit as written
        return f"{anchor} {count} {norm(m.group('unit'))}"
    m = vocab.since_re.search(text, start, end) if "since" in low else None
    return None if m is None else _since(text, m, end, vocab)


def _since(text: str, m: regex.Match[str], end: int, vocab: Vocab) -> str | None:
    """ "since Feb. 24" -> "since feb 24"; "since the rain began" and "since the start
    of the rain" -> "since rain began"; an onset dated right after it, "since it broke
    out on Saturday", "since the mission began in 2014" -> "since saturday", "since
    2014" (the day it counts from, as "since Saturday" says it)."""
    if m.group("when") is not None:
        return "since " + _day_words(m.group("when"))
    if m.group("noun") is not None:
        what, after = _event_words(text, m.end(), end, vocab)
    else:
        what, after = [w for w in norm(m.group("what")).split()
                       if w not in vocab.since_determiners], m.end()
        if any(w in vocab.phrase_stops for w in what):
            what = []  # "since then it began": no event named
    if not what:
        return None
    dated = _dated(text, after, end, vocab)
    return f"since {dated}" if dated else f"since {' '.join(what)} began"


def _day_words(when: str) -> str:
    return " ".join(norm(when).replace(".", "").split())


def _dated(text: str, start: int, end: int, vocab: Vocab) -> str | None:
    """The day, month or year an onset is dated by right after it ("broke out on
    Saturday", "began in 2014", "began in March"), as a "since" window names it."""
    m = _ONSET_YEAR.match(text, start, min(end, start + _DATE_REACH))
    if m is not None:
        word = norm(m.group(1)).removesuffix(".")
        return word if word.isdigit() or word in vocab.day_months else None
    on = _ONSET_ON.match(text, start, end)
    at = on.end() if on is not None else start
    day = vocab.day_re.match(text, at, min(end, at + _DATE_REACH))
    if day is None or day.group("rel") is not None:
        return None  # "yesterday" says when the figure was told, not where it counts from
    return _day_words(day.group(0)).removesuffix("’s").removesuffix("'s")


def _event_words(text: str, start: int, end: int, vocab: Vocab) -> tuple[list[str], int]:
    """The event after "the start of": up to three words, determiners skipped, and
    where it ends."""
    out: list[str] = []
    at = start
    for m in _TOKEN.finditer(text, start, min(end, start + 60)):
        w = norm(m.group(0))
        bare = w.strip('.,;:!?"”’)')
        if not out and bare in vocab.since_determiners:
            continue
        if not bare.replace("-", "").isalpha() or bare in vocab.phrase_stops:
            break
        out.append(bare)
        at = m.end()
        if len(out) == 3 or bare != w:  # punctuation ends the phrase
            break
    return out, at


def clause_of(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` within the sentence ``[lo, hi)``."""
    lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
    back = _CLAUSE_BACK.search(text, lo, start)
    c_start = back.end() if back is not None else lo
    m = _CLAUSE.search(text, end, hi)
    return c_start, m.start() if m is not None else hi


def place_of(
    text: str, start: int, end: int, vocab: Vocab, figure: tuple[int, int] | None = None
) -> tuple[str | None, bool]:
    """The place named in ``text[start:end]`` (one clause), if any, and whether a part
    marker follows it ("In Hatay province alone"). With ``figure`` (its start and the
    start of the next figure), the figure's own place: the first one after it, before the
    next figure ("nine in Spain and seven in the UK": seven are in the UK), else the last
    one before it, else the clause's ("19 died and 60 were hurt in the province")."""
    found = list(_places(text, start, end, vocab))
    if not found:
        return None, False
    if figure is not None:
        at, stop = figure
        after = [f for f in found if at <= f[0] < stop]
        before = [f for f in found if f[0] < at]
        if after or before:
            return (after[0] if after else before[-1])[1:]
    return found[0][1:]


def _places(
    text: str, start: int, end: int, vocab: Vocab
) -> Iterator[tuple[int, str, bool]]:
    """(offset, place, part marker) of each place named in ``text[start:end]``."""
    for m in vocab.place_re.finditer(text, start, end):
        place, after = m.group("place"), m.end()
        inner = _POSSESSED.match(text, after, end)
        if inner is not None:  # "in Russia's Kursk region": Kursk region
            place, after = inner.group(1), inner.end()
        first = norm(place.split()[0])
        if first in vocab.not_places or match_phrase(vocab.qualifiers, [first], 0):
            continue  # "in March", "in the Russian city of ..."
        if _narrows_subject(text, m.start(), m.end(), start, end, vocab):
            continue
        if not place[0].isupper():
            # "in the city of Westry" names Westry; "in the city" the story's own place,
            # as a figure naming none does; "in the region" a wider area
            named = _OF_NAME.match(text, after, end)
            if named is not None:
                place, after = named.group(1), named.end()
            elif norm(place) in vocab.own_place:
                continue
        else:
            if _owner(text, after, end, vocab):
                continue  # "in Valdor's overnight attack": Valdor's, not a place
            noun, noun_end = _word_at(text, after, end)
            if norm(noun) in vocab.place_nouns:
                if norm(_word_at(text, noun_end, end)[0]) == "of":
                    continue  # "in the Estonian city of ...": an adjective, not the place
                place, after = f"{place} {noun}", noun_end  # "Hatay province"
            elif norm(noun) in vocab.name_modifies:
                continue  # "in the SELECT-HEART trial", "at the Riverton count"
        name = place.replace("’s", "").replace("'s", "")
        if name[0].isupper() and " " in name:
            name = _town_of(name, vocab)  # "Norton Crown Court": Norton
            if not name:
                continue
        nxt = _next_word(text, after, end)
        if nxt in vocab.cue_verbs:
            continue  # "the city administration in Miren said 14 ...": where the speaker sits
        alone = nxt in vocab.place_parts
        yield m.start(), (name if name[0].isupper() else norm(name)), alone


def _town_of(name: str, vocab: Vocab) -> str:
    """A capitalized place name less the institution words ending it ([places]
    institutions): "Leeds General Infirmary" -> "Leeds"; "" when nothing is left."""
    words = name.split()
    while words and norm(words[-1]) in vocab.institutions:
        words.pop()
    return " ".join(words)


def _owner(text: str, after: int, end: int, vocab: Vocab) -> bool:
    """A possessive name before a noun other than a place noun owns that noun ("in
    Valdor's overnight attack", a plural's "in the Legionnaires' outbreak"); "in
    Russia's Belgorod region" still names a place."""
    if text[after : after + 2] in ("'s", "’s"):
        mark = 2
    elif text[after : after + 1] in ("'", "’") and text[after - 1 : after] == "s":
        mark = 1
    else:
        return False
    noun, _ = _word_at(text, after + mark, end)
    return bool(noun) and noun[0].islower() and norm(noun) not in vocab.place_nouns


def intro_of(text: str, start: int, end: int, vocab: Vocab) -> tuple[int, int] | None:
    """The sentence-opening place phrase before its first comma ("In Castellan, police
    said"), when the sentence starts with an intro preposition."""
    first, _ = _word_at(text, start, end)
    if norm(first) not in vocab.place_intros:
        return None
    comma = text.find(",", start, min(end, start + _INTRO))
    return None if comma == -1 else (start, comma)


def _word_at(text: str, start: int, end: int) -> tuple[str, int]:
    """The word right after ``start`` (punctuation stripped) and where it ends."""
    m = _WORD.match(text, start, end)
    return (m.group(1), m.end()) if m is not None else ("", start)


def _narrows_subject(text: str, at: int, after: int, lo: int, hi: int, vocab: Vocab) -> bool:
    """True for "people in Ukraine have fled": the place narrows a subject before its verb."""
    head = text[max(lo, at - 40) : at].split()
    if not head or match_phrase(vocab.things, [norm(head[-1])], 0) is None:
        return False
    nxt = _next_word(text, after, hi)
    return nxt in vocab.auxiliaries or match_phrase(vocab.events, [nxt], 0) is not None


def _next_word(text: str, start: int, end: int) -> str:
    words = text[start : min(end, start + 40)].split()
    return norm(words[0].strip(".,;:!?")) if words else ""
