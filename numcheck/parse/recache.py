"""A disk cache of compiled regular expressions, so a fresh process skips re's compiler.

The lexicon's patterns are large tries; ``re.compile`` parses and compiles them in
Python (~60 ms, most of a fresh ``numcheck parse``), while loading the compiled
program is ~2 ms. :func:`compile_patterns` stores the compiled programs of one
pattern set in one file, keyed by a hash of the patterns and the interpreter's
regex engine version, and rebuilds the patterns from it through ``_sre.compile``,
exactly what ``re.compile`` itself ends with.

That uses CPython internals (``re._parser``, ``re._compiler``, ``_sre``), so every
step is guarded: any error, a missing or corrupt file, an unwritable directory or
another Python simply means compiling with ``re.compile`` as usual, and a probe
pattern must behave exactly like ``re.compile``'s before the cache is used at all.
The engine validates a program before running it. Where: ``$NUMCHECK_CACHE_DIR``
(an empty value, "0" or "off" disables the cache), else ``$XDG_CACHE_HOME/numcheck``,
else ``~/.cache/numcheck``. At most ``KEEP`` files are kept (least recently used go).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

KEEP = 8
FORMAT = 1  # bump when the stored layout changes
_OFF = ("", "0", "off", "false", "no")


def cache_dir() -> Path | None:
    """Where compiled patterns are kept, or None when the cache is off."""
    env = os.environ.get("NUMCHECK_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in _OFF else Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "numcheck"


def compile_patterns(sources: Mapping[str, tuple[str, int]]) -> dict[str, re.Pattern[str]]:
    """``{name: re.compile(pattern, flags)}`` for ``{name: (pattern, flags)}``, from disk
    when this exact pattern set was compiled before by this Python."""
    try:
        engine = _engine()
        folder = cache_dir()
    except Exception:
        engine, folder = None, None
    if engine is None or folder is None:
        return {name: re.compile(p, f) for name, (p, f) in sources.items()}
    items = sorted(sources.values())
    digest = hashlib.sha256(repr((FORMAT, engine, items)).encode("utf-8")).hexdigest()
    path = folder / f"patterns-{digest[:24]}.marshal"
    loaded = _load(path, sources)
    if loaded is not None:
        return loaded
    programs: dict[tuple[str, int], Any] = {}
    out: dict[str, re.Pattern[str]] = {}
    for name, (pattern, flags) in sources.items():
        program = programs.get((pattern, flags))
        if program is None:
            program = programs[(pattern, flags)] = _program(pattern, flags)
        try:
            out[name] = _from_program(pattern, program) if program else re.compile(pattern, flags)
        except Exception:  # not expected: the probe passed; compile the usual way
            programs[(pattern, flags)] = None
            out[name] = re.compile(pattern, flags)
    if all(programs.values()):
        _store(path, [(key, programs[key]) for key in items])
    return out


_PROBE = (r"(?i)(?<![\w$])(?P<sym>US\$|€)\s?(?P<n>\d{1,3}(?:,\d{3})*)(?:\.(\d+))?\b|x+\Z", 0)
_PROBE_TEXTS = ("US$1,500.25 left", "cost €12", "us$ 7", "xxx", "none here", "")


@functools.cache
def _engine() -> tuple[Any, ...] | None:
    """The regex engine's identity; None when its internals are not the expected ones.

    A probe pattern built through the internals must behave exactly like
    ``re.compile`` (groups, flags, matches), else the cache stays off."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _sre = importlib.import_module("_sre")
    if not (callable(getattr(_compiler, "_code", None)) and callable(_parser.parse)):
        return None
    pattern, flags = _PROBE
    program = _program(pattern, flags)
    if program is None:
        return None
    ours, theirs = _from_program(pattern, program), re.compile(pattern, flags)
    if (ours.flags, ours.groupindex, ours.groups) != (
        theirs.flags, theirs.groupindex, theirs.groups,
    ):  # fmt: skip
        return None
    for text in _PROBE_TEXTS:
        if _outcome(ours.search(text)) != _outcome(theirs.search(text)):
            return None
    return (sys.implementation.name, sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)


def _outcome(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.lastgroup)


def _program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, or None on surprise."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints marshal
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for key, index in groupindex.items():
            indexgroup[index] = key
        return (flags | state.flags, code, state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:
        return None


def _from_program(pattern: str, program: tuple[Any, ...]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = importlib.import_module("_sre").compile(
        pattern, flags, code, groups, groupindex, indexgroup
    )
    return compiled


def _load(path: Path, sources: Mapping[str, tuple[str, int]]) -> dict[str, re.Pattern[str]] | None:
    try:
        stored = dict(marshal.loads(path.read_bytes()))
        out = {name: _from_program(p, stored[(p, f)]) for name, (p, f) in sources.items()}
        os.utime(path)  # recently used: kept by the pruning below
        return out
    except Exception:
        return None


def _store(path: Path, programs: list[tuple[tuple[str, int], Any]]) -> None:
    """Write atomically (a concurrent reader sees the old file or the new one), then
    keep the ``KEEP`` most recently used files."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(programs))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        files = sorted(path.parent.glob("patterns-*.marshal"), key=lambda p: p.stat().st_mtime)
        for old in files[:-KEEP]:
            old.unlink(missing_ok=True)
    except Exception:
        return


__all__ = ["KEEP", "cache_dir", "compile_patterns"]
