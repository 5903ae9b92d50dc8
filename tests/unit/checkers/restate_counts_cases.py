"""Cases for a bare count retold under another noun, one slip of the pen off
(docs §55.10; the class was tried in numcheck/checkers/_restate_heads.py and held).

Each realisation is (desk, text with {} for the retold figure, a figure that agrees, one a
slip away). The two tellings name two nouns for one set ("homes" / "properties"), so no
key joins them; two counts under two nouns are mostly two sets, so the evidence is the
digits (three or more significant, one slip apart, within 1.5 times), a later telling told
as known, and nothing that tells the two apart (a time, a party, a place, a period). The
LOOKALIKES are consistent copy that must stay silent. ASIDE_* are kept apart while tuning
and scored only at the end.
"""

from __future__ import annotations

RETOLD = [
    ("housing", "The council has approved 450 homes on the former airfield.\n\n"
     "Building work on the {} properties will start in May.", "450", "540"),
    ("education", "The academy trust enrolled 1,260 pupils this autumn.\n\n"
     "The {} children are taught across two sites.", "1,260", "1,620"),
    ("health", "The hospital cancelled 316 operations during the strike.\n\n"
     "Patients whose {} procedures were postponed will be contacted.", "316", "361"),
    ("transport", "The airline scrapped 284 flights on Friday.\n\n"
     "Passengers booked on the {} services were offered refunds.", "284", "248"),
    ("courts", "Police seized 730 phones in the raids across Leeds.\n\n"
     "Detectives are now examining the {} handsets.", "730", "703"),
    ("farming", "The outbreak forced the cull of 2,400 sheep near Hawes.\n\n"
     "The {} animals were buried on the farm.", "2,400", "2,100"),
    ("business", "The retailer will cut 650 jobs at its depots.\n\n"
     "Most of the {} posts are in Northampton.", "650", "560"),
    ("disasters", "The storm damaged 812 buildings in Whitby.\n\n"
     "Insurers are assessing the {} properties this week.", "812", "821"),
    ("migration", "Coastguards rescued 176 migrants in the Channel on Tuesday.\n\n"
     "The {} people were taken to Dover.", "176", "167"),
    ("culture", "The festival sold 9,300 tickets on its first day.\n\n"
     "Organisers said the {} passes were a record.", "9,300", "9,800"),
    ("environment", "Volunteers planted 3,700 trees along the river.\n\n"
     "The {} saplings will be watered through the summer.", "3,700", "3,070"),
    ("science", "The survey has catalogued 512 galaxies so far.\n\n"
     "The {} objects lie beyond the cluster.", "512", "521"),
]

ASIDE_RETOLD = [
    ("technology", "The maker recalled 1,340 laptops over a battery fault.\n\n"
     "Owners of the {} machines will get a refund.", "1,340", "1,430"),
    ("politics", "The plan drew 286 objections from residents.\n\n"
     "Officers have read all the {} complaints.", "286", "268"),
    ("retail", "The chain will close 118 stores by March.\n\n"
     "Staff at the {} shops were told on Monday.", "118", "181"),
]

LOOKALIKES = [
    # two counts of two digits: too few digits to tell a slip from two sets
    "The class has 34 pupils.\n\nThe 43 children in the other class go on a trip.",
    # another developer's homes, told indefinitely
    "The council approved 450 homes on the airfield.\n\nAnother developer has plans for 540 "
    "houses nearby.",
    # the same figure retold under another noun
    "The council approved 450 homes on the airfield.\n\nThe 450 properties will be built "
    "by 2030.",
    # far apart: not a slip
    "The council approved 450 homes on the airfield.\n\nThe 900 properties on the estate "
    "pay the levy.",
    # over 1.5 times: a part and a whole
    "The retailer will cut 150 jobs.\n\nThe 510 staff at the depot were told on Monday.",
    # two counts in one sentence
    "The council approved 450 homes and rejected 540 flats.",
    # a change: two levels of two years
    "The school had 1,260 pupils in 2019.\n\nIn 2024 its 1,620 pupils filled every room.",
    # another party's figure
    "Police said 730 people marched.\n\nOrganisers said the 703 marchers were undercounted.",
    # two places
    "The storm damaged 812 buildings in Whitby.\n\nIn Scarborough, the 821 properties hit "
    "were mostly flats.",
    # the retelling points at a figure of its own value told before
    "The airline scrapped 284 flights on Friday and 248 on Saturday.\n\nThe 248 services "
    "cancelled on Saturday were mostly short hops.",
    # a second raid, told by its own count
    "Police seized 730 phones in Monday's raids.\n\nA second raid netted 370 handsets.",
    # a possessive name the first sentence does not name
    "The council approved 450 homes by Arden Build.\n\nKerr's 540 flats were refused.",
]

ASIDE_LOOKALIKES = [
    "The maker recalled 1,340 laptops.\n\nA rival's 1,430 tablets were recalled in May.",
    "The plan drew 286 objections.\n\nThe 286 complaints were read by officers.",
    "The chain will close 118 stores by March.\n\nLast year the 181 shops it shut were in "
    "the north.",
]

ARTICLES = [
    "# Council approves 450 homes\n\n"
    "The council has approved 450 homes on the former airfield, with 90 set aside as "
    "affordable.\n\nBuilding work on the 450 properties will start in May, and the first "
    "120 will be ready by 2027.\n\nResidents lodged 312 objections; the 312 letters were "
    "read at the meeting.",
]
