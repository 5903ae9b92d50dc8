"""Cases of a figure told of the occasion a day owns ("Friday's count had put her 38 votes
ahead") beside the story's figure on another day ("A full recount on Monday ... by a
majority of 31 votes"): two days' figures, which NC101 read as one figure restated
(numcheck/checkers/restated.py ``_occasions_apart``, _snapshots.py ``owned_days``).

``TUNED``: copy that must carry no NC101, one per realisation, across the desks.
``LOOK_ALIKES``: restatements that must still fire: the day owned is the story's own day,
or the sentence dates the figure with an opener. ``ASIDE`` / ``ASIDE_LOOK_ALIKES`` were
written with the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

TUNED: dict[str, str] = {
    "ele: recount majority, first count lead": (
        "A full recount on Monday confirmed her as the winner by a majority of 31 votes. "
        "Friday's count had put her 38 votes ahead."
    ),
    "ele: council vote, earlier ballot": (
        "The council approved the budget on Thursday by 27 votes to 19. Tuesday's "
        "ballot had gone 22 votes to 24 against it."
    ),
    "spo: final score, semi-final": (
        "The side won the final on Sunday by 14 points. Wednesday's semi-final had been "
        "settled by 3 points."
    ),
    "biz: offer raised": (
        "Sunvane raised its offer to 585p a share on Monday. Friday's approach had "
        "valued the company at 520p a share."
    ),
    "mkt: index close": (
        "The index closed at 6,482 points on Monday, down 3.1%. Friday's close had left "
        "it at 6,690 points."
    ),
    "wx: rainfall": (
        "Forecasters said on Tuesday that 48mm of rain had fallen overnight. Sunday's "
        "storm had brought 31mm of rain."
    ),
    "tra: passengers carried": (
        "The line carried 41,000 passengers on Saturday, the operator said. Thursday's "
        "service had carried 28,000 passengers."
    ),
    "crt: jury verdict": (
        "The jury returned its verdicts on Wednesday after deliberating for 11 hours. "
        "Monday's session had lasted 6 hours."
    ),
    "hea: vaccinations given": (
        "Clinics gave 2,300 doses on Friday, the health board said. Wednesday's clinics "
        "had given 1,700 doses."
    ),
    "lab: turnout at strike ballot": (
        "Turnout in the ballot that closed on Monday was 64%. Thursday's consultative "
        "ballot had a turnout of 51%."
    ),
    "loc: crowd at the fair": (
        "About 9,000 people came to the fair on Sunday, the organisers said. Saturday's "
        "opening drew 6,500 people."
    ),
    "pol: protest march": (
        "Police said 12,000 people marched on Saturday. Wednesday's march drew 4,000 "
        "people."
    ),
}

LOOK_ALIKES: dict[str, str] = {
    "ele: same day owned": (
        "A full recount on Monday confirmed her as the winner by a majority of 31 votes. "
        "Monday's recount had put her 38 votes ahead."
    ),
    "dis: day owned, figure dated by an opener": (
        "The death toll from Sunday's landslide rose to 26 on Wednesday. On Wednesday "
        "evening flags flew at half-mast for the 62 dead."
    ),
    "hea: guests, visit on another day": (
        "Thirty-seven guests at a 186-guest wedding fell ill, officials said on "
        "Tuesday. Inspectors visited the kitchen on Sunday, a day after the 168-guest "
        "reception."
    ),
    "biz: headline and body, no day": (
        "Sunvane raises offer to 585p a share\n\nSunvane raised its offer to 558p a share, "
        "the company said."
    ),
    "spo: final, the final's own day": (
        "The side won Sunday's final by 14 points. The 41-point final was watched by "
        "60,000 people."
    ),
    "pol: march, both days named": (
        "Police said 12,000 people marched on Saturday. On Saturday evening organisers "
        "said the 21,000 marchers had made their point."
    ),
}

ASIDE: dict[str, str] = {
    "edu: exam sittings": (
        "The board said on Friday that 8,400 pupils sat the paper. Tuesday's resit had "
        "been sat by 1,200 pupils."
    ),
    "agr: auction prices": (
        "Lambs fetched an average of 98p a kilo at the mart on Thursday. Monday's sale "
        "had averaged 91p a kilo."
    ),
    "avi: flights cancelled": (
        "The airport cancelled 140 flights on Sunday, it said. Friday's disruption had "
        "grounded 60 flights."
    ),
}

ASIDE_LOOK_ALIKES: dict[str, str] = {
    "edu: the same sitting twice": (
        "The board said on Friday that 8,400 pupils sat the paper. Friday's paper had "
        "been sat by 4,800 pupils."
    ),
    "avi: both dated by openers": (
        "The airport cancelled 140 flights on Sunday. On Sunday night the 410 cancelled "
        "flights were rebooked."
    ),
}
