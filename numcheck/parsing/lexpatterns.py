r"""The parser's regexes, built from the lexicon's tables on first use.

Each method of :class:`Patterns` returns the source and flags of the pattern of the
same name on ``Compiled`` (numcheck/parsing/lexdata.py), which compiles it the first
time the parser asks: compiling is most of a fresh process's first parse, and a short
article needs only some patterns. Pieces several patterns share (the number words,
month names, currency symbols) are built once.

Patterns use the stdlib ``re``: it compiles these large tries about 3x faster than
``regex`` and scans plain text faster; none of them needs ``regex`` features.
"Reverse" patterns (``*_rev``) end in ``\Z`` and are used with ``search(text, lo,
end)`` so they must end exactly where the number starts. No pattern nests unbounded
quantifiers, so matching stays linear.
"""

from __future__ import annotations

import re
from functools import cached_property

from numcheck.parsing.lexright import RightPatterns, Source, alt_groups
from numcheck.parsing.lextables import strs, table
from numcheck.parsing.trie import alternation

_I = re.IGNORECASE

NUMERAL = (
    # scientific notation: "3e6", "4e14", "2.48×10−5", "6.02 x 10^23"
    r"(?<![\w.])\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d{1,3}|\s?[x×]\s?10(?:\^[-+\u2212]?\d{1,3}"
    r"|[-\u2212]\d{1,3}))(?![\w.])"
    # a leading-dot decimal: ".45 calibre", "a .600 record"
    r"|(?<![\w.,])\.\d+(?![\d.])"
    # Indian grouping ("1,29,999", "12,34,56,789"), then thousands grouped by commas or
    # spaces ("1,500", "10 000", thin and no-break spaces too)
    r"|(?<![\w.])(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)"
    r"|\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d{1,3}(?: \d{3})+(?![\d,.]| \d)"
    r"|\d+)(?:\.\d+)?(?:VULGAR)?"
    r"|(?<![\w.])VULGAR|\u2212\d+(?:\.\d+)?"
)


# after the "by" of change_by_rev (and of its gate, change_by_tail)
_BY_TAIL = r"(?:[ \t]+an[ \t]+average[ \t]+of)?[ \t]+\Z"


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


class Patterns(RightPatterns):
    """Pattern sources for one lexicon; ``c`` is the Compiled holding its tables."""

    # -- shared pieces --------------------------------------------------------------
    @cached_property
    def vulgar(self) -> str:
        vulgar = self.c.vulgar
        return "[" + "".join(re.escape(v) for v in vulgar) + "]" if vulgar else "(?!)"

    @cached_property
    def numeral(self) -> str:
        return NUMERAL.replace("VULGAR", self.vulgar)

    @cached_property
    def number_words(self) -> str:
        c = self.c
        return alternation([*c.units_words, *c.multipliers, *c.scales])

    @cached_property
    def month(self) -> str:
        return alternation(self.c.months, fold=False) + r"(?!\w)"

    @cached_property
    def hedge_body(self) -> str:
        # a symbol hedge is not part of an arrow or another operator ("5,800 -> 100")
        h = self.c.hedges
        return (
            r"(?:(?<![\w])(?:" + alt_groups(h.words) + r")\s+|(?<![-=<>])(?:"
            + alt_groups(h.symbols) + r")\s*)"
        )

    # -- the scanners: where an anchor starts -------------------------------------------
    def digit_scanner(self) -> Source:
        c, ids = self.c, self.lex["identifiers"]
        numeral, month = self.numeral, self.month
        glued = numeral.replace("(?<![\\w.])", "")  # after a letter prefix: "RM393.8bn"
        skip = _any(strs(table(ids.get("skip")).get("patterns")))
        groups = [
            rf"(?P<skip>{skip})",
            rf"(?P<idp>\b{alternation(strs(ids.get('prefixes')), fold=False)}\s+\d+[A-Z]?\b)",
            rf"(?P<cur>(?<![\w$])(?P<sym>{alternation(c.currency_prefix, fold=False)}"
            # a run of spaces after a symbol: an entity's blanks ("&pound;4")
            rf"|[A-Z]{{3}}(?=[ \u00a0]\d))(?:\s?|(?<=[^\w ]) {{2,8}})(?P<cnum>{glued}))",
            rf"(?P<idt>\b(?:{_any(strs(ids.get('patterns')))})(?![\w-]))",
            r"(?P<isodate>(?<![\d-])(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?![\d-]))",
            rf"(?P<mdate>\b(?P<mm>{month})\s*(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
            r"(?:,?\s+(?P<my>\d{4})(?!\d))?)",
            rf"(?P<myear>\b(?P<ym>{month})\s+(?P<yy>\d{{4}})(?!\d))",
            rf"(?P<dmdate>(?<![\w.,])(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{month})"
            r"(?:,?\s+(?P<dy>\d{4})(?!\d))?)",
            r"(?P<sdate>(?<![\w./])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/]))",
            r"(?P<time>(?<![\w:.,])(?P<th>\d{1,2})(?::(?P<tm>\d\d))?\s*"
            r"(?P<mer>[aApP]\.?[mM]\b\.?)|(?<![\w:.,])(?P<th2>\d{1,2}):(?P<tm2>\d\d)(?::(?P<ts2>\d\d))?(?![\d:]))",
            r"(?P<decade>(?<![\w.,])(?P<dec>1[0-9]\d0|20\d0)(?:s|’s|'s)\b)",
            r"(?P<ord>(?<![\w.,])\d+(?:st|nd|rd|th|ST|ND|RD|TH)\b)",
            rf"(?P<num>{numeral})",
        ]
        return "|".join(groups), 0

    def word_scanner(self) -> Source:
        c, mult = self.c, self.mult_words
        words = self.number_words
        numerators = alternation(["a", "an", *c.units_words])
        time_units = alternation([t for t in c.time_units if t != "second"] + c.article_units)
        groups = [
            rf"(?P<vague>{alternation(c.vague)}\b)",
            rf"(?P<ulong>{alternation(c.plural_units)}[-‑ ]?long\b)",
            # "half a million", "a quarter million", "a quarter of a million",
            # "three-quarters of a billion"
            rf"(?P<halfa>(?:half\s+an?|an?\s+(?:half|quarter)|(?:an?\s+|three[\s-]+)?"
            rf"(?:half|quarters?)\s+of\s+an?)\s+{mult}\b)",
            rf"(?P<frac>(?:{numerators})[\s-]+{alternation(c.fractions)}\b(?![-‑]\w))",
            r"(?P<half>half\b(?![-‑]\w))",
            # "twenty-fifth", "seventyfifth", "fifth-fastest" (not "second-hand")
            rf"(?P<ord>(?:(?:{alternation(c.tens)})[-‑\s]?)?"
            rf"{alternation(c.ordinals)}(?:[-‑](?:[a-z]+est|worst)\b|\b(?![-‑]\w)))",
            rf"(?P<aunit>an?\s+{time_units}\b)",
            rf"(?P<mult>{alternation({**c.multiple_words, **c.fold_words})}\b(?![-‑]\w))",
            rf"(?P<words>\b(?:an?\s+(?={mult}\b))?{words}"
            rf"(?:(?:\s*[-‑]\s*|\s+(?:and\s+)?){words})*\b)",
        ]
        return "|".join(groups), _I

    @cached_property
    def trigger_words(self) -> str:
        """Words that may start a word anchor ("a week": the article is part of it)."""
        c = self.c
        words: set[str] = {*c.units_words, *c.multipliers, *c.scales, *c.ordinals,
                           *c.fractions, *c.multiple_words, *c.fold_words, "half"}  # fmt: skip
        for phrase in c.vague:
            first, *rest = phrase.split(" ")
            words.add(rest[0] if first in ("a", "an") and rest else first)
        for unit in [*c.time_units, *c.article_units]:
            if " " not in unit and unit != "second":
                words.update({f"a {unit}", f"an {unit}"})
        # hyphenless ordinals ("twentyfifth", "thirtyfirst"): the tens word, glued
        small = alternation([o for o, v in c.ordinals.items() if v < 10])
        # "mileslong", "miles-long", "miles long": the unit, then "long"
        return (
            rf"{alternation(words)}|{alternation(c.tens)}{small}"
            rf"|{alternation(c.plural_units)}[-‑ ]?long"
        )

    def digit_trigger(self) -> Source:
        # re, not the regex module: regex scans \d runs faster but costs ~20 ms to import
        return r"\d+", 0

    def vulgar_trigger(self) -> Source:
        return rf"{self.vulgar}+", 0

    # number-ish words after a space / after another non-word character (together:
    # where ``\b(?:words)\b`` matches); the literal space lets re skip ahead in C,
    # ~2x faster than trying \b at every position
    def word_trigger_space(self) -> Source:
        return rf" ({self.trigger_words})\b", 0

    def word_trigger_other(self) -> Source:
        return rf"[^ 0-9A-Za-z_](?<=\W)({self.trigger_words})\b", 0

    # -- left of a number: hedges, change phrases, openers --------------------------------
    def article_rev(self) -> Source:
        return r"(?<!\w)an?\s+\Z", _I

    def hedge_rev(self) -> Source:
        return self.hedge_body + r"\Z", _I

    def hedge_fwd(self) -> Source:
        return self.hedge_body, _I

    def change_rev(self) -> Source:
        c = self.c
        links = alternation(self._data("hedges", "change", "links"))
        return (
            rf"(?<!\w)(?:(?P<up>{alternation(c.up_words)})|(?P<down>"
            rf"{alternation(c.down_words)}))\s+(?:(?P<link>{links})\s+)?\Z"
        ), _I

    def change_by_rev(self) -> Source:
        """"cut its key rate by": a change verb a few words before "by"."""
        up, down = self._data("hedges", "change", "up"), self._data("hedges", "change", "down")
        return (
            rf"(?<!\w)(?:(?P<up>{alternation(up)})|(?P<down>{alternation(down)}))"
            rf"(?:[ \t]+[A-Za-z][\w’'-]*){{1,6}}[ \t]+(?P<link>by){_BY_TAIL}"
        ), _I

    def change_by_tail(self) -> Source:
        """The end ``change_by_rev`` must have ("... by", "... by an average of"): a gate
        that spares compiling its verb tries where the word before a figure is another
        "of" (parsing/hedging.py)."""
        return rf"[ \t]by{_BY_TAIL}", _I

    def change_from_rev(self) -> Source:
        """"cut their opening hours from", "cut the term by a third for her plea, from": a
        change verb up to eight words (its object, a by-phrase) before a "from" pair."""
        up, down = self._data("hedges", "change", "up"), self._data("hedges", "change", "down")
        return (
            rf"(?<!\w)(?:(?P<up>{alternation(up)})|(?P<down>{alternation(down)}))"
            r"(?:,?[ \t]+[A-Za-z][\w’'-]*){1,10},?[ \t]+from[ \t]+\Z"
        ), _I

    def opener_rev(self) -> Source:
        return rf"(?<!\w)(?P<op>{alternation(self._data('hedges', 'range', 'openers'))})\s+\Z", _I

    def score_rev(self) -> Source:
        cues = alternation(self._data("hedges", "range", "score_cues"))
        return rf"(?<!\w){cues}(?:\s+\w+){{0,2}}\s+\Z", _I

    def rate_rev(self) -> Source:
        return r"(?<!\w)(?:once|twice|thrice|times|per|every|each)\s+\Z", _I

    def minus_context(self) -> Source:
        """"temperatures of -5": a word that makes a hyphen a minus sign."""
        return self._words("numbers", "negative", "context")


__all__ = ["NUMERAL", "Patterns", "Source"]
