"""The ``junit`` format: JUnit XML for CI systems that show test reports.

One ``<testsuite>`` per file (every checked file, so clean files show as passing),
one ``<testcase>`` per finding. A finding at or above the run's ``--fail-on`` is a
``<failure>``; one below it passes, with its message in ``<system-out>``, so the
test view agrees with the exit code. A testcase is named by rule and the finding's
stable fingerprint, never by line and column: its identity (and its history in
the CI's test view) survives edits above it. Characters XML 1.0 cannot carry are
dropped, so the report always parses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from numcheck.findings import Finding
from numcheck.hookspecs import hookimpl
from numcheck.report.base import Formatter, Report, by_path

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET


@cache
def _not_xml() -> re.Pattern[str]:
    """Compiled when a report is written (a wide class: a few ms every run otherwise)."""
    return re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    cleaned: str = _not_xml().sub("", text)
    return cleaned


def testcase(finding: Finding, fingerprint: str, failing: bool) -> ET.Element:
    import xml.etree.ElementTree as ET  # only a junit report needs it

    loc = finding.location
    name = f" ({finding.name})" if finding.name else ""
    case = ET.Element("testcase", {
        "name": xml_text(f"{finding.rule}{name} {fingerprint}"),
        "classname": xml_text(loc.path),
        "file": xml_text(loc.path),
        "line": str(loc.line),
    })
    body = xml_text(f"{loc.path}:{loc.line}:{loc.column}: {finding.rule} {finding.message}")
    if not failing:
        ET.SubElement(case, "system-out").text = body
    else:
        failure = ET.SubElement(case, "failure", {
            "message": xml_text(finding.message),
            "type": f"{finding.rule} {finding.severity.value}",
        })
        failure.text = body
    return case


class JunitFormatter:
    name = "junit"
    description = "JUnit XML, one testsuite per file"

    def render(self, report: Report) -> str:
        import xml.etree.ElementTree as ET

        groups = by_path(report.findings)
        paths = sorted(set(report.documents) | set(groups))
        root = ET.Element("testsuites", {"name": "numcheck"})
        total = failures = 0
        for path in paths:
            findings = groups.get(path, [])
            failed = sum(report.failing(f) for f in findings)
            suite = ET.SubElement(root, "testsuite", {
                "name": xml_text(path),
                "tests": str(max(1, len(findings))),
                "failures": str(failed),
                "errors": "0",
                "skipped": "0",
            })
            if findings:
                suite.extend(testcase(f, report.fingerprint(f), report.failing(f))
                             for f in findings)
            else:
                ET.SubElement(suite, "testcase", {"name": "no findings",
                                                  "classname": xml_text(path)})
            total += max(1, len(findings))
            failures += failed
        root.set("tests", str(total))
        root.set("failures", str(failures))
        root.set("errors", "0")
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


@hookimpl
def numcheck_formatters() -> Sequence[Formatter]:
    return [JunitFormatter()]
