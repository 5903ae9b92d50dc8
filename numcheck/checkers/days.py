"""NC301-NC302: day counts and weekdays against the article's date and a stated start.

Day counts are inclusive: with an invasion on Thursday 24 February 2022, that day is
day one and Thursday 3 March is the "eighth day". The start comes from ``start_date``
in the settings or from the article (``_starts.py``: "the Feb. 24 invasion", "which
began on Monday", "since Monday's rockfall"); a start in the count's own sentence wins,
and two different starts at the same level make it ambiguous (nothing is checked). A
start written without a year ("Feb. 24") takes its year from a year written right
beside it ("the Feb. 24 invasion in 2022"), else from the article's date (metadata,
dateline or ``--date``); with neither, nothing is checked, since any weekday fits some
year. "A week after the Oct. 13 vote" is a day count too: the article's day must be a
week after the start.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from numcheck.checkers._ago import ago_findings
from numcheck.checkers._compare import before, compiled, lexicon, sentence_of, squash, words
from numcheck.checkers._day_gone import period_gone
from numcheck.checkers._day_kin import kin_starts
from numcheck.checkers._day_scope import (
    YearsNamed,
    elsewhen,
    ended_on,
    monthly_elsewhere,
    months,
    near_turn,
    once,
    other_counting,
)
from numcheck.checkers._day_units import behind, unit_of
from numcheck.checkers._day_units import numbered as numbered_unit
from numcheck.checkers._day_words import SentenceWords, Span
from numcheck.checkers._starts import (
    Cues,
    DaysAhead,
    Start,
    StartIndex,
    after_origin,
    clause_start,
    find_starts,
    iso_parts,
    linked_day,
    past_weekday,
)
from numcheck.checkers._words import describe, finding, rule_doc, said, where
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import hookimpl
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Bound, Kind

RULES = (
    Rule(
        "NC301",
        "day-count-mismatch",
        Severity.ERROR,
        "An ordinal day or week count does not match the article's date and the start date.",
        rule_doc(
            "NC301",
            "Counts the days from the start of the story to the article's date, "
            "inclusively (the start is day one), and reports an \"eighth day\" or "
            '"second week" that does not match. The start is a date or a weekday the '
            'article ties to an onset ("the Feb. 24 invasion", "since Feb. 24", "which '
            'began on Monday", "since Monday\'s rockfall"), or `start-date` in the '
            "config; a weekday is the latest one on or before the article's date. A "
            'weekday in the same sentence ("on Thursday") moves the reference to that '
            'day. "A week after the Oct. 13 vote", "a fortnight after the first case was '
            'confirmed on Jan. 12", "four days after the landslide" (its start in another '
            "sentence) in a sentence about the present are checked the same way, as is a "
            'duration whose own clause names its day ("six days into a search launched on '
            'Sunday"; "on Friday, 10 days after the verdicts on April 17" counts to the '
            'Friday just gone), and so is '
            '"Day 8 of the blockade" in a headline or a sentence about the present. A '
            "morning paper's \"third night\" may be last night's.",
            'Counting exclusively ("seventh day" a week after the start) is a common slip.',
            'Dated 3 March 2022, with "the Feb. 24 invasion": `entered its ninth day` '
            "(3 March is day 8). Dated Friday: `the strike, which began on Monday, is now "
            "in its sixth day` (Friday is day 5).",
            "Recount with the start as day one, or check the article's date.",
        ),
    ),
    Rule(
        "NC302",
        "weekday-mismatch",
        Severity.ERROR,
        "A weekday written with a date or a day count is not that day's weekday.",
        rule_doc(
            "NC302",
            "Checks a weekday written next to a date (`Friday, March 3`, `March 3, a "
            "Friday`, `March 3 (Friday)`) against the calendar, taking the year from the "
            "date, else the one closest to the article's date. Also works out the date of "
            '"the eighth day" from the start date and reports a weekday in the same sentence '
            "that is not that date's weekday. Quiet when no year can be known.",
            "A wrong weekday points to a wrong count or a wrong date.",
            "In an article dated 2022-03-03: `talks were held on Friday, March 3` (3 March "
            "2022 was a Thursday). Start Thursday 24 February 2022: `entered its eighth day "
            "on Friday` (day 8 is Thursday 3 March).",
            "Fix the weekday, the date or the count.",
        ),
    ),
)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


# "Feb. 24 of 2022", "the Feb. 24 invasion in 2022": at most two words, then "in"/"of"
_YEAR_GAP = lazy_compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:in|of)\s+", re.IGNORECASE)


class _Ordered(NamedTuple):
    """The article's claims in text order (``offsets``: where each starts) and its dates
    and weekdays (``days``), so a start finds what follows it by bisection."""

    claims: Sequence[Claim]
    offsets: Sequence[int]
    days: DaysAhead


def _year_near(document: Document, ordered: _Ordered, anchor: Claim) -> int | None:
    """A year written right after a yearless start ("the Feb. 24 invasion in 2022").

    Only after it: a year before the date ("In 2023, a year after the Feb. 24
    invasion") is seldom the start's own year.
    """
    span = sentence_of(document, anchor)
    first = bisect_left(ordered.offsets, anchor.location.end)
    for claim in ordered.claims[first:]:
        value = claim.quantity.value
        if sentence_of(document, claim) != span:
            return None
        gap = document.prose[anchor.location.end : claim.location.start]
        if len(gap) > 30:
            return None
        if claim.quantity.kind is Kind.YEAR and value is not None and value == int(value):
            return int(value) if _YEAR_GAP.fullmatch(gap) else None
        return None  # another figure comes first
    return None


def _resolve(parts: tuple[int | None, int, int], today: dt.date | None) -> dt.date | None:
    year, month, day = parts
    if year is None:
        if today is None:
            return None
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _about_now(
    document: Document, claim: Claim, lex: Mapping[str, Any], sentences: SentenceWords
) -> bool:
    """A headline, a sentence about the present (``present_cues``: "is", "still",
    "now"), or one naming the weekday it speaks of ("Thursday marked day three"; the
    check counts to that day): its day is known. Elsewhere a smaller count may tell a
    day gone by ("By day three, talks had collapsed"). A streak ("for the fifth day
    running", ``streak_words``) runs to the story's day, and a label opening its
    sentence ("Day 7 of the rail strike: commuters again ...") names the day it heads."""
    if claim.scope is Scope.HEADLINE:
        return True
    lo, hi = sentence_of(document, claim)
    told = sentences.spoken((lo, hi))  # a start's weekday ("which began on Monday") is not told
    cues = set(words(lex.get("present_cues", ()))) | set(words(lex.get("weekdays", ())))
    return bool(told & cues) or _streak(document, claim, lex) or _label(document, claim, lo, hi)


def _streak(document: Document, claim: Claim, lex: Mapping[str, Any]) -> bool:
    """ "the fifth straight day", "for a third day running", "the fourth day in a row"."""
    end = claim.location.end
    tail = re.sub(r"[^\w\s-]", " ", squash(document.prose[end : end + 24]))
    near = f" {squash(claim.quantity.text)} {' '.join(tail.split())} "
    return any(f" {w} " in near for w in words(lex.get("streak_words", ())))


_LABEL_LEAD = 160  # characters before a label's count read for a dateline's dash
# a label's close: a colon or a dash within a few words of the count
_LABEL_END = lazy_compile(r"[^,;.!?:\u2013\u2014]{0,60}?(?::|\s[-\u2013\u2014]\s)")


def _label(document: Document, claim: Claim, lo: int, hi: int) -> bool:
    """ "Day 7 of the Halloway rail strike: ...": the count opens its sentence or follows
    a dateline (after at most "day" or "the") and a colon or dash closes the phrase."""
    start = claim.location.start
    lead = document.prose[max(lo, start - _LABEL_LEAD) : start]
    pieces = re.split(r"\s[-\u2013\u2014]\s|:", lead)
    if len(pieces) == 1 and start - lo > _LABEL_LEAD:
        return False  # far into its sentence, with no dateline's dash before it
    ahead = squash(pieces[-1]).split()  # after a dateline ("CARVELL (Wire) - Day 7 ...")
    if len(ahead) > 1 or (ahead and ahead[0] not in ("day", "night", "week", "the")):
        return False
    return _LABEL_END.match(document.prose, claim.location.end, hi) is not None


def _weekday(sentences: SentenceWords, claim: Claim, extra: Span | None = None) -> int | None:
    """The weekday nearest the count in its sentence, other than a start's weekday."""
    if claim.sentence[1] <= claim.sentence[0]:
        return None
    return sentences.weekday(claim.sentence, claim.location.start, extra)


def _shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's ends (year 1 or 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _long(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _nearest(parts: tuple[int | None, int, int], today: dt.date | None) -> dt.date | None:
    """A date as written: its own year, else the year that puts it nearest the article's
    date ("Monday, Jan. 2" in a paper of 30 December is next week, not last January)."""
    year, month, day = parts
    if year is not None:
        years = [year]
    else:
        years = [] if today is None else [today.year - 1, today.year, today.year + 1]
    found: list[dt.date] = []
    for candidate in years:
        try:
            found.append(dt.date(candidate, month, day))
        except ValueError:  # 29 February of a common year
            continue
    return min(found, key=lambda d: abs((d - today).days) if today else 0, default=None)


def _written_weekday(document: Document, claim: Claim, names: tuple[str, ...]) -> int | None:
    """The weekday written with a date: "Friday, March 3", "Friday (March 3)",
    "March 3, a Friday", "March 3 (Friday)"; a weekday further off is not the date's."""
    if not names:
        return None
    alt = "|".join(names)
    lo, hi = sentence_of(document, claim)
    loc = claim.location
    ahead = document.prose[max(lo, loc.start - 24) : loc.start].lower()
    behind = document.prose[loc.end : min(hi, loc.end + 24)].lower()
    found = re.search(r"\b(" + alt + r")\s*[,(]?\s*$", ahead) or re.match(
        r"\s*(?:,\s*a\s+|\(\s*(?:a\s+)?)(" + alt + r")\b", behind
    )
    return None if found is None else names.index(found.group(1))


def _check_dates(
    document: Document, claims: Sequence[Claim], names: tuple[str, ...]
) -> list[Finding]:
    """NC302 for dates written with a weekday, each on its own (no start, no count)."""
    findings: list[Finding] = []
    for claim in claims:
        parts = iso_parts(claim.quantity.iso)
        if claim.quantity.kind is not Kind.DATE or parts is None:
            continue
        weekday = _written_weekday(document, claim, names)
        day = _nearest(parts, document.metadata.date or claim.date)
        if weekday is None or day is None or day.weekday() == weekday:
            continue
        year = "" if parts[0] is not None else ", the year taken from the article's date"
        message = (
            f"{describe(document, claim)}: {_long(day)} is a {day:%A}, "
            f"not a {names[weekday].title()}{year}"
        )
        findings.append(finding("NC302", message, claim, [], document))
    return findings


def _since(document: Document, start: dt.date, origin: Start | None) -> str:
    """ "counting Monday 16 September 2024 as day one ('began on Monday', line 9)"."""
    text = f"counting {_long(start)} as day one"
    if origin is None:
        return text
    if origin.anchor is not None:
        return text + f" ('{said(document, origin.anchor)}', {where(origin.anchor)})"
    line = document.position(origin.span[0])[0]
    return text + f" ('{document.prose[origin.span[0] : origin.span[1]]}', line {line})"


def _reference(today: dt.date, weekday: int | None) -> dt.date:
    """The day a count speaks of: the article's date, or the weekday named with it
    (the one nearest the article's date)."""
    if weekday is None:
        return today
    near = (_shift(today, k) for k in range(-3, 4))
    return min(
        (d for d in near if d is not None),
        key=lambda d: (d.weekday() != weekday, abs((d - today).days)),
    )


_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that"))


def _told_past(
    document: Document, claim: Claim, lex: Mapping[str, Any], sentences: SentenceWords
) -> bool:
    """A sentence told in the past tense ("Police moved in on Sunday, the eighth day"):
    a past verb (``past_cues``, or a word in -ed that no determiner makes an adjective:
    not "the planned strike") and no word of the present or the future."""
    span = sentence_of(document, claim)

    def past() -> bool:
        told = sentences.words(span)
        now = set(words(lex.get("present_cues", ()))) | set(words(lex.get("future_cues", ())))
        if now & sentences.told(span):
            return False
        cues = set(words(lex.get("past_cues", ())))
        return any(
            t in cues
            or (len(t) > 4 and t.endswith("ed") and (i == 0 or told[i - 1] not in _DETERMINERS))
            for i, t in enumerate(told)
        )

    return sentences.once("past", span, past)


def _looks_ahead(
    document: Document, claim: Claim, lex: Mapping[str, Any], sentences: SentenceWords
) -> bool:
    """A sentence about days to come (``future_cues``: "will", "next", "due")."""
    told = sentences.told(sentence_of(document, claim))
    return bool(told & set(words(lex.get("future_cues", ()))))


def _check(
    document: Document,
    ordinal: Claim,
    start: dt.date,
    origin: Start | None,
    lex: Mapping[str, Any],
    names: tuple[str, ...],
    sentences: SentenceWords,
    unit: str | None = None,
    ahead_only: bool = False,
) -> Finding | None:
    unit = unit or unit_of(document, ordinal, lex)
    value = ordinal.quantity.value
    if unit is None or value is None or value != int(value) or value < 1:
        return None
    stated = int(value)
    weekday = _weekday(sentences, ordinal)
    today = document.metadata.date or ordinal.date
    anchor = origin.anchor if origin is not None else None
    related = [anchor] if anchor is not None else []
    since = _since(document, start, origin)
    if today is None:
        if unit in ("week", "month") or weekday is None:
            return None
        day = _shift(start, stated - 1)
        if day is None or day.weekday() == weekday:
            return None
        message = (
            f"{describe(document, ordinal)}: {since}, day {stated} is {_long(day)}, "
            f"not a {names[weekday].title()}"
        )
        return finding("NC302", message, ordinal, related, document)
    ref = _reference(today, weekday)

    def count(day: dt.date) -> int:
        if unit == "month":
            return months(start, day)
        number = (day - start).days + 1
        return number if unit != "week" else (number - 1) // 7 + 1

    if weekday is not None and (ref - today).days > 1 and _told_past(
        document, ordinal, lex, sentences
    ):
        # "moved in on Sunday" is the Sunday gone (an article's date may lag its text by
        # a night, so a past verb still allows the next day)
        ref = past_weekday(today, weekday, False) or ref
    expected = count(ref)
    if expected == stated or expected < 1 or (ahead_only and stated < expected):
        return None
    if unit == "month" and near_turn(count, ref, stated, int(lex.get("month_slack", 3))):
        return None
    if unit == "day" and other_counting(document, ordinal, origin, start, ref, stated, lex,
                                         sentences):
        return None
    after = _shift(start, 1) if origin is not None and origin.boundary else None
    if after is not None and (ref - after).days // (7 if unit == "week" else 1) + 1 == stated:
        return None  # "took effect at midnight on Thursday": day one may be Friday
    if weekday is None and stated > expected and _looks_ahead(document, ordinal, lex, sentences):
        return None  # "The union will hold a vote on the tenth day": a day to come
    if stated < expected - 1 and weekday is None and not _about_now(
        document, ordinal, lex, sentences
    ):
        # "On the third day of the strike, talks collapsed" in its second week: a day gone
        # by. One day short is still checked: a story's own day is told in the past tense
        return None
    if (weekday is None and period_gone(document, ordinal, unit, stated, expected, lex)
            and _told_past(document, ordinal, lex, sentences)
            and not _about_now(document, ordinal, lex, sentences)):
        return None  # "in the first week, 40 flights were cancelled": a week gone by
    eve = _shift(ref, -1)
    if unit == "night" and weekday is None and eve is not None and count(eve) == stated:
        return None  # a morning paper's "third night" is last night
    if weekday is not None and count(today) == stated:
        message = (
            f"{describe(document, ordinal)}: {since}, {unit} {stated} is {_long(today)}, "
            f"not a {names[weekday].title()}"
        )
        return finding("NC302", message, ordinal, related, document)
    message = (
        f"{describe(document, ordinal)}: {since}, {_long(ref)} is {unit} "
        f"{expected}, not {unit} {stated}"
    )
    return finding("NC301", message, ordinal, related, document)


def _check_after(
    document: Document,
    ordered: _Ordered,
    duration: Claim,
    starts: StartIndex,
    cues: Cues,
    lex: Mapping[str, Any],
    sentences: SentenceWords,
) -> Finding | None:
    """ "A week after the Oct. 13 vote, the count is still not finished": the day the
    sentence speaks of (the article's, or its weekday) must be that long after the start.

    Only in a sentence about the present (``present_cues``: "is", "still", "now"): "A
    week after the vote, Dima declared victory" tells a story, not today's date.
    """
    q = duration.quantity
    units: Mapping[str, Sequence[float]] = lex.get("after_units", {"day": (1, 0), "week": (7, 1)})
    per, slack = units.get(q.unit or "", (0, 0))
    today = document.metadata.date or duration.date
    if not per or q.value is None or today is None or q.bound is not Bound.EXACT:
        return None
    own = clause_start(document, duration, ordered.days, cues)
    origin, link = own if own is not None else (after_origin(document, duration, starts, cues), "")
    lo, hi = sentence_of(document, duration)
    # the word after the unit, inside the figure ("14 days old") or after it
    told = squash(duration.quantity.text).split()[-1:] + squash(
        document.prose[duration.location.end : min(hi, duration.location.end + 40)]
    ).split()[:1]
    if origin is None and (
        before(document, duration, 12).split()[-1:] == ["for"]
        or {t.strip(",.;:") for t in told[-2:]} & set(words(lex.get("age_after", ())))
    ):
        # "Since the March 1 landslide closed the pass, traffic has been diverted for
        # eight days", "The siege, now eight days old, began on Feb. 25": a span told
        # with its start in its own sentence counts from it
        own_starts = [s for s in starts.own((lo, hi)) if s.strong]
        if len({s.parts[1:] for s in own_starts}) == 1:
            origin, link = own_starts[0], "since"
    tokens = sentences.told((lo, hi))
    if origin is None:
        return None
    link = link or linked_day(document, duration, origin, cues)
    weekday = _weekday(sentences, duration, origin.span)
    now = bool(tokens & set(words(lex.get("present_cues", ()))))
    ahead = bool(tokens & set(words(lex.get("future_cues", ()))))
    # the start is the duration's own when its clause gives it ("on Friday, three days
    # after the ferry Orla sank off Pell Point on Sunday"), however long the noun phrase
    mine = own is not None or (
        origin.sentence == (lo, hi) and origin.span[0] >= duration.location.end
    )
    if not now and (weekday is None or not mine or ahead):
        return None
    start = _start_day(document, ordered, origin, today)
    if start is None:
        return None
    if now or weekday is None:
        ref = _reference(today, weekday)
    else:  # "passed sentence on Friday, 10 days after the verdicts": the Friday just gone
        ref = past_weekday(today, weekday, False) or today
    gap, stated = (ref - start).days, q.value * per
    if abs(gap - stated) <= slack or (link in cues.inclusive and abs(gap + 1 - stated) <= slack):
        return None
    related = [origin.anchor] if origin.anchor is not None else []
    message = (
        f"{describe(document, duration)}: {_long(ref)} is {gap} days after "
        f"{_since(document, start, origin).removeprefix('counting ').replace(' as day one', '')}"
        f", not {said(document, duration)}"
    )
    return finding("NC301", message, duration, related, document)


def _start_day(
    document: Document, ordered: _Ordered, origin: Start, today: dt.date | None
) -> dt.date | None:
    parts = origin.parts
    if parts[0] is None and origin.anchor is not None:
        year = _year_near(document, ordered, origin.anchor)
        parts = parts if year is None else (year, parts[1], parts[2])
    return _resolve(parts, today)


@hookimpl
def numcheck_check_document(
    document: Document, claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    lex = lexicon(context).get("days", {})
    cues = compiled(Cues, lex, lexicon(context, "measures").get("incidents", {}).get("nouns", {}))
    names = cues.names
    story = [c for c in claims if c.scope is not Scope.BOILERPLATE]
    findings = _check_dates(document, story, names) + ago_findings(document, story, lex)
    numbered = {id(c): u for c in story if (u := numbered_unit(document, c, lex)) is not None}
    ordinals = [
        c for c in story if c.quantity.kind is Kind.ORDINAL or id(c) in numbered
    ]
    durations = [c for c in story if c.quantity.kind is Kind.DURATION]
    if not ordinals and not durations:
        return findings
    fixed = iso_parts(context.settings.start_date)
    found_starts = find_starts(document, claims, cues, document.metadata.date) or kin_starts(
        document, claims, ordinals + durations, cues, document.metadata.date, lex,
        lexicon(context, "alignment").get("aspect", {}).get("past", ()),
    )  # no onset written: the counted event's own verb ("the closure" / "closed on")
    starts = StartIndex(found_starts)
    # a start's weekday is not the day a count speaks of
    sentences = SentenceWords(document, names, [s.span for s in found_starts])
    by_place = sorted(claims, key=lambda c: c.location.start)
    ordered = _Ordered(
        by_place, [c.location.start for c in by_place],
        DaysAhead(document, claims, cues, document.metadata.date, sentences.days),
    )
    # "Day 8 of the blockade" in a sentence not known to be about today ("Week three of
    # the strike brought no talks") is checked only for a day not yet come
    ahead_only = {
        id(c) for c in ordinals if id(c) in numbered and not _about_now(document, c, lex, sentences)
    }
    # "150 in its first week and about 90 in its second": a period of a series gone by
    gone = behind(document, ordinals, {
        id(c): numbered.get(id(c)) or unit_of(document, c, lex) for c in ordinals}, lex)
    named = YearsNamed(document, ordered.claims, ordered.offsets, lex)
    counted: list[tuple[Claim, Finding]] = []
    for ordinal in ordinals:
        if id(ordinal) in gone:
            continue
        today = document.metadata.date or ordinal.date
        origin = None if fixed is not None else starts.choose(sentence_of(document, ordinal))
        if monthly_elsewhere(document, ordinal, origin, numbered.get(id(ordinal)), lex):
            continue
        if fixed is not None:
            start = _resolve(fixed, today)
        elif origin is not None:
            start = _start_day(document, ordered, origin, today)
        else:
            continue
        if start is None or elsewhen(document, named, ordinal, origin, start, today):
            continue
        # "ended on its fourth day": the event's last day, gone by, unless a weekday names it
        closed = ended_on(document, ordinal, lex) and _weekday(sentences, ordinal) is None
        found = _check(
            document, ordinal, start, origin, lex, names, sentences, numbered.get(id(ordinal)),
            id(ordinal) in ahead_only or closed,
        )
        if found is not None:
            counted.append((ordinal, found))
    findings.extend(once(counted))
    for duration in durations:
        found = _check_after(document, ordered, duration, starts, cues, lex, sentences)
        if found is not None:
            findings.append(found)
    return findings
