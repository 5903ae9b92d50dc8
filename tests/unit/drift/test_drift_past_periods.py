"""A figure of a past event or another period, told beside the story's own figures
(checkers/drift/periods.py, extract/days.py ``_scene``): "The 2019 floods left 40 dead
or missing. This week 12 were missing", "In a linked trial last year, 31 of the 52
accused were convicted". Its window dates it to that period, so it is neither a
neighbouring measure a current figure was retold from nor a current figure's rival;
the same shapes with no period, or with one period on both sides, are still caught."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks

RULES = ("NC401", "NC402", "NC403", "NC404", "NC405")


def findings(*bodies: str) -> list[tuple[str, str]]:
    texts = {f"{chr(97 + i)}.md": f"---\ndate: 2026-06-{11 + i}\nsource: S{i}\n---\n\n{body}\n"
             for i, body in enumerate(bodies)}
    return sorted((f.rule, f.location.path.rsplit("/", 1)[-1]) for f in run_checks(texts, [drift])
                  if f.rule in RULES)


@pytest.mark.parametrize(
    "bodies",
    [
        ("The 2019 floods left 40 people dead or missing in the valley, the agency said. "
         "This week 12 people were missing.",
         "The agency said 40 people were missing in the valley after the river burst its banks."),
        ("Of the 40 defendants, 31 were convicted, the court heard on Tuesday. In a linked "
         "trial last year, 31 of the 52 accused were convicted.",
         "Police arrested 60 people in the operation, and 40 of them stood trial. Of the 31 "
         "convicted, 19 were jailed."),
        ("Of the 18 defendants, 11 were convicted, the court heard on Monday. In a related "
         "trial last year, 11 of the 25 accused were convicted.",
         "Of the 11 convicted, six were jailed for more than five years."),
        ("The 2011 earthquake killed 85 people in the district, officials said. This week "
         "85 people were injured and 4 died.",
         "Officials said 85 people were injured in the district."),
    ],
)
def test_a_past_periods_figure_beside_the_story_raises_nothing(bodies: tuple[str, str]) -> None:
    assert findings(*bodies) == []


@pytest.mark.parametrize(
    ("bodies", "rule"),
    [
        # no period said: the retelling is the story's own
        (("The floods left 40 people dead or missing in the valley, the agency said. This "
          "week 12 people were missing.",
          "The agency said 40 people were missing in the valley after the river burst its "
          "banks."), "NC403"),
        (("The earthquake killed 85 people in the district, officials said. Another 140 "
          "people were injured.",
          "Officials said 85 people were injured in the district."), "NC403"),
        # one past period on both sides: still one period's two measures
        (("The 2011 earthquake killed 85 people in the district, officials said.",
          "Officials said 85 people were injured in the 2011 earthquake in the district."),
         "NC403"),
        (("Police arrested 23 people in the raids on Friday.",
          "Police said 23 people were charged after Friday's raids."), "NC403"),
        (("Storm Dara left 6,000 homes without power on Sunday.",
          "Storm Dara left 9,000 homes without power on Sunday."), "NC401"),
    ],
)
def test_the_same_shapes_of_one_period_are_still_caught(bodies: tuple[str, str],
                                                        rule: str) -> None:
    assert (rule, "b.md") in findings(*bodies)
