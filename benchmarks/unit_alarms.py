"""NC207 findings counted by classes read from the code only, on top of
``noise_alarms.py``: the two canonical units converted, their kinds and bounds, and
whether a precious metal (``[conversion] troy_cues``) is named in the sentence. Never
a word, path or line of the copy: safe on the gates (``--blind N``).

    python benchmarks/unit_alarms.py --blind 4 7 8
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise_alarms as N

_METALS = ("gold", "silver", "platinum", "palladium", "bullion")


def _install() -> None:
    from numcheck.checkers import conversion as C
    from numcheck.checkers._compare import sentence_of

    real = C._check

    def check(document: Any, stated: Any, restated: Any, *a: Any, **k: Any) -> Any:
        out = real(document, stated, restated, *a, **k)
        if out is not None:
            try:
                lo, hi = sentence_of(document, stated)
                text = document.prose[lo:hi].lower()
                key = (out.rule, out.message)
                N._tags[key] = (
                    f"units={stated.quantity.unit}>{restated.quantity.unit}",
                    f"bounds={stated.quantity.bound.name}/{restated.quantity.bound.name}",
                    f"metal={int(any(m in text for m in _METALS))}",
                    f"difference={int(bool(a[-1]) if a else 0)}",
                )
            except Exception as e:
                N._tags[(out.rule, out.message)] = ("err=" + type(e).__name__,)
        return out

    C._check = check


if __name__ == "__main__":
    _install()
    if "--rules" not in sys.argv:
        sys.argv += ["--rules", "NC207"]
    N.main()
