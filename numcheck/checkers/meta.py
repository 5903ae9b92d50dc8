"""Meta rules about the run itself rather than the copy (NC0xx).

NC001 is how the engine reports a plugin that raised or returned something that
is not a finding: the run goes on, and the fault shows up in every output format
like any other finding, naming the plugin, the hook and the file.
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
A plugin raised an exception (or returned something that is not a finding, or a
finding for a rule it never declared) while checking a document. numcheck reports
the fault as this finding and carries on, so the other plugins' findings are kept.

The message names the plugin, the hook and the exception. The copy itself may be
fine: the check that would have looked at it did not run.

**What to do:** update or disable the plugin
(`NUMCHECK_DISABLE_PLUGINS=name numcheck check ...`), and report the message to its
author. `NUMCHECK_TRACE_PLUGINS=1` prints every hook call on stderr.
""",
    plugin="meta",
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return [PLUGIN_ERROR]
