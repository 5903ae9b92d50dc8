"""Rule metadata of the in-article checkers: stable codes, kebab names, full docs."""

from __future__ import annotations

import re

import pytest

from numcheck.checkers import change, conversion, days, parts, ranges, restated, shares

MODULES = (restated, parts, shares, change, conversion, ranges, days)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_rules_are_documented(module):
    for rule in module.numcheck_rules():
        assert re.fullmatch(r"NC[123]\d\d", rule.code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
        assert rule.summary.endswith(".")
        for heading in ("What it does", "Why", "Example", "How to fix", "How to suppress"):
            assert f"## {heading}" in rule.description, (rule.code, heading)
        assert f"ignore[{rule.code}]" in rule.description


def test_codes_and_names_are_unique():
    rules = [rule for module in MODULES for rule in module.numcheck_rules()]
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})


def test_plain_article_without_claims_is_quiet(story):
    s = story("Nothing numeric happened here.")
    for module in MODULES:
        assert s.run(module) == []
