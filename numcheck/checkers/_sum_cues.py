"""The ``[sums]`` vocabulary a list reader needs (links, openers, totals, exclusive
states) and the thing hierarchy a part may name a kind of, compiled once per check
(numcheck/lexicon/checkers.toml ``[sums]``, measures.toml ``[hypernyms]``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from numcheck.checkers._compare import sentence_of, squash, words
from numcheck.checkers._kinds import Kinds, Relation
from numcheck.checkers._sum_grammar import grammar
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import LexiconError
from numcheck.parsing.trie import alternation
from numcheck.quantity import Kind

__all__ = ["SumCues", "no_item"]

# a preposition and one to four words, ending where the item's clause does
_LABEL = lazy_compile(r"\s+([A-Za-z]+)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                    r"(?=\s*(?:,|;|\)|—|–|\.|$|\s+(?:and|or)\s))")


_CUE_REACH = 80  # characters read beside a total for the words that make it a level per member
# words a time adjunct may hold beside its time words ("on the Friday", "this week")
_YEAR = lazy_compile(r"(?:1[89]|20)\d\d")
_TIME_FILLERS = frozenset(("the", "this", "last", "that", "same", "of"))


class SumCues:
    """The ``[sums]`` vocabulary and the thing hierarchy, compiled once per call."""

    def __init__(
        self,
        lex: Mapping[str, Any],
        hypernyms: Mapping[str, str],
        known: frozenset[str] = frozenset(),
        kinds: Kinds | None = None,
        composites: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        sums: Mapping[str, Any] = lex.get("sums", {})
        self.openers = words(sums.get("openers", ()))
        self.marks = tuple(sums.get("opener_marks", (":", "-", "–", "—")))
        links: Mapping[str, Any] = sums.get("links", {})
        # "340 flights (210 at Northgate, 140 at Sele)": a bracket opens a partition
        self.brackets = tuple(links.get("brackets", ()))
        # "The 23 victims were 11 women, ...": a copula right before the list, after a
        # definite total (``holders`` before it) and its noun, opens a partition
        self.copulas = frozenset(words(links.get("copulas", ())))
        self.verbs_before = frozenset(words(links.get("verbs", ())))
        # "rose to 63, with 40 in the centre and 29 in the suburbs": some of the total
        self.some = frozenset(words(links.get("some", ())))
        # "2,310, 1,845 and 960, out of 5,025 cast": a whole the list is some of
        self.some_after = words(links.get("some_after", ()))
        self.total_before = words(sums.get("total_before", ()))
        self.total_after = words(sums.get("total_after", ()))
        self.increments = frozenset(words(sums.get("increments", ())))
        self.running = words(sums.get("running", ()))
        self.partial_lists = words(sums.get("partial_lists", ()))
        self.verbs = frozenset(words(sums.get("clause_verbs", ())))
        self.total_rows = words(sums.get("total_rows", ()))
        self.whole_rows = frozenset(words(sums.get("whole_rows", ())))
        # "Schools closed, by area": a caption that breaks a figure told before down
        self.breakdowns = words(sums.get("caption_breakdowns", ()))
        self.caption_stop = frozenset(words(sums.get("caption_stop_words", ())))
        self.nested_rows = words(sums.get("nested_rows", ()))
        self.pointers = words(sums.get("pointers", ()))
        self.one_after = frozenset(words(sums.get("pronoun_one_after", ())))
        self.classifiers = frozenset(words(sums.get("classifiers", ())))
        self.holders = frozenset(words(sums.get("holders", ())))
        self.labels = frozenset(words(sums.get("labels", ())))
        # "212 homes (up 40, last year 180)": words that make a bracket no breakdown
        self.not_labels = frozenset(words(sums.get("not_labels", ())))
        self.place_labels = _single_words(sums.get("place_labels", ()), "sums.place_labels")
        if not self.place_labels <= self.labels:  # a place label labels an item first
            raise LexiconError("sums.place_labels", "expected words of sums.labels")
        # words that open another clause between a total and a colon (_sums._colon_clause)
        self.clause_breaks = frozenset(words(sums.get("clause_breaks", ())))
        self.anaphors = words(sums.get("anaphors", ()))
        self.added_subjects = words(sums.get("added_subjects", ()))
        self.collectives = frozenset(words(sums.get("collectives", ())))
        self.umbrellas = frozenset(words(sums.get("umbrella_events", ())))
        self.beyond = words(sums.get("beyond", ()))
        self.relatives = tuple(sums.get("relatives", ()))
        # each asked of every gap of every list: one pattern, not a loop over the words
        self._beyond = _alternation(r"(?:^| )(?:{})(?= |$)", self.beyond)
        self._relative = _alternation(r"(?:{})(?: |$)", words(self.relatives))
        self.selections = words(sums.get("selections_after", ()))
        self.times = frozenset(words(lex.get("spread", {}).get("times", ())))
        # "400 more than last year": a figure before a comparative is a difference
        self.comparatives = words(tuple(lex.get("levels", {}).get("comparatives", {})))
        self.intensive = _single_words(sums.get("intensive", ()), "sums.intensive")
        # "men" and "women", "inside" and "outside": two sides that leave no third group
        self.complements = frozenset(
            frozenset(words(pair)) for pair in lex.get("spread", {}).get("complements", ())
        )
        self.composites = {str(k): frozenset(v) for k, v in (composites or {}).items()}
        self.hypernyms = hypernyms
        self.known = known | frozenset(hypernyms) | frozenset(hypernyms.values())
        self.kinds = kinds
        self.grammar = grammar(lex)  # total labels, single items, continuations

    def label(self, after: str) -> str | None:
        """The label a bare list item's words after it give ("on Monday", "to St
        Anne's"): a preposition of ``labels`` and one to four words, up to the next
        comma, "and"/"or" or the end of the clause; None when they are no such phrase."""
        m = _LABEL.match(after)
        if m is None or m.group(1).lower() not in self.labels:
            return None
        return squash(f"{m.group(1)} {m.group(2)}").lower()

    def sibling_label(self, head: str, labels: Sequence[str]) -> bool:
        """Whether the words after a total ("1.2 million passengers in March,") label it
        as one more item of the list after it ("1.4 million in April"). A breakdown's
        items vary along one dimension the total leaves open: a total fixed only in time
        ("118 crashes in May,", "340 flights on Friday,") is the whole of items labelled
        by place, route or source ("60 on motorways, 41 on A-roads"), never of items
        labelled by time."""
        said = [w.lower().strip(".,;:") for w in head.split()]
        at = next((i for i, w in enumerate(said) if w in self.labels), None)
        if at is None:
            return False
        if not any(self._time(w) for w in said[at:]) or not all(
            self._time(w) or w in self.labels or w in _TIME_FILLERS or w.isdigit()
            for w in said[at:]
        ):
            return True  # "4,200 units in Europe, 3,100 in Asia": the total is an item
        return any(self._time(w) for label in labels for w in label.split())

    def timed(self, phrase: str) -> bool:
        """Whether a phrase holds a label ("in March", "on Friday") whose words after
        its preposition all tell when."""
        said = [w.lower().strip(".,;:") for w in phrase.split()]
        at = next((i for i, w in enumerate(said) if w in self.labels), None)
        return at is not None and any(self._time(w) for w in said[at:]) and all(
            self._time(w) or w in self.labels or w in _TIME_FILLERS or w.isdigit()
            for w in said[at:]
        )

    def _time(self, word: str) -> bool:
        """A word that tells when: ``[spread] times`` or a year ("in 2024")."""
        return word in self.times or _YEAR.fullmatch(word) is not None

    def is_intensive(self, document: Document, total: Claim) -> bool:
        """Whether a figure is a level per member ("averaged 28 pupils", "median pay was
        £31,000"): ``[sums] intensive`` in its clause before it or in its own phrase
        after it. The figures of its groups are levels too, never its parts."""
        start = max(sentence_of(document, total)[0], total.location.start - _CUE_REACH)
        lead = re.split(r"[,;:()—–]", document.prose[start : total.location.start])[-1]
        end = total.location.end
        tail = re.split(r"[,;:.()—–]", document.prose[end : end + _CUE_REACH], maxsplit=1)[0]
        said = re.findall(r"[a-z]+", f"{lead} {tail}".lower())
        return any(w in self.intensive for w in said)

    def uncollected(self, gap: str) -> str:
        """The words before a figure without a group noun that it counts the members of
        ("include a family of" four: the four are people of the list)."""
        said = gap.split()
        if len(said) >= 3 and said[-1] == "of" and said[-2] in self.collectives:
            return " ".join(said[: -3 if said[-3] in ("a", "an") else -2])
        return gap

    def holds(self, total: str, part: str) -> bool:
        """Whether a total of event ``total`` counts a part of event ``part``: "112 homes
        destroyed and 64 damaged, 176 properties affected" (``umbrella_events``), or
        "casualties" of the killed and the wounded (alignment.toml ``composites``)."""
        return total in self.umbrellas or part in self.composites.get(total, ())

    def complementary(self, document: Document, members: Sequence[Claim]) -> bool:
        """Two items, each labelled by the word right after it, that are both sides of a
        complement ("400 females and 220 males", "12 adults and 9 children")."""
        labels = set()
        for m in members:
            after = squash(document.prose[m.location.end : m.location.end + 30]).split()
            word = after[0].strip(".,;:)") if after else ""
            ends = after[0] != word or after[1:2] in ([], ["and"], ["or"]) if after else False
            if not ends:
                return False  # "45 women over 60": a narrower group, not a side
            labels.add(word)
        return len(members) == 2 and len(labels) == 2 and any(
            _sides(pair, labels) for pair in self.complements
        )

    def beyond_in(self, gap: str) -> bool:
        """Whether a squashed gap holds a word of ``beyond`` ("1,800 houses and 1,200
        flats, plus 300 garages"): an extra, no item of the list."""
        return self._beyond is not None and self._beyond.search(gap) is not None

    def opens_relative(self, gap: str) -> bool:
        """Whether a squashed gap opens with a word of ``relatives`` ("a gap of £14.2m,
        which would be closed by £9.6m ..."): a clause about the figure before it."""
        return self._relative is not None and self._relative.match(gap) is not None

    def no_item(self, document: Document, claim: Claim) -> bool:
        """See ``no_item``."""
        return no_item(document, claim, self.pointers, self.one_after)

    def clausal(self, document: Document, members: Sequence[Claim]) -> bool:
        """Parts each the subject of its own verb ("14 defendants: nine were remanded,
        four granted bail and two given fines"): each counts the total's noun, whatever
        words follow its verb. Three or more read as all of the whole; two may be some
        of it ("40 people: 12 were charged and 3 were released")."""
        for m in members:
            after = squash(document.prose[m.location.end : m.location.end + 30]).split()
            word = after[0].strip(".,;:") if after else ""
            if not (word in self.verbs or (len(word) > 4 and word.endswith("ed"))):
                return False
        return True

    def counts(
        self, document: Document, member: Claim, total: Claim, loose: bool = False
    ) -> bool:
        """Whether a component counts the total's thing: ``kind_of`` or the noun graph
        (``_kinds``), or a figure with no noun of its own whose next word, no thing the
        vocabulary knows, is a modifier of the total's noun, left out ("19 medals: six
        gold, eight silver"). ``loose``: the list's form makes it a partition of the
        total (a colon right after it, "a total of" after the list), so a part whose
        noun the graph does not know counts it too ("47 people: ..., four pensioners")."""
        if loose and unit_left(document, member, total):
            return True  # "1,200 tonnes: 700 tonnes of food, 300 of medicine": tonnes too
        thing, whole = member.key.thing, total.key.thing
        if self.kind_of(thing, whole) or thing in self.classifiers:
            return True  # "The 260 staff fall into two groups: 95 who ... and 180 who ..."
        if self.kinds is not None:
            relation = self.kinds.of_claims(member, total)
            if relation is Relation.KIND:
                return True
            if relation is Relation.OTHER:
                return False
            if loose and (
                relation is Relation.NEAR
                or member.quantity.noun is None
                or self.kinds.unknown(member)
            ):
                return True  # "three villages: Kesby (140), ...": a bare part counts it
        if member.quantity.noun is not None or thing is None or thing in self.known:
            return False
        after = squash(document.prose[member.location.end : member.location.end + 30]).split()
        return bool(after) and after[0].strip(".,;:)") == thing

    def kind_of(self, thing: str | None, whole: str | None) -> bool:
        """Whether a component counting ``thing`` can be part of a total of ``whole``:
        the same thing, a kind of it (trawlers of boats), or both kinds of one thing
        (soldiers and civilians among the dead, the total keyed by either)."""
        if thing is None or whole is None or thing == whole:
            return True
        kinds = self._chain(thing)
        return whole in kinds or kinds[-1] == self._chain(whole)[-1] != thing

    def counts_within(self, thing: str | None, whole: str | None) -> bool:
        """Whether a whole counting ``whole`` counts every ``thing`` a part counts: the
        same thing or a broader one ("people" over "civilians"); not a narrower or a
        sibling kind ("Five children were among the dead" is no overall toll of "31 dead")."""
        return thing is None or whole is None or whole in self._chain(thing)

    def _chain(self, thing: str) -> list[str]:
        chain = [thing]
        while (up := self.hypernyms.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        return chain


def _single_words(values: Any, name: str) -> frozenset[str]:
    """A lexicon list of single lowercase words; anything else is refused loudly."""
    if not isinstance(values, (list, tuple)) or not all(
        isinstance(v, str) and re.fullmatch(r"[a-z]+", v) for v in values
    ):
        raise LexiconError(name, "expected a list of single lowercase words")
    return frozenset(values)


def _sides(pair: frozenset[str], labels: set[str]) -> bool:
    """Whether ``labels`` are the two words of ``pair``, singular or plural."""
    return {w.removesuffix("s") for w in labels} == {w.removesuffix("s") for w in pair} or (
        labels == set(pair)
    )


def no_item(
    document: Document, claim: Claim, pointers: Sequence[str], one_after: frozenset[str]
) -> bool:
    """A figure that is no item of a list beside it: one that points back into it
    ("400 in Leeds and 212 in York, 35 of whom ...") or the pronoun "one" as the
    subject of a reporting verb ("..., one said", "one, a nurse, told ...")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 30])
    pointing = _pointing(tuple(pointers))
    if pointing is not None and pointing.match(after) is not None:
        return True
    if claim.location.text.strip().lower() != "one" or claim.quantity.noun is not None:
        return False
    tail = re.sub(r"^,[^,]*,", "", after).strip(" ,").split()  # "one, a nurse, told"
    return bool(tail) and tail[0].strip(".,;:!?") in one_after


def unit_left(document: Document, item: Claim, first: Claim) -> bool:
    """ "1,200 tonnes of aid: 700 tonnes of food, 300 of medicine and 250 of kits": a
    count right before "of" and what it is of, after an item with a unit, leaves that
    unit out (the extractor keys it by the "of" noun, so it is no bare figure). Not a
    figure pointing back ("300 of them", "300 of the 700")."""
    if item.quantity.kind is not Kind.COUNT or first.quantity.kind not in _UNITED:
        return False
    after = document.prose[item.location.end : item.location.end + 30]
    return _OF_WHAT.match(after) is not None


_UNITED = (Kind.MONEY, Kind.MEASURE)  # amounts whose unit a list's later items leave out
# "of" and a word that is no determiner or pronoun: the material a left-out unit measures
_OF_WHAT = lazy_compile(
    r"\s+of\s+(?!(?:the|a|an|them|whom|which|those|these|it|its|their|all|each|every|"
    r"this|that|our|his|her|us|you)\b(?![-'’]))[a-z]",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _pointing(pointers: tuple[str, ...]) -> re.Pattern[str] | None:
    """``pointers`` as one pattern at the start of the words after a figure, each whole
    ("35 of whom", "one of them"): asked of every item of every list."""
    return _alternation(r"(?:{})(?: |$)", pointers)


def _alternation(form: str, phrases: Sequence[str]) -> re.Pattern[str] | None:
    """``phrases`` as one alternation (``parsing.trie``) put in ``form`` at its "{}",
    None when there are none."""
    if not any(phrases):
        return None
    return re.compile(form.replace("{}", alternation(phrases, fold=False)))
