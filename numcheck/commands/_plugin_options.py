"""Options shared by the commands that load plugins without checking files."""

from __future__ import annotations

import argparse
import os

from numcheck.settings import Settings


def add_plugin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plugin", action="append", default=[], metavar="PATH_OR_MODULE",
                        help="also load this plugin file or module (repeatable)")
    parser.add_argument("--config", metavar="FILE", help="use this config file")
    parser.add_argument("--isolated", action="store_true",
                        help="ignore config files and numcheck_plugins.py (plugins listed "
                        "there are not loaded)")
    parser.add_argument("--trust", action="store_true",
                        help="load plugins from config files and numcheck_plugins.py even "
                        "outside the working tree (docs/users/security.md)")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The settings of the working directory's config, plus ``--plugin``."""
    from numcheck.config import ConfigResolver, Overrides

    resolver = ConfigResolver(Overrides(plugins=tuple(args.plugin), trust=args.trust),
                              config=args.config, isolated=args.isolated)
    return resolver.settings_for(os.getcwd())
