"""The compiled lexicon: every field is built (eagerly, lazily or as a pattern), and the
compiled form is shared by lexicons with the same parse sections."""

from __future__ import annotations

import re

import pytest

from numcheck.lexicon import Lexicon
from numcheck.parsing import Parser, builtin_lexicon
from numcheck.parsing.lexdata import SECTIONS, Compiled, compiled_for
from numcheck.parsing.lextables import LAZY, build


def test_every_field_is_built_by_exactly_one_builder() -> None:
    lex = builtin_lexicon()
    fields = set(Compiled.__annotations__)
    eager = set(build(lex))
    patterns = {k for k, v in Compiled.__annotations__.items() if v == "Pattern"}
    assert eager.isdisjoint(LAZY)
    assert eager.isdisjoint(patterns)
    assert eager | set(LAZY) | patterns == fields
    c = Compiled(lex)
    for name in sorted(fields):
        value = getattr(c, name)
        assert value is getattr(c, name)  # built once
        if name in patterns:
            assert isinstance(value, re.Pattern)


def test_read_only() -> None:
    c = Compiled(builtin_lexicon())
    with pytest.raises(AttributeError, match="read-only"):
        c.year_min = 1


def test_a_lexicon_with_the_same_parse_sections_shares_the_compiled_form() -> None:
    base = builtin_lexicon()
    engine = Lexicon.default().extended([{"measures": {"events": {"rescued": ["saved"]}}}])
    assert all(engine[name] is base[name] for name in SECTIONS)
    assert compiled_for(engine) is compiled_for(base)


def test_a_parse_addition_gets_its_own_compiled_form() -> None:
    base = builtin_lexicon()
    extra = base.extended([{"hedges": {"prefix": {"approx": ["give or take"]}}}])
    assert compiled_for(extra) is not compiled_for(base)
    (q,) = Parser(extra).parse("give or take 300 people")
    assert q.hedge == "give or take"
    assert [q.hedge for q in Parser(base).parse("give or take 300 people")] == [None]
