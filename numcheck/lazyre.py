"""Regular expressions compiled on first use.

``_X = lazy_compile(r"...")`` stands for ``re.compile(r"...")`` (``lazy_regex`` for the
``regex`` module's ``regex.compile``): the pattern is compiled
the first time one of its attributes is read (``_X.search``), and each attribute is
then kept on the object, so later calls cost what they cost on the pattern itself.
A cold ``numcheck check`` of one story never uses about half of the ~100 patterns its
modules define (quote, apposition, temperature phrasings...); compiling them at
import cost it ~4% (docs/maintainers/startup.md). Only for patterns used through
their methods and attributes: ``re.sub(_X, ...)`` needs a real pattern. The same holds
for the patterns a lexicon's tables are built into (extract/vocab.py, the checkers' cue
objects): a short article never scans with most of them, so they compile on first scan.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile", "lazy_regex"]


def _regex_compile(pattern: str, flags: int) -> Any:
    import regex  # type: ignore[import-untyped, unused-ignore]

    return regex.compile(pattern, flags)


class _Lazy:
    """A stand-in that becomes the compiled pattern's attributes on first use."""

    def __init__(self, pattern: str, flags: int, engine: str = "re") -> None:
        self.__dict__["_source"] = (pattern, flags, engine)

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            pattern, flags, engine = self.__dict__["_source"]
            compile_ = re.compile if engine == "re" else _regex_compile
            compiled = self.__dict__["_compiled"] = compile_(pattern, flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (a copy, a worker's request) as the call that makes it."""
        pattern, flags, engine = self.__dict__["_source"]
        return (lazy_compile, (pattern, flags)) if engine == "re" else (
            lazy_regex, (pattern, flags))

    def __repr__(self) -> str:
        name = "lazy_compile" if self.__dict__["_source"][2] == "re" else "lazy_regex"
        return f"{name}({self.__dict__['_source'][0]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast(re.Pattern[str], _Lazy(pattern, int(flags)))


def lazy_regex(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)`` (the ``regex`` module), compiled when first used."""
    return _Lazy(pattern, int(flags), "regex")
