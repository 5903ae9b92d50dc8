"""A sum no noun names, headed by the verb in the past that takes it as its object
(numcheck/extract/objects.py): "raised £42m in its latest round" is ("raised",), "paid
£3.9m for the old depot" ("paid for",), so two sources' sums of one act meet; a level, a change, a
passive, a rate, a sum of something or before its noun stays unnamed (or keeps the
name another route gives it)."""

from __future__ import annotations

import pytest
from extract_helpers import claim


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the verb as written heads the sum
        ("Brindle Robotics raised £42m in its latest funding round.", "£42m", ("raised",)),
        ("The hardship fund has raised £184,000 so far.", "£184,000", ("raised",)),
        ("The pair took £412,500, the court heard.", "£412,500", ("took",)),
        ("His mother had handed over £38,000 in all.", "£38,000", ("handed",)),
        # with the preposition that says what the sum went to, when no noun follows it

        ("The developer paid £3.9m for the old depot at Tilbury.", "£3.9m", ("paid for",)),
    ],
)
def test_a_bare_object_sum_is_named_by_its_verb(text: str, figure: str,
                                                expected: tuple[str, ...]) -> None:
    assert claim(text, figure)[1] == expected


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("Revenue came to £413m last year.", "£413m", "came"),  # a level verb and "to"
        ("The budget gap stood at £3.8m.", "£3.8m", "stood"),  # a level
        ("He had been paid £200,000 over eight years.", "£200,000", "paid"),  # passive
        ("Households paid £1,690 a year under the cap.", "£1,690", "paid"),  # a rate
        ("Valdorra sold 6 billion crowns of bonds on Monday.", "6 billion crowns", "sold"),
        ("Sunvane priced it at a premium to the undisturbed 390p.", "390p", "undisturbed"),
        ("Brackley faced £18.6m cuts to services.", "£18.6m", "faced"),  # before its noun
        ("It raised £42m in the round, the filing shows.", "£42m", "raised"),  # a pronoun
        ("The consortium paid £85m for Harton Rovers.", "£85m", "paid"),  # to a name
        ("The pair took £412,500 from 34 elderly victims.", "£412,500", "took"),  # a figure
    ],
)
def test_no_act_no_verb_name(text: str, figure: str, word: str) -> None:
    measure = claim(text, figure)[1]
    assert not measure or measure[0].split()[0] != word, measure


def test_a_sum_verb_of_the_table_keeps_its_head() -> None:
    """A verb of ``[verbs.sums]`` names the kind of sum first: "spent" is spending."""
    assert claim("The firm spent $3 billion on two plants.", "$3 billion")[1][0] == "spending"
