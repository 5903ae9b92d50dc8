"""Suspected, probable or unconfirmed counts are another measure than confirmed ones:
never a restatement of them, in one article or across two."""

from __future__ import annotations

import pytest

from numcheck.testing.runner import run_checks


def article(body: str) -> str:
    return f"---\ndate: 2025-08-11\n---\n{body}\n"


def rules(*bodies: str) -> list[str]:
    docs = {f"{n}.md": article(b) for n, b in zip("abc", bodies, strict=False)}
    return sorted(f.rule for f in run_checks(docs, builtins=True) if f.rule.startswith("NC"))


@pytest.mark.parametrize(
    "body",
    [
        "Cholera cases have risen to 40, the ministry said. Twelve suspected cases are "
        "still being tested.",
        "The clinic has 19 confirmed infections and 7 probable cases, officials said.",
        "Officials counted 212 cases; another 30 unconfirmed cases await lab results.",
    ],
)
def test_suspected_counts_are_not_restatements_in_one_article(body: str) -> None:
    assert [r for r in rules(body) if r in ("NC101", "NC201")] == []


def test_suspected_counts_do_not_contradict_confirmed_ones_across_sources() -> None:
    found = rules(
        "Health officials said 64 cases have been confirmed.",
        "Health officials said 18 suspected cases were being investigated.",
    )
    assert [r for r in found if r.startswith("NC40")] == []
