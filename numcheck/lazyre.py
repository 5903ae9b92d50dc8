"""Module-level regular expressions compiled on first use.

``_X = lazy_compile(r"...")`` stands for ``re.compile(r"...")``: the pattern is compiled
the first time one of its attributes is read (``_X.search``), and each attribute is
then kept on the object, so later calls cost what they cost on the pattern itself.
A cold ``numcheck check`` of one story never uses about half of the ~100 patterns its
modules define (quote, apposition, temperature phrasings...); compiling them at
import cost it ~4% (docs/maintainers/startup.md). Only for patterns used through
their methods and attributes: ``re.sub(_X, ...)`` needs a real pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]


class _Lazy:
    """A stand-in that becomes the compiled pattern's attributes on first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.__dict__["_source"] = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(*self.__dict__["_source"])
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.__dict__['_source'][0]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast(re.Pattern[str], _Lazy(pattern, int(flags)))
