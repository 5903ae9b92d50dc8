"""Units from pint's registry after a number: "512GB", "70mph", "a 300-hp engine",
"95 GPa", "150 gigatons", "120km/hr", "20 ppb", "miles per gallon".

The surface table is generated from a stock ``pint.UnitRegistry()`` at build time
(numcheck/unit_table.py -> lexicon/pint_units.json), so reading it imports no pint.
How its words are read in news copy is data (units.toml ``[pint_reading]``): spelled
names must be lower-case and not ordinary English words ("are", "points"); symbols
are case-sensitive, may be glued to the digits, and stand apart only when longer than
one letter; news units pint lacks (bhp, mpg, Mbps, ppb, TEU) are listed there. A name
that is also an everyday noun ("league", "cup", "stone") is a unit only when its form
settles it: plural, hyphenated, or with no noun after it ("31 league titles" counts
titles).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

_TOKEN = re.compile(
    r"(?P<sep>[ \t\u00a0]?|[-‑])(?P<tok>(?:[^\W\d_]|[°Ω])(?:[^\W_]|[°²³])*"
    r"(?:/[^\W\d_]+)?)(?![\w])"
)
# the next word of a spelled name; a hyphen joins too ("light-years", "watt-hours")
_WORD = re.compile(r"(?:[ \t\u00a0]+|[-‑])([^\W\d_A-Z]+)(?![\w])")


class PintUnits(NamedTuple):
    """The generated table and the reading rules; ``read`` finds a unit after a number."""

    names: Mapping[str, str]
    symbols: Mapping[str, str]
    dimensions: Mapping[str, str]
    not_names: frozenset[str]
    common_nouns: frozenset[str]  # singular names that are everyday nouns too
    compound_stop: frozenset[str]  # words that end a noun compound ("of", "in", "and")
    not_symbols: frozenset[str]
    not_symbols_folded: frozenset[str]  # never units in any case: "th", "pm"
    spaced_min: int
    glued: Mapping[str, str]
    news: Mapping[str, str]
    single: frozenset[str]
    per_symbols: Mapping[str, str]  # after "/": "km/s", "MB/s", "kWh/yr"
    longest_name: int

    @classmethod
    def build(
        cls, table: Mapping[str, Any], reading: Mapping[str, Any],
        compound_stop: frozenset[str] = frozenset(),
    ) -> PintUnits:
        names = {str(k): str(v) for k, v in table.get("names", {}).items()}
        return cls(
            names=names,
            symbols={str(k): str(v) for k, v in table.get("symbols", {}).items()},
            dimensions={str(k): str(v[0]) for k, v in table.get("units", {}).items()},
            not_names=frozenset(str(w).lower() for w in reading.get("not_names", [])),
            common_nouns=frozenset(str(w).lower() for w in reading.get("common_nouns", [])),
            compound_stop=compound_stop,
            not_symbols=frozenset(str(w) for w in reading.get("not_symbols", [])),
            not_symbols_folded=frozenset(
                str(w).casefold() for w in reading.get("not_symbols_any_case", [])
            ),
            spaced_min=int(reading.get("spaced_symbols_min", 2)),
            glued={str(k): str(v) for k, v in reading.get("glued", {}).items()},
            news={str(k): str(v) for k, v in reading.get("news", {}).items()},
            single=frozenset(str(w) for w in reading.get("single_letters", [])),
            per_symbols={str(k): str(v) for k, v in reading.get("per_symbols", {}).items()},
            longest_name=max((n.count(" ") + 1 for n in names), default=1),
        )

    def first_words(self) -> frozenset[str]:
        """Case-folded first words of every name and symbol that may stand apart (the
        scanner's gate: after "500 people" no unit lookup runs)."""
        out = {n.split(" ", 1)[0].casefold() for n in self.names if n not in self.not_names}
        out.update(
            s.casefold() for s in self.symbols
            if len(s) >= self.spaced_min and s.casefold() not in self.not_symbols_folded
        )
        out.update(s.casefold() for s in self.news)
        return frozenset(w for w in out if w.isalpha())

    def power_after(self, text: str, p: int) -> tuple[str, int] | None:
        """"^2", "²", " squared" after a unit: the power and where it ends."""
        mp = _POWER_AFTER.match(text, p)
        if mp is None:
            return None
        square = mp.group("w") == "²" or mp.group("w2") == "squared"
        return mp.group("p") or ("2" if square else "3"), mp.end()

    def per(self, text: str, p: int) -> tuple[str, int] | None:
        """" per gallon", "/hr" after a unit: the divisor and where it ends."""
        mp = _PER.match(text, p)
        if mp is None:
            return None
        word = mp.group(1)
        per = self.names.get(word.lower()) if word.islower() else None
        per = per or self.symbol(word, False) or self.per_symbols.get(word)
        return (per, mp.end()) if per is not None else None

    def symbol(self, tok: str, glued: bool) -> str | None:
        news = self.news.get(tok)
        if news is not None:
            return news
        if glued and tok in self.glued:
            return self.glued[tok]
        if tok in self.not_symbols or (not glued and len(tok) < self.spaced_min):
            return None
        if tok.casefold() in self.not_symbols_folded:
            return None  # "4 th", "2 Pm": an ordinal suffix, a meridian
        if len(tok) == 1 and tok not in self.single:
            return None  # "5e", "3b", "4c": a letter glued to digits is rarely a unit
        return self.symbols.get(tok)

    def name(self, text: str, p: int, first: str) -> tuple[str, int] | None:
        """The longest lower-case pint name starting with ``first`` (ending at ``p``)."""
        words, ends = [first], [p]
        q = p
        for _ in range(self.longest_name - 1):
            m = _WORD.match(text, q)
            if m is None:
                break
            words.append(m.group(1))
            q = m.end()
            ends.append(q)
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            unit = self.names.get(phrase)
            if unit is not None and phrase not in self.not_names:
                return unit, ends[n - 1]
        return None

    def _modifies(self, text: str, phrase: str, end: int) -> bool:
        """Whether an everyday noun read as a unit name modifies a noun after it
        ("31 league titles", "2 grain silos"): then it is no unit."""
        if phrase not in self.common_nouns:
            return False
        m = _WORD.match(text, end)
        return m is not None and m.group(1) not in self.compound_stop

    def read(self, text: str, p: int) -> tuple[str, int, bool] | None:
        """(unit expression, end, hyphenated) of a unit starting at ``p``, or None."""
        m = _TOKEN.match(text, p)
        if m is None:
            return None
        sep, tok = m.group("sep"), m.group("tok")
        glued = sep == ""
        top, slash, bottom = tok.partition("/")
        end = m.start("tok") + len(top)
        unit = self.symbol(top, glued)
        if unit is None and not glued and not slash and top.islower():
            named = self.name(text, end, top)
            if named is not None and not (
                sep not in ("-", "‑") and self._modifies(text, top, named[1])
            ):
                unit, end = named
        if unit is None and not glued and top.lower() in _POWER_BEFORE:
            inner = self.read(text, end)  # "4 cubic kilometers", "40 sq miles"
            if inner is not None and " " not in inner[0]:
                return f"{inner[0]} ** {_POWER_BEFORE[top.lower()]}", inner[1], False
        if unit is None:
            return None
        if slash:  # "km/hr", "Mb/s"
            per = self.symbol(bottom, True) or self.names.get(bottom)
            per = per or self.per_symbols.get(bottom)
            if per is None:
                return None
            unit, end = f"{unit} / {per}", m.end()
        else:
            got = self.per(text, end)
            if got is not None:
                unit, end = f"{unit} / {got[0]}", got[1]
        return unit, end, sep in ("-", "‑")


_POWER_BEFORE = {"square": "2", "sq": "2", "cubic": "3", "cu": "3"}
_POWER_AFTER = re.compile(r"(?:\^(?P<p>[23])|(?P<w>[²³])|[ \t]+(?P<w2>squared|cubed))(?![\w])")
_PER = re.compile(r"(?:[ \t\u00a0]+per[ \t\u00a0]+|/)([A-Za-z]+)(?![\w])")

__all__ = ["PintUnits"]
