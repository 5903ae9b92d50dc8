"""Which files a run reads: directories walked, include globs, gitignore-style excludes.

Files named on the command line are always read (as in ruff), unless
``force_exclude`` is set (pre-commit passes every changed file by name). Inside
directories, a file is read when its name matches an ``include`` glob and no
``exclude`` pattern removes it. Hidden files and directories, ``node_modules``,
``__pycache__`` and virtual environments are never walked into. The result is
sorted and free of duplicates, so output does not depend on the file system.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from numcheck.errors import InputError
from numcheck.settings import Settings

STDIN = "-"
_NEVER_WALK = frozenset({"node_modules", "__pycache__"})


@dataclass(frozen=True, slots=True)
class Pattern:
    """One gitignore-style line compiled: ``regex`` matches a relative POSIX path."""

    regex: re.Pattern[str]
    negate: bool
    dir_only: bool


def _glob_to_regex(glob: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(glob):
        char = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (close := glob.find("]", i + 2)) != -1:
            body = glob[i + 1:close].replace("\\", "\\\\")
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append(f"[{body}]")
            i = close + 1
            continue
        elif char == "\\" and i + 1 < len(glob):
            out.append(re.escape(glob[i + 1]))
            i += 2
            continue
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


@cache
def compile_pattern(line: str) -> Pattern | None:
    """A gitignore line -> Pattern (None for blanks and ``#`` comments).

    ``!`` negates; a trailing ``/`` matches directories only; a pattern with a ``/``
    elsewhere is anchored at the base directory, one without matches at any depth;
    ``*`` stays within a path segment, ``**`` crosses them.
    """
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    negate = text.startswith("!")
    if negate or text.startswith("\\!"):
        text = text[1:]
    dir_only = text.endswith("/")
    text = text.rstrip("/")
    if not text:
        return None
    anchored = "/" in text
    text = text.lstrip("/")
    body = _glob_to_regex(text)
    prefix = "" if anchored or text.startswith("**/") else "(?:.*/)?"
    return Pattern(re.compile(f"{prefix}{body}(?:/.*)?\\Z", re.S), negate, dir_only)


def excluded(relpath: str, is_dir: bool, patterns: Sequence[str]) -> bool:
    """gitignore semantics: the last matching pattern decides."""
    result = False
    for line in patterns:
        pattern = compile_pattern(line)
        if pattern is None or (pattern.dir_only and not is_dir and not _under(pattern, relpath)):
            continue
        if pattern.regex.match(relpath):
            result = not pattern.negate
    return result


def _under(pattern: Pattern, relpath: str) -> bool:
    """Does a directory-only pattern match one of the file's parent directories?"""
    parent = relpath.rpartition("/")[0]
    while parent:
        if pattern.regex.match(parent):
            return True
        parent = parent.rpartition("/")[0]
    return False


def included(relpath: str, globs: Sequence[str]) -> bool:
    for glob in globs:
        pattern = compile_pattern(glob if "/" in glob else f"**/{glob}")
        if pattern is not None and pattern.regex.match(relpath):
            return True
    return False


def _relative(path: str, base: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), base)
    if rel.startswith(".."):
        rel = os.path.normpath(path)
    return rel.replace(os.sep, "/")


def _base(settings: Settings) -> str:
    if settings.config_path:
        return os.path.dirname(os.path.abspath(settings.config_path))
    return os.getcwd()


def _walk(top: str, settings: Settings, base: str) -> list[str]:
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top):
        keep = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if (name.startswith(".") or name in _NEVER_WALK
                    or os.path.exists(os.path.join(full, "pyvenv.cfg"))
                    or excluded(_relative(full, base), True, settings.exclude)):
                continue
            keep.append(name)
        dirnames[:] = keep
        for name in filenames:
            if name.startswith("."):
                continue
            full = os.path.normpath(os.path.join(dirpath, name))
            rel = _relative(full, base)
            if included(rel, settings.include) and not excluded(rel, False, settings.exclude):
                found.append(full)
    return found


def find_files(
    paths: Sequence[str],
    settings: Settings,
    *,
    errors: list[InputError] | None = None,
    force_exclude: bool = False,
) -> list[str]:
    """Every file to read, sorted and de-duplicated; ``-`` (stdin) is kept as is.

    A missing path raises InputError; pass ``errors`` to collect those instead and
    go on with the other paths.
    """
    base = _base(settings)
    found: set[str] = set()
    for path in paths:
        if path == STDIN:
            found.add(STDIN)
        elif os.path.isdir(path):
            found.update(_walk(path, settings, base))
        elif os.path.exists(path):
            rel = _relative(path, base)
            if not (force_exclude and excluded(rel, False, settings.exclude)):
                found.add(os.path.normpath(path))
        else:
            error = InputError(path, "no such file or directory")
            if errors is None:
                raise error
            errors.append(error)
    return sorted(found)
