"""What two or three figures of a change are, read from the words between them.

The small shared tests of numcheck/checkers/_levels.py (``alike``, ``is_step``,
``amount_of``, the links ``OR`` and ``AT``) and two arrangements of a change's figures
that reporters write often: the amount of change, its new level, then the percent of
the same change set off by a comma ("rose by 2,300 to 14,100, a 25% jump"), and a new
level with its own participle before a comparing word and an old level told of the time
just before ("9,400 offences recorded against 10,600 the year before"). Cue words are
data (``[levels] own_base``, ``against``, the earlier-time phrases).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from numcheck.checkers._compare import between, squash, words
from numcheck.checkers._per import level_gap
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

if TYPE_CHECKING:
    from numcheck.checkers._levels import LevelCues

OR = (", or", "or", "(", ", or (")
AT = (", to", "to", ", at", "at", ", closing at", "closing at")
# the words between a change's new level and the percent that restates its amount after
# it ("to 14,100, up 19.5%", "to 14,100, a 19.5% rise"): a step set off by a comma
SET_OFF = (",", ", up", ", down", ", a", ", an")
_OWN_VERB_WORDS = 3  # "9,400 offences recorded against": the noun and its participle


def alike(a: Claim, b: Claim) -> bool:
    """Two levels of one measure: the same kind and unit, or a bare scaled number that
    leaves the unit to the other ("410 million francs, up from 260 million")."""
    qa, qb = a.quantity, b.quantity
    if qa.kind is qb.kind and qa.unit == qb.unit and a.key.dimension == b.key.dimension:
        return qa.kind not in (Kind.RATIO, Kind.PERCENTAGE_POINT)
    bare = [q for q in (qa, qb) if q.kind is Kind.COUNT and q.unit is None and q.noun is None]
    other = qb if bare and bare[0] is qa else qa
    return len(bare) == 1 and other.kind in (Kind.MONEY, Kind.MEASURE)


def is_step(claim: Claim) -> bool:
    return claim.is_change or claim.quantity.change is not None


def amount_of(amount: Claim, level: Claim) -> bool:
    """A change counted like its level ("$3.80" of "$41.20", "612 points" of an index)."""
    return alike(amount, level) or amount.quantity.noun == "point"


def amount_then_percent(
    document: Document, a: Claim, x: Claim, b: Claim, g1: str, g2: str, cues: LevelCues
) -> tuple[Claim, Claim, Claim] | None:
    """(amount, new level, percent) of "rose by 2,300 to 14,100, a 25% jump", "fell 412
    points to 8,100, down 4.8%": the percent of the same change, set off by a comma. A
    percent that names a base of its own after it ("up 25% on 2019") is another change."""
    toks = g1.split()
    noun = a.quantity.noun
    if noun and len(toks) == 2 and toks[0].startswith(noun):
        g1 = toks[1]  # "412 points to"
    if not (
        is_step(a)
        and a.quantity.kind is not Kind.PERCENT
        and not is_step(x)
        and amount_of(a, x)
        and b.quantity.kind is Kind.PERCENT
        and g1 in AT
        and (g2 in OR or (is_step(b) and level_gap(g2) in SET_OFF))
    ):
        return None
    after = squash(document.prose[b.location.end : b.location.end + 30]).split()[:3]
    if any(w.strip(",.;") in cues.own_base for w in after):
        return None  # "up 25% on 2019", "a 25% rise since 2019"
    return (a, x, b)


def participle_against(
    document: Document, a: Claim, b: Claim, gap: str, cues: LevelCues
) -> str | None:
    """ "9,400 offences recorded against 10,600 the year before", "46.2 million euros
    booked compared with 41.5 million a year earlier": the new level's own participle
    between it and a comparing word (``[levels] against``), the old level told of the
    time just before (``earlier``). The comparing word, or None."""
    word = next((c for c in cues.against if gap.endswith(f" {c}")), None)
    if word is None or cues.earlier is None:
        return None
    head = gap[: -len(word)].split()
    if not 1 <= len(head) <= _OWN_VERB_WORDS or any(not w.isalpha() for w in head):
        return None  # a mark, a figure or another clause between
    noun = a.quantity.noun or ""
    if not head[-1].endswith("ed") or not all(
        noun and w.startswith(noun[:4]) for w in head[:-1]
    ):
        return None
    after = squash(document.prose[b.location.end : b.location.end + 40])
    return word if cues.earlier.match(after) else None


# the words that tie a stated change to the level it reached right after it ("rose 3% to
# $22.80", "up 6% at 3.18 billion", "slipped $12, or 0.5%, to $2,390", "to a record")
_OWN_LINKS = frozenset({"to", "at"})
_OWN_FILLERS = frozenset({"a", "an", "the", "record", "new", "close", "closing"})
_NO_LEVEL = frozenset({Kind.YEAR, Kind.DATE, Kind.TIME, Kind.DURATION, Kind.ORDINAL,
                       Kind.IDENTIFIER})


def own_levels(document: Document, sentence: Sequence[Claim]) -> dict[int, Claim]:
    """The level each stated change reached, as its own words give it: the figure its
    link ("to", "at") ties to it right after it, past a percent that restates it (", or
    0.5%,"). A level is its own step's: no other change of the sentence reached it, and
    the step is no change of a pair whose new level is another figure. Keyed by the ids
    of the step and of its restatement."""
    out: dict[int, Claim] = {}
    n = len(sentence)
    for k, step in enumerate(sentence):
        if not is_step(step):
            continue
        owners, j = [step], k + 1
        if j < n and sentence[j].quantity.kind in (Kind.PERCENT, Kind.RATIO) and (
            between(document, step, sentence[j]) in OR
        ):
            owners.append(sentence[j])
            j += 1
        if j >= n:
            continue
        level = sentence[j]
        if is_step(level) or level.quantity.kind in _NO_LEVEL:
            continue
        if _own_link(between(document, sentence[j - 1], level), step):
            out.update((id(o), level) for o in owners)
    return out


def _own_link(gap: str, step: Claim) -> bool:
    """ "to", ", at", "points to", "to a record": a link to the level a change reached."""
    toks = gap.strip(" ),").split()
    noun = step.quantity.noun
    if noun and toks and toks[0].startswith(noun[:4]):
        toks = toks[1:]  # "412 points to 8,100"
    return bool(toks) and toks[0] in _OWN_LINKS and len(toks) <= 3 and all(
        t in _OWN_FILLERS for t in toks[1:]
    )


def time_based(document: Document, step: Claim, cues: LevelCues) -> bool:
    """A change whose words name its base as a time, with no figure ("11% more than a year
    earlier", "up 4% on the previous quarter", "down 3% from last year"): its old level is
    unwritten, and its new level is the figure its clause gives before it."""
    if cues.earlier is None:
        return False
    rest = squash(document.prose[step.location.end : step.location.end + 60]).lstrip(", ")
    comparative = next((c for c in cues.comparatives if rest.startswith(c + " ")), None)
    if comparative is not None:
        rest = rest[len(comparative) :].strip()
    else:
        head, _, tail = rest.partition(" ")
        if head in cues.up | cues.down:
            head, _, tail = tail.partition(" ")
        if head not in cues.own_base:
            return False
        rest = tail
    return cues.earlier.match(rest) is not None


def elided(a: Claim, b: Claim) -> bool:
    """A count of a noun and a bare count after it that leaves the noun to it ("9,800
    patients ..., against 8,900"): levels of one thing only when a comparison and an
    older period tie them (``_levels._period_pair``)."""
    qa, qb = a.quantity, b.quantity
    return (qa.kind is Kind.COUNT and qb.kind is Kind.COUNT and qa.noun is not None
            and qb.noun is None and qa.unit is None and qb.unit is None)


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_IN_YEAR = lazy_compile(r"(?:in|for) (?:[a-z]+ )?((?:19|20)\d\d)\b")


_PERIOD_GAP = 8  # words of the new level's clause and the comparing word


def period_back(document: Document, old: Claim, gap: str, cues: LevelCues) -> str | None:
    """ "spend £18.4m on roads in 2025, compared with £16.3m in 2024", "9,800 patients in
    January, against 8,900 a year earlier": the new level's own clause (its noun, place,
    period), a comma, a comparing word (``[levels.back]``) and an old level its period
    marks as the older (``older_period``). The comparing word, or None."""
    back = next((c for c in cues.back if gap.endswith(f", {c}")), None)
    if back is None:
        back = _bare_against(gap, cues)  # "9,600 this year against 8,000 last year"
    if back is None or len(gap.split()) > _PERIOD_GAP:
        return None
    return back if older_period(document, old, gap, cues) else None


_MARKS = frozenset(",;:()[]—–-\"“”")


def _bare_against(gap: str, cues: LevelCues) -> str | None:
    """ "9,600 this year against 8,000 last year", "£56m in the first half compared with
    £48m a year earlier": the new level's period phrase (no mark, no figure but a year),
    then a comparing word of ``[levels] against`` with no comma; the old level must
    still name the older time (``older_period``)."""
    word = next((c for c in cues.against if c in cues.back and gap.endswith(f" {c}")), None)
    if word is None:
        return None
    head = gap[: -len(word)]
    if any(ch in _MARKS for ch in head) or any(ch.isdigit() for ch in _YEAR.sub("", head)):
        return None
    return word


def older_period(document: Document, old: Claim, gap: str, cues: LevelCues) -> bool:
    """The old level's own words mark it as of an older period: a phrase of the time
    just before ("a year earlier", "last season", the ``[levels]`` earlier-time words) or a
    year before every year the new level's clause names ("in 2024, compared with ... in
    2023")."""
    after = squash(document.prose[old.location.end : old.location.end + 40])
    if cues.earlier is not None and cues.earlier.match(after):
        return True
    m = _IN_YEAR.match(after)
    years = _YEAR.findall(gap)
    return m is not None and bool(years) and all(int(y) > int(m.group(1)) for y in years)


_AND_YEAR = lazy_compile(r"^(?:[a-z]+ )?(?:in|for) ((?:19|20)\d\d),? and$")


def years_in_order(document: Document, a: Claim, b: Claim, gap: str) -> bool:
    """ "5,900 complaints in 2024 and 4,800 in 2025": two counts of one thing joined by
    "and", each marked by its own year, the later year second: the old level, then the
    new. The second leaves its noun to the first or repeats it."""
    m = _AND_YEAR.match(gap)
    after = _IN_YEAR.match(squash(document.prose[b.location.end : b.location.end + 40]))
    if m is None or after is None or int(after.group(1)) <= int(m.group(1)):
        return False
    qa, qb = a.quantity, b.quantity
    same = qa.kind is qb.kind and qa.unit == qb.unit and qb.noun in (None, qa.noun)
    return same and qa.kind is not Kind.PERCENT


_AND_THEN = lazy_compile(r"^(?:[a-z’'-]+ ){0,4}and$")


def earlier_and(document: Document, a: Claim, b: Claim, gap: str, cues: LevelCues) -> bool:
    """ "212 patients on Sunday and 188 a week earlier", "41 this season and 29 last
    season": two figures of one thing joined by "and", the second marked by its own words
    as of the time just before (``older_period``): the new level, then the old. The
    second leaves its noun to the first or repeats it."""
    if _AND_THEN.match(gap) is None or not older_period(document, b, "", cues):
        return False
    qa, qb = a.quantity, b.quantity
    same = qa.kind is qb.kind and qa.unit == qb.unit and qb.noun in (None, qa.noun)
    return same and qa.kind is not Kind.PERCENT


_FRAME_ARTICLES = frozenset({"a", "an"})


def frame_words(toks: list[str], ways: frozenset[str]) -> list[str]:
    """The direction words that open a comparison set off by a comma, as one word: "an
    increase of", "a rise of", "up by" read as the change word itself ("up"), so the
    first level's clause may go on before a frame of any length."""
    core = toks[:-1] if toks[-1:] in (["of"], ["by"]) else toks
    core = core[1:] if core[:1] and core[0] in _FRAME_ARTICLES else core
    return core if len(core) == 1 and core[0] in ways else toks


def phrases(values: Any, name: str) -> tuple[str, ...]:
    """A ``[levels]`` table of word phrases, longest first; anything else is refused
    loudly (a number or an empty entry would match every gap)."""
    if not isinstance(values, (list, tuple)) or not all(
        isinstance(v, str) and v.strip() and not any(ch.isdigit() for ch in v) for v in values
    ):
        raise ValueError(f"[levels] {name}: a list of word phrases, got {values!r}")
    return words(squash(v) for v in values)


_OWNER_TIME = lazy_compile(
    r"(?:(?:19|20)\d\d|fy\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|yesterday|today)['’]s"
)
_OLD_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def old_phrase(gap: str, cues: LevelCues) -> str:
    """The words before an old level less those that only describe it, read from the end:
    [a determiner or an owner] [modifiers of ``[levels] old_modifiers``] [a reference
    noun and "of"]. ", from a revised" is ", from"; "than thursday's close of" is
    "than"; "from a low of" is "from". Reporters on every desk name the old level so
    ("from a record 4,880", "against an upwardly revised 3.4%"); the link before those
    words is what ties the two levels. ``gap`` itself when no such words end it."""
    toks = gap.split()
    k = len(toks)
    if k >= 2 and toks[-1] == "of" and toks[-2] in cues.references:
        k -= 2
    while k > 0:
        hit = next((m for m in cues.old_modifiers
                    if toks[max(0, k - len(m.split())):k] == m.split()), None)
        if hit is None:
            break
        k -= len(hit.split())
    tail = " ".join(toks[:k])
    owner = next((o for o in cues.owners if tail == o or tail.endswith(" " + o)), None)
    if owner is not None:
        k -= len(owner.split())
    elif k > 0 and (_OWNER_TIME.fullmatch(toks[k - 1]) or toks[k - 1] in _OLD_DETERMINERS):
        k -= 1
    return gap if k == len(toks) else " ".join(toks[:k])


def earlier_times(levels: Mapping[str, Any]) -> re.Pattern[str] | None:
    """The phrases that tell a figure of the time just before ("a year earlier", "last
    winter", "the previous census", "twelve months ago"), from ``[levels]``."""

    def alt(name: str) -> str:
        found = sorted(words(levels.get(name, ())), key=len, reverse=True)
        return "|".join(re.escape(w) for w in found)

    periods, after, before_it = alt("earlier_periods"), alt("earlier_after"), alt("earlier_before")
    spans, alone = alt("earlier_spans"), alt("earlier_words")
    forms = []
    if periods and after:
        forms.append(rf"(?:a|an|one|the) (?:{periods})s? (?:{after})")
    if spans and after:
        forms.append(rf"(?:{spans}) (?:{after})")
    if periods and before_it:
        forms.append(rf"(?:{before_it}) (?:{periods})s?")
    if alone:
        forms.append(rf"(?:{alone})")
    return lazy_compile(rf"\b(?:{'|'.join(forms)})\b") if forms else None


__all__ = [
    "AT", "OR", "alike", "amount_of", "amount_then_percent", "earlier_and", "earlier_times",
    "elided",
    "frame_words", "is_step", "old_phrase", "older_period", "own_levels", "participle_against",
    "period_back", "phrases", "time_based", "years_in_order",
]
