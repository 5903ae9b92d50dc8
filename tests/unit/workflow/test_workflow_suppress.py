"""Suppression comments silence matching findings; unused ones become NC002."""

from __future__ import annotations

from numcheck.workflow.suppress import UNUSED_SUPPRESSION, apply_suppressions, numcheck_rules

TEXT = """Intro: 34 died in the attack.

<!-- numcheck: ignore[NC101] -->
Officials later said at least 40 dead.

Another paragraph says 40 dead again.
"""


def test_ignore_covers_next_block_and_only_named_rule(make_doc, make_finding, rules) -> None:
    doc = make_doc(TEXT, [("ignore", ("NC101",), "<!-- numcheck: ignore[NC101] -->",
                           "Officials later said at least 40 dead.")])
    inside = make_finding("NC101", "at least 40", doc=doc)
    other_rule = make_finding("NC102", "at least 40", doc=doc)
    outside = make_finding("NC101", "40 dead again", doc=doc)
    result = apply_suppressions([inside, other_rule, outside], {doc.path: doc}, rules)
    assert result.suppressed == [inside]
    assert result.kept == [other_rule, outside]
    assert result.unused == []


def test_kebab_name_prefix_and_bare_directive(make_doc, make_finding, rules) -> None:
    for codes in (("restated-figure-contradiction",), ("NC1",), ()):
        doc = make_doc(TEXT, [("ignore", codes, "<!-- numcheck: ignore[NC101] -->",
                               "Officials later said at least 40 dead.")])
        finding = make_finding("NC101", "at least 40", doc=doc)
        assert apply_suppressions([finding], {doc.path: doc}, rules).suppressed == [finding]


def test_disable_range_and_file_level(make_doc, make_finding, rules) -> None:
    doc = make_doc(TEXT, [("disable", ("NC1",), "<!-- numcheck: ignore[NC101] -->", None)])
    before = make_finding("NC101", "34 died", doc=doc)
    after = make_finding("NC101", "40 dead again", doc=doc)
    result = apply_suppressions([before, after], {doc.path: doc}, rules)
    assert result.kept == [before]
    assert result.suppressed == [after]
    doc = make_doc(TEXT, [("file", ("NC101",), "<!-- numcheck: ignore[NC101] -->", "Intro")])
    result = apply_suppressions([before, after], {doc.path: doc}, rules)
    assert result.kept == []


def test_unused_directive_is_reported_at_its_location(make_doc, make_finding, rules) -> None:
    comment = "<!-- numcheck: ignore[NC301] -->"
    doc = make_doc(TEXT.replace("<!-- numcheck: ignore[NC101] -->", comment),
                   [("ignore", ("NC301",), comment, "Officials later said at least 40 dead.")])
    finding = make_finding("NC101", "at least 40", doc=doc)
    result = apply_suppressions([finding], {doc.path: doc}, rules)
    assert result.kept == [finding]
    (unused,) = result.unused
    assert unused.rule == "NC002"
    assert unused.name == "unused-suppression"
    assert (unused.location.line, unused.location.column) == (3, 1)
    assert unused.location.text == comment
    assert "ignore[NC301]" in unused.message


def test_unknown_code_is_named(make_doc, rules) -> None:
    comment = "<!-- numcheck: ignore[NC999] -->"
    doc = make_doc(TEXT.replace("<!-- numcheck: ignore[NC101] -->", comment),
                   [("ignore", ("NC999",), comment, "Officials")])
    (unused,) = apply_suppressions([], {doc.path: doc}, rules).unused
    assert "names no known rule: NC999" in unused.message


def test_enable_is_never_unused_and_nc002_can_be_kept_on_purpose(make_doc, rules) -> None:
    doc = make_doc(TEXT, [
        ("file", ("NC002",), "Intro", "Intro"),
        ("ignore", ("NC301",), "<!-- numcheck: ignore[NC101] -->", "Officials"),
        ("enable", ("NC301",), "Another", "Another"),
    ])
    assert apply_suppressions([], {doc.path: doc}, rules).unused == []


def test_findings_outside_known_documents_pass(make_finding, rules) -> None:
    finding = make_finding("NC401", path="facts.toml")
    assert apply_suppressions([finding], {}, rules).kept == [finding]


def test_rule_is_declared_through_the_hook() -> None:
    assert list(numcheck_rules()) == [UNUSED_SUPPRESSION]
    assert UNUSED_SUPPRESSION.code == "NC002"


def test_malformed_comment_is_reported(rules) -> None:
    from numcheck.document import Directive, DirectiveKind, Document

    text = "<!-- numcheck: ignor[NC101] -->\nSome text.\n"
    kind = DirectiveKind("invalid")
    directive = Directive(kind, (), None, 0, 31, 31, 31, "unknown directive 'ignor'")
    doc = Document(path="x.md", text=text, prose=text, directives=(directive,))
    (unused,) = apply_suppressions([], {"x.md": doc}, rules).unused
    assert unused.message.startswith("malformed suppression comment (unknown directive 'ignor')")
