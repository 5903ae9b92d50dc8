"""Plugin isolation: exits, interrupts, malformed findings, read-only views, setup hooks."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path
from typing import Any

import pytest
from isolation_helpers import (
    Clears,
    Exits,
    Finds,
    Interrupts,
    Returns,
    analysis,
    engine_with,
    loc,
    messages,
)

from numcheck import hookimpl
from numcheck.document import Document
from numcheck.engine import Engine, worker_count
from numcheck.errors import ConfigError
from numcheck.findings import Finding, Fix, Location, Replacement
from numcheck.plugins import get_plugin_manager
from numcheck.settings import Settings


@pytest.mark.parametrize("code", [0, 7, None, "bye"])
def test_sys_exit_in_a_checker_is_nc001_and_the_run_goes_on(code: object) -> None:
    engine = engine_with(("finds", Finds()), ("quitter", Exits(code)))
    found = engine.check([analysis("a.txt"), analysis("b.txt")])
    faults = [f for f in found if f.rule == "NC001"]
    assert {f.plugin for f in faults} == {"quitter"}
    assert any(f"called sys.exit({code!r})" in f.message
               and "numcheck_check_document on a.txt" in f.message for f in faults)
    assert any("numcheck_check_corpus" in f.message for f in faults)
    # the well-behaved plugin's findings, per document and per corpus, are all there
    assert sorted(f.message for f in found if f.plugin == "finds") == [
        "corpus of 2 with 0 claims", "saw 34", "saw 34"]


@pytest.mark.parametrize("error", [
    KeyboardInterrupt(),
    BaseExceptionGroup("many", [ValueError("x"), KeyboardInterrupt()]),
])
def test_ctrl_c_inside_a_plugin_still_stops_the_run(error: BaseException) -> None:
    engine = engine_with(("finds", Finds()), ("ctrl-c", Interrupts(error)))
    with pytest.raises(type(error)):
        engine.check([analysis()])


def test_other_base_exceptions_are_plugin_faults() -> None:
    engine = engine_with(("gen", Interrupts(GeneratorExit("odd"))))
    assert "raised GeneratorExit" in engine.check([analysis()])[0].message


def bad_findings(document: Document) -> list[object]:
    good = loc(document, "34 people")
    return [
        Finding("TS1", "kept", good),
        Finding("TS1", "related is a list of strings", good, related=["x"]),  # type: ignore[arg-type]
        Finding("TS1", "line is text", dataclasses.replace(good, line="1")),  # type: ignore[arg-type]
        Finding("TS1", "past the end", dataclasses.replace(good, end=10_000)),
        Finding("TS1", "a bool line", dataclasses.replace(good, line=True)),
        Finding(42, "rule is a number", good),  # type: ignore[arg-type]
        Finding("TS1", "fix", good, fix=Fix("f", [Replacement(0, 99_999, "x")])),  # type: ignore[arg-type]
        Finding("TS1", "fix content", good, fix=Fix("f", (Replacement(0, 1, None),))),  # type: ignore[arg-type]
        Finding("TS1", "quote", good, in_quote="yes"),  # type: ignore[arg-type]
        Finding("TS1", "location", None),  # type: ignore[arg-type]
    ]


def test_malformed_findings_are_rejected_and_their_siblings_kept() -> None:
    engine = engine_with(("sloppy", Returns(bad_findings)), ("finds", Finds()))
    found = engine.check([analysis()])
    kept = [f.message for f in found if f.rule == "TS1"]
    assert sorted(kept) == ["corpus of 1 with 0 claims", "kept", "saw 34"]
    problems = sorted(f.message for f in found if f.rule == "NC001")
    expected = [
        "Finding.fix.replacements[0] offsets 0..99999 are outside the document",
        "Finding.fix.replacements[0].content is NoneType, not str",
        "Finding.in_quote is str, not bool",
        "Finding.location ends at 10000, past the end of the document (65 characters)",
        "Finding.location is NoneType, not a Location",
        "Finding.location.line is bool, not int",
        "Finding.location.line is str, not int",
        "Finding.related[0] is str, not a Location",
        "Finding.rule is int, not str",
    ]
    assert len(problems) == len(expected)
    for problem in expected:
        assert any(problem in message and "plugin 'sloppy'" in message
                   and "(finding rejected)" in message for message in problems), problem


def test_accepted_findings_are_plain_and_hashable() -> None:
    class Sub(Finding):
        pass

    def one(document: Document) -> list[Finding]:
        where = loc(document, "34 people")
        return [Sub("TS1", "sub", where, related=[where])]  # type: ignore[arg-type]

    finding, = engine_with(("sub", Returns(one))).check([analysis()])
    assert type(finding) is Finding
    assert finding.related == (finding.location,)
    assert hash(finding)


@pytest.mark.parametrize(("value", "shown"), [(5, "int"), ("TS1", "str"), ({"rule": 1}, "dict"),
                                          (b"x", "bytes")])
def test_a_return_value_that_is_not_findings_is_nc001(value: object, shown: str) -> None:
    fault, = engine_with(("odd", Returns(value))).check([analysis()])
    assert f"returned {shown}, not an iterable of Findings" in fault.message


def test_returning_none_or_nothing_is_fine() -> None:
    assert engine_with(("none", Returns(None)), ("empty", Returns(()))).check([analysis()]) == []


def test_corpus_plugins_get_read_only_views() -> None:
    clears = Clears()
    engine = engine_with(("a-clears", clears), ("finds", Finds()))
    claimed = dataclasses.replace(analysis(), claims=("c1", "c2"))  # type: ignore[arg-type]
    found = engine.check_corpus([claimed, analysis("b.txt")])
    assert clears.errors == ["AttributeError", "AttributeError", "TypeError"]
    assert messages(found) == [("TS1", "finds", "corpus of 2 with 2 claims")]


def test_document_plugins_get_a_tuple_of_claims() -> None:
    seen: list[type] = []

    class Looks:
        @hookimpl
        def numcheck_check_document(self, claims: Any) -> None:
            seen.append(type(claims))

    engine_with(("looks", Looks())).check_document(analysis())
    assert seen == [tuple]


def test_a_corpus_finding_must_fit_the_document_it_names() -> None:
    class Far:
        @hookimpl
        def numcheck_check_corpus(self, documents: Any) -> list[Finding]:
            where = Location(documents[0].path, 500, 600, 9, 1, 9, 2, "x")
            return [Finding("TS1", "far", where)]

    fault, = engine_with(("far", Far())).check([analysis()])
    assert "past the end of the document" in fault.message


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.mark.parametrize("body", ["import sys\nsys.exit(0)\n", "raise SystemExit(7)\n"])
def test_sys_exit_at_import_is_a_config_error_naming_the_file(tmp_path: Path, body: str) -> None:
    path = write(tmp_path, "quits.py", body)
    with pytest.raises(ConfigError, match=r"plugin file .*quits\.py.* failed to import: "
                                          r"SystemExit"):
        get_plugin_manager(Settings(plugins=(str(path),)), load_entrypoints=False)


def test_ctrl_c_at_import_is_not_swallowed(tmp_path: Path) -> None:
    path = write(tmp_path, "ctrlc.py", "raise KeyboardInterrupt\n")
    with pytest.raises(KeyboardInterrupt):
        get_plugin_manager(Settings(plugins=(str(path),)), load_entrypoints=False)


class Setup:
    def __init__(self, hook: str, value: Any) -> None:
        self.value = value
        setattr(self, hook, self._make(hook))

    def _make(self, hook: str) -> Any:
        def impl() -> Any:
            if isinstance(self.value, BaseException):
                raise self.value
            return self.value
        impl.__name__ = hook
        return hookimpl(impl)


@pytest.mark.parametrize(("hook", "value", "message"), [
    ("numcheck_rules", 5, "numcheck_rules returned int, expected a list"),
    ("numcheck_rules", "TS1", "numcheck_rules returned str, expected a list"),
    ("numcheck_rules", ["TS1"], "numcheck_rules returned str, expected numcheck.findings.Rule"),
    ("numcheck_rules", SystemExit(3), "numcheck_rules called sys.exit(3)"),
    ("numcheck_lexicon", ["hedges"], "numcheck_lexicon returned list, expected a mapping"),
    ("numcheck_lexicon", SystemExit(0), "numcheck_lexicon called sys.exit(0)"),
    ("numcheck_formatters", 1.5, "numcheck_formatters returned float, expected a list"),
    ("numcheck_formatters", [object()], "has no name or render()"),
])
def test_setup_hooks_that_misbehave_are_config_errors_naming_the_plugin(
        hook: str, value: Any, message: str) -> None:
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(Setup(hook, value), name="setup")
    with pytest.raises(ConfigError, match="plugin 'setup'") as info:
        Engine(manager=pm).formatters()
    assert message in str(info.value)


def test_setup_hooks_returning_none_add_nothing() -> None:
    pm = get_plugin_manager(load_entrypoints=False)
    for hook in ("numcheck_rules", "numcheck_lexicon", "numcheck_formatters"):
        pm.register(Setup(hook, None), name=hook)
    engine = Engine(manager=pm)
    assert list(engine.rules) == ["NC001"]
    assert engine.formatters() == {}


def test_jobs_are_capped_by_files_and_cpus() -> None:
    assert worker_count(100, 2) == min(2, worker_count(100, 10**6))
    assert worker_count(1, 50) == 1
    assert worker_count(100, 0) == 1
    assert worker_count(100, 10**6) >= 1



def test_jobs_100_on_two_files_starts_two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures


    started: list[int] = []

    class Recording(concurrent.futures.ThreadPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    docs = [Document.from_text("12 people died.", f"{n}.txt") for n in range(2)]
    results = engine_with().analyse_paths(docs, jobs=100, progress=None)
    assert len(results) == 2
    expected = worker_count(100, 2)  # 2, or 1 on a one-CPU machine (then no pool at all)
    assert started == ([expected] if expected > 1 else [])


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crash_analysing_one_file_loses_only_that_file(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any, jobs: int) -> None:
    """A bug in the parser or a reader is reported against its file (exit 2 upstream);
    the other files are still analysed and checked."""
    from numcheck import engine as engine_module

    real = engine_module.analyse_document

    def fragile(document: Document, parse: Any, lexicon: Any) -> Any:
        if "¼" in document.text:
            raise ArithmeticError("decimal overflow")
        return real(document, parse, lexicon)

    monkeypatch.setattr(engine_module, "analyse_document", fragile)
    monkeypatch.delenv("NUMCHECK_DEBUG", raising=False)
    paths = []
    for name, text in (("a.txt", "12 people died."), ("b.txt", "4444¼ people"),
                       ("c.txt", "34 people died.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    run = engine_with().run(paths, jobs=jobs, progress=None)
    assert [a.document.path for a in run.analyses] == [paths[0], paths[2]]
    error, = run.errors
    assert error.path == paths[1]
    assert error.problem.startswith("numcheck failed to analyse it (ArithmeticError: decimal "
                                    "overflow); this is a bug in numcheck")
    monkeypatch.setenv("NUMCHECK_DEBUG", "1")
    with pytest.raises(ArithmeticError):
        engine_with().run(paths, progress=None)
