"""Roles read from the clause (numcheck/checkers/_roles.py): a change whose old level, new
level and step stand in any order, and a total told in the sentence after its items."""

from __future__ import annotations

from numcheck.testing import run_checks


def _codes(text: str) -> list[str]:
    return run_checks(text, builtins=True, path="article.txt").codes()


def test_old_level_before_the_verb_is_read() -> None:
    assert "NC206" in _codes("From 340 last spring, the shelter's intake rose 10% to 420.")
    assert _codes("From 340 last spring, the shelter's intake rose about 24% to 420.") == []


def test_old_level_marked_by_its_period_after_it() -> None:
    text = "Cargo volumes, 8.0 million tonnes a year earlier, slipped 5% to 7.2 million tonnes."
    assert "NC206" in _codes(text)
    assert _codes(text.replace("5%", "10%")) == []


def test_comparative_step_with_levels_round_it() -> None:
    text = "At $62, a barrel now fetches 40% more than the $50 it fetched in June."
    assert "NC206" in _codes(text)
    assert _codes(text.replace("40%", "24%")) == []


def test_two_candidate_old_levels_stay_silent() -> None:
    # two figures after "from": no guess which one the change started from
    text = "From 300 in May and from 320 in June, bookings rose 50% to 400."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_break_word_cuts_the_clause() -> None:
    text = "Rents rose 8% in the city, while in the suburbs they went from 900 to 950."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_total_in_the_next_sentence() -> None:
    text = "The Greens won 1,204 votes and the Liberals 987. In all, 2,291 votes were cast."
    assert "NC202" in _codes(text)
    assert _codes(text.replace("2,291", "2,191")) == []


def test_total_of_another_time_is_only_an_upper_bound() -> None:
    # the total counts since Friday: the items of one day may be only some of it
    since = " In all, 30 people have been held since Friday."
    text = "Police held 12 men and 4 women on Saturday." + since
    assert not [c for c in _codes(text) if c.startswith("NC2")]
    text = "Police held 22 men and 14 women on Saturday." + since
    assert "NC202" in _codes(text)


def test_total_opener_with_items_of_another_thing_stays_silent() -> None:
    text = "Crews sent 12 engines and 4 ladders. In all, 60 firefighters attended."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_levels_in_the_sentence_before_by_their_periods() -> None:
    text = "A season ticket now costs £640. A year ago it cost £600, a rise of 12%."
    assert "NC206" in _codes(text)
    assert _codes(text.replace("12%", "7%")) == []


def test_levels_ordered_by_their_years() -> None:
    text = "The port moved 3.0 million boxes in 2023. In 2025 it moved 3.6 million, up 30%."
    assert "NC206" in _codes(text)
    assert _codes(text.replace("30%", "20%")) == []


def test_a_step_of_another_period_is_no_change_of_the_levels() -> None:
    text = "The shares, 410p a year ago, rose 5% on Tuesday to 380p."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_levels_of_another_measure_in_the_sentence_before_stay_silent() -> None:
    text = "Profits were $1m last year. This year sales rose 10% to $4.4m."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_contrast_cuts_the_clause() -> None:
    text = "From 300 in May, bookings rose 50%, though revenue fell to 420."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_gapped_list_after_its_total() -> None:
    text = "The storm damaged 140 homes. Eighty were in Ashby, 35 in Colne and 20 in Frith."
    assert "NC202" in _codes(text)
    assert _codes(text.replace("Eighty", "Eighty-five")) == []


def test_items_with_verbs_of_their_own_are_no_breakdown() -> None:
    text = "The clinic treated 40 patients. Twelve had burns, 9 had fractures and 3 had cuts."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_items_named_as_another_thing_are_no_breakdown() -> None:
    text = "The school has 900 pupils. Its teachers number 60, its assistants 25 and its cooks 8."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_selection_word_makes_the_list_no_breakdown() -> None:
    text = (
        "The storm damaged 140 homes. The worst-hit were 60 in Ashby, 35 in Colne and 20 in Frith."
    )
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_sentence_between_total_and_list_breaks_the_tie() -> None:
    text = "About 320 troops are helping. Help lines are open.\n\nCall 800, 202 or 303 for help."
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_subordinate_clause_is_another_clause() -> None:
    text = (
        "The airline made a profit of 61 million euros, against a loss of 9 million a year "
        "earlier, as passenger numbers rose 14% to 48.3 million."
    )
    assert not [c for c in _codes(text) if c.startswith("NC2")]


def test_a_relative_clause_after_a_figure_holds_no_items_of_a_list() -> None:
    """", which would be closed by savings of £9.6m and £4.6m": the two figures are about
    the gap before them, no items listed beside it (nor a breakdown of the sentence
    before); a gapped list of three still is."""
    text = (
        "The remaining £35m covers everything else, from libraries to parks. The council "
        "faced a gap of £14.2m, which would be closed by savings of £9.6m and £4.6m drawn "
        "from reserves."
    )
    assert "NC202" not in _codes(text)
    assert "NC202" in _codes("The storm damaged 140 homes. Eighty were in Ashby, 35 in Colne "
                             "and 20 in Frith.")  # fmt: skip
