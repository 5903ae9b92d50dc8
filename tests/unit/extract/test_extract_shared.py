"""A clause's verb shared by the counts it is said of (extract/shared.py): coordinated
counts take the verb after the last conjunct or the event verb before the first, and a
count takes the verb after an apposition set off by commas, dashes or brackets; a
count whose clause's verb is not its own keeps no event."""

from __future__ import annotations

import pytest
from extract_helpers import claim


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        ("Thirty-eight homes, 19 shops and two schools were destroyed.", "Thirty-eight",
         "home destroyed"),
        ("Thirty-eight homes, 19 shops and two schools were destroyed.", "19",
         "business destroyed"),
        ("About 450 pupils and 60 staff were evacuated on Tuesday.", "About 450",
         "student evacuated"),
        ("Police said 40 workers or 12 managers were laid off.", "40", "worker cut"),
        ("Officers arrested 30 men and 12 women after the match.", "12", "woman detained"),
        ("The fire destroyed 120 barns, 14 sheds and about 40 vehicles.", "about 40",
         "vehicle destroyed"),
        ("Two people, a man in his 70s and a woman aged 68, have died.", "Two",
         "people killed"),
        ("Fourteen people, including three children, were injured.", "Fourteen",
         "people wounded"),
        ("Twelve firefighters, most of them volunteers, were hurt.", "Twelve",
         "firefighter wounded"),
        ("Nine miners — all from the night shift — were rescued.", "Nine", "miner rescued"),
        ("Six guards (all of them armed) were killed.", "Six", "guard killed"),
        ("Nine people died, and 40 homes, 12 shops and a school were destroyed.", "40",
         "home destroyed"),
    ],
)
def test_the_clause_verb_is_every_counts(text: str, figure: str, key: str) -> None:
    assert claim(text, figure)[0].endswith(key)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the run is the object of another verb: the later verb is another clause's
        ("The plant employs 900 people and 45 contractors were laid off.", "900"),
        # a conjunct followed by a verb of its own is no object of the first verb
        ("Police arrested 30 fans and 12 officers needed treatment.", "12"),
        # a preposition opens the run: no subject
        ("With 60 homes and 12 farms cut off, 45 homes were evacuated.", "60"),
        # a parenthetical with a clause of its own
        ("The 300 residents, who had been told to leave, were allowed home.", "300"),
        ("About 2,000 people, police said, marched through the centre.", "About 2,000"),
        # "and in Orle" is no conjunct of the 40
        ("In Arlo 40 homes and in Orle 15 homes were evacuated.", "40"),
        # a share's base is no subject, the figure after it is its absolute
        ("About 30% of the district's 14,000 homes — roughly 6,200 — were damaged.",
         "14,000"),
        # a conjunction without a comma may join two objects
        ("The storm flooded 30 farms and 40 homes, mostly in Arlo, were evacuated.", "30"),
        # a conjunct with no noun of its own is a clause of its own
        ("Forty homes and 12 were destroyed.", "Forty"),
    ],
)
def test_a_verb_of_another_clause_is_not_the_counts(text: str, figure: str) -> None:
    assert claim(text, figure)[0].endswith("?")


def test_a_count_keeps_its_own_verb() -> None:
    text = "The storm destroyed 30 homes and damaged 120 more."
    assert claim(text, "30")[0].endswith("home destroyed")
    assert not claim(text, "120")[0].endswith("destroyed")


def test_a_part_takes_its_wholes_event() -> None:
    key, _, part_of = claim("Fourteen people, including three children, were injured.",
                            "three")
    assert key.endswith("child wounded")
    assert part_of is not None
