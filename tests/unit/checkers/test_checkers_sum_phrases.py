"""NC202: the list grammar read from many desks (``[sum_grammar]``): a total phrase before
a figure ("for total revenue of", "a combined gain of"), a colon list after a total whose
base is told in an aside ("340 jobs, 12% of its 2,800 staff: ..."), a list whose every
item is a bracket after its label, two items naming both sides of a complement, and
"out of a total of" (a whole the list is only some of). Each case is written twice:
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
    "a total phrase with its own noun, money": (
        "Subscriptions brought in $412m, advertising $188m and licensing $57m, for total "
        "revenue of $690m.",
        "Subscriptions brought in $412m, advertising $188m and licensing $90m, for total "
        "revenue of $690m.",
    ),
    "a combined value": (
        "Shares in Northgate are worth £1.2bn and in Eastwell £0.9bn, giving the pair a "
        "combined market value of £2.4bn.",
        "Shares in Northgate are worth £1.2bn and in Eastwell £0.9bn, giving the pair a "
        "combined market value of £2.1bn.",
    ),
    "a share's base in an aside before the colon": (
        "The firm will cut 340 jobs, about 12 per cent of its workforce of 2,800: 150 at "
        "Leeds, 120 at Hull and 60 at York.",
        "The firm will cut 340 jobs, about 12 per cent of its workforce of 2,800: 150 at "
        "Leeds, 130 at Hull and 60 at York.",
    ),
    "a relative clause with the base before the colon": (
        "A total of 340 jobs will go at the firm, which employs 2,800 people: 150 at Leeds, "
        "120 at Hull and 60 at York.",
        "A total of 340 jobs will go at the firm, which employs 2,800 people: 150 at Leeds, "
        "130 at Hull and 60 at York.",
    ),
    "every item a bracket after its label": (
        "The firm's 4,000 employees work in sales (1,800), logistics (1,300) and "
        "administration (700).",
        "The firm's 4,000 employees work in sales (1,800), logistics (1,500) and "
        "administration (700).",
    ),
    "both sides of a complement": (
        "Researchers tracked 640 turtles, 400 females and 220 males.",
        "Researchers tracked 640 turtles, 400 females and 240 males.",
    ),
    "full-time and part-time": (
        "The firm has 900 staff, 500 full-time and 300 part-time, the company said.",
        "The firm has 900 staff, 600 full-time and 300 part-time, the company said.",
    ),
}


@pytest.mark.parametrize(("wrong", "right"), PAIRS.values(), ids=list(PAIRS))
def test_the_sum_off_is_reported_and_on_is_silent(wrong: str, right: str) -> None:
    assert "NC202" in codes(wrong)
    assert "NC202" not in codes(right)


SILENT = {
    "out of a total of": "Labour won 27 seats and the Tories 19, out of a total of 60.",
    "a base with no share or link": (
        "The carmaker will cut 900 jobs, one in eight of its 7,200 staff: 500 at "
        "Sunderland, 300 at Swindon and 100 at its head office."
    ),
    "a complement side narrowed": "The clinic saw 90 patients, 40 men and 45 women over 60.",
    "a running total its holder had before": (
        "The Greens won 4 seats in the north and 3 in the south, bringing their total to 9."
    ),
    "a larger whole after the colon's total": (
        "Officers made 48 arrests in all, out of 3,100 calls received: 20 in the city "
        "centre, 18 in the suburbs and 10 on the ring road."
    ),
    "an open list": "Revenue was $900m, including $412m from subscriptions and $188m from ads.",
}


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_look_alikes_stay_silent(text: str) -> None:
    assert "NC202" not in codes(text)


def test_the_shipped_phrases_compile() -> None:
    grammar = SumGrammar(load_section("checkers")["sum_grammar"])
    assert grammar.names_total("for total revenue of $")
    assert grammar.names_total("a combined gain of")
    assert not grammar.names_total(", out of a total electorate of")
    assert grammar.taken_from(", out of a total electorate of")
    assert grammar.runs_to("bringing the party's total to")
    assert grammar.runs_to("taking its tally to")
    assert grammar.links_base(", about 12 per cent of its workforce of")
    assert not grammar.links_base(" staff at")


def test_a_wrong_phrase_entry_is_refused_loudly() -> None:
    table = dict(load_section("checkers")["sum_grammar"])
    table["total_adjectives"] = ["Total"]
    with pytest.raises(LexiconError):
        SumGrammar(table)
    table = dict(load_section("checkers")["sum_grammar"])
    table["noun_words"] = 9
    with pytest.raises(LexiconError):
        SumGrammar(table)
