"""The ``numcheck`` command: argument parsing and wiring only.

Each subcommand lives in numcheck/commands/<name>.py and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NoReturn

from numcheck import __version__
from numcheck.errors import EXIT_ERROR, NumcheckError
from numcheck.lazyre import lazy_compile

SUBCOMMANDS = ("check", "parse", "plugins", "rule")


_UNKNOWN = lazy_compile(r"unrecognized arguments: (\S+)")
_BAD_CHOICE = lazy_compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line (plus a pointer to --help), exit 2, like ruff's;
    a misspelt flag or subcommand gets a "did you mean"."""

    def error(self, message: str) -> NoReturn:
        hint = self.suggestion(message)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}{hint} "
                              f"(see '{self.prog} --help')\n")

    def suggestion(self, message: str) -> str:
        if (match := _UNKNOWN.search(message)) and match.group(1).startswith("-"):
            word, choices = match.group(1).split("=", 1)[0], self.option_strings()
        elif match := _BAD_CHOICE.search(message):
            word, choices = match.group(1), re.findall(r"'([^']*)'", match.group(2))
        else:
            return ""
        import difflib  # only a usage error needs it

        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def option_strings(self) -> list[str]:
        """Every flag of this parser and its subcommands, read from their help texts."""
        texts = [self.format_help()]
        texts.extend(sub.format_help() for sub in getattr(self, "subcommands", {}).values())
        return sorted({flag for text in texts for flag in re.findall(r"--?[a-zA-Z][\w-]*", text)})


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, just that subcommand's module is imported
    (start-up time: ``numcheck parse`` need not import the check command's config code)."""
    parser = _Parser(
        prog="numcheck",
        description="Check the numbers in news copy.",
        epilog="Exit codes: 0 no failing findings, 1 findings at or above --fail-on, "
        "2 usage, input or internal error.",
    )
    parser.add_argument("--version", action="version", version=f"numcheck {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only in SUBCOMMANDS else SUBCOMMANDS:
        import_module(f"numcheck.commands.{name}").register(subparsers)
    parser.subcommands = dict(subparsers.choices)  # type: ignore[attr-defined]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(first)
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        code: int = args.func(args)
    except NumcheckError as err:
        print(f"numcheck: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("numcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (numcheck ... | head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as err:
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        print(
            f"numcheck: internal error: {type(err).__name__}: {err} "
            "(set NUMCHECK_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return code


def run() -> NoReturn:
    """The process entry point (the ``numcheck`` console script, ``python -m numcheck``):
    ``main`` with the garbage collector paused for the start-up (numcheck/startup.py) and
    the entry-point cache on (numcheck/entry_cache.py)."""
    from numcheck import entry_cache, startup

    startup.hold()
    entry_cache.enable()
    code = main()
    startup.at_exit()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
