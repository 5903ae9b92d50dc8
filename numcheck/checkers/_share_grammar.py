"""Share phrases read by a grammar kept as data (``[share_grammar]`` in checkers.toml).

A reporter ties a share to its count and base in many orders and with many marks: "won
8,912, or 41%, of the 25,300 valid votes" (the share inside a partitive), "lost £40m, 12%
of its £330m income" and "rose to 310,000 units, or 46% of the 520,000 it built" (a
change or a new level that is the share of a base), "left 84,000 homes without power
across the region, roughly one in three of the 410,000 properties" (the share set off
after the count's whole clause), "Some 41% of respondents: 8,912 of the 25,300
surveyed" (a share restated by a partitive after it). The readers of
numcheck/checkers/_apposed.py were written one realisation at a time; this module reads
a realisation from a pattern: the order of count (C), share (S) and base (B) as three
figures next to each other, the class of each gap between them, and what the count must
be. A new realisation is a new pattern line, not new code; a wrong entry is refused when
the lexicon is read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from numcheck.checkers._compare import between, sentence_near, words
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._share_kinds import alike, clean
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level

GAPS = frozenset(
    {"open", "close_of", "mark", "np_mark", "clause", "of", "earlier", "set_off", "whole",
     "sample"}
)
COUNTS = frozenset({"alike", "moved", "kind"})
_SHARES = (Kind.PERCENT, Kind.RATIO)
_MARKS = ";:()[]—–"
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Pattern:
    """One realisation: figures in ``order`` (a permutation of "CSB"), the class of the
    gap after each of the first two, and the class of count it asks for."""

    order: str
    gaps: tuple[str, str]
    count: str

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Pattern:
        """A pattern from its TOML table; anything else is refused loudly."""
        order, gaps, count = raw.get("order"), raw.get("gaps"), raw.get("count")
        if not isinstance(order, str) or sorted(order) != ["B", "C", "S"]:
            raise ValueError(f"[share_grammar] pattern order {order!r}: a permutation of CSB")
        if not isinstance(gaps, list) or len(gaps) != 2 or not set(gaps) <= GAPS:
            raise ValueError(f"[share_grammar] pattern gaps {gaps!r}: two of {sorted(GAPS)}")
        if gaps[1] == "close_of" and gaps[0] != "open":
            raise ValueError("[share_grammar] 'close_of' closes an 'open' gap: it follows one")
        for first in ("earlier", "whole"):
            if first in gaps and (order != "BCS" or gaps[0] != first):
                raise ValueError(f"[share_grammar] '{first}' is the first gap of order BCS only")
        if "sample" in gaps and (order[:2] != "BS" or gaps[0] != "sample"):
            raise ValueError("[share_grammar] 'sample' is the first gap of order BS. only")
        if "set_off" in gaps and (order[2] != "S" or gaps[1] != "set_off"):
            raise ValueError("[share_grammar] 'set_off' is the gap before a last share only")
        if count not in COUNTS:
            raise ValueError(f"[share_grammar] pattern count {count!r}: one of {sorted(COUNTS)}")
        extra = set(raw) - {"order", "gaps", "count"}
        if extra:
            raise ValueError(f"[share_grammar] pattern keys {sorted(extra)} are unknown")
        return cls(order, (str(gaps[0]), str(gaps[1])), str(count))


class ShareGrammar:
    """The patterns and the words their gap classes read, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any], kinds: Kinds) -> None:
        table: Mapping[str, Any] = lex.get("share_grammar", {})
        shares: Mapping[str, Any] = lex.get("shares", {})
        pairs = table.get("pairs", {})
        if not isinstance(pairs, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in pairs.items()
        ):
            raise ValueError("[share_grammar] pairs: an opening mark -> its closing mark")
        self.pairs = {str(k): str(v) for k, v in pairs.items()}
        self.patterns = tuple(Pattern.of(p) for p in table.get("patterns", ()))
        self.np_words = int(table.get("np_words", 4))
        self.mark_words = int(table.get("mark_words", 2))
        self.links = words(table.get("partitive_links", ("of",)))
        self.marks = words(shares.get("marks", ()))
        self.breaks = frozenset(words(shares.get("breaks", ())))
        self.clause_words = int(shares.get("clause_words", 12))
        self.clause_breaks = frozenset(words(shares.get("clause_breaks", ()))) or self.breaks
        self.copulas = words(shares.get("copulas", ()))
        self.kinds = kinds
        self.reach = int(table.get("earlier_sentences", 1))
        self.back_words = frozenset(words(table.get("back_words", ())))
        self.determiners = frozenset(words(table.get("determiners", ())))
        self.frames = frozenset(words(table.get("frames", ())))
        self.pointers = frozenset(words(table.get("pointers", ())))
        self.times = frozenset(words(lex.get("spread", {}).get("times", ())))
        self.other_times = frozenset(words(shares.get("other_times", ())))
        self.whole_sentences = int(table.get("whole_sentences", 3))
        self.whole_figures = int(table.get("whole_figures", 60))
        self.whole_factor = float(table.get("whole_factor", 3))
        self.refused = frozenset(words(table.get("whole_refused", ())))
        self.sample_nouns = frozenset(words(table.get("sample_nouns", ())))
        self.sample_verbs = frozenset(words(table.get("sample_verbs", ())))

    def read(
        self,
        document: Document,
        sentence: Sequence[Claim],
        k: int,
        levels: set[int],
        history: Sequence[Claim] = (),
    ) -> tuple[Claim, Claim] | None:
        """The (count, base) the first pattern that fits reads around ``sentence[k]``
        (``history``: the figures told before the sentence, for an 'earlier' base)."""
        for pattern in self.patterns:
            if pattern.gaps[0] == "whole":  # numcheck/checkers/_share_told.py
                from numcheck.checkers._share_told import told_whole

                found = told_whole(self, document, sentence, k, levels, history)
                if found is not None:
                    return found
                continue
            if pattern.gaps[0] == "earlier":
                told = self._told_before(document, pattern, sentence, k, levels, history)
                if told is not None:
                    return told
                continue
            at = k - pattern.order.index("S")
            if at < 0 or at + 3 > len(sentence):
                continue
            figures = dict(zip(pattern.order, sentence[at : at + 3], strict=True))
            if self._fits(document, pattern, sentence[at : at + 3], figures, levels):
                return figures["C"], figures["B"]
        return None

    def _fits(
        self,
        document: Document,
        pattern: Pattern,
        run: Sequence[Claim],
        figures: Mapping[str, Claim],
        levels: set[int],
    ) -> bool:
        count, base = figures["C"], figures["B"]
        if not self._base(base, levels) or not self._count(pattern.count, count, base, levels):
            return False
        close = ""
        if pattern.gaps[0] == "sample" and not self._sample(document, base, count):
            return False
        for (first, second), gap in zip(pairwise(run), pattern.gaps, strict=True):
            text = between(document, first, second)
            if gap == "open":
                close = self.pairs.get(text, "")
                if not close:
                    return False
            elif not self._gap(gap, text, close):
                return False
        return True

    def _told_before(
        self,
        document: Document,
        pattern: Pattern,
        sentence: Sequence[Claim],
        k: int,
        levels: set[int],
        history: Sequence[Claim],
    ) -> tuple[Claim, Claim] | None:
        """ "Voters cast 25,300 ballots. Hart won 8,912 ballots, or 41%": a share set off
        after its count, of no base of its own, whose base is the last figure before it
        that counts the count's thing, at most ``earlier_sentences`` sentences back."""
        if k < 1 or id(sentence[k - 1]) in levels:
            return None
        count, share = sentence[k - 1], sentence[k]
        if not self.set_off(document, count, share):
            return None
        base = self._earlier(count, [*history, *sentence[: k - 1]], document, levels)
        if base is not None and base.sentence != count.sentence and self.framed(document, count):
            return None
        if base is None or not self._count(pattern.count, count, base, levels):
            return None
        return count, base

    def set_off(self, document: Document, count: Claim, share: Claim) -> bool:
        """The share set off after its count (", or 41%", " (41%)", " — a quarter") and
        closed there (the pair's closing mark or the sentence's end), bare or with a
        pointer back ("of them", "of the total", "of its staff": ``back_words``, a
        determiner and one noun that names the count's thing); a share with a noun phrase
        or predicate of its own ("30% from overseas", "of the Leeds staff") is not."""
        gap = between(document, count, share)
        close = ""
        for mark, closing in sorted(self.pairs.items(), key=lambda kv: -len(kv[0])):
            rest = gap.removesuffix(mark)
            if rest != gap and (not rest or rest.endswith(" ") or mark[0] in ",(—–"):
                if clean(rest.strip(), self.breaks, self.mark_words):
                    close = closing
                break
        if not close:
            return False
        after = document.prose[share.location.end : share.sentence[1]].strip().lower()
        if after.startswith("of "):
            np = re.split(r"[,.;:()—–]", after[3:], maxsplit=1)[0].strip()
            head = np.split()
            named = len(head) == 2 and head[0] in self.determiners
            pointer = np in self.back_words or (len(head) == 2 and head[0] in self.pointers)
            if not pointer and not (named and self._names(share, count)):
                return False
            after = after[3 + len(np) :].strip()
        return after in ("", ".") or after.startswith(close + " ") or after == close + "."

    def framed(self, document: Document, count: Claim) -> bool:
        """The count's sentence opens with a frame of its own ("In Scotland, 60 stores, or
        30%", "On the night shift 210 workers"): a subset or another scope than the base
        told before; a pointer back ("Of those, 130") or a time ("On Monday") is none."""
        lead = document.prose[count.sentence[0] : count.location.start].lower().split(",")[0]
        toks = lead.split()
        if toks[:1] == ["of"] and " ".join(toks[1:]) in self.back_words:
            return False
        if toks[1:2] and (toks[1] in self.times or _YEAR.fullmatch(toks[1])):
            return False  # "On Monday it said": a time, which _same_time reads
        return bool(toks) and toks[0] in self.frames

    def _names(self, share: Claim, count: Claim) -> bool:
        """The share's noun counts the count's thing ("of its staff" after "1,100 jobs")."""
        thing = share.key.thing
        return bool(thing) and (
            thing == count.key.thing or self.kinds.of_claims(count, share) is Relation.KIND
        )

    def _earlier(
        self, count: Claim, before: Sequence[Claim], document: Document, levels: set[int]
    ) -> Claim | None:
        """The last standing figure before ``count`` of its kind that counts its thing
        (or what that is a kind of), if it is larger and told for no other time; none when
        a share or a larger figure of its kind but another thing stands between (a share
        of which?)."""
        if not count.key.thing:
            return None
        starts = sorted({c.sentence[0] for c in before} | {count.sentence[0]})
        for c in reversed(before):
            if starts.index(count.sentence[0]) - starts.index(c.sentence[0]) > self.reach:
                return None
            if c.quantity.kind in _SHARES:
                return None  # "10,000 members, 40% of them nurses. 1,000, or 23%": of whom?
            if not self._base(c, levels) or not alike(count, c):
                continue
            big = (c.quantity.value or 0) > (count.quantity.value or 0)
            counts = c.key.thing == count.key.thing or (
                self.kinds.of_claims(count, c) is Relation.KIND
            )
            if not counts:
                if big:
                    return None
                continue
            return c if big and self._same_time(document, count, c) else None
        return None

    def gap_of(self, gap: str, text: str) -> bool:
        """Whether ``text`` is a gap of class ``gap`` (one that closes no mark)."""
        return self._gap(gap, text, "")

    def same_time(self, document: Document, count: Claim, base: Claim) -> bool:
        return self._same_time(document, count, base)

    def _same_time(self, document: Document, count: Claim, base: Claim) -> bool:
        """Count and base told for no two different times (``_apposed._times``: "12,000
        pupils in 2025. This year 3,000, or 25%") and for the same other times ([shares]
        other_times: "9,500 last year ... 1,720, or 20%" is a share of another base)."""
        mine, its = (document.prose[slice(*sentence_near(document, c))].lower()
                     for c in (count, base))  # near each figure: linear in a long sentence
        said, told = self._times(mine), self._times(its)
        if said and told and not said & told:
            return False
        other = self.other_times
        return {t for t in other if t in mine} == {t for t in other if t in its}

    def _times(self, text: str) -> set[str]:
        return (set(re.findall(r"[a-z]+", text)) & self.times) | set(_YEAR.findall(text))

    def _base(self, base: Claim, levels: set[int]) -> bool:
        """A base is a standing amount: no share, no change, no end of a change."""
        q = base.quantity
        return q.kind not in _SHARES and not base.is_change and id(base) not in levels

    def _count(self, kind: str, count: Claim, base: Claim, levels: set[int]) -> bool:
        if kind == "moved":  # "lost £40m", "rose to 310,000": what moved, in the base's terms
            q = count.quantity
            moved = count.is_change or q.level is Level.NEW
            same = q.kind is base.quantity.kind and count.key.dimension == base.key.dimension
            other = self.kinds.of_claims(count, base) is Relation.OTHER  # another thing
            return moved and same and q.kind not in _SHARES and not other
        if id(count) in levels or not alike(count, base):
            return False
        return kind == "alike" or self.kinds.of_claims(count, base) is Relation.KIND

    def _sample(self, document: Document, base: Claim, count: Claim) -> bool:
        """ "A survey of 2,000 adults found 38% ...": the base is the size of a sample
        (``sample_nouns`` then "of" right before it, in its sentence), and the count the
        share is restated as closes its phrase (no "of whom", "of them" after it: a share
        of the share is another group)."""
        lead = document.prose[base.sentence[0] : base.location.start].lower().split()
        if len(lead) < 2 or lead[-1] != "of" or lead[-2].strip(",") not in self.sample_nouns:
            return False
        after = document.prose[count.location.end : count.location.end + 12].lower().split()
        return not (after and after[0] == "of") and not (len(after) > 1 and after[1] == "of")

    def _gap(self, gap: str, text: str, close: str) -> bool:
        """Whether ``text`` is a gap of class ``gap`` (``close``: the mark to close)."""
        if gap == "sample":  # "adults found that": the sample's noun, then what it found
            toks = text.split()
            if toks[-1:] == ["that"]:
                toks = toks[:-1]
            return (
                bool(toks) and toks[-1] in self.sample_verbs
                and clean(" ".join(toks[:-1]), self.breaks, self.np_words)
                and not any(ch in text for ch in _MARKS + ",")
            )
        if gap == "close_of":
            return text.startswith(close + " ") and self._np(text[len(close) :].strip())
        if gap == "of":
            return self._np(text)
        if gap == "np_mark":  # "of respondents:", ","
            text = text.removeprefix("of ") if text.startswith("of ") else text
            gap = "mark"
        reach, breaks = (
            (self.mark_words, self.breaks) if gap == "mark" else
            (self.clause_words, self.clause_breaks)
        )
        for mark in self.marks:
            if text == mark or text.endswith(" " + mark) or (
                text.endswith(mark) and mark[0] in ",—–(:"
            ):
                rest = text[: len(text) - len(mark)].strip()
                return ";" not in rest and clean(rest.rstrip(","), breaks, reach)
        return False

    def _np(self, text: str) -> bool:
        """ "of its", "out of the region's": a partitive link (``links``) and a short noun
        phrase, no mark or digit."""
        if any(ch in text for ch in _MARKS + ","):
            return False
        for link in self.links:
            if text == link or text.startswith(link + " "):
                return clean(text[len(link) :], self.breaks, self.np_words)
        return False
