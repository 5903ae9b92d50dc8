"""The desk's fact sheet (``--reference figures.toml``): figures the desk stands by.

Each ``[[figure]]`` becomes a Claim located in the TOML file, so drift checking
treats the sheet like any other source, except that the sheet is the authority in
messages and never the place a finding is reported. Keys are built by the same
claims extractor that reads articles (the figure is read back as a short sentence),
so "civilians killed" on the sheet aligns with "civilians have been killed" in copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from numcheck.claims import Claim, ClaimKey, Scope
from numcheck.document import Document, LineMap
from numcheck.errors import ConfigError
from numcheck.findings import Location
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.quantity import Quantity

KEYS = frozenset(
    {"measure", "thing", "event", "qualifiers", "value", "claimant", "as_of", "source",
     "window", "place"}
)  # fmt: skip
_HEADER = lazy_compile(r"^[ \t]*\[\[[ \t]*figure[ \t]*\]\]", re.MULTILINE)
_VALUE = lazy_compile(r"^[ \t]*value[ \t]*=[ \t]*(['\"]?)(.*?)\1[ \t]*(?:#.*)?$", re.MULTILINE)


class ReferenceFigure(NamedTuple):
    """One sheet entry: its claim, the value as the desk wrote it, and its provenance."""

    claim: Claim
    written: str
    claimant: str | None
    as_of: dt.date | None
    link: str | None

    @property
    def label(self) -> str:
        """'UN, 2022-03-03': who and when, for messages."""
        return sheet_label(self.claim)


def sheet_label(claim: Claim) -> str:
    """'UN, 2022-03-03': who and when a sheet figure is from, for messages."""
    parts = [claim.claimant or "no claimant", claim.date.isoformat() if claim.date else ""]
    return ", ".join(p for p in parts if p)


# no desk sheet is this large; a device or a runaway file must not be read whole
MAX_SHEET_BYTES = 4 * 1024 * 1024


def load_references(
    paths: Iterable[str], lexicon: Lexicon | None = None, tolerance: float = 0.10
) -> list[ReferenceFigure]:
    """Every sheet's figures. With the default lexicon a sheet is read once per process,
    so a command can validate the sheets up front (exit 2) at no extra cost."""
    figures: list[ReferenceFigure] = []
    for path in paths:
        if lexicon is None:
            figures.extend(_cached(path, _stamp(path), tolerance))
        else:
            figures.extend(load_reference(path, lexicon, tolerance))
    return figures


@cache
def _cached(path: str, stamp: float, tolerance: float) -> tuple[ReferenceFigure, ...]:
    return tuple(load_reference(path, None, tolerance))


def _stamp(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return -1.0


def load_reference(
    path: str, lexicon: Lexicon | None = None, tolerance: float = 0.10
) -> list[ReferenceFigure]:
    """Read one sheet; any problem is a one-line ConfigError naming file and line."""
    import tomllib  # only a run with a desk sheet reads TOML here

    path = _display(path)
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    entries = data.get("figure", [])
    unknown_top = sorted(set(data) - {"figure"})
    if unknown_top:
        raise ConfigError(f"{path}: unknown table {unknown_top[0]!r} (expected [[figure]])")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{path}: 'figure' must be an array of tables ([[figure]])")
    headers = [m.start() for m in _HEADER.finditer(text)]
    lines = LineMap.of(text)
    reader = _Reader(lexicon or Lexicon.default(), tolerance)
    return [
        _figure(path, text, lines, entry, n, headers, reader)
        for n, entry in enumerate(entries, start=1)
    ]


def _figure(
    path: str,
    text: str,
    lines: LineMap,
    entry: Mapping[str, Any],
    n: int,
    headers: Sequence[int],
    reader: _Reader,
) -> ReferenceFigure:
    start = headers[n - 1] if n - 1 < len(headers) else 0
    end = headers[n] if n < len(headers) else len(text)
    where = f"{path}:{lines.position(start)[0]}: figure {n}"
    for name in sorted(entry):
        if name not in KEYS:
            raise ConfigError(f"{where}: unknown key {name!r} (expected one of {sorted(KEYS)})")
    raw = entry.get("value")
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        entry = {**entry, "value": str(raw)}
    written = _string(entry, "value", where, required=True) or ""
    measure = _string(entry, "measure", where)
    thing, event = _string(entry, "thing", where), _string(entry, "event", where)
    window, place = _string(entry, "window", where), _string(entry, "place", where)
    claimant, link = _string(entry, "claimant", where), _string(entry, "source", where)
    qualifiers = entry.get("qualifiers", [])
    if not isinstance(qualifiers, list) or not all(isinstance(q, str) for q in qualifiers):
        raise ConfigError(f"{where}: 'qualifiers' must be a list of strings")
    if measure is None and thing is None and event is None:
        raise ConfigError(f"{where}: give 'measure' (a phrase) or 'thing' and 'event'")
    as_of = _date(entry.get("as_of"), where)
    phrase = measure or " ".join([*qualifiers, thing or "", event or ""]).strip()
    claim = reader.read(written, phrase, window, where)
    found = _VALUE.search(text, start, end)
    offset = found.start(2) if found else start
    line, column = lines.position(offset)
    location = Location(path, offset, offset + len(written), line, column, line,
                        column + len(written), written)  # fmt: skip
    key = claim.key
    if thing or event or qualifiers:
        key = ClaimKey(
            thing=key.thing or thing,
            event=key.event or event,
            qualifiers=key.qualifiers or tuple(sorted(q.lower() for q in qualifiers)),
            dimension=key.dimension,
        )
    claim = dataclasses.replace(
        claim,
        location=location,
        key=key,
        scope=Scope.REFERENCE,
        claimant=claimant,
        window=claim.window or window,
        place=place or claim.place,
        date=as_of,
        source="desk sheet",
    )
    return ReferenceFigure(claim, written, claimant, as_of, link)


class _Reader:
    """Keys a figure with the claims extractor, reading it as a one-line story."""

    def __init__(self, lexicon: Lexicon, tolerance: float) -> None:
        self.lexicon = lexicon
        self.tolerance = tolerance
        self._parse: Callable[[str], Sequence[Quantity]] | None = None

    def parse(self, text: str) -> Sequence[Quantity]:
        if self._parse is None:  # built on first use: a sheet with a typo fails fast
            from numcheck.engine import make_parser

            self._parse = make_parser(self.lexicon, self.tolerance)
        return self._parse(text)

    def read(self, written: str, phrase: str, window: str | None, where: str) -> Claim:
        from numcheck.engine import extract

        template = phrase if "{value}" in phrase else "{value} " + phrase
        sentence = template.replace("{value}", written)
        if window:
            sentence += f" in the {window.removeprefix('in the ').removeprefix('the ')}"
        sentence += "."
        at = sentence.index(written)
        amounts = [q for q in self.parse(sentence) if q.is_amount]
        first = next((q for q in amounts if at <= q.start < at + len(written)), None)
        if first is None:
            raise ConfigError(f"{where}: value {written!r} has no figure numcheck can read")
        document = Document.from_text(sentence, path="<reference>")
        claims = [c for c in extract(document, amounts, self.lexicon) if c.quantity == first]
        if not claims:
            raise ConfigError(f"{where}: cannot tell what {phrase!r} measures")
        return claims[0]


def _read(path: str) -> str:
    """The sheet's text: a regular file of at most MAX_SHEET_BYTES, UTF-8."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ConfigError(f"{path}: cannot read reference sheet: not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(MAX_SHEET_BYTES + 1)
        if len(data) > MAX_SHEET_BYTES:
            raise ConfigError(
                f"{path}: cannot read reference sheet: larger than {MAX_SHEET_BYTES} bytes"
            )
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise ConfigError(f"{path}: cannot read reference sheet: {reason}") from None


def _display(path: str) -> str:
    """Relative to the working directory when inside it, like article paths."""
    if not os.path.isabs(path):
        return path
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _string(entry: Mapping[str, Any], key: str, where: str, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{where}: missing '{key}'")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where}: 'as_of' must be a date like 2022-03-03, not {value!r}")
