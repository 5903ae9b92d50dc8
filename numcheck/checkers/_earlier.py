"""A change told with its old level only, the new level in a sentence before it
(split from numcheck/checkers/_levels.py, which reads the levels of one sentence).

"Turnout was 61.0%. Turnout rose 9% from the 52% ...": the new level a sentence or two
back under the same subject; "The firm made $45.2 million. That was up 25% from $40.1
million": the one level of its kind in the sentence before, when the step's sentence
points back. The old level is the figure the step's words mark, after the step or
before it. Cue words are data (``[levels]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from numcheck.checkers._compare import before, between, sentence_of, squash, stem
from numcheck.checkers._level_forms import own_levels
from numcheck.checkers._levels import (
    CHANGE,
    LEVEL_GAP,
    RELATIVE,
    LevelCues,
    Pair,
    Step,
    alike,
    direction_of,
    ends,
    is_step,
    reference,
    step_link,
    word_after,
)
from numcheck.checkers._since import counted_since, lead_points_back, told_later
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind, Level


def _subject(document: Document, claim: Claim, cues: LevelCues) -> str | None:
    """The first word of the figure's sentence when it is a noun the sentence opens with
    ("Turnout rose 9% ...", "Uptake has fallen by ..."); None for a determiner or pronoun."""
    start = sentence_of(document, claim)[0]
    toks = squash(document.prose[start : claim.location.start]).split()
    word = toks[0].strip(",.;:\"'") if toks else ""
    return word if word.isalpha() and word not in cues.not_subjects else None


_SUBJECT_WORDS = 6  # words a subject's noun phrase may take: "Vaccine coverage in the district"


def _opened_by(document: Document, claim: Claim, subject: str) -> bool:
    """Whether the figure's sentence opens with a noun phrase holding ``subject``."""
    start = sentence_of(document, claim)[0]
    toks = squash(document.prose[start : claim.location.start]).split()[:_SUBJECT_WORDS]
    return subject in (t.strip(",.;:\"'") for t in toks)




def find_earlier_levels(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    from_to: list[Pair],
    steps: list[Step],
    cues: LevelCues,
) -> None:
    """A change given with its old level only, the new level a sentence or two back under
    the same subject ("Turnout was 61.0%. Turnout rose 9% from the 52% ...", "Uptake is
    81.3%. Uptake has fallen by 6.9 points since 2019, when it stood at 87.3%"): the
    pair and its step are added to ``from_to`` and ``steps``."""
    levels = {id(c) for pair in from_to for c in pair[:2]}
    levels.update(id(c) for step in steps for c in step[:3])
    for i, sentence in enumerate(sentences):
        for k, step in enumerate(sentence):
            relative = step.quantity.kind in RELATIVE
            if id(step) in levels or not (is_step(step) or relative):
                continue
            old = _old_level(document, sentence, k, levels, cues)
            if old is None and is_step(step):
                old = _old_level_before(document, sentence, k, levels, cues)
            if old is None:
                continue
            subject = _subject(document, step, cues)
            if subject is not None:
                new = _earlier_level(document, sentences, i, old, subject, levels, cues)
            else:
                new = _pointed_level(document, sentences, i, step, old, levels, cues)
            if new is None:
                continue
            way = direction_of(before(document, step, 60), cues)
            if way is None:
                way = word_after(between(document, step, old), cues) or None
            from_to.append((old, new, way))
            steps.append((old, new, step, CHANGE))
            levels.update((id(old), id(new), id(step)))
    find_told_apart(document, sentences, from_to, steps, cues)


def _old_level(
    document: Document, sentence: Sequence[Claim], k: int, levels: set[int], cues: LevelCues
) -> Claim | None:
    """The level after a step that its words give as the old one ("from the 52%", "since
    2019, when it stood at 87.3%"), when the sentence gives no other level of it."""
    step = sentence[k]
    for later in map(sentence.__getitem__, range(k + 1, len(sentence))):
        if len(document.prose[step.location.end : later.location.start]) > LEVEL_GAP:
            return None
        if is_step(later) or id(later) in levels or later.quantity.kind is Kind.YEAR:
            continue
        gap = between(document, step, later)
        framed = word_after(gap, cues) is not None or (
            is_step(step) and (step_link(gap, cues) or reference(gap, cues, True))
        )  # "was up 25% on 2023's", "25% more than the"
        if not framed and (
            not is_step(step) or ends(before(document, later, 40), cues.old_before) is None
        ):
            return None
        return _alone(sentence, later)
    return None


def _pointed_level(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    step: Claim,
    old: Claim,
    levels: set[int],
    cues: LevelCues,
) -> Claim | None:
    """ "The firm made a profit of $45.2 million. That was up 25% from $40.1 million": a
    step whose sentence opens by pointing back (`[levels] pointing_subjects`: "that",
    "it", "the figure") compares the one level of the old level's kind and unit in the
    sentence before, in its paragraph."""
    start = sentence_of(document, step)[0]
    lead = squash(document.prose[start : step.location.start])
    if not any(lead.startswith(p + " ") for p in cues.pointing) or i == 0:
        return None
    before_it = sentences[i - 1]
    if not before_it or "\n\n" in document.prose[before_it[-1].location.end : start]:
        return None
    found = [c for c in before_it if alike(c, old) and not is_step(c) and id(c) not in levels]
    if len({c.quantity.value for c in found}) != 1 or found[0].quantity.level is not None:
        return None
    return found[0]


def _old_level_before(
    document: Document, sentence: Sequence[Claim], k: int, levels: set[int], cues: LevelCues
) -> Claim | None:
    """The other order of ``_old_level``: the old level its words mark, then the step
    ("Turnout fell from 64.9% at the last election, a drop of 16.7 points")."""
    step = sentence[k]
    for earlier in map(sentence.__getitem__, range(k - 1, -1, -1)):
        if len(document.prose[earlier.location.end : step.location.start]) > LEVEL_GAP:
            return None
        if is_step(earlier) or id(earlier) in levels:
            return None
        if ends(before(document, earlier, 40), cues.old_before) is None:
            return None
        return _alone(sentence, earlier)
    return None


def _earlier_level(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    old: Claim,
    subject: str,
    levels: set[int],
    cues: LevelCues,
) -> Claim | None:
    """The nearest figure of the old level's kind and unit a sentence or two back, in one
    paragraph, in a sentence opened by the same subject."""
    for j in range(i - 1, max(-1, i - 1 - cues.reach), -1):
        if not sentences[j]:
            continue
        if "\n\n" in document.prose[sentences[j][-1].location.end : old.location.start]:
            return None
        # the first: the level the subject's verb gives, not a target or a norm after it
        for claim in sentences[j]:
            if id(claim) in levels or is_step(claim) or not alike(claim, old):
                continue
            tied = _opened_by(document, claim, subject)
            return claim if tied and _same_head(document, claim, old, cues) else None
    return None


def _same_head(document: Document, level: Claim, old: Claim, cues: LevelCues) -> bool:
    """The change's subject adds no word to the level's sentence lead: "Sales in
    Germany fell 10% from" is no change of "Sales in Britain were"."""
    start = sentence_of(document, old)[0]
    ours: list[str] = []
    for tok in squash(document.prose[start : old.location.start]).split():
        word = tok.strip(",.;:\"'")
        if word in cues.up or word in cues.down or word in cues.fillers:  # its verb
            break
        ours.append(stem(word))
    lead = squash(document.prose[sentence_of(document, level)[0] : level.location.start])
    theirs = {stem(t.strip(",.;:\"'")) for t in lead.split()}
    return bool(ours) and all(w in theirs for w in ours)


def find_told_apart(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    from_to: list[Pair],
    steps: list[Step],
    cues: LevelCues,
) -> None:
    """A change told with its new level only, its old level in the sentence right after
    or before it, told of the time just before ("Net profit rose 12% to EUR 460 million.
    A year earlier it was EUR 380 million"; "In 2023 the brewer sold 1.2 million
    hectolitres. Volumes climbed 4% to 1.4 million hectolitres in 2024"): the pair and
    its step are added to ``from_to`` and ``steps``."""
    if cues.earlier is None:
        return
    levels = {id(c) for pair in from_to for c in pair[:2]}
    levels.update(id(c) for step in steps for c in step[:3])
    for i, sentence in enumerate(sentences):
        if len(sentence) > _FIGURES:
            continue
        own = own_levels(document, sentence)
        for step in sentence:
            if id(step) in levels or not is_step(step):
                continue
            # "down 14% this year, rose 3% to $22.80": the level another change reached
            taken = {id(lv) for owner, lv in own.items() if owner != id(step)}
            new = _new_level(document, sentence, step, levels | taken)
            if new is None:
                continue
            old = _other_time(document, sentences, i, step, new, levels, cues)
            if old is None:
                continue
            way = direction_of(before(document, step, 60), cues)
            if way is None and step.quantity.change is not None:
                way = step.quantity.change.value
            from_to.append((old, new, way))
            steps.append((old, new, step, CHANGE))
            levels.update((id(old), id(new), id(step)))


# figures a sentence of a change told apart may hold: a longer run is a list or a table,
# whose figures are not compared across sentences (and the reader stays linear)
_FIGURES = 12


def _new_level(
    document: Document, sentence: Sequence[Claim], step: Claim, levels: set[int]
) -> Claim | None:
    """The level the step's clause says the change reached ("rose 12% to X", "closed at
    X, up 9%"), nearest to the step, when no other level of it stands in the sentence."""
    near = [
        c for c in sentence
        if c.quantity.level is Level.NEW and not is_step(c) and id(c) not in levels
        and _gap(document, step, c) <= LEVEL_GAP
    ]
    if not near:
        return None
    new = min(near, key=lambda c: _gap(document, step, c))
    return _alone(sentence, new)


def _alone(sentence: Sequence[Claim], level: Claim) -> Claim | None:
    """``level``, when no other level of its kind stands in its sentence to be the one
    meant; else None."""
    others = [c for c in sentence if c is not level and alike(c, level) and not is_step(c)]
    return None if others else level


def _gap(document: Document, a: Claim, b: Claim) -> int:
    first, second = (a, b) if a.location.start <= b.location.start else (b, a)
    return len(document.prose[first.location.end : second.location.start])


def _other_time(
    document: Document,
    sentences: Sequence[Sequence[Claim]],
    i: int,
    step: Claim,
    new: Claim,
    levels: set[int],
    cues: LevelCues,
) -> Claim | None:
    """The one figure of the new level's measure in the next sentence (else the one
    before), in one paragraph, that its sentence tells of the time just before the
    step's and whose names do not differ from the change's."""
    here = _sentence_text(document, step)
    marks = _marks(here, cues)
    years = _years(here)
    for j in (i + 1, i - 1):
        if not 0 <= j < len(sentences) or not sentences[j] or len(sentences[j]) > _FIGURES:
            continue
        lo, hi = sorted((sentences[i][0], sentences[j][0]), key=lambda c: c.location.start)
        if "\n\n" in document.prose[lo.location.end : hi.location.start]:
            continue
        found = [
            c for c in sentences[j]
            if alike(c, new) and not is_step(c) and id(c) not in levels
            and c.quantity.level is None and not _PART.match(document.prose, c.location.end)
            and not _compared(document, c, cues)
        ]
        if len(found) != 1:
            continue
        old = found[0]
        text = _sentence_text(document, old)
        earlier = _marks(text, cues) - marks
        told_before = earlier or {y + 1 for y in _years(text)} & years
        # "It has since grown 15%"; "in March" ... "By September the figure had fallen"
        since = counted_since(document, step, old, cues) or told_later(document, step, old, cues)
        if not (told_before or _day_before(document, old, step, new) or since):
            continue
        # "On Tuesday they slid 8%": the change's own lead points back to the old level
        pointed = since or lead_points_back(document, step, old, cues)
        if _named_apart(document, step, new, old, text, cues, pointed):
            continue
        return old
    return None


def _compared(document: Document, claim: Claim, cues: LevelCues) -> bool:
    """ "1,500 fewer than a year ago", "40% more than": the size of a difference a
    comparative follows (``[levels.comparatives]``), no level of the measure."""
    after = squash(document.prose[claim.location.end : claim.location.end + 24])
    return any(after == c or after.startswith(c + " ") for c in cues.comparatives)


def _day_before(document: Document, old: Claim, step: Claim, new: Claim) -> bool:
    """ "On Monday it was 150" against a change told of a later day (or of the article's
    date, when its sentence names none)."""
    now = new.day or step.day or document.metadata.date
    return old.day is not None and now is not None and old.day < now


# a figure that counts part of a group ("300 of its staff were on furlough") is no level
# of the group
_PART = lazy_compile(r"\s+of\s+(?:the|its|their|his|her|our|those|these|them|whom)\b", re.I)
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")


def _years(text: str) -> set[int]:
    """The years a sentence names ("in 2023"), to tell "in 2022" the year before."""
    return {int(y) for y in _YEAR.findall(text)}


def _sentence_text(document: Document, claim: Claim) -> str:
    start, end = sentence_of(document, claim)
    return squash(document.prose[start:end])


def _marks(text: str, cues: LevelCues) -> set[str]:
    """The phrases of ``text`` that tell the time just before ("a year earlier"); not a
    span reaching to now ("in the last year", "over the past week")."""
    if cues.earlier is None:
        return set()
    out = set()
    for m in cues.earlier.finditer(text):
        lead = text[: m.start()].split()[-2:]
        if m.group(0).startswith("last ") and lead[-1:] == ["the"] and lead[0] in _SPAN_OPENERS:
            continue  # "in the last year": up to now
        out.add(m.group(0))
    return out


_SPAN_OPENERS = frozenset({"in", "over", "during", "within", "for", "across", "throughout"})


def _head(claim: Claim) -> str | None:
    """The measure's head noun; not a marker or a pronoun ("they were $470 million")."""
    head = claim.measure[0] if claim.measure else None
    return None if head is None or head in _NO_HEADS else head


_NO_HEADS = frozenset({"@", "=", "it", "they", "them", "this", "that", "these", "those"})


def _named_apart(
    document: Document, step: Claim, new: Claim, old: Claim, text: str, cues: LevelCues,
    pointed: bool = False,
) -> bool:
    """Whether the old level's names differ from the change's (thing, event, measure
    head), or, naming nothing the change names, its sentence neither points back
    ("A year earlier it was") nor holds a word of the change's subject; ``pointed``: the
    change's own lead points back to it (``_since.counted_since``)."""
    ours = {c.key.thing for c in (step, new)} - {None}
    if old.key.thing is not None and ours and old.key.thing not in ours:
        return True
    events = {c.key.event for c in (step, new)} - {None}
    if old.key.event is not None and events and old.key.event not in events:
        return True
    heads = {h for h in (_head(step), _head(new)) if h is not None}
    head = _head(old)
    if head is not None and heads and not any(_kin(head, h) for h in heads):
        return True
    if (old.key.thing and old.key.thing in ours) or (old.key.event and old.key.event in events):
        return False
    if (head is not None and heads) or pointed:  # pointed: the change's own lead points back
        return False
    lead = f" {squash(document.prose[sentence_of(document, old)[0] : old.location.start])} "
    if any(f" {p} " in lead for p in (*cues.pointing, "they")):
        return False
    if old.quantity.kind is Kind.MEASURE:
        return False  # "1.2 million hectolitres": the unit names what is measured
    subject = _subject_words(document, step, new)
    theirs = _content(text)
    return not any(_kin(a, b) for a in subject for b in theirs)


def _kin(a: str, b: str) -> bool:
    """Two measure heads of one word ("member", "membership"; "passenger", "passengers")."""
    a, b = stem(a), stem(b)
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _subject_words(document: Document, step: Claim, new: Claim) -> set[str]:
    """Stems of the change's sentence before its first figure, and of its measures."""
    first = min(step.location.start, new.location.start)
    lead = squash(document.prose[sentence_of(document, step)[0] : first])
    out = _content(lead)
    out |= {stem(h) for h in (_head(step), _head(new)) if h is not None}
    return out - _NOT_SUBJECT


def _content(text: str) -> set[str]:
    """Stems of the words of ``text`` that may name what a figure measures."""
    return {stem(w) for w in re.findall(r"[a-z]+", text) if len(w) > 2} - _NOT_SUBJECT


# words of a change's lead, or of the other sentence, that name no measure
_NOT_SUBJECT = frozenset({stem(w) for w in (
    "rose", "fell", "climbed", "dropped", "grew", "will", "have", "has", "been", "were",
    "this", "that", "year", "month", "week", "number", "total", "their", "with", "from",
    "the", "and", "was", "are", "for", "its", "his", "her", "had", "but", "not", "per",
    "all", "any", "off", "out", "now", "one", "two", "who", "which", "there", "than",
    "said", "says", "told", "according", "under", "over", "after", "before", "earlier",
    "last", "previous", "prior", "ago", "since", "into", "about", "some", "more", "less",
    "new", "day", "days", "million", "billion", "thousand", "per", "cent", "percent",
)})
