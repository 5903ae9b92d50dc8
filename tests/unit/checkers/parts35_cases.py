"""Cases of a breakdown told in one sentence right after its total ("Of the N X, a ..., b ...
and c ...", "N X: a, b and c", "N X, made up of / comprising / split between a, b and c")
whose parts do not make the total (components-total), written by parts35 across desks in
its own words: realisation -> (wrong: one figure mis-told, right: it adds up); look-alikes
that must stay silent (a selection, nested or overlapping parts, a running total, parts of
another whole). ``ASIDE`` and ``ASIDE_LOOK_ALIKES`` were written with the rest and kept out
of tuning (scored once, at the end)."""

from __future__ import annotations

# realisation -> (wrong, right)
TUNED: dict[str, tuple[str, str]] = {
    "lab: partitive opener, three places, a digit changed": (
        "Of the 365 posts to go, 210 are in the call centre, 95 in finance and 40 in IT.",
        "Of the 345 posts to go, 210 are in the call centre, 95 in finance and 40 in IT.",
    ),
    "sci: colon, item nouns other than the total's": (
        "The survey team sampled 186 plots: 94 meadows, 57 hedgerows and 25 ponds.",
        "The survey team sampled 176 plots: 94 meadows, 57 hedgerows and 25 ponds.",
    ),
    "ene: made up of": (
        "The wind farm's 65 turbines are made up of 32 onshore masts, 17 coastal units and "
        "12 offshore towers.",
        "The wind farm's 61 turbines are made up of 32 onshore masts, 17 coastal units and "
        "12 offshore towers.",
    ),
    "tra: comprising": (
        "The operator runs a fleet of 149 buses, comprising 96 double-deckers, 31 "
        "single-deckers and 12 minibuses.",
        "The operator runs a fleet of 139 buses, comprising 96 double-deckers, 31 "
        "single-deckers and 12 minibuses.",
    ),
    "hea: bracketed procedures": (
        "The trust cancelled 274 operations (151 hip and knee, 88 cataract and 25 hernia "
        "procedures) during the strike.",
        "The trust cancelled 264 operations (151 hip and knee, 88 cataract and 25 hernia "
        "procedures) during the strike.",
    ),
    "edu: split between sites": (
        "The academy's 1,240 pupils are split between 520 at the junior site, 460 at the "
        "senior site and 230 in the sixth form.",
        "The academy's 1,210 pupils are split between 520 at the junior site, 460 at the "
        "senior site and 230 in the sixth form.",
    ),
    "crt: partitive opener, outcomes by semicolons": (
        "Of the 37 defendants, 19 were convicted; 11 were acquitted; and 5 had the charges "
        "dropped.",
        "Of the 35 defendants, 19 were convicted; 11 were acquitted; and 5 had the charges "
        "dropped.",
    ),
    "ele: dash list of districts": (
        "The party won 47 seats — 28 in the cities, 12 in the suburbs and 4 in rural "
        "districts.",
        "The party won 44 seats — 28 in the cities, 12 in the suburbs and 4 in rural "
        "districts.",
    ),
    "dis: colon, incidents by kind": (
        "Firefighters dealt with 313 incidents overnight: 184 flooded homes, 96 fallen "
        "trees and 23 stranded drivers.",
        "Firefighters dealt with 303 incidents overnight: 184 flooded homes, 96 fallen "
        "trees and 23 stranded drivers.",
    ),
    "bus: breaks down as, money": (
        "Capital spending of £86m breaks down as £41m on stores, £29m on distribution and "
        "£14m on technology.",
        "Capital spending of £84m breaks down as £41m on stores, £29m on distribution and "
        "£14m on technology.",
    ),
    "spo: colon, players by route": (
        "The club used 39 players in the league: 17 academy graduates, 9 loan signings and "
        "3 free transfers.",
        "The club used 29 players in the league: 17 academy graduates, 9 loan signings and "
        "3 free transfers.",
    ),
    "loc: will go on, money": (
        "The council's £5.4m roads budget will go on £2.8m of resurfacing, £1.3m of pothole "
        "repairs and £0.9m of drainage.",
        "The council's £5.0m roads budget will go on £2.8m of resurfacing, £1.3m of pothole "
        "repairs and £0.9m of drainage.",
    ),
    "agr: partitive opener, crops": (
        "Of the farm's 640 hectares, 380 are under wheat, 150 under barley and 80 under "
        "oilseed rape.",
        "Of the farm's 610 hectares, 380 are under wheat, 150 under barley and 80 under "
        "oilseed rape.",
    ),
    "def: split between postings, digits swapped": (
        "The 750 troops will be split 420 to Estonia, 180 to Cyprus and 105 to Kenya.",
        "The 705 troops will be split 420 to Estonia, 180 to Cyprus and 105 to Kenya.",
    ),
    # a hedge on a figure written to the unit or the ten hedges its last step only
    "dis: hedged total written to the unit": (
        "About 412 homes were flooded: 250 in Ashby, 120 in Colne and 32 in Pell.",
        "About 402 homes were flooded: 250 in Ashby, 120 in Colne and 32 in Pell.",
    ),
    "lab: hedged total written to the ten": (
        "Around 2,640 jobs will go: 1,420 in Leeds, 760 in York and 360 in Hull.",
        "Around 2,540 jobs will go: 1,420 in Leeds, 760 in York and 360 in Hull.",
    ),
    "spo: nearly, a digit changed": (
        "Nearly 96 people were hurt at the rally: 51 spectators, 30 riders and 12 "
        "marshals.",
        "Nearly 93 people were hurt at the rally: 51 spectators, 30 riders and 12 "
        "marshals.",
    ),
    "env: hedged total, two places after with": (
        "Some 1,480 hectares burned, with 860 in the national park and 520 on farmland.",
        "Some 1,380 hectares burned, with 860 in the national park and 520 on farmland.",
    ),
}

# agreeing copy a careless checker would flag
LOOK_ALIKES: dict[str, str] = {
    "dis: a round hedged total": (
        "About 400 homes were flooded: 250 in Ashby, 120 in Colne and 32 in Pell."
    ),
    "lab: a hedged total rounded to the hundred": (
        "Some 1,500 jobs will go: 860 in Leeds, 390 in York and 230 in Hull."
    ),
    "ele: a bound, not a hedge": (
        "The minor candidates polled fewer than 2,000 votes: 1,706 for Keeble and 269 for "
        "Orr."
    ),
    "env: a round hedged total, two places after with": (
        "About 1,400 hectares burned, with 860 in the national park and 520 on farmland."
    ),
    "hea: nearly a round hundred": (
        "Nearly 100 people were treated: 51 in Ashby, 30 in Colne and 12 in Pell."
    ),
    "lab: a selection (including)": (
        "The council will cut 365 posts, including 210 in the call centre, 95 in finance "
        "and 40 in IT."
    ),
    "crt: nested outcomes": (
        "Of the 58 people arrested, 31 were charged and 24 remain in custody."
    ),
    "hea: overlapping attributes": (
        "Of the 240 patients, 150 were over 65, 120 had diabetes and 90 were smokers."
    ),
    "pol: running total over days": (
        "Arrests reached 63 on Monday, after 21 on Friday, 18 on Saturday and 14 on Sunday."
    ),
    "lab: two largest places named": (
        "Of the 420 jobs at risk, 240 are at the Hull plant and 110 in Goole."
    ),
    "dis: among them": (
        "Crews attended 313 calls, among them 184 flooded homes, 96 fallen trees and 23 "
        "stranded drivers."
    ),
    "sci: attributes of the plots, not kinds": (
        "The survey team sampled 186 plots: 94 held orchids, 57 had been grazed and 25 "
        "were flooded."
    ),
    "edu: parts of another whole": (
        "The trust runs 14 schools with 6,200 pupils, 520 teachers and 310 support staff."
    ),
}

# kept out of tuning; scored once at the end
ASIDE: dict[str, tuple[str, str]] = {
    "hou: partitive opener, tenures": (
        "Of the 1,480 new homes approved, 860 will be for private sale, 390 for social rent "
        "and 130 for shared ownership.",
        "Of the 1,380 new homes approved, 860 will be for private sale, 390 for social rent "
        "and 130 for shared ownership.",
    ),
    "env: colon, seals by kind": (
        "Rangers counted 264 seals on the sandbank: 148 grey seals, 71 harbour seals and 35 "
        "pups.",
        "Rangers counted 254 seals on the sandbank: 148 grey seals, 71 harbour seals and 35 "
        "pups.",
    ),
    "tec: comprise, regions": (
        "The company's 96 data centres comprise 52 in Europe, 27 in Asia and 14 in the "
        "Americas.",
        "The company's 93 data centres comprise 52 in Europe, 27 in Asia and 14 in the "
        "Americas.",
    ),
}

ASIDE_LOOK_ALIKES: dict[str, str] = {
    "hou: attributes of the homes": (
        "Of the 1,480 homes approved, 860 have gardens and 390 have garages."
    ),
    "pol: nested outcomes after a colon": (
        "Police stopped 263 drivers: 148 were breathalysed, 71 were given tickets and 35 "
        "were arrested."
    ),
}
