"""The pairing cases of tests/unit/drift/cases/pairs_*.toml (key_cases.py's format):
whether the claim index pairs the case's two figures (``drift.judged_pairs``) and what
drift raises. A planted problem passes when its figures are paired and its rule is
raised, a look-alike when no warning or error is."""

from __future__ import annotations

from typing import Any

from key_cases import KeyCase, _claim, load
from meet_cases import passes

__all__ = ["KeyCase", "load", "paired", "right", "score"]


def paired(case: KeyCase) -> bool:
    """The claim index brings the case's two figures together (by key or likeness)."""
    from numcheck.checkers.drift import judged_pairs
    from numcheck.engine import Engine, analyse_document, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_text

    lexicon = Lexicon.default()
    parse = make_parser(lexicon, 0.0)
    docs = [read_text(text, path) for path, text in case.case.articles.items()]
    claims = [c for d in docs for c in analyse_document(d, parse, lexicon).claims]
    a, b = (_claim(path, text, figure) for (path, text), figure
            in zip(case.case.articles.items(), case.figures, strict=True))
    if a is None or b is None:
        return False
    spots = {(a.location.path, a.location.start), (b.location.path, b.location.start)}
    context: Any = Engine().context
    return any({(p.first.claim.location.path, p.first.claim.location.start),
                (p.second.claim.location.path, p.second.claim.location.start)} == spots
               for p, _ in judged_pairs(docs, claims, context))


def right(case: KeyCase) -> bool:
    if case.case.expect:
        return paired(case) and passes(case.case)
    return passes(case.case)


def score(name: str) -> dict[str, int]:
    """Planted paired / found / both, look-alikes silent, for one cases file."""
    cases = load(name)
    planted = [c for c in cases if c.case.expect]
    alike = [c for c in cases if not c.case.expect]
    return {"planted": len(planted), "paired": sum(paired(c) for c in planted),
            "found": sum(passes(c.case) for c in planted),
            "both": sum(right(c) for c in planted), "look-alikes": len(alike),
            "silent": sum(passes(c.case) for c in alike)}
