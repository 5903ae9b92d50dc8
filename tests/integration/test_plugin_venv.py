"""The third-party path as a user walks it: a fresh virtual environment, pip install
numcheck and the numcheck-ap-style plugin from this checkout, then run the CLI.

Needs PyPI (or a mirror) for hatchling, pluggy, pint and regex; marked slow but run
in CI. Installing hatchling first and building with --no-build-isolation saves a
second download of the build backend per package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "numcheck-ap-style"

DRAFT = """\
Storm leaves town in the dark

Officials said 5 people were hurt when the storm hit on Tuesday night.
Over 300 homes lost power, and repairs could cost $2 million.
"""


def _run(
    cmd: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    ok: tuple[int, ...] = (0, 1),
    timeout: float = 240,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)
    if result.returncode not in ok:
        raise AssertionError(f"{' '.join(cmd)} exited {result.returncode}:\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("user") / "venv"
    _run([sys.executable, "-m", "venv", str(where)], ok=(0,))
    pip = [
        str(where / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    _run([*pip, "hatchling>=1.25"], ok=(0,))
    _run([*pip, "--no-build-isolation", str(ROOT), str(PLUGIN)], ok=(0,))
    return where


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK_")}
    env.pop("PYTHONPATH", None)
    env.update(extra)
    return env


def test_installed_plugin_is_listed_and_can_be_blocked(venv: Path, tmp_path: Path) -> None:
    numcheck = str(venv / "bin" / "numcheck")
    listed = json.loads(
        _run([numcheck, "plugins", "--format", "json"], env=_env(), cwd=tmp_path).stdout
    )
    (ap,) = [p for p in listed if p["name"] == "ap-style"]
    assert ap["version"] == "0.1.0"
    assert ap["rules"] == ["AP101", "AP102", "AP103", "AP104", "AP105"]
    assert "numcheck_check_document" in ap["hooks"]
    blocked = _run(
        [numcheck, "plugins", "--format", "json"],
        env=_env(NUMCHECK_DISABLE_PLUGINS="ap-style"),
        cwd=tmp_path,
    )
    assert "ap-style" not in [p["name"] for p in json.loads(blocked.stdout)]


def test_installed_plugin_reports_on_a_draft(venv: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    numcheck = str(venv / "bin" / "numcheck")
    result = _run(
        [numcheck, "check", "draft.txt", "--output-format", "json"], env=_env(), cwd=tmp_path
    )
    findings = json.loads(result.stdout)["findings"]
    mine = {(f["rule"], f["text"]) for f in findings if f["plugin"] == "ap-style"}
    assert ("AP101", "5") in mine
    assert ("AP103", "Over") in mine
    blocked = _run(
        [numcheck, "check", "draft.txt", "--output-format", "json"],
        env=_env(NUMCHECK_DISABLE_PLUGINS="ap-style"),
        cwd=tmp_path,
    )
    assert not [f for f in json.loads(blocked.stdout)["findings"] if f["rule"].startswith("AP")]
