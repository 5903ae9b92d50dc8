"""NC206 on changes whose levels are not all in the change's clause: a net change against
its gross figures, a lead in points against a breakdown, "D more than <the noun>", and a
percent change restated in money in the next sentence (docs/maintainers/
phrasings-relations.md, section 4); wrong and right, in other words than the corpus."""

from __future__ import annotations

import pytest

from numcheck.checkers import change
from numcheck.testing import run_checks

# realisation -> (wrong, right)
CHANGES = {
    "a net loss of N after cut ... add": (
        "The carmaker will cut 1,200 jobs at its plant in Turin.\n\n"
        "It plans to create 400 jobs in Milan, a net loss of 700 jobs in Italy.",
        "The carmaker will cut 1,200 jobs at its plant in Turin.\n\n"
        "It plans to create 400 jobs in Milan, a net loss of 800 jobs in Italy.",
    ),
    "a net gain of N seats (won, lost)": (
        "The Greens won 14 seats and lost 5 seats, a net gain of 11 seats.",
        "The Greens won 14 seats and lost 5 seats, a net gain of 9 seats.",
    ),
    "N jobs would go ... a net reduction": (
        "The bank said 640 posts would go in its branches. It will create 150 posts in "
        "its call centre, a net reduction of 410 posts.",
        "The bank said 640 posts would go in its branches. It will create 150 posts in "
        "its call centre, a net reduction of 490 posts.",
    ),
    "net <noun> losses of N": (
        "The mill will shed 400 jobs and hire 100, leaving net job losses of 250.",
        "The mill will shed 400 jobs and hire 100, leaving net job losses of 300.",
    ),
    "a net N <noun> will go": (
        "The mill will shed 400 jobs and hire 100, so a net 250 jobs will go.",
        "The mill will shed 400 jobs and hire 100, so a net 300 jobs will go.",
    ),
    "leads by N points": (
        "Polls put Diaz on 47% and he leads by 9 points.\n\nDiaz has 47% and Moreno 40%.",
        "Polls put Diaz on 47% and he leads by 7 points.\n\nDiaz has 47% and Moreno 40%.",
    ),
    "N points ahead (end of the sentence)": (
        "Diaz, on 47%, is 9 points ahead.\n\nOverall, 47% back Diaz and 40% Moreno.",
        "Diaz, on 47%, is 7 points ahead.\n\nOverall, 47% back Diaz and 40% Moreno.",
    ),
    "its N-point lead, the breakdown later": (
        "The poll puts Labour on 41% - and its 12-point lead is its widest this year.\n\n"
        "In all, 41% back Labour and 31% back the Conservatives.",
        "The poll puts Labour on 41% - and its 10-point lead is its widest this year.\n\n"
        "In all, 41% back Labour and 31% back the Conservatives.",
    ),
    "a lead of N points, the breakdown before": (
        "Ms Ortiz has 52% against 44% for Mr Vance.\n\n"
        "The survey gives Ms Ortiz, on 52%, a lead of 6 points among likely voters.",
        "Ms Ortiz has 52% against 44% for Mr Vance.\n\n"
        "The survey gives Ms Ortiz, on 52%, a lead of 8 points among likely voters.",
    ),
    "A, D more than <the noun> (B in an earlier sentence)": (
        "Customs officers seized 800 kilos of heroin at the port.\n\n"
        "The ring moved an estimated 3 tonnes in two years, about 1,500 kg more than "
        "this seizure.",
        "Customs officers seized 800 kilos of heroin at the port.\n\n"
        "The ring moved an estimated 3 tonnes in two years, about 2,200 kg more than "
        "this seizure.",
    ),
    "P% in one sentence, that means X, to A in the next": (
        "Water bills will rise 8% in April. For a typical home that means an increase of "
        "£40 a year, to £486.",
        "Water bills will rise 8% in April. For a typical home that means an increase of "
        "£36 a year, to £486.",
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_against_levels_outside_its_clause(name: str) -> None:
    wrong, right = CHANGES[name]
    assert run_checks(wrong, [change]).codes() == ["NC206"]
    assert run_checks(right, [change]).codes() == []


@pytest.mark.parametrize(
    "text",
    [
        # two cut figures: whether they add up or restate is a guess
        "The firm will cut 300 jobs in Lyon and 200 jobs in Nantes. It will add 100 jobs "
        "in Paris, a net loss of 350 jobs.",
        # a net money figure is a result, not a balance of counts
        "The insurer cut 90 jobs and posted a net loss of $40 million.",
        # the lead's sentence names no leader's share: no guessing the race
        "The Liberals hold a 9-point lead.\n\nThe Liberals are on 40% and the Tories 35%.",
        # a trailing share is no leader's
        "Moreno, on 40%, trails by 9 points.\n\nOverall, 47% back Diaz and 40% Moreno.",
        # the breakdown's top share is not the leader's
        "Mr Ruiz, on 30%, has a 4-point lead in the south.\n\n"
        "Nationally, 45% back Ms Lee and 38% back Mr Ruiz.",
        # the noun names no figure of the measure: nothing to compare with
        "The reservoir holds 40 million litres, about 5 million litres more than the "
        "forecast.",
        # no consequence cue: another bill, not the change before
        "Council tax will rise 5% in April. Water bills will go up by £30, to £500.",
    ],
)
def test_what_is_not_checked_is_quiet(text: str) -> None:
    assert run_checks(text, [change]).codes() == []


def test_the_net_names_the_gross_figures() -> None:
    text = "Airlines cut 900 routes and added 300 routes, a net loss of 500 routes."
    [found] = run_checks(text, [change])
    assert "a net loss of 600" in found.message
    assert [r.text for r in found.related] == ["300", "900"]
