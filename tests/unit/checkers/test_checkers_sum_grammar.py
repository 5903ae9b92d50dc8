"""NC202: the list grammar's closed-class words (``[sum_grammar]``, _sum_grammar.py) and a
partition told over two sentences (_successive.py).

A total label opening a sentence ("Total: 285.", "Total valid votes: 26,287"), a
semicolon list of labelled items, "Together," opening the total's sentence, an item with
no figure that counts one ("and a chapel"), a continuation ("A further 11") that adds to
the group before it, and states that go on in the next sentence ("Of the 52, 31 were
convicted. Seventeen were acquitted and six await retrial"), two parts naming both sides
of a pair ("of whom 41 were children and 47 were adults"). Each case is written twice:
the sum off (NC202) and on (silent); look-alikes stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import parts
from numcheck.checkers._sum_grammar import SumGrammar
from numcheck.lexicon import LexiconError, load_section
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [parts], path="article.txt").codes()


# (wrong, right): one realisation, its sum off and on
PAIRS = {
    "a total label after a prose list": (
        "Cases by region: North 120, South 95, East 60. Total: 285.",
        "Cases by region: North 120, South 95, East 60. Total: 275.",
    ),
    "a results box: semicolons, then a labelled total": (
        "Haldane (Lab) 12,404; Pryce (Con) 9,871; Okafor (LD) 3,112. Total valid votes: "
        "26,287.",
        "Haldane (Lab) 12,404; Pryce (Con) 9,871; Okafor (LD) 3,112. Total valid votes: "
        "25,387.",
    ),
    "a semicolon list, then 'In all,'": (
        "Votes: Reform 5,120; Labour 4,870; Greens 1,010. In all, 11,200 votes were cast.",
        "Votes: Reform 5,120; Labour 4,870; Greens 1,010. In all, 11,000 votes were cast.",
    ),
    "'Together,' opens the total's sentence": (
        "Ardley has 340 beds and Carrow has 280 beds. Together, the two hospitals have "
        "640 beds.",
        "Ardley has 340 beds and Carrow has 280 beds. Together, the two hospitals have "
        "620 beds.",
    ),
    "an item with no figure counts one before 'in all'": (
        "Twelve flats, four shops and a chapel were flooded, 18 buildings in all.",
        "Twelve flats, four shops and a chapel were flooded, 17 buildings in all.",
    ),
    "an item with no figure counts one after a colon": (
        "Eight people died: four drivers, two guards and a nurse.",
        "Seven people died: four drivers, two guards and a nurse.",
    ),
    "a continuation adds to the partitive group a complement closes": (
        "Of the 40 defendants, 22 were convicted. A further 11 were cleared, and the "
        "remaining five face a retrial.",
        "Of the 40 defendants, 22 were convicted. A further 11 were cleared, and the "
        "remaining seven face a retrial.",
    ),
    "exclusive states go on in the next sentence": (
        "Of the 52 defendants, 31 were convicted. Seventeen were acquitted and six await "
        "retrial.",
        "Of the 52 defendants, 31 were convicted. Seventeen were acquitted and four await "
        "retrial.",
    ),
    "two parts of one whole name both sides of a pair": (
        "Eighty-six people were taken to hospital, of whom 41 were children and 47 were "
        "adults.",
        "Eighty-six people were taken to hospital, of whom 41 were children and 45 were "
        "adults.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), PAIRS.values(), ids=list(PAIRS))
def test_the_list_grammar_reads_the_partition(wrong: str, right: str) -> None:
    assert "NC202" in codes(wrong)
    assert "NC202" not in codes(right)


SILENT = {
    "an item with a clause of its own": (
        "Six people died in the crash: four drivers and two guards, and a nurse was "
        "injured, police said."
    ),
    "an open item ('a number of')": (
        "The fleet has 40 ships: 22 frigates, 12 destroyers and a number of support vessels."
    ),
    "the total's own words are no item": (
        "Northbound trains carried 18,400 passengers and southbound trains 21,900, a "
        "combined 40,300."
    ),
    "'Together with' adds beyond the list": (
        "Ardley has 340 beds and Carrow has 280 beds. Together with the new wing, the two "
        "hospitals will have 720 beds."
    ),
    "a continuation after a partitive whole": (
        "Forty of the 90 staff took the offer. Another 25 are considering it, and the "
        "other 25 have refused."
    ),
    "the next sentence names another time": (
        "Of the 52 defendants, 31 were convicted. In 2019, 40 were acquitted and 12 faced "
        "a retrial."
    ),
    "two parts of one whole that may overlap": (
        "Of the 90 patients admitted with heatstroke, 58 were over 75 and 47 had heart "
        "conditions, the trust said."
    ),
    "a labelled total of another kind": (
        "The scheme covers 12 schools, 9 clinics and 4 libraries. Total cost: £41m."
    ),
    "clauses joined by semicolons, another window": (
        "Kesby had 40 cases; Orrin had 30 on Monday. In all, 95 cases were reported this week."
    ),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_look_alikes_stay_silent(text: str) -> None:
    assert "NC202" not in codes(text)


def test_the_shipped_table_compiles() -> None:
    grammar = SumGrammar(load_section("checkers")["sum_grammar"])
    assert grammar.labels_total("total valid votes:")
    assert not grammar.labels_total("total valid votes")
    assert grammar.continues("a further")
    assert grammar.adds_beyond("together with the new wing, the")


@pytest.mark.parametrize(
    "table",
    [
        {"total_labels": [], "single_item": ["a"], "not_single": ["number"],
         "continuations": ["another"], "beyond_openers": ["together with"]},
        {"total_labels": ["Total"], "single_item": ["a"], "not_single": ["number"],
         "continuations": ["another"], "beyond_openers": ["together with"]},
        {"total_labels": ["total"], "single_item": ["a"], "not_single": [3],
         "continuations": ["another"], "beyond_openers": ["together with"]},
        {"total_labels": ["total"], "single_item": ["a"], "not_single": ["number"],
         "continuations": ["another"], "beyond_openers": ["together with"],
         "label_words": 40},
    ],
)
def test_a_wrong_entry_is_refused_loudly(table: dict[str, object]) -> None:
    with pytest.raises(LexiconError):
        SumGrammar(table)
