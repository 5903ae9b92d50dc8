"""The lexicon compiled for parsing: one read-only object with every table and regex.

The tables come from numcheck/parsing/lextables.py, the regexes from lexpatterns.py.
Plain tables are built when the lexicon is first compiled; the costly ones and every
regex (its source and its compilation) are built the first time the parser asks for
them, so a short article pays only for what it reads. The result is cached per parse
vocabulary: lexicons whose parse sections are the same objects (a plugin that extends
only ``measures``) share one Compiled.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from numcheck.lexicon import Lexicon
from numcheck.parsing import lextables
from numcheck.parsing.lexpatterns import Patterns
from numcheck.parsing.lextables import ChangeGate, Hedges, VagueEntry, norm
from numcheck.parsing.nouns import Nouns

if TYPE_CHECKING:
    from numcheck.parsing.governed import Governed
from numcheck.parsing.pintunits import PintUnits

# The lexicon sections the parser reads; the default parser loads only these.
SECTIONS = (
    "numbers", "scales", "hedges", "vague", "units", "currencies", "dates", "identifiers", "nouns",
)

Pattern = re.Pattern[str]


class Compiled:
    """Tables and regexes derived from one Lexicon; read-only once built.

    A plain class, not a dataclass: generating a dataclass's methods for these ~100
    fields costs ~10 ms of every fresh process. Fields not set at construction are
    built by ``__getattr__`` on first use and then read like any attribute.
    """

    # numbers (numbers.toml, scales.toml, vague.toml)
    units_words: Mapping[str, int]
    tens: Mapping[str, int]
    multipliers: Mapping[str, int]
    ordinals: Mapping[str, int]
    fractions: Mapping[str, int]
    words_not_after: Mapping[str, frozenset[str]]  # "absolute zero": no number
    fraction_ratio_before: frozenset[str]  # "a third more": a ratio, not an ordinal
    fraction_ordinal_before: frozenset[str]  # "through a third day": an ordinal, always
    multiple_words: Mapping[str, int]  # "twice", "double"
    fold_words: Mapping[str, int]  # "fourfold": a ratio wherever it stands
    multiple_counts: frozenset[str]  # "scored twice": a count
    times_before: frozenset[str]  # "three times the rate": a ratio
    vulgar: Mapping[str, float]
    minus_words: frozenset[str]  # "minus 5"
    minus_window: int
    minus_not_after: tuple[str, ...]  # "plus or minus 3 points": a margin
    first_words: frozenset[str]  # "first": a position only before a period
    first_before: frozenset[str]
    ordinal_units: frozenset[str]  # "second": a unit after "per"
    ordinal_rate_before: frozenset[str]
    scales: Mapping[str, float]
    scales_attached: Mapping[str, float]
    scales_money: Mapping[str, float]
    vague: Mapping[str, VagueEntry]
    vague_long: VagueEntry
    # units (units.toml)
    unit_forms: Mapping[str, str]  # normalised surface form -> canonical unit
    unit_symbols: Mapping[str, str]
    unit_dimension: Mapping[str, str]
    time_units: list[str]
    article_units: list[str]  # "almost a kilogram": read as one after a hedge
    plural_units: list[str]
    percent_forms: frozenset[str]
    point_forms: frozenset[str]
    points_first: frozenset[str]
    age_before: frozenset[str]  # "aged 40"
    age_after: frozenset[str]  # first words of age_fwd ("old")
    apposition_max: int  # "Hanna, 56, said": an age
    apposition_after: frozenset[str]  # person nouns before an age in apposition
    age_hedged_after: frozenset[str]  # "children under five": an age
    age_hedges: frozenset[str]  # "16 or older"
    age_hedged_by: frozenset[str]  # "under", "over"
    rate_words: frozenset[str]  # first words of rate_fwd ("a", "per")
    compound_stop: frozenset[str]
    not_nouns: frozenset[str]
    pint: PintUnits  # units from pint's registry (generated table), lazy
    # money (currencies.toml)
    currency_prefix: Mapping[str, str]  # symbol as written -> ISO code
    currency_names: Mapping[str, str]  # normalised name -> ISO code
    currency_codes: Mapping[str, str]  # codes that stand alone ("SEK 85", "5,000 TND")
    currency_glued: frozenset[str]  # prefixes read only glued ("R18.92")
    currency_minor: Mapping[str, str]  # "cents" -> USD
    currency_minor_glued: Mapping[str, str]  # "p" -> GBP
    currency_major: Mapping[str, str]  # "pounds" -> GBP before pence
    currency_shared: Mapping[str, tuple[str, ...]]  # "crowns" -> SEK, NOK, ... (default first)
    currency_cues: Mapping[str, str]  # "Swedish" -> SEK
    currency_noun_names: frozenset[str]  # "crowns": money after a scale word or a cue
    currency_cue_window: int
    # hedges, changes and ranges (hedges.toml)
    hedges: Hedges
    hedge_kind: Mapping[str, str]  # normalised hedge -> bound key
    hedge_words: int  # the most whitespace-separated tokens in a prefix hedge
    hedge_last: frozenset[str]
    up_words: list[str]
    down_words: list[str]
    change_last: frozenset[str]
    level_links: frozenset[str]  # "fell to 3.9%": a level
    particle_verbs: frozenset[str]  # "makes up 41%": no change
    not_before_money: frozenset[str]  # "raised $40m": money raised, no change
    not_before_count: frozenset[str]  # "lost 140 homes": the homes lost, no change
    old_level_links: frozenset[str]  # "up from 380": the level a change started from
    new_level_before: frozenset[str]  # "412 cases, up from 380": 412 is the new level
    opener_last: frozenset[str]
    needs_opener: frozenset[str]
    joiner_first: frozenset[str]
    score_after: frozenset[str]  # "a 7-2 vote", "a 10-2 record"
    range_hedges: frozenset[str]  # "within 20-30 minutes"
    period_before: frozenset[str]  # "over three years" after an amount
    ratio_first: frozenset[str]
    # dates and names (dates.toml, identifiers.toml, nouns.toml)
    months: Mapping[str, int]
    slash_date_before: frozenset[str]
    year_min: int
    year_max: int
    old_year_min: int  # "in 1887": a year after a cue
    year_cues: frozenset[str]
    id_numbers: frozenset[str]
    id_numbers_in_context: frozenset[str]
    id_before: frozenset[str]  # "call 911"
    id_after: frozenset[str]  # "a 911 call"
    counted_nouns: frozenset[str]  # "911 people"
    id_prefix_last: frozenset[str]  # last words of identifier prefixes, lower-case
    caps_model_digits: int  # "RTX 4090": a model name
    caps_not: frozenset[str]
    record_dot_places: int  # ".600 winning percentage": a record
    nouns: Nouns  # the counted noun and its lemma, lazy
    governed: Governed  # threshold verbs, governed "over"/"under" (lazy)
    # gates: what can follow a number (lazy)
    tail_first: frozenset[str]
    tail_chars: frozenset[str]
    # ... and what one phrase regex can start with, so that it is compiled only when
    # its phrases may be there (lextables.starts; lazy): most articles never need
    # the currency-name or second-end hedge regexes (~40 M instructions to compile)
    currency_starts: tuple[frozenset[str], frozenset[str]] | None
    hedge_starts: tuple[frozenset[str], frozenset[str]] | None
    # ... and what ``change_rev`` must end with (``change_search``; lazy)
    change_gate: ChangeGate | None
    # regexes (lexpatterns.Patterns, each compiled on first use)
    digit_scanner: Pattern
    word_scanner: Pattern
    digit_trigger: Pattern
    vulgar_trigger: Pattern
    word_trigger_space: Pattern
    word_trigger_other: Pattern
    article_rev: Pattern
    hedge_rev: Pattern
    hedge_fwd: Pattern
    change_rev: Pattern
    change_by_rev: Pattern  # "cut its key rate by"
    change_by_tail: Pattern  # its last words: where they are not, it cannot match
    change_from_rev: Pattern  # "cut their opening hours from"
    opener_rev: Pattern
    score_rev: Pattern
    rate_rev: Pattern
    minus_context: Pattern  # "temperatures of -5"
    suffix_fwd: Pattern
    joiner_fwd: Pattern
    scale_fwd: Pattern
    length_m: Pattern  # after a glued "m": metres, not million ("1.5m tall")
    length_m_rev: Pattern  # before it: "waves of up to 12m"
    unit_fwd: Pattern
    symbol_fwd: Pattern
    percent_fwd: Pattern
    total_after: Pattern  # " homes in all" after a dashed pair's second figure
    points_fwd: Pattern  # "2 points"
    points_pct: Pattern  # a percentage in the sentence
    points_not: Pattern  # index or sports points
    points_or_pct: Pattern  # "500 points, or 1.5%"
    currency_fwd: Pattern
    minor_fwd: Pattern  # "75 cents"
    minor_glued_fwd: Pattern  # "199.2p"
    minor_after: Pattern  # "3 dollars 50 cents"
    major_fwd: Pattern  # "4 pounds" before pence
    code_fwd: Pattern  # "5,000 TND"
    currency_cue: Pattern  # a word naming a currency's country ("Swedish", "Oslo")
    currency_hyphen_fwd: Pattern  # "-euro" in "a 500-million-euro fund"
    change_after: Pattern  # "2.7% lower", "a 5% drop"
    time_reference: Pattern  # "a year ago"
    age_fwd: Pattern  # "-old", " old" after a time unit
    rate_fwd: Pattern  # " a day", " per hour" after a measure's unit
    sentence_end: Pattern
    mixed_fwd: Pattern  # "two and three quarters"
    mult_fwd: Pattern
    article_fwd: Pattern  # " a", " an"
    of_fwd: Pattern
    clause_end_fwd: Pattern  # "almost a third." / "rose by a fifth, from ..."
    half_ok: Pattern
    tenor_fwd: Pattern  # " Treasury yield" after "10-year": the term names an instrument
    number_follows: Pattern
    noun_fwd: Pattern
    word_fwd: Pattern
    half_fwd: Pattern
    ratio_fwd: Pattern
    not_counts: Pattern
    times_fwd: Pattern  # " times", "-fold" after a number
    ratio_to_rev: Pattern  # "a ratio of" before "22 to 1"
    id_prefix_rev: Pattern  # "iPhone 15", "Car Park 3": a name before the number
    caps_rev: Pattern  # "RTX 4090"
    apposition_rev: Pattern  # "Hanna, 56,"

    def __init__(self, lex: Lexicon) -> None:
        self.__dict__.update(lextables.build(lex))
        self.__dict__["_lex"] = lex
        self.__dict__["_patterns"] = Patterns(lex, self)

    def __getattr__(self, name: str) -> Any:
        """A lazy table or a pattern, built on first use (then a plain attribute)."""
        lazy = lextables.LAZY.get(name)
        if lazy is not None:
            value = lazy(self.__dict__["_lex"], self)
        elif name in _PATTERN_FIELDS:
            src, flags = getattr(self.__dict__["_patterns"], name)()
            value = re.compile(src, flags)
        else:
            raise AttributeError(name)
        self.__dict__[name] = value
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Compiled is read-only ({name})")

    def change_search(self, text: str, lo: int, end: int) -> re.Match[str] | None:
        """``change_rev.search(text, lo, end)``, compiled only where it may match (most
        figures after "to", "of" or "by" follow no change verb). The pattern ends in
        whitespace and ``\\Z`` after a verb and at most ``links`` words of a link, and
        a verb's last word is followed by whitespace and, when it has two or more, is
        a whole word after whitespace: so one of the last ``links + 1`` words of the
        window ends with a one-word verb, or is the last word of a longer one after a
        word ending with its word before. Only for an ASCII window: there ``str.lower``
        folds case as IGNORECASE does."""
        gate = self.change_gate
        window = text[lo:end]
        if gate is not None and window.isascii():
            if not window[-1:].isspace():
                return None
            words = window.lower().split()
            last = len(words) - gate.links - 1
            if not any(w[i:] in gate.words for w in words[max(last, 0):]
                       for i in range(len(w))) and not any(
                    (words[k - 1][i:], words[k]) in gate.pairs
                    for k in range(max(last, 1), len(words))
                    for i in range(len(words[k - 1]))):
                return None
        return self.change_rev.search(text, lo, end)

    def patterns(self) -> dict[str, Pattern]:
        """Every pattern by field name (compiles the lazy ones): for audits."""
        return {name: getattr(self, name) for name in sorted(_PATTERN_FIELDS)}


_PATTERN_FIELDS = frozenset(
    name for name, kind in Compiled.__annotations__.items() if kind == "Pattern"
)


def compile_lexicon(lex: Lexicon) -> Compiled:
    """Every table and regex the parser needs from ``lex`` (regexes on first use)."""
    return Compiled(lex)


_CACHE: dict[tuple[int, ...], tuple[tuple[Mapping[str, Any], ...], Compiled]] = {}
_LOCK = threading.Lock()


def compiled_for(lex: Lexicon) -> Compiled:
    """The compiled form of ``lex``, built once per set of parse sections: the engine's
    lexicon (built-ins plus plugins' ``measures``) and the built-in one share it."""
    sections = tuple(lex[name] for name in SECTIONS)
    key = tuple(id(s) for s in sections)
    hit = _CACHE.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], sections, strict=True)):
        return hit[1]
    with _LOCK:
        built = compile_lexicon(lex)
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = (sections, built)
        return built


__all__ = ["SECTIONS", "Compiled", "compiled_for", "norm"]
