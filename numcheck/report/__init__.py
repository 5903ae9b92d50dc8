"""Output formats; each is an ordinary plugin implementing ``numcheck_formatters``.

``collect_formatters(pm)`` gathers them by name; ``render`` picks one. Built-in
formats are declared as entry points like third-party ones, so a plugin can add a
format (or a newsroom can disable one) the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

from numcheck.errors import ConfigError, NumcheckError
from numcheck.plugins import call_each
from numcheck.report.base import Formatter, Report

if TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_FORMAT = "full"


def collect_formatters(
    pm: pluggy.PluginManager, owner: dict[str, str] | None = None
) -> dict[str, Formatter]:
    """Formatters by name; two plugins claiming one name is a configuration error.

    ``owner``, when given, is filled with the plugin offering each name.
    """
    found: dict[str, Formatter] = {}
    owner = {} if owner is None else owner
    for plugin, formatters in call_each(pm, "numcheck_formatters"):
        for formatter in formatters or ():
            name = getattr(formatter, "name", None)
            if not isinstance(name, str) or not callable(getattr(formatter, "render", None)):
                raise ConfigError(
                    f"plugin {plugin!r}: numcheck_formatters returned {formatter!r}, "
                    "which has no name or render()"
                )
            if name in found:
                raise ConfigError(
                    f"output format {name!r} is offered by two plugins ({owner[name]!r} and "
                    f"{plugin!r})"
                )
            found[name] = formatter
            owner[name] = plugin
    return dict(sorted(found.items()))


def formatter_owner(pm: pluggy.PluginManager, name: str) -> str:
    """The plugin that offers output format ``name`` ('' if none), for messages."""
    for plugin, formatters in call_each(pm, "numcheck_formatters"):
        if any(getattr(f, "name", None) == name for f in formatters or ()):
            return plugin
    return ""


class UnknownFormat(NumcheckError):
    """``--output-format`` names no loaded format (exit 2)."""


def get_formatter(formatters: Mapping[str, Formatter], name: str) -> Formatter:
    try:
        return formatters[name]
    except KeyError:
        import difflib

        choices = ", ".join(formatters) or "none loaded"
        close = difflib.get_close_matches(name, list(formatters), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise UnknownFormat(f"unknown output format {name!r} ({hint}choose from: "
                            f"{choices})") from None


def render(report: Report, name: str, pm: pluggy.PluginManager) -> str:
    return get_formatter(collect_formatters(pm), name).render(report)


__all__ = [
    "DEFAULT_FORMAT",
    "Formatter",
    "Report",
    "UnknownFormat",
    "collect_formatters",
    "formatter_owner",
    "get_formatter",
    "render",
]
