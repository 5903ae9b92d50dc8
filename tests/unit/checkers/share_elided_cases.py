"""Own copy for wave 33 (pof33): a share of a whole told before, whose count names nothing
of its own ("Harrow employs 4,200 people. The firm said 1,300 would go, about a fifth of
the workforce"). The count's noun is left out (an ellipsis: what it counts is what the
sentence before told), so the count's key carries no thing, and pof32's reader, which
finds the whole by what the count counts, turns it away. The evidence the copy always
carries: one larger figure of the count's kind and unit told just before, naming a thing;
the share set off after the count's clause with an "of" phrase of its own. Each pair is
(wrong, right). ``ASIDE`` and ``ASIDE_SILENT`` were written with the rest and are scored
only at the end."""

from __future__ import annotations

# (wrong, right)
TUNED = {
    "labour: staff told as people, the cut told bare": (
        "Harrow Foods employs 4,200 people at three bakeries. The company said on Tuesday "
        "that 1,300 would go, about a fifth of the workforce.",
        "Harrow Foods employs 4,200 people at three bakeries. The company said on Tuesday "
        "that 840 would go, about a fifth of the workforce.",
    ),
    "transport: buses told by number, those withdrawn told bare": (
        "Westlink runs 620 buses across the city. Engineers said 240 had been withdrawn, "
        "roughly a quarter of the fleet.",
        "Westlink runs 620 buses across the city. Engineers said 155 had been withdrawn, "
        "roughly a quarter of the fleet.",
    ),
    "elections: registered voters, the postal count bare": (
        "Some 52,000 voters are registered in the ward. Of those, 21,000 applied to vote "
        "by post, nearly a quarter of the electorate.",
        "Some 52,000 voters are registered in the ward. Of those, 13,000 applied to vote "
        "by post, nearly a quarter of the electorate.",
    ),
    "health: beds, the occupied count bare, a percentage": (
        "The hospital has 950 beds. On Sunday 400 were occupied by flu patients, some 25% "
        "of capacity.",
        "The hospital has 950 beds. On Sunday 240 were occupied by flu patients, some 25% "
        "of capacity.",
    ),
    "education: pupils, those absent bare": (
        "Northgate Academy teaches 1,400 pupils. On Monday 600 stayed at home, around 10% "
        "of the roll.",
        "Northgate Academy teaches 1,400 pupils. On Monday 140 stayed at home, around 10% "
        "of the roll.",
    ),
    "housing: homes, those flooded bare": (
        "The estate has 3,000 homes. The council said 1,800 were flooded, a third of the "
        "housing stock.",
        "The estate has 3,000 homes. The council said 1,000 were flooded, a third of the "
        "housing stock.",
    ),
    "sport: tickets, those unsold bare": (
        "The club sold 40,000 tickets for the final. Stewards said 18,000 went unused, "
        "about a fifth of the gate.",
        "The club sold 40,000 tickets for the final. Stewards said 8,000 went unused, "
        "about a fifth of the gate.",
    ),
    "aviation: flights scheduled, those cancelled bare, two sentences on": (
        "The airline planned 2,400 flights this week. Crews walked out on Monday. By "
        "Wednesday 1,200 had been cancelled, roughly a quarter of the schedule.",
        "The airline planned 2,400 flights this week. Crews walked out on Monday. By "
        "Wednesday 600 had been cancelled, roughly a quarter of the schedule.",
    ),
    "farming: sheep, those lost bare, a percentage of the flock": (
        "The cooperative grazes 8,000 sheep on the hill. Farmers said 2,400 died in the "
        "snow, about 15% of the flock.",
        "The cooperative grazes 8,000 sheep on the hill. Farmers said 1,200 died in the "
        "snow, about 15% of the flock.",
    ),
    "unions: members, those who voted bare": (
        "The union represents 12,000 nurses. In the ballot 9,000 backed a strike, about "
        "half the membership.",
        "The union represents 12,000 nurses. In the ballot 6,000 backed a strike, about "
        "half of the membership.",
    ),
}

# consistent copy that looks like the class: must stay silent
SILENT = {
    "the right share, bare count": (
        "Harrow Foods employs 4,200 people. The company said 840 would go, about a fifth "
        "of the workforce."
    ),
    "a share of a whole never told": (
        "Harrow Foods employs 4,200 people. The company said 300 would go, about a tenth "
        "of its drivers."
    ),
    "two wholes of different sizes before": (
        "Westlink runs 620 buses and its rival 900. Engineers said 240 had been withdrawn, "
        "roughly a quarter of the fleet."
    ),
    "a share of another time's whole": (
        "The hospital had 950 beds last year. On Sunday 400 were occupied, some 25% of "
        "capacity."
    ),
    "a bare count of money against a count": (
        "The club sold 40,000 tickets. It said £18,000 went to charity, about a fifth of "
        "the takings."
    ),
    "a share of the rest": (
        "The estate has 3,000 homes. The council said 1,800 were flooded, a third of the "
        "rest."
    ),
    "a share told after its own frame": (
        "The union represents 12,000 nurses. In Scotland, 900 backed a strike, about half "
        "the membership."
    ),
    "a whole that is no amount: a change": (
        "The airline added 2,400 flights this year. By Wednesday 1,200 had been cancelled, "
        "roughly a quarter of the schedule."
    ),
    "a count whose share is of a whole told after": (
        "Engineers said 240 had been withdrawn, roughly a quarter of the fleet. Westlink "
        "runs 620 buses."
    ),
    "a count far off the share (another whole)": (
        "The cooperative grazes 8,000 sheep. Farmers said 40 died, about 15% of the "
        "flock."
    ),
    "a share with a predicate of its own": (
        "Northgate Academy teaches 1,400 pupils. On Monday 60 stayed home, around half of "
        "those in the sixth form."
    ),
    "a year, not a count, before the share": (
        "The estate has 3,000 homes. In 2019 the council said, a third of the stock was "
        "damp."
    ),
}

# whole consistent articles
ARTICLES = [
    "Harrow Foods employs 4,200 people at three bakeries in the north. The company said on "
    "Tuesday that 840 would go, about a fifth of the workforce. Unions called the cuts "
    "brutal. A further 120 agency staff will not be renewed.",
    "Westlink runs 620 buses across the city and 40 trams. Engineers said 155 had been "
    "withdrawn for checks, roughly a quarter of the fleet. The firm expects 60 back by "
    "Friday.",
    "The hospital has 950 beds. On Sunday 240 were occupied by flu patients, some 25% of "
    "capacity, up from 180 a week earlier. Another 35 patients waited in corridors.",
]

# scored only at the end
ASIDE = {
    "retail: stores, those closing bare": (
        "Dunmore operates 480 stores nationwide. It said 200 would close by March, about a "
        "fifth of the estate.",
        "Dunmore operates 480 stores nationwide. It said 96 would close by March, about a "
        "fifth of the estate.",
    ),
    "crime: officers, those off sick bare, a percentage": (
        "The force employs 6,000 officers. Last month 1,500 were off sick, some 8% of its "
        "strength.",
        "The force employs 6,000 officers. Last month 480 were off sick, some 8% of its "
        "strength.",
    ),
}

ASIDE_SILENT = {
    "retail: a share of another owner's estate": (
        "Dunmore operates 480 stores. Its rival Kells said 200 would close, about a fifth "
        "of the estate."
    ),
    "crime: a share of a subgroup told in the share's phrase": (
        "The force employs 6,000 officers. Last month 150 were off sick, some 8% of those "
        "on the night shift."
    ),
    "crime: the right share": (
        "The force employs 6,000 officers. Last month 480 were off sick, some 8% of its "
        "strength."
    ),
}

# the share linked to its count's clause by a verb that states it as a share ([shares]
# copulas) rather than set off by a mark (attempt 2): (wrong, right)
LINKED = {
    "transport: buses, the share made up by the withdrawn": (
        "Westlink runs 620 buses. The 240 withdrawn buses make up a quarter of the fleet.",
        "Westlink runs 620 buses. The 155 withdrawn buses make up a quarter of the fleet.",
    ),
    "health: beds, the share equal to capacity": (
        "The hospital has 950 beds. Flu patients filled 400, equal to 25% of capacity.",
        "The hospital has 950 beds. Flu patients filled 240, equal to 25% of capacity.",
    ),
    "energy: homes, the share accounted for": (
        "The network supplies 80,000 homes. The 40,000 cut off on Friday accounted for "
        "about a fifth of the grid.",
        "The network supplies 80,000 homes. The 16,000 cut off on Friday accounted for "
        "about a fifth of the grid.",
    ),
    "finance: money, the share represented": (
        "Corvane reported sales of £880 million. Exports of £400 million represented "
        "roughly a quarter of turnover.",
        "Corvane reported sales of £880 million. Exports of £220 million represented "
        "roughly a quarter of turnover.",
    ),
}

LINKED_SILENT = {
    "a copula after a clause break": (
        "Westlink runs 620 buses. It withdrew 240 and fares are a quarter of the price."
    ),
    "a copula of another figure's clause, the right share": (
        "The hospital has 950 beds. Flu patients filled 240, equal to 25% of capacity."
    ),
    "a copula of a share of a whole never told": (
        "The network supplies 80,000 homes. The 4,000 cut off accounted for a tenth of "
        "its engineers."
    ),
    "a copula and a share of another time's whole": (
        "The network supplied 80,000 homes last year. On Friday 40,000 were cut off, "
        "equal to about a fifth of the grid."
    ),
}
