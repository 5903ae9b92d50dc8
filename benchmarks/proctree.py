"""Peak resident memory of a process and each of its descendants (Linux /proc).

``measure_tree(cmd)`` runs ``cmd`` and polls its process tree every ``interval``
seconds, keeping each process's ``VmHWM`` (the kernel's own peak RSS, so a peak
between two polls is not missed while the process lives). benchmarks/scale.py uses
it to report the Dask engine's client and its worker processes apart.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any


def _children(pid: int) -> list[int]:
    """Every process whose parent is ``pid`` (from each /proc/N/stat: the per-thread
    ``children`` files miss children whose forking thread has ended)."""
    found: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                fields = handle.read().rpartition(")")[2].split()
        except OSError:
            continue
        if len(fields) > 1 and fields[1] == str(pid):
            found.append(int(entry))
    return found


def _status(pid: int) -> tuple[str, int] | None:
    """(command name, VmHWM in KiB)."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            fields = dict(line.split(":", 1) for line in handle if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            cmdline = handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    return cmdline.strip() or fields["Name"].strip(), int(fields.get("VmHWM", "0 kB").split()[0])


def measure_tree(cmd: Sequence[str], env: Mapping[str, str] | None = None,
                 interval: float = 0.5) -> dict[str, Any]:
    """Run ``cmd``: wall time, stdout, stderr, return code, and the peak RSS (KiB) of
    the root process and of every descendant seen (pid -> (cmdline, KiB))."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(env) if env is not None else None)
    peaks: dict[int, tuple[str, int]] = {}
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            stack = [proc.pid]
            while stack:
                pid = stack.pop()
                try:  # a process may end while it is read: never stop polling
                    status = _status(pid)
                    if status is not None:
                        name, hwm = status
                        peaks[pid] = (name, max(hwm, peaks.get(pid, ("", 0))[1]))
                    stack.extend(_children(pid))
                except (OSError, ValueError, KeyError, IndexError):
                    continue
            stop.wait(interval)

    sampler = threading.Thread(target=poll, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    root = peaks.pop(proc.pid, ("", 0))[1]
    return {"wall": wall, "stdout": out, "err": err.decode(errors="replace"),
            "rc": proc.returncode, "root_kb": root, "children": peaks}
