"""Cold start of ``numcheck check one.md`` (budget: 0.3 s), plain and in colour.

Run: ``.venv-test/bin/python benchmarks/cli_cold_start.py [--python V/bin/python]``.
``--python`` measures another install (the README's ``python3.11 -m venv V && V/bin/pip
install -e .`` has far fewer distributions than .venv-test, so entry-point discovery
scans less). Each command runs in a fresh interpreter ``--runs`` times, round-robin
so that a change of load hits every row alike, from an empty working directory. The
median wall time and the median CPU time (user+sys of the child) are printed, with
peers measured in the same run: the bare interpreter (``python -c pass``),
``import pluggy`` and ``import numcheck``. On a loaded machine read the CPU column and
the ratios; the load average is printed before and after. ``--instructions`` counts
the instructions of one run of each row under valgrind (callgrind's Ir, with
``PYTHONHASHSEED=0``): the same on a loaded machine as on an idle one, so a change can
be measured while others work (about 50x slower; needs valgrind). Each row is run once
untimed first, as the timed rows' medians are: the entry-point cache
(numcheck/entry_cache.py) is then warm, as it is for anyone who ran numcheck before.

``--trees A B`` measures source trees side by side (each first on ``PYTHONPATH``, every
row of every tree in one round-robin): a branch against the untouched start, in the same
minutes, so the load hits both alike.

Rows: a plain-text seed; a Markdown story with YAML front matter (markdown-it-py and
PyYAML load) checked alone, and the same story where it lives, beside the desk sheet
its directory's numcheck.toml names (the sheet is read and keyed too);
``FORCE_COLOR=1`` is the cost a terminal user pays for colour (rich is imported only
then); ``parse`` loads the same plugins and settings as ``check`` since issue 14.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "fixtures" / "drift-desk-sheet" / "a-council.md"


def timed(argv: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Wall and CPU (user+sys) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def instructions(argv: list[str], env: dict[str, str], cwd: str) -> int:
    """Instructions executed by one fresh process (callgrind's "Collected")."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env={**env, "PYTHONHASHSEED": "0"}, cwd=cwd, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, check=False,
    ).stderr
    found = re.search(r"Collected : (\d+)", out)
    if found is None:
        raise SystemExit(f"valgrind gave no count: {out[-300:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable,
                        help="the interpreter of the install to measure")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under valgrind instead of timing")
    parser.add_argument("--trees", nargs="+", type=Path, default=[],
                        help="source trees to measure side by side (each first on PYTHONPATH)")
    args = parser.parse_args()
    python = args.python
    trees: list[Path] = args.trees or [ROOT]
    # an installed package has its bytecode compiled (pip does it); without it every
    # run would compile ~100 modules first (and PYTHONDONTWRITEBYTECODE stops caching)
    for tree in trees:
        subprocess.run([python, "-m", "compileall", "-q", str(tree / "numcheck")], check=True)
    one = sorted((ROOT / "seeds").glob("*.txt"))[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMCHECK_", "FORCE_"))}
    paths = [""] if not args.trees else [
        os.pathsep.join(p for p in (str(tree.resolve()), env.get("PYTHONPATH", "")) if p)
        for tree in trees]
    for i, tree in enumerate(args.trees):
        print(f"[{i}] {tree}")
    with tempfile.TemporaryDirectory() as empty:
        alone = Path(empty) / "story" / STORY.name  # no numcheck.toml above it
        alone.parent.mkdir()
        shutil.copy(STORY, alone)
        cwd = str(alone.parent)
        plain = [
            ("python -c pass (peer)", [python, "-c", "pass"], env),
            ("import pluggy (peer)", [python, "-c", "import pluggy"], env),
            ("import numcheck (peer)", [python, "-c", "import numcheck"], env),
            ("check one.txt", [python, "-m", "numcheck", "check", str(one)], env),
            ("check story.md", [python, "-m", "numcheck", "check", str(alone)], env),
            ("  ... with its desk sheet", [python, "-m", "numcheck", "check", str(STORY)], env),
            ("  ... FORCE_COLOR=1", [python, "-m", "numcheck", "check", str(one)],
             {**env, "FORCE_COLOR": "1"}),
            ("parse one.txt", [python, "-m", "numcheck", "parse", str(one)], env),
        ]
        # each row once per tree, the trees side by side
        rows = [(f"[{i}] {label}" if args.trees else label, argv,
                 {**variables, "PYTHONPATH": path} if path else variables)
                for label, argv, variables in plain for i, path in enumerate(paths)]
        if args.instructions:
            print(f"{python}: instructions of one run (callgrind Ir, PYTHONHASHSEED=0), "
                  "each after one untimed run (the entry-point cache is warm)")
            for _, argv, variables in rows:
                subprocess.run(argv, env=variables, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False)
            base_count = 0
            for label, argv, variables in rows:
                count = instructions(argv, variables, cwd)
                base_count = base_count or count
                print(f"{label:28} {count / 1e6:7.0f} M  {count / base_count:5.1f}x")
            return
        load = os.getloadavg()[0]
        times: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in rows}
        for _ in range(args.runs):
            for label, argv, variables in rows:
                times[label].append(timed(argv, variables, cwd))
        print(f"{python}: median of {args.runs} fresh processes; load average "
              f"{load:.2f} before, {os.getloadavg()[0]:.2f} after")
        print(f"{'':28} {'wall':>7} {'cpu':>7}  cpu vs the interpreter")
        base = 0.0
        for label, _, _ in rows:
            wall = statistics.median(w for w, _ in times[label])
            cpu = statistics.median(c for _, c in times[label])
            base = base or cpu
            print(f"{label:28} {wall * 1000:5.0f} ms {cpu * 1000:4.0f} ms  {cpu / base:5.1f}x")


if __name__ == "__main__":
    main()
