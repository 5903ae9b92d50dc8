"""Drift's second meeting route: figures that no key brings together meet by likeness.

Two documents of one story set tell one quantity with other nouns, verbs and word order
("households whose gas was cut", "homes"), so their keys differ. Inside one group (a
story set and a dimension family, ``keys.group_key``) two figures of two documents meet
when they can be one quantity (``_gated`` and the gates in ``met``), count the same thing
(``_heads``, ``_kin``, ``_modifiers``), their contexts are alike enough
(numcheck/likeness.py, weighted by how specific each word is among the group's figures),
each is the other's best in the other document, and the other document gives no figure
that could be it and agrees with it (``_echoed``). Pairs the key route compares itself
are left to it. Only verdicts that say the copy is wrong come out of this route
(``ALLOWED``). docs/maintainers/claims.md, "figures that meet by likeness".

A figure that names nothing ("it paid £2.3m for the site", "after 45 minutes") has no
head to share: it meets by its clause words weighed inside the story set (``_unnamed``,
drift/unnamed.py), and an item of a tally ("312 to 287") by its place in a tally of the
other document that agrees on every other item (``_told_in_runs``).
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from numcheck.checkers.drift.alignment import Alignment, parties_differ
from numcheck.checkers.drift.entries import Entry, Pair, Relation
from numcheck.checkers.drift.measured import changes, told_apart
from numcheck.checkers.drift.spans import particle
from numcheck.checkers.drift.standing import PROPERTY, kind
from numcheck.checkers.drift.unnamed import (
    StoryWeights,
    UnnamedWords,
    best_pairs,
    elapsed,
    preposition,
    shared,
)
from numcheck.claims import Claim, Scope
from numcheck.lazyre import lazy_compile
from numcheck.likeness import Specificity, Vocabulary, context_words, lemma, likeness
from numcheck.quantity import Kind, Level
from numcheck.text import norm

__all__ = ["ALLOWED", "MeetWords", "candidate", "documents_read", "met", "slip_gate"]

# a dispute or an update is never read from a likeness alone
ALLOWED = frozenset({"NC401", "NC402", "NC403"})


@dataclass(frozen=True)
class MeetWords:
    """``[likeness]`` of alignment.toml, as the route reads it."""

    vocabulary: Vocabulary
    threshold: float = 0.35
    documents: int = 16
    ratio: float = 10.0
    unnamed: UnnamedWords = field(default_factory=UnnamedWords)

    @classmethod
    def from_lexicon(cls, lexicon: Any = None) -> MeetWords:
        if lexicon is None:
            from numcheck.lexicon import Lexicon

            lexicon = Lexicon.default()
        table = lexicon["alignment"].get("likeness", {})
        return cls(Vocabulary.from_lexicon(lexicon), float(table.get("threshold", 0.35)),
                   documents_read(lexicon), float(table.get("ratio", 10.0)),
                   UnnamedWords.from_lexicon(lexicon))


def documents_read(lexicon: Any) -> int:
    """``[likeness] documents``: the largest story set the route reads (a larger one is
    split into the key route's finer groups, ``keys.group_key``)."""
    return int(lexicon["alignment"].get("likeness", {}).get("documents", 16))


def candidate(claim: Claim) -> bool:
    """A figure the route reads: an amount of the story's copy, not the desk sheet's.
    Parts of another figure and old levels ("from 40") only tell that a document gave
    a value too (``_echoed``); they never meet (``_own``)."""
    q = claim.quantity
    return (q.is_amount and q.value is not None
            and claim.scope not in (Scope.BOILERPLATE, Scope.REFERENCE))


def _own(claim: Claim, text: str) -> bool:
    """A figure that may meet: not a part of another, not an old level, and not a share
    of a named base ("44% of patients" names whom it is a share of, not what it counts:
    its words are its base's)."""
    if claim.part_of is not None or claim.quantity.level is Level.OLD:
        return False
    if claim.quantity.kind in _SHARES:
        return not _OF.match(text, claim.location.end)
    return True


_SHARES = frozenset({Kind.PERCENT, Kind.RATIO})
_OF = lazy_compile(r"[ \t]+of[ \t]")


_NEAR = 60  # characters between two figures of a run
_AGES = ("-old", " old")  # an age is a word of its person, no item of a run


def _runs(entries: Sequence[Entry]) -> set[int]:
    """Figures set side by side with another of their kind in one sentence, close
    together ("84 drones and 12 missiles", "48,913 votes to 44,390"): an item of a run
    shares its clause words with the others, so its words do not tell which it is.
    Read over the group's own figures (one dimension family), so every engine agrees."""
    return {i for chain in _chains(entries) for i in chain}


def _chains(entries: Sequence[Entry]) -> list[list[int]]:
    """The runs (``_runs``) in order, each a list of its figures as written. An age ("an
    89-year-old woman waited 14 hours") is a word of the person, no item of a run."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.claim.quantity.text.lower().endswith(_AGES):
            continue
        by_sentence[(e.claim.location.path, e.claim.sentence)].append(i)
    out: list[list[int]] = []
    for members in by_sentence.values():
        members.sort(key=lambda i: entries[i].claim.location.start)
        chain: list[int] = []
        for x, y in itertools.pairwise(members):
            a, b = entries[x].claim, entries[y].claim
            if (a.quantity.kind is b.quantity.kind
                    and 0 <= b.location.start - a.location.end <= _NEAR):
                chain = chain or [x]
                chain.append(y)
            elif chain:
                out.append(chain)
                chain = []
        if chain:
            out.append(chain)
    return out


def met(
    entries: Sequence[Entry],
    texts: Mapping[str, str],
    words: MeetWords,
    keyed: Callable[[Claim], object],
    cap: int,
    alignment: Alignment,
    home: Mapping[str, str] | None = None,
) -> Iterator[Pair]:
    """The pairs of one group's ``entries`` that meet by likeness. ``keyed``: the block in
    which the key route compares a claim with all others (None if none): two figures of
    one such block are the key route's. A group of more than ``words.documents``
    documents, or a document with more than ``cap`` figures in it, is left to the key
    route."""
    by_path: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        by_path[entry.claim.location.path].append(i)
    if len(by_path) < 2 or len(by_path) > words.documents or any(
            len(v) > cap for v in by_path.values()):
        return
    contexts = [_context(e.claim, texts, words.vocabulary) for e in entries]
    heads = [_heads(e.claim, words.vocabulary) for e in entries]
    mods = [_modifiers(e.claim, texts.get(e.claim.location.path, ""), words.vocabulary)
            for e in entries]
    chains = _chains(entries)
    runs = {i for chain in chains for i in chain}
    own = [_own(e.claim, texts.get(e.claim.location.path, "")) and i not in runs
           for i, e in enumerate(entries)]
    years = [_years(e.claim, texts) for e in entries]
    spec = Specificity(contexts)
    keys = [keyed(e.claim) for e in entries]
    paths = sorted(by_path)
    for x, first in enumerate(paths):
        for second in paths[x + 1:]:
            left, right = by_path[first], by_path[second]
            gated = {(i, j) for i in left for j in right
                     if _gated(entries[i], entries[j], words, alignment)
                     and _places_meet(entries[i], entries[j], home)
                     and not (mods[i] - mods[j] and mods[j] - mods[i])}
            echoes = {(i, j) for i, j in gated
                      if _kin(heads[i], heads[j]) or not heads[i] or not heads[j]}
            scores = {(i, j): likeness(contexts[i], contexts[j], spec) for i, j in gated
                      if _kin(heads[i], heads[j]) and own[i] and own[j] and years[i] == years[j]
                      and _beside(contexts[i], contexts[j], heads[i], heads[j])}
            best_right = {i: _best(i, right, scores, entries, words, flip=False) for i in left}
            best_left = {j: _best(j, left, scores, entries, words, flip=True) for j in right}
            done: set[int] = set()
            loose = {(i, j) for i in left for j in right
                     if _gated(entries[i], entries[j], words, alignment, dated=False)
                     and _places_meet(entries[i], entries[j], home)
                     and not (mods[i] - mods[j] and mods[j] - mods[i])}
            loose_echoes = {(i, j) for i, j in loose
                            if _kin(heads[i], heads[j]) or not heads[i] or not heads[j]}
            for i, j in best_right.items():
                if j is None or best_left.get(j) != i:
                    continue
                if keys[i] is not None and keys[i] == keys[j]:
                    continue  # the key route judges them
                if _echoed(i, right, echoes, entries, flip=False) or _echoed(
                        j, left, echoes, entries, flip=True):
                    continue
                yield Pair(entries[i], entries[j], Relation.SAME)
                done.update((i, j))
            yield from _told_in_runs(left, right, loose, chains, entries, words, keys,
                                     alignment, texts, done)
            yield from _unnamed(left, right, loose, loose_echoes, done, entries, texts, words,
                                keys, alignment, contexts, heads, own, years)


def slip_gate(texts: Mapping[str, str], words: MeetWords, alignment: Alignment,
              home: Mapping[str, str] | None = None) -> Callable[[Entry, Entry], bool]:
    """The gates a pair met by a slip of the pen passes too (slipped.py): one quantity
    whatever their days (``_gated``: the judge weighs the day), not two measures of one
    noun (``_modifiers``), the same years named; two places named must be one. An item
    of a run may meet, and a figure naming a place one naming none: its digits, not its
    words, single it out (a region's toll and a town's share no digits by design)."""

    def passes(a: Entry, b: Entry) -> bool:
        ma, mb = (_modifiers(e.claim, texts.get(e.claim.location.path, ""), words.vocabulary)
                  for e in (a, b))
        return (not (ma - mb and mb - ma)
                and _gated(a, b, words, alignment, dated=False)
                and (None in (a.claim.place, b.claim.place) or _places_meet(a, b, home))
                and _years(a.claim, texts) == _years(b.claim, texts))
    return passes


def _beside(a: Mapping[str, float], b: Mapping[str, float], head_a: Mapping[str, float],
            head_b: Mapping[str, float]) -> bool:
    """Whether two contexts share a word besides the head words both figures share: the
    heads say the two figures count one thing, a shared clause word that they are one
    figure of it ("its 421 stores" and "now covers 380 stores" share the head alone)."""
    heads = head_a.keys() & head_b.keys()
    return any(f in b and f not in heads for f in a)


def _context(claim: Claim, texts: Mapping[str, str], vocabulary: Vocabulary) -> dict[str, float]:
    """The figure's clause words and what the claim says it measures, less the words of
    its claimant: who said a figure says nothing of what it counts (two sources quoting
    one fire service share its name whatever figures they give)."""
    text = texts.get(claim.location.path, "")
    around = context_words(text, claim.sentence, (claim.location.start, claim.location.end),
                           vocabulary.reach) if text else []
    said = [w for part in (claim.subject or "", *claim.measure) for w in part.split()]
    found = vocabulary.features([*around, *said])
    for word in vocabulary.features((claim.claimant or "").split()):
        found.pop(word, None)
    return found


_YEAR = lazy_compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)")


def _years(claim: Claim, texts: Mapping[str, str]) -> frozenset[str]:
    """The years a figure's sentence names, its own figure aside: two figures of one
    measure in sentences of two years ("turnout at the 2024 general election") are of
    two periods; a sentence naming a year and one naming none may be too."""
    start, end = claim.sentence
    text = texts.get(claim.location.path, "")[start:end]
    own = claim.location.start - start, claim.location.end - start
    return frozenset(m.group() for m in _YEAR.finditer(text)
                     if not own[0] <= m.start() < own[1])


def _heads(claim: Claim, vocabulary: Vocabulary) -> dict[str, float]:
    """What a figure counts or measures, as features: its noun, subject and measure's
    head as written (else its lexicon thing, which may be a root such as "people") and
    its lexicon event; two figures meet only when they share one (``_kin``)."""
    q = claim.quantity
    written = [w for part in (q.noun, claim.subject, claim.measure[0] if claim.measure
                              else None) if part for w in part.split()]
    said = [*(written or (claim.key.thing or "").replace("_", " ").split()),
            *(claim.key.event or "").replace("_", " ").split()]
    return vocabulary.features(said)


def _kin(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """One head word in common, or one side's word a hypernym of the other's ("patients",
    "people"); two words that only share a hypernym ("prisoners", "visitors": people)
    are two groups."""
    return any(share >= 1.0 and f in b for f, share in a.items()) or any(
        share >= 1.0 and f in a for f, share in b.items())


def _gated(a: Entry, b: Entry, words: MeetWords, alignment: Alignment, *,
           dated: bool = True) -> bool:
    """Whether two figures can be one quantity at all, whatever their words. ``dated``:
    two figures of two days meet only when both are fixed facts (the unnamed route
    leaves the day to the verdict, which tells a level on two days from a fact)."""
    qa, qb = a.claim.quantity, b.claim.quantity
    things = a.claim.key.thing, b.claim.key.thing
    if None not in things and things[0] != things[1] and set(things) & alignment.subgroups:
        return False  # "children" among "people": a subgroup, never the whole's figure
    if a.claim.measure and b.claim.measure and (
            told_apart(a.claim, b.claim, alignment) or _spans(a.claim) != _spans(b.claim)):
        return False  # "core" and "headline" inflation; "up 3.4%" today, "22% this year"
    if _siblings(a.claim, b.claim, alignment):
        return False
    if qa.kind is not qb.kind or changes(a.claim) != changes(b.claim):
        return False
    if particle(a.claim) != particle(b.claim) and _verbed(a.claim) and _verbed(b.claim):
        return False  # "shot down 61 drones" is not "launched 84 drones"
    if dated and a.date != b.date and not (a.fixed and b.fixed):
        return False  # a likeness and a day apart: a count that moved, or two counts
    events = a.claim.key.event, b.claim.key.event
    if None not in events and events[0] != events[1]:
        return False  # "arrested 47", "charged 20": two measures (the key route's siblings)
    if parties_differ(a.party, b.party):
        return False
    if a.window != b.window and (None not in (a.window, b.window) or changes(a.claim)):
        return False  # a change needs its period said alike: "up 3.4%", "22% this year"
    low, high = sorted((_size(a), _size(b)))
    return low > 0 and high <= words.ratio * low


def _verbed(claim: Claim) -> bool:
    """Whether a figure's descriptor says more than its head: a phrasal verb's particle
    (spans.particle) or words of its own. Two such figures whose phrasal particles differ
    are told with two verbs, one of them perhaps unread ("shot down 61 drones"), and
    meet only by key, where the particle is one of the words weighed."""
    return bool(particle(claim)) or len(claim.measure) > 1


_WORDS = lazy_compile(r"[\w’'-]+")


def _modifiers(claim: Claim, text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """The words that say which measure of its head a figure is: the words right before
    its head noun in its sentence (up to two, the figure itself aside: "the county's 14
    libraries", "the 10-year gilt yield") and its measure's descriptors less verb forms
    ("group" sales, "net" profit). Two figures whose heads each carry a modifier the
    other lacks are two measures of one noun, whatever else their words share."""
    # the words the claim reader put beside its measure's head, its verb forms and
    # spans aside ("entered", "flooded": how it is told, not which measure)
    said = [w for part in claim.measure[1:] for w in norm(part).split()
            if not w.startswith("@") and not w.endswith(("ed", "ing"))]
    words = frozenset(vocabulary.features(said))
    q = claim.quantity
    head = next((p.split()[-1] for p in (q.noun, claim.subject,
                                         claim.measure[0] if claim.measure else None) if p), None)
    start, end = claim.sentence
    if head is None or end <= start or not text:
        return words
    tokens = [(m.start(), m.group()) for m in _WORDS.finditer(text, start, end)]
    name = lemma(head.lower())
    spots = [k for k, (_, t) in enumerate(tokens) if lemma(t.lower()) == name]
    if not spots:
        return words
    at = min(spots, key=lambda k: abs(tokens[k][0] - claim.location.start))
    found: list[str] = []
    after = tokens[at][0]
    for pos, token in reversed(tokens[max(0, at - 3):at]):
        gap = text[pos + len(token):after]
        after = pos
        if any(ch in gap for ch in ",;:()"):
            break
        if claim.location.start <= pos < claim.location.end:
            continue  # the figure itself
        word = token.lower().removesuffix("'s").removesuffix("’s")
        verb = word.endswith(("ed", "ing")) and pos != tokens[at - 1][0]
        if word in vocabulary.stops or verb or (token[0].isupper() and pos > start):
            break  # a verb form (but "lending" rate) or a name: the modifiers are behind
        found.append(word)
        if len(found) == 2:
            break
    digits = {w for w in found if any(ch.isdigit() for ch in w)}
    return words | frozenset(vocabulary.features(found)) | digits


def _spans(claim: Claim) -> frozenset[str]:
    """The period words of a measure (a change's span "@year", a year): said alike or
    two periods (measured._years)."""
    return frozenset(w for w in claim.measure[1:] if w.startswith("@") or w.isdigit())


def _siblings(a: Claim, b: Claim, alignment: Alignment) -> bool:
    """Two neighbouring measures of the lexicon (``[siblings]`` of alignment.toml: net
    and operating profit, arrests and charges, customers and people): another measure,
    never the same figure (the key route says when one figure was given for both)."""
    pairs = ((a.measure[0] if a.measure else None, b.measure[0] if b.measure else None),
             (a.key.event, b.key.event))
    for x, y in pairs:
        if x and y and x != y and y in alignment.siblings.get(x, ()):
            return True
    x, y = a.key.thing, b.key.thing
    return bool(x and y and x != y and y in alignment.thing_siblings.get(x, ()))


def _places_meet(a: Entry, b: Entry, home: Mapping[str, str] | None) -> bool:
    """Whether two figures can be of one place, as the key route files them (align.py):
    two places they name must be one; a figure naming a place meets one naming none only
    when that one's document names that place alone (``home``: a regional toll and one
    town's figure are a whole and its part); two figures naming none meet whatever
    places their documents name elsewhere (a dateline, a venue, a head office: the
    asymmetric context of two desks says nothing of where either figure is)."""
    pa, pb = _own_place(a), _own_place(b)
    if pa is not None and pb is not None:
        return pa == pb
    if pa is None and pb is None:
        return True
    named, bare = (pa, b) if pa is not None else (pb, a)
    at_home = (home or {}).get(bare.claim.location.path)
    return at_home is not None and norm(at_home) == named


def _own_place(entry: Entry) -> str | None:
    place = entry.claim.place
    return norm(place) if place else None


def _size(entry: Entry) -> float:
    """A figure's size in its block's base unit (a finite end of its hard bounds)."""
    ends = [abs(v) for v in (entry.hard.low, entry.hard.high) if math.isfinite(v)]
    return sum(ends) / len(ends) if ends else 0.0


def _score(i: int, j: int, scores: Mapping[tuple[int, int], float], flip: bool) -> float | None:
    return scores.get((j, i) if flip else (i, j))


def _best(i: int, others: Sequence[int], scores: Mapping[tuple[int, int], float],
          entries: Sequence[Entry], words: MeetWords, *, flip: bool) -> int | None:
    """The one other figure most alike ``i`` at or over the threshold; None when there is
    none, or several of different values."""
    scored = [(s, j) for j in others
              if (s := _score(i, j, scores, flip)) is not None and s >= words.threshold]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = [j for s, j in scored if s >= top - 1e-9]
    values = {(entries[j].hard.low, entries[j].hard.high) for j in best}
    return best[0] if len(values) == 1 else None


def _echoed(i: int, others: Sequence[int], echoes: Set[tuple[int, int]],
            entries: Sequence[Entry], *, flip: bool) -> bool:
    """Whether the other document also gives a figure that could be ``i`` (gated, and of
    one head with it or naming none: "restored to all but 20,000", "including 31
    homes") and agrees with it: it told this figure too, its different one is something
    else."""
    mine = entries[i]
    return any(((j, i) if flip else (i, j)) in echoes and entries[j].hard.intersects(mine.hard)
               for j in others)


def _unnamed(left: Sequence[int], right: Sequence[int], gated: Set[tuple[int, int]],
             echoes: Set[tuple[int, int]], done: Set[int], entries: Sequence[Entry],
             texts: Mapping[str, str], words: MeetWords, keys: Sequence[object],
             alignment: Alignment, contexts: Sequence[Mapping[str, float]],
             heads: Sequence[Mapping[str, float]], own: Sequence[bool],
             years: Sequence[frozenset[str]]) -> Iterator[Pair]:
    """Figures of two documents of which one at least names nothing, met by the words
    of their clauses weighed inside the story (drift/unnamed.py). Every figure of the
    other document that could be one quantity with it competes, so a figure meets only
    the one its words single out."""
    from numcheck.checkers.drift.keys import alignable  # keys reads ``candidate``

    rule = words.unnamed
    scored = [(i, j) for i, j in gated if own[i] and own[j] and years[i] == years[j]
              and i not in done and j not in done
              and str(entries[i].claim.quantity.kind) in rule.kinds]
    if not scored:
        return
    paths = {entries[k].claim.location.path for pair in scored for k in pair}
    weights = StoryWeights((texts.get(p, "") for p in sorted(paths)), words.vocabulary)
    features = {k: _roled(entries[k], contexts[k], texts, rule.prepositions)
                for pair in scored for k in pair}
    scores = {(i, j): shared(features[i], features[j], weights, rule.words)
              for i, j in scored}
    for i, j in best_pairs(left, right, scores, rule):
        if heads[i] and heads[j]:
            continue  # both name something: the head route's (``met``)
        if alignable(entries[i].claim, alignment) and alignable(entries[j].claim, alignment):
            continue  # two figures lexicon keys file are the key route's
        if keys[i] is not None and keys[i] == keys[j]:
            continue
        if _days_apart(entries[i], entries[j]) or Scope.QUOTE in (
                entries[i].claim.scope, entries[j].claim.scope):
            continue  # a quoted figure is one speaker's telling ("We waited four hours")
        if not (_lasting(entries[i]) and _lasting(entries[j])) or any(
                _elapsed(entries[k], texts, rule) for k in (i, j)):
            continue  # words alone never pair a level, a running count or a time elapsed
        low, high = sorted((_size(entries[i]), _size(entries[j])))
        if low <= 0 or high > rule.ratio * low:
            continue
        if _echoed(i, right, echoes, entries, flip=False) or _echoed(
                j, left, echoes, entries, flip=True):
            continue
        yield Pair(entries[i], entries[j], Relation.SAME)


def _days_apart(a: Entry, b: Entry) -> bool:
    """Two figures of two days of which one is its day's (a moment: "was 3.9 metres on
    Wednesday morning", "reached 5.2 metres"): a level read twice, never one figure that
    words alone may pair."""
    return a.date != b.date and (a.moment is not None or b.moment is not None)


def _elapsed(entry: Entry, texts: Mapping[str, str], rule: UnnamedWords) -> bool:
    """A duration told as the time since an anchor ("were without power for 40 hours
    after the storm"): it runs until the state ends (``[likeness.unnamed] elapsed``)."""
    claim = entry.claim
    return claim.quantity.kind is Kind.DURATION and elapsed(
        texts.get(claim.location.path, ""), claim.location.end, rule.elapsed)


def _lasting(entry: Entry) -> bool:
    """Positive evidence that a figure that names nothing cannot move: a fact of the
    story's event told in the past ("paid £2.3m for the site", aspect.fixed) or a
    thing's stable property ("weighs 412 grams", standing.PROPERTY). A level, a
    running duration ("have been searching for 52 hours", "three days after the
    storm"), a queue or a total raised so far is its moment's, and two of them that
    differ are two moments, not one figure told twice."""
    return entry.fixed or kind(entry.stands) == PROPERTY


def _roled(entry: Entry, context: Mapping[str, float], texts: Mapping[str, str],
           prepositions: frozenset[str]) -> dict[str, float]:
    """A figure's clause words and its role: the preposition before it."""
    out = {f: share for f, share in context.items() if share >= 1.0}  # no hypernyms
    claim = entry.claim
    word = preposition(texts.get(claim.location.path, ""), claim.location.start, prepositions)
    if word is not None:
        out[word] = 1.0
    return out


def _told_in_runs(left: Sequence[int], right: Sequence[int], loose: Set[tuple[int, int]],
                  chains: Sequence[Sequence[int]], entries: Sequence[Entry],
                  words: MeetWords, keys: Sequence[object], alignment: Alignment,
                  texts: Mapping[str, str], done: set[int]) -> Iterator[Pair]:
    """Two tallies of one length, one in each document ("the vote went 312 to 287", "by
    312 votes to 278"), item by item one quantity (gated), agreeing to the value on
    every item but one, each the other's only such tally: the one item that differs is
    one figure told twice. A tally's items share their clause words, so they meet by
    their place in it, not by their words (``_tally``)."""
    from numcheck.checkers.drift.keys import alignable  # keys reads ``candidate``

    rule = words.unnamed
    mine, theirs = set(left), set(right)
    runs_a = [c for c in chains if set(c) <= mine and _tally(c, entries, texts, rule)]
    runs_b = [c for c in chains if set(c) <= theirs and _tally(c, entries, texts, rule)]
    if not runs_a or not runs_b:
        return
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for ra in runs_a:
        for rb in runs_b:
            if len(ra) != len(rb) or not all((i, j) in loose for i, j in zip(ra, rb, strict=True)):
                continue
            odd = [(i, j) for i, j in zip(ra, rb, strict=True)
                   if not entries[i].hard.intersects(entries[j].hard)]
            same = [(i, j) for i, j in zip(ra, rb, strict=True)
                    if _value(entries[i]) == _value(entries[j])]
            if len(odd) != 1 or len(same) != len(ra) - 1:
                continue
            if str(entries[ra[0]].claim.quantity.kind) not in rule.kinds:
                continue
            found[id(ra)].append(odd[0])
            found[-id(rb) - 1].append(odd[0])
    pairs = [v[0] for v in found.values() if len(v) == 1]
    for i, j in sorted({p for p in pairs if pairs.count(p) == 2}):
        if i in done or j in done:
            continue
        if alignable(entries[i].claim, alignment) and alignable(entries[j].claim, alignment):
            continue  # two figures lexicon keys file are the key route's
        if keys[i] is not None and keys[i] == keys[j]:
            continue
        low, high = sorted((_size(entries[i]), _size(entries[j])))
        if low <= 0 or high > rule.ratio * low:
            continue
        done.update((i, j))
        yield Pair(entries[i], entries[j], Relation.SAME)


def _tally(chain: Sequence[int], entries: Sequence[Entry], texts: Mapping[str, str],
           rule: UnnamedWords) -> bool:
    """Whether a run is a tally ("312 to 287", "27-19", "by 31 votes to 22"): its items
    joined by a tally's connector (``[likeness.unnamed] tally``, after at most one noun),
    and not a change or a range ("from 1,100 to 3,200", "between 5 and 7")."""
    first = entries[chain[0]].claim.location
    text = texts.get(first.path, "")
    before = text[max(0, first.start - 12):first.start].lower().split()
    if before and before[-1] in rule.not_tally:
        return False
    for x, y in itertools.pairwise(chain):
        gap = text[entries[x].claim.location.end:entries[y].claim.location.start].lower()
        words = gap.split()
        if len(words) == 2 and words[0].isalpha():
            words = words[1:]  # "votes to"
        if len(words) != 1 or words[0] not in rule.tally:
            return False
    return True


def _value(entry: Entry) -> tuple[float, float]:
    return entry.hard.low, entry.hard.high
