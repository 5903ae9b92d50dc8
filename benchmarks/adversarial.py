"""Adversarial inputs at 1, 2, 4 and 8x: does time and memory grow linearly?

Run: ``.venv-test/bin/python benchmarks/adversarial.py [CASE ...] [--sizes 1,2,4,8]
[--timeout 120]``. Each measurement is a fresh process (so its peak RSS is its
own) checking one generated file with ``numcheck check``, through the whole
pipeline: reading, parsing, claims, every built-in checker, suppressions,
fingerprints and the JSON report. Printed per case and size:

- ``time s``: the check's wall time, net of the same check of a one-line article in the
  same process (imports, plugins, lexicon, building the engine: start-up is not
  counted); ``x`` the ratio to the previous size (shown above 20 ms). Linear growth
  doubles (2.0); quadratic quadruples (4.0).
- ``peak MB``: how much the check raised the process's peak RSS, and its ratio
  (shown above 2 MB).
- ``peer``: the same size of ordinary news copy (the seed articles repeated),
  measured in the same run: how much worse than real text of that size the soup is.

The generators are the soups of issue #11: whitespace runs after a number (plain,
and in HTML where scripts are blanked to spaces), number/comma soups, 10 MB lines,
nested HTML, stacked suppression comments (with identical findings to salt, and
before an unclosed HTML block), and 5 MB of newlines. ``--memory CASE`` prints
where that case's memory goes (tracemalloc, by stage) instead.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
MB = 1024 * 1024

Generator = Callable[[int], tuple[str, str]]  # size factor -> (file name, text)


def _news(size: int) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    return (text * (size // len(text) + 1))[:size]


SUPPRESSED = "<!-- numcheck: ignore[NC101] -->\nThe storm killed 34 people. Later 40 died.\n\n"
CASES: dict[str, tuple[Generator, str]] = {
    "spaces-after-number": (
        lambda k: ("spaces.txt", "34" + " " * (2_000 * k) + ".\n"),
        "'34' + 2,000k spaces + '.'"),
    "html-script-after-cell": (
        lambda k: ("script.html", "<table><tr><td>34</td></tr></table><script>"
                   + "var x = 1;" * (200 * k) + "</script>\n"),
        "table cell, then a 2k KB inline script"),
    "comma-soup": (
        lambda k: ("commas.txt", "1," * (50_000 * k) + "2 people\n"),
        "'1,1,1,...' 100k KB"),
    "number-soup": (
        lambda k: ("numbers.txt", "about 12 to 15, 34 of 40 and 5,800 " * (3_000 * k)),
        "hedges, ranges and numbers, no punctuation"),
    # running totals (checkers/_running.py): each total walks back over at most 60 flows
    "running-soup": (
        lambda k: ("running.txt", "Title: T\n\n" + "Police arrested 3 more, bringing the total "
                   "to 5, " * (500 * k) + "end.\n"),
        "one sentence of 500k flows, each with its running total"),
    # day counts (checkers/days.py): each sentence's words and weekdays read once
    "day-soup": (
        lambda k: ("days.txt", "Title: Strike\nPublished: 2026-11-13\n\nThe strike began on "
                   "Monday and " + "day 3 of the strike on Tuesday, the fifth day since Monday, "
                   "three days after the vote on Sunday and Day 7 of the blockade: " * (600 * k)
                   + "end.\n"),
        "one sentence of 2,400k day counts, weekdays and starts"),
    # counted figures (extract: a sentence's days and past years; restated: its
    # snapshot words and era): each sentence read once, not once per figure
    "counted-soup": (
        lambda k: ("counted.txt", "Title: T\nPublished: 2026-11-10\n\nOfficials counted "
                   + ", ".join(f"{i} homes" for i in range(1, 1_000 * k))
                   + " and 7 homes damaged.\n"),
        "one sentence of 1,000k counted figures, years among them"),
    # lists of a total's parts (_sums: the figure after each list found by bisection;
    # parts: the place a figure spans read near it): thousands of lists in one sentence
    "list-soup": (
        lambda k: ("lists.txt", "Title: T\n\nOfficials counted " + ", ".join(
            f"{400 + i} people, with {200 + i} in Ash{i} and {150 + i} in Elm{i}"
            for i in range(500 * k)) + ".\n"),
        "one sentence of 500k totals, each with a list of two places"),
    # shares of a whole told before (_share_grammar, _apposed, _share_told): the times
    # and owners each share's sentence names are read near it, not in the whole sentence
    "share-soup": (
        lambda k: ("shares.txt", "Title: T\n\nThe firm has 10,000 staff. Officials said "
                   + ", ".join(f"{1_000 + i} jobs would go, about a tenth of the workforce"
                               for i in range(500 * k)) + ".\n"),
        "one sentence of 500k counts, each with a share of a whole told before"),
    # complements of a partition (_others._standing): the parts before each complement are
    # told apart from its whole by identity, not by comparing every field of every claim
    "complement-soup": (
        lambda k: ("complements.txt", "Title: T\n\nOf 640 crimes, " + " and ".join(
            "480 were thefts; the other 160, a quarter, were assaults"
            for _ in range(100 * k)) + ".\n"),
        "one sentence of 100k partitions, each with a complement and its share"),
    # levels with an appositive aside (_level_asides.interposed): the level an aside
    # stands beside is looked for among the last few figures, not the whole sentence
    "appositive-soup": (
        lambda k: ("asides.txt", "Title: T\n\nThe party won " + ", ".join(
            f"{100 + i} seats, a majority of {101 + i}" for i in range(500 * k))
            + ", up from 90 seats.\n"),
        "one sentence of 500k levels, each with an appositive aside"),
    "long-line": (
        lambda k: ("line.txt", _news(1_250_000 * k).replace("\n", " ")),
        "one line of news copy, 1.25k MB (8x = 10 MB)"),
    "nested-html": (
        lambda k: ("nested.html",
                   "<div>" * (5_000 * k) + "12 people died" + "</div>" * (5_000 * k)),
        "5,000k nested <div>s"),
    "stacked-suppressions": (
        lambda k: ("suppress.md", SUPPRESSED * (500 * k)),
        "500k ignore comments, each over the same finding"),
    "suppressions-unclosed-html": (
        lambda k: ("unclosed.md", "<!-- numcheck: ignore -->\n" * (2_500 * k) + "<div>\n"
                   + "The storm killed 34 people. Later 40 died.\n" * 10),
        "2,500k ignore comments before an unclosed <div>"),
    "newlines": (
        lambda k: ("newlines.txt", "\n" * (640 * 1024 * k)),
        "640k KB of newlines (8x = 5 MB)"),
    # rows and items (numcheck/rows.py): each figure is looked up once, each row read once
    "one-line-html-list": (
        lambda k: ("list.html", "<html><body><p>The schools closed were:</p><ul>" + "".join(
            f"<li>Ward {i}: {i % 90 + 10} schools</li>" for i in range(1_000 * k))
            + "</ul></body></html>\n"),
        "1,000k <li> items on one line"),
    "one-line-html-table": (
        lambda k: ("table.html", "<html><body><table>" + "".join(
            f"<tr><td>Ward {i}</td><td>{1_000 + i}</td></tr>" for i in range(1_000 * k))
            + "<tr><td>Total</td><td>5</td></tr></table></body></html>\n"),
        "1,000k <tr> rows on one line"),
    "long-markdown-table": (
        lambda k: ("table.md", "| Ward | Votes |\n|---|---|\n" + "".join(
            f"| Ward {i} | {1_000 + i} |\n" for i in range(1_000 * k)) + "| Total | 5 |\n"),
        "a Markdown table of 1,000k rows"),
    "long-bullet-list": (
        lambda k: ("bullets.txt", "The losses break down as follows:\n" + "".join(
            f"- site {i}: {i % 90 + 10}\n" for i in range(1_000 * k))),
        "1,000k plain-text bullet lines"),
}


# Runs in the measured process: a warm-up check of a one-line article imports and loads
# everything (plugins, lexicon, compiled patterns); a second one times what every
# check costs whatever its input (building the engine); the timed check's time is
# net of that, and its memory is the growth of peak RSS, so start-up is in neither.
DRIVER = """
import resource, sys, time
from numcheck.cli import main
warm, path, options = sys.argv[1], sys.argv[2], sys.argv[3:]
main(["check", warm, *options])
started = time.perf_counter()
main(["check", warm, *options])
overhead = time.perf_counter() - started
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
code = main(["check", path, *options])
elapsed = time.perf_counter() - started - overhead
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"@@ {elapsed} {base} {peak} {code}\\n")
"""


def measure(path: Path, warm: Path, timeout: float) -> tuple[float, float] | None:
    """(seconds, peak RSS growth in MB) of one check in a fresh process, or None."""
    argv = [sys.executable, "-c", DRIVER, str(warm), str(path), "--isolated",
            "--no-progress", "--output-format", "json", "--max-file-size", "0"]
    try:
        # the tree this script lives in, whatever numcheck the interpreter has installed
        # (the run's cwd is the generated file's directory: a relative path would not hold)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, timeout=timeout, cwd=path.parent, env=env)
    except subprocess.TimeoutExpired:
        return None
    line = next((x for x in proc.stderr.splitlines() if x.startswith("@@ ")), None)
    if line is None:
        raise SystemExit(f"numcheck failed on {path.name}: {proc.stderr[-500:]}")
    elapsed, base, peak, code = line.split()[1:]
    if code not in ("0", "1"):
        raise SystemExit(f"numcheck exited {code} on {path.name}: {proc.stderr[-500:]}")
    return float(elapsed), (int(peak) - int(base)) / 1024  # ru_maxrss is KiB on Linux


def best(path: Path, warm: Path, timeout: float) -> tuple[float, float] | None:
    """The faster of two runs when a run is short (the machine may be shared)."""
    first = measure(path, warm, timeout)
    if first is None or first[0] > 3:
        return first
    second = measure(path, warm, timeout)
    return first if second is None else (min(first[0], second[0]), first[1])


def run(names: list[str], sizes: list[int], timeout: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        warm = work / "warm.txt"
        warm.write_text("About 12 people died.\n", encoding="utf-8")  # warms every stage
        print(f"load average {os.getloadavg()[0]:.1f}; one process per measurement, start-up "
              "excluded; ratios per doubling, 2.0 = linear, 4.0 = quadratic")
        print(f"{'case':28} {'size':>5} {'input':>9} {'time s':>8} {'x':>5} "
              f"{'peak MB':>8} {'x':>5} {'peer s':>7} {'vs peer':>8}")
        for name in names:
            generate, what = CASES[name]
            previous: tuple[float, float] | None = None
            for k in sizes:
                file_name, text = generate(k)
                path = work / file_name
                path.write_text(text, encoding="utf-8")
                size = path.stat().st_size
                result = best(path, warm, timeout)
                peer_path = work / "news.txt"
                peer_path.write_text(_news(len(text)), encoding="utf-8")
                peer = best(peer_path, warm, timeout)
                label = f"{size / MB:.2f} MB" if size >= MB else f"{size / 1024:.0f} KB"
                if result is None:
                    print(f"{name:28} {k:>4}x {label:>9} {'>' + str(int(timeout)):>8}")
                    break
                seconds, memory = max(result[0], 1e-3), max(result[1], 0.1)
                peer_s = max(peer[0], 1e-3) if peer else float("nan")
                # below 20 ms or 2 MB the noise of a shared machine is the signal
                ratio_t = f"{seconds / previous[0]:.1f}" if previous and previous[0] > .02 else ""
                ratio_m = f"{memory / previous[1]:.1f}" if previous and previous[1] > 2 else ""
                print(f"{name:28} {k:>4}x {label:>9} {seconds:8.3f} {ratio_t:>5} "
                      f"{memory:8.1f} {ratio_m:>5} {peer_s:7.3f} {seconds / peer_s:7.1f}x")
                previous = (seconds, memory)
            print(f"{'':28} ({what})")


def memory_by_stage(name: str, k: int) -> None:
    """Where one case's memory goes: tracemalloc peaks of each pipeline stage."""
    import tracemalloc

    from numcheck.engine import Engine
    from numcheck.readers import read_text
    from numcheck.settings import Settings

    file_name, text = CASES[name][0](k)
    engine = Engine(Settings())
    tracemalloc.start()
    stages: list[tuple[str, float]] = []

    def mark(stage: str) -> None:
        current, peak = tracemalloc.get_traced_memory()
        stages.append((stage, peak / MB))
        print(f"{stage:24} peak {peak / MB:8.1f} MB, held {current / MB:8.1f} MB")
        tracemalloc.reset_peak()

    mark("input text")
    doc = read_text(text, file_name)
    _ = doc.lines
    mark("read (Document, lines)")
    quantities = engine.parse(doc.prose)
    mark("parse")
    analysis = engine.analyse(doc)
    mark("parse + claims")
    findings = engine.check([analysis])
    mark("checks")
    from numcheck.report.base import Report

    Report(findings=findings, rules=engine.rules, documents={doc.path: doc})
    mark("report (fingerprints)")
    snapshot = tracemalloc.take_snapshot()
    print("largest live allocations:")
    for stat in snapshot.statistics("lineno")[:8]:
        print(f"  {stat.size / MB:8.1f} MB  {stat.traceback}")
    del quantities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", choices=[[], *CASES], default=[],
                        help="which soups (default: all)")
    parser.add_argument("--sizes", default="1,2,4,8")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before a measurement (and the larger sizes) is given up")
    parser.add_argument("--memory", metavar="CASE", choices=list(CASES),
                        help="print where CASE's memory goes at --sizes' largest factor")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.memory:
        memory_by_stage(args.memory, max(sizes))
        return
    run(args.cases or list(CASES), sizes, args.timeout)


if __name__ == "__main__":
    main()
