"""Which files a run reads: directories walked, include globs, gitignore-style excludes.

Files named on the command line are always read (as in ruff), unless
``force_exclude`` is set (pre-commit passes every changed file by name). Inside
directories, a file is read when its name matches an ``include`` glob and neither
an ``exclude`` pattern nor a ``.gitignore``/``.ignore`` file (``respect_ignore``,
on by default) removes it. Patterns are compiled by pathspec (gitignore semantics)
with its RE2 backend, which matches in linear time: ``**a**a**a**b`` cannot
backtrack. Hidden files and directories, ``node_modules``, ``__pycache__`` and
virtual environments are never walked into; what is not a regular file (FIFO,
socket, device) is skipped with a warning, and so is a symbolic link out of the
walked tree unless ``follow_symlinks``. An unreadable directory is an error. The
result is sorted and free of duplicates, so output does not depend on the file
system.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from numcheck.errors import ConfigError, InputError
from numcheck.settings import Settings

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

STDIN = "-"
IGNORE_FILES = (".gitignore", ".ignore")
_NEVER_WALK = frozenset({"node_modules", "__pycache__"})


def _key(path: str) -> str:
    """A path pathspec can match: undecodable bytes of a file name (kept as
    surrogates by os.fsdecode) become U+FFFD, which ``?`` and ``*`` match."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@cache
def compile_patterns(lines: tuple[str, ...], what: str = "exclude") -> GitIgnoreSpec:
    """gitignore lines -> a matcher; a bad pattern (``[z-a]``) is a ConfigError."""
    from pathspec import GitIgnoreSpec

    for line in lines:
        try:
            GitIgnoreSpec.from_lines([line], backend="re2")
        except (re.error, ValueError, TypeError) as err:
            raise ConfigError(f"{what}: bad pattern {line!r}: {err}") from None
    return GitIgnoreSpec.from_lines(list(lines), backend="re2")


def check_patterns(settings: Settings) -> None:
    """Compile ``include`` and ``exclude`` now, so a bad one fails before any walk."""
    compile_patterns(tuple(settings.exclude), "exclude")
    compile_patterns(tuple(_include_lines(settings.include)), "include")


def _include_lines(globs: Sequence[str]) -> list[str]:
    return [glob if "/" in glob else f"**/{glob}" for glob in globs]


def excluded(relpath: str, is_dir: bool, patterns: Sequence[str]) -> bool:
    """gitignore semantics: the last matching pattern decides."""
    path = _key(relpath) + ("/" if is_dir else "")
    return compile_patterns(tuple(patterns)).match_file(path)


def included(relpath: str, globs: Sequence[str]) -> bool:
    return compile_patterns(tuple(_include_lines(globs)), "include").match_file(_key(relpath))


def _relative(path: str, base: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), base)
    if rel.startswith(".."):
        rel = os.path.normpath(path)
    return rel.replace(os.sep, "/")


def _base(settings: Settings) -> str:
    if settings.config_path:
        return os.path.dirname(os.path.abspath(settings.config_path))
    return os.getcwd()


class _Ignores:
    """The ``.gitignore``/``.ignore`` files that apply under one directory: those
    of its parents up to the repository root, then those met while walking."""

    def __init__(self, top: str) -> None:
        self.by_dir: dict[str, list[tuple[str, GitIgnoreSpec]]] = {}
        chain: list[str] = []
        here = os.path.abspath(top)
        while True:
            chain.append(here)
            parent = os.path.dirname(here)
            if os.path.isdir(os.path.join(here, ".git")) or parent == here:
                break
            here = parent
        specs: list[tuple[str, GitIgnoreSpec]] = []
        for directory in reversed(chain[1:]):
            specs.extend(_read_ignores(directory))
        self.by_dir[os.path.abspath(top)] = specs + _read_ignores(os.path.abspath(top))

    def enter(self, directory: str, parent: str) -> None:
        self.by_dir[directory] = self.by_dir.get(parent, []) + _read_ignores(directory)

    def ignored(self, directory: str, path: str, is_dir: bool) -> bool:
        verdict = False
        for base, spec in self.by_dir.get(directory, []):
            rel = _key(os.path.relpath(path, base).replace(os.sep, "/"))
            result = spec.check_file(rel + ("/" if is_dir else ""))
            if result.include is not None:
                verdict = result.include
        return verdict


def _read_ignores(directory: str) -> list[tuple[str, GitIgnoreSpec]]:
    from numcheck.readers.files import read_file

    specs = []
    for name in IGNORE_FILES:
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            continue
        try:
            lines = read_file(path, 1 << 20).decode("utf-8", "replace").splitlines()
            specs.append((directory, compile_patterns(tuple(lines), path)))
        except (InputError, ConfigError):
            continue  # git skips what it cannot read or compile, and so do we
    return specs


def _walk(top: str, settings: Settings, base: str, errors: list[InputError], *,
          respect_ignore: bool, follow_symlinks: bool) -> list[str]:
    found: list[str] = []
    root = os.path.realpath(top)
    ignores = _Ignores(top) if respect_ignore else None

    def unlistable(err: OSError) -> None:
        where = err.filename if isinstance(err.filename, str) else top
        reason = (err.strerror or type(err).__name__).lower()
        errors.append(InputError(where, f"cannot list directory: {reason}"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=unlistable):
        here = os.path.abspath(dirpath)
        keep = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if (name.startswith(".") or name in _NEVER_WALK
                    or os.path.exists(os.path.join(full, "pyvenv.cfg"))
                    or excluded(_relative(full, base), True, settings.exclude)
                    or (ignores is not None and ignores.ignored(here, full, True))):
                continue
            keep.append(name)
            if ignores is not None:
                ignores.enter(os.path.abspath(full), here)
        dirnames[:] = keep
        for name in filenames:
            if name.startswith(".") or name in IGNORE_FILES:
                continue
            full = os.path.normpath(os.path.join(dirpath, name))
            rel = _relative(full, base)
            if not included(rel, settings.include) or excluded(rel, False, settings.exclude):
                continue
            if ignores is not None and ignores.ignored(here, full, False):
                continue
            problem = _not_readable(full, root, follow_symlinks)
            if problem is not None:
                errors.append(InputError(full, problem))
                continue
            found.append(full)
    return found


def _not_readable(path: str, root: str, follow_symlinks: bool) -> str | None:
    """Why a walked entry is skipped (a warning), or None when it is a file to read."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "broken symbolic link, skipped" if os.path.islink(path) else None
    if not stat.S_ISREG(mode):
        return "not a regular file, skipped"
    if os.path.islink(path) and not follow_symlinks:
        target = os.path.realpath(path)
        if os.path.commonpath([root, target]) != root:
            return "symbolic link out of the tree, skipped (--follow-symlinks reads it)"
    return None


def find_files(
    paths: Sequence[str],
    settings: Settings,
    *,
    errors: list[InputError] | None = None,
    force_exclude: bool = False,
    respect_ignore: bool = True,
    follow_symlinks: bool = False,
) -> list[str]:
    """Every file to read, sorted and de-duplicated; ``-`` (stdin) is kept as is.

    A missing path raises InputError; pass ``errors`` to collect those (and the
    warnings about skipped FIFOs, devices and outward symlinks, whose message ends
    in "skipped") instead and go on with the other paths. A bad include or exclude
    pattern is a ConfigError before anything is walked.
    """
    base = _base(settings)
    found: set[str] = set()
    collected: list[InputError] = [] if errors is None else errors
    if any(os.path.isdir(p) for p in paths if p != STDIN) or force_exclude:
        check_patterns(settings)
    for path in paths:
        if path == STDIN:
            found.add(STDIN)
        elif os.path.isdir(path):
            found.update(_walk(path, settings, base, collected,
                               respect_ignore=respect_ignore, follow_symlinks=follow_symlinks))
        elif os.path.exists(path) or os.path.islink(path):
            rel = _relative(path, base)
            if not (force_exclude and excluded(rel, False, settings.exclude)):
                found.add(os.path.normpath(path))
        else:
            error = InputError(path, "no such file or directory")
            if errors is None:
                raise error
            collected.append(error)
    if errors is None and collected:
        raise collected[0]
    return sorted(found)
