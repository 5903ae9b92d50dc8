"""Meta rules about the run itself rather than the copy (NC0xx).

NC001 is how the engine reports a plugin that failed (numcheck/calls.py): the run
goes on, and the fault shows up in every output format like any other finding,
naming the plugin, the hook and the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.findings import Rule, Severity
from numcheck.hookspecs import hookimpl

PLUGIN_ERROR = Rule(
    code="NC001",
    name="plugin-error",
    severity=Severity.ERROR,
    summary="A checker plugin failed; its findings for this file are missing",
    description="""\
A plugin failed while checking a document or the whole run: it raised an
exception, called `sys.exit()`, returned something that is not a list of findings,
returned a malformed finding (a field of the wrong type, offsets outside the
document; that one finding is rejected, the plugin's others are kept), reported a
rule it never declared, or overran `plugin-timeout` (then it is stopped and not
called again in this run). numcheck reports the fault as this finding and carries
on, so the other plugins' findings are kept.

The message names the plugin, the hook, the file and what went wrong. The copy
itself may be fine: the check that would have looked at it did not run.

**What to do:** update or disable the plugin
(`NUMCHECK_DISABLE_PLUGINS=name numcheck check ...`), and report the message to its
author. `NUMCHECK_TRACE_PLUGINS=1` prints every hook call on stderr.
""",
    plugin="meta",
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return [PLUGIN_ERROR]
