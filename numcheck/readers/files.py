"""Reading bytes safely: regular files only, never more than the limit + 1 byte.

A FIFO named ``x.txt`` would block ``open`` forever and ``/dev/zero`` would fill
memory, and ``os.path.getsize`` says 0 for both. So files are opened non-blocking,
checked to be regular files with ``fstat`` on the open descriptor (no race between
check and open), and read at most ``limit + 1`` bytes: one byte more than allowed
is enough to know the input is too big. Every loader that reads a user-named file
(articles, stdin, baselines, reference sheets, config) should read through here.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from numcheck.errors import InputError

DEFAULT_MAX_SIZE = 10 * 1024 * 1024  # the max-file-size default (docs/users/config.md)
_CHUNK = 1 << 16


def too_big(limit: int) -> str:
    return f"larger than the {limit}-byte limit, skipped"


def read_capped(stream: BinaryIO, limit: int | None, path: str) -> bytes:
    """At most ``limit`` bytes from ``stream`` (None or 0: no limit), else InputError."""
    if not limit:
        return stream.read()
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError(path, too_big(limit))
    return b"".join(chunks)


def open_regular(path: str) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file (symlinks followed).

    A directory, FIFO, socket or device is an InputError ending in "skipped" (a
    warning, not a failure); OS errors propagate as OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(path, "is a directory")
        if not stat.S_ISREG(mode):
            raise InputError(path, "not a regular file, skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_file(path: str, limit: int | None = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a regular file, at most ``limit`` (0/None: no limit).

    Problems are one-line InputErrors: "no such file or directory", "is a
    directory", "not a regular file, skipped", "larger than the N-byte limit,
    skipped", "cannot read: <OS reason>".
    """
    try:
        with open_regular(path) as handle:
            return read_capped(handle, limit, path)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as err:
        reason = (err.strerror or type(err).__name__).lower()
        raise InputError(path, f"cannot read: {reason}") from None


__all__ = ["DEFAULT_MAX_SIZE", "open_regular", "read_capped", "read_file", "too_big"]
