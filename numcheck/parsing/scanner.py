"""The scanner: find anchors in the text and hand each to its handler.

One combined scanner regex finds the next anchor (a numeral, number word, date,
vague amount, identifier ...) at trigger positions (digit runs, number-ish words).
Each anchor group has a handler (:class:`~numcheck.parsing.context.Handler`) that
builds a Draft; numbers then grow left (numcheck/parsing/hedging.py) and right
(numeric.py) with anchored matches, and may join a second number (ranges.py).
Work per character is therefore constant and parse time is linear in the input.

A handler that raises is a parser bug: the exception propagates (a test fails),
it is never swallowed.
"""

from __future__ import annotations

import re

from numcheck.lazyre import lazy_compile
from numcheck.parsing import anchors, readings, wordnums
from numcheck.parsing.context import Handler
from numcheck.parsing.draft import Draft, beyond_float, finish
from numcheck.parsing.hedging import left
from numcheck.parsing.lexdata import Compiled
from numcheck.parsing.numeric import count_noun, on_cur, on_halfa, on_num, on_words
from numcheck.parsing.ranges import ranged
from numcheck.quantity import Quantity

_NOT_COUNT_GROUPS = frozenset({"words", "vague"})
_LEFT_GROUPS = frozenset(
    {"words", "num", "cur", "halfa", "vague", "aunit", "frac", "half", "mult"}
)
_RANGE_GROUPS = frozenset({"words", "num", "cur", "halfa"})
_SIGNED_GROUPS = frozenset({"num", "cur"})
_SIGNS = "-\u2212"
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_OPENERS = "([{\"'“‘«—–"  # punctuation a figure's token may open with
_TAIL_WORD = lazy_compile(r"(?<![^\W_])[^\W_][\w.’'-]*\Z")

# scanner group name -> handler
HANDLERS: dict[str, Handler] = {
    "isodate": anchors.on_isodate,
    "mdate": anchors.on_mdate,
    "dmdate": anchors.on_dmdate,
    "myear": anchors.on_myear,
    "sdate": anchors.on_sdate,
    "time": anchors.on_time,
    "decade": anchors.on_decade,
    "idp": anchors.on_identifier,
    "idt": anchors.on_identifier,
    "vague": anchors.on_vague,
    "ulong": anchors.on_ulong,
    "frac": wordnums.on_frac,
    "half": wordnums.on_half,
    "mult": wordnums.on_multiple,
    "ord": wordnums.on_ordinal,
    "ordd": wordnums.on_ordinal,
    "aunit": anchors.on_aunit,
    "halfa": on_halfa,
    "words": on_words,
    "num": on_num,
    "cur": on_cur,
}


class Scanner:
    """Reads one text; holds the position of the last emitted quantity."""

    __slots__ = ("_next", "_next_at", "c", "cue_marks", "floor", "out", "r", "text")

    def __init__(self, text: str, compiled: Compiled, tolerance: float) -> None:
        self.text = text
        self.c = compiled
        self.r = tolerance
        self.floor = 0
        self.out: list[Quantity] = []
        self._next_at = -1  # memo of next_word(): position and answer
        self._next: str | None = None
        self.cue_marks: dict[str, list[int]] | None = None  # money.nearest_cue

    def emit(self, d: Draft) -> None:
        if beyond_float(d):  # not an amount: nothing is reported
            self.floor = d.end
            return
        count_noun(self, d)
        readings.tenor(self, d)
        self.out.append(finish(self.text, d, self.r))
        after = d.extras.get("after")
        self.floor = after if isinstance(after, int) and after > d.end else d.end

    def run(self) -> list[Quantity]:
        """Visit trigger positions (digit runs, number-ish words) in order."""
        text, c = self.text, self.c
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two; keep offsets
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        # trigger positions, tagged in the low bit (0 digits, 1 words): one sort of
        # plain ints is much cheaper than merging match streams
        marks = [m.start() << 1 for m in c.digit_trigger.finditer(text)]
        marks += self.word_marks(low)
        if any(ch in text for ch in c.vulgar):
            marks += [m.start() << 1 for m in c.vulgar_trigger.finditer(text)]
        marks.sort()
        pos = 0
        at_trigger = self.at_trigger
        for mark in marks:
            t = mark >> 1
            if t < pos:
                continue
            end = at_trigger(t, mark & 1, pos)
            if end > pos:
                pos = end
        return self.out

    def word_marks(self, low: str) -> list[int]:
        """Starts of trigger words, exactly where ``\b(?:words)\b`` would find them
        (non-overlapping, leftmost first), from two faster scans."""
        c = self.c
        # " " + low: a word at the very start follows a space too (offsets shift by one)
        spans = [(m.start(1) - 1, m.end() - 1) for m in c.word_trigger_space.finditer(" " + low)]
        spans += [(m.start(1), m.end()) for m in c.word_trigger_other.finditer(low)]
        spans.sort()
        marks: list[int] = []
        last = -1
        for start, end in spans:
            if start >= last:
                marks.append(start << 1 | 1)
                last = end
        return marks

    def at_trigger(self, t: int, tag: int, pos: int) -> int:
        """Try the anchor starts around trigger ``t``; return where scanning resumes."""
        c, text = self.c, self.text
        if tag == 0:
            scanner, starts = c.digit_scanner, self.digit_starts(t, pos)
        else:
            scanner, starts = c.word_scanner, [t]
            # "a week", "an hour": the article first
            if t > pos and text[max(pos, t - 8) : t].rstrip()[-1:] in ("a", "A", "n", "N"):
                ma = c.article_rev.search(text, max(pos, t - 8), t)
                if ma is not None:
                    starts.insert(0, ma.start())
        for s in starts:
            m = scanner.match(text, s)
            if m is None or m.end() <= t:
                continue
            end = self.handle(m)
            if end is not None:
                return end
        return t + 1

    def digit_starts(self, t: int, pos: int) -> list[int]:
        """The trigger, the start of its token ("COP26", "$5") and of the word
        before when it may begin an anchor ("Feb. 24", "Article 5", "USD 5").

        Tokens are whitespace-delimited and looked for at most 24 characters back
        (and never before ``pos``); a token cut by that limit does not count.
        """
        text = self.text
        ts = t
        lo = t - 24 if t - 24 > pos else pos
        if t > lo and not text[t - 1].isspace():
            seg = text[lo:t]
            cut = t - len(seg.split()[-1])
            if cut > lo or lo == 0 or text[lo - 1].isspace():
                ts = cut
        starts = [ts, t] if ts < t else [t]
        inner = ts + len(text[ts:t]) - len(text[ts:t].lstrip(_OPENERS))
        if ts < inner < t:  # "($3.1 billion)", "—£5m": the symbol after the punctuation
            starts.insert(1, inner)
        elif ts + 1 < t and text[ts] in _SIGNS:
            starts.insert(1, ts + 1)  # "-$5m": the currency symbol after the sign
        lo = ts - 24 if ts - 24 > pos else pos
        if ts > lo and text[ts - 1].isspace():
            head = text[lo:ts].rstrip()
            if head:
                word = head.split()[-1]
                ps = lo + len(head) - len(word)
                if (ps > lo or lo == 0 or text[lo - 1].isspace()) and not text[ps].islower():
                    starts.insert(0, ps)
                    opened = ps + len(word) - len(word.lstrip(_OPENERS))
                    if ps < opened < ps + len(word):  # "(SEK 18.3bn)": the code after the bracket
                        starts.insert(1, opened)
        return starts

    def handle(self, m: re.Match[str]) -> int | None:
        """Build and emit the quantity at anchor ``m``; None when it is not one."""
        group = m.lastgroup or ""
        if group == "skip":
            self.floor = m.end()
            return m.end()
        if group in _NOT_COUNT_GROUPS:
            nc = self.c.not_counts.match(self.text, m.start())
            if nc is not None:
                self.floor = nc.end()
                return nc.end()
        builder = HANDLERS.get(group)
        d = builder(self, m) if builder is not None else None
        if d is None:
            return None
        if group in _SIGNED_GROUPS and d.start > 0 and self.text[d.start - 1] in _SIGNS:
            if self.text[d.start - 1] == "-":
                readings.hyphen_minus(self, d)
            elif d.value is not None and d.value > 0:  # "−$5m": the Unicode minus
                d.value, d.start = -d.value, d.start - 1
        if group in _LEFT_GROUPS:
            left(self, d)
        if group in _RANGE_GROUPS:
            return ranged(self, d)
        self.emit(d)
        return d.end

    def next_word(self, p: int) -> str | None:
        """The letters after the whitespace at ``p``, case-folded ("people" in "500
        people,"); None when ``p`` is not whitespace followed by a letter. A gate: a
        word no right-hand phrase starts with means none of their regexes can match."""
        if p != self._next_at:
            m = _NEXT_WORD.match(self.text, p)
            self._next_at, self._next = p, m.group(1).casefold() if m is not None else None
        return self._next

    def last_word(self, lo: int, end: int) -> str:
        """The lower-case token ending just before ``end`` (whitespace-delimited), or "".

        Punctuation glued before the last word is dropped ("“nearly", "(about", "—some"
        give the word); a token without a word ("(~") is kept as it is.
        """
        parts = self.text[lo:end].rsplit(None, 1)
        if not parts:
            return ""
        tok = parts[-1].lower()
        if tok.isalpha():
            return tok
        m = _TAIL_WORD.search(tok)  # "“nearly" -> "nearly", "x:(about" -> "about"
        return m.group() if m is not None else tok

    def word_before(self, lo: int, end: int, words: frozenset[str]) -> bool:
        """Whether the token ending just before ``end`` (or its last char) is in ``words``."""
        tok = self.last_word(lo, end)
        return bool(tok) and (tok in words or tok[-1] in words)
