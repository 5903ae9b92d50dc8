"""A relative clause after a definite figure's noun that retells the earlier figure's
clause by its verb: "Schools in 14 districts closed" ... "the 12 districts that shut
their doors"; "12 aid lorries reached the city on Wednesday" ... "the nine lorries that
got through on Wednesday".

A relative clause after the noun narrows the set ("the 150 workers who live nearby")
unless what it says was said of the earlier figure. Its verb is evidence of sameness
when it is the earlier clause's own verb or a verb phrase of one retelling set with it
(``[restated] retellings`` in checkers.toml: verbs any desk uses for one happening to one
set: "closed" / "shut their doors", "reached" / "got through"), and every other content
word of the clause (a day, a place, an object) was said of the earlier figure too. A
clause that adds anything ("that closed on Tuesday as well", "who were hired for the
Christmas season") still names a part. The earlier verb alone retells only when nothing
before the figure in its sentence may frame another set ("The 45 people who were rescued
were taken ..." after "Crews rescued 60 people", by a definite's whole set; not "Of those,
the 12 stores that close", "Last winter, the 45 people who were rescued"). The values
must read as one figure misstated (``near``), and the reference names no other event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import (
    cue_set,
    sentence_of,
    squash,
    stem,
)
from numcheck.checkers._heads import _WORD, HeadWords
from numcheck.checkers._restate_pair import near
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lexicon import LexiconError

_KEY = "restated.retellings"
_PUNCT = "\"“”‘’'(),.;:"
_ENDS = (",", ";", ":", ".", "!", "?")
AUXILIARIES = frozenset({"been", "being", "be", "had", "has", "have", "was", "were", "is",
                          "are", "will", "would", "could", "did", "do", "does", "also",
                          "all", "then", "later", "finally", "eventually", "just"})
_REACH = 120  # characters around the earlier figure read for its clause's words
_LONGEST = 4  # words in a retelling phrase at most


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in squash(phrase).split())


class Retellings(NamedTuple):
    """The retelling sets, each phrase as its stemmed words, and the words that open a
    relative clause."""

    sets: tuple[frozenset[tuple[str, ...]], ...]
    relatives: frozenset[str]
    prepositions: frozenset[str]  # the words that open a modifier after a noun
    remainders: frozenset[str]  # "the rest": the set's other part named after it
    heads: HeadWords

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> Retellings:
        restated: Mapping[str, Any] = lex.get("restated", {})
        table = restated.get("retellings", [])
        if not isinstance(table, list):
            raise LexiconError(_KEY, "expected a list of lists of verb phrases")
        sets: list[frozenset[tuple[str, ...]]] = []
        seen: dict[tuple[str, ...], int] = {}
        for i, group in enumerate(table):
            where = f"{_KEY}[{i}]"
            if not isinstance(group, list) or len(group) < 2:
                raise LexiconError(where, "expected a list of two or more verb phrases")
            members: set[tuple[str, ...]] = set()
            for phrase in group:
                words = phrase.split() if isinstance(phrase, str) else []
                if not words or len(words) > _LONGEST or not all(w.isalpha() for w in words):
                    raise LexiconError(where, f"expected one to {_LONGEST} words, got {phrase!r}")
                stems = _phrase_stems(phrase)
                if seen.get(stems, i) != i:
                    raise LexiconError(where, f"{phrase!r} is in two retelling sets")
                seen[stems] = i
                members.add(stems)
            sets.append(frozenset(members))
        return cls(tuple(sets), cue_set(restated, "relative_pronouns"),
                   cue_set(restated, "post_modifiers"), cue_set(restated, "retold_remainders"),
                   HeadWords.of(lex))

    def kin(self, verb: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
        """The phrases that retell ``verb`` (itself included)."""
        for members in self.sets:
            if verb in members:
                return members
        return frozenset({verb})

    def opening(self, words: Sequence[str]) -> tuple[str, ...]:
        """The longest retelling phrase opening ``words`` (stems), else the first word."""
        for n in range(min(_LONGEST, len(words)), 1, -1):
            if any(tuple(words[:n]) in members for members in self.sets):
                return tuple(words[:n])
        return tuple(words[:1])


def _clause(after: Sequence[str], w: Retellings) -> list[str] | None:
    """A relative clause's words from its verb on, lowercased, up to a clause mark or the
    next finite verb ("the nine lorries that got through on Wednesday were the first":
    got through on Wednesday); None when no relative pronoun opens it or a figure or
    symbol stands inside; a participle right after the noun opens such a clause too."""
    first = after[0].strip(_PUNCT).lower() if after else ""
    if first in w.relatives:
        start = 1
    elif len(first) > 4 and first.endswith("ed") and first.isalpha():
        start = 0  # a participle: "the 104 families put in hotels", "the 12 roads closed"
    else:
        return None
    words: list[str] = []
    for raw in after[start : start + 11]:
        word = raw.strip(_PUNCT).lower()
        auxiliary = word in AUXILIARIES or w.heads.predicate([word])
        if words and auxiliary:
            break  # "... on Wednesday were the first": the main clause's verb
        if not word.isalpha():
            return None
        if words or not auxiliary:
            words.append(word)
        if raw.endswith(_ENDS):
            break
    return words


def said_near(document: Document, earlier: Claim) -> list[str]:
    """The stemmed words around the earlier figure, in its sentence."""
    start, end = sentence_of(document, earlier)
    start = max(start, earlier.location.start - _REACH)
    end = min(end, earlier.location.end + _REACH)
    return [stem(x) for x in _WORD.findall(document.prose[start:end].lower())]


def _framed(document: Document, later: Claim, w: Retellings) -> bool:
    """Whether a word before the figure in its sentence may name another set than the
    earlier figure's: a content word ("Last winter, the 45 people who were rescued", "In
    Whitby, ...") or a preposition ("Of those, the 12 stores that close"). A clause that
    repeats the earlier verb alone after a figure that opens its sentence (but for its
    determiner and a conjunction: "But the 12 stores that close ...") tells the same set
    again."""
    start = sentence_of(document, later)[0]
    words = [x.strip(_PUNCT).lower() for x in document.prose[start : later.location.start].split()]
    return any(x in w.prepositions or w.heads.content([x]) for x in words)


def holds(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def retold_by_verb(
    document: Document, later: Claim, earlier: Claim, w: Retellings, shared: bool = False
) -> bool:
    """Whether the relative clause after ``later``'s noun retells ``earlier``'s clause:
    its verb (or a phrase of one retelling set with it) was said of the earlier figure,
    every other content word of the clause too, the reference names no other event,
    and the values read as one figure misstated."""
    return retold_stage(document, later, earlier, w, shared) == "retold"


def retold_stage(
    document: Document, later: Claim, earlier: Claim, w: Retellings, shared: bool = False
) -> str:
    """The first test ``retold_by_verb`` fails, or "retold" (a class of the code, which
    ``benchmarks/restated_shapes.py`` counts). ``shared``: another figure of its kind
    follows in its sentence, a partition ("..., and five landed on beaches")."""
    if later.key.event not in (None, earlier.key.event):
        return "another event"
    if not near(later, earlier):
        return "not near"
    end = sentence_of(document, later)[1]
    after = document.prose[later.location.end : end].split()
    if shared or any(x.strip(_PUNCT).lower() in w.remainders for x in after):
        return "a partition"  # "the 50 families who were housed ..., the rest with relatives"
    noun = squash(later.quantity.noun or "")
    if not noun or not after:
        return "no noun"
    prefix = noun[: max(3, len(noun) - 1)]
    at = next((i for i, x in enumerate(after[:3]) if x.lower().startswith(prefix)), None)
    if at is None or after[at].endswith(_ENDS):
        return "no noun"
    words = _clause(after[at + 1 :], w)
    if not words:
        return "no relative clause"
    verb = w.opening([stem(x) for x in words])
    said = said_near(document, earlier)
    if not any(holds(said, kin) for kin in w.kin(verb)):
        return "verb not said" + (" (in a set)" if len(w.kin(verb)) > 1 else " (in no set)")
    rest = w.heads.content(words[len(verb) :])
    if not all(x in said for x in rest):
        return "other words not said"
    if not rest and holds(said, verb) and _framed(document, later, w):
        return "the same verb alone"  # "Of those, the 12 stores that close": a part
    return "retold"


__all__ = ["AUXILIARIES", "Retellings", "holds", "retold_by_verb", "retold_stage", "said_near"]
