"""Cold start of ``numcheck check one.md`` (budget: 0.3 s), plain and in colour.

Run: ``.venv-test/bin/python benchmarks/cli_cold_start.py``. Each command runs in a
fresh interpreter 11 times; the median wall time is printed, with peers measured
in the same run: the bare interpreter (``python -c pass``) and ``import numcheck``.
``FORCE_COLOR=1`` is the cost a terminal user pays for colour (rich is imported only
then); ``parse`` loads the same plugins and settings as ``check`` since issue 14.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "seeds"


def median_seconds(argv: list[str], env: dict[str, str], runs: int = 11) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    # an installed package has its bytecode compiled (pip does it); without it every
    # run would compile ~100 modules first (and PYTHONDONTWRITEBYTECODE stops caching)
    package = Path(__file__).resolve().parents[1] / "numcheck"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    one = sorted(ARTICLE.glob("*.txt"))[0]
    # a real Markdown article with YAML front matter: markdown-it-py and PyYAML load
    markdown = sorted(ARTICLE.parent.glob("fixtures/*/*.md"))[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMCHECK_", "FORCE_"))}
    with tempfile.TemporaryDirectory() as empty:
        rows = [
            ("python -c pass (peer)", [sys.executable, "-c", "pass"], env),
            ("import numcheck (peer)", [sys.executable, "-c", "import numcheck"], env),
            ("numcheck check one.md", [sys.executable, "-m", "numcheck", "check", str(one)], env),
            ("numcheck check story.md", [sys.executable, "-m", "numcheck", "check",
                                         str(markdown)], env),
            ("  ... FORCE_COLOR=1", [sys.executable, "-m", "numcheck", "check", str(one)],
             {**env, "FORCE_COLOR": "1"}),
            ("numcheck parse one.md", [sys.executable, "-m", "numcheck", "parse", str(one)], env),
        ]
        print(f"load average {os.getloadavg()[0]:.2f}; median of 11 fresh processes "
              f"(cwd {empty})")
        base = 0.0
        for label, argv, variables in rows:
            seconds = median_seconds(argv, {**variables, "PWD": empty})
            base = base or seconds
            print(f"{label:26} {seconds * 1000:7.0f} ms  ({seconds / base:4.1f}x the interpreter)")


if __name__ == "__main__":
    main()
