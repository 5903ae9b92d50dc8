"""An event noun inside a prepositional phrase after the clause's own verb is the
phrase's object, not the event of the figure (numcheck/extract/subject.py
``_forward_event``): "were sentenced in the case" counts no infections."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from numcheck.claims import Claim

ClaimOf = Callable[..., Claim]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Fourteen people were sentenced in the case on Friday, police said.", "Fourteen"),
        ("Nine defendants were sentenced over the deaths of two men.", "Nine"),
        ("Twelve people have been questioned over their deaths, police said.", "Twelve"),
    ],
)
def test_an_event_noun_after_the_clause_verb_names_no_event(
        claim_of: ClaimOf, text: str, figure: str) -> None:
    assert claim_of(text, figure).key.event is None


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Thirty people were killed in the attack.", "Thirty", "killed"),
        ("Eight people were among the dead.", "Eight", "killed"),
        ("Six firefighters were hurt in the blaze.", "Six", "wounded"),
        ("Fifteen people have been charged in connection with the deaths.", "Fifteen",
         "charged"),
        ("Eleven people were rescued from the rubble.", "Eleven", "rescued"),
    ],
)
def test_the_clause_verb_still_names_its_event(
        claim_of: ClaimOf, text: str, figure: str, event: str) -> None:
    assert claim_of(text, figure).key.event == event
