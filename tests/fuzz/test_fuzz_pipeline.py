"""Whole runs on hostile copy: every built-in checker, drift across documents, fixes.

``numcheck.check`` is what the CLI runs. Whatever the copy holds, a run ends in a
report whose findings point inside their documents, with no NC001 (a built-in
checker that crashed is a bug, even though the run survives it).
"""

from __future__ import annotations

from fuzz_profile import fuzz_settings
from fuzz_strategies import soups
from hypothesis import example, given
from hypothesis import strategies as st

import numcheck
from numcheck.settings import Settings
from numcheck.workflow.fix import apply_fixes

DOCS = st.lists(st.tuples(st.sampled_from(["a.txt", "b.md", "c.html", "d.md"]), soups()),
                min_size=1, max_size=3, unique_by=lambda doc: doc[0])
TOLL = ("The storm killed 34 people, including 10 children. At least 40 died, officials "
        "said on the eighth day. Nearly 500 were hurt, up 12% from 446.")


@fuzz_settings(0.3)
@given(DOCS)
@example([("a.txt", TOLL), ("b.md", TOLL.replace("34", "about 2,000"))])
@example([("a.txt", "---\ndate: 9999-12-30\n---\nOn the 5th day 3 died.")])
@example([("a.txt", "0 of 0 people, 0%, up 0% from 0; 1e308 of 1e-308")])
@example([("a.txt", "1.5e308 million died; about 1e400 people; 44444444444444444444444444444¼")])
def test_runs_end_in_a_report(docs: list[tuple[str, str]]) -> None:
    report = numcheck.check(docs, Settings())
    texts = dict(docs)
    crashed = [f.message for f in report.findings if f.rule == "NC001"]
    assert not crashed
    assert not [str(e) for e in report.errors]  # no file numcheck failed to analyse
    for finding in report.findings:
        text = texts[finding.location.path]
        assert 0 <= finding.location.start <= finding.location.end <= len(text)
        assert 1 <= finding.location.line <= text.count("\n") + 1
    for path, text in texts.items():
        mine = [f for f in report.findings if f.location.path == path]
        fixed, _count = apply_fixes(text, mine, unsafe=True)
        assert isinstance(fixed, str)
