"""The blocking cases of tests/unit/drift/cases/keys_*.toml (meet_cases.py's format, and
each case's two figures, ``fa`` and ``fb``): whether the claim index brings the two
figures into blocks it compares (keys.linked), and the drift verdict of the case."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from typing import Any

from meet_cases import CASES, Case, passes


@dataclass(frozen=True)
class KeyCase:
    case: Case
    figures: tuple[str, str]

    @property
    def name(self) -> str:
        return self.case.name


def load(name: str) -> list[KeyCase]:
    from meet_cases import load as load_cases

    raw = tomllib.loads((CASES / name).read_text(encoding="utf-8"))["case"]
    return [KeyCase(case, (r["fa"], r["fb"])) for case, r in zip(load_cases(name), raw,
                                                                 strict=True)]


def _claim(path: str, text: str, figure: str) -> Any:
    """The claim of ``path`` whose figure overlaps the first ``figure`` in its text."""
    from numcheck.engine import analyse_document, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_text

    doc = read_text(text, path)
    lexicon = Lexicon.default()
    claims = analyse_document(doc, make_parser(lexicon, 0.0), lexicon).claims
    start = doc.text.lower().index(figure.lower())
    end = start + len(figure)
    return next((c for c in claims
                 if c.location.start < end and start < c.location.end), None)


def blocked(case: KeyCase) -> bool:
    """Both figures are read, alignable, and in blocks the index compares."""
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.checkers.drift.keys import alignable, block_key, linked

    alignment = Alignment.from_lexicon()
    a, b = (_claim(path, text, figure) for (path, text), figure
            in zip(case.case.articles.items(), case.figures, strict=True))
    if a is None or b is None or not (alignable(a, alignment) and alignable(b, alignment)):
        return False
    return linked(block_key(a, alignment), block_key(b, alignment), alignment)


def right(case: KeyCase) -> bool:
    """A planted problem blocked together and found; a look-alike silent."""
    if case.case.expect:
        return blocked(case) and passes(case.case)
    return passes(case.case)


def assert_right(case: KeyCase, judge: Callable[[KeyCase], bool], known: Set[str]) -> None:
    """The case comes out right, or it is a known miss or alarm that still comes out
    wrong (one that passes now must leave the known list)."""
    if case.name in known:
        assert not judge(case), f"{case.name} passes now: drop it from the known list"
        return
    assert judge(case), case.name


def planted_share(cases: Sequence[KeyCase]) -> float:
    """The share of planted problems among the cases (the rest are look-alikes)."""
    return sum(1 for c in cases if c.case.expect) / len(cases)
