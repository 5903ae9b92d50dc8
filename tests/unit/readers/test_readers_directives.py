"""Directive words and disable/enable pairing (format-independent parts)."""

from __future__ import annotations

import pytest

from numcheck.document import DirectiveKind
from numcheck.readers import read_text
from numcheck.readers.directives import parse_words


@pytest.mark.parametrize(
    ("body", "kind", "codes", "reason"),
    [
        (' numcheck: ignore[NC301] reason="quote from minister" ', DirectiveKind.IGNORE,
         ("NC301",), "quote from minister"),
        ("numcheck: ignore", DirectiveKind.IGNORE, (), None),
        ("numcheck: disable[NC1, NC201]", DirectiveKind.DISABLE, ("NC1", "NC201"), None),
        ("numcheck:enable[NC1]", DirectiveKind.ENABLE, ("NC1",), None),
        ("NUMCHECK: Ignore-File[NC4 percent-change-mismatch] reason='wire copy'",
         DirectiveKind.FILE, ("NC4", "percent-change-mismatch"), "wire copy"),
    ],
)
def test_parse_words_accepts_codes_prefixes_and_names(
    body: str, kind: DirectiveKind, codes: tuple[str, ...], reason: str | None
) -> None:
    parsed = parse_words(body)
    assert (parsed.kind, parsed.codes, parsed.reason, parsed.error) == (kind, codes, reason, None)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("numcheck ignore[NC1]", "expected 'numcheck:'"),
        ("numcheck: ignroe[NC1]", "unknown directive 'ignroe'"),
        ("numcheck: ignore[NC1", "unclosed '['"),
        ("numcheck: ignore[]", "empty rule list"),
        ("numcheck: ignore[NC1!]", "not a rule code or name"),
        ("numcheck: ignore[NC1] because I said so", "unexpected text"),
        ("numcheck:", "missing directive"),
    ],
)
def test_malformed_words_are_invalid_with_a_message(body: str, message: str) -> None:
    parsed = parse_words(body)
    assert parsed.kind is DirectiveKind.INVALID
    assert parsed.error is not None
    assert message in parsed.error


def test_malformed_directive_in_markdown_covers_nothing() -> None:
    text = "<!-- numcheck: ignroe[NC1] -->\nAbout 5 people.\n"
    [directive] = read_text(text, "a.md").directives
    assert directive.kind is DirectiveKind.INVALID
    assert directive.applies_start == directive.applies_end == directive.end
    assert directive.error
    assert "ignroe" in directive.error


def test_disable_partly_enabled_splits_per_code() -> None:
    text = (
        "<!-- numcheck: disable[NC1,NC201] -->\n"
        "A 1.\n\n"
        "<!-- numcheck: enable[NC1] -->\n"
        "B 2.\n"
    )
    doc = read_text(text, "a.md")
    disables = [d for d in doc.directives if d.kind is DirectiveKind.DISABLE]
    enable = next(d for d in doc.directives if d.kind is DirectiveKind.ENABLE)
    by_code = {d.codes: (d.applies_start, d.applies_end) for d in disables}
    assert by_code[("NC1",)] == (disables[0].end, enable.start)
    assert by_code[("NC201",)] == (disables[0].end, len(text))
    assert enable.applies_start == enable.applies_end


def test_disable_without_enable_runs_to_end_and_bare_enable_ends_all() -> None:
    text = "<!-- numcheck: disable -->\nA.\n<!-- numcheck: enable -->\nB.\n"
    doc = read_text(text, "a.md")
    [disable] = [d for d in doc.directives if d.kind is DirectiveKind.DISABLE]
    assert disable.codes == ()
    assert text[disable.applies_start:disable.applies_end].strip() == "A."
    open_ended = read_text("<!-- numcheck: disable[NC3] -->\nA.\n", "a.md").directives
    assert open_ended[0].applies_end == len("<!-- numcheck: disable[NC3] -->\nA.\n")


def test_enable_of_one_code_does_not_end_a_disable_of_all() -> None:
    text = "<!-- numcheck: disable -->\nA.\n<!-- numcheck: enable[NC1] -->\nB.\n"
    doc = read_text(text, "a.md")
    [disable] = [d for d in doc.directives if d.kind is DirectiveKind.DISABLE]
    assert disable.applies_end == len(text)


def test_directives_inside_code_are_not_directives() -> None:
    text = "```\n<!-- numcheck: ignore -->\n```\n`<!-- numcheck: ignore -->` 5\n"
    assert read_text(text, "a.md").directives == ()
