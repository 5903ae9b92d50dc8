"""A distance said of a named place (extract/distances.py, measures.toml [distances]):
"Sarvane, 65 km to the south" measures the distance to Sarvane; a moving thing, a named
origin, a route or a sentence's opening adverb is not read."""

from __future__ import annotations

import pytest
from extract_helpers import claim

from numcheck.extract.distances import distances, standing_distance
from numcheck.lexicon import LexiconError


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Families fled to Sarvane, 40 km to the south.", "40 km", "sarvane"),
        ("Shelters opened in Sarvane, the capital, 65 km to the south.", "65 km", "sarvane"),
        ("Staff will be offered posts in Kelvedge, 35 miles up the coast.", "35 miles",
         "kelvedge"),
        ("Offered a transfer to Kelvedge, 50 miles away: 190", "50 miles", "kelvedge"),
        ("Evacuees were taken to Marrow Bay, 80 kilometres inland.", "80 kilometres",
         "marrow bay"),
        ("The nearest shelter is in Brannock, 30 miles (48 km) to the north.", "30 miles",
         "brannock"),
        ("Tilbeck lies 3 km upstream.", "3 km", "tilbeck"),
        ("Shelling hit Dunvale, 30 km north of the city, on Monday.", "30 km", "dunvale"),
    ],
)
def test_a_distance_names_its_place(text: str, figure: str, place: str) -> None:
    _, measure, _ = claim(text, figure)
    assert measure == (f"distance to {place}",)
    assert standing_distance(measure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Storm Hera, 200 miles away, will reach the coast on Saturday.", "200 miles"),
        ("The tanker Sea Lark, 40 miles to the west, lost power.", "40 miles"),
        ("The MV Orla, 5 miles to the west, took the crew off.", "5 miles"),
        ("Shelling hit Dunvale, 30 km north of Carrick, on Monday.", "30 km"),
        ("Drevan, now 25 km from the front line, came under fire.", "25 km"),
        ("Drevan, 25 km from the city centre, came under fire.", "25 km"),
        ("Patients travel to Brenford, 50 miles by road, for scans.", "50 miles"),
        ("The scanner is at Brenford, 35 miles away as the crow flies.", "35 miles"),
        ("The fire, 3 km from Aldmoor, grew overnight.", "3 km"),
        ("Tilbeck lies 3 km upstream of the dam's spillway gate.", "3 km"),
        ("Meanwhile, 20 miles away, rescuers reached the village.", "20 miles"),
        ("On Monday, 40 km to the south, a second quake struck.", "40 km"),
    ],
)
def test_no_distance_of_a_mover_an_origin_or_a_route(text: str, figure: str) -> None:
    _, measure, _ = claim(text, figure)
    assert not standing_distance(measure)


@pytest.mark.parametrize(
    ("table", "where"),
    [
        ({"directions": ["North"]}, "distances.directions[0]"),
        ({"directions": ["to the north"]}, "distances.directions[0]"),
        ({"away": "away"}, "distances.away"),
        ({"routes": ["by  road"]}, "distances.routes[0]"),
        ({"movers": [""]}, "distances.movers[0]"),
    ],
)
def test_the_table_refuses_a_wrong_entry(table: dict[str, object], where: str) -> None:
    with pytest.raises(LexiconError, match=where.replace("[", r"\[").replace("]", r"\]")):
        distances(table)
