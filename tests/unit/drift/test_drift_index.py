"""The claim index: blocking by key, windows, parties, and linear work on huge blocks."""

from __future__ import annotations

import pytest
from drift_helpers import claim

from numcheck.checkers import drift
from numcheck.checkers.drift.align import Alignment, ClaimIndex, Relation, alignable
from numcheck.claims import Scope
from numcheck.interval import Interval
from numcheck.testing.builders import make_context

ALIGN = Alignment.from_lexicon()


@pytest.mark.parametrize(
    ("claimant", "party"),
    [
        ("Russia's Defense Ministry", "russia"),
        ("the Kremlin", "russia"),
        ("Ukraine’s emergency services", "ukraine"),
        ("Ukrainian authorities", "ukraine"),
        ("the United Nations", "united nations"),
        ("two Western officials", "western officials"),
        ("Britain's defense ministry", "united kingdom"),
        # a name read as a possessive ("Kellner Steel's statement") is the name's party
        ("Kellner Steel's", "kellner steel"),
        ("Kellner Steel", "kellner steel"),
        (None, None),
    ],
)
def test_claimants_reduce_to_parties(claimant: str | None, party: str | None) -> None:
    assert ALIGN.party(claimant) == party


def test_window_spellings_normalize() -> None:
    assert ALIGN.window("in the past 24 hours") == ALIGN.window("last day") == "last 24 hours"
    assert ALIGN.window("first week") == "first 7 days"
    assert ALIGN.window(None) is None


def test_only_story_amounts_with_a_known_measure_align() -> None:
    assert alignable(claim("a.txt", "500", Interval.point(500)))
    assert not alignable(claim("a.txt", "500", Interval.point(500), scope=Scope.BOILERPLATE))
    assert not alignable(claim("a.txt", "44", Interval.point(44), event=None))
    assert alignable(claim("a.txt", "40", Interval.point(40), thing="convoy", event=None,
                           unit="mile"))  # fmt: skip
    assert not alignable(claim("a.txt", "30", Interval.point(30), thing=None, event=None,
                               unit="meter"))  # fmt: skip


def test_blocks_separate_things_places_and_qualifiers() -> None:
    claims = [
        claim("a.txt", "500", Interval.point(500)),
        claim("b.txt", "900", Interval.point(900), thing="soldier"),
        claim("c.txt", "700", Interval.point(700), qualifiers=("russian",)),
        claim("d.txt", "800", Interval.point(800), place="Kharkiv"),
    ]
    assert list(ClaimIndex(claims, ALIGN).pairs()) == []


def test_composites_pair_parts_with_wholes() -> None:
    killed = claim("a.txt", "500", Interval.point(500))
    wounded = claim("b.txt", "900", Interval.point(900), event="wounded")
    whole = claim("c.txt", "1,400", Interval.point(1400), event="casualties")
    pairs = list(ClaimIndex([killed, wounded, whole], ALIGN).pairs())
    assert {(p.first.claim.path, p.second.claim.path, p.relation) for p in pairs} == {
        ("a.txt", "c.txt", Relation.COMPOSITE),
        ("b.txt", "c.txt", Relation.COMPOSITE),
        ("a.txt", "b.txt", Relation.SIBLING),  # the dead and the injured: neighbours
    }


def _crowd(n: int) -> list:  # type: ignore[type-arg]
    """n articles agreeing on about 500 (each 'about x' overlaps every other)."""
    return [claim(f"s{i:05}.txt", f"about {500 + i % 7}",
                  Interval.closed(450 + i % 7, 550 + i % 7), claimant="Ukraine")
            for i in range(n)]  # fmt: skip


def test_huge_blocks_are_summarised_linearly() -> None:
    small, large = _crowd(400), _crowd(1600)
    pairs_small = sum(1 for _ in ClaimIndex(small, ALIGN, cap=16).pairs())
    pairs_large = sum(1 for _ in ClaimIndex(large, ALIGN, cap=16).pairs())
    assert pairs_large <= 4 * pairs_small + 64  # linear, not 16 times more
    assert pairs_large < 1600 * 20


def test_an_outlier_in_a_huge_block_is_still_found() -> None:
    crowd = _crowd(500)
    outlier = claim("zz-outlier.txt", "5,800", Interval.point(5800), claimant="Ukraine")
    findings = list(drift.numcheck_check_corpus([], [*crowd, outlier],
                                                make_context({"drift": {"cap": 16}})))  # fmt: skip
    assert findings, "the outlier must be reported"
    assert all("zz-outlier.txt" in (f.location.path, *(r.path for r in f.related))
               for f in findings)  # fmt: skip
    assert [f.rule for f in findings] == ["NC401"]
    assert len(findings[0].message) < 300  # summarised: one finding, related capped


def test_units_of_one_dimension_are_converted_before_comparing() -> None:
    miles = claim("a.txt", "40 miles", Interval.closed(36, 44), thing="convoy", event=None,
                  unit="mile")  # fmt: skip
    near = claim("b.txt", "64 km", Interval.closed(60, 68), thing="convoy", event=None,
                 unit="kilometer")  # fmt: skip
    far = claim("c.txt", "200 km", Interval.closed(190, 210), thing="convoy", event=None,
                unit="kilometer")  # fmt: skip
    found = drift.numcheck_check_corpus([], [miles, near, far], make_context())
    assert sorted((f.rule, f.location.path) for f in found) == [("NC401", "c.txt")]


def test_a_stale_figure_in_the_middle_of_a_huge_block_is_found_against_its_own_story() -> None:
    """Many stories share one key (one town, one claimant) across days; a figure that is
    neither the block's extreme nor its oldest must still be caught as stale, next to the
    story it belongs to (the claimant's next news cycle)."""
    import datetime as dt

    start = dt.date(2023, 1, 1)
    tolls = [50, 3000, 700, 120, 2500, 60, 1800, 900, 75, 2200] * 4  # one story per 5 days
    claims = []
    for s, toll in enumerate(tolls):
        day = (start + dt.timedelta(days=5 * s)).isoformat()
        for i in range(4):
            claims.append(claim(f"s{s:02}-{i}.txt", f"{toll}", Interval.point(toll),
                                claimant="the governor", date=day))  # fmt: skip
    plant_story = 17  # toll 900, neither extreme
    stale_day = (start + dt.timedelta(days=5 * plant_story - 3)).isoformat()
    stale = claim("stale.txt", "300", Interval.point(300), claimant="the governor",
                  date=stale_day)  # fmt: skip
    context = make_context({"drift": {"cap": 16}})
    findings = list(drift.numcheck_check_corpus([], [*claims, stale], context))
    mine = [f for f in findings if f.location.path == "stale.txt" and f.rule == "NC405"]
    assert mine, "the stale figure must be reported"
    assert any(r.path.startswith(f"s{plant_story}-") for r in mine[0].related)
    index = ClaimIndex([*claims, stale], ALIGN, cap=16)
    assert sum(1 for _ in index.pairs()) < 40 * len(claims)  # still linear
