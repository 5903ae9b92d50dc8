"""Parts named by a partitive: "Of the 41 injured, nine ...", "34 of them ... and the rest,
21, ...", "2,300 children among the 1,900 arrivals", "Among the dead were 16 ...".

A partitive ties a figure to its whole by syntax, not by the nearest number: the whole
opens the clause ("Of the N X, ..."), the part points back to a figure of its sentence
("N of them"), a link joins them ("A among the B"), or a noun names the whole's event
or thing ("among the dead", "900 of the evacuees": the last earlier figure of that
event). Listed parts of one whole are a partition (their sum must meet the whole, NC202)
when three or more are listed or one is "the rest"; two parts are only checked not to
exceed the whole together ("Of the 52 defendants, 31 were convicted and 12 were women"
are overlapping groups). Cue words are data (``[partitive]`` in
numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from numcheck.checkers._ages import is_age
from numcheck.checkers._compare import squash, words, year_label
from numcheck.checkers._part_kin import (
    KIN_REACH,
    SHARES,
    alike,
    by_kin,
    listed_head,
    outgrown,
    pronoun_named,
    unlike,
)
from numcheck.checkers._part_partition import DISJOINT, OVERLAP, PARTITION
from numcheck.checkers._part_partition import partition as _partition
from numcheck.checkers._part_partition import rest_before as _rest_before
from numcheck.checkers._sum_cues import no_item
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

Parts = list[tuple[tuple[Claim, ...], tuple[Claim, ...]]]

_LIST_GAP = 60  # characters between two listed parts
_INTRO_GAP = 100  # characters from the whole to the first part ("Of the 380 stores ..., 412")
# characters of a clause before its figure read as the figure's lead ("Of the", "Among the
# dead were"): a longer lead is none of them, and reading it for every figure of one long
# clause would be quadratic ("1, 1, 1, ...")
_LEAD = 200
_WORD = r"[\w'’.&-]+"
_INTRO_MARKS = (",", "-", "–", "—", "(")  # "Of the 41 injured, nine", "Most of the 18 wells - 15"


class PartCues:
    """The ``[partitive]`` words and the written forms of events and things, compiled once."""

    def __init__(
        self,
        lex: Mapping[str, Any],
        measures: Mapping[str, Any],
        lemma: Callable[[str], str] = lambda word: word,
    ) -> None:
        cues: Mapping[str, Any] = lex.get("partitive", {})
        self.intros = frozenset(words(cues.get("intros", ())))
        self.openers = frozenset(words(cues.get("openers", ())))
        self.pronouns = frozenset(words(cues.get("pronouns", ())))
        self.mass = frozenset(words(cues.get("mass_pronouns", ())))
        self.counted = frozenset(words(cues.get("plural_pronouns", ())))
        places = "|".join(re.escape(w) for w in words(cues.get("adjunct_prepositions", ())))
        # the words between a head figure and its adjunct: its noun, a place preposition
        self.adjunct = lazy_compile(rf" (?:[\w'-]+ ){{1,4}}(?:{places}) ") if places else None
        self.rest = words(cues.get("rest", ()))
        self.reach = int(cues.get("anaphor_sentences", 6))
        self.verbs = frozenset(words(cues.get("verbs_after", ())))
        self.overlap = frozenset(words(cues.get("overlap", ())))
        self.times = frozenset(words(lex.get("spread", {}).get("times", ())))
        links = "|".join(re.escape(w) for w in words(cues.get("links", ())))
        owner = r"(?: [\w-]+'s)?"  # "of the region's", "of the airline's"
        self.link = lazy_compile(rf"^(?:{_WORD} ){{0,3}}(?:{links}){owner}$") if links else None
        verbs = "|".join(re.escape(w) for w in words(cues.get("anaphor_verbs", ())))
        pronouns = "|".join(re.escape(w) for w in self.pronouns)
        # "among the dead were", "the dead included": the noun names the whole
        self.among = re.compile(
            rf"^(?:(?:among|of) the|the) (?P<np>.+?) (?:{verbs})(?: an? [\w-]+ of)?$"
            if verbs
            else r"(?!)"
        )
        # "among them were", "of those,": the part of a figure named before
        self.back = re.compile(rf"^(?:among|of) (?:{pronouns})(?: (?:{verbs}))?,?$")
        # "Of the money, ...": a noun that names a kind of amount rather than a thing
        self.kind_nouns: dict[str, str] = {
            squash(noun): str(kind)
            for kind, nouns in cues.get("kind_nouns", {}).items()
            for noun in nouns
        }
        self.rates = words(cues.get("rates", ()))
        sums: Mapping[str, Any] = lex.get("sums", {})
        self.marks = tuple(sums.get("opener_marks", (":", "—", "–")))
        self.pointers = words(sums.get("pointers", ()))
        self.one_after = frozenset(words(sums.get("pronoun_one_after", ())))
        self.lemma = lemma
        self.forms: dict[str, tuple[str, str]] = {}
        for table, slot in (("things", "thing"), ("events", "event")):
            for name, written in measures.get(table, {}).items():
                for form in written:
                    self.forms.setdefault(squash(form), (slot, name))

    def named(self, phrase: str) -> tuple[str, str] | None:
        """The event or thing a noun phrase names ("seriously injured" -> wounded): its
        longest ending the lexicon knows."""
        toks = phrase.split()
        for i in range(len(toks)):
            found = self.forms.get(" ".join(toks[i:]))
            if found is not None:
                return found
        return None


@dataclass
class Partitives:
    parts: Parts = field(default_factory=list)
    sums: list[tuple[tuple[Claim, ...], Claim]] = field(default_factory=list)
    shares: list[tuple[Claim, Claim]] = field(default_factory=list)  # (share, base)
    seen: set[int] = field(default_factory=set)  # parts placed, by id
    # "412 of the 1,030 members": the whole (by id) -> the part named before it, the
    # group a later "301 of them" counts
    held: dict[int, Claim] = field(default_factory=dict)

    def add(self, members: Sequence[Claim], whole: Claim, how: str = DISJOINT) -> None:
        members = [m for m in members if id(m) not in self.seen and m is not whole]
        if not members:
            return
        self.seen.update(id(m) for m in members)
        if members[0].location.start < whole.location.start:
            self.held.setdefault(id(whole), members[0])
        if how == PARTITION and len(members) > 1:
            self.sums.append((tuple(members), whole))
        elif how == OVERLAP:
            self.parts.extend(((m,), (whole,)) for m in members)
        else:
            self.parts.append((tuple(members), (whole,)))


def _part_of(part: Claim, whole: Claim) -> bool:
    """A part counted like its whole, or a bare number that takes the whole's unit ("Of
    the 62 miles, 38 are in the North")."""
    q = part.quantity
    bare = q.kind is Kind.COUNT and q.unit is None and q.noun is None and part.key.thing is None
    return alike(part, whole) or (bare and whole.quantity.kind in (Kind.MEASURE, Kind.MONEY))


def _lead(document: Document, claim: Claim) -> str | None:
    """The words of the claim's clause before it (a clause ends at ";"), squashed; None
    when they are longer than ``_LEAD`` characters."""
    start, _ = claim.sentence if claim.sentence[1] > claim.sentence[0] else (0, 0)
    window = max(start, claim.location.start - _LEAD)
    semi = document.prose.rfind(";", window, claim.location.start)
    begin = start if semi < 0 else semi + 1
    return None if begin < window else squash(document.prose[begin : claim.location.start])


def _back(sentence: Sequence[Claim], k: int) -> Iterator[Claim]:
    """``sentence[:k]`` nearest first, without copying it (a long sentence stays linear)."""
    return (sentence[j] for j in range(k - 1, -1, -1))


def _run(document: Document, sentence: Sequence[Claim], k: int, cues: PartCues) -> list[Claim]:
    """The parts listed from ``sentence[k]`` on: "nine have been rescued, four are
    confirmed dead and 32 remain trapped" (a clause ends at ";")."""
    run = [sentence[k]]
    for j in range(k + 1, len(sentence)):  # by index: a run that stops early copies nothing
        b = sentence[j]
        if year_label(b, run[0]) and j + 1 < len(sentence):
            continue  # "41 are children under 10, 15 are ...": a label, no part
        raw = document.prose[run[-1].location.end : b.location.start]
        gap = squash(raw)
        if len(raw) > _LIST_GAP or ";" in raw:
            break
        if not alike(b, run[0]) or b.is_change or _age(document, b) or b.quantity.head:
            break
        if gap.split()[-1:] in _INTO and not _gapped(document, run[0], gap):
            break  # "four of them critically, in a 45-vehicle pile-up": not a part
        if no_item(document, b, cues.pointers, cues.one_after):
            break  # "..., one said", "..., one of them twice": no further part
        if "," not in raw and not re.search(r"\band\b", gap) and not _rest_before(gap, cues):
            break
        run.append(b)
    return run


_INTO = [[w] for w in ("a", "an", "the", "in", "at", "on", "of", "for", "with", "from", "to")]


def _gapped(document: Document, first: Claim, gap: str) -> bool:
    """ "Pellow accounts for 23 of the cases, Hythe for 11 and Brockhurst for five": a
    later part repeats the preposition before the first, its verb left out (gapping)."""
    lead = squash(document.prose[max(0, first.location.start - 20) : first.location.start])
    word = gap.split()[-1]
    return lead.split()[-1:] == [word] and word not in ("a", "an", "the")


def _age(document: Document, claim: Claim) -> bool:
    """ "Peter Allard, 61, from Hamley": a person's age set off by commas after a name."""
    q = claim.quantity
    if q.kind is not Kind.COUNT or q.noun is not None or not 0 < (q.value or 0) < 120:
        return False
    before = document.prose[max(0, claim.location.start - 30) : claim.location.start]
    after = document.prose[claim.location.end : claim.location.end + 3]
    named = re.search(r"[A-Z][\w'’-]+,\s*$", before) is not None
    return named and re.match(r"\s*(?:[,.)]|$)", after) is not None


_OWNER = lazy_compile(r" (?:[\w.&-]+ ){0,2}[\w.&-]+['’]s?$")


def _intro(document: Document, sentence: Sequence[Claim], i: int, cues: PartCues) -> bool:
    """ "Of the 41 injured, nine ...": the whole opens the clause, a part follows its comma
    (or a clause head after it: ``_headed``)."""
    whole, first = sentence[i], sentence[i + 1]
    lead = _lead(document, whole)
    if lead is None:
        return False
    lead = re.sub(r"^(?:and|but|yet|so) ", "", lead)
    # "Of the operator's 32 coaches, nine": an owner between the intro and the whole
    if lead not in cues.intros and _OWNER.sub("", lead) not in cues.intros:
        return False
    raw = document.prose[whole.location.end : first.location.start]
    if len(raw) > _INTRO_GAP or ";" in raw:
        return False
    if raw.rstrip().endswith(_INTRO_MARKS):
        return True
    # "Of the 11 victims named so far, Wexcombe lost five, Lower Tollan four and ...": a
    # clause head (a subject and its verb) before the first of listed parts
    return _headed(document, sentence, i + 1, raw, cues)


_HEAD_WORDS = 4  # words of a clause head between an opening whole's comma and its parts


def _verb_in_head(document: Document, first: Claim) -> bool:
    """ "Of the 11 victims, Wexcombe lost five": a change verb of the clause head (the
    extractor reads "lost five" as a change) says how the part is of the whole, not
    that it is a change: a comma and a short head stand between the whole and it."""
    lead = document.prose[max(first.sentence[0], first.location.start - 60) : first.location.start]
    head = lead.rsplit(",", 1)
    return len(head) == 2 and 0 < len(head[1].split()) <= _HEAD_WORDS


def _headed(
    document: Document, sentence: Sequence[Claim], k: int, raw: str, cues: PartCues
) -> bool:
    """The words after the opening's comma are a short clause head and the figure after
    them opens a list of two or more parts (one figure there may be anything: "Of the 41
    injured, the youngest was 7")."""
    head = raw.rsplit(",", 1)
    if len(head) != 2:
        return False
    toks = squash(head[1]).split()
    if not 0 < len(toks) <= _HEAD_WORDS or any(not t.replace("'", "").isalpha() for t in toks):
        return False
    if set(toks) & {"and", "or", "but", "while", "with", "than", "of"}:
        return False
    return len(_run(document, sentence, k, cues)) >= 2


def _pointing_back(document: Document, claim: Claim, cues: PartCues) -> bool:
    """ "34 of them", "9,800 of whom": the figure is a part of one named before."""
    after = squash(document.prose[claim.location.end : claim.location.end + 16]).split()
    return len(after) >= 2 and after[0] == "of" and after[1].strip(",.;") in cues.pronouns



def _anaphor(
    document: Document,
    claim: Claim,
    sentence: Sequence[Claim],
    k: int,
    history: Sequence[Claim],
    cues: PartCues,
) -> Claim | None:
    """ "Among the dead were 16 ...", "900 of the evacuees": the last earlier figure (a
    few sentences back at most) of the event or thing the noun names; ``claim`` is
    ``sentence[k]``."""
    named: tuple[str, str] | None = None
    kin: list[str] = []  # the words after "of the", for ``by_kin``
    lead = re.sub(r"^(?:and|but|yet|so|while) ", "", _lead(document, claim) or "")
    # "treated 96 people, of whom 41 ...": a relative pointer opens its own clause
    if cues.back.match(lead) or cues.back.match(lead.rpartition(", ")[2]):
        # its own sentence's figures; those the extractor put in no sentence share the
        # empty one with earlier lines' (a real sentence is in no earlier group)
        alone = claim.sentence[1] <= claim.sentence[0]
        also = [c for c in history if c.sentence == claim.sentence] if alone else []
        def mine() -> Iterator[Claim]:
            return (c for c in _back(sentence, k) if c.sentence == claim.sentence)

        before = chain(mine(), reversed(also))
        anywhere = chain(mine(), reversed(also), _back(sentence, k), reversed(history))
        return _antecedent(document, claim, before, anywhere, across=True, mass=cues.mass)
    found = cues.among.match(lead)
    if found is not None:
        named = cues.named(found.group("np"))
    else:
        after = squash(document.prose[claim.location.end : claim.location.end + 40])
        tail = re.match(r"^of the ((?:[a-z'-]+ ?){1,3})", after)
        if tail is not None:
            np = re.split(r"[^a-z' -]", tail.group(1))[0].split()
            for n in range(len(np), 0, -1):
                named = cues.forms.get(" ".join(np[:n]))
                if named is not None:
                    break
            kin = np[:2]
    if named is None:
        return by_kin(document, claim, kin, chain(_back(sentence, k), reversed(history)), cues)
    slot, name = named
    sentences = 0
    last = claim.sentence
    for earlier in chain(_back(sentence, k), reversed(history)):
        if earlier.sentence != last:
            sentences += 1
            last = earlier.sentence
        if sentences > cues.reach:
            break
        key = earlier.key.event if slot == "event" else earlier.key.thing
        if key == name and alike(earlier, claim) and not earlier.is_change:
            return earlier
    return by_kin(document, claim, kin, chain(_back(sentence, k), reversed(history)), cues)



def find_partitives(
    document: Document,
    sentence: Sequence[Claim],
    history: Sequence[Claim],
    cues: PartCues,
    heads: Mapping[int, Claim] | None = None,
) -> Partitives:
    """The partitive parts, partitions and shares of one sentence's figures (in text
    order); ``history`` holds the figures before the sentence, for "among the dead";
    ``heads`` the total of each item listed before (``listed_head``)."""
    found = Partitives()
    heads = heads or {}
    for i, opener in enumerate(sentence[:-1]):
        first = sentence[i + 1]
        if not _intro(document, sentence, i, cues):
            continue
        if first.quantity.kind in SHARES:
            found.shares.append((first, opener))
        elif _part_of(first, opener) and (not first.is_change or _verb_in_head(document, first)):
            _add_run(found, document, sentence, i + 1, opener, cues)
    for k, part in enumerate(sentence):
        if id(part) in found.seen or part.is_change or is_age(document, part):
            continue  # "the oldest case is 81": an age is no part of the cases
        whole: Claim | None = None
        if _pointing_back(document, part, cues):
            # in its sentence; else what the extractor bound it to (the last figure with
            # an event), else the last figure counted alike in its paragraph
            before = _back(sentence, k)
            earlier = chain(_back(sentence, k), reversed(history))
            plural = _pronoun(document, part) in cues.counted
            whole = _antecedent(
                document, part, before, earlier, part.part_of is None, cues.mass, plural,
                cues.adjunct,
            )
            named = pronoun_named(document, part)
            if named:  # "14 of those arrested": the arrests, not "12 people charged"
                again = islice(chain(_back(sentence, k), reversed(history)), KIN_REACH)
                whole = by_kin(document, part, named, again, cues) or unlike(whole, named, cues)
            elif whole is not None and part.quantity.kind not in SHARES:
                whole = listed_head(part, _subset(found, part, whole), heads)
            whole = outgrown(part, whole, _near(sentence, k, history)) or whole
            if whole is not None and part.quantity.kind in SHARES:
                found.shares.append((part, whole))
            elif whole is not None:
                _add_run(found, document, sentence, k, whole, cues)
            continue
        if part.quantity.kind in SHARES:
            continue
        prev = sentence[k - 1] if k else None
        if prev is not None and id(prev) not in found.seen and _linked(document, prev, part, cues):
            members = [prev, *_listed_after(document, sentence, k, prev, cues)]
            found.add(members, part, _partition(document, members, cues))
            continue
        whole = listed_head(part, _anaphor(document, part, sentence, k, history, cues), heads)
        whole = outgrown(part, whole, _near(sentence, k, history)) or whole
        if whole is not None:
            _add_run(found, document, sentence, k, whole, cues)
    return found


def _near(sentence: Sequence[Claim], k: int, history: Sequence[Claim]) -> Iterator[Claim]:
    """The figures before ``sentence[k]``, nearest first, a few sentences' worth."""
    return islice(chain(_back(sentence, k), reversed(history)), KIN_REACH)


def _add_run(
    found: Partitives,
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    whole: Claim,
    cues: PartCues,
) -> None:
    """The parts listed from ``sentence[k]`` on, as parts or a partition of ``whole``;
    parts listed "among" a whole ("Among them, six ..., five ... and three ...") need
    not be all of it."""
    members = _run(document, sentence, k, cues)
    lead = _lead(document, members[0]) or ""
    # the selection word opens the clause or the phrase set off right before the parts
    # ("Crews attended 313 calls, among them 184 ...": the phrase after the last comma)
    some = any(
        re.sub(r"^(?:and|but|yet|so|while) ", "", opened).startswith(("among", "including"))
        for opened in (lead, lead.rpartition(",")[2].strip())
    )
    # "The 58 staff who lost their jobs included 31 cooks, ...": a selection too
    some = some or lead.split()[-1:] in (["include"], ["includes"], ["included"], ["including"])
    # "Among the 40 arrested, 12 were women and 30 were over 18": groups that may overlap
    # (a selection is never read as all of its whole by a slip: ``slipped_over``)
    how = _partition(document, members, cues, None if some else whole)
    found.add(members, whole, DISJOINT if some and how == PARTITION else how)


def _antecedent(
    document: Document,
    part: Claim,
    before: Iterable[Claim],
    earlier: Iterable[Claim],
    across: bool = False,
    mass: frozenset[str] = frozenset(),
    plural: bool = False,
    adjunct: re.Pattern[str] | None = None,
) -> Claim | None:
    """What "them" stands for: the nearest earlier figure of the sentence (``before``,
    nearest first) counted like the part; for a share ("one in five of them") the nearest
    earlier count (``earlier``, nearest first), also in an earlier sentence of its
    paragraph; for a share of a pronoun of ``mass`` ("40% of it") the nearest earlier
    amount of money or measure. Both are read lazily: most parts stop at the figure
    before them. A ``plural`` pronoun ("them", "whom") counts things, never a sum of money
    ("14 car parks earned £1.2m; nine of them": the car parks)."""
    if part.quantity.kind not in SHARES:
        walk_back = iter(before)
        found = next((w for w in walk_back if _part_of(part, w) and not _sum(plural, part, w)),
                     None)
        if found is not None and part.quantity.hard.low > found.quantity.hard.high:
            found = _adjunct_head(document, part, found, next(walk_back, None), plural,
                                  adjunct) or found
        if found is not None or not across:  # a change ("lost 164") is not a whole
            return None if found is None or found.is_change else found
    after = squash(document.prose[part.location.end : part.location.end + 12]).split()
    of_mass = len(after) >= 2 and after[0] == "of" and after[1].strip(",.;") in mass
    walk = (w for w in earlier if _counted(w, part, of_mass))
    whole = next(walk, None)
    if whole is None:
        return None
    whole = _holding(part, whole, walk)
    return whole if "\n\n" not in document.prose[whole.location.end : part.location.start] else None


def _adjunct_head(document: Document, part: Claim, near: Claim, head: Claim | None,
                  plural: bool, adjunct: re.Pattern[str] | None) -> Claim | None:
    """ "runs 480 stores in nine countries and has refitted 14 of them": a figure told
    as a place or spread of the figure before it (``adjunct``, checkers.toml
    ``[partitive] adjunct_prepositions``: "480 stores in nine
    countries", "1,200 homes across 40 villages") is that figure's adjunct, and "them"
    may stand for the head. When the part is too large for the adjunct but fits the
    head, the head is the reading that holds: no part is reported larger than a whole
    the sentence may not mean."""
    if adjunct is None or head is None or not _part_of(part, head) or _sum(plural, part, head):
        return None
    if part.quantity.hard.low > head.quantity.hard.high:
        return None
    gap = document.prose[head.location.end : near.location.start]
    return head if adjunct.fullmatch(gap) else None


def _sum(plural: bool, part: Claim, whole: Claim) -> bool:
    """A sum of money a bare count of a plural pronoun cannot count."""
    return plural and whole.quantity.kind is Kind.MONEY and not alike(part, whole)


def _subset(found: Partitives, part: Claim, whole: Claim) -> Claim:
    """ "412 of the 1,030 members voted, and 301 of them backed action": "them" is the
    group the clause named (the 412 who voted), not the whole it was counted in; a part
    the group cannot hold leaves the whole (the reading is then open to either)."""
    group = found.held.get(id(whole))
    if group is None or group.is_change or not _part_of(part, group):
        return whole
    return group if part.quantity.hard.low <= group.quantity.hard.high else whole


def _pronoun(document: Document, claim: Claim) -> str:
    """The pronoun of "34 of them" after the figure ("" if none)."""
    after = squash(document.prose[claim.location.end : claim.location.end + 16]).split()
    return after[1].strip(",.;") if len(after) >= 2 and after[0] == "of" else ""


_FAR = 10  # a whole an order of magnitude below the part counts another thing


def _holding(part: Claim, nearest: Claim, walk: Iterator[Claim]) -> Claim:
    """ "6,400 nurses across its four hospitals. Some 2,100 of them ...": "them" is the
    figure of the nearest clause that can hold the part, not one of its sentence an
    order of magnitude below the part; with no other in that sentence, or a nearest
    figure merely smaller, the nearest stays (what NC201 reports: "six of them")."""
    if part.quantity.kind in SHARES or nearest.quantity.hard.high * _FAR >= part.quantity.hard.low:
        return nearest
    for other in walk:
        if other.sentence != nearest.sentence:
            break
        if other.quantity.hard.high >= part.quantity.hard.low:
            return other
    return nearest


def _counted(whole: Claim, part: Claim, of_mass: bool = False) -> bool:
    if whole.is_change:
        return False
    if part.quantity.kind in SHARES:
        return whole.quantity.kind in ((Kind.MONEY, Kind.MEASURE) if of_mass else (Kind.COUNT,))
    return _part_of(part, whole)


_GAPPED_WORDS = 5  # words naming a later part of a gapped list: "libraries and leisure"


def _listed_after(
    document: Document, sentence: Sequence[Claim], k: int, first: Claim, cues: PartCues
) -> list[Claim]:
    """ "Adult care bears £6.1m of the £14.2m, libraries £4.3m and roads £3.2m": the parts
    listed after the whole ``sentence[k]`` of the part ``first``, the verb and the whole
    left out (gapping): a comma, a few words naming the next part, then the part."""
    if k + 1 >= len(sentence):
        return []
    nxt = sentence[k + 1]
    raw = document.prose[sentence[k].location.end : nxt.location.start]
    noun, comma, label = raw.partition(",")  # the whole's noun, then the next part's name
    toks = squash(label).split()
    if not comma or len(noun.split()) > 2 or len(toks) > _GAPPED_WORDS or ";" in label:
        return []
    if any(not t.replace("'", "").replace("-", "").isalpha() for t in [*noun.split(), *toks]):
        return []
    if set(toks) & _NOT_LABEL or not alike(nxt, first) or nxt.is_change:
        return []
    if no_item(document, nxt, cues.pointers, cues.one_after):
        return []  # "12 of the 30 ambulances, 4 of them new": a part of the part
    return _run(document, sentence, k + 1, cues)


# words that open another clause, not the name of a next part ("with 5 going to ...")
_NOT_LABEL = frozenset(
    {"with", "while", "but", "whereas", "including", "plus", "of", "said", "says", "than",
     "against", "compared", "more", "another", "further"}
)


_AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


def _linked(document: Document, part: Claim, whole: Claim, cues: PartCues) -> bool:
    """ "2,300 children among the 1,900 new arrivals", "£6.1m of the £14.2m": a link word
    joins an amount to its whole."""
    if cues.link is None or part.quantity.kind not in _AMOUNTS or not alike(part, whole):
        return False
    gap = squash(document.prose[part.location.end : whole.location.start])
    return not part.is_change and cues.link.match(gap) is not None
