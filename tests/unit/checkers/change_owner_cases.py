"""Own copy of wave 32 (pc32), second class: an old level named by its owner's possessive
("12% above the government's forecast of", "the mine's previous record of"). The
possessive is read as one modifier of the reference noun, like "the pre-pandemic level
of". Cases are (wrong, right)."""

from __future__ import annotations

# realisation -> (wrong, right); tuned on
CHANGES = {
    "public finance: a comparative, a forecast owned by the government": (
        "Borrowing reached £14.6 billion in May, 12% above the government's forecast of "
        "£12.3 billion.",
        "Borrowing reached £14.6 billion in May, 18.7% above the government's forecast of "
        "£12.3 billion.",
    ),
    "economy: points below a bank's forecast, two words of owner": (
        "Inflation hit 4.6% in June, 0.8 points below the central bank's forecast of 5.1%.",
        "Inflation hit 4.6% in June, 0.5 points below the central bank's forecast of 5.1%.",
    ),
    "markets: a fund's total under a previous manager": (
        "The fund returned $4.68 billion, up 9% from the previous manager's total of $4.12 "
        "billion.",
        "The fund returned $4.68 billion, up 13.6% from the previous manager's total of "
        "$4.12 billion.",
    ),
    "mining: a record owned by the mine, a modifier after the owner": (
        "Output reached 4,680 tonnes, 9% more than the mine's previous record of 4,120 "
        "tonnes.",
        "Output reached 4,680 tonnes, 13.6% more than the mine's previous record of 4,120 "
        "tonnes.",
    ),
    "sport: a club's average, a fall": (
        "The crowd was 21,300, 22% below the club's average of 25,000.",
        "The crowd was 21,300, 14.8% below the club's average of 25,000.",
    ),
    "health: a target owned by the health service": (
        "Waits averaged 5.9 hours, 31% longer than the service's target of 4 hours.",
        "Waits averaged 5.9 hours, 47.5% longer than the service's target of 4 hours.",
    ),
    "transport: the operator's estimate, up 'on'": (
        "Riders numbered 58,400 a day, up 4% on the operator's estimate of 52,000.",
        "Riders numbered 58,400 a day, up 12.3% on the operator's estimate of 52,000.",
    ),
    "housing: the agency's figure, a possessive of a plural owner": (
        "Completions reached 14,200, 5% below the builders' target of 16,000.",
        "Completions reached 14,200, 11.25% below the builders' target of 16,000.",
    ),
}

ASIDE = {
    "agriculture: the ministry's estimate": (
        "The harvest came in at 6.12 million tonnes, 20% above the ministry's estimate "
        "of 5.4 million tonnes.",
        "The harvest came in at 6.12 million tonnes, 13.3% above the ministry's estimate "
        "of 5.4 million tonnes.",
    ),
    "elections: the party's previous high": (
        "The party took 38.4% of the vote, 6 points more than its leader's best of 35.1%.",
        "The party took 38.4% of the vote, 3.3 points more than its leader's best of 35.1%.",
    ),
}

# consistent copy with a possessive near a change
LOOK_ALIKES = [
    "Borrowing reached £14.6 billion in May, 18.7% above the government's forecast of "
    "£12.3 billion, the statistics office said.",
    # the possessive owns a figure of another kind after the step
    "Shares rose 3% to 468p, still below the bank's target of 520p.",
    # the comparison names no reference noun: another clause
    "Sales were 5,130, up 12% on last year and ahead of the firm's forecast of 5,000.",
    "Revenue hit $4.7 billion, up 12%, beating the analysts' consensus of $4.5 billion.",
    # the possessive owns the new level: the share is of the whole, not a change
    "The region's output of 4,120 tonnes was 9% of the country's total of 45,800 tonnes.",
    "Turnout was 64.2%, up from the council's figure of 59.1% at the last election.",
]
