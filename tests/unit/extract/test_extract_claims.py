"""extract_claims as the pipeline calls it: one claim per quantity, metadata, lexicon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from numcheck.claims import ClaimKey, Scope
from numcheck.document import Document, Metadata
from numcheck.extract import extract_claims
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind, Quantity
from numcheck.readers import read_text

MakeQ = Callable[..., Quantity]

TEXT = "Officials said 12 orderlies were hurt.\nLater 30 orderlies were hurt, and 5 died."


def _doc(text: str = TEXT) -> Document:
    meta = Metadata(source="Valley Times", date=dt.date(2031, 5, 4))
    return Document(path="a.txt", text=text, prose=text, metadata=meta)


def test_one_claim_per_quantity_in_the_given_order(make_quantity: MakeQ) -> None:
    quantity_at = make_quantity
    qs = [quantity_at(TEXT, "30"), quantity_at(TEXT, "12"), quantity_at(TEXT, "5")]
    claims = extract_claims(_doc(), qs)
    assert [c.quantity for c in claims] == qs


def test_metadata_location_and_sentence(make_quantity: MakeQ) -> None:
    quantity_at = make_quantity
    (claim,) = extract_claims(_doc(), [quantity_at(TEXT, "30")])
    assert claim.date == dt.date(2031, 5, 4)
    assert claim.source == "Valley Times"
    assert (claim.location.line, claim.location.column) == (2, 7)
    assert claim.location.text == "30"
    start, end = claim.sentence
    assert TEXT[start:end] == "Later 30 orderlies were hurt, and 5 died."
    assert claim.to_json()["part_of"] is None


def test_plugins_extend_the_vocabulary_through_the_lexicon(make_quantity: MakeQ) -> None:
    quantity_at = make_quantity
    qs = [quantity_at(TEXT, "12")]
    assert extract_claims(_doc(), qs)[0].key.thing == "orderly"
    lexicon = Lexicon.default().extended(
        [{"measures": {"things": {"medic": ["orderlies", "paramedics"]}}}]
    )
    assert extract_claims(_doc(), qs, lexicon)[0].key == ClaimKey("medic", "wounded")


def test_no_quantities_no_claims() -> None:
    assert extract_claims(_doc(), []) == []


def test_documents_without_sentences(make_quantity: MakeQ) -> None:
    quantity_at = make_quantity
    text = "   \n  41  \n"
    (claim,) = extract_claims(_doc(text), [quantity_at(text, "41")])
    assert claim.scope in (Scope.BODY, Scope.HEADLINE)


WORDS = st.sampled_from(
    [
        "the",
        "said",
        "killed",
        "“",
        "”",
        '"',
        ",",
        ".",
        "\n",
        "\n\n",
        "Mr.",
        "its",
        "troops",
        "in",
        "the last",
        "Photo:",
        "according to",
        "and",
        "Copyright ©",
        "You May Also Like",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(WORDS, st.integers(0, 9999).map(str)), max_size=40))
def test_any_text_gives_one_claim_per_quantity(make_quantity: MakeQ, tokens: list[str]) -> None:
    quantity_at = make_quantity
    text = " ".join(tokens)
    qs = []
    pos = 0
    for token in tokens:
        pos = text.index(token, pos)
        if token.isdigit():
            kind = Kind.YEAR if len(token) == 4 else Kind.COUNT
            qs.append(quantity_at(text, token, after=pos, kind=kind))
        pos += len(token)
    claims = extract_claims(_doc(text), qs)
    assert [c.quantity for c in claims] == qs
    for claim in claims:
        start, end = claim.sentence
        assert 0 <= start <= end <= len(text)


def _claimants(make_quantity: MakeQ, text: str, path: str, *phrases: str) -> list[str | None]:
    """Claimants of ``phrases`` in a document read by the real reader for ``path``."""
    doc = read_text(text, path)
    qs, after = [], 0
    for phrase in phrases:
        q = make_quantity(doc.prose, phrase, after=after)
        qs.append(q)
        after = q.end
    return [c.claimant for c in extract_claims(doc, qs)]


def test_markdown_hard_wrapped_paragraph_is_read_as_one_text(make_quantity: MakeQ) -> None:
    text = (
        "# Floods close the valley\n"
        "The United\nNations said 40 trucks were stuck and\nAnother 12 waited.\n"
        "- 7 bridges closed\n"
        "- 3 roads open\n"
    )
    assert _claimants(make_quantity, text, "story.md", "40", "12", "7") == [
        "United Nations",
        "United Nations",
        None,
    ]


def test_html_paragraphs_end_at_block_tags_not_at_newlines(make_quantity: MakeQ) -> None:
    text = (
        "<html><body><p>The United\nNations said 40 trucks were stuck.</p>"
        "<p>Another 12 waited.</p><ul><li>7 bridges closed</li></ul></body></html>"
    )
    assert _claimants(make_quantity, text, "story.html", "40", "12", "7") == [
        "United Nations",
        None,
        None,
    ]
