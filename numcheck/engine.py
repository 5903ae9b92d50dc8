"""The engine: documents -> quantities -> claims -> findings, through the plugins.

``Engine.analyse`` runs the parser and the claim extractor on one document;
``Engine.check`` hands the analyses to every checker plugin, one plugin at a time,
so a plugin that raises becomes an NC001 finding instead of ending the run (the
other plugins' findings are kept). The engine completes each finding from the rule
registry (name, severity, plugin), drops exact duplicates and sorts, so output is
deterministic. Selection, suppression and baselines happen after, in the workflow
modules; formatting after that, in numcheck/report/.

Memory: a run over many files keeps one :class:`Analysis` per document. ``run``
checks each document as soon as it is analysed and then slims it (drops the
masked ``prose`` copy and the quantities no claim refers to), keeping the text for
the source excerpts of the ``full`` format. docs/maintainers/architecture.md has
the measurements.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import sys
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, cast

from numcheck import startup
from numcheck.calls import Boundary, GuardedFormatter
from numcheck.checkers.meta import PLUGIN_ERROR
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.errors import ConfigError, InputError, NumcheckError
from numcheck.findings import Finding
from numcheck.isolation import Supervisor
from numcheck.lexicon import Lexicon
from numcheck.plugins import PluginManager, call_each, get_plugin_manager, per_plugin_callers
from numcheck.quantity import Quantity
from numcheck.rules import RuleRegistry
from numcheck.settings import Settings

Reader = Callable[[str], Document]
Progress = Callable[[int, int, str], None]
Source = str | Document
ParseFn = Callable[[str], Sequence[Quantity]]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document with what the parser and the extractor found in it."""

    document: Document
    quantities: tuple[Quantity, ...]
    claims: tuple[Claim, ...]

    def slim(self) -> Analysis:
        """Drop what only the per-document checks need (prose copy, bare quantities)."""
        doc = self.document
        if doc.prose is not doc.text:
            doc = dataclasses.replace(doc, prose=doc.text)
        return Analysis(doc, (), self.claims)


@dataclass
class Run:
    """The result of :meth:`Engine.run`: findings plus what was read."""

    findings: list[Finding]
    analyses: list[Analysis] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # documents read and checked, when an engine keeps only the analyses that findings
    # and suppressions need (numcheck/distributed/); None: every one is in ``analyses``
    checked: int | None = None

    @property
    def files_checked(self) -> int:
        return len(self.analyses) if self.checked is None else self.checked

    @property
    def documents(self) -> dict[str, Document]:
        return {a.document.path: a.document for a in self.analyses}


def _checked_lexicon(plugin: str, extra: Any) -> Any:
    """A plugin's lexicon addition, checked against the built-in data's shape."""
    if extra is None:
        return None
    from numcheck.lexicon import LexiconError, validate

    try:
        validate(extra)
    except LexiconError as err:
        raise ConfigError(f"plugin {plugin!r}: numcheck_lexicon: {err}") from None
    return extra


# -- parsing and extraction, shared by the engine and the worker processes ---------


def make_parser(lexicon: Lexicon, tolerance: float) -> ParseFn:
    """The parse function for this lexicon (plugin vocabulary included) and tolerance."""
    from numcheck.parsing import Parser

    return Parser(lexicon, tolerance=tolerance).parse


def extract(document: Document, quantities: Sequence[Quantity], lexicon: Lexicon) -> list[Claim]:
    from numcheck.extract import extract_claims

    return extract_claims(document, quantities, lexicon)


def analyse_document(document: Document, parse: ParseFn, lexicon: Lexicon) -> Analysis:
    quantities = tuple(parse(document.prose))
    claims = tuple(extract(document, quantities, lexicon))
    return Analysis(document, quantities, claims)


def default_reader(path: str) -> Document:
    readers = importlib.import_module("numcheck.readers")
    read_path: Reader = readers.read_path
    return read_path(path)


_Outcome = Analysis | tuple[str, str]  # an analysis, or (path, problem) for an InputError
_worker: tuple[ParseFn, Lexicon, Reader] | None = None


def _init_worker(lexicon: Lexicon, tolerance: float, reader: Reader) -> None:
    global _worker
    _worker = (make_parser(lexicon, tolerance), lexicon, reader)


def _analyse_source(source: Source) -> _Outcome:
    assert _worker is not None, "worker not initialised"
    parse, lexicon, reader = _worker
    path = source if isinstance(source, str) else source.path
    try:
        document = reader(source) if isinstance(source, str) else source
        return analyse_document(document, parse, lexicon)
    except InputError as err:  # InputError does not survive pickling: send its parts
        return (err.path, err.problem)
    except NumcheckError as err:
        return (path, str(err))
    except Exception as err:
        # a bug in numcheck's own readers, parser or extractor: this file is reported
        # (exit 2) and every other file is still checked; one odd article must not
        # lose the whole run
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        text = " ".join(str(err).split())[:200]
        return (path, f"numcheck failed to analyse it ({type(err).__name__}"
                      f"{': ' + text if text else ''}); this is a bug in numcheck, please "
                      "report it (NUMCHECK_DEBUG=1 shows the traceback)")


def _tty_progress(done: int, total: int, path: str) -> None:
    end = "\n" if done == total else ""
    print(f"\r\x1b[Knumcheck: {done}/{total} {path[-60:]}", end=end, file=sys.stderr, flush=True)


# -- the engine ---------------------------------------------------------------------


class Engine:
    """Plugins, rules and lexicon loaded once; analyse and check many documents."""

    def __init__(
        self,
        settings: Settings | None = None,
        manager: PluginManager | None = None,
        *,
        context: CheckContext | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.manager = manager or get_plugin_manager(self.settings)
        self.rules = RuleRegistry.from_plugins(call_each(self.manager, "numcheck_rules"))
        if PLUGIN_ERROR.code not in self.rules:
            self.rules.add(PLUGIN_ERROR)
        self.lexicon = Lexicon.default().extended(
            _checked_lexicon(name, extra)
            for name, extra in call_each(self.manager, "numcheck_lexicon")
        )
        context = context or CheckContext(settings=self.settings)
        # checkers read plugin words from extras["lexicon"]; read-only, so that no
        # plugin can change what the plugins after it see
        context = dataclasses.replace(context, extras=MappingProxyType(
            {"lexicon": self.lexicon, **context.extras}))
        self.context = context
        self.reference_claims = self._references()
        self._document_callers = per_plugin_callers(self.manager, "numcheck_check_document")
        self._corpus_callers = per_plugin_callers(self.manager, "numcheck_check_corpus")
        self._boundary = Boundary(self.rules)
        self._parse: ParseFn | None = None
        timeout = self.settings.plugin_timeout
        self._supervisor = Supervisor(timeout) if timeout > 0 else None
        if self._supervisor is not None:
            weakref.finalize(self, self._supervisor.close)
        # plugins that overran their timeout once: not called again in this run, so
        # a run takes at most one timeout longer per misbehaving plugin
        self._stopped: set[str] = set()
        startup.release()  # the start-up is over: collect garbage as usual again

    def _references(self) -> tuple[Claim, ...]:
        """The desk sheets' figures as claims, read once per run; a bad sheet is a
        one-line ConfigError (exit 2) before any article is read."""
        if not self.settings.reference:
            return ()
        from numcheck.checkers.drift.reference import load_references

        figures = load_references(self.settings.reference, self.lexicon,
                                  tolerance=self.settings.tolerance)
        return tuple(f.claim for f in figures)

    # -- analysis ----------------------------------------------------------------
    @property
    def parse(self) -> ParseFn:
        if self._parse is None:
            self._parse = make_parser(self.lexicon, self.settings.tolerance)
        return self._parse

    def analyse(self, document: Document) -> Analysis:
        return analyse_document(document, self.parse, self.lexicon)

    def analyse_paths(
        self,
        sources: Iterable[Source],
        reader: Reader | None = None,
        *,
        jobs: int = 1,
        progress: Progress | Literal["auto"] | None = "auto",
    ) -> list[Analysis | InputError]:
        """Read and analyse every source (path or Document), results in input order."""
        return list(self.iter_analyses(sources, reader, jobs=jobs, progress=progress))

    def iter_analyses(
        self,
        sources: Iterable[Source],
        reader: Reader | None = None,
        *,
        jobs: int = 1,
        progress: Progress | Literal["auto"] | None = "auto",
    ) -> Iterator[Analysis | InputError]:
        items = list(sources)
        report = _tty_progress if progress == "auto" and sys.stderr.isatty() else progress
        report = None if report == "auto" else report
        args = (self.lexicon, self.settings.tolerance, reader or default_reader)
        jobs = worker_count(jobs, len(items))
        if jobs > 1:
            from concurrent.futures import ProcessPoolExecutor  # a pool costs its import

            chunk = max(1, min(32, len(items) // (jobs * 4)))
            with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                     initargs=args) as pool:
                outcomes = pool.map(_analyse_source, items, chunksize=chunk)
                yield from self._collect(items, outcomes, report)
        else:
            global _worker
            saved, _worker = _worker, (self.parse, self.lexicon, args[2])
            try:
                yield from self._collect(items, map(_analyse_source, items), report)
            finally:
                _worker = saved

    @staticmethod
    def _collect(
        items: Sequence[Source], outcomes: Iterable[_Outcome], progress: Progress | None
    ) -> Iterator[Analysis | InputError]:
        for done, (item, outcome) in enumerate(zip(items, outcomes, strict=True), 1):
            if progress is not None:
                progress(done, len(items), item if isinstance(item, str) else item.path)
            yield outcome if isinstance(outcome, Analysis) else InputError(*outcome)

    # -- checks ------------------------------------------------------------------
    @property
    def corpus_plugins(self) -> list[str]:
        """The plugins implementing ``numcheck_check_corpus``, in call order."""
        return [name for name, _ in self._corpus_callers]

    def check_document(self, analysis: Analysis) -> list[Finding]:
        """Every ``numcheck_check_document`` plugin on one document, faults isolated."""
        document = analysis.document
        kwargs = {"document": document, "claims": tuple(analysis.claims),
                  "context": self.context}
        hook = "numcheck_check_document"
        callers = dict(self._document_callers)
        if self._supervisor is None:
            lengths = {document.path: len(document.text)}
            return [finding for plugin, caller in callers.items()
                    for finding in self._boundary.call(plugin, hook, caller, kwargs,
                                                       document.path, lengths)]

        def job(plugin: str, document: Document, claims: tuple[Claim, ...]) -> list[Finding]:
            call_kwargs = {"document": document, "claims": claims, "context": self.context}
            return self._boundary.call(plugin, hook, callers[plugin], call_kwargs,
                                       document.path, {document.path: len(document.text)})

        return self._supervised(hook, callers, job, (document, kwargs["claims"]),
                                document.path, keep="document")

    def check_corpus(
        self, analyses: Sequence[Analysis], extra_claims: Sequence[Claim] = (),
        plugins: Collection[str] | None = None, extras: Mapping[str, Any] | None = None,
    ) -> list[Finding]:
        """Every ``numcheck_check_corpus`` plugin (or those named in ``plugins``) once
        over all documents; ``extras`` join ``context.extras`` for this call.

        Plugins get tuples: one plugin cannot change what the next one sees.
        """
        callers = {name: caller for name, caller in self._corpus_callers
                   if plugins is None or name in plugins}
        if not callers:
            return []
        claims = (*(claim for a in analyses for claim in a.claims), *self.reference_claims,
                  *extra_claims)
        lengths = {a.document.path: len(a.document.text) for a in analyses}
        context = self.context if not extras else dataclasses.replace(
            self.context, extras=MappingProxyType({**self.context.extras, **extras}))
        kwargs = {"documents": tuple(a.document for a in analyses), "claims": claims,
                  "context": context}
        where = min(lengths, default="<corpus>")
        hook = "numcheck_check_corpus"

        def job(plugin: str) -> list[Finding]:
            return self._boundary.call(plugin, hook, callers[plugin], kwargs, where, lengths)

        if self._supervisor is None:
            return [finding for plugin in callers for finding in job(plugin)]
        return self._supervised(hook, callers, job, (), where, keep=None)

    def _supervised(self, hook: str, callers: dict[str, Any], job: Callable[..., Any],
                    args: tuple[object, ...], path: str, keep: str | None) -> list[Finding]:
        """Plugin calls in a worker under ``plugin-timeout`` (numcheck/isolation.py)."""
        assert self._supervisor is not None
        plugins = [plugin for plugin in callers if plugin not in self._stopped]
        findings: list[Finding] = []
        for outcome in self._supervisor.run(plugins, job, args, keep=keep):
            if outcome.problem is None:
                findings.extend(cast("list[Finding]", outcome.value))
                continue
            consequence = "its findings are missing"
            if outcome.timed_out:
                self._stopped.add(outcome.plugin)
                consequence = "it was stopped and is skipped for the rest of this run; " \
                    "its findings are missing"
            findings.append(self._boundary.fault(outcome.plugin, hook, path, outcome.problem,
                                                 consequence=consequence))
        return findings

    def close(self) -> None:
        """Stop plugin worker processes (``plugin-timeout``); the engine stays usable."""
        if self._supervisor is not None:
            self._supervisor.close()

    def check(
        self, analyses: Sequence[Analysis], extra_claims: Sequence[Claim] = ()
    ) -> list[Finding]:
        """All checks over already analysed documents; sorted, without duplicates."""
        try:
            findings = [f for a in analyses for f in self.check_document(a)]
            findings.extend(self.check_corpus(analyses, extra_claims))
        finally:
            self.close()
        return finalise(findings)

    def run(
        self,
        sources: Iterable[Source],
        reader: Reader | None = None,
        *,
        jobs: int = 1,
        progress: Progress | Literal["auto"] | None = "auto",
        extra_claims: Sequence[Claim] = (),
    ) -> Run:
        """Read, analyse and check; per-document checks run as each analysis arrives."""
        result = Run(findings=[])
        try:
            for outcome in self.iter_analyses(sources, reader, jobs=jobs, progress=progress):
                if isinstance(outcome, InputError):
                    result.errors.append(outcome)
                    continue
                result.findings.extend(self.check_document(outcome))
                result.analyses.append(outcome.slim())
            result.findings.extend(self.check_corpus(result.analyses, extra_claims))
        finally:
            self.close()
        result.findings = finalise(result.findings)
        return result

    # -- formats -----------------------------------------------------------------
    def formatters(self) -> dict[str, Any]:
        """Output formats by name, from every ``numcheck_formatters`` plugin.

        Each is guarded: a formatter that raises, exits, returns something other
        than text or overruns ``plugin-timeout`` is a one-line error naming its
        plugin (exit 2), not an internal error.
        """
        from numcheck.report import collect_formatters

        owners: dict[str, str] = {}
        found = collect_formatters(self.manager, owners)
        return {name: GuardedFormatter(formatter, owners.get(name, "?"), self._supervisor)
                for name, formatter in found.items()}


def worker_count(jobs: int, items: int) -> int:
    """Processes worth starting: never more than the inputs or the usable CPUs."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(jobs, items, cpus))


def finalise(findings: Iterable[Finding]) -> list[Finding]:
    """Drop exact duplicates and sort deterministically."""
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=_order)


def _order(finding: Finding) -> tuple[Any, ...]:
    related = tuple((loc.path, loc.start, loc.end) for loc in finding.related)
    return (*finding.sort_key(), finding.plugin, related, finding.subject)


__all__ = [
    "Analysis",
    "Engine",
    "Run",
    "analyse_document",
    "finalise",
    "make_parser",
    "worker_count",
]
