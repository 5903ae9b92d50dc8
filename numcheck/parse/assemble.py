"""The scanning loop: find anchors, grow them into quantities, join ranges.

One combined scanner regex finds the next anchor (a numeral, number word, date,
vague amount, identifier ...). Everything else is read with anchored matches
around it: hedges and change verbs to the left (reverse regexes that must end at
the anchor), scales, units and suffix hedges to the right. Work per character is
therefore constant and parse time is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from numcheck.parse import anchors, readings
from numcheck.parse.draft import Draft, finish, finish_range
from numcheck.parse.lexdata import Compiled, norm
from numcheck.parse.numerals import digits_decimal, words_value
from numcheck.quantity import Change, Kind, Quantity

_WORD_TOKEN = re.compile(r"[a-z]+")
_GLUED = re.compile(r"[A-Za-z]\w*")
_LOOKBACK = 40  # longer than any hedge or change phrase in the lexicon
_NOT_COUNT_GROUPS = frozenset({"words", "vague"})
_LEFT_GROUPS = frozenset({"words", "num", "cur", "halfa", "vague", "aunit", "frac", "half"})
_RANGE_GROUPS = frozenset({"words", "num", "cur", "halfa"})
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_TAIL_WORD = re.compile(r"(?<![^\W_])[^\W_][\w.’'-]*\Z")


class Reader:
    """Parses one text; holds the position of the last emitted quantity."""

    def __init__(self, text: str, compiled: Compiled, tolerance: float) -> None:
        self.text = text
        self.c = compiled
        self.r = tolerance
        self.floor = 0
        self.out: list[Quantity] = []
        self._next_at = -1  # memo of next_word(): position and answer
        self._next: str | None = None
        self.builders: dict[str, Callable[[Reader, re.Match[str]], Draft | None]] = {
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
            "frac": anchors.on_frac,
            "half": anchors.on_half,
            "ord": anchors.on_ordinal,
            "ordd": anchors.on_ordinal,
            "aunit": anchors.on_aunit,
            "halfa": Reader.on_halfa,
            "words": Reader.on_words,
            "num": Reader.on_num,
            "cur": Reader.on_cur,
        }

    # -- main loop --------------------------------------------------------------
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
            try:
                end = at_trigger(t, mark & 1, pos)
            except Exception:  # never raise on input text; skip the anchor
                end = t + 1
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
        lo = ts - 24 if ts - 24 > pos else pos
        if ts > lo and text[ts - 1].isspace():
            head = text[lo:ts].rstrip()
            if head:
                word = head.split()[-1]
                ps = lo + len(head) - len(word)
                if (ps > lo or lo == 0 or text[lo - 1].isspace()) and not text[ps].islower():
                    starts.insert(0, ps)
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
        builder = self.builders.get(group)
        d = builder(self, m) if builder is not None else None
        if d is None:
            return None
        if group == "num" and d.start > 0 and self.text[d.start - 1] == "-":
            readings.hyphen_minus(self, d)
        if group in _LEFT_GROUPS:
            self.left(d)
        if group in _RANGE_GROUPS:
            return self.ranged(d)
        self.emit(d)
        return d.end

    def emit(self, d: Draft) -> None:
        self.count_noun(d)
        self.out.append(finish(self.text, d, self.r))
        self.floor = d.end

    def count_noun(self, d: Draft) -> None:
        """The lemma of what a count counts ("500 people", "dozens of troops")."""
        if d.kind is not Kind.COUNT or d.noun is not None or d.unit is not None:
            return
        plural = d.value is None or d.value != 1 or d.hedge_key is not None
        d.noun = self.c.nouns.after(self.text, d.end, plural)

    # -- numeric anchors ----------------------------------------------------------
    def on_num(self, m: re.Match[str], currency: str | None = None) -> Draft | None:
        raw = m.group("cnum") if currency else m.group()
        num_start = m.start("cnum") if currency else m.start()
        value = self.numeral_value(raw)
        if value is None:
            return None
        d = Draft(
            start=m.start(),
            num_start=num_start,
            end=num_start + len(raw),
            value=value,
            digits=raw,
        )
        lone_vulgar = False
        if not raw.isascii() and any(ch in self.c.vulgar for ch in raw):
            lone_vulgar = len(raw) == 1  # "½" is a ratio like "half"; "3½" a count
            d.gran = 0.5 if value % 1 == Decimal("0.5") and not lone_vulgar else 0
        if currency:
            d.kind, d.unit = Kind.MONEY, currency
        if self.ratio(d):
            return d
        self.right(d)
        if lone_vulgar and d.kind is Kind.COUNT and d.scale is None:
            d.kind = Kind.RATIO
        end = d.end
        if d.kind is Kind.COUNT and d.scale is None and end == num_start + len(raw) and (
            self.text[end : end + 1].isalpha()
        ):
            glued = _GLUED.match(self.text, end)
            if glued is not None:
                d.end = glued.end()
                d.kind, d.value, d.fixed = Kind.IDENTIFIER, None, anchors._ANY
        return d

    def on_cur(self, m: re.Match[str]) -> Draft | None:
        sym = m.group("sym")
        return self.on_num(m, currency=self.c.currency_prefix.get(sym, sym))

    def on_words(self, m: re.Match[str]) -> Draft | None:
        low = m.group().lower()
        c = self.c
        words = _WORD_TOKEN.findall(low)
        got = words_value(words, c.units_words, c.multipliers, c.scales)
        if got is None:
            return None
        value, used = got
        start, end = m.start(), m.end()
        if used < len(words):  # the phrase stops early: end after the used-th word
            end = start + [t.end() for t in _WORD_TOKEN.finditer(low)][used - 1]
        d = Draft(start=start, num_start=start, end=end, value=value)
        if self.ratio(d):
            return d
        self.right(d)
        return d

    def on_halfa(self, m: re.Match[str]) -> Draft | None:
        word = norm(m.group()).split(" ")[-1]
        mult = self.c.multipliers.get(word) or self.c.scales.get(word)
        if mult is None:
            return None
        d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=Decimal(str(mult)) / 2)
        self.right(d, scaled=True)
        return d

    def numeral_value(self, raw: str) -> Decimal | None:
        if raw.isdigit() and raw.isascii():  # the common case: "498"
            return Decimal(raw)
        neg = raw.startswith("\u2212")
        body = raw[1:] if neg else raw
        frac = Decimal(0)
        if body and body[-1] in self.c.vulgar:
            frac = Decimal(str(self.c.vulgar[body[-1]]))
            body = body[:-1]
        value = digits_decimal(body) if body else Decimal(0)
        if value is None:
            return None
        value += frac
        return -value if neg else value

    def next_word(self, p: int) -> str | None:
        """The letters after the whitespace at ``p``, case-folded ("people" in "500
        people,"); None when ``p`` is not whitespace followed by a letter. A gate: a
        word no right-hand phrase starts with means none of their regexes can match."""
        if p != self._next_at:
            m = _NEXT_WORD.match(self.text, p)
            self._next_at, self._next = p, m.group(1).casefold() if m is not None else None
        return self._next

    def nothing_follows(self, p: int) -> bool:
        """True when no right-hand phrase (half, scale, unit, percent, currency, compound
        noun, suffix hedge) can start at ``p``: a cheap test that saves eight regexes.

        Those phrases start with whitespace, a letter, a character in ``tail_chars``
        ("%", "°"), or "-"/"," followed by a letter or whitespace.
        """
        text = self.text
        ch = text[p : p + 1]
        if not ch:
            return True
        if ch.isspace():
            w = self.next_word(p)
            return w is not None and w not in self.c.tail_first
        if ch in "-‑,":
            nxt = text[p + 1 : p + 2]
            return not (nxt.isalpha() or nxt.isspace())
        return not ch.isalpha() and ch not in self.c.tail_chars

    def ratio(self, d: Draft) -> bool:
        """"one in five" -> 0.2 (the denominator must be larger)."""
        if not self.text[d.end : d.end + 1].isspace():
            return False
        w = self.next_word(d.end)
        if w is not None and w not in self.c.ratio_first:
            return False
        mr = self.c.ratio_fwd.match(self.text, d.end)
        if mr is None or d.value is None:
            return False
        den_text = mr.group("den").lower()
        den = Decimal(den_text) if den_text.isdigit() else Decimal(self.c.units_words[den_text])
        if den <= d.value or den == 0 or self.c.unit_fwd.match(self.text, mr.end()) is not None:
            return False
        d.value = d.value / den
        d.kind, d.gran, d.end = Kind.RATIO, 0, mr.end()
        return True

    # -- growing to the right -----------------------------------------------------
    def right(self, d: Draft, scaled: bool = False) -> None:
        c, text = self.c, self.text
        assert d.value is not None
        p = d.end
        if self.nothing_follows(p):
            return  # "500 people", "1-2": no scale, unit, percent, currency or suffix hedge
        mh = c.half_fwd.match(text, p)
        if mh is not None:
            d.value += Decimal("0.5")
            d.gran, p = 0.5, mh.end()
        ms = None if scaled else c.scale_fwd.match(text, p)
        if ms is not None:
            scale = self.scale_of(ms, d.kind is Kind.MONEY)
            if scale is not None:
                g = d.g or 1.0
                d.value *= Decimal(str(scale))
                d.scale = scale
                d.gran = None if d.gran in (None, 0, 0.5) and g != 0.5 else g * scale
                p = ms.end()
                mh = c.half_fwd.match(text, p)
                if mh is not None:
                    d.value += Decimal(str(scale)) / 2
                    d.gran, p = scale / 2, mh.end()
        d.end = p
        if d.kind is Kind.COUNT:
            self.unit(d)
        if d.hedge_key is None:
            mx = c.suffix_fwd.match(text, d.end)
            if mx is not None and mx.lastgroup:
                d.hedge_key = mx.lastgroup
                d.hedge = mx.group(mx.lastgroup)
                d.end = mx.end()

    def scale_of(self, ms: re.Match[str], money: bool) -> float | None:
        c = self.c
        if ms.group("s"):
            return c.scales.get(norm(ms.group("s")))
        a = ms.group("a")
        if a:
            if a == "m" and not money and c.length_m.match(self.text, ms.end()) is not None:
                return None  # "1.5m tall", "a 1.5m wall": the metre symbol
            return c.scales_attached.get(norm(a))
        if ms.group("m") and money:
            return c.scales_money.get(norm(ms.group("m")))
        return None

    def unit(self, d: Draft) -> None:
        c, text, p = self.c, self.text, d.end
        mp = c.percent_fwd.match(text, p)
        if mp is not None:
            d.kind = Kind.PERCENTAGE_POINT if mp.group("pp") else Kind.PERCENT
            d.unit = "percentage_point" if mp.group("pp") else "percent"
            d.end = mp.end()
            return
        mc = c.currency_fwd.match(text, p)
        if mc is not None:
            d.kind, d.unit, d.end = Kind.MONEY, c.currency_names[norm(mc.group("c"))], mc.end()
            return
        msym = c.symbol_fwd.match(text, p)
        if msym is not None:
            self.set_unit(d, c.unit_symbols[msym.group("u")])
            d.end = msym.end()
            readings.unit_tail(self, d)
            return
        mu = c.unit_fwd.match(text, p)
        if mu is not None:
            self.set_unit(d, c.unit_forms[norm(mu.group("u"))])
            d.end = mu.end()
            readings.unit_tail(self, d)
            if "-" in mu.group("sep") or "‑" in mu.group("sep"):
                d.head = self.head_after(d.end)
            return
        if self.next_word(p) in c.points_first:
            mpt = c.points_fwd.match(text, p)
            if mpt is not None:
                if readings.points_are_percentage(self, d.start, mpt.end()):
                    d.kind, d.unit, d.end = Kind.PERCENTAGE_POINT, "percentage_point", mpt.end()
                return
        mn = c.noun_fwd.match(text, p)
        noun = norm(mn.group("n")) if mn is not None else ""
        if mn is not None and noun not in c.not_nouns and noun not in c.units_words:
            d.end = mn.end()  # "1,200-page report": a count whose head is "report"
            d.head = self.head_after(d.end)
            d.noun = c.nouns.lemma(noun)

    def set_unit(self, d: Draft, canonical: str) -> None:
        d.unit = canonical
        dim = self.c.unit_dimension.get(canonical)
        d.kind = Kind.DURATION if dim == "[time]" else Kind.MEASURE

    def head_after(self, p: int) -> str | None:
        """The noun a compound adjective qualifies: last of up to three words."""
        c, words = self.c, []
        for i in range(3):
            mw = c.word_fwd.match(self.text, p)
            if mw is None:
                break
            w = mw.group("w").lower()
            if w in c.compound_stop or (i and (w.endswith(("ing", "ed")))):
                break
            words.append(w.strip("’'-"))
            p = mw.end()
        return words[-1] if words else None

    # -- growing to the left --------------------------------------------------------
    def left(self, d: Draft, floor: int | None = None) -> None:
        c, text = self.c, self.text
        lo = max(self.floor if floor is None else floor, d.start - _LOOKBACK)
        if d.kind is Kind.DURATION:
            self.ordinal_before(d, lo)
        tok = self.last_word(lo, d.start)
        if not tok:
            return
        if tok in c.minus_words and d.value is not None and d.value > 0 and d.fixed is None:
            d.value = -d.value  # "minus 5 degrees"
            d.start = lo + len(text[lo : d.start].rstrip()) - len(tok)
            tok = self.last_word(lo, d.start)
            if not tok:
                return
        if d.hedge_key is None and (tok in c.hedge_last or tok[-1] in c.hedge_last):
            # a hedge spans at most hedge_words tokens: search only those
            parts = text[lo : d.start].rsplit(None, c.hedge_words)
            hlo = lo + len(parts[0]) if len(parts) > c.hedge_words else lo
            mh = c.hedge_rev.search(text, hlo, d.start)
            if mh is not None and mh.lastgroup:
                name = mh.lastgroup.removeprefix("s_")
                d.hedge_key = name
                d.hedge = " ".join(mh.group(mh.lastgroup).split())
                d.start = mh.start()
                tok = self.last_word(lo, d.start)
                if not tok:
                    return
        if tok in c.age_before and d.kind in (Kind.COUNT, Kind.DURATION) and (
            d.unit is None or d.kind is Kind.DURATION
        ):
            readings.make_age(d)  # "aged 40", "at age 70"
            return
        if not (tok in c.change_last or tok[-1] in c.change_last):
            return
        mc = c.change_rev.search(text, lo, d.start)
        if mc is not None and d.kind not in (Kind.YEAR, Kind.DATE, Kind.IDENTIFIER):
            link = (mc.group("link") or "").lower()
            if link != "from":
                d.change = Change.UP if mc.group("up") else Change.DOWN
                d.extras["level"] = link == "to"

    def ordinal_before(self, d: Draft, lo: int) -> None:
        """"the first seven days": the ordinal word is part of the duration's span."""
        seg = self.text[lo : d.start]
        if not seg or not seg[-1].isspace():
            return
        head = seg.rstrip()
        parts = head.rsplit(None, 1)
        if not parts:
            return
        start = lo + len(head) - len(parts[-1])
        if start == lo and lo > 0 and not self.text[lo - 1].isspace():
            return
        if parts[-1].lower() in self.c.ordinals:
            d.start = start

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

    # -- ranges -------------------------------------------------------------------------
    def ranged(self, a: Draft) -> int:
        """Emit ``a`` alone, or a range "A to B", or "from A to B" as a change."""
        readings.classify(self, a)
        c, text = self.c, self.text
        w = self.next_word(a.end)
        mj = (
            c.joiner_fwd.match(text, a.end)
            if a.kind is not Kind.IDENTIFIER and (w is None or w in c.joiner_first)
            else None
        )
        b = self.second_end(mj.end()) if mj is not None else None
        if mj is None or b is None:
            self.emit(a)
            return a.end
        joiner = norm(mj.group("j") or mj.group("dash") or "")
        lo = max(self.floor, a.start - _LOOKBACK)
        mo = (
            c.opener_rev.search(text, lo, a.start)
            if self.word_before(lo, a.start, c.opener_last)
            else None
        )
        opener = norm(mo.group("op")) if mo is not None else None
        if mo is not None and opener and opener.endswith("from") and joiner in ("to", "through"):
            mc = c.change_rev.search(text, max(self.floor, mo.start() - _LOOKBACK), mo.start())
            if mc is not None:  # "rose from 5 to 10": two levels, the second the new one
                a.change = None
                self.emit(a)
                b.change = Change.UP if mc.group("up") else Change.DOWN
                b.extras["level"] = True
                self.emit(b)
                return b.end
        if not self.is_range(a, b, joiner, opener):
            self.emit(a)
            return a.end
        self.share(a, b)
        self.count_noun(b)
        hedges = [h for h in (mo.group("op") if mo else None, a.hedge, b.hedge) if h]
        start = mo.start() if mo is not None else a.start
        self.out.append(finish_range(text, a, b, start, " … ".join(hedges) or None, self.r))
        self.floor = b.end
        return b.end

    def second_end(self, p: int) -> Draft | None:
        c, text = self.c, self.text
        mh = c.hedge_fwd.match(text, p)
        q = mh.end() if mh is not None else p
        m = c.digit_scanner.match(text, q) or c.word_scanner.match(text, q)
        if m is None or m.lastgroup not in ("num", "cur", "words", "halfa"):
            return None
        b = self.builders[m.lastgroup](self, m)
        if b is None:
            return None
        self.left(b, floor=p)
        readings.classify(self, b)
        return b

    def is_range(self, a: Draft, b: Draft, joiner: str, opener: str | None) -> bool:
        if a.value is None or b.value is None:
            return False
        if (a.kind is Kind.YEAR) != (b.kind is Kind.YEAR):
            return False
        if a.unit and b.unit and a.unit != b.unit:
            return False
        if joiner in self.c.needs_opener:
            both_hedged = a.hedge_key is not None and b.hedge_key is not None
            small = joiner == "or" and 0 < a.value < b.value <= 2 * a.value
            return opener is not None or both_hedged or small
        if joiner in ("-", "–", "—", "‑"):
            if a.kind is Kind.YEAR:
                return True
            bare = a.hedge_key is None and b.hedge_key is None and not a.unit
            if bare and (b.value < a.value or self.score_context(a)):
                return False  # "won 52-48"
        return True

    def score_context(self, a: Draft) -> bool:
        lo = max(self.floor, a.start - _LOOKBACK)
        return self.c.score_rev.search(self.text, lo, a.start) is not None

    def share(self, a: Draft, b: Draft) -> None:
        """"2 to 3 million", "5-10%": the first end takes the second's scale and unit."""
        if (
            a.scale is None
            and b.scale is not None
            and a.value is not None
            and b.value is not None
            and a.value * Decimal(str(b.scale)) <= b.value
        ):
            a.value *= Decimal(str(b.scale))
            a.scale, a.gran = b.scale, None
        if a.unit is None and b.unit is not None:
            a.unit, a.kind = b.unit, b.kind
        elif b.unit is None and a.unit is not None:
            b.unit, b.kind = a.unit, a.kind
        if a.hedge_key == "approx" and b.hedge_key is None:
            b.hedge_key = "approx"  # "an estimated 2 million to 3 million"
