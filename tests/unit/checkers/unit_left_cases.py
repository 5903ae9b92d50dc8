"""Cases of a list whose later items leave the first item's unit out but keep what they
are of ("1,200 tonnes of aid: 700 tonnes of food, 300 of medicine and 250 of kits":
numcheck/checkers/_sum_clauses.py ``unit_left``), in words of their own across desks:
realisation -> (wrong, right); look-alikes that must stay silent. ``ASIDE`` was written
with the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

# realisation -> (wrong: the total one slip from the list's sum, right: it adds up)
TUNED: dict[str, tuple[str, str]] = {
    "aid: tonnes by cargo, colon": (
        "The convoy carried 1,200 tonnes of aid: 700 tonnes of food, 300 of medicine and "
        "250 of shelter kits.",
        "The convoy carried 1,250 tonnes of aid: 700 tonnes of food, 300 of medicine and "
        "250 of shelter kits.",
    ),
    "farming: hectares by crop": (
        "The estate farms 850 hectares: 420 hectares of wheat, 260 of barley and 180 of "
        "pasture.",
        "The estate farms 860 hectares: 420 hectares of wheat, 260 of barley and 180 of "
        "pasture.",
    ),
    "fishing: landings by species": (
        "The fleet landed 3,400 tonnes of fish last year: 1,900 tonnes of cod, 900 of "
        "haddock and 500 of plaice.",
        "The fleet landed 3,300 tonnes of fish last year: 1,900 tonnes of cod, 900 of "
        "haddock and 500 of plaice.",
    ),
    "transport: kilometres by road class, a name after of": (
        "The new route runs 212 km: 140 km of motorway, 51 of A-roads and 31 of country "
        "lanes.",
        "The new route runs 222 km: 140 km of motorway, 51 of A-roads and 31 of country "
        "lanes.",
    ),
    "energy: gigawatt hours by source": (
        "The island generated 9,400 MWh in June: 5,100 MWh of wind, 3,200 of solar and "
        "1,300 of hydro power.",
        "The island generated 9,600 MWh in June: 5,100 MWh of wind, 3,200 of solar and "
        "1,300 of hydro power.",
    ),
    "construction: floor space by use": (
        "The scheme provides 4,500 square metres of floor space: 2,800 square metres of "
        "offices, 1,100 of shops and 700 of flats.",
        "The scheme provides 4,600 square metres of floor space: 2,800 square metres of "
        "offices, 1,100 of shops and 700 of flats.",
    ),
    "trade: barrels by grade, two items": (
        "The terminal shipped 640,000 barrels on Monday: 410,000 barrels of crude and "
        "250,000 of diesel.",
        "The terminal shipped 660,000 barrels on Monday: 410,000 barrels of crude and "
        "250,000 of diesel.",
    ),
    "environment: litres spilled by substance": (
        "Investigators say 18,000 litres leaked: 12,000 litres of slurry, 4,000 of "
        "diesel and 3,000 of milk.",
        "Investigators say 18,000 litres leaked: 12,000 litres of slurry, 4,000 of "
        "diesel and 2,000 of milk.",
    ),
}

ASIDE: dict[str, tuple[str, str]] = {
    "forestry: hectares by tree": (
        "Volunteers planted 65 hectares this winter: 40 hectares of oak, 15 of birch and "
        "12 of hazel.",
        "Volunteers planted 67 hectares this winter: 40 hectares of oak, 15 of birch and "
        "12 of hazel.",
    ),
    "recycling: tonnes by material": (
        "The depot handled 2,600 tonnes in May: 1,400 tonnes of paper, 800 of glass and "
        "300 of metal.",
        "The depot handled 2,500 tonnes in May: 1,400 tonnes of paper, 800 of glass and "
        "300 of metal.",
    ),
}

# consistent copy with a count after "of" beside a measure that is no left-out unit
LOOK_ALIKES: dict[str, str] = {
    "a pointer into the list": "The convoy carried 1,200 tonnes of aid: 700 tonnes of "
    "food, 300 of them set aside for children.",
    "a part of another count after the list": "The convoy carried 1,200 tonnes of aid: "
    "700 tonnes of food and 500 of medicine, and 90 of the lorries were turned back.",
    "a count of people beside a measure": "The fleet of 40 lorries carried 1,200 tonnes of "
    "aid, 700 tonnes of food, and 30 of the drivers were volunteers.",
    "adds up": "The convoy carried 1,200 tonnes of aid: 700 tonnes of food, 300 of "
    "medicine and 200 of shelter kits.",
    "a count of another thing, no list": "The ship carried 700 tonnes of grain and 30 of "
    "its crew were from Manila.",
    "a partitive after a money list": "The fund paid £4.2 million: £2.1 million to "
    "schools and £2.1 million to clinics, 12 of which are new.",
    "years of service": "The 40 km line took 12 years to build: 30 km of track in the "
    "first phase and 10 of tunnel in the second.",
    "a share after the list": "The farm covers 850 hectares, 420 hectares of wheat and "
    "half of the rest in barley.",
}
