"""Which rules run for a file, at what severity, and whether the run fails.

Selection follows ruff: ``select`` / ``extend-select`` / ``ignore`` take codes
("NC201"), prefixes ("NC2", "NC"), kebab names ("percent-change-mismatch") or
``ALL``; when a select and an ignore both match a rule, the more specific one wins
(an exact code or name beats a prefix, a longer prefix beats a shorter one, and an
ignore wins a tie). ``per-file-ignores`` maps globs to selectors. Severity
overrides use the same selectors, most specific first.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from collections.abc import Callable, Iterable, Mapping, Sequence

from numcheck.findings import Finding, Rule, Severity
from numcheck.lazyre import lazy_compile
from numcheck.settings import Settings

_SELECTOR = lazy_compile(r"^(?:ALL|[A-Z]{1,3}[0-9]{0,4}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")
_EXACT = 100
# A crashing plugin must never vanish because of a narrow --select: NC001 stays on
# unless a user ignores it by its exact code or name.
ALWAYS_ON = frozenset({"NC001"})


def is_valid_selector(selector: str) -> bool:
    return bool(_SELECTOR.match(selector))


def specificity(selector: str, rule: Rule) -> int | None:
    """How specifically ``selector`` names ``rule`` (higher wins), or None if it does not."""
    if selector == "ALL":
        return 0
    if selector in (rule.code, rule.name):
        return _EXACT
    if selector[:1].isupper() and rule.code.startswith(selector):
        return len(selector)
    return None


def _best(selectors: Iterable[str], rule: Rule) -> int:
    scores = (specificity(s, rule) for s in selectors)
    return max((s for s in scores if s is not None), default=-1)


def matches_any(selectors: Iterable[str], rule: Rule) -> bool:
    return _best(selectors, rule) >= 0


def _path_candidates(path: str, settings: Settings) -> list[str]:
    """The forms of a path a per-file-ignores glob may be written against."""
    absolute = os.path.abspath(path)
    forms = [path, os.path.relpath(absolute), os.path.basename(path), absolute]
    if settings.config_path:
        forms.append(os.path.relpath(absolute, os.path.dirname(settings.config_path)))
    return [f.replace(os.sep, "/") for f in forms]


def _glob_matches(glob: str, candidates: Sequence[str]) -> bool:
    patterns = [glob]
    while patterns[-1].startswith("**/"):  # "**/x" also matches a top-level x
        patterns.append(patterns[-1][3:])
    return any(fnmatch.fnmatchcase(c, p) for c in candidates for p in patterns)


def file_ignores(settings: Settings, path: str) -> tuple[str, ...]:
    """Selectors ignored for ``path`` by per-file-ignores."""
    if not settings.per_file_ignores:
        return ()
    candidates = _path_candidates(path, settings)
    return tuple(code for glob, codes in settings.per_file_ignores
                 if _glob_matches(glob, candidates) for code in codes)


def rule_enabled(rule: Rule, settings: Settings, path: str | None = None) -> bool:
    ignores = (*settings.ignore, *(file_ignores(settings, path) if path else ()))
    if rule.code in ALWAYS_ON:
        return not any(specificity(s, rule) == _EXACT for s in ignores)
    on = _best((*settings.select, *settings.extend_select), rule)
    off = _best(ignores, rule)
    return on >= 0 and on > off


def effective_severity(rule: Rule, settings: Settings) -> Severity:
    best, level = -1, rule.severity
    for selector, override in settings.severity:
        score = specificity(selector, rule)
        if score is not None and score >= best:
            best, level = score, override
    return level


def rule_of(finding: Finding, rules: Mapping[str, Rule]) -> Rule:
    """The registered rule, or a stand-in built from the finding itself."""
    return rules.get(finding.rule) or Rule(finding.rule, finding.name, finding.severity, "")


def apply_selection(findings: Iterable[Finding], rules: Mapping[str, Rule],
                    settings_for: Callable[[str], Settings]) -> list[Finding]:
    """Drop findings of rules that are off for their file; apply severity overrides."""
    kept = []
    for finding in findings:
        rule = rule_of(finding, rules)
        settings = settings_for(finding.location.path)
        if not rule_enabled(rule, settings, finding.location.path):
            continue
        severity = effective_severity(rule, settings)
        if severity != finding.severity or (rule.name and not finding.name):
            finding = dataclasses.replace(finding, severity=severity,
                                          name=finding.name or rule.name)
        kept.append(finding)
    return kept


def unknown_selectors(selectors: Iterable[str], rules: Iterable[Rule]) -> list[str]:
    """Selectors that name no known rule (a typo, or a plugin that is not loaded)."""
    known = list(rules)
    return sorted({s for s in selectors if not any(specificity(s, r) is not None
                                                   for r in known)})


def all_selectors(settings: Settings) -> list[str]:
    return [*settings.select, *settings.ignore, *settings.extend_select,
            *(c for _, codes in settings.per_file_ignores for c in codes),
            *(s for s, _ in settings.severity)]


def fails(findings: Iterable[Finding], fail_on: Severity) -> bool:
    """True when a finding is at or above the ``--fail-on`` threshold (exit 1)."""
    return any(f.severity.rank >= fail_on.rank for f in findings)
