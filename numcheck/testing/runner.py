"""Run the real pipeline (reader, parser, claims, plugins) on inline text in a test.

Only the plugins a test names are loaded (plus numcheck's built-ins when asked), so
a plugin's tests do not depend on what else is installed. A plugin that raises fails
the test with the engine's NC001 message instead of becoming a finding, unless
``allow_errors=True``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.metadata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.settings import Settings
from numcheck.workflow.fix import apply_fixes

Source = str | Path | Document
PluginSpec = object  # a module or object with @hookimpl functions, or "path/to/file.py"

_PLUGIN_ERROR = "NC001"


class RunResult(list[Finding]):
    """The findings of a run, plus the documents they are about."""

    def __init__(self, findings: Iterable[Finding], documents: Mapping[str, Document]) -> None:
        super().__init__(findings)
        self.documents = dict(documents)

    def codes(self) -> list[str]:
        return [f.rule for f in self]

    def fixed(self, path: str | None = None, *, unsafe: bool = False) -> str:
        """The document's text after applying the offered fixes (``--fix``)."""
        if path is None:
            if len(self.documents) != 1:
                raise ValueError("several documents were checked: name the path")
            path = next(iter(self.documents))
        mine = [f for f in self if f.location.path == path]
        return apply_fixes(self.documents[path].text, mine, unsafe=unsafe)[0]


def plugin_name(plugin: object) -> str:
    """The name a plugin gets in a real run: its built-in or entry-point name."""
    from numcheck.plugins import builtin_name

    module = getattr(plugin, "__name__", None) or type(plugin).__name__
    builtin = builtin_name(module)
    if builtin is not None:
        return builtin
    for ep in importlib.metadata.entry_points(group="numcheck"):
        if ep.value == module:
            return ep.name
    declared = getattr(plugin, "NAME", None)
    return declared if isinstance(declared, str) else module.rsplit(".", 1)[-1]


def _document(source: Source, path: str, date: dt.date | None, origin: str | None) -> Document:
    if isinstance(source, Document):
        doc = source
    elif isinstance(source, Path):
        from numcheck.readers import read_path

        doc = read_path(str(source))
    else:
        from numcheck.readers import read_text

        doc = read_text(source, path)
    if date is not None or origin is not None:
        meta = dataclasses.replace(
            doc.metadata,
            date=date if date is not None else doc.metadata.date,
            source=origin if origin is not None else doc.metadata.source,
        )
        doc = dataclasses.replace(doc, metadata=meta)
    return doc


def _manager(plugins: Sequence[PluginSpec], builtins: bool, settings: Settings) -> Any:
    from numcheck.plugins import PluginOrigin, get_plugin_manager, register_builtins

    files = tuple(str(p) for p in plugins if isinstance(p, str | Path))
    pm = get_plugin_manager(dataclasses.replace(settings, plugins=files), load_entrypoints=False)
    if builtins:
        register_builtins(pm)
    for plugin in plugins:
        if isinstance(plugin, str | Path):
            continue
        name = plugin_name(plugin)
        if not pm.has_plugin(name):
            pm.register(plugin, name=name)
            location = plugin.__name__ if isinstance(plugin, ModuleType) else name
            pm.origins[name] = PluginOrigin("module", location)
    pm.check_pending()
    return pm


def run_checks(
    sources: Source | Mapping[str, str] | Sequence[Source],
    plugins: Sequence[PluginSpec] = (),
    *,
    builtins: bool = False,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    settings: Settings | None = None,
    path: str = "article.txt",
    date: dt.date | str | None = None,
    source: str | None = None,
    today: dt.date | None = None,
    allow_errors: bool = False,
) -> RunResult:
    """Check inline text (or files, or Documents) with the given plugins.

    ``sources`` is one text (checked as ``path``; the extension picks the format), a
    mapping of path -> text (several articles: the corpus hook sees them all), a
    Path, a Document, or a list of those. ``options`` are the plugin tables of
    ``[tool.numcheck.plugins]``; ``date``/``source`` set every document's metadata.
    """
    from numcheck.context import CheckContext
    from numcheck.engine import Engine

    settings = settings or Settings()
    if options:
        merged = {**settings.plugin_options, **{k: dict(v) for k, v in options.items()}}
        settings = dataclasses.replace(settings, plugin_options=merged)
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    if isinstance(sources, Mapping):
        items: list[tuple[Source, str]] = [(text, p) for p, text in sources.items()]
    elif isinstance(sources, str | Path | Document):
        items = [(sources, path)]
    else:
        items = [(s, f"article{i}.txt") for i, s in enumerate(sources, 1)]
    documents = [_document(s, p, date, source) for s, p in items]
    engine = Engine(
        settings,
        _manager(plugins, builtins, settings),
        context=CheckContext(settings=settings, today=today),
    )
    run = engine.run(documents, progress=None)
    if run.errors:
        raise AssertionError("; ".join(str(err) for err in run.errors))
    if not allow_errors:
        faults = [f.message for f in run.findings if f.rule == _PLUGIN_ERROR]
        if faults:
            raise AssertionError("a plugin failed: " + "; ".join(faults))
    return RunResult(run.findings, {d.path: d for d in documents})


__all__ = ["RunResult", "plugin_name", "run_checks"]
