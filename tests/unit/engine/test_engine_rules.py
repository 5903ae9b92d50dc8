"""The rule registry: validation, lookups by code, name and prefix, duplicates."""

from __future__ import annotations

import pytest

from numcheck.errors import ConfigError
from numcheck.findings import Rule, Severity
from numcheck.rules import RuleRegistry, code_sort_key, validate_rule


def rule(code: str, name: str, severity: Severity = Severity.WARNING) -> Rule:
    return Rule(code, name, severity, f"summary of {name}")


def test_lookup_by_code_name_and_case() -> None:
    reg = RuleRegistry.from_plugins([("house", [rule("HS1", "house-style")])])
    assert reg["HS1"].name == "house-style"
    assert reg.lookup("hs1") is reg.lookup("house-style") is reg["HS1"]
    assert reg.lookup("nope") is None
    assert reg["HS1"].plugin == "house"  # filled from the declaring plugin


def test_prefix_selection_and_all() -> None:
    reg = RuleRegistry([rule("NC101", "a-one"), rule("NC201", "b-two"), rule("NC202", "b-three")])
    assert [r.code for r in reg.matching("NC2")] == ["NC201", "NC202"]
    assert [r.code for r in reg.matching("ALL")] == ["NC101", "NC201", "NC202"]
    assert [r.code for r in reg.matching("b-two")] == ["NC201"]
    assert reg.matching("not a selector!") == []


def test_iteration_is_sorted_numerically_within_prefix() -> None:
    reg = RuleRegistry([rule("AP10", "ten"), rule("AP2", "two"), rule("NC001", "meta-one")])
    assert list(reg) == ["AP2", "AP10", "NC001"]
    assert code_sort_key("AP2") < code_sort_key("AP10")


@pytest.mark.parametrize("code", ["nc101", "NC", "ABCD1", "NC12345", "N-1", ""])
def test_bad_codes_are_config_errors(code: str) -> None:
    with pytest.raises(ConfigError, match="rule code"):
        validate_rule(rule(code, "fine-name"), "house")


@pytest.mark.parametrize("name", ["Camel", "snake_case", "-lead", "trail-", "double--dash", ""])
def test_bad_names_are_config_errors(name: str) -> None:
    with pytest.raises(ConfigError, match="kebab-case"):
        validate_rule(rule("HS1", name), "house")


def test_not_a_rule_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"expected numcheck\.findings\.Rule"):
        RuleRegistry.from_plugins([("house", [{"code": "HS1"}])])


def test_duplicate_code_names_both_plugins() -> None:
    with pytest.raises(ConfigError, match=r"HS1 is declared twice \(plugins 'a' and 'b'\)"):
        RuleRegistry.from_plugins([("a", [rule("HS1", "one")]), ("b", [rule("HS1", "two")])])


def test_duplicate_name_is_an_error() -> None:
    with pytest.raises(ConfigError, match="name 'same' is declared twice"):
        RuleRegistry.from_plugins([("a", [rule("HS1", "same")]), ("b", [rule("HT1", "same")])])
