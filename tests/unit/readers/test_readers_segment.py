"""Sentences and paragraphs, cut once by the document layer (numcheck/segment.py)."""

from __future__ import annotations

from numcheck.segment import default_abbreviations, paragraph_spans, sentence_spans

ABBREVIATIONS = default_abbreviations()


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, ABBREVIATIONS)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "The strike on Feb. 12 hit a depot. U.S. officials and Mr. Ortega met Dr. Lin "
        "at 9 a.m. on Monday. Ann M. Brody wrote the report."
    )
    assert sentences(text) == [
        "The strike on Feb. 12 hit a depot.",
        "U.S. officials and Mr. Ortega met Dr. Lin at 9 a.m. on Monday.",
        "Ann M. Brody wrote the report.",
    ]


def test_sentence_ends_before_quote_and_at_question_marks() -> None:
    text = 'He asked why? "Nobody knows," she said. Then 12 left!\nNext line'
    assert sentences(text) == [
        "He asked why?",
        '"Nobody knows," she said.',
        "Then 12 left!",
        "Next line",
    ]


def test_line_breaks_end_sentences_unless_the_next_line_continues() -> None:
    text = "A headline without a period\nThe body starts here and\ncontinues on a wrapped line."
    assert sentences(text) == [
        "A headline without a period",
        "The body starts here and\ncontinues on a wrapped line.",
    ]


def test_paragraphs_split_at_blank_lines_and_after_terminal_punctuation() -> None:
    text = "First para line one\nstill first.\nSecond para.\n\nThird para"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "First para line one\nstill first.",
        "Second para.",
        "Third para",
    ]


def test_markdown_line_breaks_inside_a_paragraph_do_not_split_sentences() -> None:
    text = "The United\nNations said 40 trucks\nCrossed the river. Then\n12 more left.\n\nNext"
    spans = sentence_spans(text, ABBREVIATIONS, wrapped=True)
    assert [text[s:e] for s, e in spans] == [
        "The United\nNations said 40 trucks\nCrossed the river.",
        "Then\n12 more left.",
        "Next",
    ]
    paragraphs = paragraph_spans(text, wrapped=True)
    assert [text[s:e] for s, e in paragraphs] == [text[: text.index("\n\n")], "Next"]


def test_forced_breaks_end_sentences_and_paragraphs_in_wrapped_text() -> None:
    text = "A list item 3\nAnother item 4\nStill item four"
    brk = text.index("\nAnother")
    spans = sentence_spans(text, ABBREVIATIONS, wrapped=True, breaks=[brk])
    assert [text[s:e] for s, e in spans] == ["A list item 3", "Another item 4\nStill item four"]
    paragraphs = paragraph_spans(text, wrapped=True, breaks=[brk])
    assert [text[s:e] for s, e in paragraphs] == [
        "A list item 3",
        "Another item 4\nStill item four",
    ]


def test_plain_text_keeps_one_paragraph_per_line_but_joins_lowercase_continuations() -> None:
    text = "Officials said 40 trucks\nwere stuck. Another 12\nwaited.\nThe United\nNations said."
    assert sentences(text) == [
        "Officials said 40 trucks\nwere stuck.",
        "Another 12\nwaited.",
        "The United",
        "Nations said.",
    ]


def test_a_unit_glued_to_a_figure_ends_a_sentence_at_its_stop() -> None:
    """"£412.6m." is no initial: the figure's unit or scale ends the sentence."""
    assert sentences("Revenue was £412.6m. Profit was £30m. The wall is 3m. It fell.") == [
        "Revenue was £412.6m.", "Profit was £30m.", "The wall is 3m.", "It fell.",
    ]
    assert sentences("It was 5 p.m. Police said.") == ["It was 5 p.m. Police said."]


def test_a_wire_dateline_is_a_sentence_of_its_own() -> None:
    """What follows a dateline opens the first sentence, so a cue read at a sentence's
    start ("Of the 1,200 staff, ...") reads the same in the first paragraph."""
    from numcheck.segment import sentences as document_sentences

    for dateline, rest in [
        ("TARROW, Vessia, Nov 6 (Meridian) -", "Of the 41 injured, nine are children."),
        ("WASHINGTON (AP) —", "Of the 1,200 staff, 15% will go."),
        ("HALDEN, Nov 13 --", "Day 7 of the strike: no buses ran."),
    ]:
        text = f"{dateline} {rest} A second sentence."
        spans = document_sentences(text, "text", [])
        assert [text[s:e] for s, e in spans] == [dateline, rest, "A second sentence."]


def test_a_capitalised_opening_is_no_dateline() -> None:
    from numcheck.segment import sentences as document_sentences

    for text in ["NATO said 40 troops - a full platoon - had left.", "UK, France - allies."]:
        spans = document_sentences(text, "text", [])
        assert [text[s:e] for s, e in spans] == [text]
