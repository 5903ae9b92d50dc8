"""Writing reports and files so that nothing is ever half-written.

``--output-file``, ``--write-baseline`` and ``--fix`` all go through
:func:`write_atomic`: the bytes land in a temporary file in the target's own
directory (same filesystem) and ``os.replace`` swaps it in, so a reader sees the
old file or the new one, never a torn one, even if numcheck is killed mid-write.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from typing import TYPE_CHECKING

from numcheck.errors import NumcheckError

if TYPE_CHECKING:
    from numcheck.report.base import Report


class OutputError(NumcheckError):
    """A file numcheck was asked to write cannot be written."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in one step; raise OutputError, never a traceback."""
    target = os.path.abspath(path)
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {path}: directory {directory} does not exist")
    if os.path.isdir(target):
        raise OutputError(f"cannot write {path}: it is a directory")
    data = text.encode(encoding)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp",
                                   dir=directory)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {err.strerror}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def check_writable(path: str) -> None:
    """Fail before any work is done when ``path``'s directory is missing."""
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {path}: directory {directory} does not exist")
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a directory")


def write_stdout(text: str) -> None:
    """UTF-8 bytes on stdout whatever the locale, so output is the same everywhere."""
    if not text:
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def emit(text: str, output_file: str | None) -> None:
    """The report goes to ``output_file`` atomically, or to stdout."""
    if output_file and output_file != "-":
        write_atomic(output_file, text)
    else:
        write_stdout(text)


def step_summary_markdown(report: Report, limit: int = 50) -> str:
    """A Markdown table for ``$GITHUB_STEP_SUMMARY``: GitHub shows only 10 annotations
    per level and step, so the job summary lists the findings in full (up to ``limit``)."""
    lines = ["## numcheck", "", report.summary_line(), ""]
    if report.findings:
        lines += ["| File | Line | Rule | Severity | Message |", "|---|---:|---|---|---|"]
        for finding in report.findings[:limit]:
            loc = finding.location
            message = " ".join(finding.message.split()).replace("|", "\\|")
            name = f" {finding.name}" if finding.name else ""
            lines.append(f"| `{loc.path}` | {loc.line} | {finding.rule}{name} | "
                         f"{finding.severity.value} | {message} |")
        if len(report.findings) > limit:
            lines.append(f"\n…and {len(report.findings) - limit} more (see the job log).")
    return "\n".join(lines) + "\n\n"


def step_summary(report: Report, path: str) -> None:
    """Append to the step summary file (GitHub's contract is append, not replace)."""
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(step_summary_markdown(report))
    except OSError as err:
        print(f"numcheck: warning: cannot write the GitHub step summary: {err.strerror}",
              file=sys.stderr)
