"""The html format: figures marked at the parser's offsets, verdicts from findings,
panels, escaping, a self-contained page, and no Jinja2 for the other formats."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from numcheck.engine import Engine
from numcheck.report.base import Report
from numcheck.report.html.render import render_html
from numcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def report_for(folder: Path, settings: Settings | None = None) -> Report:
    """What ``numcheck check FOLDER`` hands a formatter (articles only, in name order)."""
    engine = Engine(settings or Settings())
    files = [str(p) for p in sorted(folder.iterdir()) if p.suffix in (".md", ".txt", ".html")]
    run = engine.run(files, progress=None)
    claims = {a.document.path: a.claims for a in run.analyses}
    return Report(run.findings, dict(engine.rules.items()), run.documents, len(run.analyses),
                  claims=claims, settings=engine.settings)


def text_report(text: str, path: str = "story.md", **meta: object) -> Report:
    from numcheck.readers import read_text

    document = read_text(text, path)
    if meta:
        import dataclasses

        document = dataclasses.replace(
            document, metadata=dataclasses.replace(document.metadata, **meta))  # type: ignore[arg-type]
    engine = Engine(Settings())
    run = engine.run([document], progress=None)
    return Report(run.findings, dict(engine.rules.items()), run.documents, 1,
                  claims={a.document.path: a.claims for a in run.analyses})


class Marks(HTMLParser):
    """(id, data-start, data-end, verdict, text) of each mark, per document container."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.tags: list[str] = []
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        data = {k: v or "" for k, v in attrs}
        if tag == "mark":
            self._open = {**data, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data


def marks_of(page: str) -> list[dict[str, str]]:
    parser = Marks()
    parser.feed(page)
    return parser.marks


def test_every_figure_is_marked_at_the_parsers_offsets() -> None:
    report = report_for(ROOT / "seeds")
    marks = marks_of(render_html(report))
    expected = sorted((c.location.start, c.location.end, c.quantity.text)
                      for claims in report.claims.values() for c in claims)
    found = sorted((int(m["data-start"]), int(m["data-end"]), m["text"]) for m in marks
                   if "k-figure" in m["class"])
    assert found == expected
    assert len(found) > 50
    for claims in report.claims.values():
        for claim in claims:
            text = report.documents[claim.path].text
            assert text[claim.location.start:claim.location.end] == claim.quantity.text


def test_verdicts_follow_the_findings_that_name_each_figure() -> None:
    report = report_for(ROOT / "seeds")
    by_text = {m["text"]: m["data-verdict"] for m in marks_of(render_html(report))}
    # NC404: Russia's "nearly 500" against Ukraine's 5,840; NC403 on "about 2,000"
    assert by_text["nearly 500"] == "disputed"
    assert by_text["5,840"] == "disputed"
    assert by_text["about 2,000"] == "drift"
    assert by_text["more than 2,000"] == "drift"
    # "almost 1,600 wounded" and "1,597 wounded" were compared and agree
    assert by_text["almost 1,600"] == "consistent"
    assert by_text["1,597"] == "consistent"
    # a year is never compared as a count
    assert {m["data-verdict"] for m in marks_of(render_html(report)) if m["text"] == "2022"} \
        <= {"not-compared"}


def test_contradiction_outranks_other_verdicts_and_each_mark_says_its_verdict_in_words() -> None:
    report = report_for(ROOT / "fixtures/drift-flood-tolls")
    page = render_html(report)
    verdicts = {m["text"]: m["data-verdict"] for m in marks_of(page)}
    assert verdicts["At least 300"] == "contradiction"
    assert verdicts["116"] == "contradiction"
    for mark in marks_of(page):
        assert mark["data-icon"] or mark["data-verdict"] == "not-compared"
        assert f'id="{mark["id"]}-tip"' in page  # the tooltip it is described by
    assert "Claim key:</b> people killed" in page
    assert "Claimant:</b> regional emergency office" in page


def test_arithmetic_panel_shows_parts_their_sum_and_the_total() -> None:
    page = render_html(report_for(ROOT / "fixtures/in-article-parts"))
    panel = page[page.index('class="panel panel-arithmetic"'):]
    panel = panel[:panel.index("</section>")]
    rows = re.findall(r'<tr class="role-(\w+)">', panel)
    assert rows in (["part", "part", "sum", "total"], ["part", "total"])
    assert 'class="panel panel-arithmetic"' in page
    assert "<td data-label=\"Words allow\">319</td>" in page  # 34 + 285
    assert "The sum of the parts against the stated total, closer" in page


def test_cross_source_panel_puts_each_source_on_one_line() -> None:
    page = render_html(report_for(ROOT / "fixtures/drift-rally-arrests"))
    assert page.count('class="panel panel-sources"') == 2
    assert page.count('class="bar-hard"') >= 4
    assert "Police" in page


HOSTILE = """---
title: "</title><script>window.pwned = 1</script>"
source: "\\"><img src=x onerror=alert(1)>"
url: "javascript:alert(1)"
---

# Storm

<script>document.title = "pwned"</script> The storm killed 34 people & hurt 12 <b>others</b>.
</textarea><svg onload=alert(2)> Officials said 34 people died.
"""


def test_article_text_and_metadata_are_escaped_never_markup() -> None:
    page = render_html(text_report(HOSTILE))
    assert "<script" not in page.lower()
    for markup in ("<img", "<svg onload", "<b>others", "</textarea>"):
        assert markup not in page
    assert "&lt;script&gt;document.title = &#34;pwned&#34;&lt;/script&gt;" in page
    assert "&lt;/title&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert 'href="javascript:' not in page  # only http(s) metadata URLs become links
    assert "&amp; hurt" in page


def test_carriage_returns_survive_the_html_parser() -> None:
    page = render_html(text_report("Storm\r\nThe storm killed 34 people.\r\n", "a.txt"))
    mark = next(m for m in marks_of(page) if m["text"] == "34")
    assert int(mark["data-start"]) == len("Storm\r\nThe storm killed ")
    assert "Storm&#13;\nThe storm" in page


def test_the_page_is_self_contained_and_deterministic() -> None:
    report = report_for(ROOT / "seeds")
    page = render_html(report)
    assert page == render_html(report)
    assert page.startswith("<!DOCTYPE html>")
    tags = set(re.findall(r"<([a-z][a-z0-9]*)", page))
    assert not tags & {"script", "link", "iframe", "img", "object", "embed", "base", "form"}
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(http" not in page
    assert "script-src" not in page
    assert "default-src 'none'" in page


def test_settings_and_the_summary_by_rule_are_on_the_page() -> None:
    report = report_for(ROOT / "seeds", settings=Settings(tolerance=0.2))
    page = render_html(report)
    assert "<code>tolerance</code></th><td><code>0.2</code>" in page
    assert "<code>NC404</code> disputed-figure" in page
    summary = page[page.index('id="summary"'):page.index('id="legend"')]
    assert summary.count('href="#d4-q') + summary.count('href="#d5-q') == 3  # each place


def test_an_empty_run_renders() -> None:
    page = render_html(Report([], {}, {}, 0))
    assert "No findings." in page
    assert "0 findings in 0 files" in page


def test_a_document_without_claims_still_shows_its_findings_spans() -> None:
    from report_helpers import report

    page = render_html(report())
    marks = marks_of(page)
    assert {m["text"] for m in marks} == {"34 people", "at least 40", "Storm"}
    assert all("k-finding" in m["class"] for m in marks)


def test_cli_writes_the_page(tmp_path: Path) -> None:
    from numcheck.cli import main

    out = tmp_path / "report.html"
    code = main(["check", "--isolated", "--output-format", "html", "--output-file", str(out),
                 str(ROOT / "fixtures/drift-flood-tolls")])
    assert code == 1
    assert out.read_text(encoding="utf-8").count('data-verdict="contradiction"') >= 2


@pytest.mark.parametrize("fmt", ["full", "json"])
def test_other_formats_never_import_jinja2(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "one.md"
    article.write_text("The storm killed 34 people.\n", encoding="utf-8")
    code = (
        "import sys\nfrom numcheck.cli import main\n"
        f"main(['check', '--isolated', '--output-format', {fmt!r}, {str(article)!r}])\n"
        "print(sorted(m for m in ('jinja2', 'markupsafe', 'numcheck.report.html.render')"
        " if m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stderr.strip().splitlines()[-1] == "[]"

