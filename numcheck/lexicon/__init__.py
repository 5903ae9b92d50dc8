"""Vocabulary as data: the TOML files beside this module.

Each ``<name>.toml`` is one section of the lexicon ("hedges", "units", "measures",
...). Plugins extend it through the ``numcheck_lexicon`` hook; ``Lexicon.extended``
merges their additions (tables merge key by key, lists are appended, scalars are
replaced). Code never hard-codes words that belong here.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_section(name: str) -> Mapping[str, Any]:
    """One built-in data file, parsed once per process."""
    data = resources.files(__name__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def section_names() -> list[str]:
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in resources.files(__name__).iterdir()
        if entry.name.endswith(".toml")
    )


def merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``extra`` over ``base`` without mutating either."""
    out: dict[str, Any] = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *(v for v in value if v not in old)]
        else:
            out[key] = value
    return out


class Lexicon:
    """The merged vocabulary: ``lexicon["hedges"]`` is the hedges section."""

    __slots__ = ("_sections",)

    def __init__(self, sections: Mapping[str, Mapping[str, Any]]) -> None:
        self._sections = dict(sections)

    @classmethod
    @cache
    def default(cls) -> Lexicon:
        return cls({name: load_section(name) for name in section_names()})

    def extended(self, additions: Iterable[Mapping[str, Any] | None]) -> Lexicon:
        sections: dict[str, Any] = dict(self._sections)
        for extra in additions:
            if extra:
                sections = merge(sections, extra)
        return Lexicon(sections)

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        return self._sections.get(name, {})

    def __contains__(self, name: object) -> bool:
        return name in self._sections

    def names(self) -> list[str]:
        return sorted(self._sections)
