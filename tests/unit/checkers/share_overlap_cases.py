"""Own copy for NC205 on shares of one group that each answer their own question (wave
31, noise31). ``TUNED`` and ``ASIDE`` are consistent copy that adds past 100% because a
member may be counted by more than one share; NC205 must not fire. ``ASIDE`` was written
with ``TUNED`` and scored only at the end. ``STILL`` are wrong copy: shares that split
one whole and add past 100%, which NC205 must still report. ``ARTICLES`` are whole
consistent articles that must raise no NC205.
"""

from __future__ import annotations

TUNED = {
    "transport: a survey's modes, one verb each": (
        "In the survey, 64% of respondents said they used buses and 58% said they used trains."),
    "education: two subjects passed": (
        "About 80% of pupils passed maths and 75% passed English."),
    "health: two vaccines taken": (
        "Among care home staff, 91% have had a flu jab and 73% have had a Covid booster."),
    "tech: two apps used": (
        "Of the 2,000 adults polled, 68% use WhatsApp daily and 54% use Facebook daily."),
    "culture: two kinds of venue visited": (
        "Last year 62% of residents visited a museum and 57% visited a theatre."),
    "retail: two payment methods": (
        "The survey found that 71% of shoppers paid by card and 44% paid by phone at least once."),
    "politics: two issues named": (
        "Asked what mattered most, 58% of voters mentioned the NHS and 49% mentioned the economy."),
    "sport: two events entered": (
        "Of the club's 300 runners, 70% entered the 10k and 45% entered the half marathon."),
    "farming: two crops grown": (
        "Across the county, 66% of farms grow wheat and 52% grow barley."),
    "a sentence that says answers may be given more than once": (
        "Respondents could pick more than one option: 62% chose price, 51% quality and 20% "
        "service."),
}

ASIDE = {
    "housing: two features": (
        "Of the homes sold, 83% had a garden and 38% had a garage."),
    "environment: two habits": (
        "The study found 77% of households recycle glass and 69% recycle food waste."),
    "work: two benefits offered": (
        "Of the firms surveyed, 64% offer flexible hours and 47% offer a pension top-up."),
}

STILL = {
    "a partition with the verb elided": (
        "The firm said 60% of its sales came from Europe, 35% from Asia and 12% from the US."),
    "one question's answers, the verb repeated": (
        "Asked about the plan, 62% of voters said yes and 48% said no."),
    "for and against, the verb repeated": (
        "In the ballot, 62% of members voted for the deal and 48% voted against it."),
    "categories by a copula": "Some 62% of staff are men and 48% are women.",
    "a preposition, the verb elided": (
        "In the ballot, 48% voted for Hale, 41% for Orr and 17% for the Greens."),
    "a later share that names its whole again": (
        "The ward filled 85% of its beds this winter, while 22% of beds stood empty."),
}

ARTICLES = {
    "a commuter survey": (
        "The council asked 1,500 commuters how they travel. In the survey, 64% of "
        "respondents said they used buses and 58% said they used trains in a typical week. "
        "Only 12% said they cycled."),
}
