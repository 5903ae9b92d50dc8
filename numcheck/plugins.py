"""The plugin manager: built-in and third-party plugins load the same way.

numcheck's own checkers and formatters are registered by module first
(``BUILTIN_PLUGINS``, datasette's DEFAULT_PLUGINS), then third-party plugins from the
entry-point group ``numcheck``, then plugin files or modules named in the
settings (``--plugin``, ``plugins = [...]`` in config), then an in-repo
``numcheck_plugins.py`` in the working directory (like pytest's conftest.py or
tox's toxfile.py). Environment variables, as in llm/datasette/pytest:

- ``NUMCHECK_DISABLE_PLUGINS=a,b`` blocks plugins by entry-point, distribution or
  file name (pytest's ``-p no:NAME``); ``settings.disable_plugins`` does the same.
- ``NUMCHECK_LOAD_PLUGINS=a,b`` loads only these third-party entry points (empty:
  none, and none is looked for: no ``importlib.metadata`` import, a tenth of a cold
  start); numcheck's own built-ins always load.
- ``NUMCHECK_TRACE_PLUGINS=1`` prints every hook call and its outcome on stderr.

Any failure to load is a one-line :class:`~numcheck.errors.ConfigError` naming the
plugin; misspelled hook names fail loudly instead of being silently ignored.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pluggy

from numcheck import hookspecs
from numcheck.errors import ConfigError
from numcheck.settings import Settings

ENTRY_POINT_GROUP = "numcheck"
LOCAL_PLUGIN_FILE = "numcheck_plugins.py"
#: Plugins the engine cannot work without; they load even when blocked.
ESSENTIAL_PLUGINS: Mapping[str, str] = {"meta": "numcheck.checkers.meta"}
#: numcheck's own plugins, registered by module (no entry-point metadata is read for
#: them: that costs a cold start); the names are what ``numcheck plugins`` shows and
#: what ``NUMCHECK_DISABLE_PLUGINS`` blocks. Blocking the distribution name
#: ``numcheck`` blocks them all but the essential ones.
BUILTIN_PLUGINS: Mapping[str, str] = {
    "change": "numcheck.checkers.change",
    "conversion": "numcheck.checkers.conversion",
    "days": "numcheck.checkers.days",
    "drift": "numcheck.checkers.drift",
    "meta": "numcheck.checkers.meta",
    "parts": "numcheck.checkers.parts",
    "ranges": "numcheck.checkers.ranges",
    "report-full": "numcheck.report.full",
    "report-github": "numcheck.report.github",
    "report-gitlab": "numcheck.report.gitlab",
    "report-html": "numcheck.report.html",
    "report-json": "numcheck.report.json_report",
    "report-junit": "numcheck.report.junit",
    "report-sarif": "numcheck.report.sarif",
    "restated": "numcheck.checkers.restated",
    "shares": "numcheck.checkers.shares",
    "suppressions": "numcheck.workflow.suppress",
}
OWN_DISTRIBUTION = "numcheck"
HOOK_NAMES: tuple[str, ...] = tuple(
    sorted(name for name in dir(hookspecs) if name.startswith("numcheck_"))
)


class PluginOrigin(NamedTuple):
    """Where a registered plugin came from, for ``numcheck plugins`` and messages."""

    kind: str  # "entry-point" | "file" | "module"
    location: str  # module name or file path
    distribution: str | None = None
    version: str | None = None

    @property
    def builtin(self) -> bool:
        return self.distribution == "numcheck" or (
            self.kind != "file" and self.location.startswith("numcheck.")
        )


class PluginManager(pluggy.PluginManager):
    """pluggy's manager plus where each plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.origins: dict[str, PluginOrigin] = {}
        # names seen while loading (entry points, distributions, files, modules), so a
        # blocked name that matches none of them can be reported as a likely typo
        self.seen_names: set[str] = set()

    def unmatched_blocks(self, blocked: set[str]) -> list[str]:
        """Blocked plugin names that match no plugin numcheck could have loaded."""
        return sorted(blocked - self.seen_names - set(ESSENTIAL_PLUGINS))

    def plugin_names(self) -> list[str]:
        """Registered plugins (blocked names excluded), sorted."""
        return sorted(name for name, plugin in self.list_name_plugin() if plugin is not None)


def env_list(name: str) -> tuple[str, ...] | None:
    """A comma-separated environment variable; None when unset."""
    raw = os.environ.get(name)
    if raw is None:
        return None
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def get_plugin_manager(
    settings: Settings | None = None,
    *,
    load_entrypoints: bool = True,
    cwd: str | os.PathLike[str] | None = None,
) -> PluginManager:
    """A manager with every enabled plugin registered and hook names verified."""
    settings = settings or Settings()
    pm = PluginManager()
    blocked = set(settings.disable_plugins) | set(env_list("NUMCHECK_DISABLE_PLUGINS") or ())
    for name in sorted(blocked):
        if name not in ESSENTIAL_PLUGINS:
            pm.set_blocked(name)
    only = env_list("NUMCHECK_LOAD_PLUGINS")
    if load_entrypoints:
        register_builtins(pm, blocked)
        if only != ():  # set and empty: no third-party plugin is wanted or looked for
            _load_entry_points(pm, blocked, only)
    for name, module_name in ESSENTIAL_PLUGINS.items():
        if not pm.has_plugin(name):
            _register(pm, importlib.import_module(module_name), name,
                      PluginOrigin("module", module_name, OWN_DISTRIBUTION, _own_version()))
    if settings.plugins_refused:  # a config numcheck does not trust (numcheck/trust.py)
        raise ConfigError(settings.plugins_refused)
    base = Path(cwd) if cwd is not None else Path.cwd()
    for spec in settings.plugins:
        _load_spec(pm, spec, base, blocked)
    local = base / LOCAL_PLUGIN_FILE
    if settings.local_plugins and local.is_file():
        pm.seen_names.add(local.stem)
        if local.stem not in blocked and not pm.has_plugin(local.stem):
            _check_local_trust(local, base, settings.trust)
            _load_file(pm, local)
    _verify_hooks(pm)
    if load_entrypoints and only == () and pm.unmatched_blocks(blocked):
        _note_entry_point_names(pm)  # is the blocked name a third-party plugin's?
    for name in pm.unmatched_blocks(blocked) if load_entrypoints else ():
        print(f"numcheck: warning: no plugin named {name!r} to disable "
              "(NUMCHECK_DISABLE_PLUGINS / disable-plugins); see 'numcheck plugins'",
              file=sys.stderr)
    if os.environ.get("NUMCHECK_TRACE_PLUGINS", "").lower() not in ("", "0", "false", "no"):
        _enable_tracing(pm)
    return pm


# -- loading ------------------------------------------------------------------


def _own_version() -> str:
    from numcheck import __version__

    return __version__


def register_builtins(pm: PluginManager, blocked: Iterable[str] = ()) -> None:
    """numcheck's own plugins (``BUILTIN_PLUGINS``) not blocked, by module."""
    blocked = set(blocked)
    pm.seen_names.update((*BUILTIN_PLUGINS, OWN_DISTRIBUTION))
    for name, module_name in BUILTIN_PLUGINS.items():
        if (name in blocked or OWN_DISTRIBUTION in blocked) and name not in ESSENTIAL_PLUGINS:
            continue
        if not pm.has_plugin(name):
            _register(pm, importlib.import_module(module_name), name,
                      PluginOrigin("module", module_name, OWN_DISTRIBUTION, _own_version()))


def builtin_name(module_name: str) -> str | None:
    """The name a built-in plugin module is registered under, if it is one."""
    return next((name for name, module in BUILTIN_PLUGINS.items() if module == module_name),
                None)


def _load_entry_points(
    pm: PluginManager, blocked: set[str], only: tuple[str, ...] | None
) -> None:
    """Third-party plugins. An install made before the built-ins left the entry-point
    group may still list them there: they are registered already and skipped. The
    command-line process remembers what the group listed while the install is unchanged
    (numcheck/entry_cache.py): nothing to load then means no ``importlib.metadata``."""
    from numcheck import entry_cache

    current = entry_cache.stamp() if entry_cache.enabled() else None
    known = entry_cache.listed(ENTRY_POINT_GROUP, current)
    if known is not None and all(_registered_builtin(pm, name, value) for name, value in known):
        return
    import importlib.metadata  # ~3% of a cold start: only when plugins are looked for

    eps = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    if known is None:
        entry_cache.store(ENTRY_POINT_GROUP, current, ((ep.name, ep.value) for ep in eps))
    # a distribution's metadata is parsed on every access: once per distribution here
    named: dict[int, tuple[str | None, str | None]] = {}
    for ep in sorted(eps, key=lambda e: e.name):
        if _registered_builtin(pm, ep.name, ep.value):
            continue  # a built-in, already registered by module
        dist = ep.dist
        if dist is None:
            dist_name, version = None, None
        else:
            if id(dist) not in named:
                meta = dist.metadata
                named[id(dist)] = (meta["Name"], meta["Version"])
            dist_name, version = named[id(dist)]
        builtin = dist_name == OWN_DISTRIBUTION
        pm.seen_names.update(n for n in (ep.name, dist_name) if n)
        is_blocked = ep.name in blocked or (dist_name is not None and dist_name in blocked)
        if is_blocked and ep.name not in ESSENTIAL_PLUGINS:
            continue
        if not builtin and only is not None and ep.name not in only and dist_name not in only:
            continue
        if pm.has_plugin(ep.name):
            continue  # the same distribution seen twice on sys.path
        try:
            plugin = ep.load()
        except BaseException as err:
            _reraise_interrupt(err)
            raise ConfigError(
                f"plugin {ep.name!r} ({dist_name or '?'} {version or ''}".rstrip()
                + f") failed to load: {type(err).__name__}: {_one_line(err)}; "
                f"disable it with NUMCHECK_DISABLE_PLUGINS={ep.name}"
            ) from err
        _register(pm, plugin, ep.name, PluginOrigin("entry-point", ep.value, dist_name, version))


def _registered_builtin(pm: PluginManager, name: str, value: str) -> bool:
    """An entry point of a built-in, registered by module already (the scan skips it)."""
    return pm.has_plugin(name) and builtin_name(value) == name


def _note_entry_point_names(pm: PluginManager) -> None:
    """Entry-point and distribution names of the group, loading nothing."""
    import importlib.metadata

    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        pm.seen_names.add(ep.name)
        if ep.dist is not None:
            pm.seen_names.add(ep.dist.metadata["Name"])


def _load_spec(pm: PluginManager, spec: str, base: Path, blocked: set[str]) -> None:
    if spec.endswith(".py") or "/" in spec or os.sep in spec:
        path = Path(spec) if Path(spec).is_absolute() else base / spec
        pm.seen_names.add(path.stem)
        if path.stem in blocked or pm.has_plugin(path.stem):
            return
        if not path.is_file():
            raise ConfigError(f"plugin file {spec!r} not found")
        _load_file(pm, path)
        return
    pm.seen_names.add(spec)
    if spec in blocked or pm.has_plugin(spec):
        return
    try:
        module = importlib.import_module(spec)
    except BaseException as err:
        _reraise_interrupt(err)
        raise ConfigError(
            f"plugin module {spec!r} failed to import: {type(err).__name__}: {_one_line(err)}"
        ) from err
    _register(pm, module, spec, PluginOrigin("module", spec, *_distribution_of(spec)))


def _load_file(pm: PluginManager, path: Path) -> None:
    """Import a plugin file under a private module name and register it by its stem."""
    module_name = f"numcheck_local_plugins.{path.stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ConfigError(f"plugin file {str(path)!r} cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses and pickling look modules up here
    try:
        spec.loader.exec_module(module)
    except BaseException as err:  # sys.exit() at import time too: it must not end the run
        sys.modules.pop(module_name, None)
        _reraise_interrupt(err)
        line = _error_line(err, str(path))
        raise ConfigError(
            f"plugin file {str(path)!r}{line} failed to import: "
            f"{type(err).__name__}: {_one_line(err)}"
        ) from err
    _register(pm, module, path.stem, PluginOrigin("file", str(path)))


def _check_local_trust(path: Path, base: Path, trust: bool) -> None:
    """numcheck_plugins.py must be the user's own (numcheck/trust.py)."""
    from numcheck.trust import remedy, untrusted_reason

    reason = None if trust else untrusted_reason(str(path), cwd=str(base))
    if reason is not None:
        raise ConfigError(f"{path}: not loading it: {reason}; {remedy('load it')}")


def _distribution_of(module_name: str) -> tuple[str | None, str | None]:
    import importlib.metadata

    top = module_name.split(".")[0]
    dists = importlib.metadata.packages_distributions().get(top)
    if not dists:
        return None, None
    return dists[0], importlib.metadata.version(dists[0])


def _register(pm: PluginManager, plugin: object, name: str, origin: PluginOrigin) -> None:
    _check_unmarked(plugin, name)
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as err:
        raise ConfigError(f"plugin {name!r} cannot be registered: {_one_line(err)}") from err
    pm.origins[name] = origin


def _check_unmarked(plugin: object, name: str) -> None:
    """A ``numcheck_*`` function without ``@hookimpl`` is silently ignored by pluggy."""
    if not isinstance(plugin, ModuleType):
        return
    marker = f"{hookspecs.PROJECT_NAME}_impl"
    for attr, value in vars(plugin).items():
        if (attr.startswith("numcheck_") and inspect.isfunction(value)
                and not hasattr(value, marker) and value.__module__ == plugin.__name__):
            raise ConfigError(
                    f"plugin {name!r}: function {attr} is not marked with @numcheck.hookimpl"
                )


def _verify_hooks(pm: PluginManager) -> None:
    """Misspelled hooks are an error naming the plugin and the likely hook."""
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda item: item[0]):
        for caller in pm.get_hookcallers(plugin) or ():
            if caller.has_spec():
                continue
            import difflib  # only a misspelt hook needs it

            close = difflib.get_close_matches(caller.name, HOOK_NAMES, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ConfigError(f"plugin {name!r}: unknown hook {caller.name}{hint}")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as err:  # pragma: no cover - caught above
        raise ConfigError(_one_line(err)) from err


def _enable_tracing(pm: PluginManager) -> None:
    def before(hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]) -> None:
        names = ", ".join(impl.plugin_name for impl in impls)
        where = kwargs.get("document")
        target = f" {where.path}" if where is not None and hasattr(where, "path") else ""
        print(f"numcheck: trace: {hook_name}{target} -> [{names}]", file=sys.stderr)

    def after(
        outcome: pluggy.Result[Any],
        hook_name: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, Any],
    ) -> None:
        exc = outcome.exception
        result = f"raised {type(exc).__name__}: {_one_line(exc)}" if exc else "ok"
        print(f"numcheck: trace: {hook_name} {result}", file=sys.stderr)

    pm.add_hookcall_monitoring(before, after)


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text[:300] + ("…" if len(text) > 300 else "")


def _error_line(err: BaseException, path: str) -> str:
    """``:LINE`` of the innermost traceback frame in the plugin file, if any."""
    if isinstance(err, SyntaxError) and err.lineno:
        return f":{err.lineno}"
    tb = err.__traceback__
    line = ""
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = f":{tb.tb_lineno}"
        tb = tb.tb_next
    return line


# -- calling hooks one plugin at a time ----------------------------------------


def implementations(pm: pluggy.PluginManager, hook_name: str) -> list[str]:
    """Names of the plugins implementing a hook (wrappers excluded), sorted."""
    caller: pluggy.HookCaller = getattr(pm.hook, hook_name)
    return sorted(
        impl.plugin_name
        for impl in caller.get_hookimpls()
        if not (impl.wrapper or impl.hookwrapper)
    )


def per_plugin_callers(
    pm: pluggy.PluginManager, hook_name: str
) -> list[tuple[str, Callable[..., list[Any]]]]:
    """One caller per implementing plugin, so one plugin's failure stays its own.

    Each caller still runs the hook's wrappers (``wrapper=True`` impls) around it.
    """
    names = implementations(pm, hook_name)
    plugins = {name: pm.get_plugin(name) for name in names}
    callers: list[tuple[str, Callable[..., list[Any]]]] = []
    for name in names:
        others = [plugin for other, plugin in plugins.items() if other != name]
        callers.append((name, pm.subset_hook_caller(hook_name, others)))
    return callers


#: What each setup hook must return (the check hooks are validated by the engine).
_SEQUENCE_HOOKS = ("numcheck_rules", "numcheck_formatters")
_MAPPING_HOOKS = ("numcheck_lexicon",)


def _reraise_interrupt(err: BaseException) -> None:
    from numcheck.isolation import is_interrupt

    if is_interrupt(err):
        raise err


def _shaped(name: str, hook_name: str, result: Any) -> Any:
    """A setup hook's result in the documented shape, or a ConfigError naming the plugin."""
    if hook_name in _SEQUENCE_HOOKS:
        if result is None:
            return ()
        if isinstance(result, str | bytes | Mapping) or not isinstance(result, Iterable):
            raise ConfigError(f"plugin {name!r}: {hook_name} returned "
                              f"{type(result).__name__}, expected a list")
        return tuple(result)
    if hook_name in _MAPPING_HOOKS and not (result is None or isinstance(result, Mapping)):
        raise ConfigError(f"plugin {name!r}: {hook_name} returned {type(result).__name__}, "
                          "expected a mapping (a table of lexicon sections) or None")
    return result


def call_each(pm: pluggy.PluginManager, hook_name: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
    """``(plugin, result)`` per implementing plugin; a failing plugin is a ConfigError.

    For the setup hooks (rules, lexicon, formatters): a plugin that cannot even say
    what it provides cannot be isolated, so the run stops with its name, whether it
    raised, called ``sys.exit`` or returned the wrong kind of value.
    """
    for name, caller in per_plugin_callers(pm, hook_name):
        try:
            results = [_shaped(name, hook_name, result) for result in caller(**kwargs)]
        except ConfigError:
            raise
        except BaseException as err:
            _reraise_interrupt(err)
            what = (f"called sys.exit({err.code!r})" if isinstance(err, SystemExit)
                    else f"raised {type(err).__name__}: {_one_line(err)}")
            raise ConfigError(f"plugin {name!r}: {hook_name} {what}") from err
        for result in results:
            yield name, result


def plugin_info(pm: PluginManager) -> list[dict[str, Any]]:
    """What ``numcheck plugins --format json`` prints, sorted by name."""
    rules: dict[str, list[str]] = {}
    for name, declared in call_each(pm, "numcheck_rules"):
        rules.setdefault(name, []).extend(getattr(rule, "code", "?") for rule in declared or ())
    info = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        origin = pm.origins.get(name, PluginOrigin("module", getattr(plugin, "__name__", name)))
        hooks = sorted(caller.name for caller in pm.get_hookcallers(plugin) or ())
        info.append(
            {
                "name": name,
                "version": origin.version if origin.kind != "file" else None,
                "hooks": hooks,
                "rules": sorted(rules.get(name, [])),
                "builtin": origin.builtin,
                "source": origin.location,
            }
        )
    return sorted(info, key=lambda item: item["name"])
