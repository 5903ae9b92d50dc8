"""Verbs that state a level of their subject: what a figure after them counts.

A reporter on any desk tells an amount as the complement of a verb whose subject is the
thing measured: "The repair bill amounted to £2.3m", "losses amounted to $870m", "the waiting
list now numbers 7,400", "the final cost ended up at $412 million", "the shortfall works
out at £38 a household", "inflation sits at 3.2%", "the chip clocks in at 3.2GHz". The
figure is a level of the subject, exactly as after "is" or "stood at" (``[grammar]
predicates``). Listing each tense of each verb by hand left most of them out, so the
lexicon holds them as lemmas with their particles (``[grammar] level_verbs``: "amount to",
"number", "stand at", "end up at") and every inflection is made here by the one verb
morphology of ``verbs.inflections`` (irregular pasts from ``[verbs.irregular]`` and
``[grammar] level_irregular``).

Verbs that relate a part to a whole ("accounts for 12%", "makes up a third") or an
amount to another figure ("equals", "represents") are no level of their subject and are
refused here, so a wrong entry fails loudly instead of filing shares as levels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from numcheck.extract.verbs import inflections
from numcheck.lexicon import LexiconError
from numcheck.text import norm

__all__ = ["level_forms"]

# particles a level verb may carry: the preposition before its complement, and the
# adverb particles of a phrasal verb ("end up at", "work out at", "clock in at")
_PARTICLES = frozenset({"to", "at", "into", "up", "out", "in", "around", "about", "off", "for",
                        "on"})
# verbs that relate the figure to another figure or to a whole: a share, never a level
_REFUSED = frozenset({"account", "make", "represent", "equal", "equate", "comprise",
                      "constitute", "form"})


def level_forms(entries: Iterable[Any], irregular: Mapping[str, Iterable[str]],
                key: str = "grammar.level_verbs") -> list[str]:
    """Every inflected form of each level verb of ``entries`` ("amount to" -> "amounts to",
    "amounted to", "amounting to", "amount to"); a wrong entry raises ``LexiconError``: not a
    string of lowercase words, a verb of ``_REFUSED`` (a part or a ratio, no level), or a
    word after the verb that is no particle (the form would never be said so)."""
    past = {norm(k): tuple(norm(str(f)) for f in v) for k, v in irregular.items()}
    out: list[str] = []
    for i, item in enumerate(entries):
        at = f"{key}[{i}]"
        if not isinstance(item, str) or not item.strip() or item != " ".join(item.split()):
            raise LexiconError(at, f"expected a verb and its particles, got {item!r}")
        words = item.split()
        if item != item.lower() or not all(w.isalpha() for w in words) or len(words) > 4:
            raise LexiconError(at, f"expected at most four lowercase words, got {item!r}")
        verb, *rest = words
        if verb in _REFUSED:
            raise LexiconError(at, f"{verb!r} relates a figure to a whole or another "
                                   "figure: no level of its subject")
        if not rest and verb.endswith(("ed", "ing")):
            raise LexiconError(at, f"{item!r} is inflected: give the verb's lemma")
        odd = [w for w in rest if w not in _PARTICLES]
        if odd:
            raise LexiconError(at, f"{odd[0]!r} is no particle of a level verb "
                                   f"(one of {sorted(_PARTICLES)})")
        forms = inflections(verb, past)
        if not rest:  # "the number 9 bus", "the top 10 firms", "a total 40": a bare
            forms -= {verb}  # lemma is a noun or adjective as often as a verb
        out.extend(" ".join((form, *rest)) for form in sorted(forms))
    return out
