"""Numbers grown to the right: numerals, number words, scale words, units, percent,
currencies, suffix hedges and the counted noun.

Each function takes the scanner state (:class:`~numcheck.parsing.context.ScanState`)
and a Draft; everything is read with anchored matches starting where the number
ends, so the work per number is bounded and parsing stays linear.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from numcheck.lazyre import lazy_compile
from numcheck.parsing import money, readings
from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import ANY_SPAN, Draft
from numcheck.parsing.lexdata import norm
from numcheck.parsing.numerals import digits_decimal, words_value
from numcheck.quantity import Change, Kind

# kinds whose figure may be followed by its direction: "2.7% lower", "$5bn more"
_CHANGE_KINDS = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MONEY, Kind.MEASURE})
_SCI = re.compile(r"(?P<m>\d+(?:\.\d+)?)\s?[x×]\s?10\^?(?P<e>[-+\u2212]?\d{1,3})")
_WORD_TOKEN = re.compile(r"[a-z]+")
_GLUED = lazy_compile(r"[A-Za-z]\w*")
_GLUED_WORD = re.compile(r"[-‑]?([^\W\d_]+)")  # a word joined to a figure: "2.5-point", "0.3ppt"


def on_num(sc: ScanState, m: re.Match[str], currency: str | None = None) -> Draft | None:
    raw = m.group("cnum") if currency else m.group()
    num_start = m.start("cnum") if currency else m.start()
    value = numeral_value(sc, raw)
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
    if not raw.isascii() and any(ch in sc.c.vulgar for ch in raw):
        lone_vulgar = len(raw) == 1  # "½" is a ratio like "half"; "3½" a count
        # not value % 1: past 28 digits that is Decimal's DivisionImpossible
        half = value - value.to_integral_value(ROUND_DOWN) == Decimal("0.5")
        d.gran = 0.5 if half and not lone_vulgar else 0
    if currency:
        d.kind, d.unit = Kind.MONEY, currency
    if ratio(sc, d):
        return d
    right(sc, d)
    if lone_vulgar and d.kind is Kind.COUNT and d.scale is None:
        d.kind = Kind.RATIO
    end = d.end
    if d.kind is Kind.COUNT and d.scale is None and end == num_start + len(raw) and (
        sc.text[end : end + 1].isalpha()
    ):
        glued = _GLUED.match(sc.text, end)
        if glued is not None and glued.group() in ("x", "X") and d.value is not None:
            d.kind, d.end, d.gran = Kind.RATIO, glued.end(), 0  # "a 10x improvement"
        elif glued is not None:
            d.end = glued.end()
            d.kind, d.value, d.fixed = Kind.IDENTIFIER, None, ANY_SPAN
    return d


def on_cur(sc: ScanState, m: re.Match[str]) -> Draft | None:
    c, sym = sc.c, m.group("sym")
    code = c.currency_prefix.get(sym) or c.currency_codes.get(sym)
    if code is None:
        return None  # "ABC 5" is no currency
    spaced = m.end("sym") != m.start("cnum")
    if sym in c.currency_glued and (spaced or "." not in m.group("cnum")) and not (
        c.scale_fwd.match(sc.text, m.end())
    ):
        return None  # the rand only glued with cents or a scale ("R18.92", "R1.9bn")
    d = on_num(sc, m, currency=code)
    if d is not None and d.kind is Kind.MONEY:
        minor_after(sc, d)
    return d


def minor_after(sc: ScanState, d: Draft) -> None:
    """"3 dollars 50 cents", "4 pounds 20 pence": the minor amount joins the sum."""
    c = sc.c
    mm = c.minor_after.match(sc.text, d.end)
    if mm is None or d.value is None or c.currency_minor.get(norm(mm.group("m"))) != d.unit:
        return
    raw = mm.group("n").lower()
    if raw.isdigit():
        cents = Decimal(raw)
    else:
        got = words_value(raw.replace("-", " ").split(), c.units_words, c.multipliers, {})
        if got is None or got[1] != len(raw.replace("-", " ").split()):
            return
        cents = got[0]
    if cents >= 100:
        return
    d.value += cents / 100
    d.gran = 0.01
    d.end = mm.end()


def on_words(sc: ScanState, m: re.Match[str]) -> Draft | None:
    low = m.group().lower()
    c = sc.c
    words = _WORD_TOKEN.findall(low)
    got = words_value(words, c.units_words, c.multipliers, c.scales)
    if got is None:
        return None
    value, used = got
    start, end = m.start(), m.end()
    if used == 1 and words[0] in c.words_not_after and (
        sc.last_word(max(sc.floor, start - 16), start) in c.words_not_after[words[0]]
    ):
        return None  # "absolute zero", "number one": a name
    if used < len(words):  # the phrase stops early: end after the used-th word
        end = start + [t.end() for t in _WORD_TOKEN.finditer(low)][used - 1]
    d = Draft(start=start, num_start=start, end=end, value=value)
    if ratio(sc, d):
        return d
    mixed(sc, d)
    right(sc, d)
    return d


def mixed(sc: ScanState, d: Draft) -> None:
    """"two and three quarters", "five and a half": a mixed number in words."""
    c = sc.c
    mm = c.mixed_fwd.match(sc.text, d.end) if sc.next_word(d.end) == "and" else None
    if mm is None or d.value is None:
        return
    num_word, den_word = mm.group("num").lower(), mm.group("den").lower()
    num = 1 if num_word in ("a", "an") else c.units_words.get(num_word)
    den = c.fractions.get(den_word)
    if num is None or not den or num >= den or (num > 1) != den_word.endswith("s"):
        return
    d.value += Decimal(num) / Decimal(den)
    d.gran = 0
    d.end = mm.end()


def on_halfa(sc: ScanState, m: re.Match[str]) -> Draft | None:
    words = norm(m.group()).replace("-", " ").split(" ")
    mult = sc.c.multipliers.get(words[-1]) or sc.c.scales.get(words[-1])
    if mult is None:
        return None
    quarter = "quarter" in words or "quarters" in words
    part = 4 if quarter else 2  # "a quarter million", "half a million"
    whole = Decimal(str(mult)) * (3 if words[0] == "three" and quarter else 1)
    d = Draft(start=m.start(), num_start=m.start(), end=m.end(), value=whole / part)
    right(sc, d, scaled=True)
    return d


def numeral_value(sc: ScanState, raw: str) -> Decimal | None:
    if raw.isdigit() and raw.isascii():  # the common case: "498"
        return Decimal(raw)
    neg = raw.startswith("\u2212")
    body = raw[1:] if neg else raw
    sci = _SCI.fullmatch(body)
    if sci is not None:  # "2.48×10−5" -> 2.48e-5
        exp = sci.group("e").replace("\u2212", "-")
        return Decimal(f"{sci.group('m')}e{exp}") * (-1 if neg else 1)
    frac = Decimal(0)
    if body and body[-1] in sc.c.vulgar:
        frac = Decimal(str(sc.c.vulgar[body[-1]]))
        body = body[:-1]
    value = digits_decimal(body) if body else Decimal(0)
    if value is None:
        return None
    value += frac
    return -value if neg else value


def nothing_follows(sc: ScanState, p: int) -> bool:
    """True when no right-hand phrase (half, scale, unit, percent, currency, compound
    noun, suffix hedge) can start at ``p``: a cheap test that saves eight regexes.

    Those phrases start with whitespace, a letter, a character in ``tail_chars``
    ("%", "°"), or "-"/"," followed by a letter or whitespace.
    """
    text = sc.text
    ch = text[p : p + 1]
    if not ch:
        return True
    if ch.isspace():
        w = sc.next_word(p)
        return w is not None and w not in sc.c.tail_first
    if ch in "-‑,":
        nxt = text[p + 1 : p + 2]
        return not (nxt.isalpha() or nxt.isspace())
    return not ch.isalpha() and ch not in sc.c.tail_chars


def may_start(gate: tuple[frozenset[str], frozenset[str]] | None, text: str, p: int) -> bool:
    """Can a phrase of ``gate`` (``lextables.starts``) start at ``p``? False only when
    none can, so that a regex of those phrases is compiled when it may match (the
    currency names, the hedges: most articles never need them). Its letter run is
    read as ``first_runs`` reads the phrases'; a non-ASCII one opens the gate."""
    if gate is None:
        return True
    ch = text[p : p + 1]
    if not ch.isalpha():
        return ch in gate[1]
    end = p + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    run = text[p:end]
    return not run.isascii() or run.casefold() in gate[0]


def ratio(sc: ScanState, d: Draft) -> bool:
    """"one in five" -> 0.2, "one-in-four", "four of every five", "one-in-a-million"
    (the denominator must be larger); a hyphenated "two-in-one" is a name."""
    text, p = sc.text, d.end
    ch = text[p : p + 1]
    if ch in ("-", "‑"):
        if text[p + 1 : p + 2] not in ("i", "I", "o", "O"):
            return False
    elif not ch.isspace():
        return False
    else:
        w = sc.next_word(p)
        if w is not None and w not in sc.c.ratio_first:
            return False
    mr = sc.c.ratio_fwd.match(text, p)
    if mr is None or d.value is None:
        return False
    if mr.group("sc"):
        den = Decimal(str(sc.c.scales[norm(mr.group("sc"))]))
    else:
        den_text = mr.group("den").lower().replace(",", "")
        if len(den_text) == 4 and den_text.isdigit() and (
            sc.c.year_min <= int(den_text) <= sc.c.year_max
        ):
            return False  # "2 in 1979": a count and a year
        den = Decimal(den_text) if den_text.isdigit() else Decimal(sc.c.units_words[den_text])
    hyphened = ch in ("-", "‑")
    if den <= d.value or d.value <= 0:
        if hyphened and text[mr.end() : mr.end() + 1] not in ("-", "‑"):
            d.kind, d.value, d.fixed, d.end = Kind.IDENTIFIER, None, ANY_SPAN, mr.end()
            return True  # "a two-in-one device", "3-in-1 shampoo": a kind of product
        return False
    if text[mr.end() : mr.end() + 1].isspace() and sc.c.unit_fwd.match(text, mr.end()):
        return False  # "one in 10 minutes"
    d.value = d.value / den
    d.kind, d.gran, d.end = Kind.RATIO, 0, mr.end()
    return True


def right(sc: ScanState, d: Draft, scaled: bool = False) -> None:
    c, text = sc.c, sc.text
    assert d.value is not None
    p = d.end
    if nothing_follows(sc, p):
        return  # "500 people", "1-2": no scale, unit, percent, currency or suffix hedge
    mh = c.half_fwd.match(text, p)
    if mh is not None:
        d.value += Decimal("0.5")
        d.gran, p = 0.5, mh.end()
    ms = None if scaled else c.scale_fwd.match(text, p)
    if ms is not None:
        scale = scale_of(sc, ms, d.kind is Kind.MONEY, d.start)
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
    if d.kind is Kind.COUNT and times(sc, d):
        return
    if d.kind is Kind.COUNT:
        unit(sc, d)
    if d.kind in _CHANGE_KINDS and text[d.end : d.end + 1] in (" ", "\t"):
        mc = c.change_after.match(text, d.end)  # "2.7% lower", "a 5% drop"
        if mc is not None:  # the word gives the direction; the span stays the figure
            d.change = Change.UP if mc.group("up") else Change.DOWN
            d.extras["after"] = mc.end()  # "13% more than a year ago": no hedge for "a year"
            return
    if d.hedge_key is None:
        mx = c.suffix_fwd.match(text, d.end)
        if mx is not None and mx.lastgroup:
            d.hedge_key = mx.lastgroup.removeprefix("g_")
            d.hedge = mx.group(mx.lastgroup)
            d.end = mx.end()


def times(sc: ScanState, d: Draft) -> bool:
    """"2.6 times the GDP", "45-fold": the number is a ratio, the factor (numbers.toml
    [multiples]); "arrested three times" stays a count."""
    mt = sc.c.times_fwd.match(sc.text, d.end)
    if mt is None:
        return False
    if mt.group("t") and not _times_before(sc, mt.end()):
        return False
    d.kind, d.end, d.gran = Kind.RATIO, mt.end(), 0
    d.extras["times"] = True
    return True


def _times_before(sc: ScanState, p: int) -> bool:
    """Whether what follows "N times" at ``p`` makes it a factor ("the", "as", "more",
    "a web search"; not "a day")."""
    c, w = sc.c, sc.next_word(p)
    if w in c.times_before:
        return True
    if w not in ("a", "an"):
        return False
    ma = c.article_fwd.match(sc.text, p)
    nxt = sc.next_word(ma.end()) if ma is not None else None
    unit = c.unit_forms.get(nxt) if nxt is not None else None
    return nxt is not None and (unit is None or c.unit_dimension.get(unit) != "[time]")


def scale_of(sc: ScanState, ms: re.Match[str], money: bool, start: int) -> float | None:
    c = sc.c
    if ms.group("s"):
        return c.scales.get(norm(ms.group("s")))
    a = ms.group("a")
    if a:
        if a == "m" and not money and (
            c.length_m.match(sc.text, ms.end()) is not None
            or c.length_m_rev.search(sc.text, max(sc.floor, start - 48), start) is not None
        ):
            return None  # "1.5m tall", "a 1.5m wall", "waves of 5m": the metre symbol
        return c.scales_attached.get(norm(a))
    if ms.group("m") and money:
        return c.scales_money.get(norm(ms.group("m")))
    return None


def unit(sc: ScanState, d: Draft) -> None:
    c, text, p = sc.c, sc.text, d.end
    mp = c.percent_fwd.match(text, p)
    if mp is not None:
        points = mp.group("pp") or mp.group("bp")
        d.kind = Kind.PERCENTAGE_POINT if points else Kind.PERCENT
        d.unit = "percentage_point" if points else "percent"
        d.end = mp.end()
        if mp.group("bp") and d.value is not None:  # "50 basis points" is 0.5 points
            d.value /= 100
            d.gran = (d.g or 1.0) / 100
        if mp.group("sep") in ("-", "‑"):  # "a 10-percent stake": the noun it modifies
            d.head = head_after(sc, d.end)
        return
    mg = c.minor_glued_fwd.match(text, p) if text[p : p + 1].isalpha() else None
    if mg is not None and d.value is not None:  # "199.2p": pence
        cents_of(d, c.currency_minor_glued[mg.group("m")], mg.end())
        return
    q = p
    while q < len(text) and text[q].isspace():
        q += 1
    # currency_fwd is r"\s+(?P<c>name)\b": only after whitespace, where a name may start
    mc = c.currency_fwd.match(text, p) if q > p and may_start(c.currency_starts, text, q) else None
    if mc is None and text[p : p + 1] in ("-", "‑") and may_start(c.currency_starts, text, p + 1):
        mc = c.currency_hyphen_fwd.match(text, p)  # "a 500-million-euro fund"
    code = money.code_of(sc, d, norm(mc.group("c"))) if mc is not None else None
    if mc is not None and code is not None:
        d.kind, d.unit, d.end = Kind.MONEY, code, mc.end()
        minor_after(sc, d)
        return
    mj = c.major_fwd.match(text, p) if sc.next_word(p) in c.currency_major else None
    if mj is not None:  # "4 pounds 20 pence", "740 million pounds": money; "40 pounds" mass
        code = c.currency_major[norm(mj.group("m"))]
        probe = Draft(start=d.start, num_start=d.num_start, end=mj.end(), value=d.value)
        probe.unit = code
        minor_after(sc, probe)
        if probe.end > mj.end():
            d.kind, d.unit, d.value, d.gran, d.end = (
                Kind.MONEY, code, probe.value, probe.gran, probe.end
            )
            return
        if d.scale is not None and sc.next_word(mj.end()) != "of":
            d.kind, d.unit, d.end = Kind.MONEY, code, mj.end()  # "740 million pounds"
            return  # but "2 million pounds of beef" is a weight
    mn_ = c.minor_fwd.match(text, p)
    if mn_ is not None and d.value is not None:  # "75 cents", "18 paise"
        cents_of(d, c.currency_minor[norm(mn_.group("m"))], mn_.end())
        return
    mcode = c.code_fwd.match(text, p)
    if mcode is not None and mcode.group("code") in c.currency_codes:  # "5,000 TND"
        d.kind, d.unit, d.end = Kind.MONEY, mcode.group("code"), mcode.end()
        return
    msym = c.symbol_fwd.match(text, p)
    if msym is not None:
        set_unit(sc, d, c.unit_symbols[msym.group("u")])
        d.end = msym.end()
        power_after(sc, d)
        readings.unit_tail(sc, d)
        return
    mu = c.unit_fwd.match(text, p)
    if mu is not None:
        set_unit(sc, d, c.unit_forms[norm(mu.group("u"))])
        d.end = mu.end()
        power_after(sc, d)
        readings.unit_tail(sc, d)
        if "-" in mu.group("sep") or "‑" in mu.group("sep"):
            d.head = head_after(sc, d.end)
        return
    glued = _GLUED_WORD.match(text, p)  # "a 2.5-point lead", "up 0.3ppt"
    if (sc.next_word(p) if glued is None else glued.group(1).casefold()) in c.points_first:
        mpt = c.points_fwd.match(text, p)
        if mpt is not None:
            # more than 100 points is no difference of two percentages: index points
            # ("closing at 1,912.4 points" in a story that gives percentages too)
            small = d.value is not None and abs(d.value) <= 100
            if small and readings.points_are_percentage(sc, d.start, mpt.end()):
                d.kind, d.unit, d.end = Kind.PERCENTAGE_POINT, "percentage_point", mpt.end()
                if glued is not None:  # "a 2.5-point lead": the noun it modifies
                    d.head = head_after(sc, d.end)
                return
            if glued is None and mpt.group().strip() not in c.pint.news:
                return  # index or sports points; "a 500-point drop" reads on as a noun,
                # "5 ppt of the gas" as a unit (units.toml [pint_reading.news])
    got = c.pint.read(text, p) if not text[p : p + 1].isdigit() else None
    if got is not None:  # "512GB", "a 300-hp engine", "95 GPa", "120km/hr"
        canonical, end, hyphen = got
        set_unit(sc, d, canonical)
        d.end = end
        readings.unit_tail(sc, d)
        if hyphen:
            d.head = head_after(sc, d.end)
        return
    mn = c.noun_fwd.match(text, p)
    noun = norm(mn.group("n")) if mn is not None else ""
    if mn is not None and noun not in c.not_nouns and noun not in c.units_words:
        d.end = mn.end()  # "1,200-page report": a count whose head is "report"
        d.head = head_after(sc, d.end)
        d.noun = c.nouns.lemma(noun)


def cents_of(d: Draft, code: str, end: int) -> None:
    """A hundredth of the currency: "75 cents" is 0.75 USD."""
    assert d.value is not None
    g = d.g or 1.0
    d.kind, d.unit, d.end = Kind.MONEY, code, end
    d.value /= 100
    d.gran = g / 100


def power_after(sc: ScanState, d: Draft) -> None:
    """"4km^3", "4 km squared": a length unit raised to a power."""
    if d.unit is None or sc.c.unit_dimension.get(d.unit) != "[length]":
        return
    got = sc.c.pint.power_after(sc.text, d.end)
    if got is not None:
        d.unit, d.end = f"{d.unit} ** {got[0]}", got[1]


def set_unit(sc: ScanState, d: Draft, canonical: str) -> None:
    d.unit = canonical
    dim = sc.c.unit_dimension.get(canonical) or sc.c.pint.dimensions.get(canonical)
    d.kind = Kind.DURATION if dim == "[time]" else Kind.MEASURE


def head_after(sc: ScanState, p: int) -> str | None:
    """The noun a compound adjective qualifies: last of up to three words."""
    c, words = sc.c, []
    for i in range(3):
        mw = c.word_fwd.match(sc.text, p)
        if mw is None:
            break
        w = mw.group("w").lower()
        if w in c.compound_stop or (i and (w.endswith(("ing", "ed")))):
            break
        words.append(w.strip("’'-"))
        p = mw.end()
    return words[-1] if words else None


def count_noun(sc: ScanState, d: Draft) -> None:
    """The lemma of what a count counts ("500 people", "dozens of troops")."""
    if d.kind is not Kind.COUNT or d.noun is not None or d.unit is not None:
        return
    plural = d.value is None or d.value != 1 or d.hedge_key is not None
    d.noun = sc.c.nouns.after(sc.text, d.end, plural)
