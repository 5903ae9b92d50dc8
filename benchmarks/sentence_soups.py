"""Real sentences repeated in one sentence: which shapes of copy grow faster than linear?

Run: ``.venv-test/bin/python benchmarks/sentence_soups.py [--sentences N] [--times K]
[--seed S] [--ratio R]``. ``adversarial.py`` grows the soups someone thought of; this
grows the ones the copy holds. It takes N sentences with two or more digits from the
development story sets (``fixtures/stories/*/``, never the holdout), shuffled by
``--seed``, and checks each joined to itself K and 2K times with ", and " as one sentence
of one article (parse, claims, every built-in checker). Printed per sentence: the two
times, their ratio (linear doubles: 2.0; quadratic: 4.0) and the sentence's start. A
ratio over ``--ratio`` with the larger time over 0.3 s is marked ``SUPER``; confirm one
with a larger K before you trust it (a loaded machine adds noise to small times).

Wave 33 found three this way, each a reader that walked every figure or level pair of
its sentence for each figure: a stated change against its level pairs (``change.py``),
a multiplier against its level pairs (``_near_pairs.py``), an appositive against the
figures before it (``_level_asides.py``).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "fixtures" / "stories"
_SPLIT = re.compile(r"(?<=[.!?])\s+")
_HEADERS = ("Title", "---", "Published", "Source")


def sentences() -> list[str]:
    """Sentences of the development sets with two digits or more, end marks dropped."""
    found: set[str] = set()
    for path in sorted(STORIES.glob("*/*")):
        if path.parent.name == "holdout" or path.suffix not in (".txt", ".md"):
            continue
        for raw in _SPLIT.split(path.read_text(encoding="utf-8")):
            text = " ".join(raw.split())
            if (sum(ch.isdigit() for ch in text) >= 2 and 40 < len(text) < 300
                    and not text.startswith(_HEADERS)):
                found.add(text.rstrip(".!?\"”"))
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=150)
    parser.add_argument("--times", type=int, default=60, help="K: repeats of the smaller soup")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ratio", type=float, default=3.0)
    args = parser.parse_args()

    from numcheck.engine import Engine
    from numcheck.readers import read_text
    from numcheck.settings import Settings

    engine = Engine(Settings())

    def seconds(text: str) -> float:
        document = read_text(f"Title: T\n\n{text}.\n", "soup.txt")
        start = time.perf_counter()
        engine.check([engine.analyse(document)])
        return time.perf_counter() - start

    pool = sentences()
    random.Random(args.seed).shuffle(pool)
    print(f"{'K s':>7} {'2K s':>7} {'x':>5}       sentence (K = {args.times})")
    for sentence in pool[: args.sentences]:
        small = seconds(", and ".join([sentence] * args.times))
        large = seconds(", and ".join([sentence] * (2 * args.times)))
        ratio = large / max(small, 1e-3)
        mark = "SUPER" if ratio > args.ratio and large > 0.3 else ""
        print(f"{small:7.2f} {large:7.2f} {ratio:5.1f} {mark:5} {sentence[:80]}", flush=True)


if __name__ == "__main__":
    main()
