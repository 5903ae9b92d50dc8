"""``numcheck.check``: the whole editorial check, in process, for a CMS or a script.

It is the same workflow ``numcheck check`` runs (the CLI is a caller of the same
:func:`numcheck.workflow.pipeline.run`): rule selection and severities from the
settings, suppression comments in the copy (with NC002 for unused ones), the
baseline, then a :class:`~numcheck.report.base.Report` any formatter can render.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from numcheck.settings import Settings
from numcheck.workflow.inputs import DocumentLike, MetadataReader, from_objects
from numcheck.workflow.pipeline import Request, make_engine, run

if TYPE_CHECKING:
    import datetime as dt

    from numcheck.engine import Engine
    from numcheck.report.base import Report


def load_settings(config: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from a config file (``numcheck.toml`` or a ``pyproject.toml`` with
    ``[tool.numcheck]``), validated exactly as the CLI validates it; the built-in
    defaults when ``config`` is None. A bad file raises ConfigError."""
    from numcheck.config import settings_from_file

    return settings_from_file(None if config is None else os.fspath(config))


def check(
    documents: Iterable[DocumentLike],
    settings: Settings | None = None,
    *,
    baseline: str | os.PathLike[str] | None = None,
    date: dt.date | str | None = None,
    source: str | None = None,
    engine: Engine | None = None,
) -> Report:
    """Check ``documents`` and return the report the CLI would print.

    ``documents``: paths (files or directories, walked with the settings'
    include/exclude), ``(name, text)`` pairs (the name's extension picks the reader:
    ``.md``, ``.html``, else plain text), or Documents. ``settings``: one Settings for
    every document (see :func:`load_settings`); None means the built-in defaults.
    ``baseline``: a baseline file written by ``numcheck check --write-baseline``.
    ``date``/``source`` override every document's metadata, like ``--date``/``--source``.
    ``engine``: reuse a loaded Engine (plugins, rules, lexicon) across calls; it must
    have been built with the same settings.

    Unreadable paths do not raise: they are in ``report.errors`` (and
    ``report.failed`` is true). A bad config, baseline or plugin raises a
    NumcheckError subclass with a one-line message.
    """
    from numcheck.workflow.baseline import load_baseline

    settings = settings or Settings()
    day = date.isoformat() if date is not None and not isinstance(date, str) else date
    reader = MetadataReader(max_size=settings.max_file_size, date=day, source=source)
    engine = engine or make_engine(settings)
    from numcheck.workflow.checks import verify_selectors

    verify_selectors([settings], engine)
    request = Request(
        inputs=from_objects(documents, settings, reader),
        settings=settings,
        settings_for=lambda _path: settings,
        reader=reader,
        baseline=load_baseline(os.fspath(baseline)) if baseline is not None else None,
    )
    return run(request, engine).report


__all__ = ["check", "load_settings"]
