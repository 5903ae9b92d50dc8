"""The rule registry: every rule the loaded plugins declared, by code and by name.

Built from the ``numcheck_rules`` hook. Codes and names are validated here once, so
config, suppression comments, ``numcheck rule`` and the formatters can trust them.
A code or name declared twice is a configuration error: two plugins would otherwise
silently shadow each other's findings.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping

from numcheck.errors import ConfigError
from numcheck.findings import Rule, Severity
from numcheck.lazyre import lazy_compile

CODE_RE = re.compile(r"^[A-Z]{1,3}[0-9]{1,4}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
PREFIX_RE = lazy_compile(r"^[A-Z]{1,3}[0-9]{0,4}$")

#: Where rule documentation lives; SARIF ``helpUri`` appends ``#<code>`` (lower case).
def validate_rule(rule: object, plugin: str) -> Rule:
    """Check one declared rule; return it with ``plugin`` filled in."""
    if not isinstance(rule, Rule):
        raise ConfigError(
            f"plugin {plugin!r}: numcheck_rules returned {type(rule).__name__}, "
            "expected numcheck.findings.Rule"
        )
    if not CODE_RE.match(rule.code):
        raise ConfigError(
            f"plugin {plugin!r}: rule code {rule.code!r} must be 1-3 capital letters "
            "and 1-4 digits (e.g. NC101)"
        )
    if not NAME_RE.match(rule.name):
        raise ConfigError(
            f"plugin {plugin!r}: rule {rule.code} name {rule.name!r} must be kebab-case "
            "(e.g. restated-figure-contradiction)"
        )
    if not isinstance(rule.severity, Severity):
        raise ConfigError(f"plugin {plugin!r}: rule {rule.code} severity must be a Severity")
    if not rule.summary.strip():
        raise ConfigError(f"plugin {plugin!r}: rule {rule.code} needs a one-line summary")
    if not rule.plugin:
        rule = dataclasses.replace(rule, plugin=plugin)
    return rule


class RuleRegistry(Mapping[str, Rule]):
    """Rules by code (the Mapping interface), sorted by code when iterated."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._by_code: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}
        for rule in rules:
            self.add(rule)

    @classmethod
    def from_plugins(cls, declared: Iterable[tuple[str, Iterable[object]]]) -> RuleRegistry:
        """Build from ``(plugin name, rules it returned)`` pairs, validating each."""
        registry = cls()
        for plugin, rules in declared:
            for rule in rules:
                registry.add(validate_rule(rule, plugin))
        return registry

    def add(self, rule: Rule) -> None:
        old = self._by_code.get(rule.code)
        if old is not None:
            raise ConfigError(
                f"rule {rule.code} is declared twice (plugins {old.plugin!r} and {rule.plugin!r})"
            )
        old = self._by_name.get(rule.name)
        if old is not None:
            raise ConfigError(
                f"rule name {rule.name!r} is declared twice ({old.code} by {old.plugin!r}, "
                f"{rule.code} by {rule.plugin!r})"
            )
        self._by_code[rule.code] = rule
        self._by_name[rule.name] = rule

    # -- Mapping ------------------------------------------------------------
    def __getitem__(self, code: str) -> Rule:
        return self._by_code[code]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._by_code, key=code_sort_key))

    def __len__(self) -> int:
        return len(self._by_code)

    # -- lookups ------------------------------------------------------------
    def by_name(self, name: str) -> Rule | None:
        return self._by_name.get(name)

    def lookup(self, code_or_name: str) -> Rule | None:
        """A rule by its code ("NC201", any case) or kebab name."""
        rule = self._by_code.get(code_or_name.upper())
        return rule if rule is not None else self._by_name.get(code_or_name.lower())

    def matching(self, selector: str) -> list[Rule]:
        """Rules a selector names: "ALL", a code, a code prefix ("NC2"), or a name."""
        if selector.upper() == "ALL":
            return list(self.values())
        exact = self.lookup(selector)
        if exact is not None:
            return [exact]
        prefix = selector.upper()
        if not PREFIX_RE.match(prefix):
            return []
        return [rule for rule in self.values() if rule.code.startswith(prefix)]

    def is_selector(self, selector: str) -> bool:
        """Whether a selector is well formed (it may still match no rule yet)."""
        s = selector.upper()
        return s == "ALL" or bool(PREFIX_RE.match(s)) or selector.lower() in self._by_name


def code_sort_key(code: str) -> tuple[str, int, str]:
    """Sort AP2 before AP10: letters, then the number, then the code itself."""
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    return letters, int(digits) if digits else -1, code
