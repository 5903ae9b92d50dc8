"""Every numcheck hook, typed and documented (pluggy).

Built-in checkers and formatters implement these hooks exactly like third-party
plugins do. Each hook's docstring is its reference documentation; a test checks
that docs/plugins/hooks.md documents every hook defined here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from numcheck.claims import Claim
    from numcheck.context import CheckContext
    from numcheck.document import Document
    from numcheck.findings import Finding, Rule
    from numcheck.report.base import Formatter

PROJECT_NAME = "numcheck"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


class CorpusSplit(StrEnum):
    """Whether a ``numcheck_check_corpus`` implementation may run on parts of the corpus.

    A plugin declares it with a module (or plugin object) attribute::

        numcheck_corpus_split: Final = CorpusSplit.BY_ALIGNMENT_KEY

    ``WHOLE`` (the default, when the attribute is absent): the check needs every claim
    at once. ``BY_ALIGNMENT_KEY``: the check only ever compares claims with equal
    ``numcheck.checkers.drift.align.group_key`` (story set and key without the
    event), so running it once per key group, each call with that group's claims,
    the desk sheets' and the group's documents, gives the same findings as one call
    over everything. The in-process engine ignores the attribute; the Dask engine
    (``--engine dask``) uses it to check key groups where they land.
    """

    WHOLE = "whole"
    BY_ALIGNMENT_KEY = "alignment-key"


CORPUS_SPLIT = "numcheck_corpus_split"


def corpus_split(plugin: object, name: str) -> CorpusSplit:
    """The plugin's declared :class:`CorpusSplit`; a value that is not one is an error."""
    from numcheck.errors import ConfigError

    value = getattr(plugin, CORPUS_SPLIT, CorpusSplit.WHOLE)
    try:
        return CorpusSplit(value)
    except ValueError:
        choices = ", ".join(f"CorpusSplit.{c.name}" for c in CorpusSplit)
        raise ConfigError(f"plugin {name!r}: {CORPUS_SPLIT} = {value!r} is not one of "
                          f"{choices}") from None


@hookspec
def numcheck_rules() -> Sequence[Rule]:  # type: ignore[empty-body]
    """Declare the rules this plugin can report.

    Return :class:`numcheck.findings.Rule` objects (code, kebab name, default
    severity, one-line summary, Markdown description). Codes are 1-3 capital
    letters and 1-4 digits sharing the plugin's prefix ("NC101", "AP1"); names are
    kebab-case. Called once when the rule registry is built; a code or name declared
    twice, or a malformed one, stops the run with a message naming the plugin. A
    finding whose rule was not declared becomes an NC001 finding.
    """


@hookspec
def numcheck_lexicon() -> Mapping[str, Any] | None:
    """Extend the vocabulary (hedges, units, measure synonyms, claimant cues).

    Return a mapping shaped like the data files in ``numcheck/lexicon/`` (for
    example ``{"measures": {"detained": {"synonyms": ["arrested"]}}}``). Entries are
    merged over the built-in lexicon before any document is parsed (tables merge
    key by key, lists are appended, scalars replaced), plugin by plugin in name
    order. Return None to add nothing.
    """


@hookspec
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding] | None:
    """Check one article on its own; return (or yield) findings.

    ``claims`` are the document's claims in text order (boilerplate included,
    marked ``Scope.BOILERPLATE``; skip what you should not compare). Called once per
    document, for each plugin separately. Leave ``name``, ``severity`` and
    ``plugin`` of a Finding unset: the engine fills them from the rule registry. A
    plugin that raises is reported as an NC001 finding (plugin, hook, file) and the
    run goes on with the other plugins' findings intact.
    """


@hookspec
def numcheck_check_corpus(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding] | None:
    """Check a set of articles together (drift between sources); return findings.

    Called once per run, after every document was read, with all claims of all
    documents and of the desk fact sheets (``--reference``; their claims have
    ``scope`` ``Scope.REFERENCE`` and are located in the sheet). Align claims through an
    index keyed by ``claim.key`` (blocking), never by comparing all pairs. Faults are
    isolated as for ``numcheck_check_document``. ``documents`` may have their
    ``prose`` dropped to save memory (it then equals ``text``); use the claims.

    A plugin whose check only compares claims of one alignment key group declares
    ``numcheck_corpus_split = CorpusSplit.BY_ALIGNMENT_KEY`` (see :class:`CorpusSplit`):
    the Dask engine then calls it once per key group, with that group's claims (in
    input order), the desk sheets' claims and the documents the group's claims come
    from. Without the declaration the Dask engine calls it once, in one worker, over
    every document and claim of the run (memory grows with the corpus).
    """


@hookspec
def numcheck_formatters() -> Sequence[Formatter]:  # type: ignore[empty-body]
    """Add output formats for ``--output-format``.

    Return :class:`numcheck.report.base.Formatter` objects; each has a ``name``
    (the value users pass), a ``description`` and ``render(report) -> str``.
    ``render`` must be deterministic (same Report, same string) and must not re-run
    checks. Two plugins offering the same name is a configuration error.
    """
