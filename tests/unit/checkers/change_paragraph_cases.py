"""Own copy of wave 29 round 2 (pc29b): a change whose other level closes the paragraph
before, as wire copy writes it (one sentence to a paragraph). The reading that ties them
across the break is held (docs/maintainers/phrasings-relations.md §51.7); the look-alikes
and the article are asserted silent in test_checkers_change_paragraphs.py, a guard for the
next attempt."""

from __future__ import annotations

# realisation -> (wrong, right); tuned on
CHANGES = {
    "elections: same subject, the old level after 'from', the drop after it": (
        "Turnout was 41.5% on Thursday.\n\nTurnout fell from 58.0% at the last council "
        "election, a drop of 6.5 points.",
        "Turnout was 41.5% on Thursday.\n\nTurnout fell from 58.0% at the last council "
        "election, a drop of 16.5 points.",
    ),
    "health: same subject, 'since YEAR, when it stood at'": (
        "Uptake of the MMR jab in the borough is 81.3%.\n\nUptake has fallen by 9 points "
        "since 2019, when it stood at 87.3%.",
        "Uptake of the MMR jab in the borough is 81.3%.\n\nUptake has fallen by 6 points "
        "since 2019, when it stood at 87.3%.",
    ),
    "business: same subject, 'rose P% from B a year earlier'": (
        "Revenue was €412 million in the quarter.\n\nRevenue rose 20% from €380 million "
        "a year earlier.",
        "Revenue was €412 million in the quarter.\n\nRevenue rose 8% from €380 million "
        "a year earlier.",
    ),
    "labour: same subject, present tense level": (
        "Membership stands at 48,200.\n\nMembership has climbed 15% from 44,100 in 2022.",
        "Membership stands at 48,200.\n\nMembership has climbed 9% from 44,100 in 2022.",
    ),
    "business: 'That was up P% from B' opening the next paragraph": (
        "The firm made a profit of $45.2 million.\n\nThat was up 25% from $40.1 million.",
        "The firm made a profit of $45.2 million.\n\nThat was up 12.7% from $40.1 million.",
    ),
    "local: 'That was up P% from B' after a sum collected": (
        "The council collected £3.4 million in parking fines.\n\nThat was up 40% from "
        "£2.8 million.",
        "The council collected £3.4 million in parking fines.\n\nThat was up 21% from "
        "£2.8 million.",
    ),
}

# kept aside while tuning, scored only at the end
ASIDE = {
    "crime: same subject, 'fell P% from B in YEAR'": (
        "Burglaries numbered 3,120 last year.\n\nBurglaries fell 30% from 3,900 in 2023.",
        "Burglaries numbered 3,120 last year.\n\nBurglaries fell 20% from 3,900 in 2023.",
    ),
    "transport: 'The figure was down P% from B'": (
        "Passengers on the ferry numbered 1.12 million last year.\n\nThe figure was down "
        "20% from 1.31 million in 2024.",
        "Passengers on the ferry numbered 1.12 million last year.\n\nThe figure was down "
        "14.5% from 1.31 million in 2024.",
    ),
}

# the time just before ties a change to its old level only inside one paragraph: read
# across a break, that route raised a false alarm on the gates (wave 29, round 2)
TIME_TIED = {
    "business: 'rose P% to A', then 'A year earlier it was B'": (
        "Net profit rose 12% to EUR 460 million.\n\nA year earlier it was EUR 380 million.",
        "Net profit rose 21% to EUR 460 million.\n\nA year earlier it was EUR 380 million.",
    ),
    "energy: 'climbed P% to A', then the month before": (
        "Output climbed 30% to 1.8 million barrels a day in June.\n\nA year earlier it "
        "was 1.6 million barrels a day.",
        "Output climbed 12.5% to 1.8 million barrels a day in June.\n\nA year earlier it "
        "was 1.6 million barrels a day.",
    ),
    "trade: the old year first, the change and its new level after": (
        "In 2023 the brewer sold 1.2 million hectolitres.\n\nVolumes climbed 4% to 1.4 "
        "million hectolitres in 2024.",
        "In 2023 the brewer sold 1.2 million hectolitres.\n\nVolumes climbed 17% to 1.4 "
        "million hectolitres in 2024.",
    ),
    "education: 'rose P% to A', then 'Last year it was B'": (
        "Enrolment rose 20% to 1,240 pupils this term.\n\nLast year it was 1,150 pupils.",
        "Enrolment rose 7.8% to 1,240 pupils this term.\n\nLast year it was 1,150 pupils.",
    ),
}

# consistent copy a carried reading could confuse: another item, another place, a
# paragraph that does not open with the change, two figures the pointer could mean
LOOK_ALIKES = [
    "Revenue was €412 million in the quarter.\n\nRevenue at the Asian unit rose 20% from "
    "€150 million a year earlier.",
    "Sales in Britain were £2.1 billion last year.\n\nSales in Germany fell 10% from £1.5 "
    "billion in 2024.",
    "Turnout was 38.2% in the ward.\n\nTurnout across the county fell from 44.1% in 2024, "
    "a drop of 2 points.",
    "Turnout was 38.2% on Thursday.\n\nThe Green vote fell from 40.1% in 2024, a drop of "
    "10 points.",
    "The firm made $45.2 million on sales of $400 million.\n\nThat was up 25% from $40.1 "
    "million.",
    "Profit was $45.2 million.\n\nCosts climbed. That was up 25% from $40.1 million.",
    "Turnout was 41.5% on Thursday.\n\nThe count ran past dawn.\n\nTurnout fell from 58.0% "
    "at the last council election, a drop of 16.5 points.",
]

ARTICLE = (
    "Greens take Marlow West with a 1,204 majority\n\n"
    "The Green Party won the Marlow West by-election on Friday with 9,812 votes.\n\n"
    "Turnout was 36.4%, with 21,530 ballots cast.\n\n"
    "Turnout fell from 61.0% at the general election, a drop of 24.6 points.\n\n"
    "The Conservatives polled 8,608 votes.\n\n"
    "That was down 18% from 10,500 at the general election.\n\n"
    "Labour's share rose 3 points to 19%.\n\nA year earlier it was 16%."
)
