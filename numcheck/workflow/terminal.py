"""What a person sees: messages by verbosity, colour, and a progress bar on stderr.

rich does the drawing, imported only when a terminal will show something (a
coloured report, or a bar for a run that has lasted ~2 s), so piping numcheck or
checking one article never pays for it. Colour honours ``NO_COLOR`` (off),
``FORCE_COLOR`` (on, even when not a terminal) and ``TERM=dumb``; machine formats
and ``--output-file`` are never coloured, and the bar never goes to stdout.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any, TextIO

from numcheck.workflow.display import escape_controls, escape_name

PROGRESS_DELAY = 2.0  # seconds before a bar appears: short runs stay quiet
STYLES = {  # semantic tokens of the text formats -> rich styles
    "path": "bold", "error": "bold red", "warning": "bold yellow", "info": "bold cyan",
    "code": "bold magenta", "name": "dim", "gutter": "blue", "caret": "bold red",
    "related": "cyan", "fix": "green", "summary": "bold", "quote": "italic",
}


class Messages:
    """``numcheck: level: message`` lines on stderr, filtered by verbosity
    (-1 quiet: errors and warnings only; 0 normal; 1 verbose: also details)."""

    def __init__(self, verbosity: int = 0, stream: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.stream = stream

    def _write(self, level: str, message: str) -> None:
        stream = self.stream or sys.stderr
        print(f"numcheck: {level}: {escape_name(message)}", file=stream)

    def error(self, message: str) -> None:
        self._write("error", message)

    def warning(self, message: str) -> None:
        self._write("warning", message)

    def info(self, message: str) -> None:
        if self.verbosity >= 0:
            self._write("info", message)

    def detail(self, message: str) -> None:
        if self.verbosity >= 1:
            self._write("info", message)


def colour_wanted(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """The no-color.org and force-color.org conventions, then "is it a terminal?"."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def print_styled(segments: Sequence[tuple[str, str]], stream: TextIO) -> None:
    """Text formats' (text, token) segments through rich, in colour."""
    from rich.console import Console
    from rich.text import Text

    text = Text()
    for chunk, token in segments:
        text.append(chunk, style=STYLES.get(token, ""))
    console = Console(file=stream, force_terminal=True, highlight=False, markup=False,
                      emoji=False, soft_wrap=True)
    console.print(text, end="")


class ProgressBar:
    """A callback for Engine.run: a rich bar with ETA on stderr, shown only if the run
    lasts more than ``delay`` seconds, removed when done. After the last document it
    says the cross-document checks (drift) are running until :meth:`close`."""

    def __init__(self, stream: TextIO | None = None, delay: float = PROGRESS_DELAY) -> None:
        self.stream = stream or sys.stderr
        self._lock = threading.Lock()
        self._state = (0, 0, "")
        self._progress: Any = None
        self._task: Any = None
        self._closed = False
        self.shown = threading.Event()  # set once the bar is on screen
        self._timer = threading.Timer(delay, self._start)
        self._timer.daemon = True
        self._timer.start()
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, path: str) -> None:
        with self._lock:
            self._state = (done, total, path)
            if self._progress is not None:
                self._show()

    def _describe(self) -> tuple[str, int | None, int]:
        done, total, path = self._state
        if total and done >= total:
            return "comparing documents (drift)", None, done
        name = escape_controls(os.path.basename(path))[-40:]
        return f"checking {name}", total or None, done

    def _show(self) -> None:
        description, total, done = self._describe()
        self._progress.update(self._task, description=description, total=total,
                              completed=done)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        with self._lock:
            if self._closed:
                return
            console = Console(file=self.stream, highlight=False, markup=False)
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                console=console, transient=True)
            self._task = self._progress.add_task("checking", total=None)
            self._show()
            self._progress.start()
            self.shown.set()

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._progress is not None:
                self._progress.stop()
                self._progress = None


def progress_for(enabled: bool, stream: TextIO | None = None) -> ProgressBar | None:
    """A bar when asked for and stderr is a terminal (never in a pipe or CI log)."""
    stream = stream or sys.stderr
    isatty = getattr(stream, "isatty", None)
    if not enabled or not (isatty and isatty()) or os.environ.get("TERM") == "dumb":
        return None
    return ProgressBar(stream)


__all__ = ["Messages", "ProgressBar", "colour_wanted", "print_styled", "progress_for"]
