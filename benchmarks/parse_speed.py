"""Parse speed: MB/s of numcheck.parse on seed-derived news text, and linearity.

Run: ``python benchmarks/parse_speed.py [--sizes 1,10] [--pathological]``.

Prints MB/s for ~1 MB of text built from seeds/*.txt (paragraphs shuffled with a
fixed seed), then for growing sizes to show parse time is linear, then for 1 MB
pathological lines (digits, commas, hyphens, repeated hedges, no newlines). Each
row also times a peer measured in the same run — a naive
``re.finditer(r"\\d[\\d,.]*")`` scan — and prints the ratio, so numbers from
different machines compare. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numcheck  # noqa: E402

NAIVE = re.compile(r"\d[\d,.]*")


def seed_text(size: int) -> str:
    """About ``size`` characters of news prose from the seed articles."""
    paras: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paras.extend(p for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
    rng = random.Random(20220303)
    out: list[str] = []
    total = 0
    while total < size:
        p = rng.choice(paras)
        out.append(p)
        total += len(p) + 1
    return "\n".join(out)[:size]


def pathological(kind: str, size: int) -> str:
    units = {
        "digits": "1234567890",
        "commas": "1,000,",
        "hyphens": "1-2-3-",
        "hedges": "more than ",
        "mixed": "about 1,000 to more than-5 ½ million—",
    }[kind]
    return (units * (size // len(units) + 1))[:size]


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` runs: "MB/s on one core", robust to a shared machine."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def row(label: str, text: str, repeat: int = 3) -> None:
    mb = len(text.encode("utf-8")) / 1e6
    ours = timed(lambda: numcheck.parse(text), repeat)
    peer = timed(lambda: sum(1 for _ in NAIVE.finditer(text)), repeat)
    n = len(numcheck.parse(text)) if mb <= 2 else -1
    print(
        f"{label:28s} {mb:8.2f} MB  {ours:8.3f} s  {mb / ours:7.2f} MB/s  "
        f"naive-scan {mb / peer:8.1f} MB/s  ratio {ours / peer:6.1f}x  quantities {n}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="MB sizes for the linearity rows")
    ap.add_argument("--no-pathological", action="store_true")
    args = ap.parse_args(argv)
    numcheck.parse("warm up: about 5,800 troops")
    print(f"numcheck {numcheck.__version__}, python {sys.version.split()[0]}")
    row("seeds ~1 MB", seed_text(1_000_000))
    for mb in (float(s) for s in args.sizes.split(",") if s):
        row(f"seeds {mb:g} MB (linearity)", seed_text(int(mb * 1_000_000)), repeat=1)
    if not args.no_pathological:
        for kind in ("digits", "commas", "hyphens", "hedges", "mixed"):
            row(f"1 MB line: {kind}", pathological(kind, 1_000_000), repeat=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
