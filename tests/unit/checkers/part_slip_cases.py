"""Cases of two parts a partitive ties to the whole their sentence opens with, each told
with a verb of its own ("Of the 52 defendants, 31 were convicted and 24 were acquitted"),
which the readers hold as groups that may overlap (numcheck/checkers/_part_partition.py):
realisation -> (wrong: the two go over the whole by one slip, right: they add up);
look-alikes that must stay silent; whole consistent articles. ``ASIDE`` was written with
the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

# realisation -> (wrong, right)
TUNED: dict[str, tuple[str, str]] = {
    "cou: defendants, convicted and acquitted": (
        "Of the 52 defendants, 31 were convicted and 24 were acquitted.",
        "Of the 52 defendants, 31 were convicted and 21 were acquitted.",
    ),
    "pol: ballots, for and against, thousands": (
        "Of the 4,310 ballots cast, 2,870 were for the motion and 1,540 were against it.",
        "Of the 4,310 ballots cast, 2,870 were for the motion and 1,440 were against it.",
    ),
    "hea: patients, home and kept in": (
        "Of the 86 patients admitted on Saturday, 49 have gone home and 39 are still on "
        "the wards.",
        "Of the 86 patients admitted on Saturday, 49 have gone home and 37 are still on "
        "the wards.",
    ),
    "tra: trains, on time and late": (
        "Of the 146 trains scheduled, 118 were on time and 31 were late, the operator said.",
        "Of the 146 trains scheduled, 118 were on time and 28 were late, the operator said.",
    ),
    "lab: staff balloted, strike and against": (
        "Of the 1,240 staff balloted, 910 have backed a strike and 350 have rejected it.",
        "Of the 1,240 staff balloted, 910 have backed a strike and 330 have rejected it.",
    ),
    "pro: homes built, sold and empty": (
        "Of the 640 homes built on the estate, 410 have been sold and 250 are still empty.",
        "Of the 640 homes built on the estate, 410 have been sold and 230 are still empty.",
    ),
    "dis: climbers, rescued and died": (
        "Of the 73 climbers on the mountain, 58 were brought down safely and 17 were "
        "never found.",
        "Of the 73 climbers on the mountain, 58 were brought down safely and 15 were "
        "never found.",
    ),
    "spo: fixtures, won and lost, a season without draws": (
        "Of the 38 games they played, 21 were won and 18 were lost.",
        "Of the 38 games they played, 21 were won and 17 were lost.",
    ),
    "cri: calls, answered and waiting": (
        "Of the 318 emergency calls received, 204 were answered within a minute and 124 "
        "were held longer.",
        "Of the 318 emergency calls received, 204 were answered within a minute and 114 "
        "were held longer.",
    ),
    "ene: homes, back on and waiting": (
        "Of the 9,600 homes that lost power, 7,300 have had it restored and 2,500 are "
        "still waiting.",
        "Of the 9,600 homes that lost power, 7,300 have had it restored and 2,300 are "
        "still waiting.",
    ),
    "imm: claims decided, granted and refused": (
        "Of the 2,150 asylum claims decided, 1,380 were granted and 780 were refused.",
        "Of the 2,150 asylum claims decided, 1,380 were granted and 770 were refused.",
    ),
    "bus: stores, kept and closed, money desk": (
        "Of the group's 212 stores, 187 will stay open and 27 will close by March.",
        "Of the group's 212 stores, 187 will stay open and 25 will close by March.",
    ),
}

# kept out of tuning: scored only at the end
ASIDE: dict[str, tuple[str, str]] = {
    "env: wells, clean and contaminated": (
        "Of the 64 wells tested, 39 were clean and 27 were contaminated.",
        "Of the 64 wells tested, 39 were clean and 25 were contaminated.",
    ),
    "sci: mice, drug and placebo": (
        "Of the 1,200 mice in the trial, 640 were given the drug and 590 were given a "
        "placebo.",
        "Of the 1,200 mice in the trial, 640 were given the drug and 560 were given a "
        "placebo.",
    ),
    "art: paintings, sold and unsold": (
        "Of the 480 paintings in the sale, 310 were sold and 180 were left unsold.",
        "Of the 480 paintings in the sale, 310 were sold and 170 were left unsold.",
    ),
}

# consistent copy that must stay silent
LOOK_ALIKES: dict[str, str] = {
    "two groups that overlap, short of the whole": (
        "Of the 52 defendants, 31 were convicted and 12 were women."
    ),
    "an attribute with a figure of its own, a slip over": (
        "Of the 40 people arrested, 30 were men and 12 were under 18."
    ),
    "a subgroup of people, a slip over": (
        "Of the 86 patients admitted, 49 were discharged and 39 were children."
    ),
    "two groups far over: a large overlap": (
        "Of the 120 nurses surveyed, 96 were working extra shifts and 88 were thinking "
        "of leaving."
    ),
    "over by more than a tenth": (
        "Of the 300 firms asked, 240 were raising prices and 90 were cutting staff."
    ),
    "over by a tenth but no slip of the whole": (
        "Of the 500 farms inspected, 380 were compliant and 147 had minor breaches."
    ),
    "a selection lead, among": (
        "Among the 52 defendants, 31 were convicted and 24 were held on remand."
    ),
    "the whole told after its parts": (
        "31 were convicted and 24 were acquitted of the 52 charges brought."
    ),
    "a whole told sentences before": (
        "Police charged 52 people. Of them, 31 were convicted and 24 were also fined."
    ),
    "a hedged whole that a reading reaches": (
        "Of the roughly 50 defendants, 31 were convicted and 21 were acquitted."
    ),
    "two parts that add up": (
        "Of the 146 trains scheduled, 118 were on time and 28 were late."
    ),
    "shares of the whole": (
        "Of the 52 defendants, 60% were convicted and 45% were also fined."
    ),
}

# whole consistent articles
ARTICLES: dict[str, str] = {
    "trial": (
        "Of the 52 defendants, 31 were convicted and 21 were acquitted, the court heard. "
        "Of the 31 convicted, 12 were women and 24 were sent to prison. The trial cost "
        "£4.2 million."
    ),
    "survey": (
        "Of the 1,200 households surveyed, 780 were renting and 420 owned their homes. "
        "Of the renters, 510 were paying more than a third of their income and 330 were "
        "behind on bills."
    ),
}
