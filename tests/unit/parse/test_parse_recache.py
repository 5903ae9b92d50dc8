"""The on-disk cache of compiled patterns: same patterns, any failure means plain re."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.parse import recache

SOURCES = {
    "hedge": (r"(?i)(?<!\w)(?P<gt>more than|over)\s+\Z", 0),
    "unit": (r"(?P<sep>\s+)(?P<u>miles?|km)\b", int(re.IGNORECASE)),
    "plain": (r"\d+(?:,\d{3})*", 0),
}
SAMPLES = ["more than ", "Over  ", " Miles away", " km.", "1,234,567 and 89", ""]


def behaviour(patterns: dict[str, re.Pattern[str]]) -> list[object]:
    out: list[object] = []
    for name in sorted(patterns):
        p = patterns[name]
        out.append((p.pattern, p.flags, dict(p.groupindex), p.groups))
        for text in SAMPLES:
            m = p.search(text)
            out.append(None if m is None else (m.span(), m.lastgroup, m.groups()))
    return out


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def expected() -> list[object]:
    return behaviour({name: re.compile(p, f) for name, (p, f) in SOURCES.items()})


def test_second_compile_loads_the_same_patterns_from_disk(cache: Path) -> None:
    first = recache.compile_patterns(SOURCES)
    files = list(cache.glob("patterns-*.marshal"))
    assert len(files) == 1
    second = recache.compile_patterns(SOURCES)
    assert behaviour(first) == behaviour(second) == expected()


def test_a_corrupt_cache_file_is_ignored(cache: Path) -> None:
    recache.compile_patterns(SOURCES)
    (path,) = cache.glob("patterns-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert behaviour(recache.compile_patterns(SOURCES)) == expected()


@pytest.mark.parametrize("value", ["", "0", "off"])
def test_the_cache_can_be_switched_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert recache.cache_dir() is None
    assert behaviour(recache.compile_patterns(SOURCES)) == expected()
    assert list(tmp_path.rglob("*")) == []


def test_an_unwritable_cache_dir_still_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(blocker / "sub"))
    assert behaviour(recache.compile_patterns(SOURCES)) == expected()


def test_old_files_are_pruned(cache: Path) -> None:
    for i in range(recache.KEEP + 3):
        recache.compile_patterns({"x": (f"a{i}b", 0)})
    assert len(list(cache.glob("patterns-*.marshal"))) == recache.KEEP


def test_parser_reads_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    text = "Nearly 500 troops, about 5,800 people and a 40-mile convoy on Feb. 24, 2022."
    code = (
        "import numcheck\n"
        f"print([(q.text, q.value, q.kind.value, q.unit) for q in numcheck.parse({text!r})])\n"
    )
    outs = []
    for env_value in ("off", str(tmp_path), str(tmp_path)):  # no cache, write, read
        env = {"NUMCHECK_CACHE_DIR": env_value, "PATH": "/usr/bin:/bin"}
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outs.append(run.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert "40-mile" in outs[0]
    assert list(tmp_path.glob("patterns-*.marshal"))


def test_unexpected_internals_switch_the_cache_off(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recache, "_program", lambda pattern, flags: None)
    recache._engine.cache_clear()
    try:
        assert recache._engine() is None
        assert behaviour(recache.compile_patterns(SOURCES)) == expected()
        assert list(cache.iterdir()) == []
    finally:
        monkeypatch.undo()
        recache._engine.cache_clear()
