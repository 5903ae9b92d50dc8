"""Headline, caption, boilerplate, quote and body scopes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck.claims import Claim, Scope
from numcheck.document import Role
from numcheck.errors import ConfigError
from numcheck.extract import extract_claims
from numcheck.quantity import Quantity
from numcheck.readers import read_text

Extract = Callable[..., list[Claim]]

STORY = """Floods cut off 40 villages
Rescuers reached 40 villages on Tuesday, officials said.
“We saw 12 roofs under water,” a pilot said.
A boat carries 6 residents to safety.
Photo: Lena Park / Agency
Copyright © 2031 Valley Times Ltd. All rights reserved. 5f3a9c0d12e4b6a7c8d9e0f1a2b3c4d5
Maria Lind and Tom Ek contributed.
Write to Maria Lind at maria@example.com

You May Also Like

Drought leaves 9 million under water limits
At least 9 million people face limits as reservoirs shrink…
"""


def test_scopes_of_a_plain_text_story(extract: Extract) -> None:
    claims = extract(STORY, ["40", "40", "12", "6", "2031", "9 million", "9 million"])
    assert [c.scope for c in claims] == [
        Scope.HEADLINE,
        Scope.BODY,
        Scope.QUOTE,
        Scope.CAPTION,
        Scope.BOILERPLATE,
        Scope.BOILERPLATE,
        Scope.BOILERPLATE,
    ]


def test_a_hash_inside_a_body_line_is_boilerplate(extract: Extract) -> None:
    text = "Crews saved 8 cats. ref 77ab01cd93ef45aa12\n"
    claims = extract(text, ["8", "77"])
    assert [c.scope for c in claims] == [Scope.BODY, Scope.BOILERPLATE]


def test_trailing_credit_makes_the_line_a_caption(extract: Extract) -> None:
    text = (
        "The body says 4 dams held.\nCrews rebuilt 3 dams in May. Photo: Jo Ruiz / Shutterstock\n"
    )
    claims = extract(text, ["4", "3"])
    assert [c.scope for c in claims] == [Scope.BODY, Scope.CAPTION]


def test_markup_regions_come_first(extract: Extract) -> None:
    text = "A long first line that is a sentence, with 5 words, really.\nThen 7 more."
    claims = extract(text, ["5", "7"], regions=[("Then 7 more.", Role.CAPTION)])
    assert [c.scope for c in claims] == [Scope.BODY, Scope.CAPTION]


def test_markdown_documents_get_no_guessed_headline(extract: Extract) -> None:
    text = "Floods cut off 40 villages\nRescuers reached 40 villages.\n"
    claims = extract(text, ["40", "40"], fmt="markdown")
    assert claims[0].scope is Scope.BODY


def test_user_boilerplate_patterns(extract: Extract) -> None:
    text = "Crews saved 8 cats.\nDONATE: 3 ways to help the shelter\n"
    claims = extract(text, ["8", "3"], extra_boilerplate=[r"^DONATE:"])
    assert [c.scope for c in claims] == [Scope.BODY, Scope.BOILERPLATE]


def test_invalid_user_pattern_is_a_config_error(extract: Extract) -> None:
    with pytest.raises(ConfigError, match="boilerplate"):
        extract("Crews saved 8 cats.", ["8"], extra_boilerplate=["(unclosed"])


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (r"donate now|give today", "Give today: 3 ways to help"),  # alternation: no pre-check
        (r"helplines?\s*:", "HELPLINE: call 3 numbers"),  # an optional letter
        (r"paid post\b", "PAID POST: 3 offers"),  # the literal is found in any case
        (r"(?i)tip line", "Tip Line: 3 calls"),  # inline flags
    ],
)
def test_user_patterns_match_whatever_their_shape(
    extract: Extract, pattern: str, line: str
) -> None:
    claims = extract(f"Crews saved 8 cats.\n{line}\n", ["8", "3"], extra_boilerplate=[pattern])
    assert [c.scope for c in claims] == [Scope.BODY, Scope.BOILERPLATE]


def test_boilerplate_figures_only_get_their_scope(extract: Extract) -> None:
    text = "The mayor said 40 people died.\n\nYou May Also Like\n\nThe mayor said 9 people died.\n"
    story, footer = extract(text, ["40", "9"])
    assert (story.key.thing, story.key.event, story.claimant) == ("people", "killed", "mayor")
    assert footer.scope is Scope.BOILERPLATE
    assert (footer.key.thing, footer.key.event, footer.claimant) == (None, None, None)


def _html_claims(make: Callable[..., Quantity], html: str, phrases: list[str]) -> list[Claim]:
    """Claims of a real HTML reader's Document (regions and blanked markup)."""
    quantities: list[Quantity] = []
    for phrase in phrases:
        quantities.append(make(html, phrase, after=quantities[-1].end if quantities else 0))
    return extract_claims(read_text(html, "story.html"), quantities)


ONE_LINE = (
    "<h1>Storm kills 34</h1><p>At least 40 people died.</p><figure><img src=x>"
    "<figcaption>Rescuers in the rain. Photo: Jane Doe / Agency</figcaption></figure>"
    "<p>Copyright 2031 Valley Times. All rights reserved.</p>\n"
)


def test_one_line_html_scopes_come_from_the_block_not_the_line(
    make_quantity: Callable[..., Quantity],
) -> None:
    # a CMS export puts the whole article on one line: a credit in the caption or a
    # copyright footer must not make the headline and body a caption or boilerplate
    claims = _html_claims(make_quantity, ONE_LINE, ["34", "40", "2031"])
    assert [c.scope for c in claims] == [Scope.HEADLINE, Scope.BODY, Scope.BOILERPLATE]


def test_one_line_html_caption_figure_is_a_caption(
    make_quantity: Callable[..., Quantity],
) -> None:
    html = ONE_LINE.replace("Rescuers in the rain.", "Rescuers saved 9 people.")
    claims = _html_claims(make_quantity, html, ["34", "40", "9"])
    assert [c.scope for c in claims] == [Scope.HEADLINE, Scope.BODY, Scope.CAPTION]


def _cut_lines(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """The lines of ``text`` cut at every break strictly inside one, built the plain way."""
    out: list[tuple[int, int]] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        cuts = [b for b in breaks if start < b < end]
        for a, b in zip([start, *cuts], [*cuts, end], strict=True):
            out.append((a, b))
        start = end + 1
    return out


@given(
    st.text(alphabet="ab\n ", max_size=60),
    st.sets(st.integers(min_value=0, max_value=60)),
)
def test_lines_are_found_as_the_cut_lines_they_stand_for(text: str, edges: set[int]) -> None:
    # a file of a million empty lines is never held as pairs, nor a 10 MB line scanned for
    # each figure: the lines walked and the line found for an offset must be the ones a
    # plain split at the breaks gives
    from numcheck.extract.scope import _Lines

    breaks = sorted(b for b in edges if b <= len(text))
    lines = _cut_lines(text, breaks)
    found = _Lines(text, breaks)
    assert list(found.walk()) == lines
    for k, (start, _) in enumerate(lines):
        assert list(found.walk(start)) == lines[k:]
    for offset, char in enumerate(text):
        if char != "\n":
            held = [line for line in lines if line[0] <= offset < line[1]]
            assert [found.at(offset)] == held
