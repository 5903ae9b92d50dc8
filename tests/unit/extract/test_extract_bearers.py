"""A figure told after its bearer (extract/bearers.py): a size closed by a dimension
adjective, a sum opened by a word of value, and a compound's noun ended before a verb of
``[bearers] clause_verbs``. data/bearers.toml holds realisations across desks (planted
problems found, consistent look-alikes silent), scored end to end."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import cases, check_case, claim

from numcheck.extract.measure_phrase import clause_verbs, extents, value_words
from numcheck.lexicon import LexiconError


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a size closed by a dimension adjective, set off or not, hedged or not
        ("A crater about 25 metres long opened on the road.", "about 25 metres",
         ("crater", "length")),
        ("A sinkhole some 12 metres deep swallowed two cars.", "some 12 metres",
         ("sinkhole", "depth")),
        ("The wall, 6 metres high, collapsed.", "6 metres", ("wall", "height")),
        ("The city's new bridge, 400 metres long, opened.", "400 metres",
         ("bridge", "length", "new")),
        # set off, a phrase after a preposition is stepped over to the noun it modifies
        ("The bridge over the river, 400 metres long, opened.", "400 metres",
         ("bridge", "length")),
        ("The sinkhole on Mill Lane, which is 21 metres deep, is growing.", "21 metres",
         ("sinkhole", "depth")),
        # a compound size joined to its adjective
        ("A 12-metre-long whale washed up.", "12-metre", ("whale", "length")),
        # a sum opened by a word of value, set off, predicated or not
        ("The contract, worth $900 million, runs to 2030.", "$900 million", ("contract",)),
        ("The package is worth $900 million.", "$900 million", ("package",)),
        ("The contract, which is worth $900 million, runs to 2030.", "$900 million",
         ("contract",)),
        ("Norvik bought Castell in a deal worth $1.2 billion.", "$1.2 billion", ("deal",)),
        ("The scheme, costing £3m, was approved.", "£3m", ("scheme",)),
        ("The contract with Hallam Rail, worth £240 million, runs on.", "£240 million",
         ("contract",)),
        # a compound's noun run ends before a verb of its clause
        ("A three-week closure begins in June.", "three-week", ("closure",)),
        ("The 2.5-mile bypass opens today.", "2.5-mile", ("bypass",)),
        # a sum in apposition is the value of the noun before it
        ("The fine, £4m, is the largest yet.", "£4m", ("fine",)),
        ("The settlement — $4.2 million — was approved.", "$4.2 million", ("settlement",)),
        # a verb's object after auxiliaries or an adverb: the subject's measure
        ("The slick now covers 12 square kilometres.", "12 square kilometres", ("slick",)),
        ("The fire has consumed 4,000 hectares.", "4,000 hectares", ("fire",)),
    ],
)
def test_a_postposed_figure_measures_its_bearer(
    text: str, figure: str, measure: tuple[str, ...]
) -> None:
    assert claim(text, figure)[1] == measure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no bearer: the object of "of", a bare noun, a pronoun
        ("A stretch of road 300 metres long was closed.", "300 metres"),
        ("A hole in the road 2 metres deep was found.", "2 metres"),
        ("It is worth £3m.", "£3m"),
        ("Shares worth £3m changed hands.", "£3m"),
        ("Last year, £4m was spent.", "£4m"),
        ("It has burned 4,000 hectares.", "4,000 hectares"),
    ],
)
def test_no_bearer_no_guess(text: str, figure: str) -> None:
    assert claim(text, figure)[1] == ()


def test_the_compound_key_is_its_noun_not_the_verb() -> None:
    assert claim("A three-week closure begins in June.", "three-week")[0].split()[0] == "closure"
    assert claim("The 2.5-mile bypass opens today.", "2.5-mile")[0].split()[0] == "bypass"


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda: extents({"extents": {"long": "length", "Wide": "width"}}), "lowercase"),
        (lambda: extents({"extents": {"long": "in length"}}), "lowercase"),
        (lambda: extents({"extents": ["long"]}), "table"),
        (lambda: extents({"extent": {}}), "unknown field"),
        (lambda: value_words({"values": ["valued at"]}), "one lowercase word"),
        (lambda: value_words({"values": "worth"}), "list"),
        (lambda: clause_verbs({"clause_verbs": ["begins"]}), "inflected"),
        (lambda: clause_verbs({"clause_verbs": ["opened"]}), "inflected"),
        (lambda: clause_verbs({"clause_verbs": ["Open"]}), "lowercase"),
        (lambda: clause_verbs({"clause_verbs": ["begin"], "clause_irregular": {"begin": "began"}}),
         "lowercase words"),
    ],
)
def test_a_wrong_entry_is_refused_loudly(call: Any, says: str) -> None:
    with pytest.raises(LexiconError, match=says):
        call()


def test_clause_verbs_are_read_as_third_person_and_past() -> None:
    forms = clause_verbs({"clause_verbs": ["begin", "open"],
                          "clause_irregular": {"begin": ["began", "begun"]}})
    assert {"begins", "began", "opens", "opened"} <= forms
    assert not {"begin", "open", "opening"} & forms


@pytest.mark.parametrize("case", cases("bearers.toml"))
def test_bearer_realisations(case: dict[str, str]) -> None:
    check_case(case)
