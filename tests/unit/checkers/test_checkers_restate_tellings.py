"""NC101: a finding of one figure against another names every telling of that other
figure in the article (the same kind, unit, value, bounds and noun, both levels or both
changes, outside the later figure's sentence) and never a figure that says anything
else of its amount (numcheck/checkers/_restate_tellings.py)."""

from __future__ import annotations

import pytest

from numcheck.checkers import restated
from numcheck.testing import run_checks


def _nc101(text: str) -> list[list[int]]:
    return [sorted(at.start for at in f.related)
            for f in run_checks(text, [restated]) if f.rule == "NC101"]


def _at(text: str, figure: str, n: int = 0) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(figure, at + 1)
    return at


# (desk and register; text; the figure told twice) - the finding names both tellings
TWICE = [
    # local government, local paper: a relative clause retells one telling
    ("The council will spend £1.3m on the library, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "£1.3m"),
    # court, police press release
    ("Officers said £412,500 was lost.\n\n"
     "The pair took £412,500 from 34 elderly victims.\n\n"
     "We are working to recover the £421,500 the pair pocketed.", "£412,500"),
]


@pytest.mark.parametrize(("text", "figure"), TWICE)
def test_both_tellings_are_named(text: str, figure: str) -> None:
    found = _nc101(text)
    assert len(found) == 1
    assert found[0] == [_at(text, figure), _at(text, figure, 1)]


LOOK_ALIKES = [
    # another value of the unit: another figure
    ("Halden spent £2.4m on roads, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "£2.4m"),
    # the same value hedged: another reading
    ("The council spent about £1.3m on parks, a report says.\n\n"
     "The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted.", "about £1.3m"),
    # the same value in the later figure's own sentence: a comparison there
    ("The council spent £1.3m on the library, its accounts show.\n\n"
     "Residents say the £3.1m the council spent was wasted, against £1.3m in Halden.",
     "£1.3m in"),
]


@pytest.mark.parametrize(("text", "figure"), LOOK_ALIKES)
def test_another_figure_is_not_named(text: str, figure: str) -> None:
    at = text.index(figure) + (len("about ") if figure.startswith("about") else 0)
    found = _nc101(text)
    assert found  # the misstatement is still reported
    assert all(at not in related for related in found)


# realisations: (desk, register; text; the first telling; the misstated figure). The
# first telling is in another phrasing than the one the later figure's clause retells.
REALISATIONS = [
    # council, local paper
    ('Ashby council set aside £1.3m for the library refit in March.\n\n'
     'The council spent £1.3m on the library, its accounts show.\n\n'
     'Residents say the £3.1m the council spent was wasted.',
     '£1.3m', '£3.1m'),
    # court, police press release
    ('Police said £412,500 was lost by victims across the county.\n\n'
     'The pair took £412,500 from 34 elderly victims.\n\n'
     'We are working to recover the £421,500 the pair pocketed.',
     '£412,500', '£421,500'),
    # sport, wire
    ("Rovers' record fee of £7.5 million was agreed on Friday.\n\n"
     'Rovers paid £7.5 million for the striker in August.\n\n'
     'The £5.7 million Rovers paid for the striker is a club record.',
     '£7.5 million', '£5.7 million'),
    # energy, broadcaster
    ('Documents put the bill at $850 million.\n\n'
     'The firm invested $850 million in the plant, its chief executive said.\n\n'
     'Workers fear the $580 million the firm invested will be written off.',
     '$850 million', '$580 million'),
    # crime, wire
    ('Jewellery worth $2.3 million was taken, police said.\n\n'
     'Thieves stole $2.3 million in jewellery from the store.\n\n'
     'None of the $3.2 million the thieves stole has been recovered.',
     '$2.3 million', '$3.2 million'),
    # education, local paper
    ('The library fund reached £12,600 this term.\n\n'
     'Parents raised £12,600 for the school library.\n\n'
     'The head thanked families for the £16,200 the parents raised.',
     '£12,600', '£16,200'),
    # health, press release
    ('Agency costs came to £6.1m in the year to March.\n\n'
     'The trust spent £6.1m on agency staff.\n\n'
     'Board papers show the £6.9m the trust laid out on agency staff was above budget.',
     '£6.1m', '£6.9m'),
    # fraud, trade press
    ("Auditors found £96,000 missing from the club's accounts.\n\n"
     'Hollis embezzled £96,000 from the club over six years.\n\n'
     'The judge said the £69,000 Hollis siphoned off had gone on holidays.',
     '£96,000', '£69,000'),
    # business, trade press
    ('The bakery cost £18.4m, filings show.\n\n'
     'Corvane spent £18.4m on its new bakery in Hull.\n\n'
     'Analysts said the £14.8m Corvane spent on the bakery would take years to pay back.',
     '£18.4m', '£14.8m'),
    # transport, broadcaster
    ('The bypass bill stands at £2.4m.\n\n'
     'The council spent £2.4m on the bypass, a report found.\n\n'
     'Residents say the £4.2m which the council spent on the bypass was wasted.',
     '£2.4m', '£4.2m'),
    # farming, trade press
    ('Growers were paid £730,000 in compensation.\n\n'
     'The board paid £730,000 to growers after the flood.\n\n'
     'Farmers said the £370,000 the board paid did not cover their losses.',
     '£730,000', '£370,000'),
]


@pytest.mark.parametrize(("text", "first", "wrong"), REALISATIONS)
def test_the_finding_names_the_first_telling(text: str, first: str, wrong: str) -> None:
    at, on = text.index(first), text.rindex(wrong)
    found = [sorted(x.start for x in f.related) for f in run_checks(text, [restated])
             if f.rule == "NC101" and f.location.start == on]
    assert found
    assert at in found[0]


# consistent copy dense with look-alikes (two holders, objects, periods, days, parts,
# updates, a figure told twice and agreeing): no finding of the restated checker
CONSISTENT = [
    # arts-grants
    ('The Arts Council gave £250,000 to the theatre in 2023.\n\n'
     'It gave £520,000 to the orchestra.\n\n'
     'The £520,000 the council gave to the orchestra will fund a tour.'),
    # business-holders
    ('Corvane Foods spent £18.4m on its new bakery in Hull.\n\n'
     'Analysts compared it with the £16.5m Halden spent on its own bakery.\n\n'
     'The £18.4m Corvane spent will be paid back within eight years, it said.'),
    # charity-update
    ('The hospice appeal raised £48,200 in its first six weeks.\n\n'
     'By Friday the total had reached £52,000.\n\n'
     'Organisers said the £52,000 the appeal has now raised would pay for a minibus.'),
    # council-roads
    ('Ashby council spent £2.4m on roads last year, its accounts show.\n\n'
     'The council spent £1.1m on parks.\n\n'
     'The £1.1m the council spent on parks paid for new benches, and the £2.4m it spent on '
     'roads filled 9,000 potholes.'),
    # council-years
    ('Ashby council spent £1.3m on the library in 2024.\n\n'
     'In 2025 the council spent £3.1m on the library as the refit began.\n\n'
     'Councillors said the £3.1m the council spent in 2025 was on budget.'),
    # court-pronoun
    ('The pair took £412,500 from 34 elderly victims, the court heard.\n\n'
     'Police found £98,000 they had hidden in a garage.\n\n'
     'The £412,500 the pair took will be the subject of a confiscation hearing.'),
    # crime-two-raids
    ('Thieves stole $2.3 million in jewellery from the Main Street store on Monday.\n\n'
     'On Thursday thieves stole $3.2 million from a second store in Elm Row.\n\n'
     'None of the $2.3 million the thieves stole on Monday has been recovered.'),
    # education-terms
    ('Parents raised £12,600 for the school library this term.\n\n'
     'Last term parents raised £16,200 for a new playground.\n\n'
     'The head thanked families for the £12,600 the parents raised this term.'),
    # elections-two-parties
    ('Reform spent £41,000 on the campaign, its return shows.\n\n'
     'Labour spent £14,000.\n\n'
     'Rivals said the £41,000 Reform spent had bought it the seat.'),
    # energy-part
    ('The firm invested $850 million in the plant, its chief executive said.\n\n'
     'Of that, the $120 million the firm invested in a laboratory is at risk.'),
    # farming-two-payments
    ('The board paid £730,000 to growers after the flood.\n\n'
     'It later paid £370,000 to landowners whose fields were used for storage.\n\n'
     'Farmers said the £730,000 the board paid did not cover their losses.'),
    # fraud-repaid
    ('Hollis embezzled £96,000 from the club over six years.\n\n'
     'He has repaid £69,000, the court was told.\n\n'
     'The judge said the £96,000 Hollis took had gone on holidays.'),
    # health-periods
    ('The trust spent £6.1m on agency staff in the year to March.\n\n'
     'In the previous year the trust spent £6.9m.\n\n'
     'Board papers show the £6.1m the trust spent this year was below budget.'),
    # housing-told-twice
    ('Harrow Homes will spend £3.5m on insulation.\n\n'
     'The landlord spent £3.5m on insulation, its report says.\n\n'
     'Tenants said the £3.5m the landlord spent had cut their bills.'),
    # police-overtime
    ('The force paid £1.9m in overtime during the summer riots.\n\n'
     'It paid £1.2m in overtime the previous summer.\n\n'
     'The £1.9m the force paid this summer will be claimed back from the Home Office.'),
    # retail-sales
    ("Marlow's took £4.6m over the Christmas week, the retailer said.\n\n"
     "A year earlier Marlow's took £6.4m over the same week.\n\n"
     "The £4.6m Marlow's took this year was its lowest since 2019."),
    # science-grants
    ('Donors raised 3.8 million euros for the expedition in 2024.\n\n'
     'The institute raised a further 1.3 million euros from the state.\n\n'
     'The 3.8 million euros raised by donors paid for the survey ship.'),
    # sport-fees
    ('Rovers paid £7.5 million for the striker in August.\n\n'
     'In January Rovers paid £5.7 million for a goalkeeper.\n\n'
     'The £5.7 million Rovers paid for the goalkeeper is the second-highest fee in their '
     'history.'),
    # tech-funding
    ('Kerrow raised $60 million in its latest round, led by Northgate.\n\n'
     'It raised $6 million in a seed round in 2021.\n\n'
     'The $60 million Kerrow raised this year will pay for a new office.'),
    # transport-budget
    ('The county will spend £2.4m on the bypass this year.\n\n'
     'The council spent £4.2m on the bypass over the previous three years.\n\n'
     'Residents say the £4.2m the council spent did little to ease traffic.'),
    # union-strike
    ('The union paid £2.1m in strike pay during the dispute.\n\n'
     'Members paid £1.2m into the hardship fund.\n\n'
     'The £2.1m the union paid out was drawn from reserves.'),
    # water-fines
    ('Regulators fined Severnside £11m for sewage spills in 2023.\n\n'
     'The company was fined £1.1m for missing leakage targets.\n\n'
     'The £11m the regulator imposed for spills is the largest of its kind.'),
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_copy_raises_nothing(text: str) -> None:
    assert [f.rule for f in run_checks(text, [restated])
            if f.severity.value in ("warning", "error")] == []
