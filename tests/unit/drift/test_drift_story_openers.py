"""Names that open sentences (stories.openers_of): a company told of as "Corvid will cut
1,200 jobs" in one article and "shares in Corvid fell" in another ties the two articles
to one story set, though each names a place of its own; a common word that opens a
sentence ties nothing."""

from __future__ import annotations

from numcheck.checkers.drift import _stops
from numcheck.checkers.drift.stories import Marks, openers_of, story_of
from numcheck.document import Document
from numcheck.readers import read_text

STOPS = _stops(None)


def doc(path: str, body: str, date: str = "2024-10-29") -> Document:
    return read_text(f"---\ndate: {date}\n---\n\n{body}\n", path)


def test_a_name_that_only_opens_sentences_is_an_opener() -> None:
    found = openers_of(doc("a.md", "Corvid will lay off 1,200 staff in Harrow. Corvid's "
                                   "shares fell. Arcadia Pharma funded the study."), STOPS)
    assert {"corvid", "arcadia pharma"} <= found


def test_a_word_the_article_writes_in_lower_case_is_no_opener() -> None:
    found = openers_of(doc("a.md", "Patients shed 15kg. Most patients kept it off. Police "
                                   "said 40 police officers were there."), STOPS)
    assert not found & {"patients", "police"}


def test_function_words_open_no_name() -> None:
    found = openers_of(doc("a.md", "This is a record. Its shares rose. These figures are "
                                   "final. But Halvern disagrees."), STOPS)
    assert not found & {"this", "its", "these", "but"}


def _stories(*docs: Document) -> dict[str, str]:
    from numcheck.checkers.drift.stories import marks_of

    marks = {d.path: marks_of(d, frozenset(), STOPS) for d in docs}
    story = story_of(docs, "story", 7, {}, {}, marks=marks)
    return {d.path: story(d.path) for d in docs}


def test_an_opener_said_mid_sentence_elsewhere_ties_two_placed_articles() -> None:
    story = _stories(
        doc("wire.md", "Shares in Corvid fell 4% in New York after the results."),
        doc("blog.md", "Corvid will lay off 1,200 staff at its site in Sunnyvale."),
    )
    assert story["wire.md"] == story["blog.md"]


def test_two_openers_alone_tie_nothing() -> None:
    """An opener is a name only where another article names it mid-sentence: two
    articles that both open a sentence with one word may share no name at all."""
    story = _stories(
        doc("a.md", "Traffic was heavy in Leeds after 12 lanes were closed."),
        doc("b.md", "Traffic officers in Plymouth said 21 lanes were closed."),
    )
    assert story["a.md"] != story["b.md"]


def test_unrelated_companies_of_one_day_stay_apart() -> None:
    story = _stories(
        doc("a.md", "Halvern will cut 940 jobs at its works in Rotherham."),
        doc("b.md", "Managers at Corrin Board in Caerphilly said 310 jobs would go."),
    )
    assert story["a.md"] != story["b.md"]


def test_marks_carry_openers_apart_from_names() -> None:
    """An engine that reads documents apart sends Marks: openers travel with them."""
    marks = Marks(places=frozenset({"harrow"}), openers=frozenset({"corvid"}))
    assert "corvid" not in marks.names
    assert marks.openers == frozenset({"corvid"})
