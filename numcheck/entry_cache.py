"""The entry points of a group, remembered between processes while the install is unchanged.

Looking for third-party plugins means importing ``importlib.metadata`` (email, csv,
zipfile, socket...) and reading every installed distribution's ``entry_points.txt``:
about 3% of a cold ``numcheck check`` (docs/maintainers/startup.md), spent even when no
plugin is installed, which is nearly always. The command-line process
(:func:`numcheck.cli.run`) therefore keeps what ``importlib.metadata.entry_points(group=)``
listed, as ``(name, value)`` pairs, in a small JSON file of the user's cache directory,
beside a *stamp* of the install it was read from: for every ``sys.path`` directory, the
names of the ``*.dist-info`` / ``*.egg-info`` directories in it (listed afresh each run,
as ``importlib.metadata``'s path finder lists them) with the modification times of each
and of its ``entry_points.txt``; for a zip file on ``sys.path``, its time and size. Other
files in a directory do not count (``python -m numcheck`` puts the working directory,
where stories come and go, on ``sys.path``). A stamp that differs in anything means a
fresh scan, so installing, removing or upgrading a plugin is seen by the next run.

Safe by construction: the file is written to a process-unique temporary name and renamed
over the old one (never read half-written); an unreadable, foreign or damaged file reads as
no cache; a cache directory that cannot be written costs nothing but the saving. A
distribution finder of another kind on ``sys.meta_path`` (one that does not read
``sys.path``) turns the cache off. ``NUMCHECK_CACHE_DIR`` names the directory (empty: no
cache); otherwise ``$XDG_CACHE_HOME/numcheck`` or ``~/.cache/numcheck``. Called in-process
(tests, a CMS), nothing is read or written: :func:`enable` is the process entry point's.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["FILE_NAME", "cache_file", "enable", "enabled", "listed", "stamp", "store"]

FILE_NAME = "entry-points.json"
_FORMAT = 1
#: installs (``sys.path`` lists) remembered at once; the oldest is dropped beyond it
_KEEP = 8
_INFO_SUFFIXES = (".dist-info", ".egg-info")
_enabled = False

Stamp = list[object]
Pairs = tuple[tuple[str, str], ...]


def enable(on: bool = True) -> None:
    """The command-line process may read and write the cache (numcheck.cli.run)."""
    global _enabled
    _enabled = on


def enabled() -> bool:
    return _enabled


def cache_file() -> Path | None:
    """Where the cache lives; None when ``NUMCHECK_CACHE_DIR`` is set and empty."""
    chosen = os.environ.get("NUMCHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) / FILE_NAME if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "numcheck" / FILE_NAME


def _finders_read_sys_path() -> bool:
    """Only the standard path finder finds distributions (it reads ``sys.path``)."""
    import importlib.machinery

    return all(finder is importlib.machinery.PathFinder
               or not hasattr(finder, "find_distributions") for finder in sys.meta_path)


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _entry_stamp(entry: str) -> object:
    """One ``sys.path`` entry: its time, and its distributions' (name, times)."""
    root = entry or "."
    try:
        info = os.stat(root)
    except OSError:
        return None
    if not os.path.isdir(root):  # a zip file: its time and size
        return [info.st_mtime_ns, info.st_size]
    infos: list[list[object]] = []
    try:
        with os.scandir(root) as children:
            for child in children:
                low = child.name.lower()
                if low.endswith(_INFO_SUFFIXES) or low == "egg-info":
                    infos.append([child.name, _mtime(child.path),
                                  _mtime(os.path.join(child.path, "entry_points.txt"))])
    except OSError:
        return [info.st_mtime_ns, None]
    infos.sort(key=lambda item: str(item[0]))
    return infos  # the listing itself, not the directory's time: stories may come and go


def stamp(path: Sequence[str] | None = None) -> Stamp | None:
    """The install as distribution discovery sees it; None when it cannot be told."""
    if not _finders_read_sys_path():
        return None
    return [sys.version, _FORMAT,
            *([entry, _entry_stamp(entry)] for entry in (sys.path if path is None else path))]


def _read(file: Path) -> dict[str, object]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else {}


def _installs(data: dict[str, object]) -> dict[str, object]:
    installs = data.get("installs")
    return installs if isinstance(installs, dict) else {}


def _key() -> str:
    return "\0".join(sys.path)


def listed(group: str, current: Stamp | None) -> Pairs | None:
    """The group's (name, value) pairs remembered for this very install, or None."""
    file = cache_file() if _enabled and current is not None else None
    if file is None:
        return None
    record = _installs(_read(file)).get(_key())
    if not isinstance(record, dict) or record.get("stamp") != current:
        return None
    groups = record.get("groups")
    pairs = groups.get(group) if isinstance(groups, dict) else None
    if not isinstance(pairs, list) or not all(
            isinstance(pair, list) and len(pair) == 2
            and all(isinstance(part, str) for part in pair) for pair in pairs):
        return None
    return tuple((name, value) for name, value in pairs)


def store(group: str, current: Stamp | None, pairs: Iterable[tuple[str, str]]) -> None:
    """Remember the group's pairs for the install ``current`` describes (taken before the
    scan, so a change during it only costs the next run a scan). Never raises."""
    file = cache_file() if _enabled and current is not None else None
    if file is None:
        return
    data = _read(file)
    installs = _installs(data)
    record = installs.pop(_key(), None)
    groups = record.get("groups") if isinstance(record, dict) else None
    if not isinstance(record, dict) or record.get("stamp") != current or not isinstance(
            groups, dict):
        groups = {}
    groups[group] = sorted([name, value] for name, value in pairs)
    installs[_key()] = {"stamp": current, "groups": groups}  # the newest last
    while len(installs) > _KEEP:
        del installs[next(iter(installs))]
    temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"format": _FORMAT, "installs": installs}),
                             encoding="utf-8")
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
