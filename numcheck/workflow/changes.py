"""Lines a git change touched, for ``numcheck check --changed-since REV``.

Only the report is narrowed: every document is still read and checked, so drift
between sources is computed against the whole set, and a finding is kept when its
primary span touches a line that changed since REV (working tree included).
Untracked files count as entirely changed (a new draft is all new).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from numcheck.errors import NumcheckError
from numcheck.findings import Finding

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class GitError(NumcheckError):
    """git is missing, this is not a repository, or REV does not exist."""


def _git(args: list[str], cwd: str) -> str:
    try:
        result = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                                capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, and git is not installed") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"git exited with {result.returncode}"
        raise GitError(f"--changed-since: {detail}")
    return result.stdout.decode("utf-8", "surrogateescape")


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def unquote(name: str) -> str:
    """A path as git prints it in a diff header: C-quoted ("a\\tb.md", octal bytes)
    when it holds a quote, tab, newline, backslash or a control, else as is."""
    if not (len(name) >= 2 and name[0] == name[-1] == '"'):
        return name
    out = bytearray()
    body, i = name[1:-1], 0
    while i < len(body):
        char = body[i]
        if char != "\\":
            out += char.encode("utf-8", "surrogateescape")
            i += 1
        elif body[i + 1:i + 4].isdigit() and len(body[i + 1:i + 4]) == 3:
            out.append(int(body[i + 1:i + 4], 8) & 0xFF)
            i += 4
        else:
            out.append(_ESCAPES.get(body[i + 1:i + 2], ord(body[i + 1:i + 2] or "\\")))
            i += 2
    return out.decode("utf-8", "surrogateescape")


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Repo-relative path -> changed line numbers (new side) from ``git diff -U0``."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.split("\n"):
        if line.startswith("+++ "):
            target = unquote(line[4:].rstrip("\t"))
            if target == "/dev/null":
                current = None
            else:
                path = target[2:] if target.startswith("b/") else target
                current = changed.setdefault(path, set())
        elif current is not None and (match := _HUNK.match(line)):
            start = int(match.group(1))
            count = int(match.group(2)) if match.group(2) is not None else 1
            current.update(range(start, start + count))
    return changed


@dataclass(frozen=True)
class ChangedLines:
    """Absolute path -> changed lines; ``None`` for a file that is new in full."""

    lines: Mapping[str, frozenset[int] | None]

    def touches(self, finding: Finding) -> bool:
        loc = finding.location
        key = os.path.realpath(loc.path)
        if key not in self.lines:
            return False
        lines = self.lines[key]
        return lines is None or any(n in lines for n in range(loc.line, loc.end_line + 1))

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if self.touches(f)]


def changed_lines(rev: str, cwd: str | None = None) -> ChangedLines:
    """Lines changed between REV and the working tree, plus untracked files."""
    if rev.startswith("-"):
        raise GitError(f"--changed-since: {rev!r} is not a revision")
    where = cwd or os.getcwd()
    top = _git(["rev-parse", "--show-toplevel"], where).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], where)
    except GitError:
        raise GitError(f"--changed-since: unknown revision {rev!r}") from None
    # -z: the exact names of the changed files, whatever bytes they hold; the patch
    # (whose headers git C-quotes) only says which lines changed in each
    names = _git(["diff", "-z", "--name-only", "--no-renames", rev, "--"], top)
    diff = _git(["diff", "--no-color", "--no-ext-diff", "-U0", "--no-renames", rev, "--"], top)
    hunks = parse_diff(diff)
    lines: dict[str, frozenset[int] | None] = {
        os.path.realpath(os.path.join(top, path)): frozenset(hunks.get(path, ()))
        for path in filter(None, names.split("\0"))
    }
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    for path in filter(None, untracked.split("\0")):
        lines[os.path.realpath(os.path.join(top, path))] = None
    return ChangedLines(lines)
