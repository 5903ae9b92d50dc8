"""Config discovery, validation and CLI-over-config resolution."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from numcheck.config import (
    ConfigResolver,
    Overrides,
    apply_overrides,
    find_config,
    load_config,
    settings_from_file,
    settings_to_json,
)
from numcheck.errors import ConfigError
from numcheck.findings import Severity


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_read(project: Path) -> None:
    write(project / "pyproject.toml", """
[tool.numcheck]
select = ["NC1", "NC3"]
ignore = ["NC101"]
fail-on = "warning"
tolerance = 0.05
start-date = 2022-02-24
[tool.numcheck.severity]
NC301 = "info"
[tool.numcheck.per-file-ignores]
"wires/*.txt" = ["NC4"]
""")
    settings = settings_from_file(find_config(str(project / "story.md")))
    assert settings.select == ("NC1", "NC3")
    assert settings.ignore == ("NC101",)
    assert settings.fail_on is Severity.WARNING
    assert settings.tolerance == 0.05
    assert settings.start_date == "2022-02-24"
    assert settings.severity == (("NC301", Severity.INFO),)
    assert settings.per_file_ignores == (("wires/*.txt", ("NC4",)),)


def test_pyproject_without_table_is_skipped_for_a_parent(project: Path) -> None:
    write(project / "numcheck.toml", 'select = ["NC2"]\n')
    write(project / "desk" / "pyproject.toml", "[project]\nname = 'x'\n")
    found = find_config(str(project / "desk" / "story.md"))
    assert found == str(project / "numcheck.toml")


def test_nearest_config_wins_without_cascade(project: Path) -> None:
    write(project / "numcheck.toml", 'ignore = ["NC3"]\ntolerance = 0.2\n')
    write(project / "desk" / ".numcheck.toml", 'select = ["NC1"]\n')
    resolver = ConfigResolver()
    near = resolver.settings_for(str(project / "desk" / "a.md"))
    far = resolver.settings_for(str(project / "b.md"))
    assert near.select == ("NC1",)
    assert near.ignore == ()  # the parent's ignore does not cascade
    assert near.tolerance == 0.10
    assert far.tolerance == 0.2


def test_dot_file_beats_plain_beats_pyproject_in_one_directory(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.numcheck]\ntolerance = 0.3\n")
    write(project / "numcheck.toml", "tolerance = 0.2\n")
    assert find_config(str(project / "x.md")) == str(project / "numcheck.toml")
    write(project / ".numcheck.toml", "tolerance = 0.1\n")
    assert find_config(str(project / "x.md")) == str(project / ".numcheck.toml")


def test_extend_inherits_and_child_wins(project: Path) -> None:
    write(project / "numcheck.toml", """
tolerance = 0.2
extend-select = ["AP"]
reference = ["facts.toml"]
[severity]
NC1 = "error"
NC2 = "info"
""")
    write(project / "desk" / "numcheck.toml", """
extend = "../numcheck.toml"
tolerance = 0.05
extend-select = ["CC"]
[severity]
NC2 = "warning"
""")
    values = load_config(str(project / "desk" / "numcheck.toml"))
    assert values["tolerance"] == 0.05
    assert values["extend_select"] == ("AP", "CC")
    assert dict(values["severity"]) == {"NC1": Severity.ERROR, "NC2": Severity.WARNING}
    # paths stay relative to the file that wrote them
    assert values["reference"] == (str(project / "facts.toml"),)


def test_extend_loop_is_an_error(project: Path) -> None:
    write(project / "a.toml", 'extend = "b.toml"\n')
    write(project / "b.toml", 'extend = "a.toml"\n')
    with pytest.raises(ConfigError, match="loops back"):
        load_config(str(project / "a.toml"))


def test_unknown_key_names_file_key_and_suggestion(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.numcheck]\ntolerence = 0.1\n")
    with pytest.raises(ConfigError) as err:
        settings_from_file(find_config(str(project)))
    assert str(err.value) == (
        "pyproject.toml: unknown key 'tolerence' in [tool.numcheck] "
        "(did you mean 'tolerance'?)"
    )


def test_snake_case_key_points_to_kebab(project: Path) -> None:
    write(project / "numcheck.toml", 'fail_on = "error"\n')
    with pytest.raises(ConfigError, match=r"unknown key 'fail_on' \(did you mean 'fail-on'\?\)"):
        load_config(str(project / "numcheck.toml"))


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("tolerance = 1.5", "'tolerance'"),
        ("tolerance = true", "'tolerance'"),
        ('fail-on = "fatal"', "one of info, warning, error"),
        ('select = "NC1"', "a list of strings"),
        ('select = [" "]', "rule codes"),
        ('start-date = "24 Feb"', "YYYY-MM-DD"),
        ('boilerplate = ["(unclosed"]', "valid regular expression"),
        ('max-file-size = "lots"', "size"),
        ("plugins = 3", "a table"),
        ('[severity]\nNC1 = "loud"', "in [severity]"),
    ],
)
def test_bad_values_are_one_line_errors(project: Path, line: str, fragment: str) -> None:
    write(project / "numcheck.toml", line + "\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(project / "numcheck.toml"))
    message = str(err.value)
    assert message.startswith("numcheck.toml: ")
    assert fragment in message
    assert "\n" not in message


def test_malformed_toml_is_one_line(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.numcheck\nselect = [\n")
    with pytest.raises(ConfigError) as err:
        ConfigResolver().settings_for(str(project / "a.md"))
    assert str(err.value).startswith("pyproject.toml: invalid TOML")
    assert "\n" not in str(err.value)


def test_plugins_list_and_table_forms(project: Path) -> None:
    write(project / "numcheck.toml", 'plugins = ["house.py", "numcheck_ap_style"]\n')
    values = load_config(str(project / "numcheck.toml"))
    assert values["plugins"] == (str(project / "house.py"), "numcheck_ap_style")
    write(project / "numcheck.toml", """
[plugins]
load = ["house.py"]
[plugins.ap]
strict = true
""")
    values = load_config(str(project / "numcheck.toml"))
    assert values["plugins"] == (str(project / "house.py"),)
    assert values["plugin_options"] == {"ap": {"strict": True}}


def test_cli_select_starts_afresh_and_cli_extends_otherwise(project: Path) -> None:
    write(project / "numcheck.toml", 'select = ["NC1", "NC2"]\nignore = ["NC201"]\n')
    base = settings_from_file(str(project / "numcheck.toml"))
    fresh = apply_overrides(base, Overrides(select=("NC201",)))
    assert fresh.select == ("NC201",)
    assert fresh.ignore == ()
    stacked = apply_overrides(base, Overrides(ignore=("NC102",), extend_select=("NC201",)))
    assert stacked.select == ("NC1", "NC2")
    assert stacked.ignore == ("NC102",)  # --extend-select NC201 lifts the config's ignore
    assert stacked.extend_select == ("NC201",)


def test_forced_and_isolated(project: Path) -> None:
    write(project / "numcheck.toml", "tolerance = 0.2\n")
    write(project / "other.toml", "tolerance = 0.3\n")
    assert ConfigResolver(config="other.toml").settings_for("x.md").tolerance == 0.3
    assert ConfigResolver(isolated=True).settings_for("x.md").tolerance == 0.10
    with pytest.raises(ConfigError, match="not found"):
        ConfigResolver(config="missing.toml")


def test_settings_to_json_is_plain(project: Path) -> None:
    write(project / "numcheck.toml",
          '[severity]\nNC1 = "info"\n[per-file-ignores]\n"a/*" = ["NC2"]\n')
    data = settings_to_json(settings_from_file(str(project / "numcheck.toml")))
    assert data["severity"] == {"NC1": "info"}
    assert data["per_file_ignores"] == {"a/*": ["NC2"]}
    assert data["fail_on"] == "error"
    assert data["config_path"] == os.path.abspath("numcheck.toml")
