"""NC206 findings of a change's way ("the copy says up, but A to B falls") counted by
classes read from the code only, on top of ``noise_alarms.py``: which way word set the
way (an up/down verb or a particle), how far before the pair it stands and how many
other figures lie between, the pair's frame ("from A to B" or "to B from A"), and
whether a clause break lies between the word and the pair. Never a word, path or line
of the copy: safe on the gates (``--blind N``).

    python benchmarks/way_alarms.py --blind 4 7 8
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise_alarms as N

_PARTICLES = frozenset(("up", "down", "higher", "lower"))


def _classes(document: Any, old: Any, new: Any, direction: str) -> tuple[str, ...]:
    from numcheck.checkers._compare import before, lexicon_words, sentence_of
    first = old if old.location.start < new.location.start else new
    text = before(document, first, 200)
    lex = lexicon_words()
    way = set(lex.get("up_words" if direction == "up" else "down_words", ()))
    tokens = re.findall(r"[a-z]+", text)
    at = max((i for i, t in enumerate(tokens) if t in way), default=-1)
    back = len(tokens) - at if at >= 0 else -1
    word = tokens[at] if at >= 0 else ""
    cut = 0
    if at >= 0:
        tail = " ".join(tokens[at:])
        cut = int(bool(re.search(r"\b(while|but|as|and|which|after|before|when|with)\b", tail)))
    lo = sentence_of(document, first)[0]
    lead = document.prose[lo:first.location.start]
    if at >= 0:  # the figures between the way word and the pair
        lead = lead[len(lead) - len(" ".join(tokens[at:])) - 20:]
    between = len(re.findall(r"\d[\d,.]*", lead))
    mid = document.prose[min(old.location.end, new.location.end):
                         max(old.location.start, new.location.start)]
    return (
        "frame=" + ("from-to" if old is first else "to-from"),
        "word=" + ("particle" if word in _PARTICLES else "verb" if word else "none"),
        "back=" + ("?" if back < 0 else str(back) if back <= 4 else "5-9" if back < 10
                   else "10+"),
        f"clause_cut={cut}",
        f"figures_before={min(between, 3)}",
        "gap_words=" + str(min(len(mid.split()), 6)),
        "gap_year=" + str(int(bool(re.search(r"\b(19|20)\d\d\b", mid)))),
    )


def _install() -> None:
    from numcheck.checkers import _compare, change

    def lexicon_words() -> dict[str, Any]:
        from numcheck.lexicon import load_section
        return dict(load_section("checkers").get("change", {}))

    _compare.lexicon_words = lexicon_words  # type: ignore[attr-defined]
    real = change._wrong_levels

    def wrong(document: Any, old: Any, new: Any, others: Any, direction: Any) -> Any:
        out = real(document, old, new, others, direction)
        if out is not None:
            try:
                key = (out.rule, out.message)
                N._tags[key] = (*N._tags.get(key, ())[:1], f"step={int(bool(others))}",
                                *_classes(document, old, new, direction))
            except Exception as e:
                N._tags[(out.rule, out.message)] = ("err=" + type(e).__name__,)
        return out

    change._wrong_levels = wrong


if __name__ == "__main__":
    _install()
    if "--rules" not in sys.argv:
        sys.argv += ["--rules", "NC206"]
    N.main()
