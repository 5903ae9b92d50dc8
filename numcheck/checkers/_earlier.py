"""A change told with its old level only, the new level in a sentence before it
(split from numcheck/checkers/_levels.py, which reads the levels of one sentence).

"Turnout was 61.0%. Turnout rose 9% from the 52% ...": the new level a sentence or two
back under the same subject; "The firm made $45.2 million. That was up 25% from $40.1
million": the one level of its kind in the sentence before, when the step's sentence
points back. The old level is the figure the step's words mark, after the step or
before it. Cue words are data (``[levels]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.checkers._compare import before, between, sentence_of, squash
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
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind


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


def _old_level(
    document: Document, sentence: Sequence[Claim], k: int, levels: set[int], cues: LevelCues
) -> Claim | None:
    """The level after a step that its words give as the old one ("from the 52%", "since
    2019, when it stood at 87.3%"), when the sentence gives no other level of it."""
    step = sentence[k]
    for later in sentence[k + 1 :]:
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
        others = [c for c in sentence if c is not later and alike(c, later) and not is_step(c)]
        return later if not others else None
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
    for earlier in reversed(sentence[:k]):
        if len(document.prose[earlier.location.end : step.location.start]) > LEVEL_GAP:
            return None
        if is_step(earlier) or id(earlier) in levels:
            return None
        if ends(before(document, earlier, 40), cues.old_before) is None:
            return None
        others = [c for c in sentence if c is not earlier and alike(c, earlier) and not is_step(c)]
        return earlier if not others else None
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
            return claim if _opened_by(document, claim, subject) else None
    return None
