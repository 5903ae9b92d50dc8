"""Level verbs: a figure told as the level of its clause's subject names that subject
("The repair bill amounted to £2.3m", "the waiting list now numbers 7,400"), in every
tense, from lemmas in the lexicon ([grammar] level_verbs, duration_verbs;
numcheck/extract/level_verbs.py). The drift cases pair two articles: a contradiction told
with a level verb on both sides is raised; two different subjects, places, years or kinds
told with the same verb stay silent."""

from __future__ import annotations

import pytest
from extract_helpers import claim

from numcheck.extract.level_verbs import level_forms
from numcheck.lexicon import LexiconError


def test_every_tense_of_a_lemma_and_its_particles() -> None:
    forms = set(level_forms(["amount to", "stand at", "number"], {"stand": ["stood"]}))
    assert {"amount to", "amounts to", "amounted to", "amounting to"} <= forms
    assert {"stand at", "stands at", "stood at", "standing at"} <= forms
    assert {"numbers", "numbered", "numbering"} <= forms
    assert "number" not in forms  # "the number 9 bus": a bare lemma without a particle


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("account for", "relates a figure"),  # a share of a whole, no level
        ("make up", "relates a figure"),
        ("totalled", "inflected"),
        ("come with", "no particle"),
        ("Amount to", "lowercase"),
        ("", "a verb and its particles"),
    ],
)
def test_a_wrong_entry_is_refused_loudly(entry: str, why: str) -> None:
    with pytest.raises(LexiconError, match=why):
        level_forms([entry], {})


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Losses at the airline amounted to $870m.", "$870m", ("loss",)),
        ("The club's wage bill amounts to £96m a year.", "£96m", ("bill", "wage")),
        ("Her total winnings now amount to $1.2 million.", "$1.2 million",
         ("winning", "total")),
        ("The final cost of the bridge ended up at $412 million.", "$412 million",
         ("cost", "final")),
        ("The shortfall works out at £38 per household.", "£38", ("shortfall",)),
        ("Unemployment currently stands at 5.1%.", "5.1%", ("unemployment",)),
        ("The new Helix processor clocks in at 3.2GHz.", "3.2GHz", ("processor",)),
        # a duration verb, read for a duration only
        ("The consultation runs for 12 weeks.", "12 weeks", ("consultation",)),
        ("The recount took nine hours.", "nine hours", ("recount",)),
    ],
)
def test_a_level_verb_names_its_subject(text: str, figure: str,
                                        measure: tuple[str, ...]) -> None:
    assert claim(text, figure)[1] == measure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bus runs for 12 miles along the coast.", "12 miles"),  # no duration
        ("Hip operations account for 12% of the list.", "12%"),  # a share
        ("The number 9 bus was late.", "9"),
    ],
)
def test_no_level_verb_names_nothing_new(text: str, figure: str) -> None:
    assert claim(text, figure)[1] == ()


def test_an_inflected_subject_over_a_chain_of_phrases() -> None:
    text = "The bill for the repair of the roof of the town hall stood at £2.3m."
    assert claim(text, "£2.3m")[1] == ("bill",)
