"""Old and new levels of a change, and the step that states it, read from one sentence.

Reporters give the two levels in either order and the change before, between or after
them: "rose 18% to EUR 412 million from EUR 349 million", "reached 3.1 million, up
from 2.6 million", "rose to 41 last year from 29 in 2022, an increase of 29%", "peaked
at 6.8 metres, up 70% from 4.2 metres", "cost $118 million, 40% less than the $180
million budgeted", "nearly doubled to $612 million from $402 million", "pay 2.5 times
as much: GBP 180 against GBP 86", "46.1% and 42.3%, a gap of 3.5 points". A step tied
to its levels by the words between them is *bound* (checked against those levels
only); a multiplier verb ("nearly doubled", "halved") is read through the public
parser with its hedge ("nearly 2.0"). Cue words are data (``[change]`` and
``[levels]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from numcheck.checkers._after_both import after_times, vouched
from numcheck.checkers._clause_times import clause_set_off as _clause_set_off
from numcheck.checkers._clause_times import one_clause as _one_clause
from numcheck.checkers._clause_times import without_dates
from numcheck.checkers._compare import before, between, sentence_of, squash, words
from numcheck.checkers._factors import factor as _factor
from numcheck.checkers._level_asides import inner_gap
from numcheck.checkers._level_asides import interposed as _interposed
from numcheck.checkers._level_forms import AT as _AT
from numcheck.checkers._level_forms import OR as _OR
from numcheck.checkers._level_forms import alike as alike
from numcheck.checkers._level_forms import amount_of as _amount_of
from numcheck.checkers._level_forms import (
    amount_then_percent,
    earlier_and,
    earlier_times,
    elided,
    old_phrase,
    own_levels,
    participle_against,
    period_back,
    phrases,
    years_in_order,
)
from numcheck.checkers._level_forms import is_step as _is_step
from numcheck.checkers._marked import MarkedCues, find_marked
from numcheck.checkers._near_pairs import Pair as Pair
from numcheck.checkers._near_pairs import PairsNear, nearest_pair
from numcheck.checkers._per import level_gap
from numcheck.checkers._since import SinceCues
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Change, Kind

# modes of a bound step; BOTH: (amount, new level, percent) of "closed at $41.20, down
# $3.80, or 8.4%" (the old level is the new one less the amount)
CHANGE, TIMES, DIFFERENCE, BOTH = "change", "times", "difference", "both"

Step = tuple[Claim, Claim, Claim, str]  # (old, new, step, mode)

_LEVEL_GAP = 80  # characters between two levels read as one change


class LevelCues:
    """The ``[change]`` and ``[levels]`` words, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        change: Mapping[str, Any] = lex.get("change", {})
        levels: Mapping[str, Any] = lex.get("levels", {})
        self.from_words = words(change.get("from_words", ("from",)))
        self.to_words = words(change.get("to_words", ("to",)))
        self.up = frozenset(words(change.get("up_words", ())))
        self.down = frozenset(words(change.get("down_words", ())))
        self.back = {squash(k): v for k, v in levels.get("back", {}).items()}
        self.step_links = frozenset(words(levels.get("step_links", ())))
        self.comparatives: dict[str, str] = {
            squash(k): str(v) for k, v in levels.get("comparatives", {}).items()
        }
        self.against = frozenset(words(levels.get("against", ())))
        nouns: Mapping[str, str] = levels.get("premium_nouns", {})
        self.premium_nouns = {squash(k): str(v) for k, v in nouns.items()}
        wrong = {k: v for k, v in self.premium_nouns.items() if v not in ("up", "down")}
        if wrong:  # a direction the frame cannot read must not pass silently
            raise ValueError(f"checkers.toml [levels] premium_nouns: not up/down: {wrong}")
        self.own_base = frozenset(words(levels.get("own_base", ())))
        self.differences = words(levels.get("differences", ()))
        self.times_after = frozenset(words(levels.get("times_after", ())))
        self.breaks = words(levels.get("breaks", ()))
        self.rates = words(levels.get("rates", ()))
        self.inside = frozenset(words(levels.get("inside", ())))
        self.old_before = words(levels.get("old_before", ()))
        self.prior_labels = frozenset(words(levels.get("prior_labels", ())))
        self.owners = words(levels.get("period_owners", ()))
        self.references = frozenset(words(levels.get("reference_nouns", ())))
        self.old_modifiers = phrases(levels.get("old_modifiers", ()), "old_modifiers")
        self.forecast = phrases(levels.get("forecast_words", ()), "forecast_words")
        self.link_heads = frozenset(link.split()[0] for link in self.step_links)
        self.step_periods = phrases(levels.get("step_periods", ()), "step_periods")
        self.reach = int(levels.get("sentences_back", 2))
        self.pointing = words(levels.get("pointing_subjects", ()))
        self.not_subjects = frozenset(words(levels.get("not_subjects", ())))
        self.fillers = frozenset(words(levels.get("subject_fillers", ())))
        factors: Mapping[str, float] = levels.get("multipliers", {})
        self.factors = {squash(k): float(v) for k, v in factors.items()}
        names = "|".join(re.escape(k) for k in sorted(self.factors, key=len, reverse=True))
        self.multiplier = re.compile(rf"\b(?:{names})\b", re.IGNORECASE) if names else None
        # "9,000, double the 4,000": words comparing the level before with the one after
        compared: Mapping[str, float] = levels.get("comparisons", {})
        self.comparisons = {squash(k): float(v) for k, v in compared.items()}
        said = "|".join(re.escape(k) for k in sorted(self.comparisons, key=len, reverse=True))
        self.comparison = re.compile(rf"(?<![\w-])(?:{said})(?![\w-])", re.IGNORECASE) \
            if said else None  # not "double-decker", "twice-weekly"
        self.marked = MarkedCues(lex)
        self.since = SinceCues(lex)
        self.earlier = earlier_times(levels)
        # single words of a time just before, for the old level's side (``_after_both``)
        self.old_times = frozenset(w for name in ("earlier_periods", "earlier_after",
                                                  "earlier_before")
                                   for p in words(levels.get(name, ())) for w in p.split()
                                   if w not in ("the", "a", "an", "one"))


@dataclass
class Levels:
    pairs: list[Pair] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)


def _ends(text: str, cues: Sequence[str] | frozenset[str]) -> str | None:
    return next((c for c in cues if text == c or text.endswith(" " + c)), None)


def _direction(word: str | None, cues: LevelCues) -> str | None:
    if word is None:
        return None
    toks = set(word.split())
    up, down = bool(toks & cues.up), bool(toks & cues.down)
    return None if up == down else ("up" if up else "down")


def find_levels(
    document: Document, sentence: Sequence[Claim], stated: Sequence[Pair], cues: LevelCues
) -> Levels:
    """Level pairs and bound steps of one sentence; ``stated`` holds the pairs the plain
    "from A to B" reading found already (their steps are bound here too)."""
    found = Levels(list(stated))
    known = {id(c) for pair in stated for c in pair[:2]}
    n = len(sentence)
    aside = _interposed(document, sentence, cues)
    for i in range(n - 1):
        a, b = sentence[i], sentence[i + 1]
        if id(a) in aside:
            continue
        if id(b) in aside and i + 2 < n:
            b = sentence[i + 2]  # "13,000 workers at three plants, up from 7,000"
        gap = level_gap(between(document, a, b))  # "210 doses a day, up from 180"
        raw = len(document.prose[a.location.end : b.location.start])
        same = alike(a, b) or elided(a, b)
        if raw <= _LEVEL_GAP and same and not (id(a) in known and id(b) in known):
            pair = _pair(document, a, b, gap, cues)
            x = after_times(sentence, i + 2 + (b is not sentence[i + 1])) if pair is None \
                else None  # the figure after the second level and its clause's years
            if x is not None:  # "47%, was down from 64.2% at the last election, a drop of"
                pair = vouched(document, a, b, x, gap, cues)
            if pair is not None:
                found.pairs.append(pair)
                if x is not None:
                    found.steps.append((pair[0], pair[1], x, CHANGE))
        if i + 2 < n:
            _three(document, sentence[i], sentence[i + 1], sentence[i + 2], cues, found)
    bound = {id(s[2]) for s in found.steps}
    for a, inner, x, b in zip(sentence, sentence[1:], sentence[2:], sentence[3:], strict=False):
        g1 = inner_gap(document, a, inner, x, b, cues)  # "5,150 units in the 3 months to"
        if g1 is not None and id(x) not in bound:
            _three(document, a, x, b, cues, found, g1)
    _bind_lead_steps(document, sentence, found, cues)
    _multipliers(document, sentence, found, cues)
    taken = {id(c) for pair in found.pairs for c in pair[:2]} | {id(s[2]) for s in found.steps}
    pairs, steps = find_marked(document, sentence, alike, _is_step, cues.marked, taken)
    found.pairs += pairs
    found.steps += steps
    found.steps = _reached(document, sentence, found.steps)
    return found


def _reached(document: Document, sentence: Sequence[Claim], steps: list[Step]) -> list[Step]:
    """The bound steps less those tied to a pair whose new level is not the one the step's
    own words say it reached ("Oil gained 1.5% to $81.20, while gold slipped $12, or
    0.5%, to $2,390": the $12 is no change of $81.20)."""
    own = own_levels(document, sentence)
    out = []
    for step in steps:
        mine, new = (step[0], step[1]) if step[3] == BOTH else (step[2], step[1])
        reached = own.get(id(mine))
        if step[3] == DIFFERENCE or reached is None or reached is new:
            out.append(step)
    return out


def _pair(document: Document, a: Claim, b: Claim, gap: str, cues: LevelCues) -> Pair | None:
    """ "to 41 last year from 29", "3.1 million, up from 2.6 million"."""
    # "9,800 patients in January, against 8,900 a year earlier": an older period's level
    period = period_back(document, b, gap, cues) if _one_clause(gap, cues) else None
    if not (alike(a, b) or period):
        return None
    gap = old_phrase(gap, cues)  # "to 126 million, from a revised 98 million"
    lead, short = before(document, a, 40), len(gap.split()) <= 8 and _one_clause(gap, cues)
    if short and _ends(gap, cues.from_words) and _ends(lead, cues.to_words):
        return (b, a, _direction(before(document, a, 200), cues))  # "to 41 last year from 29"
    if short and "," not in gap and _ends(gap, cues.to_words) and _ends(lead, cues.from_words):
        return (a, b, _direction(before(document, a, 200), cues))  # "from 54,000 in 2020 to"
    if _prior(gap, cues):  # "€412m (2023: €380m)": an old level labelled with its period
        return (b, a, _direction(before(document, a, 200), cues))
    if gap == "(" and _ends(lead, cues.to_words) and _bare_bracket(document, b):
        # "rose 7% to SEK 21.4bn (SEK 18.3bn)": results copy gives the prior level bare in
        # brackets after the level a move reached; a level alike in kind and unit, alone
        # in its brackets, is no conversion (another unit) and no note (more words)
        return (b, a, _direction(before(document, a, 200), cues))
    back = next(
        (
            c
            for c in cues.back
            if gap == f", {c}" or gap.endswith(f", {c}") or (gap == c and c in cues.against)
        ),
        None,
    )  # "at 14,000 compared with 18,000": "against" and its kin need no comma
    back = back if back is not None else period  # "9,600 this year against 8,000 last year"
    said = len(without_dates(gap).split())  # "on Nov. 3, compared with": a date is one word
    if back is not None and (said <= (8 if cues.back[back] else 4) or period):
        return (b, a, cues.back[back] or _direction(before(document, a, 200), cues))
    against = participle_against(document, a, b, gap, cues)
    if against is not None:
        return (b, a, cues.back.get(against) or _direction(before(document, a, 200), cues))
    if _one_clause(gap, cues) and years_in_order(document, a, b, gap):
        return (a, b, None)  # "5,900 complaints in 2024 and 4,800 in 2025"
    if _one_clause(gap, cues) and earlier_and(document, a, b, gap, cues):
        return (b, a, None)  # "212 patients on Sunday and 188 a week earlier"
    return None


def _three(
    document: Document, a: Claim, x: Claim, b: Claim, cues: LevelCues, found: Levels,
    inner: str | None = None,
) -> None:
    """ "6.8 metres, up 70% from 4.2 metres", "$118 million, 40% less than the $180
    million", "40 per cent higher than last year's 310, at 434", "46.1% and 42.3%, a
    gap of 3.5 points"."""
    g1, g2 = inner or between(document, a, x), between(document, x, b)
    # the first figure is a level, not an amount the step restates ("€6 or 17% more")
    level = _ends(g1, _OR) is None
    short = len(g1.split()) <= 4 or _clause_set_off(g1, cues) or _priced(g1, cues)
    if alike(a, b) and level and short:
        framed = _framed(g1, g2, x, cues)
        if framed is not None:
            found.pairs.append((b, a, framed or None))
            found.steps.append((b, a, x, CHANGE))
            return
    if alike(x, b) and _is_step(a):
        comparative = next((c for c in cues.comparatives if g1.startswith(c)), None)
        if comparative is not None and g2 in (",at", ", at", "at", ", to"):
            found.pairs.append((x, b, cues.comparatives[comparative]))
            found.steps.append((x, b, a, CHANGE))
            return
    if _both(a, x, b, g1, g2, cues, found):
        return
    last = amount_then_percent(document, a, x, b, g1, g2, cues)
    if last is not None:
        found.steps.append((*last, BOTH))
        return
    if _both_after(document, a, x, b, g1, g2, cues, found):
        return
    apart = any(g2.endswith(d) for d in cues.differences) and g2.startswith(",")
    if apart and alike(a, x) and len(g1.split()) <= 3 and g1 != "to":
        low, high = sorted((a, x), key=lambda c: c.quantity.value or 0.0)
        found.steps.append((low, high, b, DIFFERENCE))


_RELATIVE = (Kind.PERCENT, Kind.RATIO, Kind.PERCENTAGE_POINT)


def _framed(g1: str, g2: str, x: Claim, cues: LevelCues) -> str | None:
    """The direction of a step set between a level and the level it is compared with, read
    by the comparison frame around it ("" when the frame gives none; None: no frame): a
    direction word before the step ("6.8 metres, up 70% from", "a rise of 9% on") or after
    it ("35% up on", "a 50% increase on the", "25% above the previous year's"), then a
    link to the old level. A percentage a comparative or direction word follows is a step
    though the parser gave it no change ("40 percent below")."""
    period = next((p for p in cues.step_periods if g2.startswith(f"{p} ")), None)
    if period is not None:  # "down 12% year on year from", "up 4% on the month from"
        g2 = g2[len(period):].strip()
    if _is_step(x):
        ways = cues.up | cues.down  # "up 9%", "a rise of 9%", "up by 9%"
        word = next((w for g in (g1, g1.removesuffix(" of"), g1.removesuffix(" by"))
                     if (w := _ends(g, ways)) is not None), None)
        if word is not None and (_step_link(g2, cues) or _reference(g2, cues, True)):
            return _direction(word, cues) or ""
    if not (_is_step(x) or x.quantity.kind in _RELATIVE):
        return None
    noun = g1.removesuffix(" of").rsplit(" ", 1)[-1] if g1.endswith(" of") else ""
    if noun in cues.premium_nouns and _premium_link(g2, cues):
        return cues.premium_nouns[noun]  # "585p, a premium of 45% to the 390p close"
    return _word_after(g2, cues)


def _priced(g1: str, cues: LevelCues) -> bool:
    """ "585p a share, a premium of": a price's own words (a per-unit phrase, no figure),
    a comma, then a premium noun's frame."""
    head, comma, tail = g1.rpartition(",")
    toks = tail.split()
    return bool(comma) and len(head.split()) <= 3 and not any(ch.isdigit() for ch in head) and (
        len(toks) == 3 and toks[0] in ("a", "an") and toks[1] in cues.premium_nouns
        and toks[2] == "of"
    )


def _premium_link(g2: str, cues: LevelCues) -> bool:
    """ "to the", "over the undisturbed", "to friday's close of": a price's reference
    after "a premium of N%": a link, then a few words naming the old level."""
    head, _, rest = g2.partition(" ")
    if head not in ("to", "over", "on"):
        return False
    return len(rest.split()) <= 2 or _reference(rest, cues)


def _word_after(g2: str, cues: LevelCues) -> str | None:
    """The direction a comparison gives after its step, up to the old level ("up on",
    "increase on the", "above the previous year's", "more than"); None: no frame."""
    comparative = next((c for c in cues.comparatives if g2.startswith(c)), None)
    if comparative is not None:
        rest = g2[len(comparative) :].strip()
        described = bool(rest) and not old_phrase(rest, cues)  # "than thursday's close of"
        if len(rest.split()) <= 2 or _reference(rest, cues) or described:
            return cues.comparatives[comparative]
        return None
    head, _, rest = g2.partition(" ")
    if head in cues.up | cues.down and (_step_link(rest, cues) or _reference(rest, cues, True)):
        return _direction(head, cues) or ""
    return None


def _reference(rest: str, cues: LevelCues, linked: bool = False) -> bool:
    """The words naming the old level after a comparative or a link: a determiner, a
    period's owner, a reference noun with "of" ("the previous year's", "its 2019 peak
    of", "the record of"). ``linked``: a step link opens them ("from its peak of")."""
    toks = rest.split()
    if linked:
        if not toks or toks[0] not in cues.link_heads:
            return False
        toks = toks[1:]
    text = " ".join(toks)
    if text in cues.owners or text in ("", "the"):
        return linked or text != ""
    owner = next((o for o in cues.owners if text.startswith(f"{o} ")), None)
    if owner is not None:  # "last year's total of", "the previous year's level of"
        toks = toks[len(owner.split()):]
    if toks[:1] and toks[0] in _REFERRING:
        toks = toks[1:]
    if toks[:1] and re.fullmatch(r"(?:19|20)\d\d(?:['’]s)?", toks[0]):
        toks = toks[1:]  # "its 2019 peak of", "2024's total of"
    # "its original budget of", "the pre-pandemic level of": modifiers before the noun; an
    # owner's possessive is one ("the government's forecast of", "the mine's previous")
    modifiers = toks[:-2]
    if len(modifiers) > _REFERENCE_MODIFIERS or not all(_MODIFIER.fullmatch(w) for w in modifiers):
        return False
    return len(toks) >= 2 and toks[-2] in cues.references and toks[-1] == "of"


_REFERENCE_MODIFIERS = 2
_MODIFIER = lazy_compile(r"[a-z]+(?:-[a-z]+)*(?:['’]s|s['’])?")


_REFERRING = frozenset({"the", "its", "their", "his", "her", "this", "that", "a", "an"})


def _step_link(gap: str, cues: LevelCues) -> bool:
    """ "from", "on": the words between a step and its old level, which may name the
    old level's period as its owner ("up 6.1% on this year's £398.2 million", "from
    2024's")."""
    if gap in cues.step_links or old_phrase(gap, cues) in cues.step_links:
        return True  # "from", "from a revised", "on the provisional"
    owner = re.sub(r" (?:(?:19|20)\d\d|fy\d\d)['’]s$", " 2024's", gap)
    return any(owner == f"{link} {o}" for link in cues.step_links for o in (*cues.owners, "2024's"))


def _both(a: Claim, x: Claim, b: Claim, g1: str, g2: str, cues: LevelCues, found: Levels) -> bool:
    """ "closed at $41.20, down $3.80, or 8.4%", "shed 612 points, or 1.6%, to 37,890",
    "rose 4.2% to 318p, up 19p": a change given as an amount and a percent beside its
    new level."""
    if (
        not _is_step(a)
        and _is_step(x)
        and b.quantity.kind is Kind.PERCENT
        and _amount_of(x, a)
        and g2 in _OR
        and (g1 == "," or _ends(g1, cues.up | cues.down))
    ):
        found.steps.append((x, a, b, BOTH))
        return True
    if (
        _is_step(a)
        and x.quantity.kind is Kind.PERCENT
        and not _is_step(b)
        and _amount_of(a, b)
        and g1 in _OR
        and g2 in _AT
    ):
        found.steps.append((a, b, x, BOTH))
        return True
    if (
        _is_step(a)
        and a.quantity.kind is Kind.PERCENT
        and not _is_step(x)
        and _is_step(b)
        and b.quantity.kind is not Kind.PERCENT
        and _amount_of(b, x)
        and g1 in _AT
        and level_gap(g2) in (", up", ", down", ",")  # "$84.10 a barrel, up $2.45"
    ):
        found.steps.append((b, x, a, BOTH))  # "rose 4.2% to 318p, up 19p"
        return True
    return False


def _both_after(
    document: Document,
    a: Claim,
    x: Claim,
    b: Claim,
    g1: str,
    g2: str,
    cues: LevelCues,
    found: Levels,
) -> bool:
    """ "118p a therm, 14.5p or 12% above Monday's close": the amount and the percent of
    a change beside its new level, the direction word after them (``_framed``'s other
    order); the amount is read as moving that way."""
    if _is_step(a) or _is_step(x) or b.quantity.kind is not Kind.PERCENT or g2 not in _OR:
        return False
    if not _amount_of(x, a) or len(g1.split()) > 4 or not g1.endswith(","):
        return False
    after = squash(document.prose[b.location.end : b.location.end + 30])
    comparative = next((c for c in cues.comparatives if after.startswith(c + " ")), None)
    way = cues.comparatives[comparative] if comparative is not None else None
    if way is None:
        way = _direction(after.split()[0], cues) if after.split() else None
    if way is None:
        return False
    moved = dataclasses.replace(x.quantity, change=Change(way))
    found.steps.append((dataclasses.replace(x, quantity=moved), a, b, BOTH))
    return True


def _bind_lead_steps(
    document: Document, sentence: Sequence[Claim], found: Levels, cues: LevelCues
) -> None:
    """ "rises 14.8% to GBP 8.60 from GBP 7.49", "down 30% year on year, at 14,000
    compared with 18,000": a step right before the pair's first level belongs to that
    pair."""
    bound = {id(s[2]) for s in found.steps}
    order = {id(c): i for i, c in enumerate(sentence)}
    for old, new, _ in found.pairs:
        first = min((old, new), key=lambda c: c.location.start)
        i = order.get(id(first), 0)
        if i == 0:
            continue
        step = sentence[i - 1]
        gap = between(document, step, first)
        if _is_step(step) and id(step) not in bound and _leads(gap, cues):
            found.steps.append((old, new, step, CHANGE))
            bound.add(id(step))


def _bare_bracket(document: Document, claim: Claim) -> bool:
    """The figure closes the bracket it opens with nothing else inside: "(SEK 18.3bn)"."""
    return document.prose[claim.location.end : claim.location.end + 2].lstrip().startswith(")")


_YEAR_LABEL = lazy_compile(r"\((?:fy ?)?(?:19|20)\d\d(?: ?[/-] ?\d{2,4})?:$")


def _prior(gap: str, cues: LevelCues) -> bool:
    """ "(2023:", "(2022/23:", "(prior year:": the label of an old level in brackets."""
    label = gap.removeprefix("(").removesuffix(":").strip()
    return bool(_YEAR_LABEL.fullmatch(gap.replace(" ", ""))) or (
        gap.startswith("(") and gap.endswith(":") and label in cues.prior_labels
    )


def _leads(gap: str, cues: LevelCues) -> bool:
    """The words from a step to its pair's first level: a link ("rises 14.8% to"), or a
    period and "at" in one clause ("down 30% year on year, at 14,000 compared with")."""
    if gap in (*cues.to_words, *cues.from_words):
        return True
    tail = gap.removesuffix(" at").removesuffix(",").strip()
    return (
        gap.endswith((", at", " at"))
        and len(tail.split()) <= 4
        and _one_clause(tail, cues)
        and not any(ch.isdigit() for ch in tail)
    )


def _multipliers(
    document: Document, sentence: Sequence[Claim], found: Levels, cues: LevelCues
) -> None:
    """ "nearly doubled", "halved", "2.5 times as much": a factor between the levels."""
    start, end = sentence_of(document, sentence[0])
    steps = [c for c in sentence if _times(document, c, cues)]
    if cues.multiplier is not None:
        for m in cues.multiplier.finditer(document.prose, start, end):
            step = _factor(document, sentence[0], m, cues)
            if step is not None:
                steps.append(step)
    if not steps:
        return
    if not found.pairs:
        _against(document, sentence, found, cues)
    taken = {id(s[0]) for s in found.steps} | {id(s[1]) for s in found.steps}
    near = PairsNear(found.pairs)
    for step in steps:
        pair = nearest_pair(document, step, near.around(step), taken, cues.breaks)
        if pair is not None:
            found.steps.append((pair[0], pair[1], step, TIMES))


def _times(document: Document, claim: Claim, cues: LevelCues) -> bool:
    """ "2.5 times as much", "three times higher": a count of times that is a factor."""
    after = squash(document.prose[claim.location.end : claim.location.end + 24]).split()
    q = claim.quantity
    if q.kind is Kind.RATIO and squash(q.text).split()[-1:] == ["times"]:
        after = ["times", *after]  # the parser reads "2.5 times" as the factor, a ratio
    elif q.kind is not Kind.COUNT:
        return False
    return after[:1] == ["times"] and len(after) > 1 and after[1] in cues.times_after


def _against(document: Document, sentence: Sequence[Claim], found: Levels, cues: LevelCues) -> None:
    """ "GBP 180 per megawatt-hour against GBP 86": two levels compared by a multiplier."""
    for a, b in pairwise(sentence):
        gap = between(document, a, b)
        if alike(a, b) and _ends(gap, cues.against) and len(gap.split()) <= 5:
            found.pairs.append((b, a, None))


# the helpers the reader of earlier levels shares (numcheck/checkers/_earlier.py)
LEVEL_GAP, RELATIVE = _LEVEL_GAP, _RELATIVE
direction_of, ends, is_step, factor_at = _direction, _ends, _is_step, _factor
reference, step_link, word_after = _reference, _step_link, _word_after
