"""Errors that end a run with a one-line message and exit code 2 (never a traceback)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class NumcheckError(Exception):
    """A user-facing error: ``str(err)`` is the whole message, one line."""

    exit_code = EXIT_ERROR


class InputError(NumcheckError):
    """A file that cannot be read as an article (missing, binary, bad encoding)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(NumcheckError):
    """A config file, reference sheet or baseline that is malformed."""
