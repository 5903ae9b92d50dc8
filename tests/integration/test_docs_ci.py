"""The recipes of docs/users/ci.md run as written, against a local clone of numcheck.

Only the placeholders the page tells readers to fill in are replaced: the
pre-commit ``repo``/``rev`` and the ``NUMCHECK_GIT``/``NUMCHECK_REV`` CI variables
(pointing at a ``git clone`` of this repository), and GitHub's ``base_ref``. The
real pre-commit builds the hook from that clone; the GitHub and GitLab steps run
in a fresh virtualenv where the documented ``pip install`` line installed numcheck.
Slow (two virtualenvs), so marked ``slow``; CI runs it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "users" / "ci.md"
BAD = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
       "Later the toll rose: at least 40 people died in the storm.\n")
GOOD = ("# Storm leaves 34 dead\n\nThe storm killed 34 people on Tuesday.\n\n"
        "Officials said the toll of 34 was final.\n")

pytestmark = pytest.mark.slow


def blocks(language: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return [b.split("\n", 1)[1] for b in text.split("```")[1::2] if b.startswith(language)]


def sh(cwd: Path, *args: str, env: dict[str, str] | None = None,
       check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True,
                            check=False, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"{args}: {result.stdout}\n{result.stderr}")
    return result


def clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NUMCHECK_", "GITHUB_", "GIT_", "PRE_COMMIT", "VIRTUAL_ENV"))}
    env["PRE_COMMIT_HOME"] = str(tmp / "pre-commit-home")
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    return env


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A clone of this repository at HEAD (what a desk's fork would hold)."""
    where = tmp_path_factory.mktemp("numcheck-clone") / "numcheck"
    sh(ROOT, "git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(where))
    rev = sh(where, "git", "rev-parse", "HEAD").stdout.strip()
    return where, rev


def newsroom(tmp: Path, env: dict[str, str]) -> Path:
    work = tmp / "newsroom"
    work.mkdir()
    for args in (("init", "-q", "-b", "main"), ("config", "user.email", "desk@example.org"),
                 ("config", "user.name", "Desk")):
        sh(work, "git", *args, env=env)
    return work


def test_the_precommit_recipe_runs_with_real_precommit(
    tmp_path: Path, clone: tuple[Path, str]
) -> None:
    (config_text,) = [b for b in blocks("yaml") if "hooks: [{id: numcheck}]" in b]
    config: dict[str, Any] = yaml.safe_load(config_text)
    (repo,) = config["repos"]
    assert set(repo) == {"repo", "rev", "hooks"}
    assert repo["hooks"] == [{"id": "numcheck"}]
    repo["repo"], repo["rev"] = str(clone[0]), clone[1]  # the two values the page says to set
    env = clean_env(tmp_path)
    work = newsroom(tmp_path, env)
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (work / "numcheck.toml").write_text('exclude = ["archive/"]\n')
    (work / "draft.md").write_text(BAD)
    (work / "archive").mkdir()
    (work / "archive" / "old.md").write_text(BAD)  # excluded even when pre-commit names it
    sh(work, "git", "add", "-A", env=env)
    result = sh(work, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env,
                check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "draft.md:5:22: NC101" in output
    assert "archive/old.md" not in output
    (work / "draft.md").write_text(GOOD)
    sh(work, "git", "add", "-A", env=env)
    result = sh(work, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env,
                check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def github_steps() -> list[dict[str, Any]]:
    (workflow,) = [b for b in blocks("yaml") if "jobs:" in b and "github.base_ref" in b]
    job: dict[str, Any] = yaml.safe_load(workflow)["jobs"]["numcheck"]
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def substitute(command: str, values: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        return values[match.group(1).strip()]

    command = re.sub(r"\$\{\{([^}]*)\}\}", value, command)
    return " ".join(command.split())  # YAML '>' folding: one line


def test_the_github_and_gitlab_recipes_install_and_run(
    tmp_path: Path, clone: tuple[Path, str]
) -> None:
    env = clean_env(tmp_path)
    venv = tmp_path / "venv"
    sh(tmp_path, sys.executable, "-m", "venv", str(venv))
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    git_url = f"file://{clone[0]}"
    values = {"vars.NUMCHECK_GIT": git_url, "vars.NUMCHECK_REV": clone[1],
              "github.base_ref": "main"}

    # a newsroom repo whose pull request adds a contradiction to a story
    origin = tmp_path / "origin.git"
    sh(tmp_path, "git", "init", "-q", "--bare", "-b", "main", str(origin), env=env)
    work = newsroom(tmp_path, env)
    (work / "stories").mkdir()
    (work / "stories" / "storm.md").write_text(GOOD)
    (work / "stories" / "old.md").write_text(BAD.replace("Storm", "Gale"))  # baselined
    sh(work, "git", "add", "-A", env=env)
    sh(work, "git", "commit", "-q", "-m", "base", env=env)
    sh(work, "git", "remote", "add", "origin", str(origin), env=env)
    sh(work, "git", "push", "-q", "origin", "main", env=env)
    (work / "stories" / "storm.md").write_text(GOOD + "\nLater: at least 40 people died.\n")

    steps = github_steps()
    install = next(s["run"] for s in steps if "pip install" in s.get("run", ""))
    sh(work, "bash", "-c", substitute(install, values), env=env)
    sh(work, "numcheck", "check", "stories/old.md", "--write-baseline",
       "numcheck-baseline.json", env=env)

    check = next(s for s in steps if s.get("name") == "Check the numbers")
    summary = tmp_path / "summary.md"
    step_env = {**env, **check.get("env", {}), "GITHUB_STEP_SUMMARY": str(summary)}
    result = sh(work, "bash", "-c", substitute(check["run"], values), env=step_env,
                check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "::error file=stories/storm.md,line=7," in result.stdout
    assert "file=stories/old.md" not in result.stdout  # in the baseline
    assert "stories/storm.md" in summary.read_text()

    (sarif_block,) = [b for b in blocks("yaml") if "upload-sarif" in b and "sarif_file" in b
                      and "--output-file numcheck.sarif" in b]
    sarif_run = yaml.safe_load(sarif_block)[0]["run"]
    sh(work, "bash", "-c", substitute(sarif_run, values), env=env)
    assert json.loads((work / "numcheck.sarif").read_text())["version"] == "2.1.0"

    (gitlab,) = [b for b in blocks("yaml") if "codequality:" in b and "script:" in b]
    script = yaml.safe_load(gitlab)["numcheck"]["script"]
    gl_env = {**env, "NUMCHECK_GIT": git_url, "NUMCHECK_REV": clone[1]}
    for line in script:
        result = sh(work, "bash", "-c", line, env=gl_env, check=False)
        assert result.returncode in (0, 1), result.stdout + result.stderr
    issues = json.loads((work / "gl-code-quality-report.json").read_text())
    assert any(i["check_name"] == "NC101" for i in issues)
