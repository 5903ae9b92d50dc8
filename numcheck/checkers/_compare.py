"""Which claims the in-article checkers compare: amounts of the story, of one party,
place and incident; and the words around a figure (sentence, the text between two).

Checkers compare *claims*, never re-read numbers from text. Intervals are in
``_arith.py``, messages and findings in ``_words.py``, relations among the figures of
a sentence (parts, shares, levels, conversions) in ``_relations.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.quantity import Kind
from numcheck.text import norm

_T = TypeVar("_T")
_COMPILED: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = {}
_COMPILED_SIZE = 64


def lexicon(context: CheckContext, name: str = "checkers") -> Mapping[str, Any]:
    """A lexicon section (``checkers`` by default), with plugin additions when the engine
    passes them."""
    lex = context.extras.get("lexicon")
    if lex is None:
        from numcheck.lexicon import Lexicon

        lex = Lexicon.default()
    section: Mapping[str, Any] = lex[name]
    return section


def compiled(factory: Callable[..., _T], *tables: object) -> _T:
    """``factory(*tables)``, built once per lexicon rather than once per document.

    Cue objects normalise and sort every cue word of their lexicon section; over an archive
    that was a tenth of the run. Lexicon sections are read-only once loaded, so the cache is
    keyed by the identity of the tables (held, so an id is never reused while cached)."""
    key = (factory, *(id(t) for t in tables))
    hit = _COMPILED.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], tables, strict=True)):
        value: _T = hit[1]  # type: ignore[assignment]
        return value
    made = factory(*tables)
    if len(_COMPILED) >= _COMPILED_SIZE:
        _COMPILED.clear()
    _COMPILED[key] = (tables, made)
    return made


def words(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({v.lower() for v in values}, key=len, reverse=True))


def checkable(claim: Claim) -> bool:
    """An amount in the story proper: boilerplate is never compared with the story."""
    return claim.scope is not Scope.BOILERPLATE and claim.quantity.is_amount


# the project's one normaliser (numcheck.text.norm), by the name the checkers use
squash = norm


def cue_set(table: Mapping[str, Any], name: str) -> frozenset[str]:
    """A lexicon list of cue words, normalised for lookup."""
    return frozenset(squash(w) for w in table.get(name, ()))


_SUFFIXES = ("ures", "ure", "ions", "ion", "ing", "ed", "es", "s", "al", "e")


def stem(word: str) -> str:
    """A crude stem for matching a word with its kin ("seizure", "seizing", "seized";
    "cuts", "cut"; "repaved", "repave"): never shorter than four letters (three for a
    plural)."""
    for suffix in _SUFFIXES:
        least = 3 if suffix == "s" else 4  # "cuts" -> "cut", not "bus" -> "bu"
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            return word[: -len(suffix)]
    return word


def between(document: Document, first: Claim, second: Claim) -> str:
    """The words between two figures, lowercased with spaces collapsed."""
    return squash(document.prose[first.location.end : second.location.start])


def lead_of(document: Document, claim: Claim, limit: int = 120) -> str:
    """The words of the claim's sentence just before it, squashed: at most ``limit``
    characters, cut at a word boundary. Cues that end there ("bringing the toll to",
    "a total of") are a few words; reading the whole sentence before every figure would
    be quadratic in one long sentence."""
    start, end = sentence_of(document, claim)[0], claim.location.start
    if end - start > limit:
        cut = document.prose.find(" ", end - limit, end)
        start = cut + 1 if cut >= 0 else end
    return squash(document.prose[start:end])


def sentence_of(document: Document, claim: Claim) -> tuple[int, int]:
    """The claim's sentence span; the line holding it when the extractor gave none."""
    start, end = claim.sentence
    if end > start:
        return start, end
    text = document.text
    lo = text.rfind("\n", 0, claim.location.start) + 1
    hi = text.find("\n", claim.location.end)
    return lo, len(text) if hi == -1 else hi


SENTENCE_REACH = 300  # characters either side of a figure that its sentence is read in


def sentence_near(
    document: Document, claim: Claim, reach: int = SENTENCE_REACH
) -> tuple[int, int]:
    """The claim's sentence cut to ``reach`` characters either side of the figure: the
    words that frame a figure are near it, and reading a whole sentence once per figure
    is quadratic in one sentence of thousands of figures."""
    start, end = sentence_of(document, claim)
    return max(start, claim.location.start - reach), min(end, claim.location.end + reach)


def before(document: Document, claim: Claim, limit: int = 60) -> str:
    """The words of the claim's sentence right before it (lowercased)."""
    start = sentence_of(document, claim)[0]
    return squash(document.prose[max(start, claim.location.start - limit) : claim.location.start])


def same_party(x: str | None, y: str | None) -> bool:
    """Unknown, equal, or one names the other more fully ("ministry", "the interior ministry")."""
    if x is None or y is None:
        return True
    a, b = set(squash(x).split()) - {"the"}, set(squash(y).split()) - {"the"}
    return a <= b or b <= a


def same_incident(a: Claim, b: Claim) -> bool:
    """The incident half of ``ClaimKey.compatible``: equal, or unknown on either side.

    Checkers compare claims whose things differ ("people" and no thing), so they
    cannot use ``compatible`` (which also wants equal keys) for this part.
    """
    x, y = a.key.incident, b.key.incident
    return x is None or y is None or x == y


def party_words(name: str | None) -> frozenset[str] | None:
    """A claimant or place as ``same_party`` compares it: its words without "the"."""
    return None if name is None else frozenset(squash(name).split()) - {"the"}


def story_places(claims: Iterable[Claim]) -> list[frozenset[str]]:
    """Places the headline names: the story's own place, not a part of it."""
    found = {party_words(c.place) for c in claims if c.scope is Scope.HEADLINE and c.place}
    return [p for p in found if p]


def place_key(
    claim: Claim, cues: Sequence[str], story: Sequence[frozenset[str]]
) -> frozenset[str] | None:
    """The place a figure is part of; None for the whole story.

    No place, a whole cue ("nationwide", "in total") or the headline's place all
    stand for the whole; a figure with another place is a part of that whole
    (compared by NC201, never restated against it).
    """
    key = party_words(claim.place)
    if not key or claim.place is None or squash(claim.place) in cues:
        return None
    if any(key <= s or s <= key for s in story):
        return None
    return key


def same_place(x: frozenset[str] | None, y: frozenset[str] | None) -> bool:
    """Both the whole story, or places one of which names the other more fully."""
    if x is None or y is None:
        return x is y
    return x <= y or y <= x


def same_sentence(a: Claim, b: Claim, document: Document) -> bool:
    return sentence_of(document, a) == sentence_of(document, b)


def is_kind(claim: Claim, *kinds: Kind) -> bool:
    return claim.quantity.kind in kinds


def year_label(claim: Claim, item: Claim) -> bool:
    """A span of years between two counted items names the first one's group ("41 are
    children under 10, 15 are aged 10 to 19 and seven are adults"): no item of the list,
    and no end of it."""
    q = claim.quantity
    return q.kind is Kind.DURATION and q.unit == "year" and item.quantity.kind is Kind.COUNT
