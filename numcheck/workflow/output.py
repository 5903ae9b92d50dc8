"""Writing reports and files so that nothing is ever half-written or clobbered.

``--output-file``, ``--write-baseline`` and ``--fix`` all go through
:func:`write_atomic`. A regular file (or a symlink to one: the link stays, its
target is replaced) is written to a temporary file beside it and swapped in with
``os.replace``, so a reader sees the old file or the new one, never a torn one.
A device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a pipe) is written
through, never replaced. A file we may not write is refused, not clobbered.

Temporary files are named ``.<name>.numcheck-<pid>.tmp``: removed on error, on
SIGTERM, and, if a run was killed outright, by the next write to the same target
once process <pid> is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
from collections.abc import Iterator

from numcheck.errors import NumcheckError
from numcheck.workflow.display import escape_name

TEMP_SUFFIX = ".tmp"


class OutputError(NumcheckError):
    """A file numcheck was asked to write cannot be written."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _problem(path: str, err: OSError) -> OutputError:
    return OutputError(f"cannot write {show_path(path)}: {err.strerror or err}")


def show_path(path: str) -> str:
    """A path for a one-line message: undecodable bytes and controls escaped."""
    return escape_name(path)


def _temp_name(target: str, pid: int) -> str:
    directory, name = os.path.split(target)
    return os.path.join(directory, f".{name}.numcheck-{pid}{TEMP_SUFFIX}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(target: str) -> None:
    """Remove temp files a killed numcheck left beside ``target``."""
    directory, name = os.path.split(target)
    pattern = re.compile(re.escape(f".{name}.numcheck-") + r"(\d+)" + re.escape(TEMP_SUFFIX))
    with contextlib.suppress(OSError):
        for entry in os.listdir(directory or "."):
            match = pattern.fullmatch(entry)
            if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(directory, entry))


@contextlib.contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM into an exception while a temp file exists, so it is removed."""
    if sys.platform == "win32" or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def _raise(signum: int, frame: object) -> None:
        raise KeyboardInterrupt("terminated")

    try:
        previous = signal.signal(signal.SIGTERM, _raise)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_atomic(path: str, text: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` safely (see the module doc); OutputError on failure."""
    data = text if isinstance(text, bytes) else text.encode(encoding, "backslashreplace")
    shown = path
    try:
        info: os.stat_result | None = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise _problem(shown, err) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {show_path(shown)}: it is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(shown, path, data)  # /dev/stdout, /dev/null, a FIFO
        return
    if os.path.abspath(path).startswith(("/dev/", "/proc/")):
        _write_through(shown, path, data)  # /dev/stdout, /dev/fd/N: an open descriptor
        return
    target = os.path.realpath(path)  # a symlink's target is replaced, the link kept
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {show_path(shown)}: directory "
                          f"{show_path(directory)} does not exist")
    if info is not None and not writable(target, info):
        raise OutputError(f"cannot write {show_path(shown)}: permission denied "
                          "(the file is read-only)")
    mode = info.st_mode & 0o7777 if info is not None else 0o666 & ~_umask()
    remove_stale_temps(target)
    tmp = _temp_name(target, os.getpid())
    with _terminate_cleanly():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            os.unlink(tmp)  # ours from an earlier write in this process
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as err:
            raise _problem(shown, err) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode)
            if info is not None and hasattr(os, "chown"):
                with contextlib.suppress(OSError):  # keep the owner when we may
                    os.chown(tmp, info.st_uid, info.st_gid)
            os.replace(tmp, target)
        except OSError as err:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise _problem(shown, err) from None
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def writable(target: str, info: os.stat_result) -> bool:
    """May we replace this file? No write bit at all means "keep", even for root
    (who ``os.access`` would let through)."""
    return bool(info.st_mode & 0o222) and os.access(target, os.W_OK)


def _write_through(shown: str, target: str, data: bytes) -> None:
    """A device, FIFO or socket: write into it; it cannot be replaced."""
    try:
        with open(target, "wb") as handle:
            handle.write(data)
    except OSError as err:
        raise _problem(shown, err) from None


def check_writable(path: str) -> None:
    """Fail before any work is done when ``path`` cannot be written."""
    if os.path.abspath(path).startswith(("/dev/", "/proc/")):
        return  # a device or descriptor: writing will tell
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    if os.path.isdir(target):
        raise OutputError(f"cannot write {show_path(path)}: it is a directory")
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {show_path(path)}: directory "
                          f"{show_path(directory)} does not exist")
    if os.path.isfile(target) and not writable(target, os.stat(target)):
        raise OutputError(f"cannot write {show_path(path)}: permission denied "
                          "(the file is read-only)")


def write_stream(text: str, stream: object) -> None:
    """UTF-8 bytes on a text stream whatever the locale; a reader that went away
    (``| head``) ends our output quietly, a full device is a one-line error."""
    if not text:
        return
    name = "stdout" if stream is sys.stdout else "stderr"
    if stream is None:  # started with the descriptor closed (``>&-``)
        raise OutputError(f"cannot write the report to {name}: it is closed")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is None:
            stream.write(text)  # type: ignore[attr-defined]
            stream.flush()  # type: ignore[attr-defined]
            return
        stream.flush()  # type: ignore[attr-defined]
        buffer.write(text.encode("utf-8", "backslashreplace"))
        buffer.flush()
    except BrokenPipeError:
        _silence(stream)
    except OSError as err:
        if err.errno == errno.EPIPE:
            _silence(stream)
            return
        _silence(stream)
        raise OutputError(f"cannot write the report to {name}: {err.strerror or err}") from None


def _silence(stream: object) -> None:
    """Point the stream's descriptor at /dev/null so the interpreter's final flush
    does not fail a second time."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # type: ignore[attr-defined]
        os.close(devnull)


def write_stdout(text: str) -> None:
    write_stream(text, sys.stdout)


def emit(text: str, output_file: str | None) -> None:
    """The report goes to ``output_file`` safely, or to stdout (``-`` or None)."""
    if output_file and output_file != "-":
        write_atomic(output_file, text)
    else:
        write_stdout(text)


__all__ = ["OutputError", "check_writable", "emit", "show_path", "write_atomic",
           "write_stdout", "write_stream"]
