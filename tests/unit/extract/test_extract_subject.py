"""The measured thing, the event and the alignment key of a figure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim, ClaimKey
from numcheck.quantity import Kind

ClaimOf = Callable[..., Claim]
Extract = Callable[..., list[Claim]]


def test_noun_phrase_after_the_number(claim_of: ClaimOf) -> None:
    claim = claim_of("Officials said 212 Belarusian troops were killed near the dam.", "212")
    assert claim.key == ClaimKey("soldier", "killed", ("belarusian", "military"))
    assert claim.subject == "Belarusian troops"
    assert claim.event == "were killed"


def test_synonyms_share_one_key(extract: Extract) -> None:
    claims = extract(
        "At least 14 servicemen died on Monday. Another 14 soldiers lost their lives later.",
        ["14", "14"],
    )
    assert claims[0].key == claims[1].key == ClaimKey("soldier", "killed", ("military",))


def test_second_figure_inherits_the_thing_but_keeps_its_own_event(extract: Extract) -> None:
    claims = extract("Yesterday 61 miners died and 140 were hurt in the blast.", ["61", "140"])
    assert claims[0].key == ClaimKey("miner", "killed")
    assert claims[1].key == ClaimKey("miner", "wounded")


def test_bare_event_after_and_inherits_thing_and_qualifiers(extract: Extract) -> None:
    claims = extract("It said 75 Ukrainian civilians were killed and 210 injured.", ["75", "210"])
    assert claims[1].key == ClaimKey("civilian", "wounded", ("civilian", "ukrainian"))


def test_partitive_with_possessive_takes_the_claimants_side(claim_of: ClaimOf) -> None:
    claim = claim_of("Belarus said on Monday that 31 of its troops had been killed.", "31")
    assert claim.key == ClaimKey("soldier", "killed", ("belarusian", "military"))
    assert claim.subject == "its troops"


def test_number_as_object_of_an_event_verb(claim_of: ClaimOf) -> None:
    claim = claim_of("Minsk says its artillery has killed 900 Polish soldiers.", "900")
    assert (claim.key.thing, claim.key.event) == ("soldier", "killed")
    assert claim.claimant == "Minsk"


def test_number_as_predicate_of_a_collective_subject(claim_of: ClaimOf) -> None:
    text = "Local officials estimate that the number of civilian casualties so far is about 700."
    claim = claim_of(text, "about 700")
    assert claim.key == ClaimKey("civilian", "casualties", ("civilian",))


def test_death_toll_rose_to_is_a_killed_level_not_a_change(claim_of: ClaimOf) -> None:
    claim = claim_of("The death toll from the floods rose to 58 on Sunday.", "58")
    assert claim.key.event == "killed"
    assert claim.is_change is False


def test_fled_phrasings_align(extract: Extract) -> None:
    claims = extract(
        "More than 300,000 people have fled Moldova. "
        "About 300,000 people in Moldova have fled to nearby countries. "
        "The agency counted 300,000 refugees.",
        ["More than 300,000", "About 300,000", "300,000"],
    )
    assert {c.key for c in claims} == {ClaimKey("people", "fled")}


def test_demonym_alone_means_people_of_that_nation(claim_of: ClaimOf) -> None:
    claim = claim_of("Analysts think 2,400 Belarusians have been killed.", "2,400")
    assert claim.key == ClaimKey("people", "killed", ("belarusian",))
    assert claim.subject == "Belarusians"


def test_demonym_means_soldiers_when_its_sentence_is_about_troops(claim_of: ClaimOf) -> None:
    text = (
        "As the offensive stalled, 2,400 Belarusians have been killed, the troops' chaplain said."
    )
    claim = claim_of(text, "2,400")
    assert claim.key == ClaimKey("soldier", "killed", ("belarusian", "military"))


def test_demonym_takes_the_thing_of_an_earlier_figure_for_that_nation(extract: Extract) -> None:
    text = (
        "Belarus said 300 of its troops had been killed.\n"
        "The minister called the losses a tragedy.\n"
        "Western officials told reporters that about 2,400 Belarusians have been killed.\n"
        "Polish officials said 120 soldiers were killed."
    )
    claims = extract(text, ["300", "about 2,400", "120"])
    assert (
        claims[0].key == claims[1].key == ClaimKey("soldier", "killed", ("belarusian", "military"))
    )


def test_demonym_and_explicit_soldiers_share_a_key_across_documents(extract: Extract) -> None:
    first = extract(
        "Minsk said 31 of its troops were killed. "
        "Analysts said 2,400 Belarusians have been killed.",
        ["31", "2,400"],
    )
    second = extract("Kyiv says its army has killed 2,410 Belarusian soldiers.", ["2,410"])
    assert first[1].key == second[0].key


@pytest.mark.parametrize(
    ("text", "phrase", "key"),
    [
        ("Blast kills 34", "34", ClaimKey(None, "killed")),
        (
            "Shelling killed 12 civilians in the port.",
            "12",
            ClaimKey("civilian", "killed", ("civilian",)),
        ),
        ("The quake killed 40 refugees at the camp.", "40", ClaimKey("people", "killed")),
        ("Strikes wound 18 in the capital", "18", ClaimKey(None, "wounded")),
        ("The storm killed another 7 sailors.", "7", ClaimKey("sailor", "killed")),
    ],
)
def test_event_verb_before_the_number_is_its_event(
    claim_of: ClaimOf, text: str, phrase: str, key: ClaimKey
) -> None:
    assert claim_of(text, phrase).key == key


def test_including_marks_a_part_of_the_figure_before(extract: Extract) -> None:
    claims = extract("Some 90 people were injured, including 12 children.", ["90", "12"])
    assert claims[1].part_of == claims[0].quantity.start
    assert claims[1].key == ClaimKey("child", "wounded")


def test_anaphoric_figure_takes_the_previous_figures_key(extract: Extract) -> None:
    claims = extract(
        "Officials said 120 sailors were killed. The estimates have ranged from 80 to 150.",
        ["120", "80 to 150"],
    )
    assert claims[1].key == claims[0].key == ClaimKey("sailor", "killed")


def test_change_amount_versus_new_level(extract: Extract) -> None:
    text = "Fares rose 12% to $3.40. The rate fell to 3.9%, a 0.4-point drop. Sales were up 7%."
    claims = extract(
        text,
        [
            ("12%", {"kind": Kind.PERCENT}),
            ("$3.40", {"kind": Kind.MONEY, "unit": "USD"}),
            ("3.9%", {"kind": Kind.PERCENT}),
            ("0.4-point", {"kind": Kind.PERCENTAGE_POINT}),
            ("7%", {"kind": Kind.PERCENT}),
        ],
    )
    assert [c.is_change for c in claims] == [True, False, False, True, True]


def test_shot_down_is_not_a_change(claim_of: ClaimOf) -> None:
    assert claim_of("Gunners shot down 3 drones overnight.", "3").is_change is False


def test_dimension_keeps_counts_apart_from_units(extract: Extract) -> None:
    claims = extract(
        "A 30-mile convoy and 30 trucks waited.",
        [("30-mile", {"kind": Kind.MEASURE, "unit": "mile", "head": "convoy"}), "30"],
    )
    assert claims[0].key.thing == "convoy"
    assert claims[0].key.dimension != "count"
    assert claims[1].key == ClaimKey("truck", None)


def test_unit_figures_do_not_take_a_random_word_as_their_thing(claim_of: ClaimOf) -> None:
    claim = claim_of(
        "Progress stalled in the past 24 hours due to fuel shortages.",
        ("24 hours", {"kind": Kind.DURATION, "unit": "hour"}),
    )
    assert claim.key.thing is None


def test_dates_years_and_identifiers_are_keyed_but_incomparable(extract: Extract) -> None:
    claims = extract(
        "In 2014 the F-16 deal of March 3 was signed.",
        [
            ("2014", {"kind": Kind.YEAR}),
            ("16", {"kind": Kind.IDENTIFIER}),
            ("March 3", {"kind": Kind.DATE}),
        ],
    )
    for claim in claims:
        assert claim.key.thing is None
        assert claim.key.event is None
        assert claim.key.dimension not in ("count",)
    assert len({c.key.dimension for c in claims}) == 3


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Some 900 people were killed or injured in the collapse.", "Some 900"),
        ("Officials said 300 were killed and wounded.", "300"),
        ("The collapse left 40 dead or injured.", "40"),
        ("The shelling killed or injured 75 people.", "75"),
        ("Medics counted 120 casualties.", "120"),
    ],
)
def test_killed_and_wounded_together_are_casualties(
    claim_of: ClaimOf, text: str, phrase: str
) -> None:
    # "killed or injured" is the composite measure: keyed as killed it contradicted
    # every death toll of the story
    assert claim_of(text, phrase).key.event == "casualties"


def test_killed_and_then_wounded_figures_stay_apart(extract: Extract) -> None:
    claims = extract("The blast killed 34 people and injured 285.", ["34", "285"])
    assert [c.key.event for c in claims] == ["killed", "wounded"]


@pytest.mark.parametrize(
    ("text", "phrase", "key"),
    [
        ("Medics reported about 800 casualties.", "about 800", ClaimKey("people", "casualties")),
        ("The mine collapse left 40 dead.", "40", ClaimKey("people", "killed")),
        ("Officials counted 14 injured.", "14", ClaimKey("people", "wounded")),
        ("There were 60 deaths.", "60", ClaimKey("people", "killed")),
        (
            "Some 2,000 civilian casualties",
            "2,000",
            ClaimKey("civilian", "casualties", ("civilian",)),
        ),
    ],
)
def test_event_nouns_count_people_unless_told_otherwise(
    claim_of: ClaimOf, text: str, phrase: str, key: ClaimKey
) -> None:
    assert claim_of(text, phrase).key == key


def test_a_bare_event_noun_still_borrows_the_thing_before_it(extract: Extract) -> None:
    claims = extract("The army said 498 soldiers were killed and 1,597 injured.", ["498", "1,597"])
    assert claims[1].key == ClaimKey("soldier", "wounded", ("military",))



PCT = {"kind": Kind.PERCENT}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Voter turnout stood at 71%, and 44% approved the new charter.", "71%", "44%"),
        ("Turnout was 52% on Sunday, while 61% said they backed the mayor.", "52%", "61%"),
        ("Turnout was 90% in May; 12% also rejected the plan.", "90%", "12%"),
        ("Turnout hit 47 per cent but 55 per cent were against it.", "47 per cent",
         "55 per cent"),
    ],
)
def test_a_share_heading_its_own_clause_does_not_take_the_subject_before(
    extract: Extract, text: str, first: str, second: str
) -> None:
    """A rate named by its clause's subject ("Turnout was 64%") does not leak into the
    next clause when the share there is the subject of a verb of its own."""
    claims = extract(text, [(first, PCT), (second, PCT)])
    assert claims[0].key.thing == "turnout"
    assert claims[1].key.thing is None


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # an elliptical second clause, no verb of its own: the same rate elsewhere
        ("Turnout was 64% in the city, and 58% in the outlying villages.", "64%", "58%"),
        ("Voter turnout stood at 71% in 2019 and 66% in 2015.", "71%", "66%"),
    ],
)
def test_an_elliptical_share_still_takes_the_subject_before(
    extract: Extract, text: str, first: str, second: str
) -> None:
    claims = extract(text, [(first, PCT), (second, PCT)])
    assert claims[0].key.thing == claims[1].key.thing == "turnout"


def test_a_count_heading_its_own_clause_still_takes_the_thing_before(
    extract: Extract,
) -> None:
    """A count in the next clause may be a part of the figure before it."""
    claims = extract("Yesterday 61 miners died and 140 were hurt in the blast.", ["61", "140"])
    assert claims[1].key == ClaimKey("miner", "wounded")


@pytest.mark.parametrize(
    ("text", "figure", "thing", "event"),
    [
        # "bringing to N the number of X": the count's noun follows the collective
        ("Police made 51 arrests on Thursday, bringing to 148 the number of arrests.",
         "148", "people", "detained"),
        ("The storm raised to 61 the count of homes destroyed.", "61", "home", "destroyed"),
        ("It brought to 12 the number of people killed in the region.", "12", "people",
         "killed"),
    ],
)
def test_a_collective_after_the_figure_is_transparent(
    claim_of: ClaimOf, text: str, figure: str, thing: str, event: str
) -> None:
    key = claim_of(text, figure).key
    assert (key.thing, key.event) == (thing, event)



@pytest.mark.parametrize(
    "text",
    ["The plan won 54% of the vote, with turnout a little over 60%.",
     "The plan won 54% of the vote, with turnout at 61%."],
)
def test_a_noun_after_with_is_the_subject_of_the_figure_after_it(
    claim_of: ClaimOf, text: str
) -> None:
    """ "with turnout a little over 60%": the turnout, not the voters of the figure before."""
    figure = "a little over 60%" if "little" in text else "61%"
    assert claim_of(text, figure).key.thing == "turnout"


def test_a_figure_right_after_with_names_its_own_noun(claim_of: ClaimOf) -> None:
    assert claim_of("The final ended with 30,000 fans inside.", "30,000").key.thing == "spectator"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Staff were told a week before the flights were cancelled.", "a week", "week"),
        ("A day after the village was evacuated, residents returned.", "A day", "day"),
        ("Three weeks before the depot was evacuated, 40 staff were told.", "Three weeks",
         "week"),
    ],
)
def test_a_time_offset_takes_no_event_of_the_clause_it_opens(
    claim_of: ClaimOf, text: str, figure: str, unit: str
) -> None:
    # the verb after "after"/"before" names the other moment, not what the span measures
    span = (figure, {"kind": Kind.DURATION, "unit": unit})
    assert claim_of(text, span).key.event is None


def test_a_count_before_after_keeps_its_event(claim_of: ClaimOf) -> None:
    # only a span of time is an offset: "40 people" are the ones hurt
    assert claim_of("40 people were hurt after the bridge collapsed.", "40").key.event \
        == "wounded"



@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 37 people were wounded; one has since died in hospital.", "one"),
        ("Five workers were hurt in the blast and three later died.", "three"),
    ],
)
def test_a_count_told_as_more_since_is_a_step(
    extract: Extract, text: str, figure: str
) -> None:
    # "one has since died": one more added to the toll, not the toll itself
    first = text.split()[1] if text.startswith("Some") else text.split()[0]
    claims = extract(text, [first, figure])
    assert [c.is_change for c in claims] == [False, True]


def test_a_toll_is_still_a_level(claim_of: ClaimOf) -> None:
    assert not claim_of("At least 19 people have died since the attack.", "19").is_change
