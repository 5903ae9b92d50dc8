r"""The lexicon compiled for parsing: lookup tables and regexes, built once per lexicon.

Patterns use the stdlib ``re``: it compiles these large tries about 3x faster
than ``regex`` (compile time is most of a fresh ``numcheck parse``) and scans
plain text faster; none of them needs ``regex`` features. "Reverse" patterns
(``*_rev``) end in ``\Z`` and are used with ``search(text, lo, end)`` so they
must end exactly where the number starts. No pattern nests unbounded
quantifiers, so matching stays linear.

Everything the parser recognises comes from the TOML data (numbers, scales, hedges,
vague, units, currencies, dates, identifiers), so a plugin's lexicon additions change
what is parsed without code changes. The result is cached per Lexicon object; each
regex is compiled on its first use (compiling all of them is ~70 ms of a fresh
process on an idle machine, and a short article needs only some).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from numcheck.lexicon import Lexicon
from numcheck.parsing.nouns import Nouns
from numcheck.parsing.pintunits import PintUnits
from numcheck.parsing.trie import alternation
from numcheck.unit_table import load as load_unit_table

HEDGE_ORDER = ("well_gt", "above", "below", "ge", "le", "approx", "gt", "lt")
_NUMERAL = (
    # scientific notation: "3e6", "4e14", "2.48×10−5", "6.02 x 10^23"
    r"(?<![\w.])\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d{1,3}|\s?[x×]\s?10(?:\^[-+\u2212]?\d{1,3}"
    r"|[-\u2212]\d{1,3}))(?![\w.])"
    # a leading-dot decimal: ".45 calibre", "a .600 record"
    r"|(?<![\w.,])\.\d+(?![\d.])"
    r"|(?<![\w.])(?:\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d+)(?:\.\d+)?(?:VULGAR)?"
    r"|(?<![\w.])VULGAR|\u2212\d+(?:\.\d+)?"
)


def norm(text: str) -> str:
    """Lookup key for a matched phrase: lower-case, single spaces."""
    return " ".join(text.lower().split())


def _strs(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _table(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True, slots=True)
class VagueEntry:
    low: float
    high: float
    high_open: bool
    soft_low: float
    soft_high: float
    needs_of: bool
    scalable: bool
    value: float | None
    granularity: float | None


class Compiled:
    """Tables and regexes derived from one Lexicon; read-only once built.

    A plain class, not a dataclass: generating a dataclass's methods for these ~70
    fields costs ~10 ms of every fresh process.
    """

    units_words: Mapping[str, int]
    multipliers: Mapping[str, int]
    scales: Mapping[str, float]
    scales_attached: Mapping[str, float]
    scales_money: Mapping[str, float]
    minus_words: frozenset[str]  # "minus 5"
    minus_window: int
    minus_context: re.Pattern[str]  # "temperatures of -5"
    length_m: re.Pattern[str]  # after a glued "m": metres, not million ("1.5m tall")
    ordinals: Mapping[str, int]
    fractions: Mapping[str, int]
    vulgar: Mapping[str, float]
    vague: Mapping[str, VagueEntry]
    vague_long: VagueEntry
    unit_forms: Mapping[str, str]  # normalised surface form -> canonical unit
    unit_symbols: Mapping[str, str]
    unit_dimension: Mapping[str, str]
    currency_prefix: Mapping[str, str]  # symbol as written -> ISO code
    currency_names: Mapping[str, str]  # normalised name -> ISO code
    currency_codes: Mapping[str, str]  # codes that stand alone ("SEK 85", "5,000 TND")
    currency_glued: frozenset[str]  # prefixes read only glued ("R18.92")
    currency_minor: Mapping[str, str]  # "cents" -> USD
    currency_minor_glued: Mapping[str, str]  # "p" -> GBP
    currency_major: Mapping[str, str]  # "pounds" -> GBP before pence
    minor_fwd: re.Pattern[str]  # "75 cents"
    minor_glued_fwd: re.Pattern[str]  # "199.2p"
    minor_after: re.Pattern[str]  # "3 dollars 50 cents"
    major_fwd: re.Pattern[str]  # "4 pounds" before pence
    code_fwd: re.Pattern[str]  # "5,000 TND"
    percent_forms: frozenset[str]
    point_forms: frozenset[str]
    hedge_kind: Mapping[str, str]  # normalised hedge -> bound key
    hedge_words: int  # the most whitespace-separated tokens in a prefix hedge
    # last words of prefix hedges / change phrases / range openers: a reverse search
    # runs only when the word before the number is one of these (most numbers have none)
    hedge_last: frozenset[str]
    change_last: frozenset[str]
    opener_last: frozenset[str]
    age_before: frozenset[str]  # "aged 40"
    age_fwd: re.Pattern[str]  # "-old", " old" after a time unit
    age_after: frozenset[str]  # first words of age_fwd ("old")
    rate_words: frozenset[str]  # first words of rate_fwd ("a", "per")
    rate_fwd: re.Pattern[str]  # " a day", " per hour" after a measure's unit
    points_fwd: re.Pattern[str]  # "2 points"
    points_first: frozenset[str]
    points_pct: re.Pattern[str]  # a percentage in the sentence
    points_not: re.Pattern[str]  # index or sports points
    points_or_pct: re.Pattern[str]  # "500 points, or 1.5%"
    sentence_end: re.Pattern[str]
    months: Mapping[str, int]
    slash_date_before: frozenset[str]
    year_min: int
    year_max: int
    id_numbers: frozenset[str]
    id_numbers_in_context: frozenset[str]
    id_before: frozenset[str]  # "call 911"
    id_after: frozenset[str]  # "a 911 call"
    counted_nouns: frozenset[str]  # "911 people"
    compound_stop: frozenset[str]
    not_nouns: frozenset[str]
    needs_opener: frozenset[str]
    # first words (letters, case-folded) of everything that can follow a number:
    # when the next word is in none of these, the right-hand regexes are skipped
    tail_first: frozenset[str]
    tail_chars: frozenset[str]  # first characters of those phrases that are not letters
    joiner_first: frozenset[str]
    ratio_first: frozenset[str]
    digit_scanner: re.Pattern[str]
    word_scanner: re.Pattern[str]
    digit_trigger: re.Pattern[str]
    vulgar_trigger: re.Pattern[str]
    # number-ish words after a space / after another non-word character (together:
    # where ``\b(?:words)\b`` matches); the literal space lets re skip ahead in C,
    # ~2x faster than trying \b at every position
    word_trigger_space: re.Pattern[str]
    word_trigger_other: re.Pattern[str]
    article_rev: re.Pattern[str]
    hedge_rev: re.Pattern[str]
    hedge_fwd: re.Pattern[str]
    mult_fwd: re.Pattern[str]
    mixed_fwd: re.Pattern[str]  # "two and three quarters"
    of_fwd: re.Pattern[str]
    clause_end_fwd: re.Pattern[str]  # "almost a third." / "rose by a fifth, from ..."
    half_ok: re.Pattern[str]
    number_follows: re.Pattern[str]
    change_rev: re.Pattern[str]
    opener_rev: re.Pattern[str]
    score_rev: re.Pattern[str]
    rate_rev: re.Pattern[str]
    suffix_fwd: re.Pattern[str]
    joiner_fwd: re.Pattern[str]
    scale_fwd: re.Pattern[str]
    unit_fwd: re.Pattern[str]
    symbol_fwd: re.Pattern[str]
    percent_fwd: re.Pattern[str]
    currency_fwd: re.Pattern[str]
    noun_fwd: re.Pattern[str]
    word_fwd: re.Pattern[str]
    half_fwd: re.Pattern[str]
    ratio_fwd: re.Pattern[str]
    not_counts: re.Pattern[str]
    score_after: frozenset[str]  # "a 7-2 vote", "a 10-2 record"
    level_links: frozenset[str]  # "fell to 3.9%": a level
    old_level_links: frozenset[str]  # "up from 380": the level a change started from
    new_level_before: frozenset[str]  # "412 cases, up from 380": 412 is the new level
    range_hedges: frozenset[str]  # "within 20-30 minutes"
    period_before: frozenset[str]  # "over three years" after an amount
    change_after: re.Pattern[str]  # "2.7% lower", "a 5% drop"
    time_reference: re.Pattern[str]  # "a year ago"
    change_by_rev: re.Pattern[str]  # "cut its key rate by"
    nouns: Nouns  # the counted noun and its lemma
    pint: PintUnits  # units from pint's registry (generated table)

    def __init__(self, **fields: Any) -> None:
        names = set(self.__annotations__)
        if set(fields) != names:
            raise TypeError(f"Compiled fields differ: {sorted(set(fields) ^ names)}")
        lazy = {k: v for k, v in fields.items() if isinstance(v, _Src)}
        self.__dict__.update({k: v for k, v in fields.items() if k not in lazy})
        self.__dict__["_lazy"] = lazy

    def __getattr__(self, name: str) -> Any:
        """A pattern is compiled on first use (compiling is most of a fresh process's
        parse, and a short article needs only some of them)."""
        src = self.__dict__["_lazy"].get(name)
        if src is None:
            raise AttributeError(name)
        pattern = re.compile(src.pattern, src.flags)
        self.__dict__[name] = pattern
        return pattern

    def patterns(self) -> dict[str, re.Pattern[str]]:
        """Every compiled pattern by field name (compiles the lazy ones): for audits."""
        names = [k for k, v in self.__annotations__.items() if "Pattern" in str(v)]
        return {k: getattr(self, k) for k in names if isinstance(getattr(self, k), re.Pattern)}

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Compiled is read-only ({name})")


def _alt_groups(groups: Iterable[tuple[str, list[str]]]) -> str:
    parts = [f"(?P<{name}>{alternation(words)})" for name, words in groups if words]
    return "|".join(parts) if parts else "(?!)"


def _hedges(lex: Lexicon) -> tuple[dict[str, str], str, str, str]:
    section = lex["hedges"]
    prefix = _table(section.get("prefix"))
    kinds: dict[str, str] = {}
    words: list[tuple[str, list[str]]] = []
    symbols: list[tuple[str, list[str]]] = []
    for key in HEDGE_ORDER:
        phrases = _strs(prefix.get(key))
        for p in phrases:
            kinds[norm(p)] = key
        words.append((key, [p for p in phrases if p[:1].isalnum()]))
        symbols.append((f"s_{key}", [p for p in phrases if not p[:1].isalnum()]))
    suffix = _table(section.get("suffix"))
    sgroups: list[tuple[str, list[str]]] = []
    glued: list[tuple[str, list[str]]] = []
    conjunctions = {norm(w) for w in _strs(suffix.get("not_after_comma"))}
    for key in ("approx", "ge", "le"):
        phrases = _strs(suffix.get(key))
        sgroups.append((key, [p for p in phrases if norm(p) not in conjunctions]))
        glued.append((f"g_{key}", [p for p in phrases if norm(p) in conjunctions]))
        for p in phrases:
            kinds.setdefault("suffix " + norm(p), key)
    # a symbol hedge is not part of an arrow or another operator ("5,800 -> 100")
    body = (
        r"(?:(?<![\w])(?:" + _alt_groups(words) + r")\s+|(?<![-=<>])(?:"
        + _alt_groups(symbols) + r")\s*)"
    )
    hedge_rev = "(?i)" + body + r"\Z"
    hedge_fwd = "(?i)" + body
    suffix_fwd = (
        r"(?i)(?:(?:(?:\s*,)?\s+|[-‑])(?:" + _alt_groups(sgroups) + r")"
        r"|(?:[ \t]+|[-‑])(?:" + _alt_groups(glued) + r"))(?!\w)"
    )
    return kinds, hedge_rev, hedge_fwd, suffix_fwd


def _units(lex: Lexicon) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    forms: dict[str, str] = {}
    symbols: dict[str, str] = {}
    dims: dict[str, str] = {}
    for canonical, spec in _table(lex["units"].get("units")).items():
        spec = _table(spec)
        dims[canonical] = str(spec.get("dimension", ""))
        for f in _strs(spec.get("forms")):
            forms[norm(f)] = canonical
        for s in _strs(spec.get("symbols")):
            symbols[s] = canonical
    return forms, symbols, dims


def _vague(lex: Lexicon) -> tuple[dict[str, VagueEntry], VagueEntry]:
    out: dict[str, VagueEntry] = {}
    section = lex["vague"]
    for phrase, spec in _table(section.get("phrases")).items():
        out[norm(phrase)] = _vague_entry(_table(spec))
    return out, _vague_entry(_table(section.get("unit_long")))


def _vague_entry(spec: Mapping[str, Any]) -> VagueEntry:
    low = float(spec.get("low", 0))
    high = float(spec.get("high", float("inf")))
    value = spec.get("value")
    gran = spec.get("granularity")
    return VagueEntry(
        low=low,
        high=high,
        high_open=bool(spec.get("high_open", False)),
        soft_low=float(spec.get("soft_low", low)),
        soft_high=float(spec.get("soft_high", high)),
        needs_of=bool(spec.get("of", False)),
        scalable=bool(spec.get("scalable", False)),
        value=None if value is None else float(value),
        granularity=None if gran is None else float(gran),
    )


def _last_words(phrases: Iterable[str], keep_symbols: bool = False) -> frozenset[str]:
    out: set[str] = set()
    for phrase in phrases:
        if phrase.startswith("suffix "):
            continue
        words = norm(phrase).split(" ")
        out.add(words[-1])
        if keep_symbols and not phrase[:1].isalnum():
            out.add(phrase[-1])
    return frozenset(out)


_FIRST_RUN = re.compile(r"[^\W\d_]+")


def first_runs(phrases: Iterable[str]) -> frozenset[str]:
    """The leading run of letters of each phrase that starts with a letter, case-folded."""
    out: set[str] = set()
    for phrase in phrases:
        m = _FIRST_RUN.match(phrase.strip().casefold())
        if m is not None:
            out.add(m.group())
    return frozenset(out)


def _ints(table: Any) -> dict[str, int]:
    return {norm(k): int(v) for k, v in _table(table).items()}


def _floats(table: Any) -> dict[str, float]:
    return {norm(k): float(v) for k, v in _table(table).items()}


class _Src(NamedTuple):
    """A pattern's source, compiled on first use (Compiled.__getattr__)."""

    pattern: str
    flags: int = 0


def compile_lexicon(lex: Lexicon) -> Compiled:
    """Build every table and regex the parser needs from ``lex``."""
    numbers = lex["numbers"]
    units_words = {**_ints(numbers.get("units")), **_ints(numbers.get("tens"))}
    multipliers = _ints(numbers.get("multipliers"))
    ordinals = _ints(numbers.get("ordinals"))
    fractions = _ints(numbers.get("fractions"))
    vulgar = {k: float(v) for k, v in _table(numbers.get("vulgar")).items()}
    negative = _table(numbers.get("negative"))
    scales_sec = lex["scales"]
    scales = _floats(scales_sec.get("words"))
    scales_attached = _floats(scales_sec.get("attached"))
    scales_money = _floats(scales_sec.get("money_only"))
    hedge_kind, hedge_rev, hedge_fwd, suffix_fwd = _hedges(lex)
    forms, symbols, dims = _units(lex)
    vague, vague_long = _vague(lex)
    percent_sec = _table(lex["units"].get("percent"))
    pct_forms = _strs(percent_sec.get("percent"))
    pp_forms = _strs(percent_sec.get("percentage_point"))
    cur_prefix: dict[str, str] = {}
    cur_names: dict[str, str] = {}
    cur_codes: dict[str, str] = {}
    cur_glued: set[str] = set()  # prefixes only glued to the digits ("R18.92")
    cur_minor: dict[str, str] = {}  # "cents", "pence", "paise"
    cur_minor_glued: dict[str, str] = {}  # "199.2p"
    cur_major: dict[str, str] = {}  # "pounds" as money before pence
    cur_sec = _table(lex["currencies"])
    not_alone = set(_strs(_table(cur_sec.get("_reading")).get("codes_not_alone")))
    for code, spec in cur_sec.items():
        if code.startswith("_"):
            continue
        spec = _table(spec)
        if code not in not_alone:
            cur_codes[code] = code
        for p in _strs(spec.get("prefix")):
            cur_prefix[p] = code
        for p in _strs(spec.get("prefix_glued")):
            cur_prefix[p] = code
            cur_glued.add(p)
        for n in _strs(spec.get("names")):
            cur_names[norm(n)] = code
        for n in _strs(spec.get("minor")):
            cur_minor[norm(n)] = code
        for n in _strs(spec.get("minor_glued")):
            cur_minor_glued[n] = code
        for n in _strs(spec.get("major_names")):
            cur_major[norm(n)] = code
    dates = lex["dates"]
    months = {str(k): int(v) for k, v in _table(dates.get("months")).items()}
    ids = lex["identifiers"]
    id_context = _table(ids.get("number_context"))
    hedges = lex["hedges"]
    change = _table(hedges.get("change"))
    rng = _table(hedges.get("range"))
    compound = _table(lex["units"].get("compound"))
    age = _table(lex["units"].get("age"))
    rate = _table(lex["units"].get("rate"))

    vulgar_alt = "[" + "".join(re.escape(v) for v in vulgar) + "]" if vulgar else "(?!)"
    numeral = _NUMERAL.replace("VULGAR", vulgar_alt)
    numeral_glued = numeral.replace("(?<![\\w.])", "")  # after a letter prefix: "RM393.8bn"
    num_words = alternation([*units_words, *multipliers, *scales])
    mult_words = alternation([*multipliers, *scales])
    word_number = (
        rf"\b(?:an?\s+(?={mult_words}\b))?{num_words}(?:(?:\s*[-‑]\s*|\s+(?:and\s+)?){num_words})*\b"
    )
    month_alt = alternation(months, fold=False)
    month_re = rf"{month_alt}(?!\w)"
    frac_all = alternation(fractions)
    numerators = alternation(["a", "an", *units_words])
    time_units = [f for f, c in forms.items() if dims.get(c) == "[time]"]
    plural_units = [f for f in forms if f.endswith("s") and " " not in f]
    id_prefix = alternation(_strs(ids.get("prefixes")), fold=False)
    id_patterns = "|".join(f"(?:{p})" for p in _strs(ids.get("patterns"))) or "(?!)"
    skip = _table(ids.get("skip"))
    skip_patterns = "|".join(f"(?:{p})" for p in _strs(skip.get("patterns"))) or "(?!)"
    cur_alt = alternation(cur_prefix, fold=False)
    digit_scanner = "|".join(
        [
            rf"(?P<skip>{skip_patterns})",
            rf"(?P<idp>\b{id_prefix}\s+\d+[A-Z]?\b)",
            rf"(?P<cur>(?<![\w$])(?P<sym>{cur_alt}|[A-Z]{{3}}(?=[ \u00a0]\d))\s?"
            rf"(?P<cnum>{numeral_glued}))",
            rf"(?P<idt>\b(?:{id_patterns})(?![\w-]))",
            r"(?P<isodate>(?<![\d-])(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?![\d-]))",
            rf"(?P<mdate>\b(?P<mm>{month_re})\s*(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])"
            r"(?:,?\s+(?P<my>\d{4})(?!\d))?)",
            rf"(?P<myear>\b(?P<ym>{month_re})\s+(?P<yy>\d{{4}})(?!\d))",
            rf"(?P<dmdate>(?<![\w.,])(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{month_re})"
            r"(?:,?\s+(?P<dy>\d{4})(?!\d))?)",
            r"(?P<sdate>(?<![\w./])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/]))",
            r"(?P<time>(?<![\w:.,])(?P<th>\d{1,2})(?::(?P<tm>\d\d))?\s*"
            r"(?P<mer>[aApP]\.?[mM]\b\.?)|(?<![\w:.,])(?P<th2>\d{1,2}):(?P<tm2>\d\d)(?![\d:]))",
            r"(?P<decade>(?<![\w.,])(?P<dec>1[0-9]\d0|20\d0)(?:s|’s|'s)\b)",
            r"(?P<ord>(?<![\w.,])\d+(?:st|nd|rd|th|ST|ND|RD|TH)\b)",
            rf"(?P<num>{numeral})",
        ]
    )
    word_scanner = "|".join(
        [
            rf"(?P<vague>{alternation(vague)}\b)",
            rf"(?P<ulong>{alternation(plural_units)}[-‑ ]?long\b)",
            rf"(?P<halfa>(?:half\s+an?|an?\s+(?:half|quarter))\s+{mult_words}\b)",
            rf"(?P<frac>(?:{numerators})[\s-]+{frac_all}\b(?![-‑]\w))",
            r"(?P<half>half\b(?![-‑]\w))",
            rf"(?P<ord>(?:(?:{alternation(_ints(numbers.get('tens')))})[-‑\s])?"
            rf"{alternation(ordinals)}\b(?![-‑]\w))",
            rf"(?P<aunit>an?\s+{alternation([t for t in time_units if t != 'second'])}\b)",
            rf"(?P<words>{word_number})",
        ]
    )
    trigger_words: set[str] = {*units_words, *multipliers, *scales, *ordinals, *fractions, "half"}
    for phrase in vague:
        first, *rest = phrase.split(" ")
        trigger_words.add(rest[0] if first in ("a", "an") and rest else first)
    for unit in time_units:  # "a week": the article is part of the trigger
        if " " not in unit and unit != "second":
            trigger_words.update({f"a {unit}", f"an {unit}"})
    for form in plural_units:
        trigger_words.update({form + "long", form + "-long", form + " long"})
    trigger_alt = alternation(trigger_words)
    suffixes = _table(hedges.get("suffix"))
    # every phrase a right-hand regex (half, scale, unit, percent, currency, suffix
    # hedge) can start with; "and" opens "and a half"
    tail_phrases = [*scales, *scales_attached, *scales_money, *pct_forms, *pp_forms,
                    *_strs(percent_sec.get("basis_point")),
                    *cur_names, *symbols, *forms, "and", *_strs(percent_sec.get("points")),
                    *cur_minor, *cur_major, *(c.lower() for c in cur_codes),
                    *(p for key in ("approx", "ge", "le") for p in _strs(suffixes.get(key)))]
    bp_forms = _strs(percent_sec.get("basis_point"))
    percent_fwd = (
        rf"(?i)\s*(?:(?P<pp>{alternation(pp_forms)})|(?P<pct>{alternation(pct_forms)})"
        rf"|(?P<bp>{alternation(bp_forms)}))(?!\w)"
    )
    up_words = [*_strs(change.get("up")), *(f"{n} of" for n in _strs(change.get("up_nouns")))]
    down_words = [
        *_strs(change.get("down")), *(f"{n} of" for n in _strs(change.get("down_nouns")))
    ]
    pint = PintUnits.build(load_unit_table(), _table(lex["units"].get("pint_reading")))
    pint_first = pint.first_words()
    fields: dict[str, Any] = {
        "nouns": Nouns.from_section(lex["nouns"]),
        "pint": pint,
        "change_by_rev": _Src(
            r"(?i)(?<!\w)(?:(?P<up>" + alternation(_strs(change.get("up")))
            + r")|(?P<down>" + alternation(_strs(change.get("down")))
            + r"))(?:[ \t]+[A-Za-z][\w’'-]*){1,4}[ \t]+(?P<link>by)[ \t]+\Z"
        ),
        "time_reference": _Src(
            r"(?i)[ \t]+" + alternation(
                _strs(_table(lex["units"].get("time_reference")).get("after"))
            ) + r"\b"
        ),
        "score_after": frozenset(norm(w) for w in _strs(rng.get("score_after"))),
        "level_links": frozenset(norm(w) for w in _strs(change.get("level_links"))),
        "old_level_links": frozenset(norm(w) for w in _strs(change.get("old_level_links"))),
        "new_level_before": frozenset(norm(w) for w in _strs(change.get("new_level_before"))),
        "range_hedges": frozenset(norm(w) for w in _strs(rng.get("range_hedges"))),
        "period_before": frozenset(
            norm(w) for w in _strs(_table(hedges.get("period")).get("before"))
        ),
        "change_after": _Src(
            r"(?i)[ \t]+(?:(?P<up>" + alternation(_strs(change.get("after_up")))
            + r")|(?P<down>" + alternation(_strs(change.get("after_down"))) + r"))\b"
        ),
        "units_words": units_words,
        "multipliers": multipliers,
        "scales": scales,
        "scales_attached": scales_attached,
        "scales_money": scales_money,
        "minus_words": frozenset(norm(w) for w in _strs(negative.get("words"))),
        "minus_window": int(negative.get("window", 60)),
        "minus_context": _Src(
            r"(?i)(?<![^\W_])" + alternation(_strs(negative.get("context"))) + r"(?![^\W_])"
        ),
        "length_m": _Src(
            r"(?i)(?:[-‑]|\s+)"
            + alternation(_strs(_table(scales_sec.get("length_m")).get("after")))
            + r"\b"
        ),
        "ordinals": ordinals,
        "fractions": fractions,
        "vulgar": vulgar,
        "vague": vague,
        "vague_long": vague_long,
        "unit_forms": forms,
        "unit_symbols": symbols,
        "unit_dimension": dims,
        "currency_prefix": cur_prefix,
        "currency_names": cur_names,
        "currency_codes": cur_codes,
        "currency_glued": frozenset(cur_glued),
        "currency_minor": cur_minor,
        "currency_minor_glued": cur_minor_glued,
        "currency_major": cur_major,
        "minor_fwd": _Src(rf"(?i)[ \t\u00a0]*(?P<m>{alternation(cur_minor)})(?![\w])"),
        "minor_glued_fwd": _Src(rf"(?P<m>{alternation(cur_minor_glued, fold=False)})(?![\w])"),
        "minor_after": _Src(
            r"(?i)[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)"
            rf"[ \t\u00a0]+(?P<m>{alternation(cur_minor)})(?![\w])"
        ),
        "major_fwd": _Src(rf"(?i)[ \t\u00a0]+(?P<m>{alternation(cur_major)})(?![\w])"),
        "code_fwd": _Src(r"[ \t\u00a0]+(?P<code>[A-Z]{3})(?![\w])"),
        "percent_forms": frozenset(norm(p) for p in pct_forms),
        "point_forms": frozenset(norm(p) for p in pp_forms),
        "hedge_kind": hedge_kind,
        "hedge_words": max((len(h.split()) for h in hedge_kind if not h.startswith("suffix ")),
                           default=1),
        "hedge_last": _last_words(hedge_kind, keep_symbols=True),
        "change_last": _last_words([*up_words, *down_words, *_strs(change.get("links"))]),
        "opener_last": _last_words(_strs(rng.get("openers"))),
        "months": months,
        "points_first": first_runs(_strs(percent_sec.get("points"))),
        "points_fwd": _Src(
            r"(?i)\s+" + alternation(_strs(percent_sec.get("points"))) + r"(?![^\W_])"
        ),
        "points_pct": _Src(
            r"(?i)%|(?<![^\W_])" + alternation([*pct_forms, "percentage"]) + r"(?![^\W_])"
        ),
        "points_not": _Src(
            r"(?i)(?<![^\W_])" + alternation(_strs(percent_sec.get("points_not")))
            + r"(?![^\W_])"
        ),
        "points_or_pct": _Src(
            r"(?i),?\s+or\s+[\d.,]+\s*(?:" + alternation(pct_forms) + r")"
        ),
        "sentence_end": _Src(r"[.!?][\"”’')\]]*\s+|\n"),
        "age_before": frozenset(norm(w) for w in _strs(age.get("before"))),
        "age_after": first_runs(_strs(age.get("after"))),
        "rate_words": first_runs(_strs(rate.get("words"))),
        "age_fwd": _Src(r"(?i)(?:[-‑]|\s+)" + alternation(_strs(age.get("after"))) + r"\b"),
        "rate_fwd": _Src(
            r"(?i)(?:\s+(?:" + alternation(_strs(rate.get("words"))) + r")\s+|/)(?P<u>"
            + alternation(time_units) + r")\b(?!\s+(?:"
            + alternation(_strs(rate.get("not_before"))) + r")\b)"
        ),
        "slash_date_before": frozenset(
            norm(w).split(" ")[-1] for w in _strs(dates.get("slash_date_before"))
        ),
        "year_min": int(dates.get("year_min", 1900)),
        "year_max": int(dates.get("year_max", 2099)),
        "id_numbers": frozenset(_strs(ids.get("numbers"))),
        "id_numbers_in_context": frozenset(_strs(ids.get("numbers_in_context"))),
        "id_before": frozenset(norm(w) for w in _strs(id_context.get("before"))),
        "id_after": frozenset(norm(w) for w in _strs(id_context.get("after"))),
        "counted_nouns": frozenset(norm(w) for w in _strs(id_context.get("counted"))),
        "compound_stop": frozenset(norm(w) for w in _strs(compound.get("stop"))),
        "not_nouns": frozenset(norm(w) for w in _strs(compound.get("not_nouns"))),
        "needs_opener": frozenset(norm(w) for w in _strs(rng.get("needs_opener"))),
        "tail_first": first_runs(tail_phrases) | pint_first,
        "tail_chars": frozenset(p[0] for p in tail_phrases if p and not p[0].isalpha()),
        "joiner_first": first_runs(_strs(rng.get("joiners"))),
        "ratio_first": frozenset({"in", "out"}),  # ratio_fwd below
        "digit_scanner": _Src(digit_scanner),
        "word_scanner": _Src(word_scanner, re.IGNORECASE),
        # re, not the regex module: regex scans \d runs faster but costs ~20 ms to import
        "digit_trigger": _Src(r"\d+"),
        "vulgar_trigger": _Src(rf"{vulgar_alt}+"),
        "word_trigger_space": _Src(rf" ({trigger_alt})\b"),
        "word_trigger_other": _Src(rf"[^ 0-9A-Za-z_](?<=\W)({trigger_alt})\b"),
        "article_rev": _Src(r"(?i)(?<!\w)an?\s+\Z"),
        "hedge_rev": _Src(hedge_rev),
        "hedge_fwd": _Src(hedge_fwd),
        "mixed_fwd": _Src(
            rf"(?i)[ \t]+and[ \t]+(?P<num>an?|{alternation(units_words)})[ \t-]+"
            rf"(?P<den>{alternation(fractions)})\b"
        ),
        "mult_fwd": _Src(rf"(?i)\s+(?P<s>{mult_words})\b"),
        "of_fwd": _Src(r"(?i)\s+of\b"),
        "clause_end_fwd": _Src(r"[ \t]*(?:[,.;:)—–]|[ \t]-[ \t]|\n|\Z)"),
        "half_ok": _Src(
            r"(?i)\s+" + alternation(_strs(numbers.get("half_before"))) + r"\b"
        ),
        "number_follows": _Src(rf"(?i)\s+(?:\d|{alternation(units_words)}\b)"),
        "change_rev": _Src(
            r"(?i)(?<!\w)(?:(?P<up>"
            + alternation(up_words)
            + r")|(?P<down>"
            + alternation(down_words)
            + r"))\s+(?:(?P<link>"
            + alternation(_strs(change.get("links")))
            + r")\s+)?\Z"
        ),
        "opener_rev": _Src(
            r"(?i)(?<!\w)(?P<op>" + alternation(_strs(rng.get("openers"))) + r")\s+\Z"
        ),
        "score_rev": _Src(
            r"(?i)(?<!\w)" + alternation(_strs(rng.get("score_cues"))) + r"(?:\s+\w+){0,2}\s+\Z"
        ),
        "rate_rev": _Src(r"(?i)(?<!\w)(?:once|twice|thrice|times|per|every|each)\s+\Z"),
        "suffix_fwd": _Src(suffix_fwd),
        "joiner_fwd": _Src(
            r"(?i)\s*(?:(?P<dash>"
            + alternation([j for j in _strs(rng.get("joiners")) if not j[:1].isalnum()])
            + r")|(?P<j>"
            + alternation([j for j in _strs(rng.get("joiners")) if j[:1].isalnum()])
            + r")\b)\s*"
        ),
        "scale_fwd": _Src(
            rf"(?i)(?:\s+|[-‑]|)(?P<s>{alternation(scales)})\b"
            rf"|(?P<a>{alternation(scales_attached)})\b"
            rf"|(?P<m>{alternation(scales_money)})\b"
        ),
        "unit_fwd": _Src(rf"(?i)(?P<sep>\s+|\s*[-‑]\s*)(?P<u>{alternation(forms)})\b"),
        "symbol_fwd": _Src(
            rf"(?P<sep>\s?)(?P<u>{alternation(symbols, fold=False)})(?![A-Za-z0-9])"
        ),
        "percent_fwd": _Src(percent_fwd),
        "currency_fwd": _Src(rf"(?i)\s+(?P<c>{alternation(cur_names)})\b"),
        "noun_fwd": _Src(r"[-‑](?P<n>[a-z]+)(?![\w-])(?=\s+[A-Za-z])"),
        "word_fwd": _Src(r"\s+(?P<w>[A-Za-z][A-Za-z’'-]*)"),
        "half_fwd": _Src(r"(?i)\s+and\s+an?\s+half\b"),
        "ratio_fwd": _Src(
            rf"(?i)\s+(?:in|out\s+of)\s+(?P<den>\d+|{alternation(units_words)})\b"
        ),
        "not_counts": _Src(
            r"(?i)\b" + alternation(_strs(numbers.get("not_counts"))) + r"(?!\w)"
        ),
    }
    return Compiled(**fields)


_CACHE: dict[int, tuple[Lexicon, Compiled]] = {}
_LOCK = threading.Lock()


def compiled_for(lex: Lexicon) -> Compiled:
    """The compiled form of ``lex``, built once per Lexicon object."""
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    with _LOCK:
        built = compile_lexicon(lex)
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[id(lex)] = (lex, built)
        return built
