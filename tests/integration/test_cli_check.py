"""``numcheck check`` end to end, in process: flags, config, formats, exit codes.

A small house plugin (written to a temp dir, loaded with ``--plugin``) gives
deterministic findings, so these tests exercise the workflow plumbing rather than
the built-in checkers, which have their own tests. One test runs the real ones.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from numcheck.cli import main

HOUSE = '''
import re
from numcheck import hookimpl
from numcheck.findings import Finding, Fix, Location, Replacement, Rule, Severity

RULES = [
    Rule("HS1", "placeholder-figure", Severity.WARNING, "A TODO figure left in copy"),
    Rule("HS2", "house-error", Severity.ERROR, "A figure the desk forbids"),
    Rule("HS3", "house-metadata", Severity.INFO, "Echo the metadata"),
]

@hookimpl
def numcheck_rules():
    return RULES

def _loc(doc, start, end):
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    return Location(doc.path, start, end, line, col, end_line, end_col, doc.text[start:end])

@hookimpl
def numcheck_check_document(document, claims, context):
    for m in re.finditer(r"TODO-(\\d+)", document.prose):
        fix = Fix("use the figure", (Replacement(m.start(), m.end(), m.group(1)),))
        quoted = document.text[max(0, m.start() - 1):m.start()] == '"'
        yield Finding(rule="HS1", message=f"placeholder {m.group(0)}",
                      location=_loc(document, m.start(), m.end()), fix=fix, in_quote=quoted)
    for m in re.finditer(r"FORBIDDEN", document.prose):
        yield Finding(rule="HS2", message="forbidden figure",
                      location=_loc(document, m.start(), m.end()))
    for m in re.finditer(r"METADATA", document.prose):
        meta = document.metadata
        yield Finding(rule="HS3", message=f"date={meta.date} source={meta.source}",
                      location=_loc(document, m.start(), m.end()))
'''


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("NUMCHECK_OUTPUT_FORMAT", "GITHUB_STEP_SUMMARY", "NUMCHECK_LOAD_PLUGINS"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "house.py").write_text(HOUSE)
    return tmp_path


@pytest.fixture
def nc(desk: Path, capsysbinary: pytest.CaptureFixture[bytes],
       monkeypatch: pytest.MonkeyPatch) -> Runner:
    def run(*args: str, stdin: str | None = None, house: bool = True) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        argv = ["check", "--no-progress", *(["--plugin", "house.py"] if house else []), *args]
        code = main(argv)
        captured = capsysbinary.readouterr()
        return Result(code, captured.out.decode(), captured.err.decode())
    return run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


STORY = """# Flood update

Officials said TODO-12 homes were lost.

The council confirmed FORBIDDEN figures.
"""


def test_real_checkers_find_a_restated_contradiction(nc: Runner, desk: Path) -> None:
    write(desk / "draft.md", "# Storm leaves 34 dead\n\nThe storm killed 34 people.\n\n"
          "Later the toll rose: at least 40 people died in the storm.\n")
    result = nc("draft.md", "--select", "NC1", house=False)
    assert result.code == 1
    assert "draft.md:5:" in result.out
    assert "NC101" in result.out
    assert "^^^" in result.out  # the span is marked under the source line
    assert result.out.rstrip().endswith("in 1 file")


def test_exit_codes_and_fail_on(nc: Runner, desk: Path) -> None:
    write(desk / "clean.md", "Nothing to see.\n")
    write(desk / "warn.md", "Officials said TODO-12 homes were lost.\n")
    assert nc("clean.md").code == 0
    assert nc("warn.md").code == 0  # warnings do not fail by default
    assert nc("warn.md", "--fail-on", "warning").code == 1
    assert nc("warn.md", "--fail-on", "warning", "--exit-zero").code == 0
    assert nc("story.md").code == 2  # missing file
    write(desk / "story.md", STORY)
    assert nc("story.md").code == 1


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ((), ["HS1", "HS2"]),
        (("--select", "HS1"), ["HS1"]),
        (("--select", "house-error"), ["HS2"]),
        (("--select", "HS", "--ignore", "placeholder-figure"), ["HS2"]),
        (("--select", "HS1,HS2", "--ignore", "HS"), ["HS1", "HS2"]),  # specific wins
        (("--select", "HS", "--ignore", "HS"), []),  # a tie goes to ignore
        (("--ignore", "HS", "--extend-select", "HS2"), ["HS2"]),
        (("--per-file-ignores", "*.md:HS1"), ["HS2"]),
        (("--per-file-ignores", "other/*.md:HS1"), ["HS1", "HS2"]),
    ],
)
def test_rule_selection_flags(nc: Runner, desk: Path, flags: tuple[str, ...],
                              expected: list[str]) -> None:
    write(desk / "story.md", STORY)
    result = nc("story.md", "--output-format", "json", *flags)
    assert [f["rule"] for f in json.loads(result.out)["findings"]] == expected


def test_config_and_cli_beats_config(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY)
    write(desk / "pyproject.toml", """
[tool.numcheck]
ignore = ["HS2"]
fail-on = "warning"
[tool.numcheck.severity]
placeholder-figure = "info"
""")
    result = nc("story.md", "--output-format", "json")
    findings = json.loads(result.out)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("HS1", "info")]
    assert result.code == 0  # info is below fail-on = warning
    assert nc("story.md", "--fail-on", "info").code == 1
    result = nc("story.md", "--select", "HS2", "--output-format", "json")
    assert [f["rule"] for f in json.loads(result.out)["findings"]] == ["HS2"]
    assert nc("story.md", "--isolated").code == 1  # config ignored: HS2 is back


def test_bad_config_is_one_line_exit_2(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY)
    write(desk / "pyproject.toml", "[tool.numcheck]\ntolerence = 0.2\n")
    result = nc("story.md")
    assert result.code == 2
    assert result.err == ("numcheck: error: pyproject.toml: unknown key 'tolerence' in "
                          "[tool.numcheck] (did you mean 'tolerance'?)\n")
    assert result.out == ""


def test_show_settings(nc: Runner, desk: Path) -> None:
    write(desk / "desk" / "numcheck.toml", 'select = ["NC1"]\nreference = ["facts.toml"]\n')
    result = nc("desk/a.md", "--show-settings", "--ignore", "NC102", "--start-date",
                "2022-02-24", "--reference", "extra.toml")
    assert result.code == 0
    settings = json.loads(result.out)
    assert settings["select"] == ["NC1"]
    assert settings["ignore"] == ["NC102"]
    assert settings["start_date"] == "2022-02-24"
    assert settings["reference"] == [str(desk / "desk" / "facts.toml"), str(desk / "extra.toml")]
    assert settings["config_path"] == str(desk / "desk" / "numcheck.toml")


def test_output_formats_env_and_unknown(nc: Runner, desk: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    write(desk / "story.md", STORY)
    monkeypatch.setenv("NUMCHECK_OUTPUT_FORMAT", "concise")
    lines = nc("story.md").out.splitlines()
    assert lines[0] == "story.md:3:16: HS1 placeholder TODO-12"
    assert nc("story.md", "--output-format", "jsonl").out.count("\n") == 2  # CLI beats env
    result = nc("story.md", "--output-format", "yaml")
    assert result.code == 2
    assert "unknown output format 'yaml'" in result.err


def test_statistics_never_corrupt_json(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY + "\nAnd TODO-3 more.\n")
    result = nc("story.md", "--output-format", "json", "--statistics")
    assert json.loads(result.out)["summary"]["findings"] == 3
    assert "2  HS1     placeholder-figure" in result.err


def test_output_file_and_missing_directory(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY)
    result = nc("story.md", "--output-format", "json", "--output-file", "report.json")
    assert result.out == ""
    assert json.loads((desk / "report.json").read_text())["version"] == 1
    result = nc("story.md", "--output-file", "missing/report.json")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "does not exist" in result.err
    assert not (desk / "missing").exists()


def test_deterministic_bytes_across_runs_and_jobs(nc: Runner, desk: Path) -> None:
    for n in range(4):
        write(desk / "copy" / f"s{n}.md", STORY.replace("12", str(n + 1)))
    for fmt in ("full", "json", "sarif"):
        first = nc("copy", "--output-format", fmt).out
        assert nc("copy", "--output-format", fmt).out == first
    assert nc("copy", "--jobs", "2", "--output-format", "json").out == nc(
        "copy", "--output-format", "json").out


def test_stdin_with_filename_and_metadata_overrides(nc: Runner, desk: Path) -> None:
    text = "---\nsource: Front Matter Wire\n---\n\nMETADATA and TODO-4.\n\n```\nTODO-9\n```\n"
    result = nc("-", "--stdin-filename", "desk/draft.md", "--output-format", "concise",
                stdin=text)
    lines = result.out.splitlines()
    assert lines[0] == "desk/draft.md:5:1: HS3 date=None source=Front Matter Wire"
    assert lines[1].startswith("desk/draft.md:5:14: HS1")
    assert len(lines) == 3  # the code block's TODO-9 is not prose
    result = nc("-", "--date", "2022-03-03", "--source", "Desk", "--output-format", "concise",
                stdin="METADATA\n")
    assert "date=2022-03-03 source=Desk" in result.out


def test_suppressions_and_unused_ones(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", """Intro with FORBIDDEN.

<!-- numcheck: ignore[HS2] reason="legal approved" -->
The council confirmed FORBIDDEN figures.

<!-- numcheck: ignore[placeholder-figure] -->
Nothing to silence here.
""")
    result = nc("story.md", "--output-format", "json")
    found = [(f["rule"], f["line"]) for f in json.loads(result.out)["findings"]]
    assert found == [("HS2", 1), ("NC002", 6)]
    result = nc("story.md", "--output-format", "json", "--ignore", "unused-suppression")
    assert [f["rule"] for f in json.loads(result.out)["findings"]] == ["HS2"]


def test_baseline_survives_edits_above(nc: Runner, desk: Path) -> None:
    story = write(desk / "story.md", STORY)
    result = nc("story.md", "--write-baseline", "numcheck-baseline.json")
    assert result.code == 0
    assert "wrote 2 finding(s)" in result.err
    assert nc("story.md", "--baseline", "numcheck-baseline.json").code == 0
    story.write_text("# New headline\n\nA new paragraph on top.\n\n" + STORY)
    result = nc("story.md", "--baseline", "numcheck-baseline.json", "--output-format", "json")
    assert json.loads(result.out)["findings"] == []
    assert result.code == 0
    story.write_text(STORY + "\nA second FORBIDDEN one.\n")
    result = nc("story.md", "--baseline", "numcheck-baseline.json", "--output-format", "json")
    assert [f["line"] for f in json.loads(result.out)["findings"]] == [7]
    assert result.code == 1


def test_changed_since_reports_only_touched_lines(nc: Runner, desk: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=desk, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "Desk")
    story = write(desk / "story.md", STORY)
    git("add", "story.md")
    git("commit", "-q", "-m", "filed")
    story.write_text(STORY + "\nUpdate: TODO-7 more homes.\n")
    result = nc("story.md", "--changed-since", "HEAD", "--output-format", "json")
    assert [f["line"] for f in json.loads(result.out)["findings"]] == [7]
    result = nc("story.md", "--changed-since", "no-such-rev")
    assert result.code == 2
    assert "unknown revision 'no-such-rev'" in result.err


def test_diff_and_fix_never_inside_quotes(nc: Runner, desk: Path) -> None:
    story = write(desk / "story.md", 'Officials said TODO-12 homes.\n\nShe said "TODO-5".\n')
    before = story.read_text()
    result = nc("story.md", "--diff")
    assert result.code == 1
    assert "-Officials said TODO-12 homes.\n+Officials said 12 homes.\n" in result.out
    assert "TODO-5" not in result.out.split("@@", 2)[-1].replace('"TODO-5"', "")
    assert story.read_text() == before  # --diff writes nothing
    result = nc("story.md", "--fix", "--output-format", "concise")
    assert story.read_text() == 'Officials said 12 homes.\n\nShe said "TODO-5".\n'
    assert "fixed 1 finding(s) in 1 file(s)" in result.err
    assert result.out.splitlines()[0].startswith("story.md:3:11: HS1")  # re-checked offsets
    assert nc("story.md", "--diff").code == 0


def test_fix_from_stdin_prints_fixed_text(nc: Runner, desk: Path) -> None:
    result = nc("-", "--fix", "--output-format", "concise",
                stdin="Lost TODO-3 homes. FORBIDDEN.\n")
    assert result.out == "Lost 3 homes. FORBIDDEN.\n"  # the fixed text, for an editor
    assert "HS2 forbidden figure" in result.err
    assert "HS1" not in result.err
    assert result.code == 1


def test_crashing_plugin_is_nc001_and_run_continues(nc: Runner, desk: Path) -> None:
    write(desk / "crash.py", "from numcheck import hookimpl\n\n@hookimpl\n"
          "def numcheck_check_document(document, claims, context):\n"
          "    raise RuntimeError('boom')\n")
    write(desk / "story.md", STORY)
    result = nc("story.md", "--plugin", "crash.py", "--select", "HS1", "--output-format", "json")
    findings = json.loads(result.out)["findings"]
    assert [f["rule"] for f in findings] == ["NC001", "HS1"]
    assert "crash" in findings[0]["message"]
    assert "boom" in findings[0]["message"]
    assert result.code == 1


def test_github_format_writes_step_summary(nc: Runner, desk: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    summary = desk / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write(desk / "story.md", STORY)
    result = nc("story.md", "--output-format", "github")
    assert "::error file=story.md,line=5" in result.out
    text = summary.read_text()
    assert "| `story.md` | 5 | HS2 house-error | error | forbidden figure |" in text


@pytest.mark.parametrize(
    ("flags", "config", "message"),
    [
        (("--select", "HS1O"), "",
         "--select: 'HS1O' matches no rule (did you mean 'HS1'?)"),
        (("--ignore", "placeholder-figur"), "",
         "--ignore: 'placeholder-figur' matches no rule (did you mean 'placeholder-figure'?)"),
        (("--extend-select", "NC999"), "", "--extend-select: 'NC999' matches no rule"),
        (("--per-file-ignores", "*.md:HS9"), "",
         "--per-file-ignores \"*.md\": 'HS9' matches no rule (did you mean 'HS'?)"),
        ((), 'select = ["HS2", "hous-error"]\n',
         "numcheck.toml: select: 'hous-error' matches no rule (did you mean 'house-error'?)"),
        ((), '[per-file-ignores]\n"wires/*" = ["NC4O"]\n',
         "numcheck.toml: per-file-ignores \"wires/*\": 'NC4O' matches no rule"),
        ((), '[severity]\nHS7 = "info"\n', "numcheck.toml: severity: 'HS7' matches no rule"),
        ((), '[plugins]\nload = ["house.py"]\n[plugins.hous]\nstyle = "x"\n',
         "numcheck.toml: [plugins.hous] names no installed plugin; its options would be "
         "ignored (did you mean 'house'?)"),
    ],
)
def test_what_would_check_nothing_is_exit_2_with_a_suggestion(
    nc: Runner, desk: Path, flags: tuple[str, ...], config: str, message: str
) -> None:
    write(desk / "story.md", STORY)
    if config:
        write(desk / "numcheck.toml", config)
    result = nc("story.md", *flags)
    assert result.code == 2, result.err
    assert result.out == ""
    assert result.err.startswith(f"numcheck: error: {message}")
    assert result.err.count("\n") == 1


def test_a_plugin_table_for_a_known_plugin_is_fine(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY)
    write(desk / "numcheck.toml", '[plugins.house]\nstyle = "x"\n[plugins.drift]\nx = 1\n')
    assert nc("story.md").code == 1


def test_misspelt_flags_get_suggestions(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--selct", "NC1", "story.md"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --selct" in err
    assert "did you mean '--select'?" in err
    with pytest.raises(SystemExit):
        main(["chek", "story.md"])
    assert "did you mean 'check'?" in capsys.readouterr().err


def test_misspelt_format_gets_a_suggestion(nc: Runner, desk: Path) -> None:
    write(desk / "story.md", STORY)
    result = nc("story.md", "--output-format", "sarf")
    assert result.code == 2
    assert "did you mean 'sarif'?" in result.err


def test_a_malformed_reference_sheet_is_a_one_line_error_not_a_finding(
    nc: Runner, desk: Path
) -> None:
    # a plugin that raises a NumcheckError reports a user error: exit 2, one line
    write(desk / "story.txt", "Officials said 40 people died in the flood.\n")
    write(desk / "desk.toml", "[[figure]\nthing = 'people'\n")
    result = nc("story.txt", "--reference", "desk.toml", house=False)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert "desk.toml" in lines[0]
    assert "Traceback" not in result.err
    assert "NC001" not in result.out


@pytest.mark.parametrize("sheet", ["/dev/zero", "deep.toml"])
def test_a_hostile_reference_sheet_is_exit_2_not_nc001(nc: Runner, desk: Path, sheet: str) -> None:
    # issue #11 item 10: the engine reads the sheet, so a device or a deeply nested
    # sheet is an input error with one line, never a plugin fault
    write(desk / "story.txt", "Officials said 40 people died in the flood.\n")
    write(desk / "deep.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n")
    result = nc("story.txt", "--reference", sheet, house=False)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "NC001" not in result.out
    assert "Traceback" not in result.err


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                    reason="POSIX only")
@pytest.mark.parametrize("flag", ["--config", "--baseline"])
@pytest.mark.parametrize(("source", "needle"), [
    ("/dev/zero", "not a regular file"), ("fifo", "not a regular file"),
    ("huge", "larger than 64 bytes"),
])
def test_a_hostile_config_or_baseline_is_one_line_exit_2(
        nc: Runner, desk: Path, monkeypatch: pytest.MonkeyPatch,
        flag: str, source: str, needle: str) -> None:
    """Issue #11 items 3 and 10: a device is refused before it is read, a FIFO nobody
    writes to never blocks, and a file is read only up to the cap (MemoryError before)."""
    from numcheck import config
    from numcheck.workflow import baseline

    monkeypatch.setattr(config, "MAX_CONFIG_BYTES", 64)
    monkeypatch.setattr(baseline, "MAX_BASELINE_BYTES", 64)
    write(desk / "story.txt", "Officials said 40 people died in the flood.\n")
    os.mkfifo(desk / "fifo")
    write(desk / "huge", "# " + "x" * 100 + "\n")
    result = nc("story.txt", flag, source, house=False)
    assert result.code == 2
    line, = result.err.strip().splitlines()
    assert line.startswith(f"numcheck: error: {source}: ")
    assert needle in line.replace("a baseline must be a regular file", "not a regular file")


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (("--select", ",,,"), "no rule code or name"),
        (("--jobs", "-3"), "at least 1"),
        (("--jobs", "two"), "at least 1"),
    ],
)
def test_bad_flag_values_are_one_line_usage_errors(
    desk: Path, capsys: pytest.CaptureFixture[str], flags: tuple[str, ...], needle: str
) -> None:
    write(desk / "story.txt", "Officials said 40 people died.\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--no-progress", "story.txt", *flags])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert needle in err


def test_a_mistyped_disabled_plugin_name_is_warned_about(
    nc: Runner, desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(desk / "story.txt", "Officials said 40 people died.\n")
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "no-such-plugin")
    result = nc("story.txt", house=False)
    assert result.code == 0
    assert "no plugin named 'no-such-plugin' to disable" in result.err
