"""Own copy of wave 34 round 2 (step34): a step of another period or thing stated in
the same sentence as a level pair. Written before the reader was built.

``UNTIED``: a change told of another period ("after a 20% fall the year before",
"having dropped 12% in 2024", "since a 15% slump in 2021") set beside this period's
levels; it is no step of them and must stay silent (each is wrong against the levels, so
a checker that ties it to them fires). ``STILL_TIED``: look-alikes that are real
contradictions the copy carries: the step is the levels' own ("rose 20% to £54m from
£50m last year", "after a 20% rise, revenue reached £54m, up from £50m") and must still
be caught. ``ASIDE_*``: written with the rest, scored once at the end."""

from __future__ import annotations

# desk: realisation -> sentence (silent)
UNTIED = {
    "business: 'after a N% fall the year before'":
        "Revenue rose 8% to £54m from £50m, after a 20% fall the year before.",
    "retail: 'having dropped N% in <year>'":
        "Sales climbed to $6.3bn from $6bn this year, having dropped 12% in 2024.",
    "transport: 'its first rise since a N% slump in <year>'":
        "Passenger numbers rose to 1.2 million from 1.1 million, its first rise since a 15% "
        "slump in 2021.",
    "education: 'following a N% drop in <year>'":
        "Enrolment fell to 1,840 from 1,900 in 2025, following a 9% drop in 2024.",
    "sport: 'after falling N% the previous season'":
        "Average attendance rose to 31,000 from 29,500, after falling 18% the previous "
        "season.",
    "crime: 'after rising N% in <year>'":
        "Recorded burglaries fell to 4,100 from 4,400 last year, after rising 25% in 2023.",
    "property: 'the slowest pace since a N% surge in <year>'":
        "Rents rose 4% to £1,300 from £1,250, the slowest pace since a 12% surge in 2022.",
    "farming: 'after a N% collapse a year earlier'":
        "The wheat harvest rose to 14m tonnes from 13m tonnes, after a 30% collapse a year "
        "earlier.",
    "banking: 'having fallen N% in <year>' after the levels":
        "Pre-tax profit rose to £12m from £10m, having fallen 35% in 2023.",
    "health: 'while costs climbed N%' (a subject of its own)":
        "Waiting lists grew to 7,600 from 7,400, while costs climbed 30%.",
    "energy: 'compared with a N% rise at its rival' (a thing of its own)":
        "Output reached 410,000 barrels, up from 400,000, compared with a 3% rise at its "
        "rival.",
    "tourism: 'a year after a N% plunge'":
        "Visitor numbers rose to 820,000 from 800,000, a year after a 40% plunge.",
    "politics: 'after a N-point fall at the last election'":
        "Turnout rose to 64% from 61%, after a 7-point fall at the last election.",
}

# desk: look-alike -> sentence (a real contradiction: must fire)
STILL_TIED = {
    "business: the step's period is the levels' ('from £50m last year')":
        "Revenue rose 20% to £54m from £50m last year.",
    "retail: a year after the levels, the step bound before them":
        "Sales fell 20% to £40m from £45m in 2025.",
    "business: 'a N% rise on the year before' (the old level's period)":
        "Sales rose to £54m from £50m, a 20% rise on the year before.",
    "business: 'after a N% rise' fronted, the levels its own":
        "After a 20% rise, revenue reached £54m, up from £50m.",
    "transport: 'an increase of N%' after years of both levels":
        "Passenger numbers rose to 1.2 million in 2025 from 1.1 million in 2024, an "
        "increase of 25%.",
    "banking: a year on the step, the levels after it":
        "Profit rose 35% in 2025 to £12m from £10m.",
    "sport: 'a rise of N% on the season'":
        "Average attendance rose to 31,000 from 29,500, a rise of 18% on the season.",
}

ASIDE_UNTIED = {
    "water: 'after a N% jump in <year>'":
        "Bills rose to £480 from £470 this April, after a 21% jump in 2025.",
    "steel: 'its first gain since falling N% in <year>'":
        "Output rose to 7.2m tonnes from 7m tonnes, its first gain since falling 19% in "
        "2020.",
    "charity: 'having slumped N% the year before'":
        "Donations rose to £3.1m from £3m, having slumped 28% the year before.",
}

ASIDE_STILL_TIED = {
    "water: the step's year the levels'":
        "Bills rose 12% in 2026 to £480 from £470.",
    "charity: 'a N% rise on the previous year'":
        "Donations rose to £3.1m from £3m, a 28% rise on the previous year.",
}
