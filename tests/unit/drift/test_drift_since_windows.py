"""Windows that start somewhere: a count from a day of the story ("since Sunday") or from
the onset of its event ("since the outbreak began") is counted up, it only grows; a later,
lower figure of one party contradicts it. Examples in our own words."""

from __future__ import annotations

import pytest

from numcheck.testing.runner import run_checks


def page(date: str, body: str) -> str:
    return f"---\ndate: {date}\nstory: one\n---\n{body}\n"


def drift_rules(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    found = run_checks({"a.md": page(*a), "b.md": page(*b)}, builtins=True)
    return sorted(f.rule for f in found if f.rule.startswith("NC4"))


@pytest.mark.parametrize(
    ("a", "b", "rules"),
    [
        # a count since the onset of the event only grows, whatever it counts
        (("2025-05-06", "Since the outbreak began, 14 people have been admitted to hospital, "
                        "the health board said."),
         ("2025-05-08", "Since the outbreak began, 12 people have been admitted to hospital, "
                        "the health board said."), ["NC401"]),
        (("2025-05-06", "Since the outbreak began, 12 people have been admitted to hospital, "
                        "the health board said."),
         ("2025-05-08", "Since the outbreak began, 14 people have been admitted to hospital, "
                        "the health board said."), ["NC405"]),
        # in hospital now, no start said: a level of its day
        (("2025-05-06", "The health board said 14 people were in hospital."),
         ("2025-05-08", "The health board said 12 people were in hospital."), []),
        # a count from a day of the story only grows: a later, lower one is wrong
        (("2025-05-06", "The council said 2,400 people had been evacuated since Sunday."),
         ("2025-05-08", "The council said 1,900 people had been evacuated since Sunday."),
         ["NC401"]),
        # a higher later one: the older figure has moved on (information)
        (("2025-05-06", "The council said 1,900 people had been evacuated since Sunday."),
         ("2025-05-08", "The council said 2,400 people had been evacuated since Sunday."),
         ["NC405"]),
        # a level that can fall, no start said: another day is another fact
        (("2025-05-06", "The council said 2,400 people had been evacuated."),
         ("2025-05-08", "The council said 1,900 people had been evacuated."), []),
        # a change since a day is no count
        (("2025-05-06", "Shares in the airline have fallen 12% since Monday."),
         ("2025-05-08", "Shares in the airline have fallen 8% since Monday."), []),
    ],
)
def test_windows_from_a_start(a: tuple[str, str], b: tuple[str, str], rules: list[str]) -> None:
    assert drift_rules(a, b) == rules

