"""What a claimant may be: a noun phrase naming an agent, never a figure or a clause.

The readers in names.py collect the words around an attribution cue; this module keeps
the noun phrase that names who speaks (docs/maintainers/claimants.md):

- a document is its source's voice: "figures released by the health agency" -> "health
  agency", "the council's latest estimate" -> "council"; a document with no source named
  ("preliminary data", "unofficial results") names nobody;
- a figure ends a name ("3.12 million of the 4.38 million" names nobody);
- the phrase ends in its head, the last word that names an agent: a proper name, an agent
  noun ("police", "officials", "spokesperson"; claimants.toml [agents]), an organisation
  word, or a plural agent noun ("traders", "investigators"); words after it are cut
  ("the Central Bank of Anatolia raised" -> "Central Bank of Anatolia");
- read backwards from its verb, it starts after the last determiner ("stay out until the
  company meets the union's [claim]" -> "union");
- a dateline ("SAN JOSE"), a day or month, a pronoun or an unnamed source names nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.extract.tokens import Tok
from numcheck.extract.vocab import Vocab

__all__ = ["agent_noun", "agent_words"]

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})
_NAME_INSIDE = frozenset({"of", "for", "and", "the", "de", "van", "von", "del", "la"})
_NOT_NOUNS = ("ing", "est", "ly", "ed")  # verb forms, superlatives, adverbs
_OPENERS = " \t\n\"“‘'([—–-*_#>"


def agent_words(
    toks: Sequence[Tok], text: str, vocab: Vocab, floor: int | None, *, backward: bool = False
) -> tuple[list[Tok], bool]:
    """The words of ``toks`` that name an agent, and whether the last one is an owner
    ("the council's [estimate]": its "'s" is dropped). ``floor``: the sentence's start
    (a capitalized first word may be a capitalized adjective, "Preliminary data")."""
    words = list(toks)
    if len(words) == 1 and words[0].low in vocab.pronouns:
        return words, False  # "he said", "it said": claimant.py resolves pronouns
    last = words[-1] if words else None
    words = _source_of_document(words, vocab)
    cut = next((k for k, t in enumerate(words) if _figure_ends_name(words, k)), None)
    if cut is not None:
        words = words[:cut]
    if backward:
        words = _after_determiner(words)
    end = len(words)
    # the word right before the cue (not one left by cutting a document off it)
    named = end > 1 and words[-2].is_capitalized  # "Corvid Systems beats": a verb
    determined = (backward and not named) or end == 1 or (
        end > 1 and words[-2].low in _DETERMINERS
    )
    if not (end and words[-1] is last and _subject_noun(words[-1], vocab, determined)):
        while end > 0 and not _is_head(words, end - 1, text, vocab, floor):
            end -= 1
    owner = end < len(words) or (end > 0 and not words[end - 1].is_capitalized)
    words = words[:end]
    while words and (words[0].low in vocab.strip_leading or words[0].low in _DETERMINERS):
        words = words[1:]
    if not words or _dateline(words) or all(t.low in vocab.anonymous for t in words):
        return [], False
    return words, owner and _possessive(words[-1])


def _source_of_document(words: list[Tok], vocab: Vocab) -> list[Tok]:
    """ "figures released by the health agency" -> "the health agency"; "the council's
    latest estimate" -> "the council's"; "preliminary data" -> nothing."""
    for k, tok in enumerate(words):
        if tok.low not in vocab.documents or tok.is_capitalized:
            continue  # "U.S. Geological Survey" is a name
        j = k + 1
        while j < len(words) and words[j].low in vocab.document_links:
            j += 1
        if j > k + 1 and j < len(words) and words[j - 1].low in ("by", "from", "of"):
            return words[j:]
        return words[:k]  # an owner or a name before it may remain ("LSEG data")
    return words


def _figure_ends_name(words: list[Tok], k: int) -> bool:
    """A figure is no part of a name, except between capitalized words ("Channel 4 News")."""
    if not any(ch.isdigit() for ch in words[k].text):
        return False
    before = k > 0 and words[k - 1].is_capitalized
    after = k + 1 >= len(words) or words[k + 1].is_capitalized
    return not (before and after)


def _after_determiner(words: list[Tok]) -> list[Tok]:
    """Read backwards, a noun phrase starts after its last determiner, unless the
    determiner sits inside a name ("Institute for the Study of War")."""
    for k in range(len(words) - 1, -1, -1):
        if words[k].low not in _DETERMINERS:
            continue
        inside = 0 < k < len(words) - 1 and words[k - 1].low in _NAME_INSIDE
        if not inside:
            return words[k + 1 :]
    return words


def _is_head(words: list[Tok], k: int, text: str, vocab: Vocab, floor: int | None) -> bool:
    tok = words[k]
    if not tok.is_word:
        return False
    low = tok.low.removesuffix("'s").removesuffix("'")
    if (
        (low in vocab.documents and not tok.is_capitalized)
        or (low in vocab.capitalized_only and not tok.is_capitalized)
        or low in vocab.anonymous
        or low in vocab.claimant_stops
        or low in vocab.cue_verbs
        or low in vocab.window_numbers
        or low in vocab.months
        or low in vocab.weekdays
    ):
        return False
    named = tok.is_capitalized and k > 0 and words[k - 1].is_capitalized
    if low in vocab.time_words and not named:
        return False  # "Monday", "yesterday"; "USA Today" is a name
    if _agent_noun(low, vocab):
        return True
    if low in vocab.pronouns:
        return False
    if not tok.is_capitalized or low in _NAME_INSIDE:
        return False
    first = floor is not None and not text[floor : tok.start].strip(_OPENERS)
    # "Preliminary data ...": a capitalized first word before a common noun is no name
    return not (first and k + 1 < len(words) and not words[k + 1].is_capitalized)


def _subject_noun(tok: Tok, vocab: Vocab, determined: bool) -> bool:
    """A plural the agent lists do not know may still head the phrase when it is the
    last word before the cue ("the rebels said", "the herders reported") or right after
    a determiner ("according to the militants"), unless it is a verb form, an adjective
    or an adverb ("damage estimated", "the annual report" are not)."""
    low = tok.low
    if tok.is_capitalized or not low.isalpha() or len(low) < 3:
        return False
    if (
        low in vocab.documents
        or low in vocab.anonymous
        or low in vocab.pronouns
        or low in vocab.claimant_stops
        or low in vocab.cue_verbs
        or low in vocab.time_words
        or low in vocab.capitalized_only
        or low in vocab.window_numbers
        or low in vocab.auxiliaries
        or low in vocab.finite_verbs
        or low.endswith(_NOT_NOUNS)
    ):
        return False
    return determined and low.endswith("s") and not low.endswith("ss")


def agent_noun(low: str, vocab: Vocab) -> bool:
    """Whether a lowercase word names an agent ("police", "clinics", "investigators")."""
    return _agent_noun(low, vocab)


def _agent_noun(low: str, vocab: Vocab) -> bool:
    for form in (low, vocab.lemma(low)):
        if form in vocab.agent_heads or form in vocab.organisation_words:
            return True
        if form in vocab.description_kinds:
            return True
    return len(low) > 5 and low.endswith(vocab.agent_suffixes)


def _dateline(words: list[Tok]) -> bool:
    """ "SAN JOSE", "AMSTERDAM": a wire dateline, not an acronym ("NATO", "UNHCR")."""
    caps = [t.text for t in words if t.is_word]
    if not caps or not all(w.isupper() for w in caps):
        return False
    return len(caps) > 1 or len(caps[0]) > 6


def _possessive(tok: Tok) -> bool:
    return tok.low.endswith(("'s", "s'"))
