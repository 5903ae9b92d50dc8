"""Find, parse and validate config files, and resolve them into Settings.

Ruff's model, which users already know: the config file closest to a checked file
wins (no cascade), ``extend = "../numcheck.toml"`` inherits explicitly,
``--config`` forces one file and ``--isolated`` ignores them all. Every key and
value is validated here, so a typo stops the run with the file and key named
instead of being silently ignored (flake8's classic trap).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from numcheck.errors import ConfigError
from numcheck.findings import Severity
from numcheck.settings import ENGINES, STORY_SCOPES, Settings

CONFIG_FILES = (".numcheck.toml", "numcheck.toml", "pyproject.toml")
# a config (or a pyproject.toml) is a few kB: reading more is a mistaken path or a device
MAX_CONFIG_BYTES = 4 * 1024 * 1024
SEVERITIES = tuple(s.value for s in Severity)


def display_path(path: str) -> str:
    """A path as users typed it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


@dataclass(frozen=True)
class _Where:
    """Which file and table a value came from, for error messages and relative paths."""

    path: str  # absolute
    table: str  # "[tool.numcheck]" or "" (top level of numcheck.toml)

    @property
    def directory(self) -> str:
        return os.path.dirname(self.path)

    def error(self, message: str) -> ConfigError:
        return ConfigError(f"{display_path(self.path)}: {message}")

    def bad(self, key: str, expected: str, value: object) -> ConfigError:
        where = f" in {self.table}" if self.table else ""
        return self.error(f"bad value for {key!r}{where}: expected {expected}, got {value!r}")


def _strings(key: str, value: object, where: _Where) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.bad(key, "a list of strings", value)
    return tuple(value)


def _selectors(key: str, value: object, where: _Where) -> tuple[str, ...]:
    """Rule selectors; whether each names a loaded rule is checked once the plugins
    are loaded (numcheck/workflow/checks.py), with a "did you mean"."""
    items = _strings(key, value, where)
    for item in items:
        if not item.strip():
            raise where.bad(key, "rule codes, prefixes or kebab names (or ALL)", item)
    return items


def _severity(key: str, value: object, where: _Where) -> Severity:
    if value not in SEVERITIES:
        raise where.bad(key, "one of " + ", ".join(SEVERITIES), value)
    return Severity(value)


def _tolerance(key: str, value: object, where: _Where) -> float:
    """0 <= r < 1: "about x" is x ± r·x, and r = 1 would let "about 40" mean 0."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise where.bad(key, "a number from 0 up to (not including) 1 (0.1 = 10%)", value)
    return float(value)


def parse_seconds(value: object) -> float | None:
    """A finite, non-negative number of seconds (0 = no limit), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 <= seconds < float("inf") else None


def _seconds(key: str, value: object, where: _Where) -> float:
    seconds = parse_seconds(value) if not isinstance(value, str) else None
    if seconds is None:
        raise where.bad(key, "a number of seconds (0 = no limit)", value)
    return seconds


def _date(key: str, value: object, where: _Where) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise where.bad(key, "a date YYYY-MM-DD", value)


MAX_SIZE = 1024**5  # 1 PB: any bigger "limit" is a typo


def parse_size(value: object) -> int | None:
    """Bytes from 2000000, "500KB" or "10MB"; None when unreadable."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SIZE:
        return value
    if isinstance(value, str):
        text = value.strip().upper()
        for suffix, factor in (("KB", 1024), ("MB", 1024**2), ("GB", 1024**3), ("B", 1)):
            if text.endswith(suffix):
                number = text.removesuffix(suffix).strip()
                try:
                    size = float(number) * factor
                except ValueError:
                    return None
                # "infMB", "1e400MB" and "nanKB" are not sizes (nor is anything past 1 PB)
                return int(size) if 0 <= size <= MAX_SIZE else None
        if text.isdigit() and len(text) <= 16:
            return int(text)
    return None


def _size(key: str, value: object, where: _Where) -> int:
    size = parse_size(value)
    if size is None:
        raise where.bad(key, 'a size in bytes or with a unit ("10MB")', value)
    return size


def suggest(value: object, choices: tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' for a near miss among ``choices``, else ''."""
    if not isinstance(value, str):
        return ""
    import difflib  # only a mistake needs it

    close = difflib.get_close_matches(value.strip().lower(), choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _story_scope(key: str, value: object, where: _Where) -> str:
    if value not in STORY_SCOPES:
        raise where.error(f"bad value for {key!r}{f' in {where.table}' if where.table else ''}: "
                          f"expected one of {', '.join(STORY_SCOPES)}, got {value!r}"
                          f"{suggest(value, STORY_SCOPES)}")
    return str(value)


def _engine(key: str, value: object, where: _Where) -> str:
    if value not in ENGINES:
        raise where.bad(key, f"one of {', '.join(ENGINES)}{suggest(value, ENGINES)}", value)
    return str(value)


def _address(key: str, value: object, where: _Where) -> str:
    """A Dask scheduler address: ``tcp://host:8786``, ``host:8786``, ``tls://...``."""
    if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value):
        raise where.bad(key, "a scheduler address such as 'tcp://10.0.0.5:8786'", value)
    return value


def _count(key: str, value: object, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4096:
        raise where.bad(key, "a whole number from 0 (automatic) to 4096", value)
    return value


def _url(key: str, value: object, where: _Where) -> str:
    """``docs-url``: an http(s) URL, optionally with ``{code}``/``{name}`` in it."""
    from urllib.parse import urlsplit

    if isinstance(value, str) and urlsplit(value).scheme in ("http", "https") \
            and urlsplit(value).netloc:
        try:
            value.format(code="NC101", name="restated-figure-contradiction")
        except (KeyError, IndexError, ValueError):
            raise where.bad(key, "a URL whose only placeholders are {code} and {name}",
                            value) from None
        return value
    raise where.bad(key, "an http(s) URL", value)


def _paths(key: str, value: object, where: _Where) -> tuple[str, ...]:
    """File paths in a config are relative to that config file."""
    return tuple(os.path.normpath(os.path.join(where.directory, p))
                 for p in _strings(key, value, where))


def _regexes(key: str, value: object, where: _Where) -> tuple[str, ...]:
    # the engine's regex flavour; validating here means no surprise later
    import regex  # type: ignore[import-untyped,unused-ignore]

    items = _strings(key, value, where)
    for item in items:
        try:
            regex.compile(item)
        except regex.error as err:
            raise where.bad(key, f"a valid regular expression ({err})", item) from None
    return items


def _table(key: str, value: object, where: _Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.bad(key, "a table", value)
    return value


def _per_file_ignores(
    key: str, value: object, where: _Where
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = _table(key, value, where)
    sub = dataclasses.replace(where, table=f"{where.table[:-1]}.{key}]" if where.table
                              else f"[{key}]")
    return tuple((glob, _selectors(glob, codes, sub)) for glob, codes in table.items())


def _severity_table(key: str, value: object, where: _Where) -> tuple[tuple[str, Severity], ...]:
    table = _table(key, value, where)
    sub = dataclasses.replace(where, table=f"{where.table[:-1]}.{key}]" if where.table
                              else f"[{key}]")
    out = []
    for selector, level in table.items():
        if not selector.strip():
            raise sub.error(f"{selector!r} is not a rule code, prefix or name")
        out.append((selector, _severity(selector, level, sub)))
    return tuple(out)


# key -> (Settings field, converter). Keys are kebab-case, as in ruff's config.
_Converter = Callable[[str, object, _Where], Any]
KEYS: dict[str, tuple[str, _Converter]] = {
    "select": ("select", _selectors),
    "ignore": ("ignore", _selectors),
    "extend-select": ("extend_select", _selectors),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "severity": ("severity", _severity_table),
    "fail-on": ("fail_on", _severity),
    "tolerance": ("tolerance", _tolerance),
    "disable-plugins": ("disable_plugins", _strings),
    "reference": ("reference", _paths),
    "boilerplate": ("boilerplate", _regexes),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "start-date": ("start_date", _date),
    "max-file-size": ("max_file_size", _size),
    "story-scope": ("story_scope", _story_scope),
    "docs-url": ("docs_url", _url),
    "plugin-timeout": ("plugin_timeout", _seconds),
    "engine": ("engine", _engine),
    "dask-scheduler": ("dask_scheduler", _address),
    "dask-workers": ("dask_workers", _count),
    "dask-memory-limit": ("dask_memory_limit", _size),
    "dask-partition-size": ("dask_partition_size", _size),
}
SPECIAL_KEYS = ("extend", "plugins")  # handled by hand below
ALL_KEYS = tuple(sorted((*KEYS, *SPECIAL_KEYS)))


def _plugin_ref(ref: str, where: _Where) -> str:
    """A plugin file path is relative to the config; a module name stays as is."""
    if ref.endswith(".py") or "/" in ref or os.sep in ref:
        return os.path.normpath(os.path.join(where.directory, ref))
    return ref


def _plugins(value: object, where: _Where) -> tuple[tuple[str, ...], dict[str, dict[str, Any]]]:
    """``plugins = [...]``, or a table with ``load = [...]`` and per-plugin option tables."""
    if isinstance(value, list):
        return tuple(_plugin_ref(r, where) for r in _strings("plugins", value, where)), {}
    table = _table("plugins", value, where)
    load: tuple[str, ...] = ()
    options: dict[str, dict[str, Any]] = {}
    for name, item in table.items():
        if name == "load":
            load = tuple(_plugin_ref(r, where) for r in _strings("plugins.load", item, where))
        elif isinstance(item, dict):
            options[name] = item
        else:
            raise where.bad(f"plugins.{name}", "a table of options for plugin " + repr(name),
                            item)
    return load, options


def _read_toml(path: str) -> dict[str, Any]:
    """A regular file of at most MAX_CONFIG_BYTES, read without blocking on a FIFO."""
    import tomllib  # only where a config file exists

    from numcheck.errors import InputError
    from numcheck.readers.files import open_regular, read_capped

    where = _Where(path, "")
    try:
        with open_regular(path) as handle:
            data = read_capped(handle, MAX_CONFIG_BYTES, path)
        return tomllib.loads(data.decode("utf-8"))
    except InputError as err:
        problem = "not a regular file" if "regular" in err.problem else (
            f"larger than {MAX_CONFIG_BYTES} bytes" if "larger" in err.problem else err.problem)
        raise where.error(f"cannot read config: {problem}") from None
    except tomllib.TOMLDecodeError as err:
        raise where.error(f"invalid TOML: {err}") from None
    except RecursionError:
        raise where.error("invalid TOML: nested too deeply") from None
    except UnicodeDecodeError as err:
        raise where.error(f"invalid TOML: not UTF-8 ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise where.error(f"cannot read config: {err.strerror}") from None


def _numcheck_table(path: str) -> tuple[dict[str, Any] | None, _Where]:
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("numcheck") if isinstance(tool, dict) else None
        where = _Where(path, "[tool.numcheck]")
        if table is not None and not isinstance(table, dict):
            raise where.error("[tool.numcheck] must be a table")
        return table, where
    return data, _Where(path, "")


def _validate(table: Mapping[str, Any], where: _Where) -> dict[str, Any]:
    """Raw table -> {Settings field: value}, raising ConfigError on the first problem."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key == "extend":
            continue
        if key == "plugins":
            values["plugins"], values["plugin_options"] = _plugins(value, where)
            continue
        if key not in KEYS:
            import difflib

            close = difflib.get_close_matches(key.replace("_", "-"), ALL_KEYS, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            place = f" in {where.table}" if where.table else ""
            raise where.error(f"unknown key {key!r}{place}{hint}")
        field, convert = KEYS[key]
        values[field] = convert(key, value, where)
    return values


def load_config(path: str, _seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """The validated values of one config file, with its ``extend`` chain merged under it."""
    path = os.path.abspath(path)
    if path in _seen:
        chain = " -> ".join(display_path(p) for p in (*_seen, path))
        raise _Where(path, "").error(f"'extend' loops back on itself ({chain})")
    if not os.path.exists(path):
        raise ConfigError(f"{display_path(path)}: config file not found")
    table, where = _numcheck_table(path)
    if table is None:
        raise where.error("no [tool.numcheck] table")
    values = _validate(table, where)
    parent_ref = table.get("extend")
    if parent_ref is None:
        return values
    if not isinstance(parent_ref, str):
        raise where.bad("extend", "a path to another config file", parent_ref)
    parent = load_config(os.path.join(where.directory, parent_ref), (*_seen, path))
    return _merge(parent, values)


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Child keys win; tables merge entry by entry; extend-select accumulates."""
    merged = dict(parent)
    for field, value in child.items():
        if field in ("per_file_ignores", "severity") and field in parent:
            merged[field] = tuple({**dict(parent[field]), **dict(value)}.items())
        elif field == "plugin_options" and field in parent:
            merged[field] = {**parent[field], **value}
        elif field == "extend_select" and field in parent:
            merged[field] = (*parent[field], *value)
        else:
            merged[field] = value
    return merged


def find_config(path: str) -> str | None:
    """The config file nearest to ``path`` (a file or directory), walking up."""
    current = os.path.abspath(path)
    if not os.path.isdir(current):
        current = os.path.dirname(current)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(current, name)
            if not os.path.isfile(candidate):
                continue
            if name != "pyproject.toml" or _numcheck_table(candidate)[0] is not None:
                return candidate
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


@dataclass(frozen=True)
class Overrides:
    """What the command line says; ``None``/empty means "not given" (config decides)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: Severity | None = None
    plugins: tuple[str, ...] = ()
    reference: tuple[str, ...] = ()
    start_date: str | None = None
    max_file_size: int | None = None
    story_scope: str | None = None
    plugin_timeout: float | None = None
    trust: bool = False  # --trust: load plugins from any config (docs/users/security.md)
    engine: str | None = None
    dask_scheduler: str | None = None


def apply_overrides(settings: Settings, cli: Overrides) -> Settings:
    """CLI beats config, the ruff way.

    ``--select`` starts the rule selection afresh (the config's select, ignore and
    extend-select no longer apply); otherwise ``--ignore`` and ``--extend-select``
    stack on the config's, and an ``--extend-select`` re-enables a rule the config
    ignores by the same selector. Lists of files (plugins, references) add up.
    """
    changes: dict[str, Any] = {}
    if cli.select is not None:
        changes.update(select=cli.select, ignore=cli.ignore, extend_select=cli.extend_select)
    else:
        ignore = tuple(s for s in settings.ignore if s not in cli.extend_select)
        changes.update(ignore=(*ignore, *cli.ignore),
                       extend_select=(*settings.extend_select, *cli.extend_select))
    if cli.per_file_ignores:
        changes["per_file_ignores"] = (*settings.per_file_ignores, *cli.per_file_ignores)
    if cli.fail_on is not None:
        changes["fail_on"] = cli.fail_on
    if cli.plugins:
        changes["plugins"] = (*settings.plugins, *cli.plugins)
    if cli.reference:
        changes["reference"] = (*settings.reference, *cli.reference)
    if cli.start_date is not None:
        changes["start_date"] = cli.start_date
    if cli.max_file_size is not None:
        changes["max_file_size"] = cli.max_file_size
    if cli.story_scope is not None:
        changes["story_scope"] = cli.story_scope
    if cli.plugin_timeout is not None:
        changes["plugin_timeout"] = cli.plugin_timeout
    if cli.trust:
        changes["trust"] = True
    if cli.engine is not None:
        changes["engine"] = cli.engine
    if cli.dask_scheduler is not None:  # a scheduler means the Dask engine
        changes.update(dask_scheduler=cli.dask_scheduler, engine="dask")
    return dataclasses.replace(settings, **changes)


def settings_from_file(path: str | None) -> Settings:
    if path is None:
        return Settings()
    values = load_config(path)
    return dataclasses.replace(Settings(), config_path=os.path.abspath(path), **values)


class ConfigResolver:
    """Settings for each checked file: nearest config (cached), or forced, then the CLI."""

    def __init__(self, overrides: Overrides | None = None, *, config: str | None = None,
                 isolated: bool = False) -> None:
        self.overrides = overrides or Overrides()
        self.forced = config
        self.isolated = isolated
        self._by_config: dict[str | None, Settings] = {}
        self._raw: dict[str, Settings] = {}  # each config file's own values, no CLI
        self._by_dir: dict[str, str | None] = {}
        if config is not None and not isolated:
            self._settings(config)  # fail early on a bad --config

    def config_for(self, path: str) -> str | None:
        if self.isolated:
            return None
        if self.forced is not None:
            return os.path.abspath(self.forced)
        start = path if path and path != "-" else os.getcwd()
        start = os.path.abspath(start)
        directory = start if os.path.isdir(start) else os.path.dirname(start)
        if directory not in self._by_dir:
            self._by_dir[directory] = find_config(directory)
        return self._by_dir[directory]

    def _settings(self, config: str | None) -> Settings:
        if config is not None:
            config = os.path.abspath(config)
        if config not in self._by_config:
            raw = settings_from_file(config)
            if config is not None:
                self._raw[config] = raw
                if self.forced is None or config != os.path.abspath(self.forced):
                    from numcheck.trust import refuse_untrusted_plugins

                    raw = refuse_untrusted_plugins(raw, config, trust=self.overrides.trust)
            settings = apply_overrides(raw, self.overrides)
            if self.isolated:  # --isolated: no config, and no numcheck_plugins.py either
                settings = dataclasses.replace(settings, local_plugins=False)
            self._by_config[config] = settings
        return self._by_config[config]

    def settings_for(self, path: str) -> Settings:
        return self._settings(self.config_for(path))

    def all_settings(self) -> list[Settings]:
        """Every Settings resolved so far."""
        return list(self._by_config.values())

    def config_files(self) -> dict[str, Settings]:
        """Each config file resolved so far (absolute path) -> its own values."""
        return dict(self._raw)


def settings_to_json(settings: Settings) -> dict[str, Any]:
    """Settings as plain JSON values (``--show-settings``)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if f.name in ("per_file_ignores", "severity"):
            value = {k: list(v) if isinstance(v, tuple) else str(v) for k, v in value}
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Severity):
            value = value.value
        out[f.name] = value
    return out
