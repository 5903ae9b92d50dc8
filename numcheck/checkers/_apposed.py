"""Shares stated beside the count they stand for (NC203): "two-thirds of its 421 stores,
or 280", "40% of the 85 campgrounds — 34 sites in all —", "200 troops, a sixth of the
1,200 on standby", "9,800 of them in Switzerland — almost a quarter", "the theft
amounted to a fifth of the charity's income of £9.8m".

Apposition ties a count to a share by syntax, whatever the two figures' keys say: a
count set off by a mark (", or", a dash, a bracket) right after "share of base", or
right before a share of another base, restates the share as a count. The base is the
figure after "of" (up to a few words between: "of U.S. refining capacity of 18.4
million bpd"), the whole a partitive names ("Of the 2.1 million attendances, 74.2%"),
the whole of the part beside the share ("1,000 of them ..., or 60% of the total"), or
the last standing figure of the thing the noun after "of" names ("of its workforce").
Cue words are data (``[shares]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.checkers import _share_kinds as _kinds
from numcheck.checkers._compare import between, sentence_near, squash, words
from numcheck.checkers._kinds import Kinds
from numcheck.checkers._partitive import PartCues
from numcheck.checkers._share_grammar import ShareGrammar
from numcheck.checkers._share_kinds import PASSED, is_rest, is_share, part_of_another, passed_asides
from numcheck.checkers._share_kinds import agents as _agents
from numcheck.checkers._share_kinds import alike as _alike
from numcheck.checkers._share_kinds import clean as _clean
from numcheck.checkers._share_kinds import counts_base as _counts_base
from numcheck.checkers._share_wholes import NP_OF as _NP
from numcheck.checkers._share_wholes import WholeWords, framed_apart
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["ShareCues", "Stated", "find_stated", "is_rest", "is_share", "share_base"]

Parts = Sequence[tuple[tuple[Claim, ...], tuple[Claim, ...]]]
_END = lazy_compile(r"[,.;:!?()\[\]—–]| - ")
_MARK = lazy_compile(r"[,;:!?()\[\]—–]| - ")
_BACK = lazy_compile(r"\s*of\s+(\w+)")


@dataclass(frozen=True)
class Stated:
    """``count`` is stated as ``share`` of ``base``; ``mode`` says how: the share itself
    ("share"), the rest of it ("rest": 60% back, 40% remain), or the base and the share
    more ("over": 14% over its limit) or less ("under") (numcheck/checkers/_limits.py)."""

    share: Claim
    base: Claim
    count: Claim
    mode: str = "share"


class ShareCues:
    """The ``[shares]`` words, compiled once."""

    def __init__(self, lex: Mapping[str, Any], parts: PartCues, hypernyms: Mapping[str, str]):
        cues: Mapping[str, Any] = lex.get("shares", {})
        self.marks = words(cues.get("marks", ()))
        self.copulas = words(cues.get("copulas", ()))
        self.closers = words(cues.get("closers", ()))
        self.breaks = frozenset(words(cues.get("breaks", ())))
        self.reverse_breaks = self.breaks - set(words(cues.get("reverse_ok", ())))
        self.firm_marks = frozenset(words(cues.get("firm_marks", ())))
        self.firm_breaks = self.breaks - set(words(cues.get("firm_ok", ())))
        self.totals = WholeWords(lex, parts)  # "the total", "its total", "the membership"
        self.gap_words = int(cues.get("gap_words", 6))
        self.clause_words = int(cues.get("clause_words", self.gap_words))
        self.clause_breaks = frozenset(words(cues.get("clause_breaks", ()))) or self.breaks
        self.base_links = words(cues.get("base_links", ()))
        limits: Mapping[str, Any] = lex.get("limits", {})
        self.rest_after = words(limits.get("rest_after", ()))
        self.rest_before = words(limits.get("rest_before", ()))
        self.parts = parts
        self.times = frozenset(words(lex.get("spread", {}).get("times", ())))
        self.hypernyms = hypernyms
        self.grammar = ShareGrammar(lex, Kinds.of(lex, hypernyms, parts.lemma))
        # the things the vocabulary knows: two of them may be told apart
        self.known = frozenset(
            [name for slot, name in parts.forms.values() if slot == "thing"]
            + [*hypernyms, *hypernyms.values()]
        )

    def kinds_of(self, thing: str) -> set[str]:
        """``thing`` and what it is a kind of (miner -> worker -> people)."""
        chain = [thing]
        while (up := self.hypernyms.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        return set(chain)


def _set_off(
    gap: str,
    cues: ShareCues,
    links: Sequence[str],
    limit: int,
    reverse: bool = False,
    clause: bool = False,
) -> bool:
    """ "stores, or", "residents have fled,", "—": words, then a mark (or a link).
    ``clause``: the words may be the rest of the share's clause, its predicate's
    phrases too ("sheep to the blizzard,"): only ``clause_breaks`` break it."""
    for mark in links:
        if gap == mark or gap.endswith(" " + mark) or (gap.endswith(mark) and mark[0] in ",—–(:"):
            rest = gap[: len(gap) - len(mark)].strip()
            breaks = cues.reverse_breaks if reverse else cues.breaks
            if clause:
                breaks = cues.clause_breaks
            elif mark in cues.firm_marks:
                breaks = breaks & cues.firm_breaks
            return ";" not in rest and _clean(rest.rstrip(","), breaks, limit)
    return False


def _closes(document: Document, count: Claim, cues: ShareCues) -> bool:
    """ "or 240, now open", "— 38 sites in all —": the count ends its phrase (its noun
    and a closer at most), so it is not the start of another ("12 of them", "3,000 to
    the capital")."""
    start, end = count.sentence
    stop = end if end > start else len(document.prose)
    tail = document.prose[count.location.end : stop]
    found = _END.search(tail)
    text = squash(tail[: found.start()] if found else tail)
    noun = count.quantity.noun
    toks = text.split()
    if toks and noun and (toks[0].startswith(noun[:4]) or cues.parts.lemma(toks[0]) == noun):
        text = " ".join(toks[1:])
    return text == "" or text in cues.closers


def _base_after(document: Document, share: Claim, nxt: Claim | None, cues: ShareCues) -> bool:
    """ "40% of its 421", "2% of U.S. refining capacity of 18.4 million": the share's base."""
    if nxt is None or nxt.quantity.kind in (Kind.PERCENT, Kind.RATIO) or nxt.is_change:
        return False
    gap = between(document, share, nxt)
    toks = gap.split()
    if toks and toks[0] in _DETERMINERS and share.quantity.kind is Kind.RATIO:
        toks = ["of", *toks]  # "half the 1,300 staff": a word share takes no "of"
    if not toks or toks[0] != "of" or _MARK.search(gap):  # "of its workforce — 600": no base
        return False
    return _clean(" ".join(t for t in toks[1:] if t != "of"), cues.breaks, 4)


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your"})


def _named_base(
    document: Document, share: Claim, before: Sequence[Claim], cues: ShareCues
) -> tuple[Claim | None, str | None, int]:
    """ "of its workforce", "of first-quarter revenue": the last standing figure (no
    event, no share) a few sentences back at most, of the thing the noun names or of what
    that is a kind of (staff are people; never a kind of it: "600 nurses" are a part of a
    workforce); none when two such figures differ. Or "the total". Returns the base, the
    noun phrase and where the phrase ends."""
    after = document.prose[share.location.end : share.location.end + 60]
    found = _NP.match(after)
    if found is None:
        return None, None, share.location.end
    np = cues.totals.canonical(squash(found.group(1)))
    end = share.location.end + found.end()
    if np in cues.totals:
        return None, np, end
    return _standing_named(document, share, np, before, cues), np, end


def _standing_named(
    document: Document, share: Claim, np: str, before: Sequence[Claim], cues: ShareCues
) -> Claim | None:
    """The one standing figure (``_named_base``) of the thing ``np`` names, or None."""
    named = cues.parts.named(np)
    if named is None or named[0] != "thing":
        return None
    kinds = cues.kinds_of(named[1])
    sentences, last = 0, share.sentence
    candidates: list[Claim] = []
    for earlier in reversed(before):
        if earlier.sentence != last:
            sentences, last = sentences + 1, earlier.sentence
        if sentences > cues.parts.reach:
            break
        q = earlier.quantity
        standing = earlier.key.event is None and not earlier.is_change and q.change is None
        if standing and q.kind not in (Kind.PERCENT, Kind.RATIO) and earlier.key.thing in kinds:
            candidates.append(earlier)
    own = [c for c in candidates if c.sentence == share.sentence]
    if own:  # "The office, which employs 3,200 people, will lose a quarter of its staff"
        candidates = own
    elif candidates and not _times_before(document, share, cues) <= _times(
        document, candidates[0], cues
    ):
        return None  # "12,000 pupils in 2020. This year 40% of its pupils": another time
    if len({c.quantity.value for c in candidates}) != 1:
        return None
    return None if framed_apart(document, share, candidates[0]) else candidates[0]


def _elided(
    document: Document,
    share: Claim,
    before: Sequence[Claim],
    levels: set[int],
    cues: ShareCues,
) -> Claim | None:
    """ "The survey reached 5,000 households. Two in five, or 2,600, said ...": a share
    that opens its clause with no base of its own ("of" nothing) is a share of the
    nearest standing count before it, in its sentence or the one before in its
    paragraph; its count must still be set off beside it (``_forward``)."""
    start = max(share.sentence[0], share.location.start - 40)
    said = re.split(r"[.;:]", squash(document.prose[start : share.location.start]))[-1]
    said, kinds = _past_pointer(said, cues)
    lead = said.split()
    if lead[:1] in (["and"], ["but"], ["so"]):
        lead = lead[1:]
    if lead[:1] in (["by"], ["on"], ["in"], ["at"]):
        lead = lead[2:]  # "By Sunday 80% had it back"
    if [w for w in lead if w not in _HEDGES]:
        return None  # "with 62% ...": not a share opening its clause
    sentences, last = 0, share.sentence
    for earlier in reversed(before):
        if earlier.sentence != last:
            sentences, last = sentences + 1, earlier.sentence
        if sentences > 1 or "\n\n" in document.prose[earlier.location.end : share.location.start]:
            return None
        q = earlier.quantity
        if q.kind in (Kind.PERCENT, Kind.RATIO) or earlier.is_change or id(earlier) in levels:
            continue
        if q.kind in (Kind.COUNT, Kind.MONEY) and q.change is None and q.level is None:
            if kinds is not None and earlier.key.thing not in kinds:
                return None  # "Of the flooded homes," names another thing
            same_time = _times(document, share, cues) <= _times(document, earlier, cues)
            return earlier if same_time else None
        return None  # a figure of another kind stands between: no base
    return None


def _past_pointer(lead: str, cues: ShareCues) -> tuple[str, set[str] | None]:
    """ "Of them, 70%", "Of the total, 45%", "Of the flooded homes, 60%": a partitive
    opening that points back (a pronoun, the total, a definite noun of a thing the
    vocabulary knows) names no figure of its own; the share still opens its clause, so
    ``_elided`` reads what follows it. Returns that and, for a noun, the kinds its base
    must count."""
    head, comma, rest = lead.partition(",")
    head = head.strip()
    if not comma or not head.startswith(("of ", "among ")):
        return lead, None
    pointer = head.split(" ", 1)[1]
    if pointer in cues.totals or cues.parts.back.match(head) is not None:
        return rest, None
    named = cues.parts.named(pointer) if pointer.startswith("the ") else None
    if named is not None and named[0] == "thing":
        return rest, cues.kinds_of(named[1])
    return lead, None


def _elided_before(
    document: Document,
    share: Claim,
    count: Claim,
    history: Sequence[Claim],
    levels: set[int],
    cues: ShareCues,
) -> Claim | None:
    """ "The union has 3,400 members. Some 1,940 voted yes — 67%.": a share with no base
    of its own set off right after a count (a few words of the count's clause, then a
    mark) is that count's share of the one standing count of its kind and thing in the
    sentence before, in its paragraph, of the same time (``_elided`` reads the other
    order). Never a figure of its own sentence: "21,000 votes (40%) and 18,000 (35%)"."""
    gap = between(document, count, share)
    own = _OWN_OF.match(gap)
    if own is not None:  # "About 2,000 of its staff, or a third": the base named
        return _own_named(document, share, count, squash(own.group(1)), history, levels, cues)
    if gap.startswith("of ") or not _set_off(gap, cues, cues.marks, 3, reverse=True):
        return None
    after = squash(document.prose[share.location.end : share.location.end + 12])
    if after.lstrip(")]—–-, ").startswith("of ") and not _of_total(document, share, cues):
        return None  # "(62%) of the 480 in the flood zone": a base of its own
    if count.quantity.kind not in (Kind.COUNT, Kind.MONEY) or id(count) in levels:
        return None
    last = history[-1].sentence if history else None
    if last is None or last == count.sentence or cues.grammar.framed(document, count):
        return None
    if "\n\n" in document.prose[last[1] : count.sentence[0]]:
        return None
    found: list[Claim] = []
    later: Claim | None = None  # the figure after ``c`` in its sentence
    for c in reversed(history):  # the sentence before only: linear in the figures
        if c.sentence != last:
            break
        share_of = later is not None and part_of_another(document, c, later)
        later = c
        if share_of:
            continue  # "carried 6.1 million, two thirds of the total": a part, no base
        if (
            _alike(count, c)
            and c.quantity.change is None
            and id(c) not in levels
            and c.quantity.hard.high >= count.quantity.hard.low
            and _counts_base(count, c, cues)
        ):
            found.append(c)
    if len({c.quantity.value for c in found}) != 1:
        return None
    base = found[0]
    return base if _times(document, share, cues) <= _times(document, base, cues) else None


_OWN_OF = lazy_compile(  # "of its staff, or": a possessive, one or two words, then a mark
    r"^of ((?:its|their|his|her|our) [\w’'&-]+(?: [\w’'&-]+)?)(?=, or$|,$| —$| –$| \($)"
)


def _own_named(
    document: Document,
    share: Claim,
    count: Claim,
    np: str,
    history: Sequence[Claim],
    levels: set[int],
    cues: ShareCues,
) -> Claim | None:
    """ "The firm employs 8,000 people. About 2,000 of its staff, or a third, ...": a
    count whose own partitive names its whole by a possessive and a noun, set off right
    before a share with no base of its own, is that share of the one standing figure of
    the thing the noun names (``_standing_named``), as large as the count at least."""
    if count.quantity.kind not in (Kind.COUNT, Kind.MONEY) or id(count) in levels:
        return None
    after = squash(document.prose[share.location.end : share.location.end + 12])
    if after.lstrip(")]—–-, ").startswith("of "):
        return None
    base = _standing_named(document, share, np, history, cues)
    if base is None or base is count or id(base) in levels or not _alike(count, base):
        return None
    return base if base.quantity.hard.high >= count.quantity.hard.low else None


def _of_total(document: Document, share: Claim, cues: ShareCues) -> bool:
    """ "Some £12 billion, or 45% of the total": "of" and a word for the whole
    (``[shares] totals``) point back to a figure told before, no base of the share's own."""
    found = _NP.match(document.prose[share.location.end : share.location.end + 60])
    return found is not None and cues.totals.canonical(squash(found.group(1))) in cues.totals


def _times(document: Document, claim: Claim, cues: ShareCues) -> set[str]:
    """The times a figure's sentence names ([spread] times, years): a share of another
    time than its base's ("In 2019, a third, or 400") is no share of it."""
    text = document.prose[slice(*sentence_near(document, claim))].lower()
    return (set(re.findall(r"[a-z]+", text)) & cues.times) | set(_YEAR.findall(text))


def _times_before(document: Document, share: Claim, cues: ShareCues) -> set[str]:
    """The times a share's sentence names before it, which frame its base ("This year 40%
    of its pupils"); those after it are its predicate's ("will close next year")."""
    text = document.prose[sentence_near(document, share)[0] : share.location.start].lower()
    return (set(re.findall(r"[a-z]+", text)) & cues.times) | set(_YEAR.findall(text))


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_HEDGES = frozenset(
    {"roughly", "about", "nearly", "almost", "some", "just", "only", "around", "more",
     "fewer", "less", "than", "over", "under", "well"}
)


def _whole_beside(
    document: Document, share: Claim, prev: Claim | None, parts: Parts, cues: ShareCues
) -> Stated | None:
    """ "9,800 of them in Switzerland — almost a third", "1,200 of its 9,500 services, about
    a fifth of the total": the share of a part in its whole."""
    if prev is None:
        return None
    gap = between(document, prev, share)
    said = gap.split(" ", 2)  # "6,000 of them last year, about a fifth of the total"
    if len(said) == 3 and said[0] == "of" and said[1] in cues.parts.pronouns:
        gap = said[2]  # the part's own pointer to its whole, no word of the share's clause
    if not _set_off(gap, cues, cues.marks, 6, True):
        return None
    for members, wholes in parts:
        if len(members) != 1 or len(wholes) != 1:
            continue
        part, whole = members[0], wholes[0]
        if part is prev and whole.location.start < part.location.start:
            return Stated(share, whole, part)
        near = whole is prev and part.location.end <= whole.location.start
        if near and len(between(document, part, whole).split()) <= 3:
            return Stated(share, whole, part)
    return None


def share_base(
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    history: Sequence[Claim],
    base_of: Mapping[int, Claim],
    cues: ShareCues,
) -> Claim | None:
    """The base of the share ``sentence[k]``: after "of", named by its noun, or the
    figure before it that "of them"/"of which" points back to."""
    share = sentence[k]
    base = base_of.get(id(share))
    nxt = sentence[k + 1] if k + 1 < len(sentence) else None
    if base is None and _base_after(document, share, nxt, cues):
        return nxt
    back = _BACK.match(document.prose, share.location.end)
    if base is None and back is not None and squash(back.group(1)) in cues.parts.pronouns:
        earlier = [c for c in sentence[:k] if c.quantity.kind not in (Kind.PERCENT, Kind.RATIO)]
        return earlier[-1] if earlier else None
    if base is None and nxt is not None and _estimated(document, share, nxt, cues):
        return nxt  # "75% of the world's wild tigers, estimated at 5,574"
    if base is None:
        base = _named_base(document, share, [*history, *sentence[:k]], cues)[0]
    return base


def _estimated(document: Document, share: Claim, nxt: Claim, cues: ShareCues) -> bool:
    """The base told after the share's noun phrase: "of the world's tigers, put at N"."""
    gap = between(document, share, nxt)
    toks = gap.split()
    if toks[:1] != ["of"] or len(toks) > 10 or nxt.quantity.kind in (Kind.PERCENT, Kind.RATIO):
        return False
    return any(gap.endswith(", " + link) for link in cues.base_links)


def find_stated(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    percent_of: Sequence[tuple[Claim, Claim]],
    parts: Parts,
    levels: set[int],
    cues: ShareCues,
) -> list[Stated]:
    """Every count stated beside a share in ``sentences`` (checkable claims, by sentence)."""
    base_of = {id(p): b for p, b in percent_of}
    found: list[Stated] = []
    history: list[Claim] = []
    for sentence in sentences:
        for k, share in enumerate(sentence):
            if is_share(share, document):
                stated = _one(document, sentence, k, history, base_of, parts, levels, cues)
                read = None if stated else cues.grammar.read(document, sentence, k, levels, history)
                if read is not None:  # a realisation of [share_grammar] patterns
                    stated = Stated(share, read[1], read[0], mode=_mode(document, read[0], cues))
                if stated is not None:
                    found.append(stated)
        history.extend(sentence)
    return found


def _one(
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    history: Sequence[Claim],
    base_of: Mapping[int, Claim],
    parts: Parts,
    levels: set[int],
    cues: ShareCues,
) -> Stated | None:
    share = sentence[k]
    prev = sentence[k - 1] if k else None
    nxt = sentence[k + 1] if k + 1 < len(sentence) else None
    base = base_of.get(id(share))
    anchor = share.location.end
    if base is None and _base_after(document, share, nxt, cues):
        base = nxt
    if base is not None and base.location.start > share.location.start:
        anchor = base.location.end
    elif base is not None:  # "one in five of them — 44 in all"
        back = _BACK.match(document.prose, anchor)
        if back is not None and squash(back.group(1)) in cues.parts.pronouns:
            anchor = back.end()
    elif base is None:
        told = [*history, *sentence[:k]]  # a count set off before it ("60 schools, or 30% of
        if prev is not None and _set_off(between(document, prev, share), cues, cues.marks, 3, True):
            told = cues.totals.wholes_of(document, share, history)  # its schools"): a whole before
        if told and told[-1] is prev and _restates(document, prev, share, cues):
            told = told[:-1]
        base, np, anchor = _named_base(document, share, told, cues)
        if base is None and (np is None or np in cues.totals):
            beside = _whole_beside(document, share, prev, parts, cues)
            if beside is not None or (np is not None and np not in cues.totals):
                return beside
            # "Roughly 10% of the total, or 800": the total told just before
            base = _elided(document, share, [*history, *sentence[:k]], levels, cues)
            if base is None and prev is not None:
                base = _elided_before(document, share, prev, history, levels, cues)
                if base is not None and _OWN_OF.match(between(document, prev, share)):
                    return Stated(share, base, prev, mode=_mode(document, prev, cues))
        if base is None:
            return None
    if id(base) in levels:
        return None
    later = [c for c in sentence[k + 1 :] if c.location.start >= anchor]
    count = later[0] if later else None
    if count is not None and _forward(document, anchor, count, base, levels, cues):
        return Stated(share, base, count, mode=_mode(document, count, cues))
    if prev is not None and prev is not base and id(prev) not in levels and _alike(prev, base):
        gap = between(document, prev, share)
        links = (*cues.marks, *cues.copulas)
        owned = _kinds.partitive_gap(gap, prev, cues.parts.pronouns)  # not "48bn of debt"
        if not owned and _set_off(gap, cues, links, 8, reverse=True):
            # "The 210 people still sleeping there are roughly a sixth of": a copula says
            # the count is the share, whatever its own clause says
            copula = any(gap == c or gap.endswith(" " + c) for c in cues.copulas)
            fits = not copula or _counts_base(prev, base, cues)
            if fits and not _agents(document, prev, base):
                mode = "share" if copula else _mode(document, prev, cues)
                return Stated(share, base, prev, mode=mode)
    subject = _subject(document, sentence, k, base, levels, cues)
    return None if subject is None else Stated(share, base, subject)


def _subject(
    document: Document,
    sentence: Sequence[Claim],
    k: int,
    base: Claim,
    levels: set[int],
    cues: ShareCues,
) -> Claim | None:
    """ "The 340 residents moved out of the 1 km zone are about half of the 1,100 people":
    the count a copula makes a share of the base is the subject of its clause, whatever
    figures of other kinds its noun phrase holds (those are passed, not read as words)."""
    share = sentence[k]
    gap_end = share.location.start
    skipped: list[tuple[int, int]] = []
    for j in range(k - 1, -1, -1):
        count = sentence[j]
        if count is base:
            return None
        if not _alike(count, base):
            skipped.append((count.location.start, count.location.end))
            continue
        if id(count) in levels:
            return None
        text, at = "", count.location.end
        for start, end in reversed(skipped):
            text += document.prose[at:start] + f" {PASSED} "
            at = end
        # a year or a date the extractor does not check: no figure of the clause
        gap = _NUMERAL.sub(" ", passed_asides(squash(text + document.prose[at:gap_end])))
        gap = " ".join(gap.split())
        copula = next((c for c in cues.copulas if gap.endswith(" " + c)), None)
        if copula is None:
            return None
        rest = gap[: len(gap) - len(copula)].strip()
        if _MARK.search(rest) or not _clean(rest, cues.reverse_breaks, 12):
            return None
        return count if _counts_base(count, base, cues) else None
    return None


_NUMERAL = lazy_compile(r"\b\d[\d,.:/-]*\b")


def _mode(document: Document, count: Claim, cues: ShareCues) -> str:
    """A count set beside a share is the share, or what it leaves ("41,000 customers
    still in the dark, about 87% of the 320,000 who lost power are back")."""
    return "rest" if is_rest(document, count, cues.rest_after, cues.rest_before) else "share"


def _forward(
    document: Document, anchor: int, count: Claim, base: Claim, levels: set[int], cues: ShareCues
) -> bool:
    """The count set off after a share and its base ("of its 421 stores, or 240"). The
    share's clause may go on before the mark ("of its 1,200 sheep to the blizzard, about
    480 animals", "of the region's adults smoke, according to the survey - about
    95,000"): then the count must count the base's thing and end its phrase."""
    if id(count) in levels or count is base or not _alike(count, base):
        return False
    gap = squash(document.prose[anchor : count.location.start])
    if not _closes(document, count, cues):
        return False
    if _set_off(gap, cues, cues.marks, cues.gap_words):
        return True
    clause = _set_off(gap, cues, cues.marks, cues.clause_words, clause=True)
    return clause and _counts_base(count, base, cues)


def _restates(document: Document, count: Claim, share: Claim, cues: ShareCues) -> bool:
    """ "Some 2,900 households fell behind on bills, 40% of households": the share restates
    the count set off right before it (a mark or a copula ends the count's clause), so the
    count is never its base."""
    gap = between(document, count, share)
    links = (*cues.marks, *cues.copulas)
    return _set_off(gap, cues, links, 8, reverse=True)
