"""``plugin-timeout``: a hanging checker, corpus hook or formatter is stopped and named.

No timed assertions (the machine is shared): a hang that were not stopped would make
the test run forever, which pytest's own timeout in CI or a person notices; what
is asserted is the NC001 finding and that the other plugins' findings survive.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from isolation_helpers import Counts, Finds, Hangs, analysis, engine_with

from numcheck import hookimpl
from numcheck.calls import FormatterError
from numcheck.document import Document
from numcheck.errors import ConfigError
from numcheck.findings import Finding
from numcheck.isolation import CAN_FORK, Supervisor
from numcheck.report.base import Report

TIMEOUT = 1.5  # generous: on a loaded machine a healthy plugin call must never reach it
needs_fork = pytest.mark.skipif(not CAN_FORK, reason="needs os.fork")


@needs_fork
@pytest.mark.parametrize("how", ["loop", "sleep", "regex"])
def test_a_hanging_checker_is_stopped_reported_and_skipped_afterwards(how: str) -> None:
    engine = engine_with(("finds", Finds()), ("hangs", Hangs(how)), timeout=TIMEOUT)
    found = engine.check([analysis("a.txt"), analysis("b.txt")])
    fault, = (f for f in found if f.rule == "NC001")
    assert fault.plugin == "hangs"
    assert f"did not finish within {TIMEOUT:g} s (plugin-timeout)" in fault.message
    assert "numcheck_check_document on a.txt" in fault.message
    assert "skipped for the rest of this run" in fault.message
    assert sorted(f.message for f in found if f.plugin == "finds") == [
        "corpus of 2 with 0 claims", "saw 34", "saw 34"]


@needs_fork
def test_a_hanging_corpus_hook_is_stopped() -> None:
    engine = engine_with(("finds", Finds()), ("hangs", Hangs("regex", corpus=True)),
                         timeout=TIMEOUT)
    found = engine.check([analysis("a.txt")])
    assert [(f.rule, f.plugin) for f in found] == [("NC001", "hangs"), ("TS1", "finds"),
                                                    ("TS1", "finds")]
    assert "in numcheck_check_corpus" in found[0].message


@needs_fork
def test_a_plugin_that_kills_its_worker_is_reported() -> None:
    # a generous timeout: the plugin exits at once, and on a loaded machine a forked
    # worker may take longer than TIMEOUT just to start (reported as a timeout then)
    engine = engine_with(("finds", Finds()), ("exits", Hangs("exit")), timeout=30)
    found = engine.check([analysis("a.txt"), analysis("b.txt")])
    faults = [f.message for f in found if f.rule == "NC001"]
    assert len(faults) == 2  # not a timeout: it is called again on the next document
    assert all("ended numcheck's worker process (exit code 3)" in m for m in faults)
    assert len([f for f in found if f.plugin == "finds"]) == 3


def test_the_thread_fallback_bounds_python_code() -> None:
    engine = engine_with(("finds", Finds()), ("hangs", Hangs("sleep")), timeout=TIMEOUT)
    engine._supervisor = Supervisor(TIMEOUT, processes=False)
    found = engine.check([analysis("a.txt")])
    assert [f.rule for f in found].count("NC001") == 1
    assert len([f for f in found if f.plugin == "finds"]) == 2


@pytest.mark.parametrize("timeout", [0.0, 30.0])
def test_plugin_state_lives_on_between_document_calls(timeout: float) -> None:
    engine = engine_with(("counts", Counts()), timeout=timeout)
    found = engine.check([analysis("a.txt"), analysis("b.txt"), analysis("c.txt")])
    assert [f.message for f in found] == ["call 1", "call 2", "call 3"]


@pytest.mark.parametrize("timeout", [0.0, 30.0])
def test_errors_a_plugin_reports_still_stop_the_run(timeout: float) -> None:
    class Sheet:
        @hookimpl
        def numcheck_check_corpus(self) -> None:
            raise ConfigError("desk.toml: bad figure")

    engine = engine_with(("sheet", Sheet()), timeout=timeout)
    with pytest.raises(ConfigError, match=r"desk\.toml: bad figure"):
        engine.check([analysis()])


@needs_fork
def test_findings_come_back_from_the_worker_intact() -> None:
    plain = engine_with(("finds", Finds()), ("counts", Counts())).check([analysis()])
    isolated = engine_with(("finds", Finds()), ("counts", Counts()), timeout=30.0)
    assert isolated.check([analysis()]) == plain


class Format:
    def __init__(self, result: Any) -> None:
        self.result = result
        self.name = "odd"
        self.description = "misbehaves"

    def render(self, report: Report) -> Any:
        if self.result == "hang":
            time.sleep(3600)
        if isinstance(self.result, BaseException):
            raise self.result
        return self.result


class Offers:
    def __init__(self, formatter: Format) -> None:
        self.formatter = formatter

    @hookimpl
    def numcheck_formatters(self) -> list[Format]:
        return [self.formatter]


def render(result: Any, timeout: float = 0.0) -> str:
    engine = engine_with(("fmt-plugin", Offers(Format(result))), timeout=timeout)
    report = Report(findings=[], rules=engine.rules)
    return str(engine.formatters()["odd"].render(report))


@pytest.mark.parametrize("timeout", [0.0, 30.0])
@pytest.mark.parametrize(("result", "problem"), [
    (None, "returned NoneType, not text"),
    (b"bytes", "returned bytes, not text"),
    (SystemExit(4), "called sys.exit(4)"),
    (ValueError("no"), "raised ValueError at test_engine_timeout.py"),
])
def test_a_failing_formatter_is_an_error_naming_its_plugin(
        result: Any, problem: str, timeout: float) -> None:
    if timeout and not CAN_FORK:
        pytest.skip("needs os.fork")
    with pytest.raises(FormatterError) as info:
        render(result, timeout)
    assert str(info.value).startswith("plugin 'fmt-plugin': output format 'odd' ")
    assert problem in str(info.value)


@needs_fork
def test_a_hanging_formatter_is_stopped() -> None:
    with pytest.raises(FormatterError, match=r"output format 'odd' did not finish within 1\.5 s"):
        render("hang", TIMEOUT)


@pytest.mark.parametrize("timeout", [0.0, 30.0])
def test_a_formatter_that_works_is_untouched(timeout: float) -> None:
    assert render("text\n", timeout) == "text\n"


def test_ctrl_c_while_waiting_for_a_worker_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    supervisor = Supervisor(30.0, processes=False)

    def job(plugin: str, document: Document) -> list[Finding]:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        supervisor.run(["p"], job, (analysis().document,), keep="document")
    assert supervisor._kept == {}


CTRL_C_SCRIPT = """
import os, signal, sys, time
# as in a terminal: Ctrl-C raises KeyboardInterrupt, whatever this test's process
# passed on (SIGINT ignored in a script's background job, or blocked by a library's
# threads in the test process: both are inherited across exec)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
sys.path.insert(0, sys.argv[1])
from isolation_helpers import analysis, engine_with
from numcheck import hookimpl

class Waits:
    @hookimpl
    def numcheck_check_document(self):
        print(os.getpid(), flush=True)  # the worker's pid: the test checks it is gone
        time.sleep(3600)

try:
    engine_with(("waits", Waits()), timeout=600.0).check([analysis()])
except KeyboardInterrupt:
    sys.exit(130)
"""


@needs_fork
def test_ctrl_c_stops_the_run_and_its_worker(tmp_path: Any) -> None:
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    proc = subprocess.Popen([sys.executable, "-c", CTRL_C_SCRIPT, str(Path(__file__).parent)],
                            stdout=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None
    worker = int(proc.stdout.readline())
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    assert proc.wait(timeout=60) == 130
    with pytest.raises(ProcessLookupError):
        os.kill(worker, 0)


def test_a_guarded_formatter_keeps_the_formatters_other_methods() -> None:
    engine = engine_with(("fmt-plugin", Offers(Format("x"))))
    guarded = engine.formatters()["odd"]
    assert guarded.description == "misbehaves"
    assert guarded.result == "x"  # any attribute of the plugin's own object
    with pytest.raises(AttributeError):
        guarded.nothing_like_this  # noqa: B018
