"""Resolved settings for one run: config files, then the command line on top.

This is the value checkers and the engine read; numcheck/config.py finds and
validates the files that produce it. Defaults here are the documented defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from numcheck.findings import Severity

STORY_SCOPES = ("story", "all", "run", "directory", "file")  # "run" is the old name of "all"
ENGINES = ("inprocess", "dask")


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, codes)
    severity: tuple[tuple[str, Severity], ...] = ()  # rule code or name -> severity
    fail_on: Severity = Severity.ERROR
    # relative tolerance r of "about x": [x - t, x + t], t = max(g/2, r*x)
    tolerance: float = 0.10
    plugins: tuple[str, ...] = ()  # plugin files or modules to load
    disable_plugins: tuple[str, ...] = ()
    reference: tuple[str, ...] = ()  # desk fact sheets (TOML)
    boilerplate: tuple[str, ...] = ()  # extra regex patterns for boilerplate lines
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
    exclude: tuple[str, ...] = ()
    start_date: str | None = None  # ISO date the story's day count starts from
    plugin_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    config_path: str | None = None  # where these came from, for messages
    # files larger than this many bytes are skipped with a message (0 = no limit):
    # no article is 10 MB, and a stray data dump should not stall a CI job
    max_file_size: int = 10 * 1024 * 1024
    # which documents drift compares with each other when they name no ``story`` in their
    # metadata: "story" (those that can be about one story: dated within a week of each
    # other), "all"/"run" (all of them), "directory" (each directory apart) or "file" (none)
    story_scope: str = "story"
    # where the desk publishes numcheck's rule docs (SARIF helpUri); None = no link
    docs_url: str | None = None
    # seconds one plugin call (a checker on one document, a corpus check, a formatter)
    # may take before it is stopped and reported as NC001 (0 = no limit); see
    # docs/plugins/hooks.md for how (plugin calls then run in a worker process)
    plugin_timeout: float = 0.0
    # who may run code (docs/users/security.md): numcheck_plugins.py in the working
    # directory is loaded unless --isolated; --trust vouches for every config and
    # plugin file of the run; a config numcheck does not trust gets its plugins
    # refused, with the one-line reason here (loading then stops with exit 2)
    local_plugins: bool = True
    trust: bool = False
    plugins_refused: str = ""
    # what runs the checks: "inprocess" (this process; --jobs processes parse) or "dask"
    # (numcheck/distributed/: partitions on a Dask cluster; docs/users/scale.md)
    engine: str = "inprocess"
    dask_scheduler: str | None = None  # a running scheduler's address; None: LocalCluster
    dask_workers: int = 0  # LocalCluster worker processes (0: one per usable CPU)
    dask_memory_limit: int = 0  # bytes per LocalCluster worker (0: Dask's own share)
    dask_partition_size: int = 4 * 1024 * 1024  # bytes of input per partition
