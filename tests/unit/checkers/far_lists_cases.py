"""Cases of a breakdown told sentences after its total (numcheck/checkers/_far_lists.py),
in words of their own across desks: realisation -> (wrong, right); look-alikes that must
stay silent; whole consistent articles. ``ASIDE`` was written with the rest but kept out
of tuning (scored only at the end)."""

from __future__ import annotations

# realisation -> (wrong: the stated total one slip from the sum, right: it adds up)
TUNED: dict[str, tuple[str, str]] = {
    "dis: people moved out, a return between, the list by town": (
        "Floods forced 1,340 people from their homes in the Arlen valley on Sunday, the "
        "county said. By Monday evening 400 had returned. The evacuations covered 760 "
        "people in Brisk, 420 in Colby and 140 in Dunmore.",
        "Floods forced 1,320 people from their homes in the Arlen valley on Sunday, the "
        "county said. By Monday evening 400 had returned. The evacuations covered 760 "
        "people in Brisk, 420 in Colby and 140 in Dunmore.",
    ),
    "ene: homes cut off, reconnections between, the list by town": (
        "Storm damage left 31,000 homes without power on Tuesday, the network operator "
        "said. Crews had reconnected 12,000 by nightfall. The cuts hit 17,000 homes in "
        "Wexby, 9,000 in Harl and 4,000 in Ollerton.",
        "Storm damage left 30,000 homes without power on Tuesday, the network operator "
        "said. Crews had reconnected 12,000 by nightfall. The cuts hit 17,000 homes in "
        "Wexby, 9,000 in Harl and 4,000 in Ollerton.",
    ),
    "lab: job cuts, the workforce between, the list by department": (
        "The carmaker will cut 640 jobs at its Norbury plant, the union said. The plant "
        "employs 2,100 people. The losses fall on 380 jobs on the assembly line, 170 in "
        "the paint shop and 70 in logistics.",
        "The carmaker will cut 620 jobs at its Norbury plant, the union said. The plant "
        "employs 2,100 people. The losses fall on 380 jobs on the assembly line, 170 in "
        "the paint shop and 70 in logistics.",
    ),
    "ele: votes cast, a majority between, the list by candidate (digits swapped)": (
        "In all 48,210 votes were cast, the returning officer said. The winner's majority "
        "was 2,530. Hart took 21,480 votes, Mole 18,950 and Pryce 7,690.",
        "In all 48,120 votes were cast, the returning officer said. The winner's majority "
        "was 2,530. Hart took 21,480 votes, Mole 18,950 and Pryce 7,690.",
    ),
    "hea: cases, admissions between, the list by town": (
        "There have been 96 confirmed cases, health officials said on Friday. Eleven "
        "people remain in hospital. Fifty-two cases are in Hexham, 31 in Corby and 11 in "
        "Ware.",
        "There have been 94 confirmed cases, health officials said on Friday. Eleven "
        "people remain in hospital. Fifty-two cases are in Hexham, 31 in Corby and 11 in "
        "Ware.",
    ),
    "tra: trains cancelled, late trains between, the list by line": (
        "The rail operator cancelled 212 trains on Monday. Another 40 ran late. "
        "Cancellations hit 118 trains on the coast line, 61 on the valley line and 23 on "
        "the airport link.",
        "The rail operator cancelled 202 trains on Monday. Another 40 ran late. "
        "Cancellations hit 118 trains on the coast line, 61 on the valley line and 23 on "
        "the airport link.",
    ),
    "con: the dead, the wounded between, the list by village": (
        "The shelling killed 47 civilians over the weekend, the regional governor said. "
        "At least 120 were wounded. Nineteen civilians were killed in Osk, 17 in Varda "
        "and 9 in Tel.",
        "The shelling killed 45 civilians over the weekend, the regional governor said. "
        "At least 120 were wounded. Nineteen civilians were killed in Osk, 17 in Varda "
        "and 9 in Tel.",
    ),
    "crt: arrests, officers hurt between, the list by place": (
        "Police made 63 arrests during the disorder, the force said. Nine officers were "
        "hurt. Officers made 31 arrests in the city centre, 24 in Eastfield and 6 at the "
        "station.",
        "Police made 61 arrests during the disorder, the force said. Nine officers were "
        "hurt. Officers made 31 arrests in the city centre, 24 in Eastfield and 6 at the "
        "station.",
    ),
    "wx: schools shut, a snow depth between, the list by county": (
        "The blizzard closed 350 schools across the state on Thursday. Snow reached 40 "
        "cm in places. Closures hit 190 schools in Linn County, 110 in Marsh County and "
        "30 in Dale County.",
        "The blizzard closed 330 schools across the state on Thursday. Snow reached 40 "
        "cm in places. Closures hit 190 schools in Linn County, 110 in Marsh County and "
        "30 in Dale County.",
    ),
    "loc: a budget line, a tax rise between, the list of schemes (money)": (
        "The council will spend £6.7m on roads next year, it said on Wednesday. Council "
        "tax will rise by 3%. Resurfacing takes £3.1m, pothole repairs £1.9m and "
        "drainage £1.4m.",
        "The council will spend £6.4m on roads next year, it said on Wednesday. Council "
        "tax will rise by 3%. Resurfacing takes £3.1m, pothole repairs £1.9m and "
        "drainage £1.4m.",
    ),
    "sci: birds counted, a trend between, the list by species": (
        "The survey counted 1,180 seabirds on the island. Numbers have halved since "
        "1990. Volunteers logged 640 seabirds on the cliffs, 320 on the stacks and 200 "
        "on the beach.",
        "The survey counted 1,160 seabirds on the island. Numbers have halved since "
        "1990. Volunteers logged 640 seabirds on the cliffs, 320 on the stacks and 200 "
        "on the beach.",
    ),
    "biz: revenue, profit between, the list by channel (money; the total no change level)": (
        "Harlow Foods said revenue reached £8.9m in the quarter. Profit fell to £0.6m. "
        "Bakery lines brought in £4.1m, frozen goods £2.9m and drinks £1.6m.",
        "Harlow Foods said revenue reached £8.6m in the quarter. Profit fell to £0.6m. "
        "Bakery lines brought in £4.1m, frozen goods £2.9m and drinks £1.6m.",
    ),
    "ene: the peak, then two states of one set (reconnected, still without)": (
        "At the height of the storm 66,500 homes were cut off, the utility said. It "
        "brought in 300 extra staff. Crews have reconnected 61,300 homes, and "
        "4,200 homes remain without power.",
        "At the height of the storm 65,500 homes were cut off, the utility said. It "
        "brought in 300 extra staff. Crews have reconnected 61,300 homes, and "
        "4,200 homes remain without power.",
    ),
}

# realisations of the class this module does not read (a total after its list: on a gate
# the forward look paired a list with a later figure of another count); own-copy recall
MISSED: dict[str, tuple[str, str]] = {
    "lab: the list by site first, the total two sentences after": (
        "Staff voted for the strike at Kemble by 410 votes, at Dorn by 260 and at Fairley "
        "by 150. Turnout was 71%. The union said 840 votes were cast for the strike.",
        "Staff voted for the strike at Kemble by 410 votes, at Dorn by 260 and at Fairley "
        "by 150. Turnout was 71%. The union said 820 votes were cast for the strike.",
    ),
    "ene: two states of one set (restored, still without), the peak after": (
        "Crews have reconnected 61,300 homes since the gale, and 4,200 homes remain "
        "without power, the utility said. It brought in 300 extra staff. At the height "
        "of the storm 66,500 homes were cut off.",
        "Crews have reconnected 61,300 homes since the gale, and 4,200 homes remain "
        "without power, the utility said. It brought in 300 extra staff. At the height "
        "of the storm 65,500 homes were cut off.",
    ),
    "ene: two states after the peak, the list naming a time of its own ('since the gale')": (
        "At the height of the storm 66,500 homes were cut off, the utility said. It "
        "brought in 300 extra staff. Crews have reconnected 61,300 homes since the gale, "
        "and 4,200 homes remain without power.",
        "At the height of the storm 65,500 homes were cut off, the utility said. It "
        "brought in 300 extra staff. Crews have reconnected 61,300 homes since the gale, "
        "and 4,200 homes remain without power.",
    ),
}

# kept aside while tuning: the same class, other desks and wordings
ASIDE: dict[str, tuple[str, str]] = {
    "mkt: shares sold, a price between, the list by buyer": (
        "The state sold 5.4 million shares in the lender on Tuesday. The shares went for "
        "310 pence each. Pension funds bought 2.9 million shares, hedge funds 1.7 million "
        "and retail investors 0.6 million.",
        "The state sold 5.2 million shares in the lender on Tuesday. The shares went for "
        "310 pence each. Pension funds bought 2.9 million shares, hedge funds 1.7 million "
        "and retail investors 0.6 million.",
    ),
    "dis: homes destroyed, the injured between, the list by district": (
        "The earthquake destroyed 2,870 homes, the civil defence agency said. More than "
        "300 people were injured. The quake flattened 1,500 homes in the old town, 900 "
        "in Kessa and 450 in the hill villages.",
        "The earthquake destroyed 2,850 homes, the civil defence agency said. More than "
        "300 people were injured. The quake flattened 1,500 homes in the old town, 900 "
        "in Kessa and 450 in the hill villages.",
    ),
    "hea: operations postponed, a waiting list between, the list by hospital": (
        "The strike forced the cancellation of 1,460 operations, the trust said. About "
        "9,000 patients are waiting for surgery. The walkout cancelled 820 operations at "
        "St Ann's, 410 at the General and 210 at Fernlea.",
        "The strike forced the cancellation of 1,440 operations, the trust said. About "
        "9,000 patients are waiting for surgery. The walkout cancelled 820 operations at "
        "St Ann's, 410 at the General and 210 at Fernlea.",
    ),
}

# consistent copy that looks like a breakdown one slip off: must stay silent
LOOK_ALIKES: dict[str, str] = {
    "the list names a selection ('including')": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. The evacuations included 760 people in Brisk, 420 in "
        "Colby and 140 in Dunmore."
    ),
    "two items only: they may be some of the whole": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. The evacuations covered 760 people in Brisk and 560 in "
        "Colby."
    ),
    "the items count another thing than the total": (
        "The county has 1,340 volunteers on call, officials said. Forty were sent home. "
        "The shelters hold 760 beds in Brisk, 420 in Colby and 140 in Dunmore."
    ),
    "the items are changes, not parts": (
        "Sales reached 1,340 cars in March, the dealer said. Prices rose 4%. Sales rose "
        "by 760 cars in Brisk, 420 in Colby and 140 in Dunmore."
    ),
    "the list adds up to a nearer figure, a subtotal": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. Of them, "
        "1,320 went to shelters. The shelters took 760 people in Brisk, 420 in Colby and "
        "140 in Dunmore."
    ),
    "the total stands too far back": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. Roads reopened after 12 hours. Schools shut for two "
        "days. Rain fell for 30 hours. The evacuations covered 760 people in Brisk, 420 "
        "in Colby and 140 in Dunmore."
    ),
    "the worst-hit towns only": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. The worst-hit towns were Brisk with 760, Colby with 420 "
        "and Dunmore with 140."
    ),
    "a sum far from every earlier figure (no slip)": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. The evacuations covered 560 people in Brisk, 220 in "
        "Colby and 140 in Dunmore."
    ),
    "items in another unit than the total": (
        "The site covers 85 hectares, the developer said. Work starts in May. The plan "
        "sets aside 62 acres for panels, 14 acres for meadow and 7 acres for woodland."
    ),
    "two earlier figures each one slip from the sum": (
        "Floods forced 1,340 people from their homes on Sunday, and 1,310 were still out "
        "on Monday, the county said. By Tuesday 400 had returned. The evacuations covered "
        "760 people in Brisk, 420 in Colby and 140 in Dunmore."
    ),
    "a later figure of another year (forward)": (
        "Hart took 21,480 votes, Mole 18,950 and Pryce 7,690. Turnout was 44%. In 2019, "
        "48,210 votes were cast in the seat."
    ),
    "two items that do not name every state": (
        "Crews have reconnected 61,300 homes since the gale, and 4,200 were repaired by "
        "hand, the utility said. It brought in 300 extra staff. At the height of the "
        "storm 66,500 homes were cut off."
    ),
}

# consistent copy other routes alarm already at the start (find_spread, the partitive
# routes): this module must read nothing in them; left to the noise work
KNOWN_ALARMS: dict[str, str] = {
    "the list is of another year": (
        "Floods forced 1,340 people from their homes on Sunday, the county said. By "
        "Monday 400 had returned. Last year floods displaced 760 people in Brisk, 420 in "
        "Colby and 140 in Dunmore."
    ),
    "the items are levels of a change": (
        "The charity helped 1,340 families last winter. Demand grew this year. It "
        "now helps 760 families in Brisk, up from 420, and 140 in Colby."
    ),
}

# whole consistent articles with breakdowns told apart from their totals
ARTICLES: dict[str, str] = {
    "an outage story": (
        "Title: Ice storm leaves 46,500 without power\n\n"
        "An ice storm cut power to 46,500 homes across the Fenner valley on Sunday night, "
        "the grid operator said on Monday. By noon crews had reconnected 18,000. The "
        "outage hit 24,500 homes in Fenner, 14,000 in Alby and 8,000 in outlying "
        "villages, the company said. Two care homes ran on generators. About 120 "
        "engineers are on the ground, and the company expects to restore the last 2,500 "
        "homes by Wednesday.\n"
    ),
    "a results story": (
        "Title: Lib Dems hold Carrow\n\n"
        "Turnout was 41% and 31,240 votes were cast in the Carrow by-election, the "
        "returning officer said. The Liberal Democrat majority was 4,210. Anna Pell took "
        "14,320 votes, Tom Reyes 10,110 and Sam Okafor 6,810. Pell's share rose by four "
        "points on the last election.\n"
    ),
    "a budget story": (
        "Title: Council to borrow for bridges\n\n"
        "Lowmoor council will spend £12.5m on bridges over five years, it said on "
        "Tuesday. Council tax will rise 2.9% in April. The Leven bridge takes £6.2m, the "
        "Marsh Lane bridge £4.1m and footbridges £2.2m. The council borrowed £3m last "
        "year for the same purpose.\n"
    ),
}
