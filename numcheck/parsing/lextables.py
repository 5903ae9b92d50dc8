"""The lexicon's lookup tables for parsing: words to values, units, currencies, kinds.

Everything the parser recognises comes from the TOML data (numbers, scales, hedges,
vague, units, currencies, dates, identifiers, nouns), so a plugin's lexicon additions
change what is parsed without code changes. ``build`` makes the plain tables (cheap
dict and set comprehensions); the costly ones (``LAZY``: pint's unit table, the
counted-noun rules) are built on first use. The regexes are in lexpatterns.py;
numcheck.parsing.lexdata puts both behind one read-only object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from numcheck.lexicon import Lexicon
from numcheck.parsing.nouns import Nouns
from numcheck.parsing.pintunits import PintUnits
from numcheck.unit_table import shared as load_unit_table

if TYPE_CHECKING:  # the tables' holder; lexdata imports this module
    from numcheck.parsing.lexdata import Compiled

HEDGE_ORDER = ("well_gt", "above", "below", "ge", "le", "approx", "gt", "lt")


def norm(text: str) -> str:
    """Lookup key for a matched phrase: lower-case, single spaces."""
    return " ".join(text.lower().split())


def strs(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def table(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def normed(value: Any) -> frozenset[str]:
    return frozenset(norm(w) for w in strs(value))


def ints(value: Any) -> dict[str, int]:
    return {norm(k): int(v) for k, v in table(value).items()}


def floats(value: Any) -> dict[str, float]:
    return {norm(k): float(v) for k, v in table(value).items()}


def first_runs(phrases: Iterable[str]) -> frozenset[str]:
    """The leading run of letters of each phrase that starts with a letter, case-folded."""
    out: set[str] = set()
    for phrase in phrases:
        word = phrase.strip().casefold()
        n = 0
        while n < len(word) and word[n].isalpha():
            n += 1
        if n:
            out.add(word[:n])
    return frozenset(out)


def last_words(phrases: Iterable[str], keep_symbols: bool = False) -> frozenset[str]:
    out: set[str] = set()
    for phrase in phrases:
        if phrase.startswith("suffix "):
            continue
        out.add(norm(phrase).split(" ")[-1])
        if keep_symbols and not phrase[:1].isalnum():
            out.add(phrase[-1])
    return frozenset(out)


class VagueEntry(NamedTuple):
    low: float
    high: float
    high_open: bool
    soft_low: float
    soft_high: float
    needs_of: bool
    scalable: bool
    value: float | None
    granularity: float | None

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> VagueEntry:
        low = float(spec.get("low", 0))
        high = float(spec.get("high", float("inf")))
        value, gran = spec.get("value"), spec.get("granularity")
        return cls(
            low, high, bool(spec.get("high_open", False)),
            float(spec.get("soft_low", low)), float(spec.get("soft_high", high)),
            bool(spec.get("of", False)), bool(spec.get("scalable", False)),
            None if value is None else float(value), None if gran is None else float(gran),
        )  # fmt: skip


class Currencies(NamedTuple):
    prefix: dict[str, str]  # symbol as written -> ISO code ("$", "HK$", "R")
    names: dict[str, str]  # "yen" -> JPY
    codes: dict[str, str]  # codes that stand alone ("SEK 85")
    glued: frozenset[str]  # prefixes read only glued ("R18.92")
    minor: dict[str, str]  # "cents" -> USD
    minor_glued: dict[str, str]  # "p" -> GBP
    major: dict[str, str]  # "pounds" -> GBP, as money only before pence
    shared: dict[str, tuple[str, ...]]  # "crowns" -> (SEK, NOK, ...): the default first
    cues: dict[str, str]  # "Swedish" -> SEK: a word that names a currency's country
    noun_names: frozenset[str]  # "crowns": money only after a scale word or near a cue
    cue_window: int


def currencies(lex: Lexicon) -> Currencies:
    sec = table(lex["currencies"])
    reading = table(sec.get("_reading"))
    not_alone = set(strs(reading.get("codes_not_alone")))
    shared = {norm(k): tuple(strs(v)) for k, v in table(reading.get("shared_names")).items()}
    cur = Currencies(
        {}, {}, {}, frozenset(), {}, {}, {}, shared, {},
        normed(reading.get("noun_names")), int(reading.get("cue_window", 0)),
    )  # fmt: skip
    cur.names.update((name, codes[0]) for name, codes in shared.items() if codes)
    glued: set[str] = set()
    for code, raw in sec.items():
        if code.startswith("_"):
            continue
        spec = table(raw)
        if code not in not_alone:
            cur.codes[code] = code
        for p in strs(spec.get("prefix")):
            cur.prefix[p] = code
        for p in strs(spec.get("prefix_glued")):
            cur.prefix[p] = code
            glued.add(p)
        cur.names.update((norm(n), code) for n in strs(spec.get("names")))
        cur.minor.update((norm(n), code) for n in strs(spec.get("minor")))
        cur.minor_glued.update((n, code) for n in strs(spec.get("minor_glued")))
        cur.major.update((norm(n), code) for n in strs(spec.get("major_names")))
        cur.cues.update((w, code) for w in strs(spec.get("cues")))
    return cur._replace(glued=frozenset(glued))


def units(lex: Lexicon) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(surface form -> canonical unit, symbol -> unit, unit -> dimension)."""
    forms: dict[str, str] = {}
    symbols: dict[str, str] = {}
    dims: dict[str, str] = {}
    for canonical, raw in table(lex["units"].get("units")).items():
        spec = table(raw)
        dims[canonical] = str(spec.get("dimension", ""))
        forms.update((norm(f), canonical) for f in strs(spec.get("forms")))
        symbols.update((s, canonical) for s in strs(spec.get("symbols")))
    return forms, symbols, dims


def tail_phrases(lex: Lexicon, c: Compiled) -> list[str]:
    """Every phrase a right-hand regex (half, scale, unit, percent, currency, suffix
    hedge) can start with; "and" opens "and a half". ``c`` holds the built tables."""
    pct = table(lex["units"].get("percent"))
    return [
        *c.scales, *c.scales_attached, *c.scales_money,
        *(p for key in ("percent", "percentage_point", "basis_point", "points")
          for p in strs(pct.get(key))),
        *c.currency_names, *c.unit_symbols, *c.unit_forms, "and", *c.currency_minor,
        *c.currency_major, *(code.lower() for code in c.currency_codes),
        *(p for v in c.hedges.suffix.values() for p in v), "times", "fold",
    ]  # fmt: skip


def article_units(numbers: Mapping[str, Any], forms: Mapping[str, str]) -> list[str]:
    """``[article_units] hedged``: unit forms read as one after a hedge and "a"/"an"; a
    word that is no unit form of units.toml is a misspelling."""
    from numcheck.lexicon import LexiconError

    hedged = [norm(w) for w in strs(table(numbers.get("article_units")).get("hedged"))]
    for i, word in enumerate(hedged):
        if word not in forms:
            raise LexiconError(f"numbers.article_units.hedged[{i}]", f"{word!r} is no unit form")
    return hedged


def build(lex: Lexicon) -> dict[str, Any]:
    """Every lookup table of ``lex`` but the few built on first use (``LAZY``)."""
    numbers, scales = lex["numbers"], lex["scales"]
    negative = table(numbers.get("negative"))
    ordinal = table(numbers.get("ordinal_reading"))
    hedges = Hedges.of(lex["hedges"])
    change = table(lex["hedges"].get("change"))
    rng = table(lex["hedges"].get("range"))
    unit_sec = lex["units"]
    pct = table(unit_sec.get("percent"))
    age, rate = table(unit_sec.get("age")), table(unit_sec.get("rate"))
    compound = table(unit_sec.get("compound"))
    forms, symbols, dims = units(lex)
    cur = currencies(lex)
    dates, ids = lex["dates"], lex["identifiers"]
    id_context = table(ids.get("number_context"))
    vague = table(lex["vague"].get("phrases"))
    up = [*strs(change.get("up")), *(f"{n} of" for n in strs(change.get("up_nouns")))]
    down = [*strs(change.get("down")), *(f"{n} of" for n in strs(change.get("down_nouns")))]
    return {
        # numbers
        "units_words": {**ints(numbers.get("units")), **ints(numbers.get("tens"))},
        "tens": ints(numbers.get("tens")),
        "multipliers": ints(numbers.get("multipliers")),
        "ordinals": ints(numbers.get("ordinals")),
        "fractions": ints(numbers.get("fractions")),
        "words_not_after": {
            norm(k): normed(v) for k, v in table(numbers.get("not_after")).items()
        },
        "multiple_words": ints(table(numbers.get("multiples")).get("words")),
        "fold_words": ints(table(numbers.get("multiples")).get("folds")),
        "multiple_counts": normed(table(numbers.get("multiples")).get("counts")),
        "times_before": normed(table(numbers.get("multiples")).get("times_before")),
        "fraction_ratio_before": normed(table(numbers.get("fraction_reading")).get("ratio_before")),
        "fraction_ordinal_before": normed(
            table(numbers.get("fraction_reading")).get("ordinal_before")
        ),
        "vulgar": {k: float(v) for k, v in table(numbers.get("vulgar")).items()},
        "minus_words": normed(negative.get("words")),
        "minus_window": int(negative.get("window", 60)),
        "minus_not_after": tuple(norm(w) for w in strs(negative.get("not_after"))),
        "first_words": normed(ordinal.get("first")),
        "first_before": normed(ordinal.get("first_before")),
        "ordinal_units": normed(ordinal.get("units")),
        "ordinal_rate_before": normed(ordinal.get("rate_before")),
        "scales": floats(scales.get("words")),
        "scales_attached": floats(scales.get("attached")),
        "scales_money": floats(scales.get("money_only")),
        "vague": {norm(p): VagueEntry.of(table(spec)) for p, spec in vague.items()},
        "vague_long": VagueEntry.of(table(lex["vague"].get("unit_long"))),
        # units
        "unit_forms": forms,
        "unit_symbols": symbols,
        "unit_dimension": dims,
        "time_units": [f for f, c in forms.items() if dims.get(c) == "[time]"],
        "article_units": article_units(numbers, forms),
        "plural_units": [f for f in forms if f.endswith("s") and " " not in f],
        "percent_forms": normed(pct.get("percent")),
        "point_forms": normed(pct.get("percentage_point")),
        "points_first": first_runs(strs(pct.get("points"))),
        "age_before": normed(age.get("before")),
        "age_after": first_runs(strs(age.get("after"))),
        "apposition_max": int(age.get("apposition_max", 0)),
        "apposition_after": normed(age.get("apposition_after")),
        "age_hedged_after": normed(age.get("hedged_after")),
        "age_hedges": normed(age.get("age_hedges")),
        "age_hedged_by": normed(age.get("hedged_by")),
        "rate_words": first_runs(strs(rate.get("words"))),
        "compound_stop": normed(compound.get("stop")),
        "not_nouns": normed(compound.get("not_nouns")),
        # money
        "currency_prefix": cur.prefix,
        "currency_names": cur.names,
        "currency_codes": cur.codes,
        "currency_glued": cur.glued,
        "currency_minor": cur.minor,
        "currency_minor_glued": cur.minor_glued,
        "currency_major": cur.major,
        "currency_shared": cur.shared,
        "currency_cues": cur.cues,
        "currency_noun_names": cur.noun_names,
        "currency_cue_window": cur.cue_window,
        # hedges, changes, ranges
        "hedges": hedges,
        "hedge_kind": hedges.kinds,
        "hedge_words": max(
            (len(h.split()) for h in hedges.kinds if not h.startswith("suffix ")), default=1
        ),
        # last words of prefix hedges / change phrases / range openers: a reverse search
        # runs only when the word before the number is one of these
        "hedge_last": last_words(hedges.kinds, keep_symbols=True),
        "up_words": up,
        "down_words": down,
        "change_last": last_words([*up, *down, *strs(change.get("links"))]),
        "level_links": normed(change.get("level_links")),
        "particle_verbs": normed(change.get("particle_verbs")),
        "not_before_money": normed(change.get("not_before_money")),
        "not_before_count": normed(change.get("not_before_count")),
        "old_level_links": normed(change.get("old_level_links")),
        "new_level_before": normed(change.get("new_level_before")),
        "opener_last": last_words(strs(rng.get("openers"))),
        "needs_opener": normed(rng.get("needs_opener")),
        "joiner_first": first_runs(strs(rng.get("joiners"))),
        "score_after": normed(rng.get("score_after")),
        "range_hedges": normed(rng.get("range_hedges")),
        "period_before": normed(table(lex["hedges"].get("period")).get("before")),
        "ratio_first": frozenset({"in", "out", "of"}),  # lexpatterns ratio_fwd
        # dates and names
        "months": {str(k): int(v) for k, v in table(dates.get("months")).items()},
        "slash_date_before": frozenset(
            norm(w).split(" ")[-1] for w in strs(dates.get("slash_date_before"))
        ),
        "year_min": int(dates.get("year_min", 1900)),
        "year_max": int(dates.get("year_max", 2099)),
        "old_year_min": int(dates.get("old_year_min", dates.get("year_min", 1900))),
        "year_cues": frozenset(w.lower() for w in strs(dates.get("year_cues"))),
        "id_numbers": frozenset(strs(ids.get("numbers"))),
        "id_numbers_in_context": frozenset(strs(ids.get("numbers_in_context"))),
        "id_before": normed(id_context.get("before")),
        "id_after": normed(id_context.get("after")),
        "counted_nouns": normed(id_context.get("counted")),
        "id_prefix_last": frozenset(p.split()[-1].lower() for p in strs(ids.get("prefixes"))),
        "caps_model_digits": int(ids.get("caps_model_digits", 0)),
        "caps_not": frozenset(strs(ids.get("caps_not"))),
        "record_dot_places": int(ids.get("record_dot_places", 0)),
    }


def _pint(lex: Lexicon, _: Compiled) -> PintUnits:
    units = lex["units"]
    stop = frozenset(w.lower() for w in strs(table(units.get("compound")).get("stop")))
    return PintUnits.build(load_unit_table(), table(units.get("pint_reading")), stop)


def _tail_first(lex: Lexicon, c: Compiled) -> frozenset[str]:
    """First words (case-folded) of everything that can follow a number: when the next
    word is in none of these, the right-hand regexes are skipped."""
    return first_runs(tail_phrases(lex, c)) | c.pint.first_words()


def starts(phrases: Iterable[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """A gate for one phrase regex: the letter runs its phrases start with
    (case-folded, as ``first_runs``) and the first characters of those that start
    with no letter; None (no gate) when a phrase starts with a non-ASCII letter."""
    words = [w for w in (p.strip() for p in phrases) if w]
    if any(w[0].isalpha() and not w[0].isascii() for w in words):
        return None
    chars = frozenset(w[0] for w in words if not w[0].isalpha())
    return first_runs(w for w in words if w[0].isalpha()), chars


def _currency_starts(_: Lexicon, c: Compiled) -> tuple[frozenset[str], frozenset[str]] | None:
    return starts(c.currency_names)


def _hedge_starts(_: Lexicon, c: Compiled) -> tuple[frozenset[str], frozenset[str]] | None:
    return starts(p for _, phrases in (*c.hedges.words, *c.hedges.symbols) for p in phrases)


def _change_gate(lex: Lexicon, c: Compiled) -> ChangeGate | None:
    """The gate of ``change_rev`` (``Compiled.change_search``): its one-word change verbs,
    the last two words of the longer ones ("a rise of"), case-folded as the trie folds
    them, and the most words a link after the verb has ("by an average of"); None (no
    gate) when a verb is not ASCII."""
    verbs = [v.split() for v in (p.strip().lower() for p in (*c.up_words, *c.down_words)) if v]
    if not all(w.isascii() for v in verbs for w in v):
        return None
    links = [p.strip().lower() for p in strs(table(lex["hedges"].get("change")).get("links"))]
    return ChangeGate(frozenset(v[0] for v in verbs if len(v) == 1),
                      frozenset((v[-2], v[-1]) for v in verbs if len(v) > 1),
                      max((len(w.split()) for w in links), default=0))


class ChangeGate(NamedTuple):
    """What the window before a figure must end with for ``change_rev`` to match."""

    words: frozenset[str]  # one-word verbs: a word of the window ends with one
    pairs: frozenset[tuple[str, str]]  # longer ones: a word ends with the first, the next is
    links: int  # at most this many words after the verb


def _tail_chars(lex: Lexicon, c: Compiled) -> frozenset[str]:
    """First characters of those phrases that are not letters ("%", "°")."""
    return frozenset(p[0] for p in tail_phrases(lex, c) if p and not p[0].isalpha())


def _nouns(lex: Lexicon, _: Compiled) -> Nouns:
    return Nouns.from_section(lex["nouns"])


def _governed(lex: Lexicon, _: Compiled) -> Any:
    from numcheck.parsing.governed import Governed  # imports this module

    return Governed.of(lex["hedges"])


# tables built on first use: (lexicon, the Compiled asking) -> value
LAZY: dict[str, Callable[[Lexicon, Compiled], Any]] = {
    "pint": _pint,  # loads the generated pint table (~140 kB of JSON)
    "tail_first": _tail_first,
    "tail_chars": _tail_chars,
    "currency_starts": _currency_starts,
    "hedge_starts": _hedge_starts,
    "change_gate": _change_gate,
    "nouns": _nouns,
    "governed": _governed,
}


class Hedges(NamedTuple):
    """Hedge phrases by bound key, prefix words and symbols apart (hedges.toml)."""

    kinds: dict[str, str]
    words: list[tuple[str, list[str]]]  # prefix hedges that start with a letter
    symbols: list[tuple[str, list[str]]]  # "~", ">", "≥" ... (group names "s_" + key)
    suffix: dict[str, list[str]]  # every suffix hedge by key ("or more", "-plus")
    spaced: list[tuple[str, list[str]]]  # suffix hedges after a comma or a space
    glued: list[tuple[str, list[str]]]  # "plus" only glued or spaced, never after a comma

    @classmethod
    def of(cls, section: Mapping[str, Any]) -> Hedges:
        prefix = table(section.get("prefix"))
        kinds: dict[str, str] = {}
        words: list[tuple[str, list[str]]] = []
        symbols: list[tuple[str, list[str]]] = []
        for key in HEDGE_ORDER:
            phrases = strs(prefix.get(key))
            kinds.update((norm(p), key) for p in phrases)
            words.append((key, [p for p in phrases if p[:1].isalnum()]))
            symbols.append((f"s_{key}", [p for p in phrases if not p[:1].isalnum()]))
        sec = table(section.get("suffix"))
        conjunctions = {norm(w) for w in strs(sec.get("not_after_comma"))}
        suffix = {key: strs(sec.get(key)) for key in ("approx", "ge", "le")}
        spaced = [(k, [p for p in v if norm(p) not in conjunctions]) for k, v in suffix.items()]
        glued = [(f"g_{k}", [p for p in v if norm(p) in conjunctions]) for k, v in suffix.items()]
        for key, phrases in suffix.items():
            for p in phrases:
                kinds.setdefault("suffix " + norm(p), key)
        return cls(kinds, words, symbols, suffix, spaced, glued)
