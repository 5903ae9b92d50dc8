"""Cases for a figure retold by a definite re-mention one slip of the pen off
(numcheck/checkers/_restate_definite.py, docs/maintainers/phrasings-relations.md §57.N
restate35).

A definite description carrying a number ("the 24 posts", "the union's 290 members",
"all 32 of the town's schools", "the 32-arch viaduct", "the 8-week closure", "those 17
routes") presupposes that the reader was told the figure before. Its antecedent is the
earlier figure of the same noun (or the compound's head), kind and unit; when the two
values are one slip of the pen apart (two digits swapped, one digit changed), the copy
has told one figure twice and misstated it once.

Each realisation is (desk, text with {} for the definite figure, a figure that agrees,
one a slip away). LOOKALIKES are consistent copy that must stay silent: a definite
figure that names a part, another day, another holder, another act or an update.
ASIDE_* were written with the rest, committed, and scored only at the end.
"""

from __future__ import annotations

RETOLD = [
    # local government, local paper: a swap, a passive verb for the cut
    ("Some 42 posts would go under the plan, mostly in planning.\n\n"
     "The opposition leader said the {} posts being cut would hollow out the department.",
     "42", "24"),
    # transport, regional paper: a compound adjective for a count said by "has"
    ("The viaduct, built in 1868, has 23 arches and is listed.\n\n"
     "Residents said the {}-arch structure had been showing its age for years.",
     "23", "32"),
    # health, local paper: "all N of" the possessor's set
    ("Letters have gone to parents at Faversham's 23 primary schools.\n\n"
     "The team said all {} of the town's primary schools had been sent the same advice.",
     "23", "32"),
    # labour, local paper: the union's members, one digit changed
    ("The union said 260 of its members worked at the site.\n\n"
     "The branch secretary said the union's {} members at the site would meet on Thursday.",
     "260", "290"),
    # transport, wire: a duration retold as a compound
    ("The line over the viaduct will stay closed for six weeks while engineers work.\n\n"
     "The operator said the {}-week closure was the minimum needed.", "6", "8"),
    # courts, local paper: officers injured, a definite re-mention a digit off
    ("Eighteen officers have been injured since the protests began, police said.\n\n"
     "The department said the {} officers injured since Wednesday had been hit by bricks.",
     "18", "14"),
    # education, broadcaster: pupils, swapped
    ("The academy has 1,250 pupils on its roll this term.\n\n"
     "The head said the {} pupils would be taught in temporary classrooms.",
     "1,250", "1,520"),
    # business, trade press: the branches of a chain, by another noun
    ("The bank will close 36 branches next year, it said on Monday.\n\n"
     "Unions said the {} branches earmarked for closure served older customers.",
     "36", "63"),
    # agriculture, farming press: the herd's cows, one digit changed
    ("The farm keeps 340 cows on its hill pasture.\n\n"
     "The vet said the {} cows had all been tested for TB.", "340", "370"),
    # science, wire: the expedition's divers
    ("The survey ship carried 14 scientists to the seamount.\n\n"
     "The {} scientists on board collected samples from three dives.", "14", "41"),
    # energy, trade press: turbines of a wind farm by "those"
    ("The wind farm will have 56 turbines off the coast.\n\n"
     "Fishermen said those {} turbines would close their grounds.", "56", "65"),
    # sport, local paper: the club's season-ticket holders, possessive
    ("The club sold 8,400 season tickets this summer.\n\n"
     "The chairman thanked the club's {} season ticket holders.", "8,400", "8,900"),
    # housing, local paper: homes of a scheme by a compound
    ("The developer will build 48 homes on the old depot site.\n\n"
     "Neighbours objected to the {}-home scheme at a meeting on Tuesday.", "48", "84"),
]

LOOKALIKES = [
    # a part, told as a part
    "Forty-two people were taken to hospital after the crash.\n\n"
    "The 24 children among them were treated at the children's ward.",
    # another day's figure against a running total
    "Eighteen officers have been injured since the protests began, police said.\n\n"
    "The 14 officers injured on Friday night were hit by bricks.",
    # another holder of the same noun
    "The union said 260 of its members worked at the site.\n\n"
    "The rival union's 290 members at the plant will not strike.",
    # an update told as one
    "The storm killed 13 people on Monday, officials said.\n\n"
    "By Wednesday the toll, now 31, included two firefighters.",
    # another structure: the new bridge's piers, not the viaduct's arches
    "The viaduct, built in 1868, has 23 arches.\n\n"
    "The 32 piers of the new bridge downstream were finished in 2019.",
    # two years of one count
    "The academy has 1,250 pupils on its roll this term.\n\n"
    "In 2015 the 1,520 pupils were taught on two sites.",
    # the same figure retold right
    "Some 42 posts would go under the plan.\n\n"
    "The 42 posts being cut are mostly in planning.",
    # another act of a rescue: evacuated by the army, rescued by volunteers
    "Rescue teams have evacuated 2,400 people by boat since Sunday.\n\n"
    "Volunteers said the 2,700 people they had rescued on foot were in shelters.",
]

ASIDE_RETOLD = [
    # markets, wire: a yield retold by "the N% paid"
    ("The treasury sold bonds on Monday at an average yield of 4.87%.\n\n"
     "The director said the {} paid reflected global conditions.", "4.87%", "4.78%"),
    # health, regional paper: the ward's beds, possessive
    ("The hospital has 28 beds on its stroke ward.\n\n"
     "Nurses said the ward's {} beds were full every night.", "28", "82"),
    # conflict, wire: the garrison's troops by a compound
    ("Some 2,400 troops defend the city, the army said.\n\n"
     "The {}-strong garrison has orders not to fire.", "2,400", "4,200"),
]

ASIDE_LOOKALIKES = [
    # a part of the beds
    "The hospital has 28 beds on its stroke ward.\n\n"
    "The 8 beds kept for men were closed.",
    # another period's yield
    "The treasury sold bonds on Monday at an average yield of 4.87%.\n\n"
    "In May the 4.78% paid was the lowest since 2020.",
]
