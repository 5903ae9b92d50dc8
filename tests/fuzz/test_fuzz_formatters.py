"""Every built-in output format on hostile findings: valid JSON, SARIF, XML; no injection.

Paths, messages, subjects, fix texts and plugin names come from plugins and file
names: they may hold quotes, markup, CDATA ends, control characters, bidi
overrides, lone surrogates (a surrogateescape'd file name; the pipeline escapes
them with ``printable`` before any formatter runs, as here) and fake workflow
commands. Whatever they hold, a machine format must still parse, the GitHub format
must keep one annotation per finding, and the terminal formats must not pass raw
control characters through.
"""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from fuzz_profile import fuzz_settings
from fuzz_strategies import findings
from hypothesis import given
from hypothesis import strategies as st

from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.plugins import get_plugin_manager
from numcheck.report import collect_formatters
from numcheck.report.base import Formatter, Report
from numcheck.workflow.display import printable

RULES = {code: Rule(code, f"rule-{code.lower()}", Severity.WARNING, f"summary of {code}",
                    plugin="meta") for code in ("NC001", "NC002", "NC101", "NC201", "NC401")}
SCHEMA = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"
# what must never reach a terminal raw: C0 (but tab/newline), DEL, C1, bidi controls
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPORTS = st.lists(findings(), max_size=5).map(lambda items: items)


@functools.cache
def formats() -> dict[str, Formatter]:
    return collect_formatters(get_plugin_manager(load_entrypoints=True))


@functools.cache
def sarif_schema() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def make_report(items: list[Finding], text: str) -> Report:
    items = printable(items)  # what the pipeline hands formatters (surrogates escaped)
    documents = {f.location.path: Document.from_text(text, f.location.path) for f in items[:2]}
    return Report(findings=items, rules=RULES, documents=documents, files_checked=len(items))


def rendered(name: str, items: list[Finding], text: str) -> str:
    out = formats()[name].render(make_report(items, text))
    assert isinstance(out, str)
    out.encode("utf-8", "backslashreplace")  # what numcheck's writers do
    return out


TEXTS = st.text(max_size=80)


@fuzz_settings()
@given(REPORTS, TEXTS)
def test_json_formats_parse(items: list[Finding],
                            text: str) -> None:
    data = json.loads(rendered("json", items, text))
    assert len(data["findings"]) == len(items)
    lines = rendered("jsonl", items, text).split("\n")[:-1]  # not splitlines: U+2028 is JSON
    assert [json.loads(line)["rule"] for line in lines] == [f.rule for f in items]
    assert len(json.loads(rendered("gitlab", items, text))) == len(items)


@fuzz_settings(0.5)
@given(REPORTS, TEXTS)
def test_sarif_is_valid(items: list[Finding], text: str) -> None:
    log = json.loads(rendered("sarif", items, text))
    errors = [f"{list(e.path)}: {e.message}" for e in sarif_schema().iter_errors(log)]
    assert not errors
    assert len(log["runs"][0]["results"]) == len(items)


@fuzz_settings()
@given(REPORTS, TEXTS)
def test_junit_is_well_formed_xml(items: list[Finding],
                                  text: str) -> None:
    root = ET.fromstring(rendered("junit", items, text))
    assert len(root.findall(".//failure")) + len(root.findall(".//error")) <= len(items)


@fuzz_settings()
@given(REPORTS, TEXTS)
def test_github_annotations_cannot_be_injected(items: list[Finding], text: str) -> None:
    out = rendered("github", items, text)
    commands = [line for line in out.split("\n")
                if line.startswith(("::error ", "::warning ", "::notice "))]
    assert len(commands) == len(items)
    assert "\r" not in out


@fuzz_settings()
@given(REPORTS, TEXTS, st.sampled_from(["full", "concise"]))
def test_terminal_formats_escape_controls(items: list[Finding], text: str, name: str) -> None:
    out = rendered(name, items, text)
    assert not RAW_CONTROLS.search(out), repr(RAW_CONTROLS.search(out))


@fuzz_settings(0.3)
@given(REPORTS, TEXTS)
def test_html_escapes_everything(items: list[Finding],
                                 text: str) -> None:
    if "html" not in formats():
        pytest.skip("no html format")
    out = rendered("html", items, text)
    assert "<script>alert(1)</script>" not in out
