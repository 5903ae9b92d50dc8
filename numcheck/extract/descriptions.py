"""What a described speaker stands for: "the company said" is the company named before.

Reporters name an organisation once and then describe it ("Varna Coal's mine ... the
company said"; "the Norvale Education Association ... the union said"). Another source
quotes it by name, so drift must see one party, not a dispute between "company" and
"Varna Coal". The kinds, their describing words and the words their names carry are
lexicon data (claimants.toml [descriptions]).
"""

from __future__ import annotations

import bisect
import re

from numcheck.extract.names import Names, word_before
from numcheck.extract.sentences import Frame
from numcheck.extract.tokens import tokenize
from numcheck.extract.vocab import Vocab
from numcheck.lazyre import lazy_compile

__all__ = ["Descriptions"]

# a name: capitalized words with "of/for/the" inside; "and" joins two names here
# ("Dunmore Coal and the Miners' Union")
_ORG_RUN = lazy_compile(r"\b[A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|the|de)[ \t]+)*[A-Z][\w’'.&-]*)*")
# "Bramwell's, the supermarket chain, said": a kind given in apposition after a name
_APPOSITIVE = lazy_compile(r",[ \t]+(?:the|a|an)[ \t]+((?:[\w-]+[ \t]+){0,3}[\w-]+)")


class Descriptions:
    """Organisations of one article with their kinds, read once, in text order."""

    def __init__(self, text: str, frame: Frame, names: Names, vocab: Vocab) -> None:
        self.text = text
        self.frame = frame
        self.names = names
        self.vocab = vocab
        self._found: list[tuple[int, str, frozenset[str]]] | None = None

    def kind(self, claimant: str) -> str | None:
        """The kind a lowercase description names ("company's statement": company)."""
        if any(ch.isupper() for ch in claimant):
            return None
        for word in claimant.lower().replace("'s", " ").split():
            kind = self.vocab.description_kinds.get(word)
            if kind is not None:
                return kind
        return None

    def resolve(self, claimant: str, offset: int) -> str:
        """The nearest organisation of the description's kind named before ``offset``;
        the description itself when the article names none."""
        kind = self.kind(claimant)
        if kind is None:
            return claimant
        found = self._organisations()
        i = bisect.bisect_left(found, (offset, "", frozenset()))
        for _, name, kinds in reversed(found[:i]):
            if kind in kinds:
                return name
        return claimant

    def _organisations(self) -> list[tuple[int, str, frozenset[str]]]:
        if self._found is None:
            self._found = [f for m in _ORG_RUN.finditer(self.text) if (f := self._read(m))]
        return self._found

    def _read(self, m: re.Match[str]) -> tuple[int, str, frozenset[str]] | None:
        if self.frame.quote(m.start()) >= 0:
            return None
        toks = tokenize(self.text, m.start(), m.end())
        for k, tok in enumerate(toks[:-1]):
            if tok.text.endswith(("'s", "’s")):  # "Varna Coal's Varna-3 mine"
                toks = toks[: k + 1]
                break
        name = self.names.clean(toks)
        if name is None:
            return None
        name = name.removesuffix("'s")
        vocab = self.vocab
        words = [w.lower().strip(".,") for w in name.split()]
        kinds = {
            kind for kind, marks in vocab.description_names.items() if marks.intersection(words)
        }
        before = vocab.description_kinds.get(word_before(self.text, m.start(), 0))
        if before is not None:
            kinds.add(before)  # "drugmaker Helvia Pharma"
        after = _APPOSITIVE.match(self.text, m.end())
        if after is not None:
            kinds.update(
                kind
                for w in after.group(1).lower().split()
                if (kind := vocab.description_kinds.get(w))
            )
        return (m.start(), name, frozenset(kinds)) if kinds else None
