"""Cases of a list told after its total in a form the list readers take as only some of
it (two items set off by a comma or a bracket, or any number after "with"), whose words
and figures say it is all of it (numcheck/checkers/_sum_whole.py): realisation ->
(wrong, right); look-alikes that must stay silent; whole consistent articles. ``ASIDE``
was written with the rest but kept out of tuning (scored only at the end)."""

from __future__ import annotations

# realisation -> (wrong: the list falls short of its total, right: it adds up)
TUNED: dict[str, tuple[str, str]] = {
    "dis: two towns after with, a digit changed": (
        "Floodwater entered 412 homes, with 250 in Ashby and 152 in Colne, the council said.",
        "Floodwater entered 402 homes, with 250 in Ashby and 152 in Colne, the council said.",
    ),
    "bus: two divisions after with, money, digits swapped": (
        "Group revenue was $5.4 billion, with $3.1 billion from cards and $2.1 billion from "
        "lending.",
        "Group revenue was $5.2 billion, with $3.1 billion from cards and $2.1 billion from "
        "lending.",
    ),
    "ele: three candidates after with, short by 60": (
        "Turnout was 18,420 votes, with 9,100 for Hale, 6,200 for Orr and 3,060 for Pym.",
        "Turnout was 18,360 votes, with 9,100 for Hale, 6,200 for Orr and 3,060 for Pym.",
    ),
    "hea: two wards after with, a digit dropped": (
        "The hospital treated 1,180 patients last week, with 740 in A&E and 340 on the "
        "wards.",
        "The hospital treated 1,080 patients last week, with 740 in A&E and 340 on the "
        "wards.",
    ),
    "tra: two lines, placed, a digit changed": (
        "The operator cancelled 146 trains, 90 on the coast line and 46 on the valley line.",
        "The operator cancelled 136 trains, 90 on the coast line and 46 on the valley line.",
    ),
    "lab: two sites in brackets, label first": (
        "The group will cut 830 jobs (Harbour 510, Eastfield 300) by the end of March.",
        "The group will cut 810 jobs (Harbour 510, Eastfield 300) by the end of March.",
    ),
    "edu: three phases after with": (
        "The trust teaches 4,950 pupils, with 2,300 in primary schools, 1,900 in secondary "
        "schools and 650 in sixth forms.",
        "The trust teaches 4,850 pupils, with 2,300 in primary schools, 1,900 in secondary "
        "schools and 650 in sixth forms.",
    ),
    "ene: two regions after with, homes cut off": (
        "Storm Ada cut power to 61,000 homes, with 38,000 in the north and 21,000 in the "
        "south.",
        "Storm Ada cut power to 59,000 homes, with 38,000 in the north and 21,000 in the "
        "south.",
    ),
    "cou: two courts, placed, digits swapped": (
        "Police made 182 arrests, 110 in Leeds and 62 in Bradford.",
        "Police made 172 arrests, 110 in Leeds and 62 in Bradford.",
    ),
    "spo: three scorers after with": (
        "The club scored 71 league goals, with 30 from Okafor, 19 from Lind and 14 from "
        "Haddad.",
        "The club scored 63 league goals, with 30 from Okafor, 19 from Lind and 14 from "
        "Haddad.",
    ),
    "far: two crops in brackets, label first, measures": (
        "The estate covers 940 hectares (wheat 520 hectares, barley 400 hectares).",
        "The estate covers 920 hectares (wheat 520 hectares, barley 400 hectares).",
    ),
    "loc: two schemes after with, money": (
        "The council will spend £7.4 million on roads, with £4.2 million on resurfacing and "
        "£2.9 million on bridges.",
        "The council will spend £7.1 million on roads, with £4.2 million on resurfacing and "
        "£2.9 million on bridges.",
    ),
}

# kept out of tuning: scored only at the end
ASIDE: dict[str, tuple[str, str]] = {
    "sci: two sites after with, birds counted": (
        "Volunteers counted 2,640 waders, with 1,700 on the estuary and 840 on the marsh.",
        "Volunteers counted 2,540 waders, with 1,700 on the estuary and 840 on the marsh.",
    ),
    "con: three villages after with": (
        "The shelling displaced 3,900 people, with 1,800 from Tarsk, 1,200 from Vel and 800 "
        "from Orlo.",
        "The shelling displaced 3,800 people, with 1,800 from Tarsk, 1,200 from Vel and 800 "
        "from Orlo.",
    ),
    "mar: two exchanges, placed": (
        "The fund sold 5.8 million shares, 3.1 million in London and 2.5 million in Frankfurt.",
        "The fund sold 5.6 million shares, 3.1 million in London and 2.5 million in Frankfurt.",
    ),
}

# consistent copy that must stay silent
LOOK_ALIKES: dict[str, str] = {
    "a partial list after with, far short and no slip": (
        "The firm employs 4,000 people, with 2,100 in Britain and 1,100 in Germany."
    ),
    "a partial list after with, near but no slip": (
        "The firm employs 4,000 people, with 2,100 in Britain and 1,700 in Germany."
    ),
    "the largest parts after with, half the total, one digit": (
        "The firm employs 4,000 people, with 1,200 in London and 800 in Paris."
    ),
    "a selection lead, among": (
        "Among the 63 injured were 40 children and 21 teachers, the hospital said."
    ),
    "a selection word in the list's clause": (
        "The region lost 412 homes, including 250 in Ashby and 152 in Colne."
    ),
    "a list that goes on with no figure": (
        "Floodwater entered 412 homes, with 250 in Ashby, 152 in Colne and others in Pell."
    ),
    "three after with, far short": (
        "The firm employs 4,000 people, with 1,200 in London, 800 in Paris and 500 in Berlin."
    ),
    "a list after with that adds up": (
        "Floodwater entered 402 homes, with 250 in Ashby and 152 in Colne."
    ),
    "levels after with, an average": (
        "Average pay rose to £31,000, with £34,000 for men and £28,000 for women."
    ),
    "shares after with": (
        "Turnout was 61%, with 64% in the towns and 55% in the villages."
    ),
    "a running total after with": (
        "The death toll rose to 63, with 21 more found in Ashby on Tuesday."
    ),
}

# a list after "with" that goes over its total: reported by the part rule, once, as before
OVER = "Floodwater entered 402 homes, with 250 in Ashby and 182 in Colne."

# whole consistent articles
ARTICLES: dict[str, str] = {
    "storm": (
        "Storm Ada cut power to 59,000 homes on Sunday, with 38,000 in the north and 21,000 "
        "in the south.\n\nBy Monday evening engineers had reconnected 41,000 of them. The "
        "firm employs 4,000 people, with 2,100 in Britain and 1,700 in Germany. It "
        "brought in 300 contractors.\n"
    ),
    "results": (
        "Group revenue was $5.2 billion, with $3.1 billion from cards and $2.1 billion from "
        "lending. Profit fell to $800 million, with $500 million from cards.\n\nThe bank "
        "employs 12,000 staff, with 4,000 in London and 3,000 in New York.\n"
    ),
}
