"""The boundary between numcheck and plugin code: every call and every result checked.

Plugins are arbitrary Python. Whatever a checker does (raise, call ``sys.exit``,
return a string, build a Finding with a list where a tuple belongs, overrun its
``plugin-timeout``) becomes an NC001 finding naming the plugin, the hook and the
file, and every other plugin's findings are kept. Two things still end the run:
Ctrl-C (KeyboardInterrupt, even inside an exception group) and a plugin's own
NumcheckError (a malformed reference sheet: one line, exit 2). A formatter has no
report to carry an NC001, so a failing one ends the run with a one-line error
naming its plugin (exit 2).
"""

from __future__ import annotations

import dataclasses
import os
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from numcheck.checkers.meta import PLUGIN_ERROR
from numcheck.errors import NumcheckError
from numcheck.findings import Finding, InvalidFinding, Location, checked_finding
from numcheck.isolation import Supervisor, is_interrupt
from numcheck.rules import RuleRegistry

if TYPE_CHECKING:
    from numcheck.report.base import Formatter, Report


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(text.split())[:limit]


def _results(value: object) -> list[object]:
    """The items of one plugin's return value (None: nothing; a string is no list)."""
    if value is None:
        return []
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidFinding(f"returned {type(value).__name__}, not an iterable of Findings")
    return list(value)


class Boundary:
    """Calls one checker plugin and turns whatever happens into findings."""

    def __init__(self, rules: RuleRegistry) -> None:
        self.rules = rules

    def call(self, plugin: str, hook: str, caller: Callable[..., list[Any]],
             kwargs: Mapping[str, Any], path: str,
             lengths: Mapping[str, int]) -> list[Finding]:
        """The plugin's completed findings, or one NC001 if the call itself failed.

        A failed call's partial output is dropped (it may be half a verdict); one
        malformed finding is rejected with an NC001 and its siblings are kept.
        ``lengths`` (path -> text length) bounds the offsets of findings in the
        documents the call was given.
        """
        try:
            items = [item for result in caller(**kwargs) for item in _results(result)]
        except NumcheckError:
            raise  # a user error the plugin reports (exit 2), not a plugin fault
        except InvalidFinding as err:
            return [self.fault(plugin, hook, path, str(err))]
        except BaseException as err:
            if is_interrupt(err):
                raise
            return [self.fault(plugin, hook, path, _raised(err))]
        return [self.complete(plugin, hook, item, path, lengths) for item in items]

    def complete(self, plugin: str, hook: str, item: object, path: str,
                 lengths: Mapping[str, int]) -> Finding:
        """A validated finding with name, severity and plugin from its rule, or an NC001."""
        try:
            where = getattr(getattr(item, "location", None), "path", None)
            finding = checked_finding(item, lengths.get(where) if isinstance(where, str)
                                      else None)
        except InvalidFinding as err:
            return self.fault(plugin, hook, path, f"{err} (finding rejected)")
        rule = self.rules.get(finding.rule)
        if rule is None:
            return self.fault(plugin, hook, path,
                              f"reported rule {finding.rule!r}, which no plugin declared",
                              finding.location)
        return dataclasses.replace(finding, name=rule.name, severity=rule.severity,
                                   plugin=finding.plugin or plugin)

    def fault(self, plugin: str, hook: str, path: str, problem: str,
              location: Location | None = None,
              consequence: str = "its findings are missing") -> Finding:
        """The NC001 finding for a plugin's fault."""
        location = location or Location(path, 0, 0, 1, 1, 1, 1, "")
        message = f"plugin {plugin!r} {problem} in {hook} on {path}; {consequence}"
        return Finding(rule=PLUGIN_ERROR.code, message=message, location=location,
                       name=PLUGIN_ERROR.name, severity=PLUGIN_ERROR.severity, plugin=plugin,
                       subject=f"{plugin}:{hook}:{problem.split(':')[0]}")


def _raised(err: BaseException) -> str:
    """'raised ValueError at plugin.py:12: message' (SystemExit shows its code)."""
    frames = traceback.extract_tb(err.__traceback__)
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    if isinstance(err, SystemExit):
        return f"called sys.exit({err.code!r}){where}"
    text = _one_line(str(err))
    return f"raised {type(err).__name__}{where}" + (f": {text}" if text else "")


class FormatterError(NumcheckError):
    """An output format's plugin failed: no report can be written (exit 2)."""


@dataclass(frozen=True)
class GuardedFormatter:
    """A plugin's formatter whose failures name the plugin instead of crashing numcheck."""

    inner: Formatter
    plugin: str
    supervisor: Supervisor | None = None

    @property
    def name(self) -> str:
        return self.inner.name

    def __getattr__(self, attribute: str) -> Any:
        """Everything else (``styled`` for colour terminals, ...) is the formatter's own."""
        if attribute == "inner":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(attribute)
        return getattr(self.inner, attribute)

    @property
    def description(self) -> str:
        return str(getattr(self.inner, "description", ""))

    def render(self, report: Report) -> str:
        what = f"plugin {self.plugin!r}: output format {self.name!r}"
        if self.supervisor is None:
            value = self._render(report)
        else:
            outcome, = self.supervisor.run([self.plugin], lambda _p: self._render(report))
            if outcome.problem is not None:
                raise FormatterError(f"{what} {outcome.problem}")
            value = outcome.value
        if isinstance(value, _Failure):
            raise FormatterError(f"{what} {value}")
        if not isinstance(value, str):
            raise FormatterError(f"{what} returned {type(value).__name__}, not text")
        return value

    def _render(self, report: Report) -> object:
        """The text, or the exception (picklable enough to cross from a worker)."""
        try:
            return self.inner.render(report)
        except NumcheckError:
            raise
        except BaseException as err:
            if is_interrupt(err):
                raise
            return _Failure(_raised(err))


class _Failure(Exception):
    """A formatter's exception, already described (tracebacks do not pickle)."""

    def __str__(self) -> str:
        return str(self.args[0])


__all__ = ["Boundary", "FormatterError", "GuardedFormatter"]
