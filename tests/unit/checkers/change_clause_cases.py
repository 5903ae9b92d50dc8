"""Own copy of wave 32 (pc32): a change whose first level's clause runs on before the
comparison. Between the level and "up N% from" stand an aside set off by commas and
opened by a determiner ("the highest since 2008", "a record for the month", "the best in
a decade and") or a figure of the level's own clause (a period it was counted over, a
place count, a span in the aside). Cases are (wrong, right); the look-alikes are
consistent copy a careless reading would tie to the wrong level."""

from __future__ import annotations

# realisation -> (wrong, right); tuned on
CHANGES = {
    "business: superlative aside with a year": (
        "Exports rose to $6.3 billion in October, the highest since 2008, up 12% from "
        "$4.5 billion a year earlier.",
        "Exports rose to $6.3 billion in October, the highest since 2008, up 40% from "
        "$4.5 billion a year earlier.",
    ),
    "transport: aside naming a record": (
        "Passenger numbers at the airport reached 2.46 million in August, a record for "
        "the month, up 31% on 2.05 million last year.",
        "Passenger numbers at the airport reached 2.46 million in August, a record for "
        "the month, up 20% on 2.05 million last year.",
    ),
    "health: the period counted over is a figure": (
        "The trust saw 12,600 patients in the four weeks to Sunday, up 15% from 12,000.",
        "The trust saw 12,600 patients in the four weeks to Sunday, up 5% from 12,000.",
    ),
    "sport: aside joined to the step by 'and', a span inside it": (
        "Attendance averaged 31,200, the best in a decade and up 14% on last season's "
        "30,000.",
        "Attendance averaged 31,200, the best in a decade and up 4% on last season's "
        "30,000.",
    ),
    "education: aside of a superlative with a possessive": (
        "The university admitted 4,620 students this autumn, the most in its history, up "
        "20% from 4,200.",
        "The university admitted 4,620 students this autumn, the most in its history, up "
        "10% from 4,200.",
    ),
    "politics: aside opened by a possessive, old level at an election": (
        "The party won 1.32 million votes, its best result since 1997, up 22% from 1.2 "
        "million at the last election.",
        "The party won 1.32 million votes, its best result since 1997, up 10% from 1.2 "
        "million at the last election.",
    ),
    "labour: aside of a period's high, a fall": (
        "Claims fell to 41,400 in the week to Saturday, the lowest this year, down 18% "
        "from 46,000.",
        "Claims fell to 41,400 in the week to Saturday, the lowest this year, down 10% "
        "from 46,000.",
    ),
    "farming: a span inside the aside": (
        "Farmers harvested 2.46 million tonnes of wheat, the largest crop in 20 years, up "
        "32% from 2.05 million tonnes.",
        "Farmers harvested 2.46 million tonnes of wheat, the largest crop in 20 years, up "
        "20% from 2.05 million tonnes.",
    ),
    "housing: aside of a new high, 'a rise of' on the old level": (
        "The average home sold for £312,000 in March, a new high, a rise of 14% on "
        "£300,000 a year before.",
        "The average home sold for £312,000 in March, a new high, a rise of 4% on "
        "£300,000 a year before.",
    ),
    "tourism: a span the level was counted over": (
        "Hotels filled 84,000 rooms over the five days of the festival, up 12% from "
        "70,000.",
        "Hotels filled 84,000 rooms over the five days of the festival, up 20% from "
        "70,000.",
    ),
    "crime: the period counted over, a fall 'on' the old level": (
        "Police recorded 2,610 burglaries in the six months to June, down 23% on 2,900.",
        "Police recorded 2,610 burglaries in the six months to June, down 10% on 2,900.",
    ),
    "energy: aside with a superlative, money per unit": (
        "Wholesale gas closed at 118.4p a therm, its highest since March, up 8% from "
        "103p.",
        "Wholesale gas closed at 118.4p a therm, its highest since March, up 15% from "
        "103p.",
    ),
}

# kept aside while tuning, scored only at the end
ASIDE = {
    "energy: bills, the lowest in a span, a fall": (
        "Household bills averaged £1,560 in the winter quarter, the lowest in three "
        "years, down 12% from £1,950.",
        "Household bills averaged £1,560 in the winter quarter, the lowest in three "
        "years, down 20% from £1,950.",
    ),
    "transport: an aside with a possessive, 'on' a year ago": (
        "Cyclists made 1.15 million trips on the scheme in July, its busiest month yet, "
        "up 25% on 1 million a year ago.",
        "Cyclists made 1.15 million trips on the scheme in July, its busiest month yet, "
        "up 15% on 1 million a year ago.",
    ),
    "health: a weekend counted over": (
        "Ambulance crews answered 8,840 calls over the three days of the holiday, up 18% "
        "from 8,000.",
        "Ambulance crews answered 8,840 calls over the three days of the holiday, up "
        "10.5% from 8,000.",
    ),
}

# consistent copy: the step belongs to a figure of the aside or to another subject
LOOK_ALIKES = [
    # the step is the sites' (40 to 44), not the staff's
    "The firm employed 5,120 people at 44 sites, up 10% from 40.",
    # the step is the towns' (10 to 12)
    "The charity served 6,130 meals in 12 towns, up 20% from 10 towns.",
    # a figure of the aside is the step's level (2,000 to 3,000)
    "Sales reached 5,130 units, 3,000 of them abroad, up 50% from 2,000.",
    # another subject's clause after the aside
    "Revenue was $5.13 billion, the highest since 2008, while profit rose 12% from "
    "$1.25 billion to $1.4 billion.",
    # the aside holds the flights a day, and the step is theirs (750 to 900)
    "The airport handled 2.41 million passengers in August, with 900 flights a day, up "
    "20% from 750.",
    # percentage points on a share, an aside between
    "Turnout reached 64.2%, the highest since 1992, up 5.1 points from 59.1%.",
    # a step with no old level, after an aside
    "The index closed at 7,561, its highest in a month, up 0.8% on the day.",
    # a rate per month after the level, an aside, the step right
    "Rents averaged £1,262 a month, the most on record, up 5% from £1,202.",
    # a span in the clause, and the step compares two spans (8 to 10 weeks)
    "Patients waited 10 weeks on average, up 25% from 8 weeks, for 3,420 operations.",
    # the step is the margin's (an aside with a figure of the level's kind)
    "The party won 1.32 million votes, a margin of 210,000 over its rival, up 5% from "
    "200,000 at the last election.",
]

# consistent copy another route already raised at the wave's start (not this class's
# reading: the clause reader refuses both); kept as known alarms for the next attempt
LOUD_AT_START = [
    # "and imports were up": another subject, paired by a route outside find_levels
    "Exports rose to $6.31 billion, the highest since 2008, and imports were up 20% "
    "from $5.05 billion.",
    # the aside's figure of the level's kind is taken as the new level
    "The club sold 30,400 season tickets, a third of its 91,000 members, up 1.3% from "
    "30,000.",
]

# whole consistent articles: every clause-runs-on change agrees with its levels
ARTICLES = [
    "Exports rose to $6.3 billion in October, the highest since 2008, up 40% from $4.5 "
    "billion a year earlier, the statistics office said on Tuesday. Imports were $5.9 "
    "billion, the office said.\n\nShipments of machinery, the largest category, made up "
    "$2.1 billion of the total. The trade surplus widened to $400 million.",
    "The trust saw 12,600 patients in the four weeks to Sunday, up 5% from 12,000, with "
    "3,100 of them admitted. Its emergency department, the busiest in the region, "
    "treated 4,410 children, up 5% from 4,200.\n\nWaits averaged 3.2 hours over the "
    "month, the longest since 2019.",
]
