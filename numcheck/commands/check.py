"""``numcheck check``: the command editors and CI run. Wiring only.

discovery -> readers -> engine (checkers, fault isolation) -> selection and
severity -> suppression comments (+ NC002) -> fixes -> baseline -> changed lines
-> formatter -> atomic output -> exit code (0 clean, 1 findings at or above
``--fail-on``, 2 usage/input/config error). Each step lives in its own module.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from numcheck.config import ConfigResolver, Overrides, parse_size, settings_to_json, suggest
from numcheck.document import Document
from numcheck.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, InputError, NumcheckError
from numcheck.findings import Finding, Severity
from numcheck.output import check_writable, emit, step_summary, write_atomic
from numcheck.selection import all_selectors, apply_selection, fails, unknown_selectors
from numcheck.settings import STORY_SCOPES, Settings

if TYPE_CHECKING:
    from numcheck.claims import Claim

FORMAT_ENV = "NUMCHECK_OUTPUT_FORMAT"
SEVERITIES = [s.value for s in Severity]


def _codes(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(c.strip() for v in values or () for c in v.split(",") if c.strip())


def _selector_list(value: str) -> str:
    """A comma-separated rule list must name at least one rule (``--select ,,,`` is a typo)."""
    if not any(part.strip() for part in value.split(",")):
        raise argparse.ArgumentTypeError(f"no rule code or name in {value!r}")
    return value


def _story_scope(value: str) -> str:
    if value not in STORY_SCOPES:
        raise argparse.ArgumentTypeError(f"expected one of {', '.join(STORY_SCOPES)}, got "
                                         f"{value!r}{suggest(value, STORY_SCOPES)}")
    return value


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check", help="check the numbers in articles (the main command)",
        description="Check the numbers in news copy. Exit codes: 0 no finding at or above "
        "--fail-on, 1 such findings, 2 usage, input, config or internal error.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories (default: .); '-' reads stdin")
    a = p.add_argument_group("rule selection")
    a.add_argument("--select", action="append", type=_selector_list, metavar="CODES",
                   help="only these rules: codes, prefixes, kebab names or ALL (comma-separated)")
    a.add_argument("--ignore", action="append", type=_selector_list, metavar="CODES",
                   help="turn these rules off")
    a.add_argument("--extend-select", action="append", type=_selector_list, metavar="CODES",
                   help="add rules to the selection")
    a.add_argument("--per-file-ignores", action="append", metavar="GLOB:CODES",
                   help="turn rules off for matching files, e.g. 'wires/*.txt:NC4'")
    a.add_argument("--fail-on", choices=SEVERITIES,
                   help="lowest severity that makes the run exit 1 (default: error)")
    a.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    o = p.add_argument_group("output")
    o.add_argument("--output-format", metavar="FORMAT",
                   help=f"full (default), concise, json, jsonl, sarif, github, gitlab, junit, "
                   f"or a plugin's format; env {FORMAT_ENV}")
    o.add_argument("--output-file", metavar="FILE", help="write the report here (atomically)")
    o.add_argument("--statistics", action="store_true",
                   help="counts per rule, on stderr (never mixed into the report)")
    o.add_argument("--show-settings", action="store_true",
                   help="print the resolved settings for the first path as JSON and exit")
    o.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    c = p.add_argument_group("configuration and inputs")
    c.add_argument("--config", metavar="FILE", help="use this config file for every file")
    c.add_argument("--isolated", action="store_true", help="ignore all config files")
    c.add_argument("--plugin", action="append", default=[], metavar="PATH_OR_MODULE",
                   help="also load this plugin file or module (repeatable)")
    c.add_argument("--reference", action="append", default=[], metavar="FILE",
                   help="a desk fact sheet to check against (repeatable)")
    c.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for every input (overrides the metadata)")
    c.add_argument("--source", metavar="NAME", help="source name for every input")
    c.add_argument("--start-date", type=_date, metavar="YYYY-MM-DD",
                   help="the date day counts start from ('the eighth day')")
    c.add_argument("--stdin-filename", metavar="NAME",
                   help="the name stdin is shown as; its extension picks the format")
    c.add_argument("--encoding", metavar="ENC", help="decode files with ENC instead of UTF-8")
    c.add_argument("--max-file-size", metavar="SIZE",
                   help="skip bigger files with a message (default 10MB; 0 = no limit)")
    c.add_argument("--force-exclude", action="store_true",
                   help="apply 'exclude' to files named on the command line too (pre-commit)")
    c.add_argument("--story-scope", type=_story_scope, metavar="SCOPE",
                   help="which files drift compares when they name no story: run (default: "
                   "all), directory (each directory apart) or file (only by metadata)")
    c.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                   help="read and parse with N processes")
    w = p.add_argument_group("adoption and fixes")
    w.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in FILE")
    w.add_argument("--write-baseline", metavar="FILE",
                   help="record every current finding in FILE and exit 0")
    w.add_argument("--changed-since", metavar="REV",
                   help="report only findings on lines changed since git REV")
    w.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    w.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes")
    w.add_argument("--diff", action="store_true",
                   help="show the fixes as a unified diff instead of writing them (exit 1 "
                   "if there is any)")
    p.set_defaults(func=run)


def overrides_from_args(args: argparse.Namespace) -> Overrides:
    per_file = []
    for item in args.per_file_ignores or ():
        glob, sep, codes = item.rpartition(":")
        if not sep or not glob or not _codes([codes]):
            raise NumcheckError(f"--per-file-ignores: expected GLOB:CODES, got {item!r}")
        per_file.append((glob, _codes([codes])))
    size = None
    if args.max_file_size is not None:
        size = parse_size(args.max_file_size)
        if size is None:
            raise NumcheckError(f"--max-file-size: not a size: {args.max_file_size!r}")
    return Overrides(
        select=_codes(args.select) if args.select else None, ignore=_codes(args.ignore),
        extend_select=_codes(args.extend_select), per_file_ignores=tuple(per_file),
        fail_on=Severity(args.fail_on) if args.fail_on else None,
        plugins=tuple(args.plugin), reference=tuple(os.path.abspath(r) for r in args.reference),
        start_date=args.start_date, max_file_size=size, story_scope=args.story_scope)


@dataclasses.dataclass(frozen=True)
class MetadataReader:
    """Reads a path and applies --date/--source (picklable, for --jobs)."""

    encoding: str | None = None
    max_size: int = 0
    date: str | None = None
    source: str | None = None

    def __call__(self, path: str) -> Document:
        from numcheck.readers import read_path

        return self.adjust(read_path(path, encoding=self.encoding, max_size=self.max_size))

    def adjust(self, document: Document) -> Document:
        if self.date is None and self.source is None:
            return document
        meta = document.metadata
        meta = dataclasses.replace(
            meta, date=dt.date.fromisoformat(self.date) if self.date else meta.date,
            source=self.source if self.source is not None else meta.source)
        return dataclasses.replace(document, metadata=meta)


def _say(level: str, message: str) -> None:
    print(f"numcheck: {level}: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from numcheck.discovery import find_files
    from numcheck.engine import Engine
    from numcheck.readers import known_encoding, read_stdin
    from numcheck.report import DEFAULT_FORMAT, get_formatter

    if args.encoding and not known_encoding(args.encoding):
        raise NumcheckError(f"--encoding: unknown encoding {args.encoding!r}")
    if args.fix and args.diff:
        raise NumcheckError("--fix and --diff cannot be combined (--diff only shows the fixes)")
    paths = args.paths or ["."]
    if paths.count("-") > 1:
        raise NumcheckError("'-' (stdin) can be given only once")
    if args.fix and "-" in paths and len(paths) > 1:
        raise NumcheckError("--fix with '-' needs stdin to be the only input")
    resolver = ConfigResolver(overrides_from_args(args), config=args.config,
                              isolated=args.isolated)
    first = (args.stdin_filename or "-") if paths[0] == "-" else paths[0]
    settings = resolver.settings_for(first)
    if args.show_settings:
        emit(json.dumps(settings_to_json(settings), indent=2, sort_keys=True) + "\n", None)
        return EXIT_OK
    for target in (args.output_file, args.write_baseline):
        if target and target != "-":
            check_writable(target)
    engine = Engine(settings)
    format_name = args.output_format or os.environ.get(FORMAT_ENV) or DEFAULT_FORMAT
    formatter = get_formatter(engine.formatters(), format_name)
    baseline = None
    if args.baseline and not args.write_baseline:
        from numcheck.baseline import load_baseline

        baseline = load_baseline(args.baseline)
    changes = None
    if args.changed_since:
        from numcheck.changes import changed_lines

        changes = changed_lines(args.changed_since)

    errors: list[InputError] = []
    files = find_files(paths, settings, errors=errors, force_exclude=args.force_exclude)
    reader = MetadataReader(args.encoding, settings.max_file_size, args.date, args.source)
    sources: list[str | Document] = []
    stdin_path = None
    for path in files:
        if path != "-":
            sources.append(path)
            continue
        try:
            sources.append(reader.adjust(read_stdin(args.stdin_filename, args.encoding)))
            stdin_path = args.stdin_filename or "-"
        except InputError as stdin_error:
            errors.append(stdin_error)
    result = engine.run(sources, reader, jobs=max(1, args.jobs),
                        progress=None if args.no_progress else "auto")
    errors.extend(result.errors)
    failed_inputs = 0
    quiet = getattr(args, "rerun", False)  # the check after --fix: said all this once
    for problem in errors:
        skipped = problem.problem.endswith("skipped")
        failed_inputs += not skipped
        if not quiet:
            _say("warning" if skipped else "error", str(problem))
    for selector in unknown_selectors(
            {s for st in resolver.all_settings() for s in all_selectors(st)},
            engine.rules.values()):
        if not quiet:
            _say("warning", f"rule selector {selector!r} matches no known rule")

    documents = result.documents
    claims = {a.document.path: a.claims for a in result.analyses}
    findings = postprocess(result.findings, engine.rules, documents, resolver)
    if args.fix or args.diff:
        fixed = fix_files(findings, documents, write=args.fix, unsafe=args.unsafe_fixes,
                          encoding=args.encoding, stdin_path=stdin_path)
        if args.diff:
            emit(fixed.diff, None)
            return EXIT_FINDINGS if fixed.diff and not args.exit_zero else EXIT_OK
        if fixed.stdin_text is not None:  # ruff's way: fixed text out, findings on stderr
            emit(fixed.stdin_text, None)
            rest = [f for f in findings if f not in fixed.fixed]
            return report(args, formatter, rest, engine.rules, documents,
                          len(result.analyses), fail_on=settings.fail_on,
                          failed_inputs=failed_inputs, to_stderr=True, claims=claims,
                          settings=settings)
        if fixed.files:
            _say("info", f"fixed {fixed.count} finding(s) in {fixed.files} file(s)")
            return run(_with(args, fix=False, rerun=True))  # check again: offsets moved
    if args.write_baseline:
        from numcheck.baseline import write_baseline

        write_baseline(findings, args.write_baseline)
        _say("info", f"wrote {len(findings)} finding(s) to baseline {args.write_baseline}")
        return EXIT_ERROR if failed_inputs else EXIT_OK
    if baseline is not None:
        findings, _known = baseline.filter(findings)
    if changes is not None:
        findings = changes.filter(findings)
    return report(args, formatter, findings, engine.rules, documents, len(result.analyses),
                  fail_on=settings.fail_on, failed_inputs=failed_inputs, claims=claims,
                  settings=settings)


def _with(args: argparse.Namespace, **changes: Any) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(args), **changes})


@dataclasses.dataclass
class Fixed:
    fixed: list[Finding] = dataclasses.field(default_factory=list)
    count: int = 0
    files: int = 0
    diff: str = ""
    stdin_text: str | None = None


def fix_files(findings: Sequence[Finding], documents: dict[str, Document], *, write: bool,
              unsafe: bool, encoding: str | None, stdin_path: str | None) -> Fixed:
    """Apply fixes file by file (atomically), or collect them as one diff."""
    from numcheck.fix import applicable_fixes, apply_fixes, unified_diff

    out = Fixed()
    diffs = []
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    for path in sorted(by_path):
        document = documents.get(path)
        if document is None:
            continue
        new_text, count = apply_fixes(document.text, by_path[path], unsafe=unsafe)
        is_stdin = path == stdin_path  # never write over a file stdin is only named as
        if is_stdin and write:
            out.stdin_text = new_text
        if not count or new_text == document.text:
            continue
        out.files += 1
        out.count += count
        usable = {id(fix) for fix in applicable_fixes(by_path[path], unsafe=unsafe)}
        out.fixed.extend(f for f in by_path[path] if f.fix is not None and id(f.fix) in usable)
        diffs.append(unified_diff(path, document.text, new_text))
        if write and not is_stdin:
            with open(path, "rb") as handle:
                bom = "\ufeff" if handle.read(3) == b"\xef\xbb\xbf" else ""
            write_atomic(path, bom + new_text, encoding=encoding or "utf-8")
    out.diff = "".join(diffs)
    return out


def postprocess(findings: Sequence[Finding], rules: Any, documents: dict[str, Document],
                resolver: ConfigResolver) -> list[Finding]:
    """Selection and severity, then suppression comments, then NC002 for unused ones."""
    from numcheck.engine import finalise
    from numcheck.suppress import apply_suppressions

    selected = apply_selection(findings, rules, resolver.settings_for)
    result = apply_suppressions(selected, documents, rules)
    unused = apply_selection(result.unused, rules, resolver.settings_for)
    return finalise([*result.kept, *unused])


def report(args: argparse.Namespace, formatter: Any, findings: Sequence[Finding], rules: Any,
           documents: dict[str, Document], files: int, *, fail_on: Severity,
           failed_inputs: int, to_stderr: bool = False,
           claims: dict[str, tuple[Claim, ...]] | None = None,
           settings: Settings | None = None) -> int:
    from numcheck.report.base import Report

    final = Report(findings=list(findings), rules=rules, documents=documents,
                   files_checked=files, claims=claims or {}, settings=settings)
    rendered = formatter.render(final)
    if to_stderr:
        sys.stderr.write(rendered)
    else:
        emit(rendered, args.output_file)
    if formatter.name == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        step_summary(final, os.environ["GITHUB_STEP_SUMMARY"])
    if args.statistics:
        counts = Counter((f.rule, f.name) for f in findings)
        for (code, name), count in sorted(counts.items(), key=lambda i: (-i[1], i[0])):
            print(f"{count:6d}  {code:<7} {name}", file=sys.stderr)
    if failed_inputs:
        return EXIT_ERROR
    if not args.exit_zero and fails(findings, fail_on):
        return EXIT_FINDINGS
    return EXIT_OK


__all__ = ["MetadataReader", "register", "run"]
