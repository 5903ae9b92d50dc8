"""What the extract tests share: a figure's claim by its text, and realisation cases
(data/*.toml: planted problems and look-alikes, with ``miss`` for a known miss)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from numcheck.engine import Engine
from numcheck.testing import run_checks
from numcheck.testing.builders import make_document

ENGINE = Engine()
DATA = Path(__file__).parent / "data"


def claim(text: str, figure: str) -> tuple[str, tuple[str, ...], int | None]:
    """(key, measure, part_of) of the figure written ``figure`` in ``text``."""
    claims = ENGINE.analyse(make_document(text, "a.md")).claims
    found = next(c for c in claims if c.quantity.text == figure)
    return str(found.key), found.measure, found.part_of


def cases(name: str) -> list[Any]:
    """The cases of data/NAME, each a pytest param; a known miss is an expected failure."""
    raw = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"]
    return [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=c["miss"])]
                         if "miss" in c else []) for c in raw]


def check_case(case: dict[str, str]) -> None:
    """A planted problem raises a warning or an error; a look-alike raises none."""
    texts = {f"{name}.md": f"---\ndate: 2025-03-04\n---\n\n{case[name]}\n"
             for name in ("a", "b") if name in case}
    found = [f"{f.rule} {f.message}" for f in run_checks(texts, builtins=True)
             if str(f.severity) in ("warning", "error")]
    if case["expect"] == "found":
        assert found
    else:
        assert found == []
