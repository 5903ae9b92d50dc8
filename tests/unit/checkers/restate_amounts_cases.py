"""Cases for NC101-NC103 on an amount told by its unit and what it is an amount of
("14 inches of snow", "seven weeks of talks", "£54m of net cash"): the noun after "of"
is what the figure measures, so a later figure told of the same noun in the same frame
restates it. TUNED was read while the reader was built; ASIDE was written with it and
scored only at the end (tests/unit/checkers/test_checkers_restate_amounts.py).

Each restated case is (desk and register, text with {} for the later figure, a figure
that agrees, one that does not).
"""

from __future__ import annotations

TUNED = [
    # weather, wire: a subject, then an object
    ("A blizzard dumped 14 inches of snow on Harbor City on Monday, the weather service "
     "said.\n\nPloughs worked through the night to clear {} of snow from main roads.",
     "14 inches", "19 inches"),
    # disasters, broadsheet: a hedge in the lede, the exact figure later as a subject
    ("More than 300 millimetres of rain fell on the hills above Orle in two days.\n\n"
     "Engineers said {} of rain had saturated the embankment.",
     "320 millimetres", "240 millimetres"),
    # diplomacy, wire: a duration of an activity after "after"
    ("The prisoner exchange was agreed after seven weeks of talks in Pellaris.\n\n"
     "Envoy Novik Hale said {} of talks had nearly collapsed twice.",
     "seven weeks", "11 weeks"),
    # business results, trade press: money of a named kind
    ("Ferrow ended the half with £54m of net cash and no borrowings, it said.\n\n"
     "Analysts said {} of net cash gave the board room to pay a special dividend.",
     "£54m", "£45m"),
    # transport, local paper: the later figure in a compound
    ("Engineers must relay about 850 feet of track after the derailment.\n\n"
     "The operator said relaying {} of track would take a fortnight.",
     "850 feet", "580 feet"),
    # energy, wire
    ("The blockade held back some 90 million litres of fuel at the terminal.\n\n"
     "Police said {} of fuel could not leave until the protesters moved.",
     "90 million litres", "60 million litres"),
    # crime, regional paper: a duration of material
    ("Detectives are working through more than 400 hours of footage from city cameras.\n\n"
     "An officer said {} of footage had already identified 12 suspects.",
     "450 hours", "300 hours"),
    # planning, trade press: an area of land, an object both times
    ("A solar farm covering 210 acres of farmland above Yarncliffe was approved.\n\n"
     "Objectors said the scheme would take {} of farmland out of food production.",
     "210 acres", "120 acres"),
    # labour, broadcaster
    ("Bins have gone unemptied for a fortnight in Dunnockley.\n\n"
     "The council says about 1,700 tonnes of rubbish has built up on the streets.\n\n"
     "A spokesperson said {} of rubbish posed no immediate risk to health.",
     "1,700 tonnes", "1,300 tonnes"),
    # conflict, wire: cargo
    ("The convoy was carrying 230 tonnes of flour when it was stopped at the pass.\n\n"
     "Aid agencies said {} of flour would feed the town for a month.",
     "230 tonnes", "320 tonnes"),
    # courts, wire: a duration after "for"
    ("The jury sat through six weeks of evidence at Carlisle Crown Court.\n\n"
     "After {} of evidence, jurors took four hours to convict.",
     "six weeks", "nine weeks"),
    # local government, council release
    ("The city will repave 62 miles of streets this year, the mayor said.\n\n"
     "Crews will start on {} of streets in April.",
     "62 miles", "26 miles"),
]

# Consistent look-alikes: figures told as "AMOUNT of NOUN" that are not one figure told twice.
TUNED_SILENT = [
    # another place
    "The storm left 22 inches of snow on Veddington.\n\n"
    "Harbor City, to the south, recorded 14 inches of snow.",
    # another period ("the first nine months" / "eight months")
    "Cases rose to 2,140 in the first nine months of the year.\n\n"
    "In 2024 there were 1,820 cases in the first eight months of the year.",
    # another day
    "The bank sold $1.2bn of foreign currency on Monday.\n\n"
    "It sold $2.1bn of foreign currency on Tuesday alone.",
    # a flow since a start, then what is left: "left" is no "of salt"
    "We have spread 1,900 tonnes of salt since Sunday and have 7,500 tonnes left in store.",
    # different nouns after "of"
    "The layout provides 62 hectares of panels and 14 hectares of wildflower meadow.\n\n"
    "A further 6 hectares of new woodland will be planted.",
    # a past event
    "The blizzard dumped 14 inches of snow on the city.\n\n"
    "In 1996 a storm left 30 inches of snow in the same streets.",
    # a rate and a total
    "The furnace can make 650 tonnes of glass a day.\n\n"
    "Last year it made 210,000 tonnes of glass.",
    # two durations of different activities
    "The deal came after two days of talks.\n\n"
    "The government declared three days of mourning.",
    # a part of the whole ("in the first six hours")
    "Some 300 mm of rain fell over the weekend.\n\n"
    "Of that, 120 mm of rain fell in the first six hours.",
    # an update: more by a later moment
    "By Monday 800 tonnes of rubbish had built up.\n\n"
    "By Friday the council said 1,700 tonnes of rubbish lay on the streets.",
    # another holder
    "Ferrow has £54m of net cash.\n\n"
    "Its rival Dunmere holds £31m of net cash.",
    # two holders named as the subjects of the clauses
    "Veddington got 22 inches of snow.\n\nHarbor City recorded 14 inches of snow.",
    # a conversion told after "or"
    "Some 340 mm of rain, or about 13 inches, fell on the valley.",
]

# A whole consistent article: every "of" amount agrees with its retelling.
TUNED_ARTICLE = (
    "Title: Blizzard buries Harbor City\n\n"
    "HARBOR CITY, Jan. 12 - A blizzard dumped 14 inches of snow on Harbor City on Monday, "
    "closing schools and grounding flights, the weather service said.\n\n"
    "Crews spread 1,900 tonnes of salt overnight and have 7,500 tonnes left.\n\n"
    "The 14 inches of snow is the most since 1996, when 30 inches of snow fell in two "
    "days. Mayor Ana Ruiz said the 1,900 tonnes of salt had kept the main roads open.\n\n"
    "Forecasters expect two more days of cold before a thaw."
)

ASIDE = [
    # health, press release
    ("The blood service collected 4,000 litres of plasma during the appeal week.\n\n"
     "Officials said the {} of plasma would treat hundreds of patients.",
     "4,000 litres", "3,000 litres"),
    # environment, broadsheet
    ("Volunteers cleared 12 kilometres of riverbank in a single weekend.\n\n"
     "The trust said the {} of riverbank had been strewn with plastic.",
     "12 kilometres", "21 kilometres"),
    # courts, wire: a duration
    ("The jury deliberated for a day after nine weeks of evidence.\n\n"
     "The judge thanked jurors for sitting through the {} of evidence.",
     "nine weeks", "six weeks"),
    # business, wire
    ("Halden wrote off £38m of unsold stock in the half.\n\n"
     "Its finance chief said the {} of unsold stock was mostly winter coats.",
     "£38m", "£83m"),
]

ASIDE_SILENT = [
    # another place
    "Volunteers cleared 12 kilometres of riverbank at Eston and 8 kilometres of riverbank "
    "at Marley.",
    # another year
    "The service collected 4,000 litres of plasma this year.\n\n"
    "It collected 3,100 litres of plasma in 2023.",
    # different activities
    "After nine weeks of evidence and two days of speeches, the jury went out.",
    # a part: "of which"
    "Halden wrote off £38m of stock.\n\n"
    "Of that, £12m of stock was winter coats.",
]
