"""NC101-NC103: a relative clause after a definite figure's noun whose verb retells the
earlier figure's clause (its own verb, or one of its set in ``[restated] retellings``)
restates it (its own verb alone only when no word before the figure in its sentence may
frame another set); a clause that adds a day, a place or an object not said before, or a verb
of no set with the earlier one, names a part (numcheck/checkers/_restate_retold.py)."""

from __future__ import annotations

from typing import Any

import pytest

from numcheck.checkers import restated
from numcheck.checkers._restate_retold import Retellings
from numcheck.lexicon import Lexicon, LexiconError
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (text with {} for the restated figure, a figure that agrees, one that does not)
RETOLD = [
    # a verb phrase of one set with the earlier verb, nothing else in the clause
    ("Schools in 14 districts closed on Monday because of the snow.\n\n"
     "Officials said the {} districts that shut their doors would decide on Thursday.",
     "14", "12"),
    # the same verb, its day said of the earlier figure too
    ("Heavy snow closed 38 schools across the county on Monday.\n\n"
     "Parents were told the {} schools that shut on Monday would reopen by Thursday.",
     "38", "33"),
    # a modifier before the earlier noun may drop; the main verb's auxiliary ends the clause
    ("Twenty-two aid trucks entered the enclave on Sunday, the agency said.\n\n"
     "Officials said the {} trucks that got in on Sunday were carrying medicine and tents.",
     "22", "27"),
    ("The firm laid off 420 staff at its Kelby plant last month.\n\n"
     "Union officials said the {} staff who were let go last month had no offer.",
     "420", "240"),
    # a participle right after the noun, of one set with the earlier verb
    ("Heavy snow shut 38 schools across the county on Monday.\n\n"
     "Parents said the {} schools closed on Monday would reopen by Thursday.", "38", "33"),
    # the same verb alone, the figure opening its sentence (but for its determiner and
    # a conjunction): the definite names the whole set the earlier clause told
    ("The retailer will close 14 stores next year.\n\n"
     "The {} stores that close are in Wales.", "14", "12"),
    ("Crews rescued 60 people from the flooded estate on Saturday.\n\n"
     "The {} people who were rescued were taken to the leisure centre.", "60", "45"),
    ("Police arrested 30 people after the match.\n\n"
     "But the {} people who were arrested will appear in court on Monday.", "30", "22"),
    ("The council approved 40 applications on Tuesday.\n\n"
     "The {} applications that were approved will go to the minister.", "40", "35"),
    ("The council put up 65 families in hotels after the fire.\n\n"
     "A spokesman said the {} families who were housed in hotels would move next month.",
     "65", "56"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RETOLD)
def test_a_relative_clause_retold_by_its_verb(text: str, right: str, wrong: str) -> None:
    assert restated_codes(text.format(right)) == []
    assert restated_codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # another day
        "Schools in 14 districts closed on Monday.\n\n"
        "The 12 districts that closed on Tuesday as well will reopen on Friday.",
        # a place not said before
        "Twelve aid lorries reached the city on Wednesday.\n\n"
        "The nine lorries that reached the northern suburbs were unloaded first.",
        # another verb, of no set with the earlier one
        "Some 9,400 runners took part in the race.\n\n"
        "The 8,900 runners who finished were given medals.",
        # an object not said before
        "Some 41,000 fans attended the final.\n\n"
        "The 38,000 fans who attended the final in 2019 saw a draw.",
        "More than 5,000 people signed the petition.\n\n"
        "The 4,000 people who signed online were counted first.",
        # a partitive
        "Storms closed 14 roads on Monday.\n\n"
        "By Tuesday nine of the roads that closed had reopened, but five stayed shut.",
        # a later time in the clause
        "Eighteen branches will close this year.\n\n"
        "The 12 branches that close in March are in rural towns.",
        # a partition: another figure of its kind, or "the rest", after it
        "Forty boats reached the coast on Monday.\n\n"
        "The 35 boats that arrived were towed into Dover, and five landed on beaches.",
        "The council housed 65 families after the fire.\n\n"
        "The 50 families who were housed stayed at the Grand Hotel, the rest with relatives.",
        # a second verb or an adjective after the verb narrows the set
        "Some 300 people enrolled on the course.\n\n"
        "The 250 people who joined and completed it got certificates.",
        "Twelve aid lorries reached the city on Wednesday.\n\n"
        "The nine lorries that got through unharmed were unloaded at the stadium.",
        "The firm laid off 420 staff last month.\n\n"
        "The 300 staff who were let go last month and rehired this week are in Kelby.",
        # the same verb alone after a word that may frame another set: a time, a
        # place, a partitive
        "The retailer will close 14 stores next year.\n\n"
        "Of those, the 12 stores that close are in Wales.",
        "Lifeboat crews rescued 60 people on Saturday.\n\n"
        "Last winter, the 45 people who were rescued were taken to the leisure centre.",
        "Coastguards rescued 60 people along the coast on Saturday.\n\n"
        "In Whitby, the 45 people who were rescued were taken to the leisure centre.",
        "Police arrested 30 people after the match.\n\n"
        "At last season's derby, the 22 people who were arrested were all released.",
        "The operator cancelled 120 trains on Sunday, and a rival cancelled 100.\n\n"
        "The rival said the 100 trains that were cancelled would run on Monday.",
        # far apart: a part whose words happen to be said
        "Heavy snow closed 38 schools on Monday.\n\n"
        "The 12 schools that closed will reopen on Wednesday.",
    ],
)
def test_a_clause_that_adds_something_names_a_part(text: str) -> None:
    assert restated_codes(text) == []


def _table(rows: Any) -> dict[str, Any]:
    return {"restated": {"retellings": rows}}


@pytest.mark.parametrize(
    "rows",
    [
        "close",  # not a list
        [["close"]],  # one phrase is no set
        [["close", "shut"], ["shut", "bar"]],  # a phrase in two sets
        [["close", "shut 4"]],  # not words
        [["close", "shut their front doors now"]],  # too long
    ],
)
def test_a_wrong_retelling_table_is_refused(rows: Any) -> None:
    with pytest.raises(LexiconError):
        Retellings.of(_table(rows))


def test_the_shipped_table_reads() -> None:
    table = Retellings.of(Lexicon.default()["checkers"])
    assert ("shut", "their", "door") in table.kin(("clos",))
    assert table.kin(("unlisted",)) == frozenset({("unlisted",)})


# a possessive names the subject of the earlier clause across its appositives
def test_an_owner_named_across_appositives() -> None:
    text = ("Ringleader Gideon Vantreath, 52, of Shorecliff Avenue, was jailed for 11 years. "
            "His brother Rufus, 48, received 10 years.\n\n"
            "The judge said Vantreath's {}-year term reflected his role.")
    assert restated_codes(text.format("11")) == []
    assert restated_codes(text.format("nine")) != []
    other = ("Mark Dunn, 34, of Leeds, was jailed for six years for fraud.\n\n"
             "Dunn's two-year term for a 2015 assault ended in 2017.")
    assert restated_codes(other) == []
