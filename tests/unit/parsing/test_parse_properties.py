"""Hypothesis properties of the parser: written forms, hedge direction, spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck import parse
from numcheck.quantity import Bound, Kind

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{UNITS[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        parts.append(TENS[rest // 10] + (f"-{UNITS[rest % 10]}" if rest % 10 else ""))
    elif rest >= 10:
        parts.append(TEENS[rest - 10])
    elif rest:
        parts.append(UNITS[rest])
    return " and ".join(parts) if hundreds and rest else " ".join(parts)


def forms(n: int) -> list[str]:
    out = [f"{n:,}", str(n) if not 1900 <= n <= 2099 else f"{n:,}"]
    if 0 < n < 1000:
        out.append(words_below_1000(n))
    if n % 1_000_000 == 0 and n:
        out += [f"{n // 1_000_000} million", f"{n // 1_000_000}m".replace("m", " million")]
    if n % 1000 == 0 and 0 < n < 1_000_000:
        out.append(f"{n // 1000} thousand")
    return out


SENTENCE = "Officials said {} people had left the city."
HEDGES = {
    "more than": Bound.GT, "nearly": Bound.BELOW, "about": Bound.APPROX, "at least": Bound.GE,
    "fewer than": Bound.LT, "up to": Bound.LE, "almost": Bound.BELOW, "over": Bound.GT,
}
# years (1900-2099 without a comma) are not counts by design ("911 people" is a count)
amounts = st.integers(min_value=1, max_value=10**9).filter(lambda n: not 1900 <= n <= 2099)


@settings(max_examples=200, deadline=None)
@given(amounts, st.data())
def test_written_forms_parse_back(n: int, data: st.DataObject) -> None:
    form = data.draw(st.sampled_from(forms(n)))
    qs = parse(SENTENCE.format(form))
    assert len(qs) == 1, (form, [q.text for q in qs])
    assert qs[0].value == n
    assert qs[0].text == form


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["$", "€", "£"]),
       st.booleans())
def test_currency_forms_parse_back(n: int, symbol: str, space: bool) -> None:
    form = f"{symbol}{' ' if space else ''}{n:,}"
    (q,) = parse(f"The deal was worth {form} in cash.")
    assert q.kind is Kind.MONEY
    assert q.value == n
    assert q.text == form


@settings(max_examples=200, deadline=None)
@given(amounts, st.sampled_from(sorted(HEDGES)))
def test_hedges_keep_their_direction(n: int, hedge: str) -> None:
    (q,) = parse(SENTENCE.format(f"{hedge} {n:,}"))
    assert q.bound is HEDGES[hedge]
    x = float(n)
    if q.bound in (Bound.GT, Bound.ABOVE):
        assert x not in q.hard
        assert x * 0.999 not in q.hard
        assert x + 1 in q.hard
    elif q.bound in (Bound.BELOW, Bound.LT):
        assert x not in q.hard
        assert x + 1 not in q.hard
    elif q.bound is Bound.APPROX:
        assert x in q.hard
        assert x in q.soft
    elif q.bound is Bound.GE:
        assert x in q.hard
        assert x - 1 not in q.hard
    elif q.bound is Bound.LE:
        assert x in q.hard
        assert x + 1 not in q.hard
    assert q.soft.low >= q.hard.low
    assert q.soft.high <= q.hard.high


news_alphabet = st.sampled_from(
    [
        *"0123456789,.-–— $€£%½abcdefmorethanlyusk\n\xa0\u2009“”’🚀İﬁ/:@#()",
        *["more than ", "about ", "nearly ", "between ", " and ", " to ", "million", "miles"],
        *["Feb. ", "COP", "percent", "a few ", "dozens of ", "rose ", "from ", "-mile ", "1994"],
        *["at least ", "one in ", "two-thirds", "a week"],
    ]
)
news_like = st.lists(news_alphabet, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_like, st.text(max_size=200)))
def test_spans_exact_ordered_and_bounds_sane(text: str) -> None:
    qs = parse(text)
    end = 0
    for q in qs:
        assert text[q.start : q.end] == q.text
        assert q.text
        assert q.start >= end
        end = q.end
        assert q.hard.low <= q.hard.high
        assert q.soft.low <= q.soft.high
    assert [q.to_json() for q in parse(text)] == [q.to_json() for q in qs]
