"""``numcheck plugins`` and ``numcheck rule`` end to end, plus the docs they keep honest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from numcheck import hookspecs
from numcheck.cli import main
from numcheck.commands.rule import REGENERATE, rules_markdown
from numcheck.plugins import call_each, get_plugin_manager
from numcheck.rules import RuleRegistry

ROOT = Path(__file__).parents[2]
HOUSE = """
from numcheck import hookimpl
from numcheck.findings import Rule, Severity

@hookimpl
def numcheck_rules():
    return [Rule("HS1", "house-numerals", Severity.WARNING, "Spell out numbers under ten",
                 "Our house style spells out *one* to *nine*.")]
"""


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NUMCHECK_LOAD_PLUGINS", "")
    monkeypatch.delenv("NUMCHECK_DISABLE_PLUGINS", raising=False)
    monkeypatch.chdir(tmp_path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plugins_lists_builtins_unless_third_party(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plugins")
    assert code == 0
    assert "meta 0.1.0 [built-in]" in out
    assert "  rules: NC001" in out
    assert "drift 0.1.0 [built-in]" in out
    code, out, _ = run(capsys, "plugins", "--third-party")
    assert code == 0
    assert out.startswith("No plugins loaded")


def test_plugins_json_lists_a_plugin_file_with_its_rules(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "house.py").write_text(HOUSE, encoding="utf-8")
    code, out, _ = run(capsys, "plugins", "--third-party", "--plugin", "house.py",
                       "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"name": "house", "version": None, "hooks": ["numcheck_rules"],
                                "rules": ["HS1"], "builtin": False,
                                "source": str(tmp_path / "house.py")}]


def test_local_plugin_file_and_disable_env(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "numcheck_plugins.py").write_text(HOUSE, encoding="utf-8")
    assert "numcheck_plugins" in run(capsys, "plugins", "--third-party")[1]
    monkeypatch.setenv("NUMCHECK_DISABLE_PLUGINS", "numcheck_plugins")
    assert run(capsys, "plugins", "--third-party")[1].startswith("No plugins loaded")


def test_broken_plugin_is_one_line_exit_2(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("import nonexistent_module_xyz\n", encoding="utf-8")
    code, out, err = run(capsys, "plugins", "--plugin", "bad.py")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "bad.py" in err
    assert "ModuleNotFoundError" in err


def test_rule_by_code_and_by_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "house.py").write_text(HOUSE, encoding="utf-8")
    code, by_code, _ = run(capsys, "rule", "HS1", "--plugin", "house.py")
    assert code == 0
    assert by_code.startswith("# HS1 house-numerals\n")
    assert "Our house style spells out *one* to *nine*." in by_code
    assert run(capsys, "rule", "house-numerals", "--plugin", "house.py")[1] == by_code
    data = json.loads(run(capsys, "rule", "hs1", "--plugin", "house.py", "--format", "json")[1])
    assert data["severity"] == "warning"
    assert data["plugin"] == "house"


def test_unknown_rule_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rule", "NC999")
    assert code == 2
    assert out == ""
    assert err == "numcheck: error: unknown rule 'NC999' (numcheck rule --all lists them)\n"


def test_rule_without_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "rule")[0] == 2


def test_rule_all_json_is_sorted(capsys: pytest.CaptureFixture[str]) -> None:
    rules = json.loads(run(capsys, "rule", "--all", "--format", "json")[1])
    codes = [r["code"] for r in rules]
    assert "NC001" in codes
    assert codes == sorted(codes)


# -- docs kept honest ---------------------------------------------------------------


def test_every_hook_is_documented() -> None:
    """datasette's test_docs.py: each hook has a '## hook_name' section with an example."""
    doc = (ROOT / "docs" / "plugins" / "hooks.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", doc, flags=re.M)
    documented = {s.split("(")[0].split("\n")[0].strip(): s for s in sections[1:]}
    hooks = [name for name in dir(hookspecs) if name.startswith("numcheck_")]
    missing = [h for h in hooks if h not in documented]
    assert not missing, f"hooks missing from docs/plugins/hooks.md: {missing}"
    no_example = [h for h in hooks if "```python" not in documented[h]]
    assert not no_example, f"hooks without a Python example: {no_example}"


def builtin_rules_markdown() -> str:
    pm = get_plugin_manager(cwd=Path.cwd())  # built-ins only (see the autouse fixture)
    return rules_markdown(RuleRegistry.from_plugins(call_each(pm, "numcheck_rules")).values())


def test_rules_md_is_current() -> None:
    expected = builtin_rules_markdown()
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, (
        f"docs/rules.md is stale; regenerate it from the repository root with:\n  {REGENERATE}"
    )


def test_output_formats_are_documented() -> None:
    from numcheck.report import collect_formatters

    doc = (ROOT / "docs" / "users" / "output-formats.md").read_text(encoding="utf-8")
    missing = [name for name in collect_formatters(get_plugin_manager())
               if f"## {name}" not in doc]
    assert not missing, f"formats missing from docs/users/output-formats.md: {missing}"


def test_regenerate_command_prints_what_the_docs_test_expects(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rule", "--all", "--isolated", "--format", "markdown")
    assert code == 0
    assert out == builtin_rules_markdown()
