"""Refuse a run that would silently check nothing (exit 2, with a "did you mean").

A rule selector that matches no loaded rule (``--select NC1O1``), or a plugin
options table that names no installed plugin (``[tool.numcheck.plugins.house-styel]``),
would otherwise leave a green CI that checked nothing. Both are errors whether
they come from the command line or a config file; the message says where.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from numcheck.errors import ConfigError
from numcheck.findings import Rule
from numcheck.settings import Settings

if TYPE_CHECKING:
    from numcheck.engine import Engine

# (where, key, selectors): e.g. ("pyproject.toml", "select", ["NC1"]) or ("", "--select", ...)
Selectors = tuple[str, str, Sequence[str]]


def selectors_of(settings: Settings, where: str) -> list[Selectors]:
    """Every rule selector a Settings names, labelled by its config key."""
    return [
        (where, "select", settings.select),
        (where, "ignore", settings.ignore),
        (where, "extend-select", settings.extend_select),
        *((where, f'per-file-ignores "{glob}"', codes)
          for glob, codes in settings.per_file_ignores),
        (where, "severity", [s for s, _ in settings.severity]),
    ]


def _names(rules: Iterable[Rule]) -> list[str]:
    out: set[str] = set()
    for rule in rules:
        out.update((rule.code, rule.name))
        letters = rule.code.rstrip("0123456789")
        out.update(rule.code[:n] for n in range(len(letters), len(rule.code)))
    return sorted(out)


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """' (did you mean 'x'?)' for a near miss, else ''."""
    import difflib  # only a mistake needs it

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(word.upper(), choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown_selector_error(labelled: Iterable[Selectors], rules: Iterable[Rule]) -> str | None:
    """The message for the first selector that names no rule, or None."""
    from numcheck.workflow.selection import specificity

    known = list(rules)
    names = _names(known)
    for where, key, selectors in labelled:
        for selector in selectors:
            if any(specificity(selector, rule) is not None for rule in known):
                continue
            place = f"{where}: {key}" if where else key
            hint = did_you_mean(selector, names) or (
                " (is the plugin that provides it installed? `numcheck plugins` lists them)")
            return f"{place}: {selector!r} matches no rule{hint}"
    return None


def unknown_plugin_tables(settings: Settings, where: str, known: Iterable[str]) -> str | None:
    """The message for a ``[plugins.NAME]`` table naming no installed plugin, or None."""
    names = sorted(set(known))
    for table in sorted(settings.plugin_options):
        if table not in names:
            place = f"{where}: " if where else ""
            hint = did_you_mean(table, names) or " (`numcheck plugins` lists the installed ones)"
            return (f"{place}[plugins.{table}] names no installed plugin; its options would "
                    f"be ignored{hint}")
    return None


def plugin_names(engine: Engine) -> set[str]:
    """Every name a plugin is known by: registered, blocked, entry point, distribution."""
    pm = engine.manager
    names = {name for name, _ in pm.list_name_plugin() if name}
    names.update(getattr(pm, "seen_names", ()))
    return names


def verify(labelled: Iterable[Selectors], option_tables: Iterable[tuple[Settings, str]],
           engine: Engine) -> None:
    """Raise ConfigError (exit 2) for the first thing that names nothing."""
    problem = unknown_selector_error(labelled, engine.rules.values())
    if problem is None:
        known = plugin_names(engine)
        for settings, where in option_tables:
            problem = unknown_plugin_tables(settings, where, known)
            if problem is not None:
                break
    if problem is not None:
        raise ConfigError(problem)


def verify_selectors(all_settings: Sequence[Settings], engine: Engine) -> None:
    """For a run whose settings come from code (``numcheck.check``)."""
    labelled = [item for s in all_settings for item in selectors_of(s, "settings")]
    verify(labelled, [(s, "settings") for s in all_settings], engine)


__all__ = ["did_you_mean", "selectors_of", "verify", "verify_selectors"]
