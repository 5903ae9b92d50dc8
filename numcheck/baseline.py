"""Baselines: adopt numcheck on an existing archive without fixing everything first.

``--write-baseline FILE`` records today's findings; ``--baseline FILE`` hides the
ones recorded there and reports only new ones. Entries are keyed on the claim
(rule, file, and the finding's subject: the phrase or claim key), never on line
numbers, so editing the text above an old finding does not resurrect it (the
objection that has kept baselines out of ruff, ruff#1149). Matching is
count-aware: if a file had two identical findings and now has three, one is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from numcheck.errors import ConfigError
from numcheck.findings import Finding
from numcheck.fingerprint import fingerprints
from numcheck.output import write_atomic

BASELINE_VERSION = 1

Key = tuple[str, str, str]  # (rule, path relative to the baseline's directory, subject)


def subject_of(finding: Finding) -> str:
    """What the finding is about, independent of where it sits in the file."""
    return " ".join((finding.subject or finding.location.text).split())


def _relative(path: str, base_dir: str) -> str:
    if path in ("-", "<stdin>"):
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), base_dir)
    except ValueError:
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def key_of(finding: Finding, base_dir: str) -> Key:
    return (finding.rule, _relative(finding.location.path, base_dir), subject_of(finding))


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: Counter[Key]

    @property
    def base_dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))

    def filter(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new findings, findings already in the baseline), count-aware."""
        remaining = Counter(self.entries)
        new: list[Finding] = []
        known: list[Finding] = []
        for finding in sorted(findings, key=Finding.sort_key):
            key = key_of(finding, self.base_dir)
            if remaining[key] > 0:
                remaining[key] -= 1
                known.append(finding)
            else:
                new.append(finding)
        return new, known


def render_baseline(findings: Sequence[Finding], path: str) -> str:
    """The baseline JSON text for ``findings`` written to ``path`` (deterministic)."""
    base_dir = os.path.dirname(os.path.abspath(path))
    ordered = sorted(findings, key=Finding.sort_key)
    entries = []
    # the same fingerprints SARIF and GitLab show; matching uses the key, which
    # survives a change of working directory
    for finding, fingerprint in zip(ordered, fingerprints(ordered), strict=True):
        key = key_of(finding, base_dir)
        entries.append({"fingerprint": fingerprint, "rule": key[0], "path": key[1],
                        "subject": key[2]})
    entries.sort(key=lambda e: (e["path"], e["rule"], e["subject"], e["fingerprint"]))
    document = {"version": BASELINE_VERSION, "tool": "numcheck", "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_baseline(findings: Sequence[Finding], path: str) -> None:
    write_atomic(path, render_baseline(findings, path))


def load_baseline(path: str) -> Baseline:
    """Read a baseline; anything malformed is a one-line ConfigError (exit 2)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline not found") from None
    except json.JSONDecodeError as err:
        raise ConfigError(f"{path}: baseline is not valid JSON "
                          f"({err.msg} at line {err.lineno}, column {err.colno})") from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: baseline is not UTF-8 (byte {err.start})") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read baseline: {err.strerror}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a numcheck baseline (no 'findings' list)")
    if data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: unsupported baseline version {data.get('version')!r} "
                          f"(this numcheck writes version {BASELINE_VERSION})")
    entries: Counter[Key] = Counter()
    for number, entry in enumerate(data["findings"], 1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("rule", "path", "subject")
        ):
            raise ConfigError(f"{path}: baseline entry {number} needs string 'rule', "
                              "'path' and 'subject'")
        entries[(entry["rule"], entry["path"], entry["subject"])] += 1
    return Baseline(path, entries)
