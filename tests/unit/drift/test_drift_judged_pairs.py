"""``drift.judged_pairs``: every pair the index brings together, with its verdict, so the
hook and benchmarks/claim_funnel.py read one pipeline."""

from __future__ import annotations

from drift_helpers import claim

from numcheck.checkers import drift
from numcheck.interval import Interval
from numcheck.settings import Settings
from numcheck.testing.builders import make_context, make_document


def judged(*values: int) -> list[tuple[int, int, str | None]]:
    claims = [claim(f"{i}.md", str(v), Interval.point(v), thing="people")
              for i, v in enumerate(values)]
    documents = [make_document("x", c.location.path) for c in claims]
    context = make_context(settings=Settings(story_scope="run"))
    return sorted(
        (int(p.first.claim.quantity.text), int(p.second.claim.quantity.text),
         v.rule if v else None)
        for p, v in drift.judged_pairs(documents, claims, context)
    )


def test_a_contradicting_pair_comes_with_its_verdict() -> None:
    [(a, b, rule)] = judged(116, 140)
    assert {a, b} == {116, 140}
    assert rule == "NC401"


def test_an_agreeing_pair_is_paired_without_a_verdict() -> None:
    assert judged(116, 116) == [(116, 116, None)]


def test_the_hook_reports_the_verdicts_of_the_pairs() -> None:
    claims = [claim(f"{i}.md", str(v), Interval.point(v), thing="people")
              for i, v in enumerate((116, 140))]
    documents = [make_document("x", c.location.path) for c in claims]
    context = make_context(settings=Settings(story_scope="run"))
    assert [f.rule for f in drift.numcheck_check_corpus(documents, claims, context)] == ["NC401"]
