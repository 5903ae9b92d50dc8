"""Claims speed: time of ``extract_claims`` against ``numcheck.parse`` on the same text.

Run: ``python benchmarks/claims_speed.py [--sizes 1,4] [--profile]``.

Builds ~1 MB of news prose from seeds/*.txt (the same shuffled text as
parse_speed.py), parses it once, then times extraction alone and prints the
ratio extract/parse (the target is at most ~1x). Further rows show that the time
grows linearly with size, and a few adversarial inputs (one endless sentence,
all pronoun attributions, digits only). Best CPU time of several runs, so the
numbers hold on a shared machine. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parse_speed import seed_text, timed  # noqa: E402

import numcheck  # noqa: E402
from numcheck.extract import extract_claims  # noqa: E402
from numcheck.extract.vocab import vocab_for  # noqa: E402
from numcheck.readers import read_text  # noqa: E402


def row(label: str, text: str, repeat: int = 3) -> None:
    doc = read_text(text, "bench.txt")
    quantities = numcheck.parse(doc.prose)
    parse = timed(lambda: numcheck.parse(doc.prose), repeat)
    extract = timed(lambda: extract_claims(doc, quantities), repeat)
    mb = len(text.encode("utf-8")) / 1e6
    print(
        f"{label:30s} {mb:6.2f} MB  figures {len(quantities):7d}  parse {parse:7.3f} s  "
        f"extract {extract:7.3f} s  extract/parse {extract / parse:5.2f}x"
    )


def body_text(size: int) -> str:
    """Like seed_text, without footer markers ("You May Also Like"): in seed_text the
    first marker makes the rest of the megabyte boilerplate; here every paragraph
    stays body text, the harder case (claimants, places, borrowing all run)."""
    vocab = vocab_for(None)
    paragraphs = [
        p
        for p in seed_text(size + size // 4).split("\n")
        if not (len(p) <= 80 and any(r.search(p, p.lower()) for r in vocab.boilerplate_to_end))
    ]
    return "\n".join(paragraphs)[:size]


def adversarial(kind: str, size: int) -> str:
    unit = {
        "one sentence": "and 12 people said that 5 more were killed by it ",
        "pronouns": "He said 3 died. She said 4 died. It said 5 died. They said 6 died.\n",
        "digits": "1 2 3 4 5 6 7 8 9 10 ",
    }[kind]
    return (unit * (size // len(unit) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,4", help="MB sizes for the linearity rows")
    ap.add_argument("--profile", action="store_true", help="profile extraction on 1 MB")
    ap.add_argument("--body", action="store_true", help="profile the all-body text")
    args = ap.parse_args(argv)
    text = seed_text(1_000_000)
    if args.profile:
        doc = read_text(body_text(1_000_000) if args.body else text, "bench.txt")
        quantities = numcheck.parse(doc.prose)
        cProfile.runctx("extract_claims(doc, quantities)", globals(), locals(), "/tmp/claims.prof")
        pstats.Stats("/tmp/claims.prof").sort_stats("cumulative").print_stats(30)
        return 0
    extract_claims(read_text("Officials said 5 died.", "w.txt"), numcheck.parse("5"))
    print(f"numcheck {numcheck.__version__}, python {sys.version.split()[0]}")
    row("seeds ~1 MB", text, repeat=5)
    row("seeds ~1 MB, all body", body_text(1_000_000), repeat=5)
    for mb in (float(s) for s in args.sizes.split(",") if s):
        row(f"seeds {mb:g} MB (linearity)", seed_text(int(mb * 1_000_000)), repeat=1)
    for kind in ("one sentence", "pronouns", "digits"):
        row(f"0.2 MB {kind}", adversarial(kind, 200_000), repeat=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
