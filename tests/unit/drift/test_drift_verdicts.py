"""Tiered verdicts between sources: what fires, and the near-misses that stay quiet."""

from __future__ import annotations

import dataclasses

import pytest
from drift_helpers import above, below, claim, closed

from numcheck.checkers import drift
from numcheck.claims import Claim, Scope
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.quantity import Bound, Kind
from numcheck.testing.builders import make_context


def run(*claims: Claim, **options: int) -> list[Finding]:
    context = make_context({"drift": options} if options else None)
    return sorted(drift.numcheck_check_corpus([], list(claims), context), key=Finding.sort_key)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def test_hard_bounds_disjoint_is_a_contradiction_on_the_newer_article() -> None:
    old = claim("a.txt", "nearly 500", below(500), bound=Bound.BELOW, date="2022-03-03")
    new = claim("b.txt", "612", Interval.point(612), date="2022-03-03")
    [finding] = run(old, new)
    assert finding.rule == "NC401"
    assert finding.location.path == "b.txt"
    assert [r.path for r in finding.related] == ["a.txt"]
    assert "'612'" in finding.message
    assert "'nearly 500' at a.txt:1:16" in finding.message


def test_rounding_and_fitting_hedges_stay_quiet() -> None:
    about = claim("a.txt", "about 5,800", closed(5220, 6380), bound=Bound.APPROX)
    exact = claim("b.txt", "5,840", Interval.point(5840))
    nearly = claim("c.txt", "almost 5,900", below(5900), bound=Bound.BELOW)
    assert run(about, exact, nearly) == []


def test_soft_bounds_apart_is_drift_not_contradiction() -> None:
    hard, soft = above(2000, 3000)
    more = claim("a.txt", "more than 2,000", hard, soft, bound=Bound.GT)
    many = claim("b.txt", "9,000", closed(8500, 9500))
    [finding] = run(more, many)
    assert finding.rule == "NC402"
    assert "usual readings" in finding.message


def test_opposite_hedges_on_the_same_number_are_drift() -> None:
    upto = claim("a.txt", "up to 2,000", closed(0, 2000), bound=Bound.LE, value=2000)
    least = claim("b.txt", "at least 2,000", Interval(2000, float("inf"), True, False),
                  bound=Bound.GE, value=2000)  # fmt: skip
    [finding] = run(upto, least)
    assert (finding.rule, "opposite" in finding.message) == ("NC402", True)


def test_different_parties_are_disputed_and_both_sides_shown() -> None:
    russia = claim("a.txt", "nearly 500", below(500), thing="soldier", qualifiers=("russian",),
                   claimant="Russia's Defense Ministry", bound=Bound.BELOW)  # fmt: skip
    ukraine = claim("b.txt", "5,840", Interval.point(5840), thing="soldier",
                    qualifiers=("russian",), claimant="Ukrainian authorities")  # fmt: skip
    [finding] = run(russia, ukraine)
    assert finding.rule == "NC404"
    assert "'5,840' according to Ukrainian authorities" in finding.message
    assert "'nearly 500' according to Russia's Defense Ministry" in finding.message


def test_two_parties_quoted_in_one_article_are_disputed() -> None:
    text = "Moscow said 500 died; Kyiv said 5,800 died."
    a = claim("a.txt", "500", Interval.point(500), claimant="Moscow", text=text)
    b = claim("a.txt", "5,800", Interval.point(5800), claimant="Kyiv", text=text)
    assert rules(run(a, b)) == ["NC404"]


def test_one_party_restating_itself_in_one_article_is_left_to_the_in_article_rules() -> None:
    text = "Moscow said 500 died; later Moscow said 5,800 died."
    a = claim("a.txt", "500", Interval.point(500), claimant="Moscow", text=text)
    b = claim("a.txt", "5,800", Interval.point(5800), claimant="the Kremlin", text=text)
    assert run(a, b) == []


def test_same_party_under_two_names_can_contradict() -> None:
    a = claim("a.txt", "500", Interval.point(500), claimant="Russia's Defense Ministry")
    b = claim("b.txt", "5,800", Interval.point(5800), claimant="the Kremlin")
    assert rules(run(a, b)) == ["NC401"]


def test_agreeing_parties_are_quiet() -> None:
    a = claim("a.txt", "about 2,000", closed(1800, 2200), claimant="the United Nations")
    b = claim("b.txt", "2,050", Interval.point(2050), claimant="Ukraine")
    assert run(a, b) == []


def test_killed_against_casualties_with_the_same_figure_is_measure_drift() -> None:
    hard, soft = above(2000, 3000)
    killed = claim("a.txt", "more than 2,000", hard, soft, bound=Bound.GT)
    casualties = claim("b.txt", "about 2,000", closed(1800, 2200), event="casualties",
                       bound=Bound.APPROX)  # fmt: skip
    [finding] = run(killed, casualties)
    assert finding.rule == "NC403"
    assert "'about 2,000' (civilian casualties) is about the same figure as" in finding.message
    assert "'more than 2,000' civilian killed at a.txt" in finding.message
    assert "'casualties' counts killed + wounded" in finding.message


def test_fewer_casualties_than_killed_is_measure_drift() -> None:
    killed = claim("a.txt", "3,000", Interval.point(3000))
    casualties = claim("b.txt", "1,000", Interval.point(1000), event="casualties")
    [finding] = run(killed, casualties)
    assert finding.rule == "NC403"
    assert "'1,000' (civilian casualties) is fewer than '3,000'" in finding.message


def test_casualties_well_above_killed_are_quiet() -> None:
    killed = claim("a.txt", "498", Interval.point(498))
    casualties = claim("b.txt", "about 2,100", closed(1890, 2310), event="casualties")
    assert run(killed, casualties) == []


def test_at_least_a_toll_is_not_about_a_far_larger_casualty_count() -> None:
    # issue #10 false alarm: "at least 40 killed" (usually read 40 to 44) and "319
    # casualties" may be the same number by the words, not by any reading
    hard = Interval(40, float("inf"), True, False)
    killed = claim("a.txt", "at least 40", hard, Interval(40, 44), bound=Bound.GE)
    casualties = claim("b.txt", "319", Interval.point(319), event="casualties")
    assert run(killed, casualties) == []


def test_windows_must_match() -> None:
    day = claim("a.txt", "34", Interval.point(34), window="last 24 hours")
    total = claim("b.txt", "2,000", Interval.point(2000))
    other_day = claim("c.txt", "40", Interval.point(40), window="past 24 hours")
    week = claim("d.txt", "300", Interval.point(300), window="first week")
    week2 = claim("e.txt", "310", Interval.point(310), window="first 7 days")
    found = run(day, total, other_day, week, week2)
    # "past 24 hours" is "last 24 hours", "first week" is "first 7 days"; nothing else meets
    assert [(f.rule, f.location.path, f.related[0].path) for f in found] == [
        ("NC401", "c.txt", "a.txt"),
        ("NC401", "e.txt", "d.txt"),
    ]


def test_older_cumulative_figure_is_stale_with_both_dates() -> None:
    old = claim("a.txt", "498", Interval.point(498), date="2022-03-03")
    new = claim("b.txt", "1,300", Interval.point(1300), date="2022-03-17")
    [finding] = run(old, new)
    assert finding.rule == "NC405"
    assert finding.location.path == "a.txt"
    assert "2022-03-03" in finding.message
    assert "2022-03-17" in finding.message


def test_a_cumulative_figure_that_falls_is_a_contradiction() -> None:
    old = claim("a.txt", "1,300", Interval.point(1300), date="2022-03-03")
    new = claim("b.txt", "498", Interval.point(498), date="2022-03-17")
    [finding] = run(old, new)
    assert finding.rule == "NC401"
    assert "cannot fall" in finding.message


@pytest.mark.parametrize(
    "event", ["missing", "hospitalised", "sheltered", "without_power", "evacuated", "cancelled"]
)
def test_counts_that_can_fall_are_not_cumulative(event: str) -> None:
    # issue #10 false alarm: people missing, in hospital, in shelters, without power
    old = claim("a.txt", "62", Interval.point(62), event=event, date="2022-03-03")
    new = claim("b.txt", "19", Interval.point(19), event=event, date="2022-03-05")
    assert run(old, new) == []
    same_day = claim("c.txt", "19", Interval.point(19), event=event, date="2022-03-03")
    assert rules(run(old, same_day)) == ["NC401"]


def test_levels_on_different_days_are_not_compared() -> None:
    a = claim("a.txt", "40 miles", Interval.point(40), thing="convoy", event=None,
              unit="mile", date="2022-03-01")  # fmt: skip
    b = claim("b.txt", "3 miles", Interval.point(3), thing="convoy", event=None,
              unit="mile", date="2022-03-09")  # fmt: skip
    assert run(a, b) == []


def test_quotes_are_flagged_in_quote_and_boilerplate_is_skipped() -> None:
    quoted = claim("a.txt", "500", Interval.point(500), scope=Scope.QUOTE)
    body = claim("b.txt", "580", Interval.point(580))  # within ten times of each other
    footer = claim("c.txt", "73", Interval.point(73), scope=Scope.BOILERPLATE)
    [finding] = run(quoted, body, footer)
    assert (finding.location.path, finding.in_quote) == ("b.txt", False)
    assert "'500' (in a direct quote) at a.txt" in finding.message
    late_quote = claim("z.txt", "90", Interval.point(90), scope=Scope.QUOTE)
    [f] = run(body, late_quote)
    assert f.in_quote
    assert "'90' (in a direct quote) (civilian killed)" in f.message


def test_one_finding_per_claim_and_rule_with_related_capped() -> None:
    others = [claim(f"a{i}.txt", "500", Interval.point(500)) for i in range(8)]
    outlier = claim("z.txt", "5,800", Interval.point(5800))
    [finding] = run(*others, outlier, max_related=3)
    assert len(finding.related) == 3
    assert finding.message.endswith("(and 7 more sources)")


@pytest.mark.parametrize("kind", [Kind.DATE, Kind.YEAR, Kind.IDENTIFIER, Kind.ORDINAL])
def test_non_amounts_are_never_compared(kind: Kind) -> None:
    a = claim("a.txt", "24", Interval.point(24))
    a = dataclasses.replace(a, quantity=dataclasses.replace(a.quantity, kind=kind))
    b = claim("b.txt", "26", Interval.point(26))
    assert run(a, b) == []
    as_count = dataclasses.replace(a, quantity=dataclasses.replace(a.quantity, kind=Kind.COUNT))
    assert rules(run(as_count, b)) == ["NC401"]  # the same figures as counts do conflict


# --- disputes across dates (audit item 1) --------------------------------------------


def test_different_claimants_on_different_days_are_still_disputed() -> None:
    rebels = claim("a.txt", "40", Interval.point(40), thing="soldier", claimant="The rebels",
                   date="2023-05-10")  # fmt: skip
    army = claim("b.txt", "4", Interval.point(4), thing="soldier", claimant="The army",
                 date="2023-05-12")  # fmt: skip
    [finding] = run(rebels, army)
    assert (finding.rule, finding.location.path) == ("NC404", "b.txt")
    assert "'4' according to the army (2023-05-12)" in finding.message
    assert "'40' according to the rebels (2023-05-10)" in finding.message


def test_a_higher_later_figure_from_another_claimant_is_disputed_not_stale() -> None:
    rebels = claim("a.txt", "4", Interval.point(4), claimant="the rebels", date="2023-05-10")
    army = claim("b.txt", "40", Interval.point(40), claimant="the army", date="2023-05-12")
    assert rules(run(rebels, army)) == ["NC404"]


def test_a_later_higher_figure_from_the_same_claimant_is_stale() -> None:
    early = claim("a.txt", "4", Interval.point(4), claimant="the army", date="2023-05-10")
    late = claim("b.txt", "40", Interval.point(40), claimant="the army", date="2023-05-12")
    [finding] = run(early, late)
    assert (finding.rule, finding.location.path) == ("NC405", "a.txt")


def test_agreeing_claimants_on_different_days_are_quiet() -> None:
    a = claim("a.txt", "about 40", closed(36, 44), claimant="the rebels", date="2023-05-10")
    b = claim("b.txt", "41", Interval.point(41), claimant="the army", date="2023-05-12")
    assert run(a, b) == []


def test_rolling_windows_on_different_days_are_different_spans() -> None:
    a = claim("a.txt", "34", Interval.point(34), window="last 24 hours", date="2023-05-10")
    b = claim("b.txt", "9", Interval.point(9), window="past 24 hours", date="2023-05-12")
    c = claim("c.txt", "90", Interval.point(90), window="last 24 hours", claimant="the army",
              date="2023-05-13")  # fmt: skip
    assert run(a, b, c) == []


def test_levels_from_different_claimants_on_different_days_are_not_compared() -> None:
    a = claim("a.txt", "40 miles", Interval.point(40), thing="convoy", event=None, unit="mile",
              claimant="the Pentagon", date="2022-03-01")  # fmt: skip
    b = claim("b.txt", "3 miles", Interval.point(3), thing="convoy", event=None, unit="mile",
              claimant="Moscow", date="2022-03-09")  # fmt: skip
    assert run(a, b) == []


# --- message grammar (audit item 3) -----------------------------------------------------


def test_attributions_read_well_for_any_claimant() -> None:
    a = claim("a.txt", "40", Interval.point(40), claimant="rescuers")
    b = claim("b.txt", "4", Interval.point(4), claimant="The army")
    c = claim("c.txt", "400", Interval.point(400), claimant="One U.S. official")
    found = run(a, b, c)
    text = " ".join(f.message for f in found)
    assert " says " not in text
    assert "'40' according to rescuers" in text
    assert "'4' according to the army" in text
    assert "'400' according to one U.S. official" in text


def test_the_quoted_side_is_named_next_to_its_figure() -> None:
    quoted = claim("a.txt", "nearly 500", below(500), claimant="Russia", scope=Scope.QUOTE,
                   bound=Bound.BELOW)  # fmt: skip
    plain = claim("b.txt", "5,840", Interval.point(5840), claimant="Ukraine")
    [finding] = run(quoted, plain)
    assert "'nearly 500' (in a direct quote) according to Russia at a.txt" in finding.message
    assert "'5,840' according to Ukraine" in finding.message
    assert "'5,840' (in a direct quote)" not in finding.message
    assert not finding.message.endswith("(in a direct quote)")


def test_measure_drift_names_each_side_once_with_its_quote_marker() -> None:
    hard, soft = above(2000, 3000)
    killed = claim("a.txt", "more than 2,000", hard, soft, bound=Bound.GT, scope=Scope.QUOTE,
                   claimant="Ukraine's emergency services")  # fmt: skip
    casualties = claim("b.txt", "about 2,000", closed(1800, 2200), event="casualties",
                       bound=Bound.APPROX)  # fmt: skip
    [finding] = run(killed, casualties)
    assert finding.message.count("more than 2,000") == 1
    assert finding.message.count("about 2,000") == 1
    assert ("'more than 2,000' (in a direct quote) civilian killed according to Ukraine's "
            "emergency services at a.txt" in finding.message)  # fmt: skip
    assert "'casualties' counts killed + wounded" in finding.message


def test_parties_whose_figures_only_touch_at_an_open_end_are_not_disputed() -> None:
    russia = claim("a.txt", "nearly 500", below(500), claimant="Russia", bound=Bound.BELOW,
                   date="2022-03-03")  # fmt: skip
    span = Interval(500, float("inf"), True, False)
    official = claim("b.txt", "as low as 500 to more than 5,000", span, closed(500, 6000),
                     claimant="a U.S. official", bound=Bound.RANGE)  # fmt: skip
    assert run(russia, official) == []
    ukraine = claim("c.txt", "5,840", Interval.point(5840), claimant="Ukraine")
    [finding] = run(russia, ukraine)
    assert finding.rule == "NC404"
    assert "undated" not in finding.message  # dates are shown only when both differ


def test_related_places_start_with_the_sources_closest_in_time() -> None:
    older = [claim(f"a{i}.txt", "9,000", Interval.point(9000), date=f"2023-05-0{i + 1}")
             for i in range(6)]  # fmt: skip (each: a toll that fell by May 20)
    same_day = claim("b.txt", "510", Interval.point(510), date="2023-05-20")
    outlier = claim("z.txt", "5,800", Interval.point(5800), date="2023-05-20")
    found = run(*older, same_day, outlier, max_related=3)
    [finding] = [f for f in found if (f.rule, f.location.path) == ("NC401", "z.txt")]
    assert finding.related[0].path == "b.txt"
    assert "'510' at b.txt" in finding.message
