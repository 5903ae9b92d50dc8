"""The engine: per-plugin fault isolation, completing findings, order, parallel reads."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from numcheck import engine as engine_module
from numcheck import hookimpl
from numcheck.claims import Claim, ClaimKey
from numcheck.document import Document
from numcheck.engine import Analysis, Engine, finalise
from numcheck.errors import InputError
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.interval import Interval
from numcheck.plugins import get_plugin_manager
from numcheck.quantity import Bound, Kind, Quantity

TEXT = "The storm killed 34 people.\nLater reports said at least 40 died.\n"


def loc(doc: Document, needle: str) -> Location:
    start = doc.text.index(needle)
    end = start + len(needle)
    (line, col), (end_line, end_col) = doc.position(start), doc.position(end)
    return Location(doc.path, start, end, line, col, end_line, end_col, needle)


class Declares:
    @hookimpl
    def numcheck_rules(self) -> Sequence[Rule]:
        return [Rule("TS1", "test-one", Severity.ERROR, "first test rule"),
                Rule("TS2", "test-two", Severity.INFO, "second test rule")]


class FindsFigures:
    @hookimpl
    def numcheck_check_document(self, document: Document) -> Iterator[Finding]:
        for needle in ("34 people", "at least 40"):
            if needle in document.text:
                yield Finding("TS1", f"saw {needle}", loc(document, needle))


class Explodes:
    @hookimpl
    def numcheck_check_document(self, document: Document) -> Iterator[Finding]:
        yield Finding("TS2", "partial", loc(document, "34 people"))
        raise ZeroDivisionError("division by zero")


class Misbehaves:
    @hookimpl
    def numcheck_check_document(self, document: Document) -> list[object]:
        return ["not a finding", Finding("ZZ9", "undeclared", loc(document, "40"))]


class CorpusCounter:
    seen: list[int]

    def __init__(self) -> None:
        self.seen = []

    @hookimpl
    def numcheck_check_corpus(self, documents: Sequence[Document],
                              claims: Sequence[Claim]) -> list[Finding]:
        self.seen.append(len(documents))
        doc = documents[0]
        return [Finding("TS2", f"{len(claims)} claims", loc(doc, "34 people"))]


def make_engine(*plugins: tuple[str, object]) -> Engine:
    """An engine with only the essential meta plugin and the given test plugins."""
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(Declares(), name="declares")
    for name, plugin in plugins:
        pm.register(plugin, name=name)
    return Engine(manager=pm)


def analysis(text: str = TEXT, path: str = "story.txt") -> Analysis:
    return Analysis(Document.from_text(text, path), (), ())


def test_findings_are_completed_from_the_registry() -> None:
    engine = make_engine(("finder", FindsFigures()))
    findings = engine.check([analysis()])
    assert [(f.rule, f.name, f.severity, f.plugin) for f in findings] == [
        ("TS1", "test-one", Severity.ERROR, "finder"),
        ("TS1", "test-one", Severity.ERROR, "finder"),
    ]
    assert [f.location.line for f in findings] == [1, 2]


def test_a_raising_plugin_becomes_nc001_and_others_are_kept() -> None:
    engine = make_engine(("finder", FindsFigures()), ("explodes", Explodes()))
    findings = engine.check([analysis()])
    assert [f.rule for f in findings] == ["NC001", "TS1", "TS1"]
    fault = findings[0]
    assert fault.severity is Severity.ERROR
    assert fault.name == "plugin-error"
    assert fault.plugin == "explodes"
    assert "plugin 'explodes' raised ZeroDivisionError" in fault.message
    assert "numcheck_check_document on story.txt" in fault.message
    assert "partial" not in {f.message for f in findings}  # its partial output is dropped


def test_non_findings_and_undeclared_rules_are_reported() -> None:
    engine = make_engine(("bad", Misbehaves()))
    messages = [f.message for f in engine.check([analysis()])]
    assert any("returned str, not a Finding" in m for m in messages)
    assert any("reported rule 'ZZ9', which no plugin declared" in m for m in messages)


def test_corpus_hook_runs_once_with_all_documents() -> None:
    counter = CorpusCounter()
    engine = make_engine(("corpus", counter))
    findings = engine.check([analysis(path="a.txt"), analysis(path="b.txt")])
    assert counter.seen == [2]
    assert [(f.rule, f.location.path) for f in findings] == [("TS2", "a.txt")]


def test_duplicates_dropped_and_order_deterministic() -> None:
    doc = Document.from_text(TEXT, "z.txt")
    one = Finding("TS1", "m", loc(doc, "40"))
    other = Finding("TS1", "m", Location("a.txt", 5, 6, 1, 6, 1, 7, "x"))
    assert finalise([one, other, one]) == [other, one]
    assert finalise([other, one]) == finalise([one, other])


def test_wrappers_see_each_plugins_call() -> None:
    calls: list[str] = []

    class Wrapper:
        @hookimpl(wrapper=True)
        def numcheck_check_document(self, document: Document) -> Any:
            calls.append(document.path)
            return (yield)

    engine = make_engine(("finder", FindsFigures()), ("wrapper", Wrapper()))
    assert len(engine.check([analysis()])) == 2
    assert calls == ["story.txt"]


def test_lexicon_hook_extends_the_default_lexicon() -> None:
    class Adds:
        @hookimpl
        def numcheck_lexicon(self) -> dict[str, Any]:
            return {"testwords": {"detained": {"synonyms": ["arrested"]}}}

    engine = make_engine(("adds", Adds()))
    assert engine.lexicon["testwords"]["detained"]["synonyms"] == ["arrested"]


def fake_quantity(text: str, match: str) -> Quantity:
    start = text.index(match)
    value = float(match)
    return Quantity(match, start, start + len(match), value, Interval.point(value),
                    Interval.point(value), Kind.COUNT, Bound.EXACT)


def fake_parse(text: str) -> list[Quantity]:
    return [fake_quantity(text, w) for w in text.split() if w.isdigit()]


def fake_extract(document: Document, quantities: Sequence[Quantity], lexicon: Any) -> list[Claim]:
    claims = []
    for q in quantities:
        (line, col), (end_line, end_col) = document.position(q.start), document.position(q.end)
        where = Location(document.path, q.start, q.end, line, col, end_line, end_col, q.text)
        claims.append(Claim(q, where, ClaimKey("people", "killed")))
    return claims


def read_file(path: str) -> Document:
    if path.endswith(".bin"):
        raise InputError(path, "binary file, skipped")
    return Document.from_text(Path(path).read_text(encoding="utf-8"), path)


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "make_parser", lambda lexicon, tolerance: fake_parse)
    monkeypatch.setattr(engine_module, "extract", fake_extract)


@pytest.mark.usefixtures("stand_ins")
@pytest.mark.parametrize("jobs", [1, 2])
def test_analyse_paths_keeps_input_order_and_returns_input_errors(tmp_path: Path,
                                                                   jobs: int) -> None:
    paths = []
    for i in range(6):
        path = tmp_path / f"s{i}.txt"
        path.write_text(f"Officials said {i + 10} people died .\n", encoding="utf-8")
        paths.append(str(path))
    paths.insert(3, str(tmp_path / "x.bin"))
    engine = make_engine()
    results = engine.analyse_paths(paths, read_file, jobs=jobs, progress=None)
    assert [r.path if isinstance(r, InputError) else r.document.path for r in results] == paths
    error = results[3]
    assert isinstance(error, InputError)
    assert error.problem == "binary file, skipped"
    first = results[0]
    assert isinstance(first, Analysis)
    assert [c.quantity.value for c in first.claims] == [10.0]


@pytest.mark.usefixtures("stand_ins")
def test_run_checks_then_slims_documents(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    counter = CorpusCounter()
    engine = make_engine(("finder", FindsFigures()), ("corpus", counter))
    progress: list[tuple[int, int]] = []
    run = engine.run([str(path)], read_file, progress=lambda d, t, p: progress.append((d, t)))
    assert [(f.rule, f.location.line) for f in run.findings] == [("TS1", 1), ("TS2", 1), ("TS1", 2)]
    assert progress == [(1, 1)]
    kept = run.analyses[0]
    assert kept.quantities == ()
    assert kept.document.prose is kept.document.text
    assert run.documents[str(path)].text == TEXT


def test_analyse_runs_the_real_parser_and_extractor() -> None:
    doc = Document.from_text("Officials said 34 people died in the storm.\n", "real.txt")
    result = make_engine().analyse(doc)
    assert [q.text for q in result.quantities if "34" in q.text]
    assert all(claim.location.path == "real.txt" for claim in result.claims)


def test_checkers_get_the_merged_lexicon_through_the_context() -> None:
    seen: list[Any] = []

    class Reads:
        @hookimpl
        def numcheck_lexicon(self) -> dict[str, Any]:
            return {"testwords": {"held": ["detained"]}}

        @hookimpl
        def numcheck_check_document(self, context: Any) -> None:
            seen.append(context.extras["lexicon"]["testwords"])

    make_engine(("reads", Reads())).check([analysis()])
    assert seen == [{"held": ["detained"]}]


def test_a_raising_corpus_plugin_is_isolated_too() -> None:
    class CorpusBoom:
        @hookimpl
        def numcheck_check_corpus(self) -> None:
            raise KeyError("thing")

    engine = make_engine(("finder", FindsFigures()), ("boom", CorpusBoom()))
    findings = engine.check([analysis(path="b.txt"), analysis(path="a.txt")])
    faults = [f for f in findings if f.rule == "NC001"]
    assert len(faults) == 1
    assert faults[0].location.path == "a.txt"  # the first file, in sorted order
    assert "numcheck_check_corpus" in faults[0].message
    assert sum(f.rule == "TS1" for f in findings) == 4


def test_the_configured_hedge_tolerance_reaches_the_parser() -> None:
    from numcheck.settings import Settings

    # t = max(g/2, r*x): for 120, g/2 = 5, so the tolerance r decides the width
    text = "Officials said about 120 people were evacuated."
    doc = Document.from_text(text, "t.txt")
    wide = Engine(Settings(tolerance=0.25)).analyse(doc).quantities
    (about,) = [q for q in wide if q.hedge == "about"]
    assert (about.hard.low, about.hard.high) == (90, 150)
    narrow = Engine(Settings(tolerance=0.05)).analyse(doc).quantities
    (about,) = [q for q in narrow if q.hedge == "about"]
    assert (about.hard.low, about.hard.high) == (114, 126)
