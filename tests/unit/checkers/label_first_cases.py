"""Cases of a breakdown in brackets whose items name their part first, then its figure
("212 homes (Kesby 140, Orrin 51 and Pell 31)": numcheck/checkers/_sum_brackets.py
``label_first``), in words of their own across desks: realisation -> (wrong, right);
look-alikes that must stay silent; whole consistent articles. ``ASIDE`` was written with
the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

# realisation -> (wrong: the total one slip from the bracket's sum, right: it adds up)
TUNED: dict[str, tuple[str, str]] = {
    "dis: homes by town, three names": (
        "The storm damaged 212 homes (Kesby 140, Orrin 51 and Pell 31), the county said.",
        "The storm damaged 222 homes (Kesby 140, Orrin 51 and Pell 31), the county said.",
    ),
    "ele: votes by candidate, commas only": (
        "Voters in the ward cast 1,250 ballots (Hart 640, Mole 412, Pryce 188) on Thursday.",
        "Voters in the ward cast 1,240 ballots (Hart 640, Mole 412, Pryce 188) on Thursday.",
    ),
    "biz: revenue by region, money items": (
        "Quarterly revenue reached $412 million (Europe $190 million, Asia $140 million and "
        "the Americas $72 million), the company said.",
        "Quarterly revenue reached $402 million (Europe $190 million, Asia $140 million and "
        "the Americas $72 million), the company said.",
    ),
    "lab: job cuts by site, two-word names": (
        "The group will cut 930 jobs (North Harbour 410, East Field 300 and Lowgate 230) "
        "by the end of the year.",
        "The group will cut 940 jobs (North Harbour 410, East Field 300 and Lowgate 230) "
        "by the end of the year.",
    ),
    "hea: admissions by hospital, possessive names": (
        "The trust admitted 1,320 patients in March (St Anne's 610, Northgate 480 and "
        "Sele 240), figures show.",
        "The trust admitted 1,330 patients in March (St Anne's 610, Northgate 480 and "
        "Sele 240), figures show.",
    ),
    "tra: cancellations by line, semicolons": (
        "The operator cancelled 96 trains on Monday (coast services 44; valley services "
        "30; branch lines 20).",
        "The operator cancelled 94 trains on Monday (coast services 44; valley services "
        "30; branch lines 20).",
    ),
    "edu: pupils by school, lowercase labels": (
        "The trust teaches 2,480 pupils (primary 1,310, secondary 970 and sixth form 180) "
        "across the town.",
        "The trust teaches 2,460 pupils (primary 1,310, secondary 970 and sixth form 180) "
        "across the town.",
    ),
    "cri: arrests by force, four items": (
        "Police made 318 arrests during the operation (Metropolitan 140, Kent 81, Essex 62 "
        "and Surrey 45), the agency said.",
        "Police made 328 arrests during the operation (Metropolitan 140, Kent 81, Essex 62 "
        "and Surrey 45), the agency said.",
    ),
    "ene: homes cut off by county": (
        "At the peak 41,000 homes were without power (Ashby 22,000, Brent 12,000 and "
        "Colne 8,000), the network said.",
        "At the peak 42,000 homes were without power (Ashby 22,000, Brent 12,000 and "
        "Colne 8,000), the network said.",
    ),
    "spo: goals by player, measure of seats": (
        "The club scored 64 league goals (Okafor 23, Lind 17, Haddad 14 and others 9) "
        "this season.",
        "The club scored 63 league goals (Okafor 23, Lind 17, Haddad 14 and others 9) "
        "this season.",
    ),
    "agr: hectares by crop, measure items": (
        "The farm covers 850 hectares (wheat 420 hectares, barley 260 hectares and "
        "pasture 180 hectares), its owner said.",
        "The farm covers 860 hectares (wheat 420 hectares, barley 260 hectares and "
        "pasture 180 hectares), its owner said.",
    ),
    "gov: grants by fund, pounds": (
        "The council awarded £3.6 million in grants (housing £1.9 million, transport "
        "£0.9 million and parks £0.5 million) this year.",
        "The council awarded £3.3 million in grants (housing £1.9 million, transport "
        "£0.9 million and parks £0.5 million) this year.",
    ),
}

ASIDE: dict[str, tuple[str, str]] = {
    "ele: seats by party": (
        "The new council has 47 seats (Labour 21, Greens 14, Conservatives 9 and "
        "independents 4) after the count.",
        "The new council has 48 seats (Labour 21, Greens 14, Conservatives 9 and "
        "independents 4) after the count.",
    ),
    "dis: evacuees by shelter": (
        "About 1,900 people spent the night in shelters (Town Hall 900, Riverside School "
        "640 and the leisure centre 260), officials said.",
        "About 1,800 people spent the night in shelters (Town Hall 900, Riverside School "
        "640 and the leisure centre 260), officials said.",
    ),
    "biz: orders by model": (
        "The airline ordered 62 aircraft (A320neo 40, A321XLR 12 and A350 8) at the show.",
        "The airline ordered 60 aircraft (Airbus narrowbody 40, long-range jets 12 and "
        "widebody 8) at the show.",
    ),
}

# consistent copy in brackets after a figure that is no label-first breakdown of it
LOOK_ALIKES: dict[str, str] = {
    "conversion": "The gust reached 140 km/h (87 mph) on the summit and 160 km/h (99 mph) "
    "on the island.",
    "last year's levels by label": "The storm damaged 212 homes (last year 180, the year "
    "before 150), the county said.",
    "changes in brackets": "Sales rose to $412 million (up 40 from March, down 12 from a "
    "year ago), the company said.",
    "a comparison in brackets": "The trust admitted 1,320 patients (against 1,150 a year "
    "earlier and 1,010 in 2022), figures show.",
    "shares by label": "Turnout was 41% (Kesby 45%, Orrin 38% and Pell 36%), the council said.",
    "averages by label": "Classes averaged 28 pupils (Leeds 24, York 30 and Hull 31) last "
    "term.",
    "prices per ticket": "A family ticket costs £40 (adults £14, children £7), the zoo said.",
    "one item only": "The storm damaged 212 homes (Kesby 140), the county said.",
    "two items, some of it": "The storm damaged 212 homes (Kesby 140 and Orrin 51), the "
    "county said.",
    "items with their own nouns": "The storm damaged 212 homes (Kesby 140 houses, Orrin 51 "
    "flats and Pell 31 shops), the county said.",
    "the bracket goes on after the list": "The storm damaged 212 homes (Kesby 140, Orrin 51 "
    "and Pell 31 on the first night alone), the county said.",
    "a year as a label": "The storm damaged 212 homes (2023 140, 2022 51 and 2021 31), "
    "records show.",
    "ranges by label": "Forecasters expect 20 to 30 mm of rain (coast 10-15, hills 25-40) "
    "on Friday.",
    "a dated aside": "The group employs 2,100 people (March 2024), it said, and 1,900 "
    "(December 2023) before.",
    "a list of rates": "Unemployment stood at 4.1% (men 4.4%, women 3.8%) in March.",
    "a total that agrees": "The storm damaged 222 homes (Kesby 140, Orrin 51 and Pell 31), "
    "the county said.",
}

ARTICLES: dict[str, str] = {
    "disaster report": (
        "Floods forced 1,340 people from their homes on Sunday (Brisk 760, Colby 440 and "
        "Dunmore 140), the county said.\n\nBy Monday evening 400 had returned. The river "
        "peaked at 4.2 metres (13.8 ft) in Brisk, against 3.9 metres in 2019.\n\nThe "
        "council has opened two shelters (Town Hall and Riverside School) and asked for "
        "volunteers."
    ),
    "results story": (
        "Halden Foods made $412 million in sales in the quarter (Europe $190 million, "
        "Asia $150 million and the Americas $72 million), up 8% on a year ago.\n\nOperating "
        "profit was $61 million (margin 14.8%), it said. The shares rose 3% (to $41.20) in "
        "early trading."
    ),
    "election night": (
        "Turnout was 38% as 12,400 voters cast ballots (Hart 6,100, Mole 4,200 and Pryce "
        "2,100).\n\nHart's majority of 1,900 (last time 2,300) was the smallest since 2010. "
        "The council now has 47 seats (Labour 21, Greens 14, Conservatives 9 and "
        "independents 3)."
    ),
}
