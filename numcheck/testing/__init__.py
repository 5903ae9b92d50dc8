"""The test kit for plugin authors: fixtures, assertions, builders, strategies.

- :func:`run_checks` (fixture ``numcheck_run``): the real pipeline on inline text
  with just the plugins you name; returns the findings.
- :func:`assert_findings`: compare findings with ``[("AP101", "5"), ("AP104", "2:1")]``.
- :func:`run_cases` with :class:`Valid`/:class:`Invalid` (fixture ``numcheck_cases``):
  textlint-tester style tables, including the text expected after ``--fix``.
- :mod:`numcheck.testing.builders`: hand-built documents and claims for unit tests.
- :mod:`numcheck.testing.strategies`: hypothesis strategies writing one quantity in
  many phrasings (needs the ``test`` extra: ``pip install 'numcheck[test]'``).

Importing this package is cheap (no pint, no hypothesis): the pytest plugin that
ships it is loaded in every pytest run where numcheck is installed.
"""

from numcheck.testing.assertions import Expected, assert_findings, assert_no_findings
from numcheck.testing.builders import make_claim, make_context, make_document
from numcheck.testing.cases import Invalid, Valid, run_cases
from numcheck.testing.runner import RunResult, run_checks

__all__ = [
    "Expected",
    "Invalid",
    "RunResult",
    "Valid",
    "assert_findings",
    "assert_no_findings",
    "make_claim",
    "make_context",
    "make_document",
    "run_cases",
    "run_checks",
]
