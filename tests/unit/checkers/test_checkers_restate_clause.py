"""NC101-NC103: a definite bare figure followed by a relative clause with its own subject
and verb ("the £421,500 the pair pocketed") retells the figure the article told by that
subject and verb (or a verb of one retelling set); a clause that adds a word, names
another subject or another verb, or another year, day or place, is another figure
(numcheck/checkers/_restate_clause.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def restated_codes(text: str) -> list[str]:
    return [c for c in run_checks(text, [restated]).codes() if c.startswith("NC10")]


# (desk and register; text with {} for the retold figure; a figure that agrees; one that
# does not)
RETOLD = [
    # court, police press release: a verb of one retelling set
    ("The pair took £412,500 from 34 elderly victims, the court heard.\n\n"
     "We are working to recover the {} the pair pocketed, and a confiscation hearing "
     "will follow.", "£412,500", "£421,500"),
    # business, trade press: the same verb and a named subject
    ("Corvane Foods spent £18.4m on its new bakery in Hull, the company said.\n\n"
     "Analysts said the {} Corvane spent on the bakery would take years to pay back.",
     "£18.4m", "£14.8m"),
    # charity, local paper: "that" opens the clause
    ("The appeal raised £48,200 in six weeks, organisers said.\n\n"
     "They said the {} that the appeal raised would pay for a minibus.",
     "£48,200", "£42,800"),
    # sport, wire
    ("Rovers paid £7.5 million for the striker in August.\n\n"
     "The {} Rovers paid for the striker is a club record.", "£7.5 million", "£5.7 million"),
    # crime, wire: the main clause's auxiliary ends the relative clause
    ("Thieves stole $2.3 million in jewellery from the store, police said.\n\n"
     "None of the {} the thieves stole has been recovered.", "$2.3 million", "$3.2 million"),
    # energy, broadcaster
    ("The firm invested $850 million in the plant, its chief executive said.\n\n"
     "Workers fear the {} the firm invested will be written off.",
     "$850 million", "$580 million"),
    # education, local paper
    ("Parents raised £12,600 for the school library this term.\n\n"
     "The head thanked families for the {} the parents raised.", "£12,600", "£16,200"),
    # elections, local paper
    ("Reform spent £41,000 on the campaign, its return shows.\n\n"
     "Rivals said the {} Reform spent on the campaign had bought it the seat.",
     "£41,000", "£14,000"),
    # health, press release: a verb phrase of one set
    ("The trust spent £6.1m on agency staff in the year to March.\n\n"
     "Board papers show the {} the trust laid out on agency staff was above budget.",
     "£6.1m", "£6.9m"),
    # science, broadcaster: a participle and its agent
    ("Donors raised 3.8 million euros for the expedition, the institute said.\n\n"
     "The {} raised by donors was spent on the survey ship.",
     "3.8 million euros", "3.1 million euros"),
    # local government, wire: "which" opens the clause
    ("The council spent £2.4m on the bypass, a report found.\n\n"
     "Residents say the {} which the council spent on the bypass was wasted.",
     "£2.4m", "£4.2m"),
    # fraud, trade press: the subject is a capitalised name
    ("Hollis embezzled £96,000 from the club over six years, the court was told.\n\n"
     "The judge said the {} Hollis siphoned off had gone on holidays.",
     "£96,000", "£69,000"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), RETOLD)
def test_a_bare_figure_retold_by_its_clause(text: str, right: str, wrong: str) -> None:
    assert restated_codes(text.format(right)) == []
    assert restated_codes(text.format(wrong)) != []


@pytest.mark.parametrize(
    "text",
    [
        # another verb: another amount
        "The pair took £412,500 from 34 elderly victims.\n\n"
        "Detectives traced the £380,000 the pair repaid.",
        # another subject
        "Corvane Foods spent £18.4m on its new bakery.\n\n"
        "Analysts compared it with the £16.5m Halden spent on its own.",
        # another object: a word the earlier clause never said
        "The club spent £7.5 million on the striker in August.\n\n"
        "The £6.2 million the club spent on the goalkeeper was less.",
        # another year
        "The appeal raised £48,200 in 2024.\n\n"
        "Organisers said the £42,800 the appeal raised in 2025 was less.",
        # another period word in the earlier sentence
        "The charity raised £48,200 last year.\n\n"
        "Organisers said the £42,800 the charity raised would pay for a minibus.",
        # another day
        "Donors gave £12,000 on Monday.\n\n"
        "On Tuesday, the £21,000 the donors gave went to the shelter.",
        # a pronoun subject says nothing of whose amount it is
        "The pair took £412,500 from 34 elderly victims.\n\n"
        "Police found the £398,000 they hid in a garage.",
        # not definite: another amount
        "The pair took £412,500 from 34 elderly victims.\n\n"
        "A further £21,500 the pair took came from a charity.",
        # two amounts, the retold one fits one of them
        "The council spent £2.4m on roads in the spring.\n\n"
        "It also spent £1.1m on parks.\n\n"
        "The £1.1m the council spent on parks paid for new benches.",
        # far apart in value: a part, not a misstated figure
        "The firm invested $850 million in the plant.\n\n"
        "Of that, the $120 million the firm invested in a laboratory is at risk.",
        # one sentence: two amounts
        "The pair took £412,500, and the £21,500 the pair took from a church was repaid.",
        # a hedge that fits
        "The appeal raised more than £48,000 in six weeks.\n\n"
        "They said the £48,200 the appeal raised would pay for a minibus.",
        # a main verb right after the figure: no relative clause
        "The pair took £412,500 from 34 elderly victims.\n\n"
        "The £421,500 was taken from the pair's accounts, police said.",
        # the earlier amount has another claimant
        "The gang stole $2.3 million, police said.\n\n"
        "Insurers said the $2.9 million the gang stole included cash.",
    ],
)
def test_another_amount_is_not_retold(text: str) -> None:
    assert restated_codes(text) == []
