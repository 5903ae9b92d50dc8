"""Own copy for wave 32 (pof32): a share whose whole was told sentences before in other
words than the share's noun ("Harrow Foods employs 4,200 people ... 1,300 jobs, a fifth
of the workforce"). The share's noun names the whole by what it is (a workforce, a fleet,
an electorate, a herd), never by the word the base was told with; what ties them is that
the whole counts what the count counts and is the figure of that kind the paragraph told
as its whole. Each pair is (wrong, right): the wrong copy must raise NC203, the right copy
must not. ``ASIDE`` and ``ASIDE_SILENT`` were written with the rest and are scored only
at the end."""

from __future__ import annotations

# (wrong, right)
TUNED = {
    "labour: staff told as people, the share of the workforce, verb-linked": (
        "Harrow Foods employs 4,200 people at three bakeries. The company said on Tuesday "
        "that 1,300 jobs would go, about a fifth of the workforce.",
        "Harrow Foods employs 4,200 people at three bakeries. The company said on Tuesday "
        "that 840 jobs would go, about a fifth of the workforce.",
    ),
    "transport: buses told by number, the share of the fleet two sentences on": (
        "Westlink operates 620 buses across the city. Drivers have complained for months. "
        "Engineers have now taken 240 buses off the road, roughly a quarter of the fleet.",
        "Westlink operates 620 buses across the city. Drivers have complained for months. "
        "Engineers have now taken 155 buses off the road, roughly a quarter of the fleet.",
    ),
    "elections: registered voters, the share of the electorate": (
        "Some 52,000 voters are registered in the district. Postal ballots reached 21,000, "
        "nearly a quarter of the electorate.",
        "Some 52,000 voters are registered in the district. Postal ballots reached 13,000, "
        "nearly a quarter of the electorate.",
    ),
    "farming: cattle told by head, the share of the herd": (
        "The farm kept 1,800 cattle before the outbreak. Vets culled 900 animals, about a "
        "third of the herd.",
        "The farm kept 1,800 cattle before the outbreak. Vets culled 600 animals, about a "
        "third of the herd.",
    ),
    "health: beds told by count, the share of capacity, a percentage": (
        "The hospital has 950 beds. On Sunday 400 beds, some 25% of capacity, were taken "
        "by flu patients.",
        "The hospital has 950 beds. On Sunday 240 beds, some 25% of capacity, were taken "
        "by flu patients.",
    ),
    "business: revenue told as sales, the share of turnover": (
        "Corvane reported sales of £880 million for the year. Exports brought in £400 "
        "million, roughly a quarter of turnover.",
        "Corvane reported sales of £880 million for the year. Exports brought in £220 "
        "million, roughly a quarter of turnover.",
    ),
    "education: pupils told by number, the share of the roll, a paragraph on": (
        "Marsh Lane Academy has 1,450 pupils.\n\nInspectors found 600 pupils, about 20% "
        "of the roll, were persistently absent.",
        "Marsh Lane Academy has 1,450 pupils.\n\nInspectors found 290 pupils, about 20% "
        "of the roll, were persistently absent.",
    ),
    "disasters: homes in the county, the share of the housing stock": (
        "The county has about 36,000 homes. The floods damaged 12,000 homes, almost a "
        "fifth of the housing stock.",
        "The county has about 36,000 homes. The floods damaged 7,000 homes, almost a "
        "fifth of the housing stock.",
    ),
    "labour: members of a union, the share of its membership": (
        "The union represents 8,000 nurses in the region. Some 4,000 nurses, about a "
        "third of its membership, voted to strike.",
        "The union represents 8,000 nurses in the region. Some 2,700 nurses, about a "
        "third of its membership, voted to strike.",
    ),
    "crime: reports told as crimes, 'the total', never called a total": (
        "Police recorded 5,600 crimes in the borough last year. Burglaries made up 2,400 "
        "of them. Car thefts came to 600, about 25% of the total.",
        "Police recorded 5,600 crimes in the borough last year. Burglaries made up 2,400 "
        "of them. Car thefts came to 600, about 11% of the total.",
    ),
    "sport: a crowd told as fans, the share of the attendance": (
        "The club sold 30,000 tickets for the derby. Away fans took 10,500 seats, a "
        "quarter of the attendance.",
        "The club sold 30,000 tickets for the derby. Away fans took 7,500 seats, a "
        "quarter of the attendance.",
    ),
    "transport: flights told as departures, the share of the schedule": (
        "The airport planned 1,200 departures on Friday. Strikes grounded 480 flights, "
        "some 25% of the schedule.",
        "The airport planned 1,200 departures on Friday. Strikes grounded 300 flights, "
        "some 25% of the schedule.",
    ),
}

# consistent copy that looks like a problem: must raise neither NC203 nor NC205
SILENT = {
    "a share of a whole the copy never tells": (
        "Harrow Foods employs 4,200 people at three bakeries. The company said 300 jobs "
        "would go, about a fifth of its drivers."
    ),
    "a share of another time's whole": (
        "Westlink ran 900 buses in 2019. This year engineers took 150 buses off the road, "
        "a quarter of the fleet."
    ),
    "a share of a subset the count's sentence frames": (
        "The chain employs 12,000 people across Britain. In Scotland, 900 staff, about a "
        "third of the workforce there, will move to new contracts."
    ),
    "a larger whole of another thing between": (
        "The trust has 950 beds. It treated 41,000 patients last year. On Sunday 400 "
        "patients, a quarter of the caseload, waited more than 12 hours."
    ),
    "a share of the rest": (
        "The farm kept 1,800 cattle before the outbreak. Vets culled 900 animals. Another "
        "200, about a quarter of the rest, were moved to quarantine."
    ),
    "the count smaller than two figures that differ": (
        "The district has 52,000 voters; the county has 310,000. Postal ballots reached "
        "13,000, about a quarter of the electorate."
    ),
    "a share of the whole named in the count's sentence": (
        "The union represents 8,000 nurses. Of its 3,000 midwives, 1,000, about a third "
        "of its membership there, voted to strike."
    ),
    "money against a count": (
        "Corvane employs 2,400 staff. Exports brought in £400 million, roughly a quarter "
        "of turnover."
    ),
    "a share of a predicate of its own": (
        "Marsh Lane Academy has 1,450 pupils. Some 300 pupils, about 20% of those tested "
        "in maths, missed the grade."
    ),
    "a figure told after the share": (
        "The floods damaged 12,000 homes, almost a fifth of the housing stock, "
        "officials said. The county has 60,000 homes."
    ),
    "a change, not a whole": (
        "Sales rose by £880 million last year. Exports brought in £220 million, roughly a "
        "tenth of turnover."
    ),
    "a whole in another paragraph three paragraphs back": (
        "Harrow Foods employs 4,200 people.\n\nIts bakeries opened in 1960.\n\nIt bought "
        "a rival in 1999.\n\nOn Tuesday it said 300 jobs would go, a fifth of the "
        "workforce at its Leeds site."
    ),
    "a share set against a larger figure of the count's own thing, a sibling": (
        "Police recorded 5,600 crimes in the borough. Burglaries came to 2,400 and car "
        "thefts to 600. Shoplifting cases came to 1,200, half the burglary total."
    ),
    "the right share of a whole told in other words": (
        "The airport planned 1,200 departures on Friday. Strikes grounded 300 flights, "
        "some 25% of the schedule."
    ),
    "a share of the count's own partitive whole": (
        "The club sold 30,000 tickets. Of the 12,000 season-ticket holders, 3,000, a "
        "quarter of them, stayed away."
    ),
}

# whole consistent articles: silent
ARTICLES = [
    "Harrow Foods, which employs 4,200 people at three bakeries, said on Tuesday it "
    "would close its Leeds site. The company said 840 jobs would go, about a fifth of the "
    "workforce. The site opened in 1962 and made 40 million loaves last year.\n\nUnion "
    "officials said 300 of those affected were drivers. The firm expects savings of £12 "
    "million a year from 2028.",
    "Westlink operates 620 buses across the city. Drivers have complained for months "
    "about faulty brakes. Engineers have now taken 155 buses off the road, roughly a "
    "quarter of the fleet, and 40 more will be inspected next week.\n\nThe operator "
    "carried 91 million passengers last year, up 4% on 2024.",
    "The county has about 36,000 homes. The floods damaged 7,000 homes, almost a fifth "
    "of the housing stock, and 1,200 people spent the night in shelters. In the town of "
    "Brackley, 900 homes were hit, about a third of its houses.",
]

# the aside slice: written with the rest, not read while tuning, scored at the end
ASIDE = {
    "charity: donors told as supporters, the share of its donor base": (
        "The charity has 64,000 regular supporters. Some 24,000 people cancelled their "
        "gifts this year, roughly a quarter of its donor base.",
        "The charity has 64,000 regular supporters. Some 16,000 people cancelled their "
        "gifts this year, roughly a quarter of its donor base.",
    ),
    "energy: households told as customers, the share of the network": (
        "The utility serves 480,000 customers in the valley. Storms cut power to 200,000 "
        "homes, nearly a quarter of the network.",
        "The utility serves 480,000 customers in the valley. Storms cut power to 120,000 "
        "homes, nearly a quarter of the network.",
    ),
    "retail: shops told as stores, the share of the estate": (
        "Pellow runs 320 stores. Its board agreed on Monday to shut 120 shops, about a "
        "fifth of the estate.",
        "Pellow runs 320 stores. Its board agreed on Monday to shut 64 shops, about a "
        "fifth of the estate.",
    ),
}

ASIDE_SILENT = {
    "a share of another owner's whole": (
        "Pellow runs 320 stores. Its rival Dunns will shut 40 shops, about a fifth of its "
        "estate."
    ),
    "a share of a whole told only as a change": (
        "The utility added 48,000 customers last year. Storms cut power to 12,000 homes, "
        "about a tenth of the network."
    ),
    "the right share of a whole told in other words": (
        "The charity has 64,000 regular supporters. Some 16,000 people cancelled their "
        "gifts this year, roughly a quarter of its donor base."
    ),
}
