"""Whose figure it is: "its troops" said by Russia's ministry, "5,800 Russians".

A possessive takes the claimant's nation (claimants.toml ``[possessors]``); a demonym
noun alone gets a thing from its sentence ("Ukrainian forces say 5,800 Russians ..."
-> soldiers), else from the article's last figure for that nation and event, else the
default (measures.toml ``[demonyms]``). Kept per article, in text order.
"""

from __future__ import annotations

from numcheck.extract.sentences import Span
from numcheck.extract.subject import Reading
from numcheck.extract.tokens import tokenize
from numcheck.extract.vocab import Vocab, match_phrase, norm

_CONTEXT_REACH = 200  # characters around "5,800 Russians" searched for "troops"


class Nations:
    """The nations of one article's figures, remembered as they are read."""

    def __init__(self, text: str, vocab: Vocab) -> None:
        self.text = text
        self.vocab = vocab
        self._things: dict[tuple[str, str | None], str] = {}  # (nation, event) -> thing

    def owner(self, r: Reading, claimant: str | None) -> tuple[str, ...]:
        """ "its troops" said by Russia's ministry are Russian troops."""
        if not r.possessive or not claimant:
            return r.qualifiers
        words = norm(claimant).split()
        for i in range(len(words)):
            owner = match_phrase(self.vocab.possessors, words, i)
            if owner is not None:
                return tuple(sorted({*r.qualifiers, owner[0]}))
        return r.qualifiers

    def thing(self, r: Reading, at: int, sentence: Span, claimant: str | None) -> str:
        """What "5,800 Russians" counts: soldiers when the sentence speaks of troops,
        else the thing of the article's last figure for that nation and event, else
        people (measures.toml [demonyms])."""
        vocab = self.vocab
        lo = max(sentence[0], at - _CONTEXT_REACH)
        toks = tokenize(self.text, lo, min(sentence[1], at + _CONTEXT_REACH))
        words = [t.low for t in toks]
        said_by = norm(claimant or "")
        for i in range(len(words)):
            hit = match_phrase(vocab.demonym_context, words, i)
            if hit is None:
                continue
            owner = match_phrase(vocab.qualifiers, words, i - 1) if i else None
            other_side = owner is not None and owner[0] in vocab.demonym_qualifiers
            if not other_side or owner == (r.demonym, 1) or words[i] in said_by.split():
                return hit[0]  # unqualified, same nation, or the claimant's own troops
        earlier = self._things.get((r.demonym or "", r.event))
        return earlier if earlier is not None else vocab.demonym_default

    def remember(self, thing: str | None, quals: tuple[str, ...], event: str | None) -> None:
        if thing is None:
            return
        for q in quals:
            if q in self.vocab.demonym_qualifiers:
                self._things[(q, event)] = thing
