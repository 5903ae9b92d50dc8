"""Reader speed and linearity: ms per MB for normal articles and pathological 1 MB lines.

Run: ``.venv/bin/python benchmarks/readers_linearity.py``. For each input it times a
small (100 kB) and a big (1 MB) version and prints the ratio of their per-byte times;
a linear reader stays near 1x, a quadratic one near 10x. The peer measured in the same
run is ``str.splitlines`` over the same text (the floor of touching every byte once).
"""

from __future__ import annotations

import os
import time

from numcheck.readers import read_text

PARAGRAPH = (
    "Officials said nearly 500 soldiers were killed and about 1,600 wounded, see "
    "https://example.com/report-2022 or mail desk@example.com. <!-- note --> `code 5`\n"
)
CASES = [
    (PARAGRAPH, "article.txt"),
    (PARAGRAPH, "article.md"),
    (f"<p>{PARAGRAPH}</p>", "article.html"),
    ("a", "line.txt"),
    ("x@", "line.txt"),
    ("http://x)", "line.txt"),
    ("` ", "line.md"),
    ("[x](", "line.md"),
    ("<!--", "line.md"),
    ("~~", "line.md"),
    ("<a ", "line.html"),
    ("&amp;", "line.html"),
    ("<!--", "line.html"),
    # nesting: each level holds a paragraph and the next level (main-text scoring
    # must measure every element once, not each candidate's whole subtree)
    ("<div class='story'><p>Officials said 34 people died, and 12 were hurt.</p>",
     "nested.html"),
]


def best_of(fn: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f}; ratio = per-byte time 1 MB / 100 kB")
    for unit, name in CASES:
        small = unit * (100_000 // len(unit))
        big = unit * (1_000_000 // len(unit))
        t_small = best_of(lambda s=small, n=name: read_text(s, n))
        t_big = best_of(lambda b=big, n=name: read_text(b, n), repeat=1)
        floor = best_of(lambda b=big: b.splitlines())
        ratio = (t_big / len(big)) / max(t_small / len(small), 1e-12)
        label = unit if len(unit) < 12 else "article"
        print(f"{name:14} {label!r:14} 1 MB {t_big * 1000:8.1f} ms  "
              f"linearity {ratio:5.2f}x  vs splitlines {t_big / max(floor, 1e-9):8.0f}x")


if __name__ == "__main__":
    main()
