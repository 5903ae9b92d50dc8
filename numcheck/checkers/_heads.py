"""What a restated figure names besides its counted noun: the head a number modifies
("the 34-month trial", "the $42.8 million budget", "the 4.6% inflation rate"), the
event a noun stands for ("the 212 victims" are the dead), and the event a phrase after
the noun gives ("the 530 jobs to go" are the jobs cut).

A compound or money/percent head restates an earlier plain figure of the same unit or
noun when the earlier figure's lead (its clause before the number) names that head:
"The trial lasted 34 months" ... "the 43-month trial"; "a budget of $48.2 million" ...
"the $42.8 million budget"; or a cue for it ("won by 4,523 votes" ... "the 4,532-vote
margin"). Words are data (``[restated]`` in numcheck/lexicon/checkers.toml); lemmas come
from the parser's one noun lemmatizer (nouns.toml).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers._compare import cue_set, lead_of, sentence_of, squash, stem
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
_MARK = lazy_compile(r"[,;:!?()\[\]—–\"“”]| - |\.\s")
_NUMBER_OF = lazy_compile(r"\b(?:number|total|count|tally) of ([a-z]+)")
# an appositive between commas after a name: an age, or a short "of", "aged" or "from"
# phrase ("Gideon Vantreath, 52, of Shorecliff Avenue, was jailed")
_APPOSITIVE = lazy_compile(r"^(?:\d{1,3}|(?:of|aged|from)(?: [\w'’-]+){1,5})$")
_LEAD_WORDS = 8  # the clause before an earlier figure that may name its head
# characters of a sentence read around a figure: a clause that names a head or an owner
# is shorter; reading whole sentences for every figure would be quadratic in one long
# sentence (benchmarks/adversarial.py number-soup)
_REACH = 240


@cache
def _lemma() -> Any:
    from numcheck.lexicon import Lexicon
    from numcheck.parsing.nouns import Nouns

    return Nouns.from_section(Lexicon.default()["nouns"]).lemma


def lemma(word: str) -> str:
    """The singular of a noun, by the parser's lemmatizer (nouns.toml)."""
    out: str = _lemma()(word.lower())
    return out


class HeadWords(NamedTuple):
    """The ``[restated]`` tables that read heads and event nouns."""

    stops: frozenset[str]
    generic_heads: frozenset[str]
    event_nouns: Mapping[str, tuple[str, ...]]
    post_events: Mapping[str, str]
    head_cues: Mapping[str, tuple[str, ...]]
    open_windows: tuple[str, ...]
    verbs: frozenset[str]

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> HeadWords:
        cues: Mapping[str, Any] = lex.get("restated", {})
        post = {
            squash(phrase): event
            for event, phrases in cues.get("post_events", {}).items()
            for phrase in phrases
        }
        return cls(
            cue_set(cues, "head_stops"),
            cue_set(cues, "generic_heads"),
            {k: tuple(v) for k, v in cues.get("event_nouns", {}).items()},
            post,
            {k: tuple(squash(x) for x in v) for k, v in cues.get("head_cues", {}).items()},
            tuple(squash(w) for w in cues.get("open_windows", ())),
            cue_set(cues, "predicate_verbs"),
        )

    def predicate(self, words: list[str]) -> bool:
        """Whether words after a figure's noun hold a finite verb ("were treated at"):
        what follows is said of the figure, it does not narrow it."""
        return any(x.strip(",") in self.verbs for x in words)

    def head_after(self, document: Document, claim: Claim) -> tuple[str, ...]:
        """The noun a money or percent figure modifies ("the $42.8 million budget
        includes": budget; "the 4.6% inflation rate": inflation rate), lemmatised. Two
        words at most; a second word that agrees as a verb with a singular first
        ("budget includes") ends the phrase."""
        end = sentence_of(document, claim)[1]
        tail = document.prose[claim.location.end : min(end, claim.location.end + 40)]
        cut = _MARK.search(tail)
        found: list[str] = []
        for word in _WORD.findall(tail[: cut.start()] if cut else tail)[:2]:
            w = word.lower()
            if w in self.stops or w.endswith(("ed", "ing")):
                break
            if found and w.endswith("s") and not found[-1].endswith("s"):
                break  # "budget includes": a verb agreeing with its subject
            found.append(w)
        return tuple(lemma(w) for w in found)

    def event_of_noun(self, counted: str) -> tuple[str, ...]:
        """The events a noun stands for, the one it names first ("victim": killed,
        then the others it may also name)."""
        return self.event_nouns.get(counted, ())

    def post_event(self, after: list[str]) -> str | None:
        """The event a phrase right after the noun gives ("jobs to go": cut)."""
        text = " ".join(after[:4])
        for phrase, event in self.post_events.items():
            if text == phrase or text.startswith(phrase + " "):
                return event
        return None

    def open_window(self, window: str | None) -> bool:
        """A window running to now ("since Wednesday", "so far"): a figure without a
        window may restate it."""
        return window is not None and squash(window).startswith(self.open_windows)

    def content(self, words: list[str]) -> tuple[str, ...]:
        """The stems of the content words among ``words`` (no digits, no stop words)."""
        found = (x.strip("\"“”‘’'(),.;:") for x in words)
        return tuple(stem(x) for x in found if x.isalpha() and x not in self.stops)

    def said_of(self, document: Document, earlier: Claim, narrowed: tuple[str, ...]) -> bool:
        """Whether every narrowing word was said of the earlier figure, in its sentence."""
        start, end = sentence_of(document, earlier)
        start = max(start, earlier.location.start - _REACH)
        end = min(end, earlier.location.end + _REACH)
        said = {stem(x) for x in _WORD.findall(document.prose[start:end].lower())}
        return all(n in said for n in narrowed)

    def number_of(self, document: Document, claim: Claim) -> str | None:
        """The noun of "the number of <noun> ..." opening a count's clause, lemmatised."""
        lead = _MARK.split(lead_of(document, claim, _REACH))[-1]
        found = _NUMBER_OF.search(lead)
        return lemma(found.group(1)) if found else None

    def generic(self, head: tuple[str, ...]) -> bool:
        """A head that names no measure of its own ("the 1.4-inch total")."""
        return all(h in self.generic_heads for h in head)

    def names_owner(
        self, document: Document, earlier: Claim, owner: str, *, before: bool = False
    ) -> bool:
        """Whether an earlier figure's clause names the possessor of a generic head
        ("the airport's 1.4-inch total" after "1.1 inches measured at Fenmoor airport");
        ``before``: in the words before the figure only, where its clause's subject is
        ("Sarah Mills won the seat with 12,408 votes" for "Mills's 12,480 votes")."""
        name = lemma(owner.rstrip("'’s").rstrip("'’"))
        end = min(sentence_of(document, earlier)[1], earlier.location.end + _REACH)
        lead = self.subject_clause(_MARK.split(lead_of(document, earlier, _REACH)))
        tail = "" if before else _MARK.split(document.prose[earlier.location.end : end])[0]
        return name in {lemma(w) for w in _WORD.findall(f"{lead} {tail}".lower())}

    def subject_clause(self, pieces: list[str]) -> str:
        """The clause before a figure, read back over appositives to its subject when it
        opens with its verb ("Gideon Vantreath, 52, of Shorecliff Avenue, was jailed
        for": an age or an "of" phrase between commas says who, not what happened)."""
        last = pieces[-1] if pieces else ""
        words = last.split()
        if not words or not (words[0] in self.verbs or words[0].endswith("ed")):
            return last
        at = len(pieces) - 2
        while at > 0 and _APPOSITIVE.match(pieces[at].strip()):
            at -= 1
        return f"{pieces[at]} {last}" if 0 <= at < len(pieces) - 2 else last

    def names_head(self, document: Document, earlier: Claim, head: tuple[str, ...]) -> bool:
        """Whether an earlier plain figure's clause names the head of a later compound:
        every head word (generic ones such as "rate" aside) among the lemmas of the
        words just before it, or a cue of the head ("won by" for a margin)."""
        lead = _MARK.split(lead_of(document, earlier, _REACH))[-1]
        tail = squash(" ".join(lead.split()[-_LEAD_WORDS:]))
        if not tail:
            return False
        words = {lemma(w) for w in _WORD.findall(tail)}
        wanted = [h for h in head if h not in self.generic_heads] or list(head)
        if wanted and all(h in words for h in wanted):
            return True
        return any(tail.endswith(cue) for h in head for cue in self.head_cues.get(h, ()))


__all__ = ["HeadWords", "lemma"]
