"""Plugin calls under a deadline (``plugin-timeout``): workers the engine can stop.

A thread cannot be stopped in Python, and a plugin stuck in C code that holds the
GIL (a catastrophic regular expression is the classic case) would not even let a
watchdog thread run. So, where the platform can fork, plugin calls under a
deadline run in a *forked worker process*: a copy of numcheck made after the
plugins were loaded, killed (SIGKILL) when a call overruns. Forking shares memory
copy-on-write, so starting a worker costs a couple of milliseconds and nothing is
pickled; only requests (a document and its claims) and replies (findings) cross
the pipe. ``Supervisor.run`` runs one call per plugin, in order, each with the
full deadline, and replaces a worker that was killed or died.

Without fork (Windows) a daemon thread runs the calls and an overrunning call is
abandoned: that bounds plugins that return to Python or release the GIL (loops,
sleeps, network waits), not C code that holds it. docs/plugins/hooks.md tells
plugin authors what a worker means for them.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from numcheck.errors import ConfigError, NumcheckError

#: ``job(plugin, *args)``: one plugin's call; its return value must pickle.
Job = Callable[..., object]
Request = tuple[tuple[object, ...], tuple[str, ...]] | None
Reply = tuple[str, tuple[Any, ...]]  # (plugin, ("ok", value) | ("error", ...) | ...)

CAN_FORK = hasattr(os, "fork")


class CallTimedOut(Exception):
    """No reply within the deadline."""


class WorkerGone(Exception):
    """The worker ended without replying (``os._exit``, a signal, out of memory)."""


class Worker(Protocol):
    def submit(self, args: tuple[object, ...], plugins: Sequence[str]) -> None: ...

    def reply(self, timeout: float) -> Reply: ...

    def stop(self) -> None: ...


def is_interrupt(err: BaseException) -> bool:
    """Ctrl-C (possibly inside an exception group): it must stop the run."""
    if isinstance(err, KeyboardInterrupt):
        return True
    return isinstance(err, BaseExceptionGroup) and err.subgroup(KeyboardInterrupt) is not None


def _answer(job: Job, plugin: str, args: tuple[object, ...]) -> tuple[Any, ...]:
    """Run one call and describe its result in picklable terms."""
    try:
        return ("ok", job(plugin, *args))
    except NumcheckError as err:  # a user error the plugin reports: the run stops (exit 2)
        return ("error", type(err).__name__, str(err), err.exit_code)
    except BaseException as err:
        if is_interrupt(err):
            return ("interrupt",)
        return ("crash", f"{type(err).__name__}: {' '.join(str(err).split())[:200]}")


def _serve(receive: Callable[[], Request], send: Callable[[Reply], None], job: Job) -> None:
    while True:
        request = receive()
        if request is None:
            return
        args, plugins = request
        for plugin in plugins:
            answer = _answer(job, plugin, args)
            try:
                send((plugin, answer))
            except Exception as err:  # the value does not pickle
                send((plugin, ("crash", f"its result cannot be sent back ({err})")))


class ProcessWorker:
    """A forked copy of this process serving plugin calls over a pipe."""

    def __init__(self, job: Job) -> None:
        import multiprocessing

        parent, child = multiprocessing.Pipe()
        for stream in (sys.stdout, sys.stderr):  # or the child would write them again
            stream.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child (coverage cannot see it)
            code = 0
            try:
                parent.close()
                # Ctrl-C reaches the whole process group: the parent stops the run
                # and kills this worker; the worker must not die half-way on its own
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                _serve(child.recv, child.send, job)
            except BaseException:
                code = 70
            finally:
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(Exception):
                        stream.flush()
                os._exit(code)
        child.close()
        self.pid = pid
        self._conn = parent

    def submit(self, args: tuple[object, ...], plugins: Sequence[str]) -> None:
        try:
            self._conn.send((args, tuple(plugins)))
        except OSError as err:
            raise WorkerGone(self._status()) from err

    def reply(self, timeout: float) -> Reply:
        if not self._conn.poll(timeout):
            raise CallTimedOut
        try:
            answer: Reply = self._conn.recv()
        except (EOFError, OSError):
            raise WorkerGone(self._status()) from None
        return answer

    def _status(self) -> str:
        """How the worker ended; it closed the pipe, so it is exiting."""
        deadline = time.monotonic() + 2.0
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                if os.WIFSIGNALED(status):
                    return f"killed by signal {os.WTERMSIG(status)}"
                return f"exit code {os.waitstatus_to_exitcode(status)}"
            if time.monotonic() > deadline:
                self.stop()
                return "closed its pipe"
            time.sleep(0.01)

    def stop(self) -> None:
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = 0
        self._conn.close()


class ThreadWorker:
    """Where there is no fork: a daemon thread; an overrunning call is abandoned."""

    def __init__(self, job: Job) -> None:
        self._requests: queue.SimpleQueue[Request] = queue.SimpleQueue()
        self._replies: queue.SimpleQueue[Reply] = queue.SimpleQueue()
        threading.Thread(target=_serve, args=(self._requests.get, self._replies.put, job),
                         name="numcheck-plugin-worker", daemon=True).start()

    def submit(self, args: tuple[object, ...], plugins: Sequence[str]) -> None:
        self._requests.put((args, tuple(plugins)))

    def reply(self, timeout: float) -> Reply:
        try:
            return self._replies.get(timeout=timeout)
        except queue.Empty:
            raise CallTimedOut from None

    def stop(self) -> None:
        self._requests.put(None)  # a thread stuck in a call ends when (if) the call returns


@dataclass(frozen=True)
class Outcome:
    """One plugin's call: its value, or the problem that stopped it."""

    plugin: str
    value: object = None
    problem: str | None = None
    timed_out: bool = False


_ERRORS: dict[str, type[NumcheckError]] = {"ConfigError": ConfigError}


class Supervisor:
    """Runs plugin calls in workers, each call under ``timeout`` seconds."""

    def __init__(self, timeout: float, *, processes: bool = CAN_FORK) -> None:
        self.timeout = timeout
        self.processes = processes
        self._kept: dict[str, Worker] = {}

    def _start(self, job: Job) -> Worker:
        try:
            return ProcessWorker(job) if self.processes else ThreadWorker(job)
        except OSError as err:  # fork refused: process limit, memory
            raise NumcheckError(f"cannot start a worker process for plugin-timeout: "
                                f"{err.strerror or err}") from None

    def run(self, plugins: Sequence[str], job: Job, args: tuple[object, ...] = (),
            *, keep: str | None = None) -> list[Outcome]:
        """``job(plugin, *args)`` for each plugin in order, each under the deadline.

        ``keep`` names a long-lived worker reused across runs (document checks, so a
        plugin's caches survive from one document to the next); without it the
        worker is forked for this run only and sees the caller's data for free.
        """
        outcomes: list[Outcome] = []
        pending = list(plugins)
        while pending:
            worker = self._kept.get(keep) if keep else None
            try:
                if worker is None:
                    raise WorkerGone("not started")
                worker.submit(args, pending)
            except WorkerGone:  # first use, or a kept worker that died while idle
                if worker is not None:
                    self._drop(worker, keep)
                worker = self._start(job)
                if keep:
                    self._kept[keep] = worker
                worker.submit(args, pending)
            try:
                lost = self._collect(worker, pending, outcomes)
            except BaseException:
                self._drop(worker, keep)
                raise
            if lost is not None or not keep:
                self._drop(worker, keep)
            pending = pending[lost + 1:] if lost is not None else []
        return outcomes

    def _collect(self, worker: Worker, pending: list[str],
                 outcomes: list[Outcome]) -> int | None:
        """Replies in order; the index of the call that cost the worker, if one did."""
        for i, plugin in enumerate(pending):
            try:
                name, answer = worker.reply(self.timeout)
            except CallTimedOut:
                outcomes.append(Outcome(plugin, problem=f"did not finish within "
                                        f"{self.timeout:g} s (plugin-timeout)", timed_out=True))
                return i
            except WorkerGone as gone:
                outcomes.append(Outcome(plugin, problem=f"ended numcheck's worker process "
                                        f"({gone})"))
                return i
            if name != plugin:  # pragma: no cover - the protocol keeps them in order
                raise RuntimeError(f"worker answered for {name!r}, expected {plugin!r}")
            outcomes.append(_outcome(plugin, answer))
        return None

    def _drop(self, worker: Worker, keep: str | None) -> None:
        worker.stop()
        if keep and self._kept.get(keep) is worker:
            del self._kept[keep]

    def close(self) -> None:
        """Stop the long-lived workers (the end of a run)."""
        for worker in self._kept.values():
            worker.stop()
        self._kept.clear()


def _outcome(plugin: str, answer: tuple[Any, ...]) -> Outcome:
    kind = answer[0]
    if kind == "ok":
        return Outcome(plugin, value=answer[1])
    if kind == "error":
        _, name, message, _code = answer
        if name == "InputError":
            raise NumcheckError(message)
        raise _ERRORS.get(name, NumcheckError)(message)
    if kind == "interrupt":
        raise KeyboardInterrupt
    return Outcome(plugin, problem=f"failed in numcheck's worker process: {answer[1]}")


__all__ = ["CAN_FORK", "Outcome", "Supervisor", "is_interrupt"]
