"""apply_fixes/unified_diff: what --fix and --diff do to a user's file."""

from __future__ import annotations

from numcheck.findings import Finding, Fix, Location, Replacement
from numcheck.workflow.fix import apply_fixes, unified_diff

TEXT = "The council said 5 people were hurt and 3 cars burned.\n"


def _finding(
    start: int,
    end: int,
    content: str,
    *,
    safe: bool = True,
    in_quote: bool = False,
    rule: str = "AP101",
) -> Finding:
    loc = Location("a.txt", start, end, 1, start + 1, 1, end + 1, TEXT[start:end])
    fix = Fix("spell it out", (Replacement(start, end, content),), safe=safe)
    return Finding(rule=rule, message="m", location=loc, fix=fix, in_quote=in_quote)


def test_applies_safe_fixes_in_any_order() -> None:
    five, three = TEXT.index("5"), TEXT.index("3")
    findings = [_finding(three, three + 1, "three"), _finding(five, five + 1, "five")]
    new, count = apply_fixes(TEXT, findings)
    assert new == "The council said five people were hurt and three cars burned.\n"
    assert count == 2


def test_skips_unsafe_unless_asked() -> None:
    five = TEXT.index("5")
    findings = [_finding(five, five + 1, "five", safe=False)]
    assert apply_fixes(TEXT, findings) == (TEXT, 0)
    assert apply_fixes(TEXT, findings, unsafe=True)[1] == 1


def test_never_fixes_inside_quotes_even_when_unsafe_allowed() -> None:
    five = TEXT.index("5")
    findings = [_finding(five, five + 1, "five", in_quote=True)]
    assert apply_fixes(TEXT, findings, unsafe=True) == (TEXT, 0)


def test_overlapping_fixes_first_wins() -> None:
    start = TEXT.index("5 people")
    findings = [
        _finding(start, start + 8, "Five people", rule="AP104"),
        _finding(start, start + 1, "five"),
    ]
    new, count = apply_fixes(TEXT, findings)
    assert count == 1
    assert new.count("ive") == 1


def test_identical_edits_from_two_findings_apply_once() -> None:
    five = TEXT.index("5")
    findings = [_finding(five, five + 1, "five"), _finding(five, five + 1, "five", rule="AP104")]
    new, count = apply_fixes(TEXT, findings)
    assert (new.count("five"), count) == (1, 1)


def test_out_of_range_fix_is_ignored() -> None:
    assert apply_fixes(TEXT, [_finding(len(TEXT), len(TEXT) + 4, "x")]) == (TEXT, 0)


def test_findings_without_fixes_change_nothing() -> None:
    loc = Location("a.txt", 0, 3, 1, 1, 1, 4, "The")
    assert apply_fixes(TEXT, [Finding(rule="NC101", message="m", location=loc)]) == (TEXT, 0)


def test_unified_diff_shows_the_change_with_the_path() -> None:
    after = TEXT.replace("5", "five")
    diff = unified_diff("news/draft.txt", TEXT, after)
    assert diff.startswith("--- news/draft.txt\n+++ news/draft.txt\n@@")
    assert "-The council said 5 people" in diff
    assert "+The council said five people" in diff


def test_unified_diff_empty_when_unchanged_and_marks_missing_newline() -> None:
    assert unified_diff("a.txt", TEXT, TEXT) == ""
    diff = unified_diff("a.txt", "5 cars", "five cars")
    assert "\\ No newline at end of file" in diff
