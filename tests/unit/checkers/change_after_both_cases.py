"""Own copy of wave 33 (pc33): a step told after both its levels, the words between the
levels ending in a link to the old level that a verb or a long clause keeps from the
plain pairing ("was down from", "were admitted in the four weeks to Sunday against").
Written before the reader was built. Cases are (wrong, right)."""

from __future__ import annotations

# realisation -> (wrong, right); tuned on
CHANGES = {
    "elections: a verb before 'down from', points": (
        "Turnout, at 51.2%, was down from 58.9% at the last election, a drop of 9.7 points.",
        "Turnout, at 51.2%, was down from 58.9% at the last election, a drop of 7.7 points.",
    ),
    "transport: a verb and a year before 'up from'": (
        "Ridership of 4.82 million last year was up from 4.1 million in 2023, a rise of 21%.",
        "Ridership of 4.82 million last year was up from 4.1 million in 2023, a rise of 17.6%.",
    ),
    "health: a passive clause of eight words before 'against'": (
        "A total of 2,310 patients were admitted in the four weeks to Sunday against 1,980 "
        "in the same weeks last year, an increase of 12%.",
        "A total of 2,310 patients were admitted in the four weeks to Sunday against 1,980 "
        "in the same weeks last year, an increase of 16.7%.",
    ),
    "housing: an adverb between the comma and 'up from'": (
        "The average rent reached £1,240, well up from £1,090 a year earlier, an increase "
        "of 9%.",
        "The average rent reached £1,240, well up from £1,090 a year earlier, an increase "
        "of 13.8%.",
    ),
    "energy: 'sharply down from' and a week earlier": (
        "Wholesale gas traded at 92p on Friday, sharply down from 118p a week earlier, a "
        "drop of 28%.",
        "Wholesale gas traded at 92p on Friday, sharply down from 118p a week earlier, a "
        "drop of 22%.",
    ),
    "farming: a verb before 'against', the year before": (
        "The harvest of 13.9 million tonnes this summer set against 11.6 million tonnes "
        "the year before, up 24%.",
        "The harvest of 13.9 million tonnes this summer set against 11.6 million tonnes "
        "the year before, up 19.8%.",
    ),
    "education: a relative clause before 'down from'": (
        "Applications totalled 3,150 this cycle, which was down from 3,900 in the previous "
        "cycle, a decline of 12%.",
        "Applications totalled 3,150 this cycle, which was down from 3,900 in the previous "
        "cycle, a decline of 19.2%.",
    ),
    "tourism: 'as against', points, the month a year back": (
        "Hotel occupancy was 71.4% in August as against 64.0% last August, a rise of 9.4 "
        "points.",
        "Hotel occupancy was 71.4% in August as against 64.0% last August, a rise of 7.4 "
        "points.",
    ),
    "business: the new level's period and a verb before 'up from'": (
        "Revenue of $812 million for the quarter was up from $744 million a year earlier, "
        "an increase of 12%.",
        "Revenue of $812 million for the quarter was up from $744 million a year earlier, "
        "an increase of 9.1%.",
    ),
    "sport: the old level named by its season's owner": (
        "The club drew an average of 18,240 this season against last season's 20,100, a "
        "fall of 12%.",
        "The club drew an average of 18,240 this season against last season's 20,100, a "
        "fall of 9.3%.",
    ),
    "markets: an adverb before 'up from', a weekday": (
        "The index closed the week at 7,412 points, comfortably up from 7,090 points on "
        "Friday, a gain of 6%.",
        "The index closed the week at 7,412 points, comfortably up from 7,090 points on "
        "Friday, a gain of 4.5%.",
    ),
    "environment: five words before 'compared with'": (
        "Reservoirs held 61% of capacity on Monday compared with 78% a month earlier, a "
        "fall of 12 points.",
        "Reservoirs held 61% of capacity on Monday compared with 78% a month earlier, a "
        "fall of 17 points.",
    ),
    # written after the first gate run: the direction told after the step
    "retail: 'a N% rise' after the old level's year": (
        "Like-for-like sales of £2.31 billion were up from £2.05 billion in 2023, a 9% rise.",
        "Like-for-like sales of £2.31 billion were up from £2.05 billion in 2023, a 12.7% "
        "rise.",
    ),
    "water: 'N% lower' after a long clause before 'against'": (
        "Daily use across the supply area averaged 142 litres a head this summer against "
        "158 litres last summer, 6% lower.",
        "Daily use across the supply area averaged 142 litres a head this summer against "
        "158 litres last summer, 10.1% lower.",
    ),
    "aviation: 'a N% fall' after a verb before 'down from'": (
        "Flights handled in October totalled 18,400, which was down from 21,000 a year "
        "earlier, a 9% fall.",
        "Flights handled in October totalled 18,400, which was down from 21,000 a year "
        "earlier, a 12.4% fall.",
    ),
}

# scored only at the end, never read while tuning
ASIDE = {
    "shipping: 'well down from' a year before": (
        "Container volumes at the port totalled 1.34 million in the first half, well down "
        "from 1.52 million a year before, a fall of 9%.",
        "Container volumes at the port totalled 1.34 million in the first half, well down "
        "from 1.52 million a year before, a fall of 11.8%.",
    ),
    "public finance: a present verb before 'down from'": (
        "The council's deficit of £18.6m this year is down from £22.4m last year, a fall "
        "of 21%.",
        "The council's deficit of £18.6m this year is down from £22.4m last year, a fall "
        "of 17%.",
    ),
    "health: 'as against' the previous year": (
        "Measles cases reached 1,460 in the year to June as against 1,090 in the previous "
        "year, a rise of 27%.",
        "Measles cases reached 1,460 in the year to June as against 1,090 in the previous "
        "year, a rise of 34%.",
    ),
}

# consistent copy that must stay silent
LOOK_ALIKES = [
    # the step names a base of its own after it
    "Prices averaged £312,000 in March against £298,000 in February, up 6% on a year "
    "earlier.",
    "Leeds recorded 4,100 burglaries this year against 3,800 last year, up 12% than "
    "the decade before.",
    # two places, no time on the old level's side: the step is the second one's
    "The north region sold 12,400 units this year versus 9,800 for the south, up 8%.",
    "Sales in Europe were €2.1bn against €1.8bn in Asia, up 12%.",
    # another clause after the old level
    "Revenue was $812 million against $744 million a year earlier, while costs were up "
    "15%.",
    # no direction in the words after the old level
    "The plant made 41,000 cars this year against 38,000 last year, a share of 9% of "
    "national output.",
    # the word after the step gives no direction, or a base of its own
    "Members numbered 8,400 this year against 8,100 last year, a 12% share of the trade.",
    "Output totalled 142 tonnes this summer against 158 tonnes last summer, 6% lower than "
    "in 2019.",
    # levels of two units
    "The tanker carried 41,000 tonnes this year against 38,000 barrels last year, up 8%.",
    # the step is the old level's own move, told in its own clause
    "Exports reached $4.1 billion this year, having fallen from $3.6 billion last year by "
    "a further 4% in the spring.",
    # a figure inside the old level's clause
    "Arrivals hit 9,200 in June against 8,100 at 14 ports last June, up 3%.",
    # the direction of the link and the step disagree: read by neither
    "Turnout of 51.2% was up from 58.9% at the last election, a drop of 3 points.",
]

# whole consistent articles
ARTICLES = [
    "Turnout in the Halstow by-election, at 41.5%, was down from 52.3% at the general "
    "election, a drop of 10.8 points. The winning candidate took 9,120 votes.\n\n"
    "Spending on the campaign totalled £84,000 this time against £70,000 at the last "
    "contest, a rise of 20%.",
    "Port Ardel handled 2.64 million tonnes of cargo in the first half, comfortably up "
    "from 2.4 million tonnes a year before, an increase of 10%. The port employs 1,150 "
    "people, against 1,100 last year, and plans to hire 60 more.",
]
