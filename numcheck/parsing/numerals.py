"""Values and granularity of numerals as written: "1,597", "1.5", "twenty-three".

Granularity is the place value of the last non-zero significant digit as written
("5,800" -> 100, "1.5 million" -> 100,000, "3.9" -> 0.1, "498" -> 1). It decides how
much rounding a bare number carries (docs/maintainers/semantics.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009\u2007 _")


def digits_decimal(text: str) -> Decimal | None:
    """The exact decimal value of a digit numeral ("1,597", "3.9", "1 000")."""
    try:
        return Decimal(text.translate(_SEPARATORS))
    except (InvalidOperation, ValueError):
        return None


# 10**e as the nearest float (float("1e-1") == 0.1; 10.0 ** -1 need not be)
POW10 = {e: float(f"1e{e}") for e in range(-24, 25)}


def granularity(value: Decimal) -> float:
    """Place value of the last non-zero digit (1 for zero)."""
    if not value:
        return 1.0
    n = int(value)
    if n == value:  # the common case, without Decimal's tuple round trip
        e = 0
        while n % 10 == 0:
            n //= 10
            e += 1
        return POW10.get(e) or float(f"1e{e}")
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # NaN/inf cannot come from a numeral
        return 1.0
    return POW10.get(exponent) or float(Decimal(1).scaleb(exponent))


def words_value(
    words: Sequence[str],
    units: Mapping[str, int],
    multipliers: Mapping[str, int],
    scales: Mapping[str, float],
) -> tuple[Decimal, int] | None:
    """Value of a number-word phrase and how many words it used.

    ``words`` are lower-case tokens ("one", "hundred", "and", "five", "thousand").
    Reading stops at the first word that cannot continue the number, so
    "two and three" reads "two" (1 word) and leaves "and three" to the caller.
    """
    total = Decimal(0)
    current = Decimal(0)
    used = 0
    seen = False
    last_kind = ""
    for i, word in enumerate(words):
        if word in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if i == 0 and (nxt in multipliers or nxt in scales):
                current = Decimal(1)
                last_kind = "a"
                used = i + 1
                continue
            break
        if word == "and":
            if last_kind not in ("mult", "scale") or i + 1 >= len(words):
                break
            nxt = words[i + 1]
            if nxt not in units:
                break
            last_kind = "and"
            continue
        if word in units:
            if last_kind == "unit" and not (
                current >= 20 and current % 10 == 0 and units[word] < 10
            ):
                break
            current += units[word]
            last_kind = "unit"
        elif word in multipliers:
            if last_kind == "" and not seen:
                break
            current = (current or Decimal(1)) * multipliers[word]
            last_kind = "mult"
        elif word in scales:
            if not seen and last_kind != "a":
                break
            total += (current or Decimal(1)) * Decimal(str(scales[word]))
            current = Decimal(0)
            last_kind = "scale"
        else:
            break
        seen = True
        used = i + 1
    if not seen:
        return None
    return total + current, used
