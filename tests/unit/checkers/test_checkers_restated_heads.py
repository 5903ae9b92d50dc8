"""NC101-NC103 on the real pipeline: restatements named by a head, an event noun or a
phrase after the noun ("the 43-month trial", "the $42.8 million budget", "the 212
victims", "the 530 jobs to go"), and the agreeing or unrelated variants that stay silent."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [restated]).codes()


# (text with {} for the restated figure, a figure that agrees, one that does not)
REALISATIONS = [
    # a noun standing for the event: the victims of a toll are its dead
    ("A gas explosion at the refinery killed 17 workers, the operator said.\n\n"
     "Managers met the families of the {} victims on Thursday.", "17", "71"),
    ("The pile-up on the M6 left 23 people dead, police said.\n\n"
     "Investigators have identified all {} fatalities.", "23", "32"),
    # a compound naming the head of an earlier plain figure
    ("The hearing lasted 19 days, the court heard.\n\n"
     "Defence lawyers called the {}-day hearing an ordeal.", "19", "91"),
    ("Senator Reyes won by 2,317 votes in the recount.\n\n"
     "Her {}-vote margin survived two legal challenges.", "2,317", "2,173"),
    # a money or percent figure modifying the head ("the $X budget", "the X% rate")
    ("Councillors approved spending of £6.3 million on libraries, and the library "
     "budget of £61.5 million was passed without a vote.\n\n"
     "The £{} million budget keeps every branch open.", "61.5", "65.1"),
    ("Unemployment fell to 5.2% in June, the bureau said.\n\n"
     "The {}% unemployment rate is the lowest since 2008.", "5.2", "2.5"),
    # a participle or phrase after the noun repeats the event
    ("Customs officers confiscated 860 kilograms of cannabis at the port.\n\n"
     "The {} kilograms confiscated will be burnt.", "860", "680"),
    ("The carmaker will axe 2,400 jobs across Europe.\n\n"
     "Unions said the {} jobs to go would hit older staff hardest.", "2,400", "4,200"),
    # a figure to date restated without its window
    ("Sixty-two firefighters have been hurt since the blaze started, officials said.\n\n"
     "The {} firefighters hurt were mostly treated for smoke.", "62", "26"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), REALISATIONS)
def test_a_figure_restated_by_its_head_or_event(text: str, right: str, wrong: str) -> None:
    assert codes(text.format(right)) == []
    assert codes(text.format(wrong)) == ["NC101"]


@pytest.mark.parametrize(
    "text",
    [
        # "victims" after both dead and injured: which figure it restates is unknown
        "Four people died and 23 were hurt in the crash.\n\nThe 27 victims were all on "
        "the bus.",
        # a compound whose head the earlier clause does not name
        "The inquiry lasted 14 months.\n\nThe 3-month consultation closes in May.",
        "Inflation rose to 6.4% in March.\n\nThe 2% inflation target looks distant.",
        "The council set a budget of $48.2 million.\n\nThe $3 million budget shortfall "
        "will be met from reserves.",
        # measures of other things, or a measure with nothing to say which
        "Police seized 450 kilograms of cocaine.\n\nThe 40 kilograms of heroin were "
        "found later.",
        "The storm dumped 14.2 inches of snow.\n\nThat was double the 7.4 inches "
        "forecasters had predicted.",
        # a day's figure is no figure to date
        "Twelve people died on Monday.\n\nThe 40 dead include nine children.",
        # a part of the whole, then the whole
        "The firm will cut 350 of its 1,900 jobs.\n\nThe 1,900 jobs at the plant "
        "were once 4,000.",
    ],
)
def test_not_a_restatement(text: str) -> None:
    assert codes(text) == []


# A headline's change restated by the body's changes of the thing it names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Water bills up 10% from April\n\nThe average bill for Anglia customers will "
         "see a 7% rise next year, the regulator said.", ["NC102"]),
        ("Title: Shares in Velta fall 30%\n\nShares in Velta fell 22% on Tuesday after "
         "the drugmaker cut its forecast.", ["NC101"]),
        ("# Council tax to rise 10%\n\nCouncil tax in Brenley will rise 9% in April, "
         "a 9% rise the council blamed on social care.", ["NC102"]),
        # the headline rounds to its last digit
        ("# Brent jumps 6%\n\nBrent crude jumped 6.3% to $84.93 a barrel.", []),
        # the headline fits one of the body's changes of its thing
        ("# Fares up 5%\n\nBus fares rise 5% in May and tram fares rise 7%.", []),
        # the body's change in the other direction is not the headline's
        ("# Exports down 4%\n\nExports rose 2% in March but fell 4% over the year.", []),
        # the body names another thing
        ("# Profits up 12%\n\nRevenue rose 8% in the quarter.", []),
    ],
)
def test_a_headline_change_against_the_body(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic head ("total", "reading") restates the figure of its possessor
        ("Kesby weather station recorded 3.2 inches of rain on Sunday.\n\n"
         "The station's 2.3-inch total was a record for May.", ["NC101"]),
        ("Kesby weather station recorded 3.2 inches of rain on Sunday.\n\n"
         "The station's 3.2-inch total was a record for May.", []),
        # no possessor, or one the earlier clause does not name
        ("Kesby weather station recorded 3.2 inches of rain on Sunday.\n\n"
         "The 2.3-inch total was a record for May.", []),
        ("Kesby weather station recorded 3.2 inches of rain on Sunday, when 1.1 inches "
         "fell at Orrin.\n\nThe town's 2.3-inch total was a record.", []),
    ],
)
def test_a_generic_head_names_its_possessor(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of <noun> ..." names what a figure counts; a reference whose
        # modifier repeats the words said of it restates it
        ("The number of households waiting more than a year for repairs rose to 3,180.\n\n"
         "Tenants' groups said the 3,810 households waiting for repairs felt ignored.",
         ["NC101"]),
        ("The number of households waiting more than a year for repairs rose to 3,180.\n\n"
         "Tenants' groups said the 3,180 households waiting for repairs felt ignored.", []),
        ("The number of patients who waited over four hours rose to 12,270.\n\n"
         "The 12,720 patients who waited over four hours were mostly elderly.", ["NC101"]),
        # a modifier the earlier figure was not said with narrows the set
        ("The number of households on the list rose to 3,180.\n\n"
         "The 240 households in temporary flats will be moved first.", []),
        ("The firm employs 900 drivers.\n\nThe 150 drivers on night routes will strike.", []),
    ],
)
def test_a_reference_with_the_words_of_its_figure(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set added to another is not a restatement of it
        ("Confirmed cases have reached 51, with 14 more suspected, the agency said.", []),
        ("Floods killed 19 people on Monday. Another 4 people were killed on Tuesday.", []),
        ("Officials reported 230 arrests. A further 45 people were arrested overnight.", []),
        # the same figure restated is still compared
        ("The quake killed 221 people, officials said.\n\n"
         "Officials later said 212 people were killed in the quake.", ["NC101"]),
    ],
)
def test_an_added_set_is_no_restatement(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
