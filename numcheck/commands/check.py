"""``numcheck check``: the command editors and CI run. Flags only.

The flags become :class:`numcheck.workflow.command.Options`; the workflow
(discovery, engine, selection, suppressions, baseline, changed lines, fixes,
output) lives in numcheck/workflow/, shared with :func:`numcheck.check`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Sequence
from typing import Any

from numcheck.config import Overrides, parse_size, suggest
from numcheck.errors import NumcheckError
from numcheck.findings import Severity
from numcheck.settings import ENGINES, STORY_SCOPES

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


def _seconds(value: str) -> float:
    from numcheck.config import parse_seconds

    seconds = parse_seconds(value)
    if seconds is None:
        raise argparse.ArgumentTypeError(f"expected a number of seconds (0 = no limit), "
                                         f"got {value!r}")
    return seconds


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
    o.add_argument("--output-dir", metavar="DIR",
                   help="write the findings as part files of 100,000 (jsonl, or parquet "
                   "with --output-format parquet) for large runs")
    o.add_argument("--statistics", action="store_true",
                   help="counts per rule, on stderr (never mixed into the report)")
    o.add_argument("--show-settings", action="store_true",
                   help="print the resolved settings for the first path as JSON and exit")
    o.add_argument("--no-progress", action="store_true",
                   help="no progress bar on stderr (it shows only on a terminal, for runs "
                   "over ~2 s)")
    o.add_argument("-q", "--quiet", action="count", default=0,
                   help="only findings, warnings and errors: no summary line, no progress, "
                   "no info messages")
    o.add_argument("-v", "--verbose", action="count", default=0,
                   help="also say which config applies and how long each step took")
    c = p.add_argument_group("configuration and inputs")
    c.add_argument("--config", metavar="FILE", help="use this config file for every file")
    c.add_argument("--isolated", action="store_true",
                   help="ignore all config files and numcheck_plugins.py")
    c.add_argument("--trust", action="store_true",
                   help="load plugins from config files and numcheck_plugins.py even "
                   "outside the working tree (docs/users/security.md)")
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
    c.add_argument("--no-ignore", action="store_true",
                   help="read files that .gitignore/.ignore files exclude when walking")
    c.add_argument("--follow-symlinks", action="store_true",
                   help="read symbolic links that point out of a walked directory")
    c.add_argument("--story-scope", type=_story_scope, metavar="SCOPE",
                   help="which files drift compares when they name no story: run (default: "
                   "all), directory (each directory apart) or file (only by metadata)")
    c.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                   help="read and parse with N processes")
    c.add_argument("--engine", choices=ENGINES,
                   help="inprocess (default) or dask: partitions on a Dask cluster, for "
                   "archives of millions of articles (docs/users/scale.md)")
    c.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running Dask scheduler (tcp://host:8786); "
                   "default: a LocalCluster on this machine")
    c.add_argument("--plugin-timeout", type=_seconds, metavar="SECONDS",
                   help="stop a plugin call that takes longer and report it as NC001 "
                   "(default 0: no limit)")
    w = p.add_argument_group("adoption and fixes")
    w.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in FILE")
    w.add_argument("--write-baseline", metavar="FILE",
                   help="record every current finding in FILE ('-': stdout) and exit 0")
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
        start_date=args.start_date, max_file_size=size, story_scope=args.story_scope,
        plugin_timeout=args.plugin_timeout, trust=args.trust, engine=args.engine,
        dask_scheduler=args.scheduler)


def run(args: argparse.Namespace) -> int:
    from numcheck.workflow.command import Options, execute

    options = Options(
        paths=tuple(args.paths or ["."]), overrides=overrides_from_args(args),
        config=args.config, isolated=args.isolated, output_format=args.output_format,
        output_file=args.output_file, output_dir=args.output_dir, statistics=args.statistics,
        show_settings=args.show_settings, progress=not args.no_progress,
        verbosity=args.verbose - args.quiet, exit_zero=args.exit_zero, date=args.date,
        source=args.source, stdin_filename=args.stdin_filename, encoding=args.encoding,
        force_exclude=args.force_exclude, no_ignore=args.no_ignore,
        follow_symlinks=args.follow_symlinks, jobs=args.jobs, baseline=args.baseline,
        write_baseline=args.write_baseline, changed_since=args.changed_since, fix=args.fix,
        unsafe_fixes=args.unsafe_fixes, diff=args.diff)
    return execute(options)


__all__ = ["overrides_from_args", "register", "run"]
