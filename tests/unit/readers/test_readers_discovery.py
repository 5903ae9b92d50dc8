"""find_files: recursive walk, include globs, gitignore-style excludes, sorted output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from numcheck.discovery import excluded, find_files
from numcheck.errors import ConfigError, InputError
from numcheck.settings import Settings

TREE = [
    "b.md", "a.txt", "page.html", "notes.docx", "draft.md.bak",
    "news/one.md", "news/two.txt", "news/old/three.md", "news/build/gen.md",
    ".hidden/secret.md", "node_modules/pkg/readme.md", "venv/lib/x.md", ".dot.md",
    "archive/2020/x.md", "archive/keep.md",
]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("About 5.\n")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_walks_directories_sorted_with_default_includes(tree: Path) -> None:
    assert find_files(["."], Settings()) == [
        "a.txt", "archive/2020/x.md", "archive/keep.md", "b.md", "news/build/gen.md",
        "news/old/three.md", "news/one.md", "news/two.txt", "page.html",
    ]


def test_gitignore_style_excludes(tree: Path) -> None:
    settings = Settings(exclude=("build/", "**/old", "archive/*", "!archive/keep.md", "*.html"))
    assert find_files(["."], settings) == [
        "a.txt", "archive/keep.md", "b.md", "news/one.md", "news/two.txt",
    ]


def test_anchored_pattern_only_matches_from_the_base(tree: Path) -> None:
    settings = Settings(exclude=("/news/one.md", "two.txt"))
    found = find_files(["news"], settings)
    assert found == ["news/build/gen.md", "news/old/three.md"]


def test_include_globs_with_directories(tree: Path) -> None:
    settings = Settings(include=("news/**/*.md",))
    assert find_files(["."], settings) == [
        "news/build/gen.md", "news/old/three.md", "news/one.md"]


def test_named_files_are_always_read_unless_forced(tree: Path) -> None:
    settings = Settings(exclude=("*.bak", "news/"))
    assert find_files(["draft.md.bak", "news/one.md"], settings) == [
        "draft.md.bak", "news/one.md"]
    assert find_files(["draft.md.bak", "news/one.md", "b.md"], settings,
                      force_exclude=True) == ["b.md"]


def test_duplicates_and_stdin(tree: Path) -> None:
    assert find_files(["b.md", "./b.md", "-", "news/../b.md"], Settings()) == ["-", "b.md"]


def test_missing_path_raises_or_is_collected(tree: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.md: no such file or directory"):
        find_files(["b.md", "nope.md"], Settings())
    errors: list[InputError] = []
    assert find_files(["nope.md", "b.md"], Settings(), errors=errors) == ["b.md"]
    assert [e.path for e in errors] == ["nope.md"]


def test_hidden_directory_named_explicitly_is_walked(tree: Path) -> None:
    assert find_files([".hidden"], Settings()) == [".hidden/secret.md"]


def test_patterns_are_relative_to_the_config_file(tree: Path) -> None:
    settings = Settings(exclude=("/one.md",), config_path=str(tree / "news" / "numcheck.toml"))
    assert "news/one.md" not in find_files(["news"], settings)


@pytest.mark.parametrize(
    ("pattern", "path", "is_dir", "expected"),
    [
        ("*.bak", "a/b/c.bak", False, True),
        ("build/", "build", False, False),
        ("build/", "x/build/y.md", False, True),
        ("**/x", "a/b/x", True, True),
        ("a/**/b", "a/b", True, True),
        ("a/**/b", "a/q/r/b", True, True),
        ("doc/*.md", "doc/sub/x.md", False, False),
        ("draft?.md", "draft1.md", False, True),
        ("draft[0-9].md", "drafta.md", False, False),
        ("# comment", "# comment", False, False),
        (r"\#hash.md", "#hash.md", False, True),
    ],
)
def test_pattern_semantics(pattern: str, path: str, is_dir: bool, expected: bool) -> None:
    assert excluded(path, is_dir, [pattern]) is expected


def test_symlink_loops_do_not_hang(tree: Path) -> None:
    os.symlink(tree, tree / "news" / "loop")
    assert "news/one.md" in find_files(["news"], Settings())


def test_gitignore_and_ignore_files_are_respected_by_default(tree: Path) -> None:
    (tree / ".git").mkdir()
    (tree / ".gitignore").write_text("public/\n*.txt\n")
    (tree / "news" / ".ignore").write_text("one.md\n!two.txt\n")
    (tree / "public").mkdir()
    (tree / "public" / "index.html").write_text("<p>About 5</p>")
    found = find_files(["."], Settings())
    assert "public/index.html" not in found
    assert "a.txt" not in found
    assert "news/one.md" not in found
    assert "news/two.txt" in found  # a deeper ignore file re-includes
    everything = find_files(["."], Settings(), respect_ignore=False)
    assert {"public/index.html", "a.txt", "news/one.md"} <= set(everything)


def test_a_parent_gitignore_applies_up_to_the_repository_root(tree: Path) -> None:
    (tree / ".git").mkdir()
    (tree / ".gitignore").write_text("old/\n")
    assert "news/old/three.md" not in find_files(["news"], Settings())


def test_a_bad_exclude_pattern_is_a_config_error_before_walking(tree: Path) -> None:
    with pytest.raises(ConfigError, match=r"exclude: bad pattern '\[z-a\]'"):
        find_files(["."], Settings(exclude=("[z-a]",)))


def test_wildcard_patterns_match_without_backtracking() -> None:
    """``**a**a**a**a**a**a**b`` against runs of ``a``: a backtracking matcher does
    C(n, 6) work (28 steps for 8 letters, 8,008 for 16: about 300x more); a linear
    one does about twice the work for twice the name. Compared by size, not time."""
    import timeit

    pattern = ["**a**a**a**a**a**a**b"]

    def cost(n: int) -> float:
        name = "a" * n
        return min(timeit.repeat(lambda: excluded(name, False, pattern), number=300, repeat=5))

    excluded("warm", False, pattern)
    assert cost(16) < 20 * cost(8)
    assert excluded("a" * 200, False, pattern) is False
