"""The plugin authors' test kit: run_checks, assert_findings, run_cases."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator, Sequence

import pytest

from numcheck import hookimpl
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Fix, Location, Replacement, Rule, Severity
from numcheck.testing import Invalid, Valid, assert_findings, run_cases, run_checks
from numcheck.testing.runner import plugin_name

pytest_plugins = ["pytester"]


class TodoPlugin:
    """Flags "TODO" in copy (works on the text, so it needs no parser)."""

    NAME = "todo"

    @hookimpl
    def numcheck_rules(self) -> Sequence[Rule]:
        return [Rule("TD101", "todo-left", Severity.WARNING, "A TODO was left in the copy.")]

    @hookimpl
    def numcheck_check_document(
        self, document: Document, claims: Sequence[Claim], context: CheckContext
    ) -> Iterator[Finding]:
        word = context.options("todo").get("word", "TODO")
        for m in re.finditer(re.escape(word), document.text):
            line, col = document.position(m.start())
            loc = Location(
                document.path, m.start(), m.end(), line, col, line, col + len(word), word
            )
            fix = Fix("Remove it", (Replacement(m.start(), m.end(), "DONE"),))
            yield Finding(rule="TD101", message=f"{word} left in copy", location=loc, fix=fix)


class BrokenPlugin:
    @hookimpl
    def numcheck_rules(self) -> Sequence[Rule]:
        return [Rule("BR101", "broken", Severity.ERROR, "Never reported.")]

    @hookimpl
    def numcheck_check_document(self) -> None:
        raise RuntimeError("boom")


def test_run_checks_fills_rule_metadata_and_plugin() -> None:
    found = run_checks("Casualties: TODO.\nTODO check toll.", [TodoPlugin()])
    assert_findings(found, [("TD101", "1:13"), ("todo-left", "2:1", "left in copy")])
    assert {(f.name, f.severity, f.plugin) for f in found} == {
        ("todo-left", Severity.WARNING, "todo")
    }
    assert found.fixed() == "Casualties: DONE.\nDONE check toll."


def test_plugin_options_and_several_documents() -> None:
    docs = {"a.txt": "XXX here", "b.txt": "none", "c.txt": "XXX and XXX"}
    found = run_checks(docs, [TodoPlugin()], options={"todo": {"word": "XXX"}})
    assert sorted(f.location.path for f in found) == ["a.txt", "c.txt", "c.txt"]
    with pytest.raises(ValueError, match="name the path"):
        found.fixed()
    assert found.fixed("c.txt") == "DONE and DONE"


def test_a_raising_plugin_fails_the_test_unless_allowed() -> None:
    with pytest.raises(AssertionError, match="boom"):
        run_checks("text", [BrokenPlugin()])
    found = run_checks("text", [BrokenPlugin()], allow_errors=True)
    assert found.codes() == ["NC001"]


def test_assert_findings_reports_missing_and_unexpected() -> None:
    found = run_checks("TODO", [TodoPlugin()])
    assert_findings(found, [("TD101", "TODO")])
    assert_findings(found, [("TD101", None)])
    with pytest.raises(AssertionError) as info:
        assert_findings(found, [("TD101", "2:1"), ("TD102", None)])
    text = str(info.value)
    assert "missing:    ('TD101', '2:1')" in text
    assert "missing:    ('TD102', None)" in text
    assert "unexpected: article.txt:1:1 TD101 'TODO'" in text
    with pytest.raises(AssertionError, match="unexpected"):
        assert_findings(found, [])


def test_run_cases_lists_every_failing_case() -> None:
    run_cases(
        [TodoPlugin()],
        valid=["Nothing to do.", Valid("TODO is fine here", options={"todo": {"word": "ZZZ"}})],
        invalid=[
            ("Still TODO.", [("TD101", "TODO")]),
            Invalid("TODO", [("TD101", "1:1")], output="DONE"),
        ],
    )
    with pytest.raises(AssertionError) as info:
        run_cases(
            [TodoPlugin()],
            valid=["a TODO"],
            invalid=[
                Invalid("TODO", [("TD101", "1:1")], output="TODO"),
                ("fine", [("TD101", None)]),
            ],
        )
    message = str(info.value)
    assert message.startswith("3 case(s) failed")
    assert "valid case 'a TODO' produced findings" in message
    assert "after --fix" in message


def test_plugin_name_prefers_declared_name() -> None:
    assert plugin_name(TodoPlugin()) == "todo"
    assert plugin_name(BrokenPlugin()) == "BrokenPlugin"


def test_fixtures_are_registered(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_fixture(numcheck_run, numcheck_cases):
            assert numcheck_run("no plugins, no findings") == []
            numcheck_cases([], valid=["x"])
        """
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def test_pytest_plugin_and_kit_import_neither_pint_nor_hypothesis() -> None:
    code = (
        "import sys, numcheck.testing.pytest_plugin, numcheck.testing;"
        "print(sorted(m for m in ('pint', 'hypothesis') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_strategies_without_hypothesis_say_how_to_install_it() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import numcheck.testing.strategies\n"
        "except ImportError as err:\n    print(err)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'numcheck[test]'" in out.stdout
