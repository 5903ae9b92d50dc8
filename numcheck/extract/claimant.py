"""Who makes a claim: attribution cues read in one pass over the article.

Every cue ("says", "said", "told", "according to", "acknowledged", ", saying") is
resolved to the words that name its speaker, once, in text order, so a pronoun ("he
said") takes the last named speaker before it and an elided subject ("..., but says",
"..., saying") takes its sentence's subject. A figure takes the nearest cue of its
sentence; a figure inside a quote takes the quote's attribution; a sentence without a
cue continues the paragraph's last attribution. The words of a name are read by
names.py; this module decides which cue, pronoun referent or organisation applies.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from numcheck.extract.agents import agent_noun
from numcheck.extract.descriptions import Descriptions
from numcheck.extract.names import NAME_RUN, Names, word_before
from numcheck.extract.sentences import Frame
from numcheck.extract.tokens import tokenize
from numcheck.extract.verbs import OBJECT_WORDS
from numcheck.extract.vocab import Vocab
from numcheck.lazyre import lazy_compile

_QUOTE_REACH = 160  # an attribution after a quote must start this close to it
_PRONOUN_REACH = 30  # sentences searched back for the speaker "he"/"she" stands for
_CONTINUE_REACH = 8  # sentences back a figure without a cue inherits an attribution from
_SURNAME_REACH = 12  # sentences back a surname alone looks for its full name
_SCAN = 16  # cues looked at on each side of a figure
_ARTICLES = frozenset({"a", "an", "the", "its", "their"})
_NEXT_WORD = lazy_compile(r"[ \t]+([^\W\d_]+)")
_PER_SOURCE = lazy_compile(r"[ \t]+(?:the[ \t]|[A-Z])")  # "per the bureau", "per Reuters"
_BY = re.compile(r"[ \t\n]+by[ \t\n]+", re.IGNORECASE)  # "estimated by the Red Cross"


class Cue(NamedTuple):
    start: int
    end: int
    claimant: str | None
    named: bool  # named in its own words (not a pronoun or an elided subject)


class Claimants:
    """Attribution cues of one article, read lazily sentence by sentence."""

    def __init__(self, text: str, frame: Frame, vocab: Vocab) -> None:
        self.text = text
        self.vocab = vocab
        self.frame = frame
        self.sentences = frame.sentences
        self.paragraphs = frame.paragraphs
        self.quotes = frame.quotes
        self._cues: dict[int, list[Cue]] = {}
        self._named_cues: dict[int, list[Cue]] = {}
        self._starts: dict[int, list[int]] = {}
        self._organisations: dict[int, list[tuple[int, str]]] = {}
        self.names = Names(text, frame, vocab)
        self.descriptions = Descriptions(text, frame, self.names, vocab)

    # -- reading cues ---------------------------------------------------------
    def cues(self, s: int) -> list[Cue]:
        """The resolved cues of sentence ``s``."""
        found = self._cues.get(s)
        if found is None:
            found = self._cues[s] = self._read(s)
            self._starts[s] = [c.start for c in found]
        return found

    def _named(self, s: int) -> list[Cue]:
        """Sentence ``s``'s cues that name their speaker (no pronoun resolution)."""
        found = self._cues.get(s)
        if found is None:
            found = self._named_cues.get(s)
            if found is None:
                found = self._named_cues[s] = self._read(s, resolve=False)
        return found

    def _read(self, s: int, *, resolve: bool = True) -> list[Cue]:
        s_start, s_end = self.sentences[s]
        out: list[Cue] = []
        last: str | None = None
        named_here: str | None = None
        vocab = self.vocab
        for m in vocab.cue_re.finditer(self.text, s_start, s_end):
            if self.frame.quote(m.start()) >= 0:
                continue  # "I believe ..." inside a quote is speech, not attribution
            word = " ".join(m.group().lower().split())
            if word == "per" and not _PER_SOURCE.match(self.text, m.end(), s_end):
                continue  # "per worker", "per cent": a rate, not "per the ministry"
            if vocab.verbs.opens_frame([word, *(t.low for t in tokenize(
                    self.text, m.end(), s_end, OBJECT_WORDS + 8))]):
                continue  # "admitted 63 children to hospital": an event, not a source
            if word in vocab.prefixes:
                name = self.names.forward(m.end(), s_end)
            elif word in vocab.participles:
                name = last or self.names.sentence_subject(s_start, m.start())
            elif self._adjective(m.start(), m.end(), s_start):
                continue  # "an estimated 1,500", "51 confirmed cases": not an attribution
            elif (by := _BY.match(self.text, m.end(), s_end)) is not None:
                name = self.names.forward(by.end(), s_end)  # "was estimated by the Red Cross"
            else:
                name = self.names.backward(m.start(), s_start, s_end, m.end())
            named = name is not None and name.lower() not in vocab.pronouns
            if name is not None and named and resolve:
                name = self.descriptions.resolve(name, m.start())
                name = self._full_name(s, name)
            if name is not None and not named:
                if not resolve:
                    continue
                if name.lower() == "it":
                    name = self._organisation_before(m.start())
                else:
                    name = self.names.antecedent(name, s_start, m.start()) or self._last_named(
                        s, named_here
                    )
            last = name or last
            if named:
                named_here = name
            out.append(Cue(m.start(), m.end(), name, named))
        return out

    def _adjective(self, start: int, end: int, s_start: int) -> bool:
        """A cue word used as an adjective: after an article ("an estimated 1,500"), or
        between a figure and its noun ("51 confirmed cases", "4.38 million registered
        voters"; not "Police on March 3 said 12")."""
        before = word_before(self.text, start, s_start)
        if before in _ARTICLES:
            return True
        if before in self.vocab.window_numbers and self.text[start:end].endswith("s"):
            return True  # "in three states", "two reports": a plural noun after a number
        if not (before[-1:].isdigit() or before in self.vocab.adjective_after):
            return False
        after = _NEXT_WORD.match(self.text, end)
        return after is not None and after.group(1).islower()

    def _full_name(self, s: int, name: str) -> str:
        """ "Sarn said" after "regional governor Ilya Sarn said": a surname alone is the
        speaker named in full earlier in the article."""
        if " " in name or not name[:1].isupper() or agent_noun(name.lower(), self.vocab):
            return name  # "Police said": no surname
        if name.isupper() or self.names.is_organisation(name):
            return name  # "NATO", "Kellner Steel's" are no surnames
        for j in range(s - 1, max(-1, s - _SURNAME_REACH - 1), -1):
            for cue in reversed(self._named(j)):
                full = cue.claimant
                if full is not None and full != name and full.split()[-1] == name:
                    return full
        return name

    def _last_named(self, s: int, named_here: str | None) -> str | None:
        """The speaker "he"/"she" stands for: the last one named in this sentence
        (``named_here``, kept while reading so a long sentence stays linear), else
        in the sentences before."""
        if named_here is not None:
            return named_here
        for j in range(s - 1, max(-1, s - _PRONOUN_REACH - 1), -1):
            for cue in reversed(self._named(j)):
                if cue.named:
                    return cue.claimant
        return None

    def _organisation_before(self, offset: int) -> str | None:
        """What "it" stands for: the nearest organisation named before ``offset`` in
        its paragraph (outside quotes), else None."""
        p = self.frame.paragraph(offset)
        if p < 0:
            return None
        names = self._organisations.get(p)
        if names is None:
            names = self._organisations[p] = self._find_organisations(*self.paragraphs[p])
        i = bisect.bisect_left(names, (offset, "")) - 1
        return names[i][1] if i >= 0 else None

    def _find_organisations(self, start: int, end: int) -> list[tuple[int, str]]:
        """The organisation names of one paragraph: capitalized runs and named
        claimants holding an organisation word, an acronym or a country."""
        found: list[tuple[int, str]] = []
        for m in NAME_RUN.finditer(self.text, start, end):
            if self.frame.quote(m.start()) >= 0:
                continue
            toks = tokenize(self.text, m.start(), m.end())
            name = self.names.clean(toks)
            if name is not None and self.names.is_organisation(name):
                found.append((m.start(), name))
        s = self.frame.sentence(start)
        while 0 <= s < len(self.sentences) and self.sentences[s][0] < end:
            for cue in self._named(s):
                if cue.claimant is not None and self.names.is_organisation(cue.claimant):
                    found.append((cue.start, cue.claimant))
            s += 1
        return sorted(found)

    # -- lookups ---------------------------------------------------------------
    def claimant_at(self, offset: int, sentence: int) -> str | None:
        """The claimant of a figure at ``offset`` in sentence number ``sentence``."""
        q = self.frame.quote(offset)
        p = self.frame.paragraph(offset)
        p_start, p_end = self.paragraphs[p] if p >= 0 else (0, len(self.text))
        if q >= 0:
            return self._quote_attribution(q, sentence, p_start, p_end)
        cues = self.cues(sentence)
        mid = bisect.bisect_left(self._starts[sentence], offset)
        before = next((c for c in reversed(cues[max(0, mid - _SCAN) : mid]) if c.claimant), None)
        after = next((c for c in cues[mid : mid + _SCAN] if c.claimant), None)
        if before is not None and (
            after is None or _distance(before, offset) <= _distance(after, offset)
        ):
            return before.claimant
        if after is not None:
            return after.claimant
        return self._last_before(sentence, self.sentences[sentence][0], p_start)

    def _quote_attribution(self, q: int, s: int, p_start: int, p_end: int) -> str | None:
        q_start, q_end = self.quotes[q]
        reach = min(p_end, q_end + _QUOTE_REACH)
        if q + 1 < len(self.quotes):
            reach = min(reach, self.quotes[q + 1][0])
        j = s
        while j < len(self.sentences) and self.sentences[j][0] < reach:
            cues = self.cues(j)
            k = bisect.bisect_left(self._starts[j], q_end)  # a long sentence: stay linear
            while k < len(cues) and cues[k].start < reach:
                if cues[k].claimant is not None:
                    return cues[k].claimant
                k += 1
            j += 1
        return self._last_before(s, q_start, p_start)

    def _last_before(self, s: int, offset: int, floor: int) -> str | None:
        """The last attribution before ``offset`` in the same paragraph."""
        j = s
        while j >= max(0, s - _CONTINUE_REACH) and self.sentences[j][1] > floor:
            cues = self.cues(j)
            mid = bisect.bisect_left(self._starts[j], offset)
            for cue in reversed(cues[max(0, mid - _SCAN) : mid]):
                if cue.claimant is not None:
                    return cue.claimant
            j -= 1
        return None


def _distance(cue: Cue, offset: int) -> int:
    return cue.start - offset if cue.start >= offset else offset - cue.end
