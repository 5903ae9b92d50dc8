"""The stages of a process (``[stages]`` of alignment.toml, checkers/drift/stages.py):
one figure of one head told at two stages in two articles (applied / approved, pledged
/ disbursed, registered / voted, charged / held, planned / completed) is measure drift
(NC403); two figures at two stages are both right; a wrong table is refused."""

from __future__ import annotations

import pytest
from drift_helpers import drift_rules

from numcheck.checkers.drift.stages import table
from numcheck.lexicon import LexiconError


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # local government: the families who applied retold as those approved
        ("A total of 2,300 families applied for the hardship fund this year.",
         "The council said 2,300 families were approved for the hardship fund this year."),
        # elections: the registered retold as those who voted
        ("Officials said 61,400 people had registered to vote in the county.",
         "Some 61,400 people voted in the county on Sunday, officials said."),
        # aid: money pledged retold as money disbursed
        ("Governments pledged $3.1 billion for the relief effort at the Oslo meeting.",
         "Governments have disbursed $3.1 billion for the relief effort, the agency said."),
        # insurance: claims filed retold as claims settled
        ("Policyholders filed 4,800 claims after the floods.",
         "Insurers have settled 4,800 claims after the floods, the trade body said."),
        # housing: homes planned retold as homes built
        ("The council plans 640 homes on the old depot site.",
         "Builders have completed 640 homes on the old depot site, the council said."),
        # courts: supporters held overnight retold as supporters charged
        ("Police held 36 supporters overnight after the derby, a spokesman said.",
         "Thirty-six supporters have been charged after the derby, police said."),
    ],
)
def test_one_figure_at_two_stages_is_measure_drift(a: str, b: str) -> None:
    assert drift_rules(a, b) == ["NC403"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two stages, each its own figure: both right
        ("A total of 2,300 families applied for the hardship fund this year.",
         "The council said 950 families were approved for the hardship fund this year."),
        ("Officials said 61,400 people had registered to vote in the county.",
         "Some 39,800 people voted in the county on Sunday, officials said."),
        ("Governments pledged $3.1 billion for the relief effort at the Oslo meeting.",
         "Governments have disbursed $900 million for the relief effort, the agency said."),
        ("Police held 36 supporters overnight after the derby, a spokesman said.",
         "Eleven supporters have been charged after the derby, police said."),
        # one stage told alike
        ("Policyholders filed 4,800 claims after the floods.",
         "Some 4,800 claims were filed after the floods, the trade body said."),
    ],
)
def test_two_figures_or_one_stage_stay_silent(a: str, b: str) -> None:
    assert drift_rules(a, b) == []


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ([["apply"]], "alignment.stages"),
        ({"applying": [["apply"]]}, "alignment.stages.applying"),
        ({"applying": [["apply"], []]}, "alignment.stages.applying[1]"),
        ({"applying": [["apply"], ["approve", "apply"]]}, "alignment.stages.applying[1]"),
        ({"applying": "apply, approve"}, "alignment.stages.applying"),
    ],
)
def test_a_wrong_table_is_refused_with_its_key(raw: object, key: str) -> None:
    with pytest.raises(LexiconError) as err:
        table(raw)
    assert err.value.key == key


def test_the_shipped_table_loads() -> None:
    from numcheck.lexicon import Lexicon

    stages = table(Lexicon.default()["alignment"]["stages"])
    assert stages.stage("applying", frozenset({"approve"})) == 1
    assert stages.stage("applying", frozenset({"apply", "approve"})) is None


def test_doses_delivered_retold_as_doses_given() -> None:
    # health desk: the doses a region received retold as the doses it gave
    assert drift_rules("The region has received 1.2 million doses of the vaccine.",
                       "The region has administered 1.2 million doses of the vaccine.",
                       ) == ["NC403"]
    assert drift_rules("The region has received 1.2 million doses of the vaccine.",
                       "The region has administered 800,000 doses of the vaccine.") == []


def test_a_newsroom_lexicon_adds_its_own_process() -> None:
    from numcheck.checkers.drift.stages import Stages
    from numcheck.lexicon import Lexicon

    lexicon = Lexicon.default().extended(
        [{"alignment": {"stages": {"tendering": [["tendered"], ["awarded"]]}}}])
    stages = Stages.from_lexicon(lexicon)
    assert stages.stage("tendering", frozenset({"awarded"})) == 1
    assert "tendering" not in Stages.from_lexicon().processes
