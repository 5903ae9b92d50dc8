"""The without_power synonym set (measures.toml) as desks tell an outage: the words put
between "without" and the supply, the loss told with electricity, being left or plunged
into darkness; "power cuts"
are no job cuts. A bare "outage" names the event, never that the figure's thing is
without power ("outages at 12 substations"), so it keys nothing by itself."""

from __future__ import annotations

import pytest

from numcheck.engine import Engine
from numcheck.testing.builders import make_document

ENGINE = Engine()


def keys(text: str) -> list[str]:
    claims = ENGINE.analyse(make_document(text, "a.txt")).claims
    return [str(c.key) for c in claims if c.quantity.is_amount]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("About 21,000 people were without mains power on Sunday.", "people without_power"),
        ("About 22,000 people were left without any electricity.", "people without_power"),
        ("About 23,000 homes were without heating.", "home without_power"),
        ("About 24,000 homes were without a power supply.", "home without_power"),
        ("Around 28,000 people lost electricity.", "people without_power"),
        ("Some 29,000 people were plunged into darkness.", "people without_power"),
        ("About 30,000 people were hit by power cuts.", "people without_power"),
        ("About 25,000 people had no power on Sunday.", "people without_power"),
    ],
)
def test_outage_wordings_key_the_event(text: str, key: str) -> None:
    assert keys(text) == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Outages hit 12 substations in the county.",
        "About 25,000 homes were without water.",
        "Power was restored to 27,000 people by Monday.",
        # darkness names an outage only as what one leaves or plunges its thing into
        "The 31,000 fans sat in darkness for ten minutes.",
    ],
)
def test_other_wordings_are_not_without_power(text: str) -> None:
    assert not any(k.endswith("without_power") for k in keys(text))
