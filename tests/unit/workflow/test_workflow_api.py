"""``numcheck.check``: the CLI's workflow in process, for a CMS (docs/users/api.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

import numcheck
from numcheck.cli import main
from numcheck.errors import ConfigError
from numcheck.findings import Severity
from numcheck.plugins import PluginManager, get_plugin_manager
from numcheck.report import Report, render
from numcheck.settings import Settings

DRAFT = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
         "Later the toll rose: at least 40 people died in the storm.\n")
SUPPRESSED = DRAFT.replace("Later the toll", "<!-- numcheck: ignore[NC101] -->\nLater the toll")


def rules(report: Report) -> list[str]:
    return [f.rule for f in report.findings]


def test_text_in_memory_gives_the_findings_the_cli_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text(DRAFT)
    report = numcheck.check([("draft.md", DRAFT)])
    assert "NC101" in rules(report)
    assert report.failed
    assert main(["check", "--no-progress", "--isolated", "--output-format", "json",
                 "draft.md"]) == 1
    from_cli = json.loads(capsys.readouterr().out)
    engine_free = json.loads(render(report, "json", _pm()))
    assert engine_free["findings"] == from_cli["findings"]
    assert engine_free["summary"] == from_cli["summary"]


def _pm() -> PluginManager:
    return get_plugin_manager(Settings())


def test_selection_and_severity_apply_as_in_the_cli() -> None:
    assert "NC101" not in rules(numcheck.check([("a.md", DRAFT)], Settings(ignore=("NC1",))))
    settings = Settings(severity=(("restated-figure-contradiction", Severity.INFO),))
    report = numcheck.check([("a.md", DRAFT)], settings)
    assert {f.severity for f in report.findings if f.rule == "NC101"} == {Severity.INFO}
    assert not report.failed  # info is below the default fail-on (error)
    strict = dataclasses.replace(settings, fail_on=Severity.INFO)
    assert numcheck.check([("a.md", DRAFT)], strict).failed


def test_suppressions_and_baseline_are_counted(tmp_path: Path) -> None:
    report = numcheck.check([("a.md", SUPPRESSED)])
    assert "NC101" not in rules(report)
    assert report.hidden.suppressed == 1
    assert report.summary_line().endswith("; 1 hidden by suppression comments")
    story = tmp_path / "a.md"
    story.write_text(DRAFT)
    baseline = tmp_path / "baseline.json"
    assert main(["check", "--no-progress", "--isolated", str(story), "--write-baseline",
                 str(baseline)]) == 0
    report = numcheck.check([story], baseline=baseline)
    assert report.findings == []
    assert report.hidden.baselined >= 1
    assert "hidden by the baseline" in report.summary_line()


def test_paths_directories_and_unreadable_inputs(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.md").write_text(DRAFT)
    (tmp_path / "desk" / "notes.py").write_text("x = 34\n")  # not in include
    report = numcheck.check([tmp_path / "desk", str(tmp_path / "missing.md")])
    assert {Path(f.location.path).name for f in report.findings} == {"a.md"}
    assert report.files_checked == 1
    assert [e.problem for e in report.errors] == ["no such file or directory"]
    assert report.failed


def test_config_file_and_mistakes_raise_one_line_errors(tmp_path: Path) -> None:
    config = tmp_path / "numcheck.toml"
    config.write_text('ignore = ["restated-figure-contradiction"]\ntolerance = 0.05\n')
    settings = numcheck.load_settings(config)
    assert settings.tolerance == 0.05
    assert "NC101" not in rules(numcheck.check([("a.md", DRAFT)], settings))
    with pytest.raises(ConfigError, match="did you mean 'NC101'"):
        numcheck.check([("a.md", DRAFT)], Settings(select=("NC1O1",)))
    config.write_text("tolerence = 0.2\n")
    with pytest.raises(ConfigError, match="did you mean 'tolerance'"):
        numcheck.load_settings(config)


def test_date_and_source_override_metadata() -> None:
    report = numcheck.check([("a.md", DRAFT)], date="2022-03-03", source="Desk")
    document = next(iter(report.documents.values()))
    assert (str(document.metadata.date), document.metadata.source) == ("2022-03-03", "Desk")


def test_an_engine_can_be_reused_across_calls() -> None:
    from numcheck.engine import Engine

    engine = Engine(Settings())
    first = numcheck.check([("a.md", DRAFT)], engine=engine)
    second = numcheck.check([("b.md", DRAFT.replace("40", "34"))], engine=engine)
    assert "NC101" in rules(first)
    assert "NC101" not in rules(second)


DOCS = Path(__file__).resolve().parents[3] / "docs" / "users" / "api.md"


def _python_blocks() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    return [block.split("\n", 1)[1] for block in text.split("```")[1::2]
            if block.startswith("python\n")]


def test_the_documented_cms_hook_runs(tmp_path: Path) -> None:
    (hook,) = [b for b in _python_blocks() if "def before_publish" in b]
    config = tmp_path / "numcheck.toml"
    config.write_text('fail-on = "error"\n')
    namespace: dict[str, object] = {}
    exec(compile(hook.replace("/srv/cms/numcheck.toml", str(config)), "api.md", "exec"),
         namespace)

    @dataclasses.dataclass
    class Story:
        slug: str
        body_html: str
        published: dt.datetime

    when = dt.datetime(2022, 3, 3, 9, 0)
    html = "<h1>Storm leaves 34 dead</h1><p>At least 40 people died in the storm.</p>"
    problems = namespace["before_publish"](Story("storm", html, when))  # type: ignore[operator]
    assert [p["rule"] for p in problems] == ["NC101"]
    fixed = html.replace("<p>At", '<!-- numcheck: ignore[NC101] reason="revised" --><p>At')
    assert namespace["before_publish"](Story("storm", fixed, when)) == []  # type: ignore[operator]


def test_the_documented_render_call_runs() -> None:
    (snippet,) = [b for b in _python_blocks() if "render(report" in b]
    namespace: dict[str, object] = {"report": numcheck.check([("a.md", DRAFT)]),
                                    "settings": Settings()}
    exec(compile(snippet, "api.md", "exec"), namespace)
    assert json.loads(str(namespace["sarif"]))["version"] == "2.1.0"
