"""``numcheck check`` as a sequence of workflow steps over :class:`Options`.

commands/check.py turns flags into Options; this module resolves the config,
loads the engine, refuses runs that would check nothing, gathers the inputs,
runs :func:`numcheck.workflow.pipeline.run` (the same call :func:`numcheck.check`
makes), then does what only a command does: --fix/--diff, --write-baseline,
writing the report, the GitHub step summary, --statistics and the exit code.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from numcheck.config import ConfigResolver, Overrides, display_path, settings_to_json
from numcheck.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, NumcheckError
from numcheck.findings import Finding
from numcheck.workflow.inputs import MetadataReader, gather, text_encoding
from numcheck.workflow.output import check_writable, emit, write_stream
from numcheck.workflow.pipeline import Outcome, Request, make_engine, run, skipped
from numcheck.workflow.terminal import Messages, colour_wanted, print_styled, progress_for

if TYPE_CHECKING:
    from numcheck.report.base import Formatter, Report

FORMAT_ENV = "NUMCHECK_OUTPUT_FORMAT"


@dataclass(frozen=True)
class Options:
    """Everything ``numcheck check``'s flags say, as values."""

    paths: tuple[str, ...] = (".",)
    overrides: Overrides = dataclasses.field(default_factory=Overrides)
    config: str | None = None
    isolated: bool = False
    output_format: str | None = None
    output_file: str | None = None
    output_dir: str | None = None  # findings as part files (numcheck/distributed/parts.py)
    statistics: bool = False
    show_settings: bool = False
    progress: bool = True
    verbosity: int = 0
    exit_zero: bool = False
    date: str | None = None
    source: str | None = None
    stdin_filename: str | None = None
    encoding: str | None = None
    force_exclude: bool = False
    no_ignore: bool = False  # read what .gitignore/.ignore files exclude
    follow_symlinks: bool = False  # read symlinks out of a walked directory
    jobs: int = 1
    baseline: str | None = None
    write_baseline: str | None = None
    changed_since: str | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    rerun: bool = False  # the check after --fix: said everything once already


def _validate(options: Options) -> None:
    if options.encoding and not text_encoding(options.encoding):
        raise NumcheckError(f"--encoding: unknown text encoding {options.encoding!r}")
    if options.fix and options.diff:
        raise NumcheckError("--fix and --diff cannot be combined (--diff only shows the fixes)")
    if list(options.paths).count("-") > 1:
        raise NumcheckError("'-' (stdin) can be given only once")
    if options.fix and "-" in options.paths and len(options.paths) > 1:
        raise NumcheckError("--fix with '-' needs stdin to be the only input")


def _labelled(resolver: ConfigResolver) -> list[tuple[str, str, Sequence[str]]]:
    from numcheck.workflow.checks import selectors_of

    cli = resolver.overrides
    labelled: list[tuple[str, str, Sequence[str]]] = [
        ("", "--select", cli.select or ()), ("", "--ignore", cli.ignore),
        ("", "--extend-select", cli.extend_select),
        *(("", f'--per-file-ignores "{glob}"', codes) for glob, codes in cli.per_file_ignores),
    ]
    for path, settings in sorted(resolver.config_files().items()):
        labelled.extend(selectors_of(settings, display_path(path)))
    return labelled


def execute(options: Options) -> int:
    """Run ``numcheck check``; returns the exit code (NumcheckError -> exit 2 upstream)."""
    from numcheck.report import DEFAULT_FORMAT, formatter_owner, get_formatter
    from numcheck.workflow.checks import verify

    _validate(options)
    say = Messages(-1 if options.rerun else options.verbosity)
    resolver = ConfigResolver(options.overrides, config=options.config,
                              isolated=options.isolated)
    paths = list(options.paths) or ["."]
    first = (options.stdin_filename or "-") if paths[0] == "-" else paths[0]
    settings = resolver.settings_for(first)
    if options.show_settings:
        emit(json.dumps(settings_to_json(settings), indent=2, sort_keys=True) + "\n", None)
        return EXIT_OK
    for target in (options.output_file, options.write_baseline):
        if target and target != "-":
            check_writable(target)
    engine = make_engine(settings)
    formats = engine.formatters()
    format_name = options.output_format or os.environ.get(FORMAT_ENV) or DEFAULT_FORMAT
    if options.output_dir:  # part files: jsonl (the default) or parquet
        from numcheck.distributed.parts import PART_FORMATS

        format_name = options.output_format or "jsonl"
        if format_name not in PART_FORMATS:
            raise NumcheckError(f"--output-dir writes jsonl or parquet parts, not "
                                f"{format_name!r}")
    formatter = get_formatter(formats, "jsonl" if options.output_dir else format_name)
    reader = MetadataReader(options.encoding, settings.max_file_size, options.date,
                            options.source)
    inputs = gather(paths, settings, reader, stdin_filename=options.stdin_filename,
                    force_exclude=options.force_exclude, respect_ignore=not options.no_ignore,
                    follow_symlinks=options.follow_symlinks)
    for source in inputs.sources:  # resolve every file's config before verifying
        resolver.settings_for(source if isinstance(source, str) else first)
    verify(_labelled(resolver), [(s, display_path(p))
                                 for p, s in sorted(resolver.config_files().items())], engine)
    baseline = changed = None
    if options.baseline and not options.write_baseline:
        from numcheck.workflow.baseline import load_baseline

        baseline = load_baseline(options.baseline)
    if options.changed_since:
        from numcheck.workflow.changes import changed_lines

        changed = changed_lines(options.changed_since)
    if settings.config_path:
        say.detail(f"config {display_path(settings.config_path)}")
    bar = progress_for(options.progress and options.verbosity >= 0 and not options.rerun)
    request = Request(inputs=inputs, settings=settings, settings_for=resolver.settings_for,
                      reader=reader, baseline=baseline, changed=changed, jobs=options.jobs,
                      progress=bar)
    try:
        outcome = run(request, engine)
    finally:
        if bar is not None:
            bar.close()
    for problem in () if options.rerun else outcome.errors:
        (say.warning if skipped(problem) else say.error)(str(problem))
    for step, seconds in outcome.timings.items():
        say.detail(f"{step}: {seconds:.2f} s")
    if options.fix or options.diff:
        code = _fix(options, outcome, say, inputs.stdin_path, formatter)
        if code is not None:
            return code
    if options.write_baseline:
        return _write_baseline(options, outcome, say)
    report = dataclasses.replace(outcome.report, verbosity=options.verbosity)
    _render(options, formatter, report, formatter_owner(engine.manager, format_name))
    return _exit_code(options, report.findings, report)


def _fix(options: Options, outcome: Outcome, say: Messages, stdin_path: str | None,
         formatter: Formatter) -> int | None:
    from numcheck.workflow.fix import fix_files

    fixed = fix_files(outcome.findings, outcome.documents, write=options.fix,
                      unsafe=options.unsafe_fixes, encoding=options.encoding,
                      stdin_path=stdin_path)
    for path in fixed.refused:
        say.warning(f"{path}: changed since it was read (or not re-encodable); not fixed")
    if options.diff:
        emit(fixed.diff, None)
        return EXIT_FINDINGS if fixed.diff and not options.exit_zero else EXIT_OK
    if fixed.stdin_text is not None:  # ruff's way: fixed text out, findings on stderr
        emit(fixed.stdin_text, None)
        from numcheck.workflow.display import printable

        rest = printable([f for f in outcome.findings if f not in fixed.fixed])
        report = dataclasses.replace(outcome.report, findings=rest, fingerprints={})
        write_stream(_rendered(formatter, report, ""), sys.stderr)
        return _exit_code(options, rest, report)
    if fixed.files:
        say.info(f"fixed {fixed.count} finding(s) in {fixed.files} file(s)")
        return execute(dataclasses.replace(options, fix=False, rerun=True))  # offsets moved
    return None


def _write_baseline(options: Options, outcome: Outcome, say: Messages) -> int:
    from numcheck.workflow.baseline import carried_over, write_baseline

    target = options.write_baseline or "-"
    unread = [e.path for e in outcome.errors]
    keep = carried_over(target, unread)
    write_baseline(outcome.selected, target, keep)
    kept = f", kept {len(keep)} entr{'y' if len(keep) == 1 else 'ies'} of files not read" \
        if keep else ""
    say.info(f"wrote {len(outcome.selected)} finding(s) to baseline "
             f"{'stdout' if target == '-' else target}{kept}")
    return EXIT_ERROR if outcome.report.errors else EXIT_OK


def _rendered(formatter: Formatter, report: Report, owner: str) -> str:
    text: object = formatter.render(report)
    if not isinstance(text, str):
        who = f" (plugin {owner!r})" if owner else ""
        raise NumcheckError(f"output format {formatter.name!r}{who} returned "
                            f"{type(text).__name__}, not text")
    return text


def _render(options: Options, formatter: Formatter, report: Report, owner: str) -> None:
    to_terminal = options.output_file in (None, "-")
    styled = getattr(formatter, "styled", None)
    if options.output_dir:
        from numcheck.distributed.parts import write_parts

        parts = write_parts(report, options.output_dir, options.output_format or "jsonl")
        Messages(options.verbosity).info(f"wrote {len(report.findings)} finding(s) in "
                                         f"{parts} part file(s) to {options.output_dir}")
    elif to_terminal and callable(styled) and colour_wanted(sys.stdout):
        _rendered(formatter, report, owner)  # the same checks as the plain path
        print_styled(styled(report), sys.stdout)
    else:
        emit(_rendered(formatter, report, owner), options.output_file)
    if formatter.name == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from numcheck.workflow.github import step_summary

        step_summary(report, os.environ["GITHUB_STEP_SUMMARY"])
    if options.statistics:
        counts = Counter((f.rule, f.name) for f in report.findings)
        for (code, name), count in sorted(counts.items(), key=lambda i: (-i[1], i[0])):
            print(f"{count:6d}  {code:<7} {name}", file=sys.stderr)


def _exit_code(options: Options, findings: Sequence[Finding], report: Report) -> int:
    if report.errors:
        return EXIT_ERROR
    if not options.exit_zero and any(report.failing(f) for f in findings):
        return EXIT_FINDINGS
    return EXIT_OK


__all__ = ["FORMAT_ENV", "Options", "execute"]
