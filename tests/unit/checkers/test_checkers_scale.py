"""The in-article checkers stay linear (n log n) in the number of claims of one article.

A dense article has thousands of claims and one toll restated hundreds of times; a
checker that compares every claim with every other takes minutes there. These tests
count work (Python function calls, deterministic) instead of timing it, and check
that the indexed restatement search finds exactly what the plain walk finds.
"""

from __future__ import annotations

import random
from types import ModuleType
from typing import Any

import pytest
from call_counts import count_calls

from numcheck.checkers import (
    _restate_groups,
    change,
    conversion,
    days,
    parts,
    ranges,
    restated,
    shares,
)
from numcheck.checkers._compare import checkable, lexicon, words
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.findings import Finding
from numcheck.quantity import Bound, Kind

CHECKERS = (restated, parts, shares, change, conversion, ranges, days)
PLACES = ["Avel", "Borsk", "Cendra", "Dunmore", "Estrel", "Farrow", "Galen", "Hollin"]
EVENTS = ["wounded", "injured", "arrested", "evacuated", "rescued", "missing"]
# one toll in agreeing wordings: 400, about 400, at least 390, nearly 410
TOLL = [(400, Bound.EXACT, "{}"), (400, Bound.APPROX, "about {}"), (390, Bound.GE, "at least {}")]
TOLL += [(410, Bound.BELOW, "nearly {}")]


def dense(story: Any, n: int, seed: int = 3) -> Any:
    """About ``n`` claims: half restate one agreeing toll (the huge group), the rest are
    tolls of many events, places and claimants, percentages of counts and parts."""
    rng = random.Random(seed)
    pieces: list[tuple[str, str, str, dict[str, Any]]] = []  # before, figure, after, claim
    for i in range(n):
        if i % 2 == 0:  # the huge group: one event, no place, agreeing figures
            value, bound, form = rng.choice(TOLL)
            claimant = rng.choice([None, "police", "the police", "city police"])
            args = {"value": value, "bound": bound, "claimant": claimant, "thing": "people"}
            figure = form.format(value).capitalize()
            pieces.append(("", figure, " people were killed in the attack.", args))
            continue
        pick = i % 6
        value = rng.randint(2, 900)
        event, place = rng.choice(EVENTS), rng.choice(PLACES) + str(i % 97)
        args = {"value": value, "event": event, "place": place, "thing": "people"}
        if pick == 1:
            args |= {"kind": Kind.PERCENT, "value": rng.randint(1, 99), "dimension": "percent"}
            after = f" of residents were {event} in {place}."
            pieces.append(("", f"{args['value']}%", after, args))
        elif pick == 3:
            args |= {"place": None, "claimant": "the ministry"}
            pieces.append(("Nationwide, ", str(value), f" people were {event}.", args))
        else:
            pieces.append(("", str(value), f" people were {event} in {place} on Monday.", args))
    text, offsets = "", []
    for before, figure, after, _ in pieces:
        offsets.append(len(text) + len(before))
        text += before + figure + after + "\n"
    s = story(text)
    for (_, figure, _, args), at in zip(pieces, offsets, strict=True):
        s.add(figure, at=at, **args)
    return s


def run_all(s: Any, checkers: tuple[ModuleType, ...] = CHECKERS) -> list[Finding]:
    found: list[Finding] = []
    for module in checkers:
        found += s.run(module)
    return found


@pytest.fixture(scope="module")
def warm() -> None:
    """Imports and lexicon loading happen once, outside the counted runs."""
    lexicon(CheckContext())


@pytest.mark.usefixtures("warm")
def test_two_thousand_claims_cost_a_bounded_number_of_calls(story):
    small, large = dense(story, 1000), dense(story, 2000)
    assert len(large.claims) == 2000
    run_all(small)  # warm caches (units, lexicon sections)
    work_small = count_calls(lambda: run_all(small))
    work_large = count_calls(lambda: run_all(large))
    # linear work: a few hundred calls per claim (650: wave 26's restatement readers and
    # level judge took the checkers from 599 to 613); all pairs would be 2,000,000 comparisons
    assert work_large < 650 * len(large.claims), work_large
    # doubling the claims about doubles the work (quadratic would quadruple it)
    assert work_large < 2.6 * work_small, (work_small, work_large)


@pytest.mark.usefixtures("warm")
def test_findings_are_bounded_by_the_claims(story):
    s = dense(story, 2000)
    found = run_all(s)
    assert len(found) <= 20 * len(s.claims)
    # the huge group agrees with itself: no restatement finding inside it
    toll = {c.location for c in s.claims if c.key.event == "killed"}
    assert len(toll) == 1000
    assert [f for f in found if f.rule.startswith("NC1") and f.location in toll] == []


def _plain(
    document: Any, group: Any, tolerance: float, generic: set[str], place_of: Any,
    days: Any = None,
) -> list[Finding]:
    """The restatement rule as first written: each figure walks every earlier one."""
    found = []
    for i, later in enumerate(group):
        hit = _restate_groups.walk(
            document, group[:i], later, tolerance, generic, place_of, days
        )
        if hit is not None:
            found.append(hit)
    return found


def _random_story(story: Any, rng: random.Random) -> Any:
    bounds = [Bound.EXACT, Bound.APPROX, Bound.BELOW, Bound.ABOVE]
    bounds += [Bound.GT, Bound.GE, Bound.LT, Bound.LE]
    claims: list[tuple[str, dict[str, Any]]] = []
    for _ in range(rng.randint(2, 40)):
        value = rng.choice([8, 10, 12, 40, 48, 50, 52, 500, 512, 5000])
        args: dict[str, Any] = {
            "value": value,
            "bound": rng.choice(bounds),
            "event": rng.choice(["killed", "killed", "wounded"]),
            "thing": rng.choice([None, "people", "soldiers", "civilians"]),
            "claimant": rng.choice([None, "police", "the police", "city police", "army"]),
            "place": rng.choice([None, None, "Kyiv", "the Kyiv region", "Kharkiv"]),
            "window": rng.choice([None, None, "last 24 hours"]),
            "incident": rng.choice([None, None, "storm", "crash"]),
            "scope": rng.choice([Scope.BODY, Scope.BODY, Scope.HEADLINE, Scope.QUOTE]),
        }
        if rng.random() < 0.2:
            unit = rng.choice(["km", "mile"])
            args |= {"kind": Kind.MEASURE, "unit": unit, "dimension": "[length]"}
        claims.append((str(value), args))
    text, offsets, parts_ = "", [], []
    for figure, _ in claims:  # one or two figures a sentence
        joined = rng.random() < 0.3 and parts_
        offsets.append(len(text) + (2 if joined else 0))
        piece = (f"; {figure} were hit" if joined else f"{figure} were hit") + ""
        text += piece
        if not joined or rng.random() < 0.5:
            text += ".\n"
        parts_.append(piece)
    s = story(text + "\n")
    for (figure, args), at in zip(claims, offsets, strict=True):
        s.add(figure, at=at, **args)
    return s


def test_indexed_restatements_match_the_plain_walk(story, monkeypatch):
    rng = random.Random(20220303)
    context = CheckContext()
    generic = set(words(lexicon(context).get("generic_things", ())))
    for _ in range(150):
        s = _random_story(story, rng)
        assert all(checkable(c) for c in s.claims)
        fast = s.run(restated)
        with monkeypatch.context() as m:
            m.setattr(
                restated,
                "_check_group",
                lambda d, g, t, _gen, p, days=None: _plain(d, g, t, generic, p, days),
            )
            slow = s.run(restated)
        assert [(f.rule, f.location, f.related) for f in fast] == [
            (f.rule, f.location, f.related) for f in slow
        ]


def test_claims_are_the_story_claims(story):
    # guard for the builders above: every claim sits on its figure
    s = dense(story, 60)
    assert all(s.document.text.startswith(c.quantity.text, c.location.start) for c in s.claims)
    assert isinstance(s.claims[0], Claim)


def _definite_article(n: int) -> str:
    """``n`` pairs of sentences: a toll, then a definite phrase restating one ("the 40
    injured people"), each read against the figures of its measure before it."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        place, value = PLACES[i % len(PLACES)], rng.randint(20, 90)
        out.append(f"Officials said {value} people were injured in {place} on day {i + 1}. "
                   f"The {value} injured people were taken to hospital.")
    return " ".join(out)


@pytest.mark.usefixtures("warm")
def test_definite_references_cost_linear_work() -> None:
    """A definite figure is read against the figures of its own measure (nearest first,
    _anaphora_seen.Seen), not every figure before it: doubling the article about doubles
    the work."""
    from numcheck.testing import run_checks

    small, large = _definite_article(150), _definite_article(300)
    run_checks(small, [restated])  # warm caches
    work_small = count_calls(lambda: run_checks(small, [restated]))
    work_large = count_calls(lambda: run_checks(large, [restated]))
    assert work_large < 2.6 * work_small, (work_small, work_large)
