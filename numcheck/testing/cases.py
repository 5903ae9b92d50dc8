"""textlint-tester style tables: texts that must pass and texts that must fail.

::

    run_cases(
        [my_plugin],
        valid=["Officials said five people were hurt."],
        invalid=[Invalid("Officials said 5 people were hurt.", [("AP101", "5")],
                         output="Officials said five people were hurt.")],
    )

Every case runs; one AssertionError lists every case that failed and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from numcheck.testing.assertions import Expected, assert_findings, describe
from numcheck.testing.runner import PluginSpec, run_checks


@dataclass(frozen=True)
class Invalid:
    """A text and the findings it must produce; ``output`` is the text after --fix."""

    text: str
    expected: Sequence[Expected]
    output: str | None = None
    options: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Valid:
    """A text that must produce no findings (with these plugin options)."""

    text: str
    options: dict[str, dict[str, Any]] = field(default_factory=dict)


def run_cases(
    plugins: Sequence[PluginSpec],
    *,
    valid: Sequence[str | Valid] = (),
    invalid: Sequence[Invalid | tuple[str, Sequence[Expected]]] = (),
    **run_kwargs: Any,
) -> None:
    """Run every case through :func:`run_checks`; fail once, listing every bad case."""
    failures: list[str] = []
    for case in valid:
        item = case if isinstance(case, Valid) else Valid(case)
        found = run_checks(item.text, plugins, options=item.options or None, **run_kwargs)
        if found:
            listed = "\n".join(f"    {describe(f)}" for f in found)
            failures.append(f"valid case {item.text!r} produced findings:\n{listed}")
    for raw in invalid:
        bad = raw if isinstance(raw, Invalid) else Invalid(raw[0], raw[1])
        found = run_checks(bad.text, plugins, options=bad.options or None, **run_kwargs)
        try:
            assert_findings(found, bad.expected)
        except AssertionError as err:
            failures.append(f"invalid case {bad.text!r}: {err}")
            continue
        if bad.output is not None and (fixed := found.fixed()) != bad.output:
            failures.append(
                f"invalid case {bad.text!r}: after --fix\n    got      {fixed!r}\n"
                f"    expected {bad.output!r}"
            )
    if failures:
        raise AssertionError(f"{len(failures)} case(s) failed:\n" + "\n".join(failures))


__all__ = ["Invalid", "Valid", "run_cases"]
