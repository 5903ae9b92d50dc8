"""Where the claim index keeps two figures of two articles apart (``ClaimIndex.kept``,
read by benchmarks/claim_funnel.py): the same rules the index pairs by, so every pair the
key route yields is kept together and the funnel's columns tell where a pair is lost."""

from __future__ import annotations

from typing import Any

import pytest


def _index(a: str, b: str) -> tuple[Any, list[Any]]:
    from numcheck.checkers.drift import claim_index
    from numcheck.engine import Engine, analyse_document, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_text

    lexicon = Lexicon.default()
    parse = make_parser(lexicon, 0.0)
    docs = [read_text(f"---\ndate: 2026-03-04\n---\n\n{text}\n", path)
            for path, text in (("a.md", a), ("b.md", b))]
    claims = [c for d in docs for c in analyse_document(d, parse, lexicon).claims]
    return claim_index(docs, claims, Engine().context, trace=True), claims


def _at(claims: list[Any], path: str, text: str, figure: str) -> Any:
    """The claim of ``path`` whose figure starts where ``figure`` first stands in the
    article's body ``text``."""
    at = text.index(figure) + 1  # columns count from 1
    return next(c for c in claims if c.location.path == path and c.location.line == 5
                and c.location.column <= at < c.location.end_column + 1)


def _kept(a: str, b: str, fa: str, fb: str) -> str:
    index, claims = _index(a, b)
    return str(index.kept(_at(claims, "a.md", a, fa), _at(claims, "b.md", b, fb)))


@pytest.mark.parametrize(
    ("a", "b", "fa", "fb", "kept"),
    [
        # one key, no place: kept together
        ("Police said 47 people were arrested after the match.",
         "The force said 52 people were arrested after the match.", "47", "52", ""),
        # one placed, the other's article names two places: no common place
        ("Police said 47 people were arrested in Dunmere after the match.",
         "The force said 52 people were arrested after fans from Arlo met fans in Dunmere.",
         "47", "52", "place"),
        # a rolling day against the story's total: no common span
        ("In the last 24 hours, 12 people were killed, officials said.",
         "Officials said 140 people have been killed.", "12", "140", "window"),
        # one measured head, descriptors that do not fit: what the index weighs for them
        ("A total of 27,282 votes were cast in the by-election.",
         "Fenner won with 21,277 votes.", "27,282", "21,277", "window"),
        # killed and arrested: no block the index compares
        ("Police said 47 people were arrested after the match.",
         "Officials said 52 people were killed after the match.", "47", "52", "block"),
    ],
)
def test_where_two_figures_are_kept_apart(a: str, b: str, fa: str, fb: str,
                                          kept: str) -> None:
    assert _kept(a, b, fa, fb) == kept


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police said 47 people were arrested after the match, and 12 were injured.",
         "The force said 52 people were arrested; 60 people were injured."),
        ("The brewery employs 206 people at its Kestowe site, the company said.",
         "Sallow Pike employs 260 people at the Kestowe brewery, the company said."),
        ("The storm killed nine people and injured 40, police said.",
         "Police said 49 people were casualties of the storm."),
    ],
)
def test_every_key_route_pair_is_kept_together(a: str, b: str) -> None:
    index, _ = _index(a, b)
    pairs = [p for p in index.pairs() if not p.met and index.filings(p.first.claim)
             and index.filings(p.second.claim)]
    assert pairs
    assert all(index.kept(p.first.claim, p.second.claim) == "" for p in pairs)


def test_a_part_is_filed_under_no_block() -> None:
    index, claims = _index("The crash killed 14 people, nine of the dead were children.",
                           "Police said 14 people were killed.")
    text = "The crash killed 14 people, nine of the dead were children."
    nine = _at(claims, "a.md", text, "nine")
    assert index.filings(nine) == ()


def test_a_check_keeps_no_trace() -> None:
    from numcheck.checkers.drift import claim_index
    from numcheck.engine import Engine

    index, claims = _index("Police said 47 people were arrested.", "Police said 52 were.")
    assert index.filings(claims[0])
    untraced = claim_index([], [], Engine().context)
    with pytest.raises(ValueError, match="trace"):
        untraced.filings(claims[0])
    with pytest.raises(ValueError, match="trace"):
        untraced.kept(claims[0], claims[-1])
