"""Changes are not ranges (issue #9, part 3): the change and its levels are separate
quantities. Only the change carries ``change``; the levels carry ``level`` instead:
"new" for the level a change reached ("fell to 3.9%"), "old" for the one it started
from ("up from 380"), so checkers never add levels up as shares (semantics.md, "Changes")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck import parse
from numcheck.quantity import Bound, Change, Level


def read(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.change.value if q.change else None) for q in parse(text)]


def levels(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.level.value if q.level else None) for q in parse(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the index slipped 0.6 per cent to 7,412",
         [("0.6 per cent", "down"), ("7,412", None)]),
        ("unemployment fell to 3.9%", [("3.9%", None)]),
        ("exports rose by $12.1 billion to $310.5 billion",
         [("$12.1 billion", "up"), ("$310.5 billion", None)]),
        ("passenger numbers fell 5 percent to 2.3 million",
         [("5 percent", "down"), ("2.3 million", None)]),
        ("remittances jumped 7.6% to $63.3 billion from $58.8 billion",
         [("7.6%", "up"), ("$63.3 billion", None), ("$58.8 billion", None)]),
        ("sales were up 11 per cent", [("11 per cent", "up")]),
        ("the rate was down 0.3%", [("0.3%", "down")]),
        ("unemployment rose to 4.4%, up from 4.2%", [("4.4%", None), ("4.2%", None)]),
        ("prices were 2.7% lower than a year ago", [("2.7%", "down")]),
        ("profit was 13% more than a year earlier", [("13%", "up")]),
        ("a 5% drop in sales", [("5%", "down")]),
        ("an increase of 40 beds", [("40", "up")]),
    ],
)
def test_change_phrases(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nurses make up 62% of the hospital's staff",
        "Pensions made up roughly a third of spending",
        "Diesel cars, which makes up 18 per cent of the fleet",
        "the region, making up about 4,000 of the 9,000 jobs",
    ],
)
def test_make_up_is_composition_not_a_rise(text: str) -> None:
    """ "make up" ends in a change word but says what a whole is made of."""
    assert [q for q in parse(text) if q.change is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the jobless rate dipped to 3.7% from 3.8%", [("3.7%", "new"), ("3.8%", "old")]),
        ("output climbed 4% to 1.2 million tonnes", [("4%", None), ("1.2 million tonnes", "new")]),
        ("the fare goes up by 20p to £2.90", [("20p", None), ("£2.90", "new")]),
        ("membership grew from 1,200 to 1,850", [("1,200", "old"), ("1,850", "new")]),
        ("profit climbed to $2.1bn in 2023 from $1.7bn in 2022",
         [("$2.1bn", "new"), ("2023", None), ("$1.7bn", "old"), ("2022", None)]),
        ("revenue rose to €90m, from €81m a year earlier", [("€90m", "new"), ("€81m", "old")]),
        ("arrests hit 214, up from 180", [("214", "new"), ("180", "old")]),
        ("turnout was 41%, down 3 points", [("41%", "new"), ("3 points", None)]),
        # a multiplier verb is a verb of change: its "from ... to" holds two levels
        ("sales doubled from 800 to 1,600", [("800", "old"), ("1,600", "new")]),
        ("visits halved from 8,000 to 4,100", [("8,000", "old"), ("4,100", "new")]),
        ("output more than tripled from 2.1 to 6.8 TWh", [("2.1", "old"), ("6.8 TWh", "new")]),
        ("sales have doubled to 2,400", [("2,400", "new")]),
        # no change before "to"/"from": a range, or figures of their own
        ("fares range from £2 to £5", [("from £2 to £5", None)]),
        ("a flight from 9 to 5 and 300 seats", [("from 9 to 5", None), ("300", None)]),
        ("it fell 5%. To 10 people that mattered", [("5%", None), ("10", None)]),
    ],
)
def test_levels_of_a_change(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert levels(text) == expected


def test_level_is_in_the_json() -> None:
    new, old = parse("the rate fell to 3.9% from 4.1%")
    assert (new.to_json()["level"], old.to_json()["level"]) == ("new", "old")
    assert (new.change, new.level, old.level) == (None, Level.NEW, Level.OLD)


def test_dash_aside_is_two_quantities() -> None:
    assert [q.text for q in parse("turnout was 60% — about 900 people")] == [
        "60%", "about 900",
    ]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("six or seven dollars", ["six or seven dollars"]),
        ("blocks of £30k or £50k", ["£30k", "£50k"]),
        ("a cut of 25 or 50 basis points", ["25", "50 basis points"]),
        ("prices rose by 50 basis points", ["50 basis points"]),
    ],
)
def test_or_alternatives(text: str, texts: list[str]) -> None:
    assert [q.text for q in parse(text)][: len(texts)] == texts


def test_plus_conjunction_is_not_a_hedge() -> None:
    (q,) = parse("The fee was €3.1m, plus expenses.")
    assert q.bound is Bound.EXACT


def test_within_a_range_is_the_range() -> None:
    (q,) = parse("crews arrived within 20-30 minutes")
    assert q.bound is Bound.RANGE
    assert (q.hard.low, q.hard.high) == (20, 30)


def test_over_a_period_after_an_amount_is_the_period() -> None:
    qs = parse("a £1bn plan over three years")
    assert [q.text for q in qs] == ["£1bn", "three years"]
    assert qs[1].bound is Bound.EXACT


VERBS = st.sampled_from(["rose", "fell", "climbed", "dropped", "jumped", "slid", "grew", "shrank",
                         "increased", "decreased", "was up", "was down", "gained", "lost"])
LINKS = st.sampled_from(["", "by "])
AMOUNTS = st.sampled_from(["5%", "$12.1 billion", "3.2 per cent", "40", "1.5 million", "£2.3bn",
                           "0.6 points", "12,000"])


@given(VERBS, LINKS, AMOUNTS, AMOUNTS)
def test_a_change_sentence_never_yields_a_range(verb: str, link: str, a: str, b: str) -> None:
    text = f"The figure {verb} {link}{a} to {b} last year."
    qs = parse(text)
    assert all(q.bound is not Bound.RANGE for q in qs), [q.text for q in qs]
    changes = [q for q in qs if q.change is not None]
    assert changes
    assert a.startswith(changes[0].text)  # "0.6 points" is "0.6" without a percentage
    assert changes[0].change in (Change.UP, Change.DOWN)
    # only the change carries a direction; the figure after "to" is the new level
    assert len(changes) == 1
    after = [q for q in qs if q.start > changes[0].end and q.kind.is_comparable]
    assert after
    assert (after[0].level, after[0].change) == (Level.NEW, None)


def test_basis_points_are_hundredths_of_a_point() -> None:
    (q,) = parse("The central bank cut its key rate by 50 basis points.")
    assert (q.value, q.unit, q.change) == (0.5, "percentage_point", Change.DOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb several words before "by", a hedge after it
        ("The new rule cut the number of late trains by 30 per cent.", [("30 per cent", "down")]),
        ("Rents have shrunk by nearly 6% since March.", [("nearly 6%", "down")]),
        ("The sea has warmed by 0.2C per decade.", [("0.2C per decade", "up")]),
        ("The club was docked three points.", [("three", "down")]),
        # a noun of what changes between the figure and the direction word
        ("Nurses were offered a 4% pay rise.", [("4%", "up")]),
        ("a 2% fare increase", [("2%", "up")]),
        # a range after "by": the range is the change
        ("Between 3% and 5% of staff left.", [("Between 3% and 5%", None)]),
        ("Prices were raised by between 3% and 5%.", [("between 3% and 5%", "up")]),
        # "half" after a change verb and "by", with or without a hedge: the change's size
        ("Queues have shrunk by more than half this week.", [("more than half", "down")]),
        ("The backlog was cut by half over the summer.", [("half", "down")]),
        ("Bookings grew by almost half on the year.", [("almost half", "up")]),
    ],
)
def test_change_phrases_around_the_figure(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert read(text) == expected


def test_an_age_range_after_aged_between() -> None:
    (q,) = parse("women aged between 25 and 40")
    assert (q.kind.value, q.unit, q.bound) == ("duration", "year", Bound.RANGE)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Her lead shrank to four points, from nine in May, and 40% back her.", "percentage_point"),
     ("Inflation eased to 3.1% from 3.4", "percent"),
     ("The queue grew to 12 km from 8", "kilometer")],
)
def test_a_bare_old_level_takes_the_new_levels_unit(text: str, unit: str) -> None:
    qs = [q for q in parse(text) if q.level is Level.OLD]
    assert [q.unit for q in qs] == [unit]


def test_a_bare_level_after_a_change_keeps_no_unit() -> None:
    qs = parse("Sales fell 5% to 300 from 320 units")
    assert [(q.text, q.unit) for q in qs][1:] == [("300", None), ("320", None)]


@pytest.mark.parametrize(
    ("text", "span", "change"),
    [("Profits fell five or six per cent.", "five or six per cent", "down"),
     ("The club lost five or six players.", "five or six", None),  # the players lost
     ("Shares rose 2-3% in early trade.", "2-3%", "up")],
)
def test_an_alternative_or_tight_range_after_a_change_verb_is_one_range(
    text: str, span: str, change: str
) -> None:
    (q,) = parse(text)
    assert (q.text, q.bound, q.change.value if q.change else None) == (span, Bound.RANGE, change)


def test_aged_a_and_b_is_an_age_range() -> None:
    (q,) = parse("pupils aged 14 and 15")
    assert (q.unit, q.bound, q.hard.low, q.hard.high) == ("year", Bound.RANGE, 14, 15)


@pytest.mark.parametrize(
    "text",
    ["Women make up 38% of the board.", "The charity set up 12 clinics.",
     "Imports made up one in five cars sold.", "The firm raised $25 million from investors."],
)
def test_phrasal_up_and_money_raised_are_no_change(text: str) -> None:
    assert next(q.change for q in parse(text) if q.kind.is_comparable) is None


@pytest.mark.parametrize(
    ("text", "change"),
    [("Its shares were up 4%.", "up"), ("The bank raised rates by 0.25 points.", "up"),
     ("The mill shut 300 jobs, down 5%.", "down")],
)
def test_up_and_raised_as_change_words(text: str, change: str) -> None:
    changes = [q.change.value for q in parse(text) if q.change]
    assert changes[-1:] == [change]


@pytest.mark.parametrize(
    "text", ["The office had emptied by half past five.", "They were level by half-time."]
)
def test_half_after_by_that_is_a_time_is_no_change(text: str) -> None:
    assert [q for q in parse(text) if q.value == 0.5] == []


@pytest.mark.parametrize(
    ("text", "change"),
    [("Sales lifted 4% to £20m.", "up"), ("The group is boosting output by 12%.", "up"),
     ("Fares are rising 3% this year.", "up"), ("The firm trims its costs by 5% a year.", "down"),
     ("Margins are narrowing 2 points a year, to 31%.", "down"),
     ("Exports slumps 8% in a month.", "down"),
     # a currency's moves on the markets desk
     ("The mark firmed 1.2% on the decision.", "up"),
     ("The rand is weakening 0.8% a week.", "down"),
     ("The yen appreciated 3% against the dollar.", "up")],
)
def test_every_form_of_a_change_verb_marks_a_change(text: str, change: str) -> None:
    assert [c for _, c in read(text) if c] == [change]


def test_change_verbs_come_with_their_regular_forms() -> None:
    """hedges.toml [change] lists surface forms; a regular verb given in one of its
    -s, -ed or -ing forms is given in all three, so no tense is missed. "adding" is left
    out: it opens a clause of consequence (", adding 210 places"), not a change."""
    from numcheck.lexicon import load_section

    data = load_section("hedges")["change"]
    for side in ("up", "down"):
        forms = {f for f in data[side] if " " not in f}
        for form in sorted(forms):
            if not form.endswith("ed") or len(form) < 5 or form == "added":
                continue
            stem = form[:-2]
            if stem.endswith("i"):  # rallied: rallies, rallying
                base = stem[:-1] + "y"
                assert stem + "es" in forms, f"{side}: {form} without its -s form"
                assert base + "ing" in forms, f"{side}: {form} without its -ing form"
                continue
            bases = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
            base = next((b for b in bases if b + "s" in forms or b + "es" in forms), None)
            assert base is not None, f"{side}: {form} without its -s form"
            ing = {base + "ing", base[:-1] + "ing", base + base[-1] + "ing"}
            assert ing & forms, f"{side}: {form} without its -ing form"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kesby lost 140 homes and Pell 31, a total of 212.", [None, None, None]),
     ("The club lost 12 players in the summer.", [None]),
     ("The FTSE lost 140 points, or 1.8%, to 7,412.", ["down", None, None]),
     ("The FTSE lost 140 to 7,412.", ["down", None]),
     ("Shares lost 5% on Monday.", ["down"]),
     # cutting and shedding a count of things counts what goes
     ("The bank will cut 490 jobs.", [None]),
     ("The airline shed about 300 roles last year.", [None]),
     ("The bank cut rates by 25 basis points.", ["down"]),
     ("The index shed 140 points.", ["down"])],
)
def test_a_count_after_lost_is_what_was_lost(text: str, expected: list[str | None]) -> None:
    """hedges.toml [change] not_before_count: "lost 140 homes" counts the homes lost; a
    percentage, index points or a figure before a new level are still changes."""
    assert [c for _, c in read(text)] == expected
