"""The format of the two-article case files the drift and extract tests share: each
``[[case]]`` has a ``name``, an ``expect`` (a rule, or "" for a look-alike that must stay
silent) and two sides ``a`` and ``b`` with a ``date``, a ``source`` and a ``text``, run as
two short Markdown articles of one story."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str
    expect: str
    articles: dict[str, str]


def load_cases(path: Path) -> list[Case]:
    """The cases of the TOML file at ``path``, each side as a Markdown article."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Case(raw["name"], raw["expect"], {
        f"{side}.md": (f"---\ndate: {raw[side]['date']}\nsource: {raw[side]['source']}\n"
                       f"---\n\n{raw[side]['text']}\n") for side in ("a", "b")})
        for raw in data["case"]]
