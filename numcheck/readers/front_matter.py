"""Front matter read by real parsers: YAML (PyYAML ``safe_load``) and TOML (tomllib).

Top-level keys give metadata (``[documents.fields]`` names them); a value may be
any YAML scalar (a folded ``title: >-`` headline, a quoted string, a date) or a list
of scalars (``authors: [A, B]``, joined with commas). Maps and anything a parser
refuses give nothing: front matter that cannot be read is still not prose.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from numcheck.lazyre import lazy_compile
from numcheck.readers.metadata import MetadataBuilder

_TOML_OPEN = lazy_compile(r"\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = lazy_compile(r"^\+\+\+[ \t]*\r?$", re.M)


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _offer(data: Any, meta: MetadataBuilder) -> None:
    if not isinstance(data, Mapping):
        return
    for key, value in data.items():
        if not isinstance(key, str):
            continue
        if isinstance(value, list):
            parts = [s for s in map(_scalar, value) if s]
            text = ", ".join(parts) if len(parts) == len(value) else None
        elif isinstance(value, Mapping):  # publisher: {name: ...} (schema.org style)
            text = _scalar(value.get("name"))
        else:
            text = _scalar(value)
        meta.offer(key, text)


def yaml_front_matter(content: str, meta: MetadataBuilder) -> None:
    """Offer the keys of a YAML front matter block (safe_load: no tags, no code)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(content, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return
    _offer(data, meta)


def toml_front_matter(text: str, meta: MetadataBuilder) -> int:
    """A ``+++`` TOML block at the very start: offer its keys; its end offset or 0."""
    opening = _TOML_OPEN.match(text)
    if opening is None:
        return 0
    closing = _TOML_CLOSE.search(text, opening.end())
    if closing is None:
        return 0
    import tomllib

    with contextlib.suppress(tomllib.TOMLDecodeError, RecursionError, ValueError):
        _offer(tomllib.loads(text[opening.end():closing.start()]), meta)
    end = text.find("\n", closing.end())
    return len(text) if end == -1 else end + 1
