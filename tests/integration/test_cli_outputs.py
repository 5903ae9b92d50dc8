"""What ``numcheck check`` writes, and that it never loses or clobbers it (issue 11).

Baselines written through ``-`` or over unreadable inputs, --fix keeping the
encoding, file names that are not UTF-8, bidi controls, formatters that return
nothing, and config values that used to surface as internal errors.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

HOUSE = Path(__file__).with_name("test_cli_check.py")
STORY = ("# Flood update\n\nOfficials said TODO-12 homes were lost.\n\n"
         "The council confirmed FORBIDDEN figures.\n")


def house_plugin() -> str:
    """The house plugin of test_cli_check.py (TODO-n: HS1 with a fix; FORBIDDEN: HS2)."""
    namespace: dict[str, object] = {}
    source = HOUSE.read_text(encoding="utf-8")
    start = source.index("HOUSE = '''") + len("HOUSE = '''")
    exec(compile("HOUSE = '''" + source[start:source.index("'''", start)] + "'''", "h", "exec"),
         namespace)
    return str(namespace["HOUSE"])


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "house.py").write_text(house_plugin())
    return tmp_path


def nc(cwd: Path, *args: str | bytes, env: dict[str, str] | None = None,
       stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK_")}
    argv: list[str | bytes] = [sys.executable, "-m", "numcheck", *args]
    return subprocess.run(argv, cwd=cwd, env={**base, **(env or {})}, capture_output=True,
                          input=stdin, check=False, timeout=120)


def check(cwd: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return nc(cwd, "check", "--no-progress", "--isolated", "--plugin", "house.py", *args)


def test_write_baseline_dash_prints_it_and_creates_no_file(desk: Path) -> None:
    (desk / "story.md").write_text(STORY)
    result = check(desk, "story.md", "--write-baseline", "-")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)["findings"]
    assert [(e["rule"], e["path"]) for e in entries] == [("HS1", "story.md"), ("HS2", "story.md")]
    assert not (desk / "-").exists()


def test_write_baseline_keeps_the_entries_of_files_it_could_not_read(desk: Path) -> None:
    (desk / "a.md").write_text(STORY)
    (desk / "b.md").write_text(STORY)
    assert check(desk, ".", "--write-baseline", "baseline.json").returncode == 0
    before = json.loads((desk / "baseline.json").read_text())["findings"]
    (desk / "b.md").write_bytes(b"caf\xe9 TODO-3\n")  # not UTF-8: cannot be read
    (desk / "a.md").write_text("Nothing left.\n")
    result = check(desk, ".", "--write-baseline", "baseline.json")
    assert result.returncode == 2
    assert b"b.md: not valid UTF-8" in result.stderr
    after = json.loads((desk / "baseline.json").read_text())["findings"]
    assert after == [e for e in before if e["path"] == "b.md"]  # a.md is clean now
    assert b"kept 2 entries of files not read" in result.stderr


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16-le", codecs.BOM_UTF16_LE),
                                               ("utf-16-be", codecs.BOM_UTF16_BE),
                                               ("utf-8", codecs.BOM_UTF8)])
def test_fix_keeps_the_encoding_and_bom(desk: Path, encoding: str, bom: bytes) -> None:
    story = desk / "story.md"
    story.write_bytes(bom + STORY.encode(encoding))
    result = check(desk, "story.md", "--fix")
    assert b"fixed 1 finding(s)" in result.stderr, result.stderr
    data = story.read_bytes()
    assert data.startswith(bom)
    assert data[len(bom):].decode(encoding) == STORY.replace("TODO-12", "12")


def test_fix_respects_a_read_only_file(desk: Path) -> None:
    story = desk / "story.md"
    story.write_text(STORY)
    story.chmod(0o444)
    result = check(desk, "story.md", "--fix")
    assert result.returncode == 2
    assert b"read-only" in result.stderr
    assert story.read_text() == STORY


FORMATS = ("full", "concise", "json", "jsonl", "sarif", "github", "gitlab", "junit")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_name_that_is_not_utf8_keeps_the_report(desk: Path, fmt: str) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (desk / name).write_text(STORY.replace("FORBIDDEN", "fine"))
    (desk / "other.md").write_text(STORY)
    result = check(desk, ".", "--output-format", fmt)
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode("utf-8")  # valid UTF-8, whatever the names
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out)
    shown = "caf\\xe9.md"  # the undecodable byte, escaped (JSON escapes the backslash)
    forms = (shown, json.dumps(shown)[1:-1], "caf%5Cxe9.md")  # as is, in JSON, in a URI
    assert any(form in out for form in forms)
    assert "other.md" in out


def test_parse_and_write_baseline_with_a_non_utf8_name(desk: Path) -> None:
    (desk / os.fsdecode(b"caf\xe9.md")).write_text(STORY)
    result = nc(desk, "parse", ".", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["path"] == "caf\\xe9.md"
    result = nc(desk, "parse", ".")
    assert result.stdout.decode("utf-8").startswith("caf\\xe9.md:3:")
    assert check(desk, ".", "--write-baseline", "b.json").returncode == 0
    paths = {e["path"] for e in json.loads((desk / "b.json").read_text())["findings"]}
    assert paths == {"caf\\xe9.md"}
    assert check(desk, ".", "--baseline", "b.json").returncode == 0  # and they match again


def test_bidi_controls_and_escapes_in_names_are_shown_escaped(desk: Path) -> None:
    (desk / "evil\u202egnp.md").write_text(STORY)
    for fmt in ("full", "concise"):
        out = check(desk, ".", "--output-format", fmt).stdout.decode()
        assert "\u202e" not in out
        assert "evil\\u202egnp.md:3:16: HS1" in out


def test_a_formatter_that_returns_nothing_is_an_error_naming_it(desk: Path) -> None:
    (desk / "story.md").write_text(STORY)
    (desk / "silent.py").write_text(
        "from numcheck import hookimpl\n\nclass Silent:\n    name = 'silent'\n"
        "    description = 'returns None'\n    def render(self, report):\n        return None\n\n"
        "@hookimpl\ndef numcheck_formatters():\n    return [Silent()]\n")
    result = check(desk, "story.md", "--plugin", "silent.py", "--output-format", "silent")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("numcheck: error: ")
    assert "plugin 'silent'" in err
    assert "returned NoneType" in err
    assert err.count("\n") == 1
    assert result.stdout == b""


@pytest.mark.parametrize(
    ("config", "flags", "needle"),
    [
        ("tolerance = 1\n", (), "bad value for 'tolerance'"),
        ('max-file-size = "infMB"\n', (), "bad value for 'max-file-size'"),
        ('max-file-size = "1e400MB"\n', (), "bad value for 'max-file-size'"),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", (), "nested too deeply"),
        ("", ("--encoding", "rot13"), "unknown text encoding 'rot13'"),
        ("", ("--max-file-size", "infMB"), "not a size"),
    ],
)
def test_config_mistakes_are_one_line_errors_not_internal_ones(
    desk: Path, config: str, flags: tuple[str, ...], needle: str
) -> None:
    (desk / "story.md").write_text(STORY)
    if config:
        (desk / "numcheck.toml").write_text(config)
    result = nc(desk, "check", "--no-progress", "story.md", *flags)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert needle in err
    assert err.count("\n") == 1
    assert "internal error" not in err
