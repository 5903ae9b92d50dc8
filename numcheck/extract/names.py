"""The words that name a speaker, read around one attribution cue.

``Names`` reads backward from a cue verb ("Rescuers on Friday said" -> "Rescuers"),
forward from a prefix or an inverted verb ("according to the Red Cross", "..., said
Jane Roe"), the sentence subject for an elided one ("..., but says"), the name a
pronoun stands for in its sentence, and whether a name is an organisation (what "it
said" may stand for). Which cue a figure takes is claimant.py's business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.extract.agents import agent_noun, agent_words
from numcheck.extract.sentences import Frame
from numcheck.extract.tokens import Tok, tokenize
from numcheck.extract.vocab import Vocab, match_phrase
from numcheck.lazyre import lazy_compile

_CONNECTORS = frozenset({"of", "for", "from", "by", "and", "the", "at"})
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the"})
_WHERE = frozenset({"in", "at", "on", "near", "outside", "inside"})
MAX_WORDS = 8
LOOK = 80
# a wire dateline opening a sentence: "SAN JOSE, Calif., Oct 29 (BNW) — "
_DATELINE = lazy_compile(
    r"[ \t]*[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+)*,[^\n—–]{0,60}?(?:—|–|--|[ \t]-[ \t])[ \t]*"
)
_LAST_WORD = re.compile(r"(\w+)[ \t\n]*$")
_ACRONYM = lazy_compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")  # "U.N.", "NATO", "UNHCR"
# a run of capitalized words, with "of/for/and/the" inside ("Institute for the Study of War")
NAME_RUN = lazy_compile(
    r"\b[A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|and|the|de)[ \t]+)*[A-Z][\w’'.&-]*)*"
)


class Names:
    """Speaker names in one article's text (quotes are never a name's source)."""

    def __init__(self, text: str, frame: Frame, vocab: Vocab) -> None:
        self.text = text
        self.vocab = vocab
        self.frame = frame

    def _quoted(self, offset: int) -> bool:
        return self.frame.quote(offset) >= 0

    def backward(self, cue: int, s_start: int, s_end: int, cue_end: int) -> str | None:
        toks = tokenize(self.text, max(s_start, cue - LOOK), cue)
        i = self._skip_back(toks, len(toks))
        name = self._collect_back(toks, i, s_start)
        if name is not None:
            return name
        prev = toks[i - 1].text if i > 0 else ""
        if prev in {",", "”", '"', "’"} or i == 0:
            after = self.forward(cue_end, s_end, inverted=True)
            if after is not None:
                return after  # "..., said Filippo Grandi"
        if prev == ",":
            # appositive: "Filippo Grandi, the U.N. refugee chief, said"
            j = i - 1
            while j > 0 and toks[j - 1].text != ",":
                j -= 1
            if j > 0 and i - 1 - j <= 12:
                return self._collect_back(toks, j - 1, s_start)
        if i > 0 and toks[i - 1].low in {"but", "and"}:
            return self.sentence_subject(s_start, cue)  # "..., but says its ..."
        return None

    def _skip_back(self, toks: list[Tok], i: int) -> int:
        """Skip adverbs and a time expression between a claimant and its verb.

        "Rescuers on Friday said" -> "Rescuers"; "Police on March 3 said" -> "Police".
        Only weekdays and months may be capitalized ("USA Today said" keeps "Today").
        """
        vocab = self.vocab
        j = i
        while j > 0:
            tok = toks[j - 1]
            low = tok.low
            if low in vocab.claimant_skip:
                j -= 1
                continue
            if low in vocab.months or (low in vocab.time_words and not tok.is_capitalized):
                j -= 1
                continue
            if tok.is_capitalized and low in vocab.time_words and _weekday_like(low):
                j -= 1
                continue
            if tok.text[0].isdigit() and len(tok.text) <= 4 and j > 1:
                before = toks[j - 2].low
                if before in vocab.months or (before == "," and j > 2):
                    j -= 1  # "March 3", "March 3, 2031"
                    continue
            break
        if j < i and j > 0 and toks[j - 1].text == ",":
            return i  # "..., on Friday said": not a time run between name and verb
        return j

    def _collect_back(self, toks: list[Tok], i: int, floor: int) -> str | None:
        j = self._back_start(toks, i)
        if (
            1 < j < i
            and toks[j - 1].low in ("in", "at")
            and self._sits_in(toks[j - 2].low, toks[j - 1].low)
            and toks[j].is_capitalized
        ):
            # "the city administration in Miren said": the administration speaks
            k = self._back_start(toks, j - 1)
            if k < j - 1:
                return self.agent(toks[k : j - 1], floor, backward=True)
        name = self.agent(toks[j:i], floor, backward=True)
        if name is None and 1 < j < i and toks[j - 1].low in _WHERE:
            # "aid workers at the crossing said": the place names nobody, the workers speak
            k = self._back_start(toks, j - 1)
            if k < j - 1:
                return self.agent(toks[k : j - 1], floor, backward=True)
        return name

    def _sits_in(self, low: str, preposition: str) -> bool:
        """ "the city administration in Miren", "clinics in Dorvale": a speaker that sits
        in a place (claimants.toml [descriptions.locative], or any agent noun before
        "in"; "analysts at Sorel Partners" are the firm's)."""
        forms = {low, self.vocab.lemma(low)}
        if forms & self.vocab.locative_heads:
            return True
        return preposition == "in" and agent_noun(low, self.vocab)

    def _back_start(self, toks: list[Tok], i: int) -> int:
        j = i
        stops = self.vocab.claimant_stops
        while j > 0 and i - j < MAX_WORDS:
            tok = toks[j - 1]
            if not tok.is_word or tok.low in self.vocab.cue_verbs:
                break
            if tok.low in stops or tok.low in ("has", "have", "had", "will", "would"):
                inside_name = (
                    tok.low in _NAME_CONNECTORS
                    and j < i
                    and toks[j].is_capitalized
                    and j > 1
                    and toks[j - 2].is_capitalized
                )
                if not inside_name:
                    break
            j -= 1
        return j

    def forward(self, start: int, end: int, *, inverted: bool = False) -> str | None:
        toks = tokenize(self.text, start, min(end, start + LOOK))
        if inverted and not (toks and (toks[0].is_capitalized or _determined(toks))):
            return None  # "said Jane Roe", "said a student", not "said in a statement"
        out: list[Tok] = []
        for k, tok in enumerate(toks):
            if not tok.is_word or len(out) >= MAX_WORDS + 4:
                break
            low = tok.low
            if low in self.vocab.cue_verbs or low in self.vocab.participles:
                break
            if low in self.vocab.auxiliaries or low in self.vocab.finite_verbs:
                break  # "said the increase would hit ...": a clause, not a speaker
            if out and low.endswith("ing") and not tok.is_capitalized:
                break  # "a student living in the city"
            if low in self.vocab.claimant_stops or low in _CONNECTORS:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                ok = (
                    low in _CONNECTORS
                    and out
                    and nxt is not None
                    and nxt.text[0].isalpha()
                    and nxt.low not in self.vocab.claimant_stops
                )
                if not ok and not (low == "the" and not out):
                    break
            out.append(tok)
        return self.agent(out, None)

    def sentence_subject(self, s_start: int, limit: int) -> str | None:
        dateline = _DATELINE.match(self.text, s_start, limit)
        if dateline is not None:  # "SAN JOSE, Calif., Oct 29 (BNW) - Corvid Systems ..."
            s_start = dateline.end()
        toks = tokenize(self.text, s_start, limit, 4 * MAX_WORDS)  # bounded: stays linear
        k = 0
        while k < len(toks) and not toks[k].is_word:
            k += 1
        out: list[Tok] = []
        for tok in toks[k:]:
            low = tok.low
            if not tok.is_word or low in self.vocab.claimant_skip or low in self.vocab.cue_verbs:
                break
            if low in self.vocab.claimant_stops and low not in ("the",):
                break
            out.append(tok)
            if len(out) >= MAX_WORDS:
                break
        return self.agent(out, s_start)

    def is_organisation(self, name: str) -> bool:
        words = name.replace("’", "'").split()
        lows = [w.lower().strip(".,") for w in words]
        if any(w in self.vocab.organisation_words for w in lows):
            return True
        if any(_ACRONYM.fullmatch(w.removesuffix("'s")) for w in words):
            return True
        return any(match_phrase(self.vocab.possessors, lows, i) for i in range(len(lows)))

    def antecedent(self, pronoun: str, s_start: int, cue: int) -> str | None:
        """ "it"/"they" take the last name in their own sentence ("Maxar ... what it said")."""
        if pronoun.lower() not in ("it", "they"):
            return None
        toks = [
            t
            for t in tokenize(self.text, max(s_start, cue - LOOK), cue)
            if not self._quoted(t.start)
        ]
        end = len(toks)
        while end > 1:
            if toks[end - 1].is_capitalized and toks[end - 1].start > s_start:
                start = end
                while start > 1 and toks[start - 2].is_capitalized:
                    start -= 1
                return self.clean(toks[start - 1 : end])
            end -= 1
        return None

    def agent(
        self, toks: Sequence[Tok], floor: int | None, *, backward: bool = False
    ) -> str | None:
        """The words of ``toks`` that name who speaks (agents.py), as a name."""
        words, owner = agent_words(toks, self.text, self.vocab, floor, backward=backward)
        name = self.clean(words)
        if name is not None and owner:
            name = name.removesuffix("'s").removesuffix("'")
        return name

    def clean(self, toks: Sequence[Tok]) -> str | None:
        k = 0
        while k < len(toks) and toks[k].low in self.vocab.strip_leading:
            k += 1
        toks = toks[k:]
        if not toks or not any(c.isalpha() for t in toks for c in t.text):
            return None
        if all(_weekday_like(t.low) or t.low in self.vocab.months for t in toks if t.is_word):
            return None  # "walked out on Thursday, the union said", "be paid in July, the
            # company said": a weekday or a month names no one
        name = self.text[toks[0].start : toks[-1].end]
        return " ".join(name.replace("’", "'").split())


def word_before(text: str, offset: int, floor: int) -> str:
    """The lowercase word just before ``offset`` (not past ``floor``)."""
    m = _LAST_WORD.search(text, max(floor, offset - 12), offset)
    return m.group(1).lower() if m is not None else ""


def _weekday_like(low: str) -> bool:
    """Capitalized time words that are names: weekdays ("Friday")."""
    return low.endswith("day") and low not in ("today", "yesterday")


def _determined(toks: list[Tok]) -> bool:
    return len(toks) > 1 and toks[0].low in ("a", "an", "the") and toks[1].is_word
