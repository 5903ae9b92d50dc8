"""Time scope and place of a figure, read at sentence level.

A window ("in the last 24 hours", "over the past two days", "in the first seven
days", "since Feb. 24") is normalized so equal spans compare equal: "last 24 hours",
"last 2 days", "first 7 days", "since feb 24". A place is the first "in/near/outside
<the region | Name>" that is not part of a subject ("people in Ukraine have fled").
"""

from __future__ import annotations

import re

import regex  # type: ignore[import-untyped, unused-ignore]

from numcheck.extract.vocab import Vocab, match_phrase, norm

_REACH = 200  # characters: a clause is never read further than this from its figure
# what separates the clauses of a sentence, for reading a figure's place; the reversed
# copy finds the nearest separator before a figure in one search
_SEPARATOR = (
    r"[,;:()]|\s[–—]\s|\b(?:as|while|when|after|before|because|but|although|though|whereas|"
    r"which|who|where)\b"
)
_CLAUSE = re.compile(_SEPARATOR)  # stdlib re: faster forward scan than regex here
_CLAUSE_BACK = regex.compile(_SEPARATOR, regex.REVERSE)


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
        return f"{anchor} {count} {unit}"
    m = vocab.since_re.search(text, start, end) if "since" in low else None
    if m is not None:
        return "since " + " ".join(norm(m.group("when")).replace(".", "").split())
    return None


def clause_of(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` within the sentence ``[lo, hi)``."""
    lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
    back = _CLAUSE_BACK.search(text, lo, start)
    c_start = back.end() if back is not None else lo
    m = _CLAUSE.search(text, end, hi)
    return c_start, m.start() if m is not None else hi


def place_of(text: str, start: int, end: int, vocab: Vocab) -> str | None:
    """The place named in ``text[start:end]`` (one clause), if any."""
    for m in vocab.place_re.finditer(text, start, end):
        place = m.group("place")
        first = norm(place.split()[0])
        if first in vocab.not_places or match_phrase(vocab.qualifiers, [first], 0):
            continue  # "in March", "in the Russian city of ..."
        if _narrows_subject(text, m.start(), m.end(), start, end, vocab):
            continue
        if place[0].isupper() and _next_word(text, m.end(), end) in vocab.place_nouns:
            continue  # "in the Estonian city of ...": an adjective, not the place
        name = place.replace("’s", "").replace("'s", "")
        return name if name[0].isupper() else norm(name)
    return None


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
