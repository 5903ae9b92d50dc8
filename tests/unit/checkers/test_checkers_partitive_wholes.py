"""Wave 27 (alarm27): the whole a part read across a sentence stands for
(numcheck/checkers/_part_kin.py ``listed_head``, ``outgrown``).

"N of them", "N of the <noun>" and the extractor's own part link take a whole told in an
earlier sentence. Two readings of that whole were false: the last item of a listed
breakdown ("The 118 were 73 soldiers, 39 civilians and six border guards. Twenty-two of
them ...": the list's total, not the six), and a small figure of the sentence between
("Police stopped 310 drivers. Officers from four forces took part. Forty of them ...":
not the four forces, which the part outgrows by a multiple while the 310 holds it). A
part too large for every figure in reach is still reported, and so is a near miss.
"""

from __future__ import annotations

import pytest
from sentence_rules import rules as _rules

_SUMS = {"NC201", "NC202"}


def _parts(sentence: str) -> set[str]:
    return set(_rules(sentence)) & _SUMS


# consistent copy, one per desk (conflict, health, retail, disasters, councils, labour,
# courts, schools, farming, transport, weather, motoring, elections): no part alarm
TUNED = [
    "The 118 returned to Yorvelia were 73 soldiers, 39 civilians and six border "
    "guards, officials said. Twenty-two of them had been held for more than two "
    "years.",
    "The 27 confirmed cases live in Lissard (15), Cobbley (9) and elsewhere in the "
    "county (3). Children under ten make up 16 of the confirmed cases.",
    "The chain has 480 stores: 300 in Britain, 120 in France and 60 in Spain. It will"
    " refit 150 of them this year.",
    "Some 64 homes were damaged: 40 in Harby, 18 in Low Moor and six in Elmby. "
    "Insurers had paid out on 30 of them by Friday.",
    "The council has 60 seats: 28 Labour, 22 Conservative and 10 independent. "
    "Fourteen of them are up for election in May.",
    "The union has 9,000 members: 5,000 nurses, 3,200 porters and 800 cleaners. About"
    " 4,100 of them voted in the ballot.",
    "Police arrested 41 people: 30 men, eight women and three teenagers. Twenty of "
    "them have been charged.",
    "The trust runs 23 schools: 17 primaries and six secondaries. Eleven of them were rated good.",
    "The farm keeps 640 cattle: 400 dairy cows, 200 beef cattle and 40 bulls. A vet "
    "tested 90 of them.",
    "The operator runs 212 trains: 150 electric, 50 diesel and 12 hybrid. Engineers "
    "have inspected 80 of them.",
    "The 90 patients were treated at Kingsmead (52), Eastbridge (30) and Norton (8). "
    "Sixty of the patients have gone home.",
    "The agency issued 35 flood warnings: 20 in Devon, 10 in Somerset and five in "
    "Dorset. Twelve of the warnings were lifted on Tuesday.",
    "The carmaker built 212,000 vans last year at its three plants. About 190,000 of "
    "them were exported.",
    "The hospital treated 1,400 patients last month. It has two A&E units. Nine "
    "hundred of them were seen within four hours.",
    "Police stopped 310 drivers over the weekend. Officers from four forces took "
    "part. Forty of them failed a breath test.",
    "The storm cut power to 48,000 homes. Five substations were flooded. Engineers "
    "had reconnected 30,000 of them by noon.",
    "Voters returned 42 councillors on Thursday. Three wards held recounts. Twenty-"
    "eight of them are new to the council.",
    "The airline cancelled 460 flights on Monday. Two runways were closed. About 300 "
    "of them were domestic.",
    "The firm will cut 900 jobs. Talks with two unions begin on Monday. Some 600 of "
    "them are in Leeds.",
    "The Met Office issued 86 warnings this winter. Six storms were named. Forty of "
    "them were for wind.",
]
# kept aside while tuning; scored once at the end
ASIDE = [
    "The convoy carried 140 soldiers: 90 infantry, 40 engineers and 10 medics. Thirty"
    " of them were wounded.",
    "The airline flies 75 aircraft: 50 Airbus jets, 20 Boeings and five turboprops. "
    "It will retire 12 of them next year.",
    "The council maintains 52 parks: 30 in the north, 15 in the south and seven in "
    "the centre. Volunteers look after 20 of them.",
    "The army moved 5,000 troops to the border. Two brigades stayed behind. About "
    "1,200 of them are reservists.",
    "Farmers culled 12,000 birds at the site. Three sheds were infected. Vets tested "
    "2,000 of them.",
]
# real problems of the same shapes: still reported
WRONG = [
    ("Police arrested 41 people: 30 men, eight women and three teenagers. Fifty of "
     "them have been charged.",
     'NC201'),
    ("The chain has 480 stores: 300 in Britain, 120 in France and 60 in Spain. It will"
     " refit 500 of them this year.",
     'NC201'),
    ('The patrol met six border guards, eight of them wounded.',
     'NC201'),
    ('Police arrested 41 people on Friday. Fifty of them have been charged.',
     'NC201'),
    ("The farm keeps 640 cattle: 400 dairy cows, 200 beef cattle and 40 bulls. A vet "
     "tested 700 of them.",
     'NC201'),
    ('Of the 41 injured, 52 were in hospital.',
     'NC201'),
    ("The 90 patients were treated at Kingsmead (52), Eastbridge (30) and Norton (8). "
     "Ninety-five of the patients have gone home.",
     'NC201'),
    ("Storms damaged 64 homes: 40 in Harby, 18 in Low Moor and six in Elmby. Insurers "
     "had paid out on 70 of them by Friday.",
     'NC201'),
    ('The 27 confirmed cases live in Lissard (15), Cobbley (7) and elsewhere in the county (3).',
     'NC202'),
    ("The union has 9,000 members: 5,000 nurses, 3,200 porters and 800 cleaners. In "
     "all, 9,400 of them voted in the ballot.",
     'NC201'),
    ("The trust runs 23 schools: 17 primaries and six secondaries. Fully 25 of them "
     "were rated good.",
     'NC201'),
    ("The council has 60 seats: 28 Labour, 22 Conservative and 10 independent. All 64 "
     "of them are up for election.",
     'NC201'),
    ('Police stopped 31 drivers over the weekend. Forty of them failed a breath test.',
     'NC201'),
    ('The storm cut power to 4,800 homes. Engineers had reconnected 30,000 of them by noon.',
     'NC201'),
    ("Voters returned 42 councillors on Thursday. Three wards held recounts. Fifty of "
     "them are new to the council.",
     'NC201'),
    ("The firm will cut 900 jobs. Talks with two unions begin on Monday. In all, 960 "
     "of them are in Leeds.",
     'NC201'),
]
# consistent look-alikes: a part that fits the item or the small figure stays with it
QUIET = [
    "The 118 returned were 73 soldiers, 39 civilians and six border guards. Four of "
    "them were injured.",
    "The patrol met six border guards, two of them wounded.",
    "The chain has 480 stores: 300 in Britain, 120 in France and 60 in Spain. It will"
    " close 20 of them.",
    "Police arrested 41 people: 30 men, eight women and three teenagers. Two of them "
    "were released.",
    "Of the 41 injured, 12 were in hospital.",
    "The 90 patients were treated at Kingsmead (52), Eastbridge (30) and Norton (8). "
    "Five of the patients have gone home.",
    "The council has 60 seats: 28 Labour, 22 Conservative and 10 independent. Four of"
    " them are vacant.",
    "The union has 9,000 members. About 4,100 of them voted in the ballot.",
    "The farm keeps 640 cattle: 400 dairy cows, 200 beef cattle and 40 bulls. It sold"
    " 30 of the bulls.",
    "Some 64 homes were damaged: 40 in Harby, 18 in Low Moor and six in Elmby. Three "
    "of them were destroyed.",
    "The airline flies 75 aircraft: 50 Airbus jets, 20 Boeings and five turboprops. "
    "Two of the turboprops are grounded.",
    "The agency issued 35 flood warnings: 20 in Devon, 10 in Somerset and five in "
    "Dorset. Two of them were lifted.",
    "The carmaker built 212,000 vans last year at its three plants. Two of them will close.",
    "Police stopped 310 drivers over the weekend. Officers from four forces took "
    "part. Three of them sent dogs.",
    "The storm cut power to 48,000 homes. Five substations were flooded. Engineers "
    "had repaired two of them by noon.",
]


@pytest.mark.parametrize("sentence", TUNED)
def test_a_whole_read_across_a_sentence_is_the_one_that_holds_the_part(sentence: str) -> None:
    assert _parts(sentence) == set()


@pytest.mark.parametrize("sentence", ASIDE)
def test_the_aside_copy_stays_silent(sentence: str) -> None:
    assert _parts(sentence) == set()


@pytest.mark.parametrize(("sentence", "rule"), WRONG)
def test_a_part_no_figure_in_reach_holds_is_still_reported(sentence: str, rule: str) -> None:
    assert rule in _parts(sentence)


@pytest.mark.parametrize("sentence", QUIET)
def test_a_part_that_fits_the_nearest_figure_stays_with_it(sentence: str) -> None:
    assert _parts(sentence) == set()
