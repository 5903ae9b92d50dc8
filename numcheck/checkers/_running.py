"""Running totals: a level, what was added and taken away, and the new level.

"The chain had 412 stores in January, opened 18 and closed 7, taking its estate to 421"
(a level, signed flows and the new level in one sentence: 412 + 18 - 7 must be 421);
"The attack killed eight. The dead bring to 171 the number killed since 2014. Before the
attack, 164 had died" (the earlier level, the event's own figure and the new level: 164
+ 8 must be 171); "Police made 42 arrests on Wednesday and 51 on Thursday, bringing to
148 the number since the protests began" with "63 on Friday" elsewhere in the article
(counts of distinct days since the start cannot add up to more than the running total).
Cue words are data (``[running]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._compare import lead_of, sentence_of, squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Level

_MAX_GAP = 60  # characters between two listed flows
_SEPARATOR = lazy_compile(r"(?:^|\W)(?:and|then)(?:\W|$)|[,;]")
_REACH = 2  # sentences back to the event a "the dead bring to" total adds
# no sentence of prose lists more flows before one total ("opened 18 and closed 7, taking
# its estate to 421"); a longer run is soup, no list: without the cap a sentence of
# thousands of flows and totals made every total walk back over all of them (quadratic)
_MAX_FLOWS = 60


class Running(NamedTuple):
    """A new level and what makes it: an earlier level (or None), signed flows; ``exact``
    when the parts are all of it (level and flows), else they only may not exceed it."""

    total: Claim
    level: Claim | None
    flows: tuple[tuple[Claim, int], ...]
    exact: bool


class RunningCues:
    """The ``[running]`` words, compiled once."""

    def __init__(
        self,
        lex: Mapping[str, Any],
        lemma: Callable[[str], str],
        named: Callable[[str], tuple[str, str] | None] = lambda phrase: None,
    ) -> None:
        cues: Mapping[str, Any] = lex.get("running", {})
        verbs = "|".join(re.escape(v) for v in words(cues.get("verbs", ())))
        # "taking its estate to", "bringing to", "brought the death toll to"
        self.closer = re.compile(rf"\b(?:{verbs})(?: [\w'’-]+){{0,3}} to$") if verbs else None
        self.outflows = words(cues.get("outflows", ()))
        self.inflows = words(cues.get("inflows", ()))
        self.levels = words(cues.get("levels", ()))
        self.before = words(cues.get("before", ()))
        self.days = frozenset(words(cues.get("days", ())))
        self.lemma = lemma
        self.named = named  # the event or thing a noun phrase names (measures.toml)


def find_running(document: Document, claims: Sequence[Claim], cues: RunningCues) -> list[Running]:
    """The running totals among a document's figures (in text order), with their parts."""
    if cues.closer is None:
        return []
    found: list[Running] = []
    seconds = _seconds(claims)
    for i, total in enumerate(claims):
        lead = lead_of(document, total)
        if total.is_change or cues.closer.search(lead) is None:
            continue
        made = _in_sentence(document, claims, i, cues) or (
            None if i in seconds else _after_event(document, claims, i, cues))
        if made is not None:
            found.append(made)
    return found


def _new_subject(gap: str, cues: RunningCues) -> bool:
    """ ", and schools get": after a level its own change reached, "and" opens a clause
    with a subject of its own (a word that is no flow verb, then more words): the level
    is that other subject's, no level before the running total ("The toll rose to 25,
    and 3 more died" goes on)."""
    head, _, said_ = gap.rpartition(" and ")
    said = said_.split()
    if not head or not said or not all(re.fullmatch(r"[\w'’-]+", w) for w in said):
        return False
    verbs = {*cues.inflows, *cues.outflows}
    return len(said) >= 2 and said[0] not in verbs and " ".join(said[:2]) not in verbs


def _alike(a: Claim, b: Claim) -> bool:
    return a.quantity.kind is b.quantity.kind and a.key.dimension == b.key.dimension


def _event(document: Document, total: Claim, cues: RunningCues) -> tuple[str | None, str | None]:
    """The total's event and thing; "to 148 the number of arrests": the noun after."""
    after = squash(document.prose[total.location.end : total.location.end + 40])
    found = re.match(r"^the (?:number|total|tally|count) of ((?:[a-z'’-]+ ?){1,2})", after)
    if found is None:
        return total.key.event, total.key.thing
    words_ = found.group(1).split()
    for n in (2, 1):
        named = cues.named(" ".join(words_[:n])) if len(words_) >= n else None
        if named is not None:  # "the number of arrests": an event, any thing
            slot, name = named
            return (name, None) if slot == "event" else (total.key.event, name)
    return total.key.event, cues.lemma(words_[0])


def _in_sentence(
    document: Document, claims: Sequence[Claim], i: int, cues: RunningCues
) -> Running | None:
    """ "had 412 stores ..., opened 18 and closed 7, taking its estate to 421"."""
    total = claims[i]
    thing = _event(document, total, cues)[1]
    run: list[Claim] = []
    j = i - 1
    while j >= 0 and claims[j].sentence == total.sentence and _alike(claims[j], total):
        if len(run) == _MAX_FLOWS:
            return None
        flow = claims[j]
        gap = squash(document.prose[flow.location.end : (run[-1] if run else total).location.start])
        if len(gap) > _MAX_GAP * 2 or ";" in gap or _SEPARATOR.search(gap) is None:
            break  # "which employs 5,000 people in 12 countries": not listed flows
        if flow.key.thing not in (None, thing) and thing is not None:
            break
        if flow.quantity.level is Level.NEW and _new_subject(gap, cues):
            break  # "Health rises 3% to £198bn, and schools get £1.1bn more, taking ..."
        run.append(flow)
        j -= 1
    if not run:
        return None
    run.reverse()
    start = sentence_of(document, total)[0]
    signs: list[tuple[Claim, int]] = []
    level: Claim | None = None
    for k, flow in enumerate(run):
        head = run[k - 1].location.end if k else start
        lead = squash(document.prose[head : flow.location.start])
        if k == 0 and _ends(lead, cues.levels) and not flow.is_change:
            level = flow
            continue
        sign = _sign(lead, cues)
        if sign is None and signs:
            sign = signs[-1][1]  # "closed 7 in May and 3 in June": the verb goes on
        if sign is None and level is not None:
            return None  # a flow whose verb is unknown: no sum can be trusted
        signs.append((flow, sign or 1))
    if not signs or (level is None and len(signs) < 2 and not _after_start(total)):
        return None
    if level is None:
        if any(sign < 0 for _, sign in signs):
            return None  # takeaways from an unknown level: nothing to check
        return _with_other_days(document, claims, total, signs, cues)
    return Running(total, level, tuple(signs), exact=True)


def _with_other_days(
    document: Document,
    claims: Sequence[Claim],
    total: Claim,
    flows: list[tuple[Claim, int]],
    cues: RunningCues,
) -> Running | None:
    """Additions on named days, and the article's figures of the same count on other
    days: together they may not exceed the total since the start."""
    days = {_day(document, c, cues) for c, _ in flows}
    if None in days:
        return Running(total, None, tuple(flows), exact=False)
    event, _thing = _event(document, total, cues)
    more = [
        c
        for c in claims
        if c.sentence != total.sentence
        and c.key.event == event is not None
        and _alike(c, total)
        and not c.is_change
        and c.part_of is None
        and (day := _day(document, c, cues)) is not None
        and day not in days
    ]
    extra = {_day(document, c, cues): c for c in more}  # one figure per day
    return Running(total, None, (*flows, *((c, 1) for c in extra.values())), exact=False)


def _sign(lead: str, cues: RunningCues) -> int | None:
    """+1 after an inflow verb ("opened 18"), -1 after an outflow verb ("closed 7"), None
    when the words before the flow name neither ("and 3 in June")."""
    tail = " " + " ".join(lead.replace(",", " ").split()[-4:]) + " "
    if any(f" {verb} " in tail for verb in cues.outflows):
        return -1
    if any(f" {verb} " in tail for verb in cues.inflows):
        return 1
    return None


def _after_start(total: Claim) -> bool:
    """A total counted since a start ("since the protests began")."""
    return (total.window or "").startswith("since")


def _day(document: Document, claim: Claim, cues: RunningCues) -> str | None:
    """The weekday a figure counts ("63 people on Friday night")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 30]).split()
    for word in after[:4]:
        if word.strip(",.") in cues.days:
            return word.strip(",.")
    return None


def _seconds(claims: Sequence[Claim]) -> set[int]:
    """The indices of claims after one alike (``_alike``) in their sentence: one pass, where
    asking each claim about all those before it was quadratic in a long sentence."""
    seen: set[tuple[tuple[int, int], object, object]] = set()
    out: set[int] = set()
    for i, c in enumerate(claims):
        key = (c.sentence, c.quantity.kind, c.key.dimension)
        if key in seen:
            out.add(i)
        seen.add(key)
    return out


def _after_event(
    document: Document, claims: Sequence[Claim], i: int, cues: RunningCues
) -> Running | None:
    """ "The ambush killed eight. The dead bring to 171 the number killed since 2014.
    Before the ambush, 164 had died": the event's figure and the level before it."""
    total = claims[i]
    event, thing = _event(document, total, cues)
    if event is None:
        return None
    added: Claim | None = None
    sentences = {total.sentence}
    for c in map(claims.__getitem__, range(i - 1, -1, -1)):
        sentences.add(c.sentence)
        if len(sentences) > _REACH + 1:
            break
        if c.key.event == event and _alike(c, total) and not c.is_change:
            added = c if thing is None or c.key.thing in (None, thing) else None
            break
    if added is None:
        return None
    level = next(
        (
            c
            for c in claims
            if c is not added
            and c is not total
            and c.key.event == event
            and _alike(c, total)
            and _before_it(document, c, cues)
            and abs(c.location.start - total.location.start) < 400
        ),
        None,
    )
    return Running(total, level, ((added, 1),), exact=level is not None)


def _before_it(document: Document, claim: Claim, cues: RunningCues) -> bool:
    """ "Before Tuesday's attack, 164 had died": a level before the event."""
    lead = squash(document.prose[sentence_of(document, claim)[0] : claim.location.start])
    return any(lead.startswith(b + " ") for b in cues.before) and lead.endswith(",")


def _ends(text: str, cues: Sequence[str]) -> bool:
    return any(text == c or text.endswith(" " + c) for c in cues)
