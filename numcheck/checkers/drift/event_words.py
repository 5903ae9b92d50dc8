"""The words of event forms, as written and as lemmas (Alignment.described_event).

Split from drift/alignment.py (wave 21): spelling-near tests that keep the lemmatizer
unloaded when no form is nearly spelled, and the cached lemma sets of the forms.
"""

from __future__ import annotations

from functools import cache


def _lemma(word: str) -> str:
    """A descriptor word's lemma (numcheck/likeness.py, the one lemmatizer: simplemma,
    imported only when two articles' descriptors are compared)."""
    from numcheck.likeness import lemma

    return lemma(word)


def _content_lemmas(phrase: str, stops: frozenset[str]) -> frozenset[str]:
    return frozenset(_lemma(w) for w in phrase.split() if w not in stops and w.isalpha())


@cache
def _event_lemmas(forms: tuple[tuple[str, str], ...],
                  stops: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each event form's content words as lemmas ("lost their jobs": lose, job)."""
    return tuple((event, _content_lemmas(form, stops)) for event, form in forms)


@cache
def _event_words(forms: tuple[tuple[str, str], ...],
                 stops: frozenset[str]) -> frozenset[frozenset[str]]:
    """Each event form's content words as written (no lemmatizer)."""
    return frozenset(frozenset(w for w in form.split() if w not in stops and w.isalpha())
                     for _, form in forms) - {frozenset()}


@cache
def _thing_words(forms: tuple[str, ...], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(w for form in forms for w in form.split() if w not in stops)


def _near(word: str, other: str) -> bool:
    """Whether two words may share a lemma, judged by their spelling alone: a common
    start of all but one letter of the shorter, three to five letters ("lost" and
    "lose", "shedding" and "shed", "recruited" and "recruit"; not "capital" and
    "captured")."""
    need = min(5, max(3, min(len(word), len(other)) - 1))
    return word[:need] == other[:need]


@cache
def _thing_lemmas(forms: tuple[str, ...], stops: frozenset[str]) -> frozenset[str]:
    return frozenset(w for form in forms for w in _content_lemmas(form, stops))
