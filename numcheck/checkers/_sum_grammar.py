"""The closed-class words of how reporters give a whole and its parts, as one table.

Three pieces of the list grammar (docs/maintainers/phrasings-relations.md, section 26)
that every desk writes and that no reader held as data:

- a *total label*: a sentence that opens with a label whose head calls its figure the
  total and ends in a colon ("Total: 285.", "Total valid votes: 26,287.", "Grand
  total: £4.1m"), as results boxes and key-facts lists write it after their items;
- a *single item*: a list item with no figure whose determiner counts one ("four
  drivers, two guards and a nurse"; "twelve flats, four shops and a chapel"): it is one
  of the total's things, so the list still is all of the total; an item after any
  other word ("and others", "and several more", "and a number of ...") leaves the list
  open;
- a *continuation*: "a further 11", "another 9" opening a sentence after "Of the 40,
  22 were convicted" adds to that group, so it is a sibling of the parts before it,
  never their whole;
- a *total phrase* right before a figure: an adjective that calls its noun phrase the
  total, a few words, then "of" ("for total revenue of $690m", "a combined gain of
  £2.4bn", "an overall loss of"), unless a partitive link comes before it ("out of a
  total electorate of": the list is some of that whole); and a *running total* with
  any determiner ("bringing its total to", "taking the party's tally to", "pushing the
  death toll to"), which the fixed cues of ``[sums]`` spell with "the" only;
- a *base link* between two figures before a colon list ("340 jobs, a tenth of its
  workforce of 2,800:"): the later figure is the whole the earlier is taken from, so
  the list breaks down the earlier one (``_sum_base.py``).

Cue words are data (``[sum_grammar]`` in numcheck/lexicon/checkers.toml); a wrong entry
is refused loudly (``LexiconError``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Location
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import LexiconError
from numcheck.quantity import Bound

__all__ = ["SumGrammar", "grammar"]

_KEY = "checkers.sum_grammar"
_WORD = re.compile(r"^[a-z][a-z' -]*[a-z]$|^[a-z]$")


def _list(table: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A list of lower-case words or phrases; anything else is refused."""
    value = table.get(name, [])
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{_KEY}.{name}", "expected a non-empty list of words")
    for word in value:
        if not isinstance(word, str) or not _WORD.match(word):
            raise LexiconError(f"{_KEY}.{name}", f"expected lower-case words, got {word!r}")
    return tuple(sorted(set(value), key=len, reverse=True))


def _alternation(cues: tuple[str, ...]) -> str:
    return "|".join(re.escape(c) for c in cues)


class SumGrammar:
    """The ``[sum_grammar]`` words, compiled once per lexicon."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        labels = _list(table, "total_labels")
        self.label_words = int(table.get("label_words", 3))
        if not 0 <= self.label_words <= 6:
            raise LexiconError(f"{_KEY}.label_words", "expected 0 to 6 words")
        # "total valid votes:" - the head, up to ``label_words`` more words, a colon
        self.total_label = re.compile(
            rf"^(?:the\s+)?(?:{_alternation(labels)})(?:\s+[\w'-]+){{0,{self.label_words}}}\s*:$"
        )
        one = _list(table, "single_item")
        not_one = _list(table, "not_single")
        # ", and a nurse" / " and one chapel": one more thing, not a figure
        self.single_item = lazy_compile(
            rf"^[^.;:!?()\d]{{0,50}}?(?:,|\band)\s+((?:{_alternation(one)})\s+"
            rf"(?!(?:{_alternation(not_one)})\b)[a-z][\w'-]*)"
        )
        self.continuations = _list(table, "continuations")
        self.beyond_openers = _list(table, "beyond_openers")
        adjectives = _list(table, "total_adjectives")
        not_after = _list(table, "total_not_after")
        self.noun_words = int(table.get("noun_words", 2))
        if not 0 <= self.noun_words <= 4:
            raise LexiconError(f"{_KEY}.noun_words", "expected 0 to 4 words")
        dets = _list(table, "determiners")
        # "(out of) a combined gain of": the adjective, up to ``noun_words`` words, "of"
        self.total_phrase = lazy_compile(
            rf"(?:^|\s)(?:(?P<pre>{_alternation(not_after)})\s+)?"
            rf"(?:(?:{_alternation(dets)})\s+)?(?:{_alternation(adjectives)})"
            rf"(?:\s+[a-z][\w'-]*){{0,{self.noun_words}}}\s+of$"
        )
        verbs = _list(table, "running_verbs")
        nouns = _list(table, "running_nouns")
        # "bringing its total to", "taking the party's overall tally to"
        self.running_phrase = lazy_compile(
            rf"(?:^|\s)(?:{_alternation(verbs)})\s+(?:(?:{_alternation(dets)})|[a-z][\w-]*'s)"
            rf"(?:\s+[a-z][\w'-]*)?\s+(?:{_alternation(nouns)})\s+to$"
        )
        # "340 jobs, about 12% of its workforce of 2,800:": the later figure is a base
        self.base_links = _list(table, "base_links")
        # the item's phrase ends the list: "and a nurse." / "and a nurse, police said"
        self.ends = lazy_compile(r"(?:\s+[a-z][\w'-]*){0,2}\s*(?:[,;.)\u2014\u2013]|$)")

    def labels_total(self, opening: str) -> bool:
        """The words that open a sentence before its figure label it the total."""
        return self.total_label.match(opening) is not None

    def names_total(self, lead: str) -> bool:
        """The words right before a figure call it the total of something ("for total
        revenue of", "a combined gain of"), not a whole the list is some of ("out of a
        total electorate of")."""
        match = self.total_phrase.search(_tail(lead))
        return match is not None and match.group("pre") is None

    def taken_from(self, lead: str) -> bool:
        """The words right before a figure are a total phrase after a partitive link
        ("out of a total of", "of an overall electorate of"): a whole the list before it
        is some of."""
        match = self.total_phrase.search(_tail(lead))
        return match is not None and match.group("pre") is not None

    def runs_to(self, lead: str) -> bool:
        """The words right before a figure make it a running total ("bringing its
        total to"), whatever determiner the total has."""
        return self.running_phrase.search(_tail(lead)) is not None

    def links_base(self, gap: str) -> bool:
        """The words between two figures make the later one a whole the earlier is
        taken from ("out of", "of its", ", which employs")."""
        said = " " + " ".join(re.findall(r"[a-z']+", gap.lower())) + " "
        return any(f" {link} " in said for link in self.base_links)

    def single_after(self, text: str) -> bool:
        """``text`` (what follows a list's last figure) adds one item with no figure."""
        return self.single_item.match(text.lower()) is not None

    def adds_beyond(self, opening: str) -> bool:
        """The opening words add something to the list ("Together with the new wing")."""
        return any(opening == c or opening.startswith(c + " ") for c in self.beyond_openers)

    def single(
        self,
        document: Document,
        last: Claim,
        stop: int | None = None,
        closers: Sequence[str] = (),
    ) -> Claim | None:
        """The item with no figure that counts one after a list's last figure, up to
        ``stop`` (the total after the list) or, with no total after it, an item whose
        phrase ends the list ("and a nurse was injured" is a clause of its own): a
        figure of 1 spanning its determiner and noun, so the list stays all of its total.
        ``closers``: the words that open a total after its list ("a combined")."""
        end = last.location.end
        text = document.prose[end : stop if stop is not None else end + 80]
        match = self.single_item.match(text.lower())
        if match is None:
            return None
        if stop is None and not self.ends.match(text.lower(), match.end()):
            return None
        rest = " ".join(text[match.start(1) :].lower().split())
        if any(rest.startswith(c + " ") or rest == c for c in closers):
            return None  # "..., a combined 41,300": the total's own words, no item
        return _one(document, last, end + match.start(1), end + match.end(1))

    def continues(self, lead: str) -> bool:
        """``lead`` (the words before a figure in its sentence) adds it to a group."""
        lead = " ".join(lead.lower().split())
        return any(lead == c or lead.endswith(" " + c) for c in self.continuations)


def _tail(lead: str) -> str:
    """``lead`` lower-cased, spaces collapsed, without the marks or currency sign that
    end it ("for total revenue of $")."""
    return re.sub(r"[^\w]+$", "", " ".join(lead.lower().replace("\u2019", "'").split()))


def _one(document: Document, like: Claim, start: int, end: int) -> Claim:
    """A figure of 1 at ``start:end`` that counts what ``like`` counts."""
    text = document.prose[start:end]
    quantity = dataclasses.replace(
        like.quantity, text=text, start=start, end=end, value=1.0,
        hard=Interval.point(1), soft=Interval.point(1), bound=Bound.APPROX, hedge=None,
        change=None, granularity=1.0, noun=None,
    )
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    raw = document.text[start:end]
    location = Location(like.path, start, end, line, column, end_line, end_column, raw)
    return dataclasses.replace(like, quantity=quantity, location=location)


_CACHE: dict[int, tuple[Mapping[str, Any], SumGrammar]] = {}


def grammar(lex: Mapping[str, Any]) -> SumGrammar:
    """The grammar of the checkers lexicon ``lex``, compiled once per table."""
    table = lex.get("sum_grammar")
    if not isinstance(table, Mapping):
        raise LexiconError(_KEY, "expected a table")
    held = _CACHE.get(id(table))
    if held is None or held[0] is not table:
        held = (table, SumGrammar(table))
        _CACHE[id(table)] = held
    return held[1]
