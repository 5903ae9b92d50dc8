"""Parse speed: MB/s of numcheck.parse on seed-derived news text, and linearity.

Run: ``python benchmarks/parse_speed.py [--sizes 1,10] [--with-100mb] [--no-pathological]``.

Prints MB/s for ~1 MB of text built from seeds/*.txt (paragraphs shuffled with a
fixed seed), then for growing sizes (1 and 10 MB by default, 100 MB with
``--with-100mb``) to show parse time is linear, then for 1 MB pathological lines
(digits, commas, hyphens, repeated hedges, no newlines), then the wall time of a
fresh ``numcheck parse`` process on one seed article. Each throughput row also times
a peer measured in the same run, a naive ``re.finditer(r"\\d[\\d,.]*")`` scan, and
prints the ratio, so numbers from different machines compare. CPU time (best of
several runs) is "one core" and disturbed less by a shared machine than wall time.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numcheck  # noqa: E402

NAIVE = re.compile(r"\d[\d,.]*")
ARTICLE = ROOT / "seeds" / "003_02941cbe19eb5470.txt"


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
    found: list[int] = []
    ours = timed(lambda: found.append(len(numcheck.parse(text))), repeat)
    peer = timed(lambda: sum(1 for _ in NAIVE.finditer(text)), repeat)
    print(
        f"{label:28s} {mb:8.2f} MB  {ours:8.3f} s  {mb / ours:7.2f} MB/s  "
        f"naive-scan {mb / peer:8.1f} MB/s  ratio {ours / peer:6.1f}x  quantities {found[-1]}",
        flush=True,
    )


def fresh_process(runs: int = 5) -> None:
    """Wall and CPU time of ``numcheck parse ARTICLE`` in a new interpreter (best of runs)."""
    cmd = [sys.executable, "-m", "numcheck", "parse", str(ARTICLE)]
    subprocess.run(cmd, capture_output=True, check=True)  # warm the OS and pattern caches
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        before = os.times()
        started = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        wall = time.perf_counter() - started
        after = os.times()
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    print(f"fresh `numcheck parse {ARTICLE.name}`: wall {best_wall:.3f} s, cpu {best_cpu:.3f} s "
          f"(best of {runs})")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min), {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="MB sizes for the linearity rows")
    ap.add_argument("--with-100mb", action="store_true", help="add a 100 MB linearity row")
    ap.add_argument("--no-pathological", action="store_true")
    ap.add_argument("--no-fresh", action="store_true", help="skip the fresh-process timing")
    args = ap.parse_args(argv)
    numcheck.parse("warm up: about 5,800 troops")
    print(f"numcheck {numcheck.__version__}, python {sys.version.split()[0]}; {load()}")
    row("seeds ~1 MB", seed_text(1_000_000), repeat=5)
    sizes = [float(s) for s in args.sizes.split(",") if s]
    if args.with_100mb and 100 not in sizes:
        sizes.append(100)
    for mb in sizes:
        row(f"seeds {mb:g} MB (linearity)", seed_text(int(mb * 1_000_000)), repeat=1)
    if not args.no_pathological:
        for kind in ("digits", "commas", "hyphens", "hedges", "mixed"):
            row(f"1 MB line: {kind}", pathological(kind, 1_000_000), repeat=1)
    if not args.no_fresh:
        fresh_process()
    print(load())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
