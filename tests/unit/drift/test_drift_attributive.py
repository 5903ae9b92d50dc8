"""Words before a counted noun (drift/attributive.py): a subset picked by a word is never
the same figure as its whole; a word that only describes the set changes nothing.

Each case is two short articles of one story, run through the whole pipeline with the
built-in plugins. The wording is not the story corpus's.
"""

from __future__ import annotations

import pytest

from numcheck.checkers.drift.attributive import describing_words
from numcheck.lexicon import LexiconError
from numcheck.testing.runner import run_checks


def drift_rules(a: str, b: str) -> list[str]:
    def article(body: str) -> str:
        return f"---\ndate: 2025-05-14\n---\n{body}\n"

    found = run_checks({"a.md": article(a), "b.md": article(b)}, builtins=True)
    return sorted(f.rule for f in found if f.rule.startswith("NC4"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aid agencies have put up 380 tents at the Sarn camp, the UN said on Wednesday.",
         "The UN said on Wednesday that aid agencies had put up 120 family tents at the "
         "Sarn camp."),
        ("Soldiers filled 12,000 sandbags along the Tarrow embankment, the council said.",
         "The council said that soldiers had filled 4,000 extra sandbags along the Tarrow "
         "embankment."),
        ("The hospital brought in 18 generators after the blackout, the health trust said.",
         "The health trust said that the hospital had brought in 6 diesel generators after "
         "the blackout."),
        ("Crews installed 260 bollards along the seafront, the highways agency said.",
         "The highways agency said that crews had installed 60 new bollards along the "
         "seafront."),
        ("Fog forced the cancellation of 130 flights at Brenmoor airport, the operator said.",
         "The operator said 45 domestic flights were cancelled at Brenmoor airport because "
         "of fog."),
        ("The council will plant 1,200 trees along the ring road, it said on Wednesday.",
         "The council said on Wednesday it would plant 300 oak trees along the ring road."),
        ("Snow closed 460 schools across the region, the education department said.",
         "The education department said 140 rural schools were shut across the region by "
         "the snow."),
        # two subsets, each its own word
        ("Corlan Systems said it would hire 300 graduate engineers.",
         "Corlan Systems said it would hire 80 senior engineers."),
    ],
)
def test_a_subset_picked_by_a_word_is_no_contradiction(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word that only describes: one set, told with colour
        ("Shelling destroyed 17 wells around Dereth, the regional governor said.",
         "The regional governor said that shelling had destroyed 71 vital wells around "
         "Dereth."),
        ("Aid agencies have put up 380 tents for families at the Sarn camp, the UN said.",
         "The UN said that aid agencies had put up 830 sturdy tents for families at the "
         "Sarn camp."),
        # a measured head (no lexicon key): the describing word is left out of its
        # descriptor, so "recovered" and "precious ... recovered" fit
        ("Volunteers have recovered 23 fragments of the meteorite near Pennick, the "
         "university said.",
         "The university said that 32 precious fragments of the meteorite had been "
         "recovered near Pennick."),
        # the narrower figure above the whole cannot be a part of it
        ("Police seized 48 firearms in raids across Calder, the force said.",
         "The force said officers had seized 84 illegal firearms in the raids across Calder."),
    ],
)
def test_a_describing_word_or_a_part_above_its_whole_still_contradicts(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC401"]


def test_the_table_refuses_a_word_that_tells_measures_apart() -> None:
    with pytest.raises(LexiconError, match="siblings"):
        describing_words({"evaluative": ["vital", "net"]}, {"siblings": [["gross", "net"]]})


@pytest.mark.parametrize("entry", [["Giant"], ["two words"], "vital"])
def test_the_table_refuses_what_is_not_a_list_of_words(entry: object) -> None:
    with pytest.raises(LexiconError, match="attributive"):
        describing_words({"impression": entry}, {})



@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fog forced the cancellation of 1,402 flights at Brenmoor airport, the operator "
         "said on Monday.",
         "The operator said on Monday that 1,204 domestic flights were cancelled at Brenmoor "
         "airport because of fog."),
        ("Snow closed 463 schools across the region, the education department said.",
         "The education department said 436 rural schools were shut across the region by "
         "the snow."),
        ("Crews installed 265 bollards along the seafront, the highways agency said.",
         "The highways agency said that crews had installed 256 new bollards along the "
         "seafront."),
    ],
)
def test_a_figure_copied_with_its_digits_swapped_is_one_figure_whatever_its_words(
    a: str, b: str
) -> None:
    # the same digits in another order are evidence of one figure (transposed.py): a word
    # before the noun in one telling does not make it a subset
    assert drift_rules(a, b) == ["NC401"]
