"""``numcheck plugins``: which plugins are loaded, their versions, hooks and rules.

Every plugin is listed, built-ins included and marked (they load through the same
entry points as third-party plugins); ``--third-party`` shows only the others.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from numcheck.commands._plugin_options import add_plugin_options, settings_from_args
from numcheck.errors import EXIT_OK


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "plugins",
        help="list installed plugins with version, hooks and rules",
        description="List the loaded plugins: third-party entry points, plugin files and "
        "modules from the config or --plugin, and numcheck_plugins.py in the working "
        "directory, and numcheck's own built-in checkers and formats (marked [built-in]).",
    )
    parser.add_argument("--third-party", action="store_true",
                        help="hide numcheck's built-in plugins")
    # accepted for datasette/llm muscle memory: built-ins are listed by default
    parser.add_argument("--all", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_plugin_options(parser)
    parser.set_defaults(func=run)


def render_text(info: list[dict[str, Any]], third_party_only: bool) -> str:
    if not info:
        hint = " (numcheck plugins without --third-party lists the built-ins)" \
            if third_party_only else ""
        return f"No plugins loaded{hint}.\n"
    lines = []
    for item in info:
        version = f" {item['version']}" if item["version"] else ""
        builtin = " [built-in]" if item["builtin"] else ""
        lines.append(f"{item['name']}{version}{builtin}  ({item['source']})")
        lines.append(f"  hooks: {', '.join(item['hooks']) or '-'}")
        lines.append(f"  rules: {', '.join(item['rules']) or '-'}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from numcheck.plugins import get_plugin_manager, plugin_info

    pm = get_plugin_manager(settings_from_args(args))
    info = [item for item in plugin_info(pm) if not (args.third_party and item["builtin"])]
    if args.format == "json":
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        print(render_text(info, args.third_party), end="")
    return EXIT_OK
