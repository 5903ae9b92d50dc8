"""NC301 findings counted by classes read from the code only, on top of
``noise_alarms.py``: how the count's start was written (a date with or without its year,
a weekday, a turn of the day), whether the sentence is told in the past, about now,
names a weekday or a streak, and which other way of counting would give the stated
figure (the day before the article's, days or weeks completed rather than begun, the
day after the start). Never a word, path or line of the copy: safe on the gates.

    python benchmarks/day_alarms.py --blind 4 7 8
    python benchmarks/day_alarms.py --set fixtures/stories/some-set   (development)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise_alarms as N


def _classes(document: Any, ordinal: Any, start: dt.date, origin: Any, lex: Any,
             sentences: Any, unit: str | None) -> tuple[str, ...]:
    from numcheck.checkers import days as D
    from numcheck.checkers._day_units import unit_of

    unit = unit or unit_of(document, ordinal, lex)
    today = document.metadata.date or ordinal.date
    weekday = D._weekday(sentences, ordinal)
    stated = int(ordinal.quantity.value or 0)
    if today is None or unit is None:
        return ("?",)
    ref = D._reference(today, weekday)
    span = (ref - start).days
    step = 7 if unit == "week" else 1
    others = []
    if (span - 1) // step + 1 == stated:
        others.append("eve")
    if span // step == stated:
        others.append("completed")
    if span // step == stated and span % step == 0:
        others.append("turn")
    if (span + 1) // step + 1 == stated:
        others.append("morrow")
    if origin is None:
        how = "fixed"
    elif origin.anchor is None:
        how = "weekday"
    else:
        parts = origin.anchor.quantity.iso or ""
        how = "date-noyear" if parts.startswith("-") else "date-year"
    same = origin is not None and origin.sentence == D.sentence_of(document, ordinal)
    return (
        f"start={how}" + ("/strong" if origin is not None and origin.strong else "")
        + ("/boundary" if origin is not None and origin.boundary else ""),
        f"start_in_sentence={int(same)}",
        f"weekday={int(weekday is not None)}",
        f"past={int(D._told_past(document, ordinal, lex, sentences))}",
        f"now={int(D._about_now(document, ordinal, lex, sentences))}",
        f"streak={int(D._streak(document, ordinal, lex))}",
        f"span_days={min(span, 99)}",
        "also=" + ("+".join(others) or "-"),
    )


def _install() -> None:
    from numcheck.checkers import days as D

    real = D._check

    def check(document: Any, ordinal: Any, start: Any, origin: Any, lex: Any, names: Any,
              sentences: Any, unit: Any = None, ahead_only: bool = False) -> Any:
        out = real(document, ordinal, start, origin, lex, names, sentences, unit, ahead_only)
        if out is not None and out.rule == "NC301":
            try:
                key = (out.rule, out.message)
                N._tags[key] = (*N._tags.get(key, ())[1:],
                                *_classes(document, ordinal, start, origin, lex, sentences,
                                          unit))
            except Exception:
                pass
        return out

    D._check = check


if __name__ == "__main__":
    _install()
    if "--rules" not in sys.argv:
        sys.argv += ["--rules", "NC301"]
    N.main()
