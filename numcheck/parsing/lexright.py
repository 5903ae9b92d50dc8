"""The parser's regexes for what stands right of a number: scale words, units,
percentages, currencies, suffix hedges, change words, ages and rates.

A mixin of :class:`numcheck.parsing.lexpatterns.Patterns` (see there): each method
returns the source and flags of the pattern of the same name on ``Compiled``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from numcheck.lexicon import Lexicon
from numcheck.parsing.lextables import strs, table
from numcheck.parsing.trie import alternation

if TYPE_CHECKING:  # the tables' holder; lexdata imports this module
    from numcheck.parsing.lexdata import Compiled

Source = tuple[str, int]  # (pattern, flags)
_I = re.IGNORECASE


def alt_groups(groups: Iterable[tuple[str, list[str]]]) -> str:
    parts = [f"(?P<{name}>{alternation(words)})" for name, words in groups if words]
    return "|".join(parts) if parts else "(?!)"


class PatternBase:
    """The lexicon, its tables (``c``) and the pieces several patterns share."""

    def __init__(self, lex: Lexicon, c: Compiled) -> None:
        self.lex = lex
        self.c = c

    @cached_property
    def unit_words(self) -> str:
        return alternation(self.c.units_words)

    @cached_property
    def mult_words(self) -> str:
        return alternation([*self.c.multipliers, *self.c.scales])

    def _data(self, section: str, *keys: str) -> list[str]:
        value: Any = self.lex[section]
        for key in keys[:-1]:
            value = table(value.get(key))
        return strs(value.get(keys[-1]))

    def _words(self, *path: str) -> Source:
        """Any of the words at ``path`` in the lexicon, as whole words, any case."""
        return r"(?<![^\W_])" + alternation(self._data(*path)) + r"(?![^\W_])", _I


def _hyphened(forms: list[str]) -> list[str]:
    """Each form, and each form of several words with hyphens for its spaces."""
    return [*forms, *(f.replace(" ", "-") for f in forms if " " in f)]


class RightPatterns(PatternBase):
    """Patterns anchored where a number ends."""

    def suffix_fwd(self) -> Source:
        h = self.c.hedges
        return (
            rf"(?:(?:(?:\s*,)?\s+|[-‑])(?:{alt_groups(h.spaced)})"
            rf"|(?:[ \t]+|[-‑])(?:{alt_groups(h.glued)}))(?!\w)"
        ), _I

    def joiner_fwd(self) -> Source:
        joiners = self._data("hedges", "range", "joiners")
        dashes = alternation([j for j in joiners if not j[:1].isalnum()])
        words = alternation([j for j in joiners if j[:1].isalnum()])
        return rf"\s*(?:(?P<dash>{dashes})|(?P<j>{words})\b)\s*", _I

    def scale_fwd(self) -> Source:
        c = self.c
        return (
            rf"(?:\s+|[-‑]|)(?P<s>{alternation(c.scales)})\b"
            rf"|(?P<a>{alternation(c.scales_attached)})\b"
            rf"|(?P<m>{alternation(c.scales_money)})\b"
        ), _I

    def length_m(self) -> Source:
        """After a glued "m": metres, not million ("1.5m tall")."""
        return rf"(?:[-‑]|\s+){alternation(self._data('scales', 'length_m', 'after'))}\b", _I

    def length_m_rev(self) -> Source:
        """A few words before a glued "m": metres ("waves of up to 12m")."""
        words = alternation(self._data("scales", "length_m", "before"))
        return rf"(?<!\w){words}(?:[ \t]+[\w’'-]+){{0,5}}[ \t]+\Z", _I

    def unit_fwd(self) -> Source:
        return rf"(?P<sep>\s+|\s*[-‑]\s*)(?P<u>{alternation(self.c.unit_forms)})\b", _I

    def symbol_fwd(self) -> Source:
        symbols = alternation(self.c.unit_symbols, fold=False)
        # a run of spaces is one space: blanked markup and entities leave runs in a
        # Document's prose ("40&nbsp;km" reads "40" + 6 spaces + "km")
        return rf"(?P<sep>\s?|[ \t\u00a0]{{2,8}})(?P<u>{symbols})(?![A-Za-z0-9])", 0

    def percent_fwd(self) -> Source:
        """"12%", "3 per cent", "2 percentage points", "50bp"; hyphenated as a compound
        modifier too ("a 10-percent rise", "a 15-percentage-point lead", "a
        25-basis-point cut"), where every space of a form may be a hyphen."""
        pp, pct, bp = (_hyphened(self._data("units", "percent", k))
                       for k in ("percentage_point", "percent", "basis_point"))
        return (
            rf"(?P<sep>[-‑]|\s*)(?:(?P<pp>{alternation(pp)})|(?P<pct>{alternation(pct)})"
            rf"|(?P<bp>{alternation(bp)}))(?!\w)"
        ), _I

    def total_after(self) -> Source:
        """" homes in all", " altogether": a figure closed as a total (ranges.is_range)."""
        closers = alternation(self._data("hedges", "range", "total_after"))
        return rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s+{closers}(?=\s*(?:[,.;:!?)]|$))", _I

    def points_fwd(self) -> Source:
        """" 2 points", "a 2.5-point lead", "0.3ppt" (percentage points only in a sentence with a
        percentage: readings.points_are_percentage)."""
        points = alternation(self._data("units", "percent", "points"))
        return r"(?:\s+|[-‑])?" + points + r"(?![^\W_])", _I

    def points_pct(self) -> Source:
        """A percentage in the sentence."""
        words = alternation([*self._data("units", "percent", "percent"), "percentage"])
        return rf"%|(?<![^\W_]){words}(?![^\W_])", _I

    def points_not(self) -> Source:
        """Index or sports points."""
        return self._words("units", "percent", "points_not")

    def points_or_pct(self) -> Source:
        """"500 points, or 1.5%"."""
        pct = alternation(self._data("units", "percent", "percent"))
        return rf",?\s+or\s+[\d.,]+\s*(?:{pct})", _I

    def currency_fwd(self) -> Source:
        return rf"\s+(?P<c>{alternation(self.c.currency_names)})\b", _I

    def currency_cue(self) -> Source:
        return rf"(?<![^\W_]){alternation(self.c.currency_cues, fold=False)}(?![^\W_])", 0

    def currency_hyphen_fwd(self) -> Source:
        """A currency name inside a compound adjective ("a 500-million-euro fund", "a
        6.8-billion-crown deal"): after a hyphen, before a space and a word."""
        return rf"[-‑](?P<c>{alternation(self.c.currency_names)})(?=[ \t]+[A-Za-z])", _I

    def minor_fwd(self) -> Source:  # "75 cents"
        return rf"[ \t\u00a0]*(?P<m>{alternation(self.c.currency_minor)})(?![\w])", _I

    def minor_glued_fwd(self) -> Source:  # "199.2p"
        return rf"(?P<m>{alternation(self.c.currency_minor_glued, fold=False)})(?![\w])", 0

    def minor_after(self) -> Source:  # "3 dollars 50 cents"
        return (
            r"[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)"
            rf"[ \t\u00a0]+(?P<m>{alternation(self.c.currency_minor)})(?![\w])"
        ), _I

    def major_fwd(self) -> Source:  # "4 pounds" before pence
        return rf"[ \t\u00a0]+(?P<m>{alternation(self.c.currency_major)})(?![\w])", _I

    def code_fwd(self) -> Source:  # "5,000 TND"
        return r"[ \t\u00a0]+(?P<code>[A-Z]{3})(?![\w])", 0

    def change_after(self) -> Source:
        """"2.7% lower", "a 5% drop": the word gives the direction."""
        up, down = (self._data("hedges", "change", k) for k in ("after_up", "after_down"))
        nouns = self._data("hedges", "change", "after_nouns")
        noun = rf"(?:[ \t]+{alternation(nouns)})?" if nouns else ""
        return rf"{noun}[ \t]+(?:(?P<up>{alternation(up)})|(?P<down>{alternation(down)}))\b", _I

    def time_reference(self) -> Source:
        """"a year ago": a point in time, not a duration."""
        return r"[ \t]+" + alternation(self._data("units", "time_reference", "after")) + r"\b", _I

    def age_fwd(self) -> Source:
        """"-old", " old" after a time unit."""
        return r"(?:[-‑]|\s+)" + alternation(self._data("units", "age", "after")) + r"\b", _I

    def rate_fwd(self) -> Source:
        """" a day", " per hour" after a measure's unit."""
        words = alternation(self._data("units", "rate", "words"))
        not_before = alternation(self._data("units", "rate", "not_before"))
        return (
            rf"(?:\s+(?:{words})\s+|/)(?P<u>{alternation(self.c.time_units)})\b"
            rf"(?!\s+(?:{not_before})\b)"
        ), _I

    def sentence_end(self) -> Source:
        """A stop and the space after it, or a line break; not the dot of a month's
        short name before its day ("in the Nov. 3 first round": dates.toml [months]),
        which the sentence splitter (numcheck/segment.py) never ends a sentence at."""
        shorts = sorted({m[:-1] for m in self.c.months if m.endswith(".") and m[:-1].isalpha()})
        months = "".join(rf"(?<!\b{re.escape(m)})" for m in shorts)
        return rf"(?:[!?]|\.(?!\s+\d)|{months}\.)[\"”’')\]]*\s+|\n", 0

    def mixed_fwd(self) -> Source:  # "two and three quarters"
        return (
            rf"[ \t]+and[ \t]+(?P<num>an?|{self.unit_words})[ \t-]+"
            rf"(?P<den>{alternation(self.c.fractions)})\b"
        ), _I

    def mult_fwd(self) -> Source:
        return rf"\s+(?P<s>{self.mult_words})\b", _I

    def article_fwd(self) -> Source:
        return r"\s+an?\b", _I

    def of_fwd(self) -> Source:
        return r"\s+of\b", _I

    def clause_end_fwd(self) -> Source:
        return r"[ \t]*(?:[,.;:)—–]|[ \t]-[ \t]|\n|\Z)", 0

    def half_ok(self) -> Source:
        return r"\s+" + alternation(self._data("numbers", "half_before")) + r"\b", _I

    def tenor_fwd(self) -> Source:
        nouns = alternation(self._data("identifiers", "tenor_nouns"))
        return rf"(?:[ \t]+[A-Za-z][\w’'-]*){{0,2}}?[ \t]+{nouns}\b", _I

    def number_follows(self) -> Source:
        return rf"\s+(?:\d|{self.unit_words}\b)", _I

    def noun_fwd(self) -> Source:
        return r"[-‑](?P<n>[a-z]+)(?![\w-])(?=\s+[A-Za-z])", 0

    def word_fwd(self) -> Source:
        return r"\s+(?P<w>[A-Za-z][A-Za-z’'-]*)", 0

    def half_fwd(self) -> Source:
        return r"\s+and\s+an?\s+half\b", _I

    def ratio_fwd(self) -> Source:
        """"one in five", "one-in-four", "nine out of every 10", "four of every five",
        "ten out of the 12", "one-in-a-million" (phrasings.md 16.5): the joint is
        spaces or hyphens, the denominator digits, a number word, or a scale word
        after "a"/"one" (group ``sc``)."""
        j = r"(?:\s+|[-‑])"
        den = rf"\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+|{self.unit_words}"
        scale = alternation([w for w, v in self.c.scales.items() if v >= 100 and len(w) > 2])
        joint = rf"(?:in(?:{j}every)?|out{j}of(?:{j}(?:every|the))?|of{j}every)"
        return rf"{j}{joint}{j}(?:(?:an?|one){j}(?P<sc>{scale})|(?P<den>{den}))\b", _I

    def not_counts(self) -> Source:
        return r"\b" + alternation(self._data("numbers", "not_counts")) + r"(?!\w)", _I

    def ratio_to_rev(self) -> Source:  # "a ratio of [22 to 1]"
        return rf"(?<!\w){alternation(self._data('numbers', 'ratio_to', 'before'))}[ \t]+\Z", _I

    def times_fwd(self) -> Source:  # "2.6 times", "45-fold"
        return r"(?:[ \t]+(?P<t>times)|[-‑](?P<f>fold))\b", _I

    def id_prefix_rev(self) -> Source:  # "iPhone 15", "Car Park 3", "exit 32"
        prefixes = [str(p) for p in self.lex["identifiers"].get("prefixes") or []]
        return rf"(?<![\w-])(?:{alternation(prefixes, fold=False)})[ \t\u00a0]+\Z", 0

    def caps_rev(self) -> Source:  # "RTX 4090"
        return r"(?<![\w&-])(?P<caps>[A-Z]{2,5})[ \t\u00a0]+\Z", 0

    def apposition_rev(self) -> Source:  # "Hanna, 56," "The defendant, 27,"
        return r"(?<![\w-])(?P<w>[A-Za-z][\w’'-]*),[ \t]+\Z", 0




__all__ = ["PatternBase", "RightPatterns", "Source", "alt_groups"]
