"""Cases of a figure read as a part of a whole that counts another kind of thing (NC201
outside the gold): "The plant employs 6,700 people, 5,800 of them hourly, and built
212,000 trucks last year" -- the trucks continue the sentence's list, but trucks are no
people. The measures lexicon's ``[hypernyms]`` places each counted thing under a kind
(people, vehicle, building, boat, aircraft); a part and its whole of two kinds that meet
nowhere are two figures, never a part over its whole (numcheck/checkers/_part_kinds.py).

``TUNED``: copy that must stay silent (agreeing, a careless reader flags it), one per
realisation, across the desks. ``KIN``: look-alikes the other way, a real part over its
whole counted in one kind ("60 people, 72 of them children") that must still be flagged.
``ASIDE`` / ``ASIDE_KIN`` were written with the rest but kept out of tuning (scored only
at the end)."""

from __future__ import annotations

# realisation -> copy that must carry no NC201
TUNED: dict[str, str] = {
    "lab: workforce, then output in trucks": (
        "The plant employs 6,700 people, 5,800 of them hourly, and built 212,000 trucks "
        "last year, according to the company."
    ),
    "biz: staff, then vans in the fleet": (
        "The courier employs 1,200 people, 900 of them drivers, and runs 4,500 vans "
        "across the region."
    ),
    "tra: passengers, then buses laid on": (
        "The line carries 3,400 passengers a day, 2,100 of them commuters, and the "
        "operator has hired 6,000 buses over the year for replacement services."
    ),
    "dis: residents, then homes destroyed": (
        "The village has 420 residents, 150 of them children, and the flood destroyed "
        "610 homes along the valley."
    ),
    "edu: pupils, then schools": (
        "The trust teaches 9,800 students, 4,000 of them in sixth forms, and runs "
        "12,000 schools' worth of sports fixtures a year."
    ),
    "con: soldiers, then tanks": (
        "The brigade has 2,500 soldiers, 600 of them reservists, and fields 3,100 tanks "
        "and armoured cars."
    ),
    "mar: crew, then yachts": (
        "The regatta drew 300 crew, 120 of them women, and 450 yachts from nine countries."
    ),
    "hea: nurses, then ambulances": (
        "The trust employs 800 nurses, 250 of them agency staff, and dispatched 1,900 "
        "ambulances last month."
    ),
    "tou: visitors, then cars parked": (
        "The festival welcomed 1,500 visitors, 400 of them from abroad, and 2,600 cars "
        "used its fields over the weekend."
    ),
    "avi: passengers, then helicopters": (
        "The base handled 700 passengers, 200 of them oil workers, and 900 helicopters "
        "landed there over the year."
    ),
    "pro: tenants, then homes built": (
        "The association houses 950 tenants, 300 of them pensioners, and has built "
        "1,400 homes since 2010."
    ),
    "fis: crew, then trawlers": (
        "The port supports 260 crew, 90 of them part-time, and 410 trawlers registered "
        "to it."
    ),
}

# look-alike -> copy whose part (one kind with its whole) is more than the whole: NC201
KIN: dict[str, str] = {
    "dis: children of the dead": "The flood killed 60 people, 72 of them children.",
    "con: civilians of the dead": "The strike killed 40 people, 55 of them civilians.",
    "tra: cars of the vehicles": (
        "The pile-up involved 45 vehicles, 51 of them cars, on the northbound carriageway."
    ),
    "lab: nurses of the workers": (
        "The hospital employs 900 workers, 1,100 of them nurses, on its two sites."
    ),
    "fis: trawlers of the boats": "The harbour holds 80 boats, 95 of them trawlers.",
    "pro: homes of the buildings": (
        "The storm damaged 300 buildings, 340 of them homes, in the old town."
    ),
}

ASIDE: dict[str, str] = {
    "agr: farm hands, then trucks": (
        "The cooperative employs 340 people, 210 of them seasonal, and sent 2,700 trucks "
        "of grain to the port this harvest."
    ),
    "edu: teachers, then buses": (
        "The district employs 1,100 teachers, 800 of them full-time, and runs 1,600 buses "
        "on its school routes each week."
    ),
    "mar: passengers, then ferries": (
        "The crossing carried 5,200 passengers, 3,000 of them tourists, and 7,400 ferries "
        "sailed it over the decade."
    ),
}

ASIDE_KIN: dict[str, str] = {
    "con: soldiers of the dead": "The ambush killed 30 people, 34 of them soldiers.",
    "tra: buses of the vehicles": "The depot lost 20 vehicles, 26 of them buses, in the fire.",
}
