"""Fingerprints: about the claim, not the line; unique within a run."""

from __future__ import annotations

import dataclasses

from numcheck.findings import Finding, Location
from numcheck.fingerprint import base_fingerprint, fingerprint_map, fingerprints


def finding(rule: str = "NC101", text: str = "nearly 500", line: int = 3, path: str = "a.md",
            related: tuple[str, ...] = ("498",), subject: str = "") -> Finding:
    def at(t: str, ln: int) -> Location:
        return Location(path, ln * 10, ln * 10 + len(t), ln, 1, ln, 1 + len(t), t)

    return Finding(rule, "message", at(text, line),
                   related=tuple(at(r, line + 5) for r in related), subject=subject)


def test_moving_a_finding_keeps_its_fingerprint() -> None:
    assert base_fingerprint(finding(line=3)) == base_fingerprint(finding(line=40))


def test_whitespace_in_the_span_does_not_matter() -> None:
    assert base_fingerprint(finding(text="nearly  500")) == base_fingerprint(finding())


def test_rule_path_subject_and_related_change_it() -> None:
    base = base_fingerprint(finding())
    assert base != base_fingerprint(finding(rule="NC102"))
    assert base != base_fingerprint(finding(path="b.md"))
    assert base != base_fingerprint(finding(text="about 500"))
    assert base != base_fingerprint(finding(related=("512",)))
    assert base != base_fingerprint(finding(subject="soldiers killed"))


def test_subject_wins_over_span_text() -> None:
    a = finding(text="nearly 500", subject="killed")
    b = finding(text="almost 500", subject="killed")
    assert base_fingerprint(a) == base_fingerprint(b)


def test_duplicates_are_salted_in_order() -> None:
    one, two = finding(line=3), finding(line=9)
    fps = fingerprints([one, two, dataclasses.replace(one, rule="NC102")])
    assert len(set(fps)) == 3
    assert fps[0] == base_fingerprint(one)
    # the second copy keeps its salted value when both move down together
    assert fingerprints([finding(line=30), finding(line=90)])[1] == fps[1]


def test_map_is_keyed_by_identity() -> None:
    items = [finding(), finding(line=8)]
    mapping = fingerprint_map(items)
    assert len(set(mapping.values())) == 2
    assert set(mapping) == {id(f) for f in items}
