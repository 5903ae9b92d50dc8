"""A count that falls because its article tells the earlier figure as corrected
("police first gave the toll as 11 before correcting it"): a told correction, not a
contradiction (standing.corrected, verdicts.judge). The same fall untold still is."""

from __future__ import annotations

from numcheck.checkers.drift.standing import StandingWords, corrected, told_corrected
from numcheck.lexicon import Lexicon

OLD = ("A coach left the motorway near Grellheim on Tuesday, killing 11 people, "
       "police said.")


def _rules(a: str, b: str) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {"a.md": f"---\ndate: 2026-06-09\nsource: Wire\n---\n\n{a}\n",
             "b.md": f"---\ndate: 2026-06-11\nsource: NTV\n---\n\n{b}\n"}
    return sorted(f.rule for f in run_checks(texts, [drift]))


def test_a_fall_told_as_a_correction_is_no_contradiction() -> None:
    new = ("Prosecutors questioned the driver of the coach that crashed on Tuesday, "
           "killing nine people.\n\nPolice first gave the toll as 11 before correcting it.")
    assert "NC401" not in _rules(OLD, new)


def test_a_fall_counted_twice_in_words() -> None:
    new = ("The coach crash near Grellheim on Tuesday killed nine people, police said.\n\n"
           "Two victims had been counted twice at the scene, where eleven were first "
           "reported dead.")
    assert "NC401" not in _rules(OLD, new)


def test_an_untold_fall_still_contradicts() -> None:
    new = "The coach crash near Grellheim on Tuesday killed nine people, police said."
    assert "NC401" in _rules(OLD, new)


def test_a_correction_of_another_figure_does_not_excuse_the_fall() -> None:
    new = ("The coach crash near Grellheim on Tuesday killed nine people, police said.\n\n"
           "Police corrected the number of passengers to 46 from 48.")
    assert "NC401" in _rules(OLD, new)


def test_corrected_reads_the_figures_of_revision_sentences() -> None:
    words = StandingWords.from_lexicon(Lexicon.default())
    text = ("<p>Nine died.</p><p>Police revised the toll down to nine, from 1,100.</p>"
            "<p>The 2019 crash killed 16.</p>")
    assert corrected(text, words) == ("1100", "9")
    assert told_corrected("revised 11 9", 11.0)
    assert not told_corrected("revised 11 9", 12.0)
    assert not told_corrected("", 11.0)
