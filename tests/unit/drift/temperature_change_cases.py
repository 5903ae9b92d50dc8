"""Own copy for a temperature change told in two scales (wave 32, noise32).

Each case is two articles of one story, ``a`` then ``b``. ``TUNED`` and ``ASIDE`` are
consistent: one change in degrees told in Celsius by one source and in Fahrenheit by
the other (a difference converts by 1.8 alone, not with the 32-degree offset); no
drift rule may fire. ``ASIDE`` was written with ``TUNED`` and scored only at the end.
``STILL`` are pairs that must still be reported (a change converted wrongly, two levels
that disagree). ``SILENT`` are look-alikes silent before and after (levels converted
right, a change told in one scale by both).
"""

from __future__ import annotations

TUNED = {
    "climate: a warming since a year": (
        "Average summer temperatures have risen by 1.4C since 1990, the agency said.",
        "Average summer temperatures have risen by 2.5F since 1990, the agency said."),
    "weather: a drop overnight": (
        "Temperatures in the valley fell 10C overnight, the forecaster said.",
        "Temperatures in the valley fell 18F overnight, the forecaster said."),
    "environment: the sea warmed": (
        "The sea around the reef has warmed by 0.5C in a decade, scientists said.",
        "The sea around the reef has warmed by 0.9F in a decade, scientists said."),
    "farming: soil warmed, a rise of": (
        "Researchers recorded a rise of 2C in soil temperature on the farm, the study said.",
        "Researchers recorded a rise of 3.6F in soil temperature on the farm, the study said."),
    "energy: a river heated by the plant": (
        "Water leaving the plant raised river temperatures by 3C, regulators said.",
        "Water leaving the plant raised river temperatures by 5.4F, regulators said."),
    "transport: rails heated": (
        "Rail temperatures climbed 15C during the afternoon, the operator said.",
        "Rail temperatures climbed 27F during the afternoon, the operator said."),
    "health: a fever went up": (
        "The boy's temperature went up by 2C in an hour, the inquest heard.",
        "The boy's temperature went up by 3.6F in an hour, the inquest heard."),
    "sport: the heat at a final rose": (
        "Pitch-side temperatures rose 6C between kick-off and half-time, officials said.",
        "Pitch-side temperatures rose 10.8F between kick-off and half-time, officials said."),
    "science: lake warming, an increase of": (
        "The lake's surface showed an increase of 1.5C since 1980, the survey said.",
        "The lake's surface showed an increase of 2.7F since 1980, the survey said."),
    "business: cooling cut the heat of the servers": (
        "The new cooling cut server-room temperatures by 5C, the company said.",
        "The new cooling cut server-room temperatures by 9F, the company said."),
}

ASIDE = {
    "weather: a cold snap plunged": (
        "Temperatures plunged 12C in six hours as the front arrived, forecasters said.",
        "Temperatures plunged 21.6F in six hours as the front arrived, forecasters said."),
    "environment: glacier meltwater warmed": (
        "Meltwater from the glacier has warmed 0.8C since 2000, the monitors said.",
        "Meltwater from the glacier has warmed 1.4F since 2000, the monitors said."),
    "health: a heatwave raised ward temperatures": (
        "The heatwave raised ward temperatures by 4C, nurses said.",
        "The heatwave raised ward temperatures by 7.2F, nurses said."),
}

STILL = {
    "a change converted with the offset's error left in": (
        "Average summer temperatures have risen by 1.4C since 1990, the agency said.",
        "Average summer temperatures have risen by 4.5F since 1990, the agency said."),
    "a drop told far apart": (
        "Temperatures in the valley fell 12C overnight, the forecaster said.",
        "Temperatures in the valley fell 31F overnight, the forecaster said."),
    "two levels that disagree": (
        "The temperature in the city reached 34C on Tuesday, forecasters said.",
        "The temperature in the city reached 101F on Tuesday, forecasters said."),
}

SILENT = {
    "two levels converted right": (
        "The temperature in the city reached 34C on Tuesday, forecasters said.",
        "The temperature in the city reached 93F on Tuesday, forecasters said."),
    "a change in one scale by both": (
        "Average summer temperatures have risen by 1.4C since 1990, the agency said.",
        "Average summer temperatures have risen by about 1.4C since 1990, the agency said."),
    "a level below freezing in both scales": (
        "The temperature in the town fell to -10C overnight, forecasters said.",
        "The temperature in the town fell to 14F overnight, forecasters said."),
}
