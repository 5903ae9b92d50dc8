"""Rule selection, per-file ignores, severity overrides and the fail-on threshold."""

from __future__ import annotations

import dataclasses

import pytest

from numcheck.findings import Severity
from numcheck.settings import Settings
from numcheck.workflow.selection import (
    apply_selection,
    effective_severity,
    fails,
    is_valid_selector,
    rule_enabled,
    unknown_selectors,
)


def enabled(rules, **kwargs) -> list[str]:
    settings = Settings(**kwargs)
    return [code for code, rule in rules.items() if rule_enabled(rule, settings, "story.md")]


def test_default_selects_everything(rules) -> None:
    assert enabled(rules) == list(rules)


def test_prefix_code_and_kebab_name(rules) -> None:
    assert enabled(rules, select=("NC1",)) == ["NC001", "NC101", "NC102"]
    assert enabled(rules, select=("day-count-mismatch",)) == ["NC001", "NC301"]
    assert enabled(rules, select=("NC",), ignore=("NC1",)) == ["NC001", "NC002", "NC201", "NC301"]


def test_more_specific_selector_wins(rules) -> None:
    # ignore a family but keep one rule of it, and the other way round
    assert "NC101" in enabled(rules, ignore=("NC1",), extend_select=("NC101",))
    assert "NC102" not in enabled(rules, ignore=("NC1",), extend_select=("NC101",))
    assert "NC101" not in enabled(rules, select=("NC1",), ignore=("restated-figure-contradiction",))


def test_tie_goes_to_ignore(rules) -> None:
    assert "NC201" not in enabled(rules, select=("NC201",), ignore=("NC201",))


def test_plugin_error_survives_narrow_select_but_not_explicit_ignore(rules) -> None:
    assert "NC001" in enabled(rules, select=("NC3",))
    assert "NC001" in enabled(rules, ignore=("NC",))
    assert "NC001" not in enabled(rules, ignore=("plugin-error",))


def test_per_file_ignores_match_relative_globs_and_basenames(rules) -> None:
    settings = Settings(per_file_ignores=(("wires/*.txt", ("NC3",)), ("**/draft.md", ("NC1",))))
    nc301, nc101 = rules["NC301"], rules["NC101"]
    assert not rule_enabled(nc301, settings, "wires/ap.txt")
    assert rule_enabled(nc301, settings, "desk/ap.txt")
    assert not rule_enabled(nc101, settings, "draft.md")
    assert not rule_enabled(nc101, settings, "a/b/draft.md")


def test_severity_override_most_specific(rules) -> None:
    settings = Settings(severity=(("NC", Severity.INFO), ("NC201", Severity.WARNING)))
    assert effective_severity(rules["NC201"], settings) is Severity.WARNING
    assert effective_severity(rules["NC101"], settings) is Severity.INFO
    assert effective_severity(rules["AP1"], settings) is Severity.INFO  # untouched default


def test_apply_selection_filters_and_overrides(rules, make_finding) -> None:
    findings = [make_finding("NC101"), make_finding("NC301"), make_finding("XX9")]
    settings = Settings(ignore=("NC3",),
                        severity=(("restated-figure-contradiction", Severity.INFO),))
    out = apply_selection(findings, rules, lambda path: settings)
    assert [(f.rule, f.severity, f.name) for f in out] == [
        ("NC101", Severity.INFO, "restated-figure-contradiction"),
        ("XX9", Severity.WARNING, ""),  # an undeclared rule still follows its prefix
    ]


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [(Severity.ERROR, False), (Severity.WARNING, True), (Severity.INFO, True)],
)
def test_fail_on_threshold(make_finding, fail_on: Severity, expected: bool) -> None:
    warning = dataclasses.replace(make_finding("NC301"), severity=Severity.WARNING)
    assert fails([warning], fail_on) is expected
    assert fails([], Severity.INFO) is False


def test_selector_syntax_and_unknowns(rules) -> None:
    assert is_valid_selector("ALL")
    assert is_valid_selector("NC2")
    assert is_valid_selector("percent-change-mismatch")
    assert not is_valid_selector("NC 2")
    assert not is_valid_selector("Nc2")
    assert unknown_selectors(["NC2", "NC9", "typo-name", "ALL"], rules.values()) == [
        "NC9", "typo-name"]
