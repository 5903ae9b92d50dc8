"""Stable finding fingerprints, shared by SARIF, GitLab and the baseline.

A fingerprint says *what* a finding is about, not *where* it is: the rule, the
file, the claim (``finding.subject``, or the primary span's text) and the texts of
the related spans. Line numbers and offsets are left out on purpose (ruff does the
same for GitLab), so editing the text above a finding does not turn it into a new
one. Two findings with the same fingerprint in one run are told apart by salting
the later ones in order ("…#1", "…#2"), which stays stable as long as their
relative order does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from numcheck.findings import Finding
from numcheck.workflow.display import unsurrogate

VERSION = "v1"
LENGTH = 32  # hex digits; GitLab shows MD5-sized fingerprints, 128 bits is plenty


def _normalise(text: str) -> str:
    return " ".join(text.split())


def base_fingerprint(finding: Finding) -> str:
    """The unsalted hash: rule, path, subject (or span text), related texts."""
    subject = finding.subject or finding.location.text
    parts = [
        VERSION,
        finding.rule,
        unsurrogate(finding.location.path),
        _normalise(subject),
        *sorted(_normalise(loc.text) for loc in finding.related),
    ]
    payload = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(payload).hexdigest()[:LENGTH]


def salted(base: str, salt: int) -> str:
    """The ``salt``-th duplicate of ``base`` ("…#1", "…#2")."""
    return hashlib.sha256(f"{base}#{salt}".encode()).hexdigest()[:LENGTH]


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in order, unique within the sequence.

    The n-th duplicate of a fingerprint gets salt n directly (a counter per base,
    not a search from 1), so n identical findings cost n hashes, not n²/2.
    """
    seen: set[str] = set()
    next_salt: dict[str, int] = {}
    out: list[str] = []
    for finding in findings:
        base = base_fingerprint(finding)
        salt = next_salt.get(base, 0)
        candidate = base if salt == 0 else salted(base, salt)
        while candidate in seen:  # only when a salted hash meets another base: never, really
            salt += 1
            candidate = salted(base, salt)
        next_salt[base] = salt + 1
        seen.add(candidate)
        out.append(candidate)
    return out


def fingerprint_map(findings: Sequence[Finding]) -> dict[int, str]:
    """``id(finding) -> fingerprint`` for a Report (findings must stay alive)."""
    return {id(f): fp for f, fp in zip(findings, fingerprints(findings), strict=True)}
