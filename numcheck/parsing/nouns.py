"""The counted noun of a count and its lemma ("3.1 million tablets" -> "tablet").

The lemma follows English plural morphology read backwards, with the spellings
where that is ambiguous listed in numcheck/lexicon/nouns.toml (movie/movies,
life/lives, bus/buses, crisis/crises, hero/heroes, the irregular and Latin plurals).
A lemmatizer library would do the same job but costs 0.2 s or more to load (the
simplemma and lemminflect dictionaries), more than numcheck's whole cold start;
the tests check these rules against simplemma on a broad list of news nouns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

_LETTER = r"[^\W\d_]"  # any letter, accented too ("14 cafés", "200 naïve investors")
_WORD = re.compile(rf"[ \t\u00a0]+({_LETTER}(?:{_LETTER}|[’'])*(?:-{_LETTER}+)*)")


def _strs(value: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in value) if isinstance(value, list) else frozenset()


class Nouns(NamedTuple):
    """Lemma rules and the words that bound a counted noun phrase (from nouns.toml)."""

    invariant: frozenset[str]
    irregular: Mapping[str, str]
    es_after: tuple[str, ...]
    not_plural: tuple[str, ...]
    ie_nouns: frozenset[str]
    ves_f: frozenset[str]
    ses_s: frozenset[str]
    ses_sis: frozenset[str]
    oes_o: frozenset[str]
    window: int
    determiners: frozenset[str]
    stop: frozenset[str]
    skip: frozenset[str]
    verbs: frozenset[str]

    @classmethod
    def from_section(cls, section: Mapping[str, Any]) -> Nouns:
        endings = section.get("endings", {})
        lists = section.get("lists", {})
        find = section.get("find", {})
        return cls(
            invariant=_strs(section.get("invariant")),
            irregular={str(k).lower(): str(v) for k, v in section.get("irregular", {}).items()},
            es_after=tuple(_strs(endings.get("es_after"))),
            not_plural=tuple(_strs(endings.get("not_plural"))),
            ie_nouns=_strs(lists.get("ie_nouns")),
            ves_f=_strs(lists.get("ves_f")),
            ses_s=_strs(lists.get("ses_s")),
            ses_sis=_strs(lists.get("ses_sis")),
            oes_o=_strs(lists.get("oes_o")),
            window=int(find.get("window", 4)),
            determiners=_strs(find.get("determiners")),
            stop=_strs(find.get("stop")),
            skip=_strs(find.get("skip")),
            verbs=_strs(find.get("verbs")),
        )

    def is_plural(self, word: str) -> bool:
        """Whether ``word`` (lower-case) reads as a plural noun."""
        if word in self.invariant or word in self.irregular:
            return True
        return len(word) > 2 and word.endswith("s") and not word.endswith(self.not_plural)

    def lemma(self, word: str) -> str:
        """The singular of a (lower-case) noun; singular nouns come back unchanged."""
        w = word.lower()
        if w in self.invariant:
            return w
        hit = self.irregular.get(w)
        if hit is not None:
            return hit
        if not self.is_plural(w):
            return w
        if w.endswith("ies") and len(w) > 4:
            stem = w[:-3]
            return stem + "ie" if stem + "ie" in self.ie_nouns else stem + "y"
        if w.endswith("ves"):
            stem = w[:-3]
            for end in ("f", "fe"):
                if stem + end in self.ves_f:
                    return stem + end
            return stem + "ve"
        if w.endswith("oes"):
            stem = w[:-2]
            return stem if stem in self.oes_o else w[:-1]
        if w.endswith("ses"):
            stem = w[:-2]
            if stem in self.ses_s:
                return stem
            if w[:-3] + "sis" in self.ses_sis:
                return w[:-3] + "sis"
        if w.endswith("es") and w[:-2].endswith(self.es_after):
            return w[:-2]
        return w[:-1]

    def after(self, text: str, p: int, plural: bool, limit: int | None = None) -> str | None:
        """The lemma of the noun counted by a number ending at ``p``, or None.

        Reads at most ``window`` words on the same line after ``p`` (after "of" and a
        determiner: "500 of its troops"), stopping at punctuation and stop words.
        A plural count takes the first plural noun ("3 Russian soldiers"); one takes
        the last word before a stop or a verb ("one Russian soldier was killed").
        """
        words: list[str] = []
        end = len(text) if limit is None else limit
        pos = p
        for i in range(self.window + 2):
            m = _WORD.match(text, pos, end)
            if m is None:
                break
            raw = m.group(1)
            w = raw.lower()
            if i == 0 and w == "of":
                pos = m.end()
                m2 = _WORD.match(text, pos, end)
                if m2 is not None and m2.group(1).lower() in self.determiners:
                    pos = m2.end()
                continue
            if w in self.stop or w in self.verbs or (words and w.endswith(("ed", "ing"))):
                break
            pos = m.end()
            if w in self.skip:
                continue
            if plural and self.is_plural(w) and raw[-1].islower():
                return self.lemma(self._head(text, pos, end, raw))
            words.append(w)
            if len(words) >= self.window:
                break
        if plural or not words:
            return None
        return self.lemma(words[-1])

    def _head(self, text: str, pos: int, end: int, raw: str) -> str:
        """The plural noun a count counts, from its first plural-looking word: a name
        or a noun with no singular form before another plural noun is its modifier
        ("31 Abrams tanks", "40 police officers", "12 arms dealers"); a regular plural
        is the noun itself ("28 capsules costs", "4 satellites weighs")."""
        word = raw.lower()
        m = _WORD.match(text, pos, end)
        while m is not None and (raw[0].isupper() or word in self.invariant):
            raw = m.group(1)
            w = raw.lower()
            if w in self.stop or w in self.verbs or not self.is_plural(w) or raw[-1].isupper():
                break
            word = w
            m = _WORD.match(text, m.end(), end)
        return word


__all__ = ["Nouns"]
