"""Own copy for NC301 on a week or month gone by (wave 32, noise32).

Every text is checked in a paper of Friday 13 March 2026; a start sentence comes first.
``TUNED`` and ``ASIDE`` are consistent copy: a period one short of the running one,
told as a period ("in/during/over its first week") in a past-tense sentence: the last
whole period, over. NC301 must not fire. ``ASIDE`` was written with ``TUNED`` and
scored only at the end. ``STILL`` are wrong counts NC301 must still report (the period's
onset, a present-tense sentence, a weekday named, a count two long). ``SILENT`` are
look-alikes silent before and after.
"""

from __future__ import annotations

# the strike began on Monday 2 March: Friday 13 March is day 12, in its second week
STRIKE = "The strike began on March 2. "
# the occupation began on 1 December: Friday 13 March is in its fourth month
PORT = "The occupation of the port, which began on Dec. 1, "

TUNED = {
    "labour: flights cancelled in the first week": (
        STRIKE + "In the first week of the strike, 40 flights were cancelled."),
    "courts: witnesses heard during the first week": (
        "The trial opened on March 2. During its first week the jury heard from 12 "
        "witnesses."),
    "health: a campaign's first week": (
        "The vaccination drive began on March 2. Clinics vaccinated 3,000 people in the "
        "first week of the campaign."),
    "disasters: rescuers in the first week": (
        "The rescue began on March 2. Rescuers pulled 14 people from the rubble over the "
        "first week."),
    "business: units sold in the first week": (
        "The phone went on sale on March 2. The company sold 9,000 units in its first week."),
    "transport: traffic during the first week of a closure": (
        "The bridge closure began on March 2. During the first week of the closure, traffic "
        "on the bypass doubled."),
    "politics: doors knocked in the first week": (
        "The campaign began on March 2. Canvassers knocked on 20,000 doors in the first week."),
    "culture: visitors in the first week": (
        "The exhibition opened on March 2. It drew 15,000 visitors in its first week."),
    "conflict: the third month of an occupation": (
        PORT + "stopped aid convoys in its third month."),
    "education: attendance in the first week of a walkout": (
        "The walkout began on March 2. Attendance fell to 80% in the first week of the "
        "walkout."),
}

ASIDE = {
    "sport: matches in the first week of a tournament": (
        "The tournament began on March 2. The team lost two matches in its first week."),
    "energy: exports over the third month": (
        PORT + "halved exports over its third month."),
    "environment: a spill's first week": (
        "The spill began on March 2. Crews collected 300 tonnes of oil during the first "
        "week."),
}

STILL = {
    "the period's onset, past tense": (
        STRIKE + "The strike entered its first week on a note of defiance."),
    "a present-tense sentence": STRIKE + "The strike is now in its first week.",
    "a weekday named": STRIKE + "On Friday, in the first week of the strike, talks failed.",
    "a count one long": STRIKE + "In the third week of the strike, 40 flights were cancelled.",
    "a month one long": PORT + "is in its fifth month.",
    "a month one short told now": PORT + "is in its third month.",
}

SILENT = {
    "the running week": STRIKE + "In its second week, the strike has closed 12 depots.",
    "a day two short in the past": STRIKE + "On the third day of the strike, talks collapsed.",
    "a series of weeks": (
        STRIKE + "Some 150 flights were cancelled in its first week and 90 in its second."),
}
