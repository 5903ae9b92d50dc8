"""A figure retold as a neighbouring measure (checkers/drift/retold.py): one article gives
two measures their own figures in one sentence, another gives one measure the other's
figure. NC403 then, whatever the judge said of the pair; silent when the retelling is
older than the sentence it retells, when the value only coincides, or when the other
article gives no figure that explains it."""

from __future__ import annotations

import pytest

from numcheck.checkers import drift
from numcheck.testing import run_checks


def findings(a: str, b: str, date_a: str = "2026-06-11", date_b: str = "2026-06-12"
             ) -> list[tuple[str, str]]:
    texts = {
        "a.md": f"---\ndate: {date_a}\nsource: Wire\n---\n\n{a}\n",
        "b.md": f"---\ndate: {date_b}\nsource: Paper\n---\n\n{b}\n",
    }
    return sorted((f.rule, f.location.path.rsplit("/", 1)[-1]) for f in run_checks(texts, [drift])
                  if f.rule in ("NC401", "NC402", "NC403", "NC405"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the killed told as the wounded's figure (small figures, the next day)
        ("The army said four soldiers were killed and seven wounded in the ambush.",
         "Four soldiers were wounded in the ambush, the army said."),
        # evacuated told as still in shelters, a day later
        ("Officials said 4,200 people were evacuated from the valley, and 1,300 of them "
         "remain in shelters.",
         "Officials said 4,200 people remain in shelters after the floods in the valley."),
        # a few arrested told as charged (arrests and charges: neighbouring measures)
        ("Police arrested eight people after the march, and three of them were charged "
         "with affray.",
         "Eight people were charged with affray after the march, police said."),
    ],
)
def test_a_figure_retold_as_the_neighbouring_measure_is_measure_drift(a: str, b: str) -> None:
    assert ("NC403", "b.md") in findings(a, b)


def test_the_message_names_the_measure_the_figure_belongs_to() -> None:
    texts = {
        "a.md": "---\ndate: 2026-08-10\n---\n\nPolice arrested eight people after the march, "
                "and three of them were charged with affray.\n",
        "b.md": "---\ndate: 2026-08-11\n---\n\nEight people were charged with affray after "
                "the march, police said.\n",
    }
    found = [f for f in run_checks(texts, [drift]) if f.rule == "NC403"]
    assert found
    assert "'three'" in found[0].message
    assert "wrong measure" in found[0].message


@pytest.mark.parametrize(
    ("a", "b", "date_a", "date_b"),
    [
        # the retelling of the measure its figure belongs to
        ("Nine people died in the attack on the convoy, five of them drivers.",
         "The relief office said nine people were killed in the attack on the convoy.",
         "2026-06-11", "2026-06-12"),
        # the part's own figure
        ("Police arrested eight people after the march, and three of them were charged.",
         "Three people were charged after the march, police said.",
         "2026-08-10", "2026-08-11"),
        # a level told the day before the sentence that tells its peak beside it
        ("Utility officials said 212,000 customers lost power at the height of the storm, "
         "leaving about 97,000 still in the dark on Tuesday.",
         "About 212,000 customers were without power on Monday, utility officials said.",
         "2026-12-09", "2026-12-08"),
        # a small figure that only coincides with one of the other sentence's
        ("Officials said three schools were closed and two bridges were shut.",
         "Officials said two schools remained closed on Thursday.",
         "2026-04-22", "2026-04-23"),
    ],
)
def test_no_retelling_stays_silent(a: str, b: str, date_a: str, date_b: str) -> None:
    assert ("NC403", "b.md") not in findings(a, b, date_a, date_b)
    assert ("NC403", "a.md") not in findings(a, b, date_a, date_b)
