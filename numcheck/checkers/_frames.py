"""What a figure without an event is said to be, read from the verb of its clause.

"The depot held 1,200 tonnes of fuel" and "the depot was storing 12,000 tonnes" have no
event of the claim vocabulary (killed, cut, evacuated ...), so they were never compared;
nor were "More than 950 jobs will go" and "940 jobs lost", or "More than 40 ships are
now anchored" and "the 34 ships waiting". Their verbs say the same thing: a *frame* is a
class of such verbs (data: ``[restated.frames]`` in numcheck/lexicon/checkers.toml). The
verb is the word right before the number (the figure is its object) or the first word
after the figure's noun that is no auxiliary or adverb (the figure is its subject). What
the frame is said of is the figure's thing, or, for a figure with none, the subject of a
verb before it ("the van plunged 40 feet": van; a distance, though its verb is one of
change). A frame may be kept to some things ("jobs will go", not "ships will go to
Rotterdam").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from numcheck.checkers._compare import before, compiled, cue_set, sentence_of
from numcheck.checkers._heads import lemma
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_WORD = re.compile(r"[^\W\d_][\w’'-]*|[,;:()\[\]—–\"“”]| - |\.\s")
_AFTER = 6  # words read after a figure for its noun and verb
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_KINDS = frozenset({Kind.COUNT, Kind.MEASURE})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "some", "about"})


class Frame(NamedTuple):
    """A figure's frame: the verb class, what it is said of, and the subject of a verb
    before the figure ("the depot held": depot), which another figure must share."""

    name: str
    of: str
    subject: str | None = None
    era: str = ""  # the years or the past its sentence names ("in 2015", "the last closure")

    @property
    def event(self) -> str:
        """The frame as a claim key's event ("held", "held by depot", "lost 2015")."""
        by = "" if self.subject is None else f" by {self.subject}"
        return f"{self.name}{by}{' ' + self.era if self.era else ''}"


class FrameWords(NamedTuple):
    verbs: Mapping[str, str]  # a verb form (or two words) -> its frame
    things: Mapping[str, frozenset[str]]  # frame -> the only things it applies to
    skips: frozenset[str]
    past: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> FrameWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        frames: Mapping[str, Any] = cues.get("frames", {})
        verbs = {w.lower(): name for name, t in frames.items() for w in t.get("words", ())}
        things = {
            name: frozenset(lemma(x) for x in t["things"])
            for name, t in frames.items()
            if t.get("things")
        }
        return cls(verbs, things, cue_set(cues, "frame_skips"), cue_set(cues, "frame_past"))

    def era(self, prose: str, start: int, end: int) -> str:
        """The years the sentence ``prose[start:end]`` names, or "past" for a word of
        another time: a figure of another year or of an earlier event is another
        figure."""
        return _era(prose, start, end, self.past)

    def verb(self, words: list[str], at: int) -> str | None:
        """The frame of the verb at ``words[at]`` (or of it and the next word)."""
        if at >= len(words):
            return None
        two = " ".join(words[at : at + 2])
        return self.verbs.get(two) or self.verbs.get(words[at])


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(text)]


def _subject(words: list[str], w: FrameWords) -> str | None:
    """The noun before a verb ("the van plunged": van), auxiliaries aside."""
    for word in reversed(words):
        if word in w.skips:
            continue
        if word.isalpha() and word not in _DETERMINERS and word not in w.verbs:
            return lemma(word)
        return None
    return None


def frame_of(document: Document, claim: Claim, lex: Mapping[str, Any]) -> Frame | None:
    """The frame of a figure without an event, or None."""
    w = compiled(FrameWords.of, lex)
    q, thing = claim.quantity, claim.key.thing
    if q.kind not in _KINDS or (claim.is_change and claim.key.dimension != "[length]"):
        return None  # shares, money and changes have their own checks; a fall is a length
    lead = _tokens(before(document, claim, 60))
    name: str | None = None
    subject = None
    if lead:
        name = w.verb(lead[-1:], 0)
        if name is not None:
            subject = _subject(lead[:-1], w)
            thing = thing or subject
    if name is None:
        end = sentence_of(document, claim)[1]
        tail = _tokens(document.prose[claim.location.end : min(end, claim.location.end + 60)])
        noun = lemma(q.noun) if q.noun else None
        i = 0
        while i < min(len(tail), _AFTER) and (
            tail[i] in w.skips or (noun is not None and lemma(tail[i]) == noun)
        ):
            i += 1
        name = w.verb(tail, i)
    if name is None or thing is None:
        return None
    allowed = w.things.get(name)
    if allowed is not None and lemma(thing) not in allowed:
        return None
    start, end = sentence_of(document, claim)
    return Frame(name, thing, subject, w.era(document.prose, start, end))


__all__ = ["Frame", "frame_of"]


@lru_cache(maxsize=256)
def _era(prose: str, start: int, end: int, past: frozenset[str]) -> str:
    """``FrameWords.era``, read once per sentence (a sentence of thousands of figures
    asks for each)."""
    sentence = prose[start:end]
    years = sorted(set(_YEAR.findall(sentence)))
    if years:
        return " ".join(years)
    return "past" if past & set(_tokens(sentence)) else ""
