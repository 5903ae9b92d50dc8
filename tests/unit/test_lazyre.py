"""lazy_compile: a module-level pattern compiled on first use, behaving as the pattern."""

from __future__ import annotations

import re

from numcheck.lazyre import lazy_compile


def test_compiles_on_first_use_and_behaves_as_the_pattern() -> None:
    lazy = lazy_compile(r"(?P<n>\d+) (?:people|men)", re.IGNORECASE)
    assert "_compiled" not in vars(lazy)
    real = re.compile(r"(?P<n>\d+) (?:people|men)", re.IGNORECASE)
    text = "About 40 People and 12 men"
    assert lazy.search(text).group("n") == real.search(text).group("n")  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("N", text) == real.sub("N", text)
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (real.pattern, real.flags,
                                                           real.groupindex)
    assert "_compiled" in vars(lazy)


def test_a_bad_pattern_fails_when_used_not_at_import() -> None:
    lazy = lazy_compile(r"(unclosed")
    try:
        lazy.search("x")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected re.error")


def test_a_regex_module_pattern_compiles_on_first_use() -> None:
    import regex  # type: ignore[import-untyped, unused-ignore]

    from numcheck.lazyre import lazy_regex

    source = r"\b(?i:in|at)\s+(?P<place>\p{Lu}[\p{L}\-]+)"
    lazy = lazy_regex(source, regex.IGNORECASE)
    assert "_compiled" not in vars(lazy)
    real = regex.compile(source, regex.IGNORECASE)
    text = "Fighting in Kyiv and at Mariupol"
    assert [m.group("place") for m in lazy.finditer(text)] == [
        m.group("place") for m in real.finditer(text)]
    assert "_compiled" in vars(lazy)


def test_a_lazy_pattern_pickles_as_the_call_that_makes_it() -> None:
    import pickle

    from numcheck.lazyre import lazy_regex

    for lazy in (lazy_compile(r"\d+ people", re.IGNORECASE), lazy_regex(r"\p{Lu}\w+")):
        lazy.search("x")  # compiled, with a method kept on the object
        copy = pickle.loads(pickle.dumps(lazy))
        assert "_compiled" not in vars(copy)
        assert repr(copy) == repr(lazy)
        assert copy.pattern == lazy.pattern
