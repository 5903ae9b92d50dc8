"""What checkers get besides the claims: settings and run-wide facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from numcheck.settings import Settings


@dataclass(frozen=True)
class CheckContext:
    settings: Settings = field(default_factory=Settings)
    # today's date is never read from the clock inside checkers: runs are reproducible
    today: dt.date | None = None
    # extra run-wide state plugins may need (reference figures, the claim index, ...)
    extras: Mapping[str, Any] = field(default_factory=dict)

    def options(self, plugin: str) -> Mapping[str, Any]:
        """The ``[tool.numcheck.plugins.<plugin>]`` table, empty when absent."""
        return self.settings.plugin_options.get(plugin, {})
