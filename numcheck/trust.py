"""Which files may run code in numcheck: the trust rule (docs/users/security.md).

A config file's ``plugins`` and a ``numcheck_plugins.py`` are Python that numcheck
imports. Checking a contributor's story must not run the contributor's code, so a
config file may load plugins only when it is the user's own:

- it was named with ``--config`` (or loaded by ``numcheck.load_settings``), or
- it lies in the working tree numcheck runs from: the git work tree holding the
  current directory, or, outside git, the current directory or one of its
  parents (the config the current directory itself would use), and
- it is owned by the user running numcheck (or by root), as git's
  safe.directory requires: a file planted in a shared directory is not yours,

or the user said so: ``--trust``/``NUMCHECK_TRUST=1`` for one run, or the file (or
a directory above it) is listed in ``NUMCHECK_TRUSTED_PATHS`` or in the user's
trust file (``$XDG_CONFIG_HOME/numcheck/trusted``, one path per line). The rule
is checked on real paths, so a symlink inside the tree cannot vouch for a file
outside it. No git command runs: finding ``.git`` is a walk up the directories.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

from numcheck.settings import Settings

TRUST_ENV = "NUMCHECK_TRUST"
TRUSTED_PATHS_ENV = "NUMCHECK_TRUSTED_PATHS"


def trust_file() -> Path:
    """The user's list of trusted paths (XDG config directory)."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"),
                                                               ".config")
    return Path(base) / "numcheck" / "trusted"


def trust_everything() -> bool:
    """``NUMCHECK_TRUST=1``: the user trusts every config of this run."""
    return os.environ.get(TRUST_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def trusted_paths() -> list[str]:
    """Real paths listed in ``NUMCHECK_TRUSTED_PATHS`` and the user's trust file."""
    entries = [p for p in os.environ.get(TRUSTED_PATHS_ENV, "").split(os.pathsep) if p.strip()]
    from numcheck.errors import InputError
    from numcheck.readers.files import read_file

    try:  # a regular file of at most 1 MiB: a FIFO there must not block every run
        text = read_file(str(trust_file()), 1 << 20).decode("utf-8")
    except (InputError, UnicodeDecodeError):
        text = ""
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return [os.path.realpath(os.path.expanduser(entry.strip())) for entry in entries]


def git_work_tree(start: str) -> str | None:
    """The nearest directory at or above ``start`` holding a ``.git`` entry."""
    current = os.path.realpath(start)
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _inside(path: str, directory: str) -> bool:
    path, directory = os.path.normcase(path), os.path.normcase(directory)
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _ancestors(directory: str) -> Iterator[str]:
    current = directory
    while True:
        yield current
        parent = os.path.dirname(current)
        if parent == current:
            return
        current = parent


def _owner_problem(path: str) -> str | None:
    if not hasattr(os, "geteuid"):  # Windows: no POSIX owners to compare
        return None
    try:
        owner = os.stat(path).st_uid
    except OSError:
        return None  # reading it will fail with its own message
    me = os.geteuid()
    if owner in (me, 0):
        return None
    return f"it is owned by user id {owner}, not by you ({me})"


def untrusted_reason(path: str, cwd: str | None = None) -> str | None:
    """None when the file at ``path`` may run code; otherwise why not (one clause)."""
    real = os.path.realpath(path)
    if trust_everything() or any(_inside(real, entry) for entry in trusted_paths()):
        return None
    here = os.path.realpath(cwd if cwd is not None else os.getcwd())
    tree = git_work_tree(here)
    if tree is not None:
        if not _inside(real, tree):
            return f"it is outside the git work tree you run numcheck from ({tree})"
    elif os.path.dirname(real) not in set(_ancestors(here)):
        return ("it is neither in the current directory nor above it, and the current "
                "directory is in no git work tree")
    return _owner_problem(real)


def remedy(what: str) -> str:
    """How to load it anyway, or do without it (the end of the error message)."""
    return (f"to {what} anyway pass --trust (or set {TRUST_ENV}=1), or add its path to "
            f"{TRUSTED_PATHS_ENV} or {trust_file()}; --isolated ignores config files "
            "and numcheck_plugins.py (see docs/users/security.md)")


def refuse_untrusted_plugins(settings: Settings, config: str, *, trust: bool) -> Settings:
    """A config's settings with its ``plugins`` moved out if numcheck must not trust it.

    The rest of the config (rule selection, severities, ...) is data and applies;
    loading plugins then stops with ``settings.plugins_refused`` (exit 2).
    """
    if trust or not settings.plugins:
        return settings
    reason = untrusted_reason(config)
    if reason is None:
        return settings
    from numcheck.config import display_path

    names = ", ".join(repr(p) for p in settings.plugins)
    message = (f"{display_path(config)}: not loading its plugins ({names}): {reason}; "
               f"{remedy('load them')}")
    return dataclasses.replace(settings, plugins=(), plugins_refused=message)


__all__ = [
    "TRUSTED_PATHS_ENV",
    "TRUST_ENV",
    "git_work_tree",
    "refuse_untrusted_plugins",
    "remedy",
    "trust_everything",
    "trust_file",
    "trusted_paths",
    "untrusted_reason",
]
