"""The editorial workflow over the engine's findings, shared by the CLI and the API.

engine (every finding, completed and sorted) -> rule selection and severity, per
file -> suppression comments (and NC002 for unused ones) -> baseline ->
changed lines -> a :class:`~numcheck.report.base.Report` that knows what it hid.
``numcheck check`` and :func:`numcheck.check` both call :func:`run`, so a CMS
gets exactly what the command line would have reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from numcheck.document import Document
from numcheck.errors import InputError
from numcheck.findings import Finding, Rule
from numcheck.settings import Settings
from numcheck.workflow.inputs import Inputs, MetadataReader

if TYPE_CHECKING:
    from numcheck.engine import Engine, Progress
    from numcheck.report.base import Report
    from numcheck.workflow.baseline import Baseline
    from numcheck.workflow.changes import ChangedLines

SettingsFor = Callable[[str], Settings]


class Request(NamedTuple):
    """One run's inputs and workflow choices, as values (the CLI's flags, the API's
    arguments). ``settings`` are the run-wide ones (first path's config);
    ``settings_for`` gives each file its own (nearest config, CLI on top)."""

    inputs: Inputs
    settings: Settings
    settings_for: SettingsFor
    reader: MetadataReader = MetadataReader()
    baseline: Baseline | None = None
    changed: ChangedLines | None = None
    jobs: int = 1
    progress: Progress | None = None


@dataclass
class Outcome:
    """What a run produced: the report, and what the CLI's other steps need."""

    report: Report  # findings as printed (undecodable bytes of file names escaped)
    findings: list[Finding]  # the report's findings as found (for --fix)
    selected: list[Finding]  # after selection and suppressions, before the baseline
    documents: dict[str, Document]
    errors: list[InputError]
    timings: dict[str, float]


def postprocess(findings: Sequence[Finding], rules: Mapping[str, Rule],
                documents: Mapping[str, Document],
                settings_for: SettingsFor) -> tuple[list[Finding], int]:
    """Selection and severity, then suppression comments, then NC002 for unused
    ones; returns (findings, how many the comments suppressed)."""
    from numcheck.engine import finalise
    from numcheck.workflow.selection import apply_selection
    from numcheck.workflow.suppress import apply_suppressions

    selected = apply_selection(findings, rules, settings_for)
    result = apply_suppressions(selected, documents, rules)
    unused = apply_selection(result.unused, rules, settings_for)
    return finalise([*result.kept, *unused]), len(result.suppressed)


def run(request: Request, engine: Engine) -> Outcome:
    """Read, check, and apply the workflow; never raises for an unreadable input
    (it is in ``errors`` and the report's ``errors``)."""
    from numcheck.report.base import Hidden, Report

    started = time.perf_counter()
    if request.settings.engine == "dask":  # docs/users/scale.md
        from numcheck.distributed import run_dask

        result = run_dask(engine, request.inputs, request.reader)
    else:
        sources, unread = request.inputs.expanded(request.reader)
        result = engine.run(sources, request.reader, jobs=max(1, request.jobs),
                            progress=request.progress)
        result.errors.extend(unread)
    checked = time.perf_counter()
    errors = [*request.inputs.errors, *result.errors]
    documents = result.documents
    selected, suppressed = postprocess(result.findings, engine.rules, documents,
                                       request.settings_for)
    findings = selected
    baselined = unchanged = 0
    if request.baseline is not None:
        findings, known = request.baseline.filter(findings)
        baselined = len(known)
    if request.changed is not None:
        kept = request.changed.filter(findings)
        unchanged = len(findings) - len(kept)
        findings = kept
    settings = request.settings
    from numcheck.workflow.display import printable, unsurrogate

    shown = {unsurrogate(path): document for path, document in documents.items()}
    claims = {unsurrogate(a.document.path): a.claims for a in result.analyses}
    for claim in engine.reference_claims:  # the desk sheet's figures, shown beside the copy's
        claims[claim.path] = (*claims.get(claim.path, ()), claim)
    report = Report(findings=printable(findings), rules=engine.rules, documents=shown,
                    claims=claims, settings=settings,
                    files_checked=result.files_checked, fail_on=settings.fail_on,
                    hidden=Hidden(suppressed, baselined, unchanged),
                    errors=tuple(e for e in errors if not skipped(e)),
                    docs_url=settings.docs_url)
    timings = {"read and check": checked - started,
               "workflow": time.perf_counter() - checked}
    return Outcome(report, findings, selected, documents, errors, timings)


def skipped(error: InputError) -> bool:
    """A file passed over on purpose (binary, too big, a link out of the tree): a
    warning, not a failure. The word may be followed by a hint in parentheses."""
    return error.problem.endswith("skipped") or ", skipped (" in error.problem


def make_engine(settings: Settings, **kwargs: Any) -> Engine:
    from numcheck.engine import Engine

    return Engine(settings, **kwargs)


__all__ = ["Outcome", "Request", "make_engine", "postprocess", "run", "skipped"]
