"""``numcheck parse``: show what numcheck reads in each file (quantities or claims).

A debugging and integration tool: one line per quantity for people, or the
versioned JSON contract of docs/users/json.md for programs. It reads the same
settings as ``numcheck check`` (the nearest config of the first path, or
``--config``/``--isolated``; its ``tolerance``; its plugins and their lexicon
additions), so it shows the intervals ``check`` compares. A bad path is reported
on stderr ("numcheck: error: PATH: problem"), the other files are still read, and
the run exits 2; the output is written in one piece at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from numcheck.commands._plugin_options import add_plugin_options
from numcheck.document import Document
from numcheck.errors import EXIT_ERROR, EXIT_OK, InputError, NumcheckError
from numcheck.quantity import Kind, Quantity
from numcheck.settings import Settings
from numcheck.workflow.display import escape_name, unsurrogate
from numcheck.workflow.output import write_stdout

JSON_VERSION = 1
VIEWS = ("quantities", "claims")
ParseFn = Callable[[str], Sequence[Quantity]]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="show the quantities (or claims) numcheck reads in each file",
        description="Print every numeric phrase numcheck reads, with its interval, unit, "
        "kind and hedge. Exit 0, or 2 when a file could not be read (the others are "
        "still printed).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories; '-' reads stdin (the default when "
                        "stdin is a pipe)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (one line per quantity) or json (docs/users/json.md)")
    parser.add_argument("--view", choices=VIEWS, default="quantities",
                        help="quantities (the parser's output) or claims (with context)")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="the name stdin is shown as; its extension picks the format")
    parser.add_argument("--encoding", metavar="ENC",
                        help="decode files with ENC instead of UTF-8")
    add_plugin_options(parser)
    parser.set_defaults(func=run)


# -- the pipeline ----------------------------------------------------------------


def quantities_of(document: Document, parse: ParseFn) -> list[Quantity]:
    """Parse the prose; each quantity's ``text`` is the original file's characters."""
    out = []
    for quantity in parse(document.prose):
        original = document.text[quantity.start:quantity.end]
        if original != quantity.text:
            quantity = dataclasses.replace(quantity, text=original)
        out.append(quantity)
    return out


def _positions(document: Document, start: int, end: int) -> dict[str, int]:
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def quantity_json(document: Document, quantity: Quantity) -> dict[str, Any]:
    return {**quantity.to_json(), **_positions(document, quantity.start, quantity.end)}


def claim_json(document: Document, claim: Any) -> dict[str, Any]:
    data: dict[str, Any] = claim.to_json()
    quantity = claim.quantity
    data["quantity"] = quantity_json(document, quantity)
    for key, value in _positions(document, quantity.start, quantity.end).items():
        data.setdefault(key, value)
    return data


def document_json(document: Document, quantities: Sequence[Quantity],
                  claims: Sequence[Any] | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "path": unsurrogate(document.path),
        "format": document.format,
        "metadata": document.metadata.to_json(),
        "regions": [region.to_json() for region in document.regions],
        "directives": [directive.to_json() for directive in document.directives],
    }
    if claims is None:
        data["quantities"] = [quantity_json(document, q) for q in quantities]
    else:
        data["claims"] = [claim_json(document, c) for c in claims]
    return data


def _phrase(text: str) -> str:
    return " ".join(text.split())


def _reading(quantity: Quantity) -> str:
    """What the phrase reads as: the ISO date or clock time for dates and times
    ("2022-02-24", "--02-24", "09:30"; "?" for an ambiguous "3/4"), else the hard
    interval."""
    if quantity.kind in (Kind.DATE, Kind.TIME):
        return quantity.iso or "?"
    return str(quantity.hard)


def quantity_line(document: Document, quantity: Quantity) -> str:
    line, column = document.position(quantity.start)
    unit = f" {quantity.unit}" if quantity.unit else ""
    hedge = f", {quantity.hedge}" if quantity.hedge else ""
    return (f"{escape_name(document.path)}:{line}:{column}  {_phrase(quantity.text)}  →  "
            f"{_reading(quantity)}{unit}  ({quantity.kind.value}{hedge})")


def claim_line(document: Document, claim: Any) -> str:
    base = quantity_line(document, claim.quantity)
    extra = [f"key={claim.key}", f"scope={claim.scope.value}"]
    if claim.claimant:
        extra.append(f"claimant={claim.claimant!r}")
    if claim.window:
        extra.append(f"window={claim.window!r}")
    return f"{base}  {' '.join(extra)}"


# -- the command -----------------------------------------------------------------


def _read(path: str, args: argparse.Namespace) -> Document:
    from numcheck.readers import read_path, read_stdin

    if path == "-":
        return read_stdin(args.stdin_filename, args.encoding)
    return read_path(path, encoding=args.encoding)


def _inputs(args: argparse.Namespace, settings: Settings,
            errors: list[InputError]) -> list[str]:
    from numcheck.discovery import find_files

    return find_files(args.paths, settings, errors=errors)


def _settings(args: argparse.Namespace) -> Settings:
    """The settings ``numcheck check`` would use for the first path."""
    from numcheck.config import ConfigResolver, Overrides

    resolver = ConfigResolver(Overrides(plugins=tuple(args.plugin), trust=args.trust),
                              config=args.config, isolated=args.isolated)
    first = args.paths[0]
    return resolver.settings_for((args.stdin_filename or "-") if first == "-" else first)


def run(args: argparse.Namespace) -> int:
    from numcheck.engine import Engine, extract
    from numcheck.workflow.inputs import text_encoding

    if args.encoding and not text_encoding(args.encoding):
        raise NumcheckError(f"unknown encoding {args.encoding!r} (--encoding)")
    if not args.paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise NumcheckError("no input: give PATH ... or '-' to read stdin")
        args.paths = ["-"]
    engine = Engine(_settings(args))
    errors: list[InputError] = []
    documents: list[dict[str, Any]] = []
    lines: list[str] = []
    for path in _inputs(args, engine.settings, errors):
        try:
            document = _read(path, args)
        except InputError as err:
            errors.append(err)
            continue
        quantities = quantities_of(document, engine.parse)
        claims = (extract(document, quantities, engine.lexicon) if args.view == "claims"
                  else None)
        if args.format == "json":
            documents.append(document_json(document, quantities, claims))
        elif claims is None:
            lines.extend(quantity_line(document, q) for q in quantities)
        else:
            lines.extend(claim_line(document, c) for c in claims)
    for error in errors:
        print(f"numcheck: error: {escape_name(str(error))}", file=sys.stderr)
    if args.format == "json":
        payload = {
            "version": JSON_VERSION,
            "view": args.view,
            "documents": documents,
            "errors": [{"path": unsurrogate(e.path), "message": e.problem} for e in errors],
        }
        output = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    else:
        output = "".join(line + "\n" for line in lines)
    write_stdout(output)
    return EXIT_ERROR if errors else EXIT_OK
