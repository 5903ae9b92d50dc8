"""Whether any installed distribution declares an entry-point group, read without
``importlib.metadata``.

Importing ``importlib.metadata`` (email, csv, zipfile, socket...) is ~3% of a cold
``numcheck check``, and most installs have no third-party numcheck plugin. This scan
reads what ``importlib.metadata.entry_points`` would read (each ``*.dist-info`` and
``*.egg-info`` directory of each ``sys.path`` directory, its ``entry_points.txt``) and
answers "no" only when that is certain; anything it cannot read the same way (a zip or
egg on the path, a meta-path finder with distributions of its own) answers "maybe",
and the caller asks ``importlib.metadata`` as before.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys

__all__ = ["group_declared"]

_INFO = (".dist-info", ".egg-info")


def group_declared(group: str) -> bool:
    """False only when no distribution on ``sys.path`` can declare ``group``."""
    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and hasattr(
                finder, "find_distributions"):
            return True  # distributions from elsewhere: only importlib.metadata knows
    for entry in sys.path:
        if not isinstance(entry, str):
            return True
        root = entry or "."
        if not os.path.isdir(root):
            if os.path.exists(root):
                return True  # a zip or an egg file: read through zipfile there
            continue
        if root.lower().endswith(".egg"):
            return True
        try:
            children = os.listdir(root)
        except OSError:
            continue
        for child in children:
            if child.lower().endswith(_INFO) and _declares(
                    os.path.join(root, child, "entry_points.txt"), group):
                return True
    return False


def _declares(path: str, group: str) -> bool:
    """Whether an ``entry_points.txt`` has a section for ``group`` (any spacing)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return False  # no file (or no directory): no entry points there
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return True  # unreadable here: importlib.metadata decides
    for line in text.splitlines():
        value = line.strip()
        if value.startswith("[") and value.endswith("]") and value.strip("[]").strip() == group:
            return True
    return False
