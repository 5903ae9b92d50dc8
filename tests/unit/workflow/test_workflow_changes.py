"""--changed-since: lines touched since a git revision, untracked files in full."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from numcheck.findings import Location
from numcheck.workflow.changes import GitError, changed_lines, parse_diff

DIFF = """diff --git a/desk/story.md b/desk/story.md
--- a/desk/story.md
+++ b/desk/story.md
@@ -3 +3 @@ intro
-old
+new
@@ -10,0 +11,2 @@
+added one
+added two
@@ -20,2 +21,0 @@
-gone
-gone
diff --git a/old.md b/old.md
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-x
"""


def test_parse_diff_new_side_lines() -> None:
    assert parse_diff(DIFF) == {"desk/story.md": {3, 11, 12}}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "desk@example.org")
    git(tmp_path, "config", "user.name", "Desk")
    (tmp_path / "story.md").write_text("one\ntwo\nthree\nfour\n")
    git(tmp_path, "add", "story.md")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def test_changed_lines_in_a_repo(repo: Path, make_finding) -> None:
    (repo / "story.md").write_text("one\nTWO\nthree\nfour\nfive\n")
    (repo / "draft.md").write_text("all new\n")
    changes = changed_lines("HEAD", cwd=str(repo))
    story = str(repo / "story.md")
    base = make_finding("NC101", "TWO", path=story)
    line2 = dataclasses.replace(base, location=Location(story, 4, 7, 2, 1, 2, 4, "TWO"))
    line3 = dataclasses.replace(base, location=Location(story, 8, 13, 3, 1, 3, 6, "three"))
    draft = make_finding("NC101", "all new", path=str(repo / "draft.md"))
    assert changes.filter([line2, line3, draft]) == [line2, draft]


def test_bad_revision_and_not_a_repo(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(GitError, match="unknown revision 'nope'"):
        changed_lines("nope", cwd=str(repo))
    with pytest.raises(GitError, match="--changed-since"):
        changed_lines("HEAD", cwd=str(tmp_path_factory.mktemp("plain")))


@pytest.mark.parametrize("name", ['say "40".md', "tab\there.md", "new\nline.md",
                                  "back\\slash.md", "café.md"])
def test_names_git_quotes_are_not_dropped(tmp_path: Path, name: str) -> None:
    """Issue 11, item 9: with only such a file changed, its new lines are reported."""
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "desk@example.org")
    git("config", "user.name", "Desk")
    story = tmp_path / name
    story.write_text("one\ntwo\n")
    git("add", "-A")
    git("commit", "-q", "-m", "filed")
    story.write_text("one\ntwo\nthree\n")
    changes = changed_lines("HEAD", cwd=str(tmp_path))
    assert changes.lines == {str(story.resolve()): frozenset({3})}
