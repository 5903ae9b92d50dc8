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
                        help="ignore config files (plugins listed there are not loaded)")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The settings of the working directory's config, plus ``--plugin``."""
    from numcheck.config import ConfigResolver, Overrides

    resolver = ConfigResolver(Overrides(plugins=tuple(args.plugin)), config=args.config,
                              isolated=args.isolated)
    return resolver.settings_for(os.getcwd())
