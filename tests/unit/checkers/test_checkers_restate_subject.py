"""NC101-NC103: two bare figures told as the object of one subject and verb (or a verb of
one retelling set), each one's complement said of the other, are one figure; another
subject, a pronoun, another complement, another year, day or place, are other amounts
(numcheck/checkers/_restate_subject.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (desk and register; text with {} for the restated figure; one that agrees; one that
# does not)
TOLD = [
    # court, local paper: the same subject and verb, the complement said of both
    ("The pair took £412,500 from 34 elderly victims, the court heard.\n\n"
     "In all, the pair took {} from their victims.", "£412,500", "£421,500"),
    # crime, wire: a verb of one retelling set
    ("Thieves stole $2.3 million in jewellery, police said.\n\n"
     "Police believe the thieves took {} in jewellery.", "$2.3 million", "$3.2 million"),
    # energy, trade press
    ("Kerrow sank $600 million into the pipeline, the company said.\n\n"
     "By its own account Kerrow sank {} into the pipeline.", "$600 million", "$660 million"),
    # local government, broadcaster: an auxiliary between subject and verb
    ("The council has spent £2.4m on the bypass, a report found.\n\n"
     "Residents were told the council had spent {} on the bypass.", "£2.4m", "£4.2m"),
    # charity, press release
    ("The appeal raised £48,200 for the hospice, organisers said.\n\n"
     "Organisers said the appeal raised {} for the hospice.", "£48,200", "£42,800"),
    # sport, wire
    ("The club spent £7.5 million on the striker.\n\n"
     "Accounts show the club spent {} on the striker.", "£7.5 million", "£5.7 million"),
    # business, wire: a named subject
    ("Nordbank spent £300m buying back shares, it said on Tuesday.\n\n"
     "Over the year Nordbank spent {} buying back shares.", "£300m", "£380m"),
    # fraud, trade press: a verb phrase of one set
    ("Hollis embezzled £96,000 from the club, the court was told.\n\n"
     "The prosecutor said Hollis siphoned off {} from the club.", "£96,000", "£69,000"),
    # health, local paper: a count
    ("Lifeboat crews rescued 14 from the water on Saturday.\n\n"
     "The crews rescued {} from the water, the coxswain said.", "14", "41"),
    # elections, local paper
    ("The party received £210,000 from donors, the commission said.\n\n"
     "Figures show the party received {} from donors.", "£210,000", "£120,000"),
    # insurance, broadcaster: a particle in the complement
    ("Insurers paid out £240m after the floods, the ABI said.\n\n"
     "The ABI said insurers paid out {} after the floods.", "£240m", "£420m"),
    # investment, press release
    ("Investors pumped £3m into the start-up, the company said.\n\n"
     "The company said investors pumped {} into the start-up.", "£3m", "£3.8m"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), TOLD)
def test_one_subject_and_verb_tell_one_figure(text: str, right: str, wrong: str) -> None:
    assert restated_codes(text.format(right)) == []
    assert restated_codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # another complement
        "The council paid £2.4m to the contractor.\n\nThe council paid £2.1m to the trust.",
        # another subject
        "Corvane spent £18.4m on the bakery.\n\nHalden spent £16.5m on the bakery.",
        # a pronoun subject
        "The pair took £412,500 from victims.\n\nThey took £380,000 from victims.",
        # another verb
        "The pair took £412,500 from victims.\n\nThe pair repaid £380,000 to victims.",
        # another year
        "The appeal raised £48,200 in 2024.\n\nThe appeal raised £52,000 in 2025.",
        # another period word
        "United paid £48m in wages last season.\n\nUnited paid £52m in wages this season.",
        # another day
        "Donors gave £12,000 on Monday.\n\nDonors gave £15,000 on Tuesday.",
        # an update
        "The appeal has raised £48,200 so far.\n\nBy Friday the appeal had raised £61,000.",
        # another place
        "In Leeds the council spent £3.2m on the bypass.\n\n"
        "In York the council spent £2.8m on the bypass.",
        # one sentence: two amounts
        "The pair took £412,500 from victims and the pair took £40,000 from a church.",
        # a hedge that fits
        "The appeal raised more than £48,000 for the hospice.\n\n"
        "The appeal raised £48,200 for the hospice, organisers said.",
        # far apart: a part
        "The club paid £75 million for players.\n\nThe club paid £7.5 million for players "
        "from its academy.",
        # a complement the other never said
        "Investors pumped £3m into the start-up.\n\nInvestors pumped £3.5m into the "
        "start-up's second round.",
    ],
)
def test_other_amounts_are_not_one_figure(text: str) -> None:
    assert restated_codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one head (council spending), two objects: two amounts
        "The council spent £2.4m on roads in the spring, a report found.\n\n"
        "The council spent £2.1m on parks over the same period.",
        "The club spent £7.5 million on the striker in August.\n\n"
        "In January the club spent £2 million on a goalkeeper.",
        # a period both name is no object: the objects differ
        "The council spent £2.4m on roads last year.\n\n"
        "The council spent £2.1m on parks last year.",
        "Corvane spent £18.4m on its bakery in Hull this year.\n\n"
        "Corvane spent £16.4m on its depot in Leeds this year.",
    ],
)
def test_one_head_of_two_objects_is_two_amounts(text: str) -> None:
    assert restated_codes(text) == []


def test_one_head_of_one_object_is_compared() -> None:
    text = ("The council spent £2.4m on the bypass, a report found.\n\n"
            "Residents say the council spent £4.2m on the bypass.")
    assert restated_codes(text) != []


def test_one_object_and_one_period_is_compared() -> None:
    text = ("The council spent £2.4m on the bypass last year.\n\n"
            "Residents say the council spent £4.2m on the bypass last year.")
    assert restated_codes(text) != []
