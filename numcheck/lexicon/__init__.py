"""Vocabulary as data: the TOML files beside this module.

Each ``<name>.toml`` is one section of the lexicon ("hedges", "units", "measures",
...). Plugins extend it through the ``numcheck_lexicon`` hook; ``Lexicon.extended``
merges their additions (tables merge key by key, lists are appended, scalars are
replaced). ``validate`` checks an addition against the shape of the built-in data
first (docs/plugins/lexicon.md), so a misspelt key or a string where a list belongs is
an error, never a silent drop of the built-in words. Code never hard-codes words that
belong here.
"""

from __future__ import annotations

import json
import os
import pkgutil
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

#: Where ``python -m numcheck.lexicon.generate`` writes each section as JSON.
GENERATED = "generated"


@cache
def load_section(name: str) -> Mapping[str, Any]:
    """One built-in data file, parsed once per process.

    The TOML is the source; its JSON rendering (``generated/<name>.json``) is read
    instead when it records the sha256 of these very TOML bytes: JSON parses ~10x
    faster than TOML, which is a tenth of a cold ``numcheck check``. A TOML edited
    since the JSON was written is parsed itself, so the JSON is never stale."""
    raw = _read_bytes(f"{name}.toml")
    generated = _generated(name)
    if generated is not None and generated.get("toml_sha256") == toml_digest(raw):
        data: Mapping[str, Any] = generated["data"]
        return data
    return parse_toml(raw)


def parse_toml(raw: bytes) -> dict[str, Any]:
    import tomllib  # only for a section edited since its JSON was generated

    return tomllib.loads(raw.decode("utf-8"))


def toml_digest(raw: bytes) -> str:
    import hashlib  # not at import: ``import numcheck`` reads no section yet

    return hashlib.sha256(raw).hexdigest()


def _generated(name: str) -> dict[str, Any] | None:
    try:
        raw = _read_bytes(f"{GENERATED}/{name}.json")
    except OSError:
        return None
    try:
        data = json.loads(raw)
    except ValueError:  # a damaged file: the TOML is the truth
        return None
    return data if isinstance(data, dict) and isinstance(data.get("data"), dict) else None


def read_data(name: str) -> str:
    """A data file shipped beside this module."""
    return _read_bytes(name).decode("utf-8")


def _read_bytes(name: str) -> bytes:
    """pkgutil rather than importlib.resources: the latter's import (tempfile,
    zipfile, random) costs a cold check 10-15 ms."""
    data = pkgutil.get_data(__name__, name)
    if data is None:
        raise FileNotFoundError(name)
    return data


def section_names() -> list[str]:
    here = os.path.dirname(__file__)
    return sorted(entry.removesuffix(".toml") for entry in os.listdir(here)
                  if entry.endswith(".toml"))


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


class LexiconError(ValueError):
    """A lexicon addition whose shape does not fit the built-in data."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "table"
    if isinstance(value, list):
        return "list"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string"


# The parser's sections, whose tables of lists are closed (hedge groups by bound,
# reading rules): a new key there is a misspelling. In the claim and checker sections
# a table of lists takes new named lists (measures.events.displaced).
STRICT = frozenset(
    {"numbers", "scales", "hedges", "vague", "units", "currencies", "dates", "identifiers",
     "nouns"}
)


# Declared shapes of the claim sections (numcheck/extract/, numcheck/checkers/drift/),
# where the built-in data cannot show them. "<section>[.<table>...]" -> what a table
# takes: "closed" (named tables or lists: a new key is a misspelling, e.g.
# measures.hypernym), or the kinds of the entries it takes under new keys ("list": a new
# synonym set; "string": measures.hypernyms.paramedic = "people"; "boolean":
# measures.cumulative.displaced = true; "number|string": windows.numbers). Tables not
# declared here are read from the built-in data's shape (``_open``).
SHAPES: Mapping[str, str] = {
    "measures": "closed",
    **{f"measures.{t}": "list" for t in (
        "things", "qualifiers", "events", "thing_qualifiers", "event_nouns",
        "demonyms.context", "incidents.nouns", "incidents.related", "verbs.events",
        "verbs.subjects", "verbs.irregular", "verbs.amounts", "verbs.sums", "verbs.frames")},
    **{f"measures.{t}": "string" for t in ("qualifier_things", "event_things", "hypernyms")},
    "measures.cumulative": "boolean",
    "measures.verbs.supplied": "table",  # an event's supply frames (extract/supplied.py)
    **{f"measures.{t}": "closed" for t in (
        "amounts", "demonyms", "object_events", "antecedents", "anaphora", "change",
        "grammar", "incidents", "standing", "verbs")},
    "alignment": "closed",
    "alignment.composites": "list",
    "alignment.claimants": "list",
    "alignment.windows": "string",
    "alignment.relations": "closed",
    "alignment.relations.measures": "table",  # a new measure (drift/relations.py checks it)
    **{f"alignment.{t}": "closed" for t in (
        "cumulative", "period_measures", "participants", "individuals", "rolling_windows",
        "claimant_noise", "descriptors", "aspect", "properties")},
    "windows": "closed",
    "windows.anchors": "string",
    "windows.units": "list",
    "windows.numbers": "number|string",
    **{f"windows.{t}": "closed" for t in ("lead", "since", "places")},
    "claimants": "closed",
    "claimants.possessors": "list",
    "claimants.parties.institutions": "list",
    **{f"claimants.{t}": "closed"
       for t in ("cues", "times", "organisations", "strip", "stops", "agents", "parties")},
    "scopes": "closed",
    **{f"scopes.{t}": "closed" for t in ("sentences", "boilerplate", "captions", "headline")},
}  # fmt: skip

# Keys that must name an entry of another table, checked against the merged lexicon:
# a cumulative flag for an event nobody reads is a misspelling of the event.
REFERENCES: Mapping[str, str] = {"measures.cumulative": "measures.events",
                                  "measures.verbs.events": "measures.events",
                                  "measures.verbs.subjects": "measures.events",
                                  "measures.verbs.frames": "measures.events",
                                  "measures.verbs.supplied": "measures.events",
                                  "measures.verbs.amounts": "measures.things"}


def _open(table: Mapping[str, Any], strict: bool) -> str | None:
    """The kind of entry an open table takes (new keys allowed), or None when closed.

    A table of tables (units, currencies, vague phrases) or of numbers (number words)
    takes new entries of that kind; a table of lists (outside STRICT sections) new
    lists; any other table has a fixed set of keys: a new key there is a misspelling.
    """
    kinds = {_kind(v) for v in table.values()}
    open_kinds = {"table", "number"} if strict else {"table", "number", "list"}
    if len(kinds) == 1 and kinds <= open_kinds:
        return kinds.pop()
    return None


def _check(base: Any, extra: Any, key: str, strict: bool = True) -> None:
    if isinstance(base, Mapping):
        if not isinstance(extra, Mapping):
            raise LexiconError(key, f"expected a table, got {_kind(extra)}")
        declared = SHAPES.get(key)
        entry = _open(base, strict) if declared is None else declared
        siblings: dict[str, Any] = {}
        if entry == "table":
            for value in base.values():
                siblings.update(value)
        for name, value in extra.items():
            path = f"{key}.{name}"
            if name in base:
                _check(base[name], value, path, strict)
            elif entry == "table":
                if not isinstance(value, Mapping):
                    raise LexiconError(path, f"expected a table, got {_kind(value)}")
                for field, item in value.items():
                    if field not in siblings:
                        raise LexiconError(f"{path}.{field}", _unknown(field, siblings))
                    _check(siblings[field], item, f"{path}.{field}", strict)
            elif entry == "list":
                if not isinstance(value, list):
                    raise LexiconError(path, f"expected a list, got {_kind(value)}")
                _check_items(base, value, path)
            elif entry is not None and entry != "closed":
                if _kind(value) not in entry.split("|"):
                    want = entry.replace("|", " or a ")
                    raise LexiconError(path, f"expected a {want}, got {_kind(value)}")
            else:
                raise LexiconError(path, _unknown(name, base))
        return
    if _kind(base) != _kind(extra) and not (
        _kind(base) == "number" and _kind(extra) == "number"
    ):
        raise LexiconError(key, f"expected a {_kind(base)}, got {_kind(extra)}")
    if isinstance(base, list) and base and isinstance(extra, list):
        want = _kind(base[0])
        for i, item in enumerate(extra):
            if _kind(item) != want:
                raise LexiconError(f"{key}[{i}]", f"expected a {want}, got {_kind(item)}")


def _check_items(siblings: Mapping[str, Any], items: list[Any], key: str) -> None:
    """A new list takes the kind of item its sibling lists hold (strings for synonyms)."""
    kinds = {_kind(x) for v in siblings.values() if isinstance(v, list) for x in v}
    if len(kinds) != 1:
        return  # mixed lists ("units": ["days", 7]): their shape is their own
    want = kinds.pop()
    for i, item in enumerate(items):
        if _kind(item) != want:
            raise LexiconError(f"{key}[{i}]", f"expected a {want}, got {_kind(item)}")


def _check_references(addition: Mapping[str, Any], lexicon: Lexicon) -> None:
    merged = lexicon.extended([addition])
    for path, target in REFERENCES.items():
        section, *keys = path.split(".")
        table: Any = addition.get(section, {})
        for k in keys:
            table = table.get(k, {}) if isinstance(table, Mapping) else {}
        t_section, *t_keys = target.split(".")
        known: Any = merged[t_section]
        for k in t_keys:
            known = known.get(k, {}) if isinstance(known, Mapping) else {}
        for name in table if isinstance(table, Mapping) else ():
            if name not in known:
                raise LexiconError(f"{path}.{name}", f"not a name in {target}" + _hint(name, known))


def _hint(name: str, known: Mapping[str, Any]) -> str:
    close = _close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _unknown(name: str, known: Mapping[str, Any]) -> str:
    close = _close_matches(name, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key{hint}"


def validate(addition: Mapping[str, Any], base: Lexicon | None = None) -> None:
    """Raise LexiconError when ``addition`` does not fit the shape of ``base``'s data
    (default: the built-in lexicon): a misspelt section or key, a string where a list
    belongs, a list of the wrong items. A plugin may add a section of its own (for its
    own checkers); one whose name is close to a built-in section is taken for a typo."""
    lexicon = base if base is not None else Lexicon.default()
    if not isinstance(addition, Mapping):
        raise LexiconError("(top)", f"expected a table of sections, got {_kind(addition)}")
    for section, value in addition.items():
        if section in lexicon:
            _check(lexicon[section], value, section, section in STRICT)
            continue
        close = _close_matches(section, lexicon.names(), n=1, cutoff=0.8)
        if close:
            raise LexiconError(section, f"unknown section (did you mean {close[0]!r}?)")
        if not isinstance(value, Mapping):
            raise LexiconError(section, f"expected a table, got {_kind(value)}")
    _check_references(addition, lexicon)


def _close_matches(word: str, possibilities: list[str], n: int = 1,
                   cutoff: float = 0.6) -> list[str]:
    import difflib  # only an error message needs it

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)
