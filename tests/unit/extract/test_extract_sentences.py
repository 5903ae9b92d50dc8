"""Direct quotes inside the document's paragraphs: the frame figures are read in."""

from __future__ import annotations

from numcheck.extract.sentences import quote_spans
from numcheck.segment import paragraph_spans


def quotes(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text, paragraph_spans(text))]


def test_curly_and_straight_quotes_across_sentences() -> None:
    text = '“We lost 12. Then 30 more,” the mayor said. He added: "No one came."'
    assert quotes(text) == ["“We lost 12. Then 30 more,”", '"No one came."']


def test_mixed_glyphs_and_mistyped_closers_still_pair_up() -> None:
    text = 'She saw “armed men in the hall" and left. “Stop at once, “he added.'
    assert quotes(text) == ['“armed men in the hall"', "“Stop at once, “"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph_only() -> None:
    text = "“The first 40 buses left at dawn.\n“The rest follow at noon,” he said.\nAfter 8 hours."
    assert quotes(text) == [
        "“The first 40 buses left at dawn.",
        "“The rest follow at noon,”",
    ]
