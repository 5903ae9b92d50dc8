"""NC201/NC202 findings of a part read by its pronoun ("38,000 of those visits"),
counted by classes read from the code only, on top of ``noise_alarms.py``: whether the
part's pronoun names a word (``_part_kin.pronoun_named``), whether that word is a form
of an event the lexicon knows, whether the whole has a noun of its own and whether that
noun shares a stem with the named word or the part's noun. Never a word, path or line
of the copy: safe on the gates (``--blind N``).

    python benchmarks/part_named.py --blind 4 7 8
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise_alarms as N


def _stem(word: str | None) -> str:
    return (word or "").lower().rstrip("s")[:5]


def _install() -> None:
    from numcheck.checkers import parts
    from numcheck.checkers._part_kin import pronoun_named

    real = parts.finding

    def finding(rule: str, message: str, primary: Any, others: Any, document: Any) -> Any:
        out = real(rule, message, primary, others, document)
        if rule in ("NC201", "NC202"):
            try:
                whole = others[-1] if others else primary
                named = pronoun_named(document, primary)
                after = document.prose[primary.location.end:primary.location.end + 12]
                wn, pn = whole.quantity.noun, primary.quantity.noun
                key = (out.rule, out.message)
                N._tags[key] = (
                    *N._tags.get(key, ())[:2],
                    "of-pronoun=" + str(int(after.lower().lstrip().startswith("of "))),
                    f"named={int(bool(named))}",
                    f"whole_noun={int(bool(wn))}",
                    f"part_noun={int(bool(pn))}",
                    "named~whole=" + ("-" if not (named and wn)
                                      else str(int(_stem(named[0]) == _stem(wn)))),
                    "part~whole=" + ("-" if not (pn and wn) else str(int(_stem(pn) == _stem(wn)))),
                )
            except Exception as e:
                N._tags[(out.rule, out.message)] = ("err=" + type(e).__name__,)
        return out

    parts.finding = finding


if __name__ == "__main__":
    N._install()
    _install()
    N._install = lambda: None
    if "--rules" not in sys.argv:
        sys.argv += ["--rules", "NC201,NC202"]
    N.main()
