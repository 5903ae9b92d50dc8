"""Whether a hedge word read before a number is a hedge, and which way it bounds.

Two classes of phrasing (phrasings.md 16.2, 16.3), both read from the words around the
hedge, never from one sentence:

* verbs of passing a threshold ("arrests pass 180", "broke $100,000") bound the figure
  from below; those that also take a counted object ("passed 12 bills", "crossed 3
  borders") do so only when no object follows; negated ("did not top 40%") they bound
  it from above; after a determiner ("the top 10") they are no verb;
* "over"/"under" that a word before governs is a particle or a preposition ("handed
  over 12 rifles", "a row over 12 homes", "trapped under 30 metres of rock").

The vocabulary is hedges.toml ``[threshold]`` and ``[governed]``. Every look is a
bounded window around the number, so parsing stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import Draft
from numcheck.parsing.lextables import norm, strs, table
from numcheck.quantity import Kind

# a negated verb of passing bounds from above: "did not top 40%" is at most 40%
NEGATED = {"gt": "le", "well_gt": "le", "above": "le", "ge": "lt"}
_PAIR = re.compile(r"[ \t]*[-–—‑][ \t]*\d")
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_THE = re.compile(r"(?<![^\W_])the\s+\Z", re.IGNORECASE)
_PLACE_DIMENSIONS = frozenset({"[length]", "[mass]"})


def _set(value: Any) -> frozenset[str]:
    return frozenset(norm(w) for w in strs(value))


class Governed(NamedTuple):
    """hedges.toml ``[threshold]`` and ``[governed]`` as lookup sets."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    not_after: frozenset[str]
    negations: frozenset[str]
    words: frozenset[str]
    place: frozenset[str]
    particle_verbs: frozenset[str]
    taking: Mapping[str, str]  # "took" -> "take"
    objects: Mapping[str, frozenset[str]]  # "take" -> {"site", ...}
    governors: frozenset[str]
    passive: frozenset[str]
    be: frozenset[str]
    level_words: frozenset[str]
    mark_nouns: frozenset[str]
    up_verbs: frozenset[str]
    up_modals: frozenset[str]
    up_hedges: frozenset[str]

    @classmethod
    def of(cls, section: Mapping[str, Any]) -> Governed:
        th, gov = table(section.get("threshold")), table(section.get("governed"))
        taking = {
            norm(form): lemma
            for lemma, forms in table(gov.get("object_verbs")).items()
            for form in strs(forms)
        }
        objects = {lemma: _set(nouns) for lemma, nouns in table(gov.get("objects")).items()}
        return cls(
            _set(th.get("verbs")), _set(th.get("object_verbs")), _set(th.get("not_after")),
            _set(th.get("negations")), _set(gov.get("words")), _set(gov.get("place")),
            _set(gov.get("particle_verbs")), taking, objects, _set(gov.get("governors")),
            _set(gov.get("passive")), _set(gov.get("be")), _set(th.get("level_words")),
            _set(th.get("mark_nouns")), _set(gov.get("up_verbs")), _set(gov.get("up_modals")),
            _set(gov.get("up_hedges")),
        )  # fmt: skip


def hedge_key(sc: ScanState, d: Draft, start: int, phrase: str, key: str) -> str | None:
    """The bound key hedge ``phrase`` (normalised, starting at ``start``) gives ``d``:
    ``key``, its reverse when negated, or None when the words are no hedge here."""
    g: Governed = sc.c.governed
    if phrase in g.words:
        return None if governed(sc, d, start, phrase) else key
    if phrase in g.up_hedges:
        return None if arrived(sc, start) else key
    if phrase not in g.verbs:
        return key
    lo = max(sc.floor, start - 40)
    prev = sc.last_word(lo, start)
    if prev in g.not_after or (not prev and phrase in g.object_verbs):
        return None  # "the top 10", "Top 10 tips"
    if phrase in g.object_verbs and object_follows(sc, d):
        return None  # "the Senate passed 12 bills", "passed 52-48"
    if negated(sc, lo, start, prev):
        return NEGATED.get(key, key)
    return key


def arrived(sc: ScanState, start: int) -> bool:
    """Whether "up to" at ``start`` is a moving verb's particle and the "to" of the level
    reached ("went up to 9,600", "ticked back up to 4.3%"), not a ceiling; a modal
    before the verb states a limit ("fines can go up to £5,000")."""
    g: Governed = sc.c.governed
    lo = max(sc.floor, start - 48)
    words = sc.text[lo:start].lower().split()[-4:]
    if words and words[-1] == "back":
        words.pop()
    if not words or words[-1] not in g.up_verbs:
        return False
    before = words[:-1]
    if before and before[-1] in ("not", "never"):
        before.pop()  # "could not go up to": still a limit
    return not before or (
        before[-1] not in g.up_modals and " ".join(before[-2:]) not in g.up_modals
    )


def the_mark(sc: ScanState, d: Draft, lo: int) -> None:
    """"crossed the 1 million mark", "broke through the 40,000 barrier", "did not top the
    8,000 level": a verb of passing before "the N <mark noun>" bounds the figure as it
    would before the bare number (hedges.toml [threshold] ``mark_nouns``)."""
    c, text = sc.c, sc.text
    g: Governed = c.governed
    if d.head is not None or sc.next_word(d.end) not in g.mark_nouns:
        return  # "crossed the 50-yard line" names a place
    m = _THE.search(text, lo, d.start)
    if m is None:
        return
    mh = c.hedge_rev.search(text, lo, m.start())
    if mh is None or not mh.lastgroup:
        return
    phrase = norm(mh.group(mh.lastgroup))
    if phrase not in g.verbs:
        return
    key = mh.lastgroup.removeprefix("s_")
    prev = sc.last_word(lo, mh.start())
    d.hedge_key = NEGATED.get(key, key) if negated(sc, lo, mh.start(), prev) else key
    d.hedge = " ".join(text[mh.start() : m.end()].split())
    d.start = mh.start()


_NEAR = frozenset({"approx", "below", "above", "well_gt"})  # bounds of closeness, not of passing


def level_hedge(sc: ScanState, hedge: str | None, key: str | None = None) -> bool:
    """Whether ``hedge`` ends in a word that places a figure a change reached ("fell
    below $1.20", "climbed past $90"): the figure is a level, not the change. A hedge
    of closeness (bound ``key`` "below", "above", ...: "just under half", "well above
    40%") says how near the figure is, not where a change took it."""
    if key in _NEAR:
        return False
    return hedge is not None and norm(hedge).rsplit(" ", 1)[-1] in sc.c.governed.level_words


def object_follows(sc: ScanState, d: Draft) -> bool:
    """Whether what the verb counts follows the figure: a counted noun ("12 bills"),
    "of" ("120 km of desert") or the second half of a tally ("52-48")."""
    text = sc.text
    if _PAIR.match(text, d.end) is not None or _OF.match(text, d.end) is not None:
        return True
    return counted_noun(sc, d) is not None


def counted_noun(sc: ScanState, d: Draft) -> str | None:
    """The lemma of the noun a bare count counts, or None (not a bare count)."""
    if d.kind is not Kind.COUNT or d.unit is not None or d.value is None:
        return None
    return sc.c.nouns.after(sc.text, d.end, True)


def negated(sc: ScanState, lo: int, start: int, prev: str) -> bool:
    """"did not top", "has yet to exceed", "never surpassed", "didn't pass"."""
    neg = sc.c.governed.negations
    if prev in neg or prev.endswith(("n't", "n’t")):
        return True
    two = sc.text[lo:start].lower().split()[-2:]
    return len(two) == 2 and " ".join(two) in neg


def governed(sc: ScanState, d: Draft, start: int, phrase: str) -> bool:
    """Whether "over"/"under" at ``start`` is governed by the word before it (a
    particle or a preposition) with ``d`` as its object, not a hedge."""
    g: Governed = sc.c.governed
    c = sc.c
    if d.kind in (Kind.DURATION, Kind.TIME):
        return False  # "took over 3 hours", "ran over 10 minutes": more than
    if phrase in g.place:
        dim = c.unit_dimension.get(d.unit or "") or c.pint.dimensions.get(d.unit or "")
        return (
            d.kind is Kind.MEASURE
            and dim in _PLACE_DIMENSIONS
            and _OF.match(sc.text, d.end) is not None
        )  # "trapped under 30 metres of rock"
    lo = max(sc.floor, start - 40)
    prev = sc.last_word(lo, start)
    if prev in g.particle_verbs or prev in g.governors:
        return True  # "handed over 12 rifles", "forked over $5m", "a row over 12 homes"
    noun = counted_noun(sc, d)
    if noun is None:
        return False
    lemma = g.taking.get(prev)
    if lemma is not None:
        return noun in g.objects.get(lemma, frozenset())  # "took over 3 sites"
    if prev in g.passive:  # "has been charged over 3 deaths"
        at = sc.text.rfind(prev, lo, start)
        before = sc.text[lo:at].lower().split()[-2:]
        return bool(before) and (before[-1] in g.be or " ".join(before) in g.be)
    return False
