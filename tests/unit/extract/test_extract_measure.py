"""What a figure with a unit is an amount of (numcheck/extract/measure.py): the frames
every desk uses around money, percents, lengths, speeds and durations."""

from __future__ import annotations

import pytest

from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def measure(text: str, figure: str) -> tuple[str, ...]:
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    return next(c.measure for c in claims if c.quantity.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a compound before the head noun, with its modifiers
        ("The trust set a £38 million budget for the year.", "£38 million", ("budget",)),
        ("It agreed a $2.3 billion rescue package.", "$2.3 billion", ("package", "rescue")),
        ("Drivers face a 12-mile diversion.", "12-mile", ("diversion",)),
        # an "of" phrase, sentence-initial capital included; lexicon things by name
        ("Annual turnover of €12m beat forecasts.", "€12m", ("revenue", "annual")),
        ("Cloud revenue of $4.6 billion grew fast.", "$4.6 billion", ("revenue", "cloud")),
        ("Storms brought gusts of 90 mph to the coast.", "90 mph", ("gust",)),
        ("The district had a shortfall of $3 million.", "$3 million", ("shortfall",)),
        # a label in a fact box
        ("Operating budget: £4.1 million", "£4.1 million", ("budget", "operating")),
        # a verb and its preposition
        ("He was jailed for 30 months on Friday.", "30 months", ("jailed for",)),
        ("The lorry was travelling at 70 mph.", "70 mph", ("travelling at", "truck")),
        ("It was valued at £3 million.", "£3 million", ("valued at",)),
        # ... or its subject, when it has one (with the verb: a verb of the event)
        ("The haul was valued at £3 million.", "£3 million", ("haul", "valued")),
    ],
)
def test_frames_name_the_measure(text: str, figure: str, expected: tuple[str, ...]) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # time and comparison words end a noun phrase; they are no measure
        ("It earned a £2 million last year.", "£2 million"),
        ("It closed a 10% higher than in May.", "10%"),
        # generic heads name nothing ("a total of", "a figure of")
        ("The bill came to a total of £9 million.", "£9 million"),
        # a clause after the figure is no compound
        ("It paid $5 million, the filing shows.", "$5 million"),
    ],
)
def test_no_frame_no_measure(text: str, figure: str) -> None:
    assert measure(text, figure) == ()


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the subject of a level reached over a change (wire, trade press, US spelling)
        ("Net income climbed 18% to $640 million from $542 million.", "$640 million",
         ("net_income",)),
        ("Its operating profit rose to €95m.", "€95m", ("operating_profit",)),
        ("The group said half-year sales increased by 7% to 2.1 billion francs.",
         "2.1 billion francs", ("revenue", "half-year")),
        # a level stated with a copula
        ("The authority's shortfall is $61 million.", "$61 million", ("shortfall",)),
        ("Attendance stood at 82%, the school said.", "82%", ("attendance",)),
    ],
)
def test_the_subject_of_a_level_is_its_measure(
    text: str, figure: str, expected: tuple[str, ...]
) -> None:
    assert measure(text, figure) == expected


def test_a_verb_object_is_no_subject() -> None:
    # "The bank raised its rate ... to 42.5%": the rate (the verb's object) changed,
    # not the bank (its subject)
    text = "The bank raised its policy rate by 250 basis points to 42.5%."
    assert measure(text, "42.5%") == ("rate", "policy")


def test_numbered_modifiers_keep_measures_apart() -> None:
    # "10-year" and "two-year" are modifiers like any other: the yields are two measures
    assert measure("The 10-year yield is 4.46%.", "4.46%") == ("yield", "10-year")
    assert measure("The two-year gilt yield is 4.1%.", "4.1%") == ("yield", "gilt", "two-year")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a count: its noun (the lexicon thing), the noun governing it by "of"
        ("A survey of 2,013 voters was published.", "2,013", ("voter", "published", "survey")),
        # the verb it is the object of, hedges skipped
        ("The hospital employs some 4,200 staff.", "some 4,200", ("worker", "employs")),
        # the verb it is the subject of, auxiliaries and relatives skipped
        ("About 150 tractors were taking part.", "About 150", ("tractor", "taking")),
        ("The 900 nurses who work there went home.", "900", ("nurse", "work")),
        # a possessor scopes it; a year dates it
        ("The county's 14 libraries will stay open.", "14", ("library", "county", "stay")),
        ("In 1985 the pit employed 3,000 miners.", "3,000", ("miner", "1985", "employed")),
    ],
)
def test_a_count_is_described(text: str, figure: str, expected: tuple[str, ...]) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the subject of a change the parser read, with the span the sentence names
        ("Like-for-like sales rose 3.1% in the six weeks to January 4.", "3.1%",
         ("revenue", "like-for-like", "@week")),
        ("The blue-chip index slid 1.8% on Tuesday.", "1.8%", ("index", "blue-chip", "@day")),
        ("Comparable sales were up 2 per cent.", "2 per cent", ("revenue", "comparable", "@")),
        # a share labelled by its name, in a list or after "with"
        ("Vote shares: Greens 21.4%, Left 6.3%.", "21.4%", ("greens",)),
        ("It trailed the Liberal Alliance with 24.6%.", "24.6%", ("liberal alliance",)),
    ],
)
def test_a_change_or_a_share_is_described(
    text: str, figure: str, expected: tuple[str, ...]
) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the object of a change verb whose new level the figure is (markets, energy,
        # insurance, transport), with or without the change amount before "to"
        ("The bank raised its policy rate by 350 basis points to 45%.", "45%",
         ("rate", "policy")),
        ("Ofgem lowered its price cap to £1,560 a year.", "£1,560", ("cap", "price")),
        ("The insurer increased its annual premium by 8% to £610.", "£610",
         ("premium", "annual")),
        ("The carrier raised its fuel surcharge to £54.", "£54", ("surcharge", "fuel")),
        ("It raised its benchmark one-week repo rate by 250 basis points to 42.5%.",
         "42.5%", ("rate", "benchmark", "one-week", "repo")),
    ],
)
def test_the_object_of_a_change_verb_names_the_measure(
    text: str, figure: str, expected: tuple[str, ...]
) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "to" after a noun that no change verb governs: a purpose, a range, a ratio
        ("The board wants the share of women to 40%.", "40%"),
        ("Talks moved the pay offer closer to 6%.", "6%"),
        ("The fund gave the hospital to £2 million.", "£2 million"),
        ("Ministers sent the bill to £4 billion.", "£4 billion"),
    ],
)
def test_to_without_a_change_verb_names_no_object(text: str, figure: str) -> None:
    assert measure(text, figure) == ()


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a speed said of its clause's subject through a verb and "at": the verb frame,
        # then the subject (a lexicon thing by name), past an object or a place name
        ("The coach was travelling at about 90 km/h when it crashed.", "about 90 km/h",
         ("travelling at", "coach")),
        ("The tram entered the curve at more than 55mph, officials said.", "more than 55mph",
         ("entered at", "tram")),
        ("The train hit the buffers at 12 mph.", "12 mph", ("hit at", "train")),
        ("The ferry entered Kerrera Sound at 18 knots.", "18 knots", ("entered at", "ferry")),
        ("The driver said the lorry had been going at 50 mph.", "50 mph",
         ("going at", "truck")),
        # a pronoun subject: the verb frame alone
        ("It was taking the bend at 40 mph.", "40 mph", ("taking at",)),
        # a motion verb that takes a speed with no "at" (US and UK desks)
        ("It was doing about 70 mph on the approach.", "about 70 mph", ("doing at",)),
        ("The car was going 90 mph, police said.", "90 mph", ("going at", "car")),
    ],
)
def test_a_speed_is_said_of_the_subject_of_its_verb(
    text: str, figure: str, expected: tuple[str, ...]
) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a limit, a forecast and a name are no subject's movement
        ("The stretch is limited to 50 km/h.", "50 km/h"),
        ("Forecasters expect winds to 60 mph.", "60 mph"),
        # "doing" a length is no speed
        ("The firm is doing 40 km of roadworks.", "40 km"),
    ],
)
def test_no_moving_subject_no_frame(text: str, figure: str) -> None:
    assert measure(text, figure) == ()


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("Helvia's obesity injection Lumara brought in 410 million francs in the half.",
     "410 million francs", ("revenue", "injection", "lumara", "obesity")),
    ("The Arlow toll bridge took in £31 million last year.", "£31 million",
     ("revenue", "arlow", "bridge", "toll")),
    ("Starfall grossed $48 million over the weekend.", "$48 million", ("revenue", "starfall")),
    ("Bramwell's took in £2.4 billion over Christmas.", "£2.4 billion", ("revenue", "bramwell")),
])
def test_a_sum_taken_in_is_its_subjects_revenue(
        text: str, figure: str, expected: tuple[str, ...]) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(("text", "figure"), [
    ("It brought in £1.38 billion, up 6%.", "£1.38 billion"),  # a pronoun names nothing
    ("The unit, which brought in $2 billion, grew fast.", "$2 billion"),
    ("The firm earned £40 million last year.", "£40 million"),  # profit or revenue: unsaid
])
def test_no_subject_or_no_verb_of_taking_in_no_revenue(text: str, figure: str) -> None:
    assert measure(text, figure)[:1] != ("revenue",)


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("All 9,200 tickets for the cup final were snapped up within hours.", "9,200",
     ("ticket", "snapped")),
    ("Some 300 trees along Linden Avenue have been felled.", "Some 300", ("tree", "felled")),
    ("Sixteen cars in the Riverside retail park car park were damaged.", "Sixteen",
     ("car", "damaged")),
])
def test_a_counts_verb_is_read_past_a_modifier_of_its_noun(
        text: str, figure: str, expected: tuple[str, ...]) -> None:
    assert measure(text, figure) == expected


@pytest.mark.parametrize(("text", "figure"), [
    ("The 400 seats for disabled supporters go on sale on Monday.", "400"),  # no auxiliary
    ("About 90 tickets for fans who travelled were refunded.", "About 90"),  # a relative clause
    ("Some 200 tickets for Saturday, and 40 for Sunday, were sold.", "Some 200"),  # a comma
])
def test_no_verb_past_another_clause(text: str, figure: str) -> None:
    assert measure(text, figure)[1:] == ()
