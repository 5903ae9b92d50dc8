"""How the in-article checkers scale with the number of claims in ONE article.

    python benchmarks/checkers_dense.py [--sizes 100,1000] [--workdir /tmp/nc-dense] [--cli]

Writes a dense invented article of each size in KB (every sentence holds figures:
tolls for many towns and events, restated tolls of one event with no place — one huge
group —, parts, percentages, changes, conversions, ranges, day counts), then times
parse + extract once and each built-in in-article checker on the claims, in this
process. ``--cli`` also times ``numcheck check FILE`` end to end in a fresh process.
The peer in the same run is parse + extract: the checkers should cost a small
fraction of it at every size (linear), not grow past it (quadratic).
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHECKERS = ("restated", "parts", "shares", "change", "conversion", "ranges", "days")
SYLLABLES = ["var", "mol", "den", "kor", "tis", "bel", "lun", "dra", "gov", "nik", "pel", "sor"]
EVENTS = ["injured", "arrested", "evacuated", "displaced", "rescued"]
HEDGES = ["", "at least ", "nearly ", "more than ", "about ", "some "]
# one toll restated in many agreeing wordings: the huge group, quiet when right
TOLL = ["400", "about 400", "some 400", "nearly 410", "more than 390", "at least 395"]


def town(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()


def sentence(rng: random.Random) -> str:
    n = rng.randint(2, 900)
    place, event = town(rng), rng.choice(EVENTS)
    pick = rng.randrange(14)
    if pick < 3:  # the huge group: one event, no place, restated many times
        toll = rng.choice(TOLL)
        return f"{toll[0].upper()}{toll[1:]} people were killed in the attack, officials said."
    if pick < 5:
        hedged = f"{rng.choice(HEDGES)}{n}"
        return f"{hedged[0].upper()}{hedged[1:]} people were {event} in {place} on Tuesday."
    if pick == 5:
        return f"{n} people were injured in {place}, including {rng.randint(1, n)} children."
    if pick == 6:
        a, b = rng.randint(10, 90), rng.randint(10, 90)
        return f"Fares in {place} rose {rng.randint(5, 60)}% from {a} to {b} dollars."
    if pick == 7:
        km = rng.randint(2, 80)
        return f"The {km} km ({km * 0.62:.1f} miles) road to {place} was closed."
    if pick == 8:
        a, b = rng.randint(100, 900), rng.randint(100, 900)
        return f"Between {a} and {b} people fled their homes in {place}."
    if pick == 9:
        return f"Of the {n} staff in {place}, {rng.randint(1, 99)}% backed the deal."
    if pick == 12:  # percentages of counts, and counts of the same group elsewhere
        return f"About {rng.randint(1, 99)}% of the {n} students stayed home."
    if pick == 13:
        part = rng.randint(1, n)
        return f"In all, {part} of the {n} students ({rng.randint(1, 99)}%) stayed home."
    if pick == 10:  # overall tolls: every place's toll is compared with them
        return f"Nationwide, {rng.choice(HEDGES)}{n * 40} people were {event}, the ministry said."
    k, w = rng.randint(1, 50), rng.randint(10, 300)  # components and their total
    return (
        f"{k} soldiers were killed and {w} wounded in {place}; "
        f"casualties in {place} reached {k + w}."
    )


def toll_sentence(rng: random.Random) -> str:
    """The worst case for restatements: every sentence restates one toll, all agreeing."""
    toll = rng.choice(TOLL)
    said = rng.choice(["officials said", "police said", "the ministry said", "rescuers said"])
    return f"{toll[0].upper()}{toll[1:]} people were killed in the attack, {said}."


def article(size_kb: int, seed: int = 7, shape: str = "mixed") -> str:
    rng = random.Random(seed)
    make = toll_sentence if shape == "toll" else sentence
    out = ["Attack toll rises as the siege enters its eighth day on Thursday", ""]
    total = 0
    while total < size_kb * 1024:
        para = " ".join(make(rng) for _ in range(rng.randint(2, 5)))
        out.append(para)
        out.append("")
        total += len(para) + 2
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="article sizes in KB")
    ap.add_argument("--workdir", default="/tmp/nc-dense")
    ap.add_argument("--cli", action="store_true", help="also time `numcheck check FILE`")
    ap.add_argument(
        "--shape",
        choices=("mixed", "toll"),
        default="mixed",
        help="mixed stories, or one toll restated in every sentence (worst case)",
    )
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)

    from numcheck.context import CheckContext
    from numcheck.engine import extract, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_path

    lexicon = Lexicon.default()
    parse = make_parser(lexicon, 0.1)
    context = CheckContext(extras={"lexicon": lexicon})
    for size in (int(s) for s in args.sizes.split(",")):
        path = os.path.join(args.workdir, f"dense_{args.shape}_{size}kb.txt")
        Path(path).write_text(article(size, shape=args.shape), encoding="utf-8")
        document = read_path(path)
        t = time.perf_counter()
        claims = extract(document, parse(document.prose), lexicon)
        peer = time.perf_counter() - t
        print(f"{size} KB: {len(claims)} claims; parse+extract {peer:.2f} s")
        for name in CHECKERS:
            module = importlib.import_module(f"numcheck.checkers.{name}")
            t = time.perf_counter()
            found = list(module.numcheck_check_document(document, claims, context))
            took = time.perf_counter() - t
            print(f"  {name:<11} {took:8.2f} s  {len(found):6d} findings")
        if args.cli:
            cmd = [str(ROOT / ".venv" / "bin" / "numcheck"), "check", path, "--exit-zero"]
            cmd += ["--output-format", "json", "--no-progress"]
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            print(f"  numcheck check (CLI) {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
