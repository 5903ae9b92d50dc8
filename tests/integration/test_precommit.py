"""The real ``pre-commit`` tool runs numcheck's hook on a temporary git repo.

The fast test builds a ``repo: local`` hook from this repository's own
``.pre-commit-hooks.yaml`` (same id, entry arguments, file types, serial run),
swapping only ``language: python`` for ``system`` so it runs offline with the
installed numcheck; the docs' ``repo: local`` recipe must match that manifest.
tests/integration/test_docs_ci.py runs the documented remote-repo recipe, which
builds numcheck from a clone into pre-commit's own virtualenv.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BAD_DRAFT = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
             "Later the toll rose: at least 40 people died in the storm.\n")
GOOD_DRAFT = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
              "Officials said the toll of 34 was final.\n")


def run(cwd: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True,
                          check=False, timeout=600)


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NUMCHECK_", "GITHUB_", "GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    work = tmp_path / "newsroom"
    work.mkdir()
    for args in (("init", "-q"), ("config", "user.email", "desk@example.org"),
                 ("config", "user.name", "Desk")):
        subprocess.run(["git", *args], cwd=work, check=True, capture_output=True)
    return work, env


def manifest_hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    return dict(hook)


def test_manifest_declares_a_serial_python_hook() -> None:
    hook = manifest_hook()
    assert hook["id"] == "numcheck"
    assert hook["language"] == "python"
    assert str(hook["entry"]).startswith("numcheck check")
    assert hook["require_serial"] is True
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}  # type: ignore[arg-type]


def test_precommit_fails_on_a_bad_draft_then_passes(repo: tuple[Path, dict[str, str]]) -> None:
    work, env = repo
    hook = manifest_hook()
    command = str(hook["entry"]).split()
    assert command[0] == "numcheck"
    hook["entry"] = shlex.join([sys.executable, "-m", "numcheck", *command[1:]])
    hook["language"] = "system"
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (work / "numcheck.toml").write_text('exclude = ["archive/"]\n')
    (work / "draft.md").write_text(BAD_DRAFT)
    (work / "archive").mkdir()
    (work / "archive" / "old.md").write_text(BAD_DRAFT)  # excluded even when named
    (work / "notes.py").write_text("x = 34  # not copy: the hook does not see it\n")
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, capture_output=True)

    result = run(work, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "numcheck" in result.stdout
    assert "Failed" in result.stdout
    assert "draft.md:5:22: NC101" in result.stdout
    assert "archive/old.md" not in result.stdout
    assert "Traceback" not in result.stdout + result.stderr

    (work / "draft.md").write_text(GOOD_DRAFT)
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, capture_output=True)
    result = run(work, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_the_documented_local_hook_matches_the_manifest() -> None:
    doc = (ROOT / "docs" / "users" / "ci.md").read_text(encoding="utf-8")
    (local,) = [b.split("\n", 1)[1] for b in doc.split("```")[1::2]
                if b.startswith("yaml") and "repo: local" in b]
    (hook,) = yaml.safe_load(local)["repos"][0]["hooks"]
    manifest = manifest_hook()
    for key in ("id", "entry", "types_or", "require_serial"):
        assert hook[key] == manifest[key], key
    assert hook["language"] == "system"
