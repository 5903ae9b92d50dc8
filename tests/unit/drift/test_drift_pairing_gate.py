"""Drift's hook loads its index only when two figures could be paired (``_may_pair``):
two documents, a desk sheet, or two known parties in one document. One article told
by one party pairs nothing; one article quoting two parties still gets its NC404."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from numcheck.testing import run_checks

TWO_PARTIES = (
    "Russia said nearly 500 of its troops had been killed and almost 1,600 wounded.\n"
    "Two Western officials told NBC News that about 5,800 Russian troops have been killed.\n"
)
ONE_PARTY = (
    "The council said it would cut 40 jobs, about 12% of its staff, by next year.\n"
    "The council said 40 jobs would go.\n"
)

CODE = """
import json, sys
from numcheck.cli import main
main(["check", sys.argv[1]])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("numcheck.checkers.drift"))))
"""


def test_two_parties_in_one_article_are_still_disputed() -> None:
    result = run_checks(TWO_PARTIES, builtins=True)
    assert "NC404" in {f.rule for f in result}


def test_one_party_in_one_article_loads_no_drift_index(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text(ONE_PARTY, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", CODE, str(article)], cwd=tmp_path,
                         capture_output=True, text=True, check=False,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                              "PYTHONPATH": ":".join(sys.path)})
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert "numcheck.checkers.drift.align" not in loaded
    assert "numcheck.checkers.drift.verdicts" not in loaded


def test_the_same_article_twice_is_compared() -> None:
    result = run_checks({"a.txt": "Police said 12 people were arrested.\n",
                         "b.txt": "Police said 21 people were arrested.\n"}, builtins=True)
    assert {"NC401", "NC402", "NC404"} & {f.rule for f in result}
