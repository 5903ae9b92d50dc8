"""When the story's event started: day one of the day counts (NC301).

Reporters give the start as a date or as a weekday, tied to an onset in one of a few
ways, all read from ``[days]`` in numcheck/lexicon/checkers.toml:

- a cue right before it: "since Feb. 24", "began on March 3", "launched on Oct. 2";
- an onset verb a few words before it, then "on": "which landed near the Moon's south
  pole on Sept. 3", "which began with torrential rain on Saturday", "broke out late on
  Saturday", "which started Sunday afternoon";
- "first", a few words and a participle of discovery before it: "the outbreak first
  detected on June 29", "the first case was confirmed on Jan. 12";
- an event noun after it: "the Oct. 13 vote", "the Feb. 24 invasion", and for weekdays
  the possessive "Monday's rockfall", "Monday night's earthquake" (the incident nouns
  of measures.toml count as event nouns, and so does a compound whose head is one:
  "the Feb. 22 cyber-attack");
- a day link and any noun phrase right before "on": "since the rally on Feb. 27".

An event noun right before "on" ("the mine collapse on 24 February") gives a weak
start: that event's day, not necessarily the onset of what a count elsewhere counts.

"since <day>" alone is a weak start ("No one has been found alive since Thursday"): it
is used only when the article names no onset. A weekday is the latest such day on or
before the article's date (news style names weekdays only within the past week).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from numcheck.checkers._compare import before, sentence_of, squash, words
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

Parts = tuple[int | None, int, int]  # year (None when not written), month, day


@dataclass(frozen=True)
class Start:
    """A start date as written: a date claim or a weekday, and how strongly it is one."""

    parts: Parts
    sentence: tuple[int, int]
    span: tuple[int, int]  # where the date or weekday is written
    strong: bool  # an onset ("began on", "the Oct. 13 vote"); weak: "since Monday"
    anchor: Claim | None = None  # the date claim (None for a weekday)
    # told at the turn of a day ("took effect at midnight on Thursday"): the first day
    # counted may be the one after the date written
    boundary: bool = False


def iso_parts(text: str | None) -> Parts | None:
    match = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", text or "")
    if match is None:
        return None
    year = None if match.group(1) == "-" else int(match.group(1))
    return year, int(match.group(2)), int(match.group(3))


class Cues:
    """The start grammar of one lexicon, compiled once per check."""

    def __init__(self, lex: Mapping[str, Any], incidents: Mapping[str, Sequence[str]]) -> None:
        self.names = tuple(w.lower() for w in lex.get("weekdays", ()))
        self.before = words(lex.get("start_before", ()))
        self.weak = set(words(lex.get("weak_before", ("since",))))
        nouns = {*words(lex.get("start_after", ()))}
        # an incident's other names ("landslide", "mudslide"): one event, named two ways
        self.kin: dict[str, tuple[str, ...]] = {}
        for forms in incidents.values():
            nouns.update(words(forms))
            for form in words(forms):
                self.kin[form] = words(forms)
        self.after = nouns
        verbs = words(lex.get("onset_verbs", ()))
        onsets = "|".join(re.escape(v) for v in verbs)
        # a passive onset's participle opens a reduced relative after its noun: "The
        # water ban, imposed on Tuesday," is "which was imposed on Tuesday"
        reduced = "|".join(
            re.escape(v.split(" ", 1)[1]) for v in verbs if v.startswith(("was ", "were "))
        )
        opener = rf"(?:\b(?:{onsets})" + (rf"|,\s*(?:{reduced})\b)" if reduced else ")")
        gap = int(lex.get("onset_gap", 6))
        # "broke out on the night of March 3", "began on the morning of Monday": a part
        # of the day between the onset and its date is still that day
        parts = "|".join(re.escape(p) for p in words(lex.get("day_parts", ()))) or "(?!)"
        # "<onset> [up to gap words] [on] [late|early] [the night of] $": the words before
        # a date or weekday; "on" may be left out after the gap as after the verb, as
        # agency style leaves it out ("Rebels seized the airport Tuesday")
        self.onset = (
            re.compile(
                rf"{opener}(?:\s+[^\s,;:.!?]+){{0,{gap}}}?"
                rf"(?:\s+(?:late|early))?(?:\s+on)?(?:\s+in(?=\s+(?:{parts})))?"
                rf"(?:\s+(?:{parts}))?\s*$"
            )
            if onsets
            else None
        )
        # "the first case was confirmed on", "first detected on": "first", up to five words, a
        # participle of discovery (an outbreak's onset is the day it was first found)
        found = "|".join(re.escape(v) for v in words(lex.get("first_participles", ())))
        self.first = (
            re.compile(
                rf"\bfirst(?:\s+[^\s,;:.!?]+){{0,5}}?\s+(?:{found})"
                rf"(?:(?:\s+[^\s,;:.!?]+){{0,{gap}}}?\s+on)?(?:\s+on)?\s*$"
            )
            if found
            else None
        )
        self.day_links = words(lex.get("day_links", ("after", "since")))
        # "Twelve days on from the Feb. 27 derailment": every day link, bare or with
        # "the", joins a duration to the start after it
        self.links = set(words(lex.get("after_links", ("after", "after the"))))
        self.links.update(f"{link}{the}" for link in self.day_links for the in ("", " the"))
        self.clause = words(lex.get("after_clause", ("after", "since")))
        # "the rally on Feb. 27", "since the walkout on Monday": an event noun, or a
        # day link and any noun phrase, right before "on" and the day
        links = "|".join(re.escape(k) for k in self.day_links) or "(?!)"
        self.named_on = re.compile(
            rf"(?:^|\s)(?:(?P<link>{links})\s+(?:[^\s,;:.!?()]+\s+){{1,4}}?|"
            rf"(?P<noun>[^\s,;:.!?()]+)\s+)(?:(?:late|early)\s+)?on\s*$"
        )
        self.inclusive = set(words(lex.get("inclusive_links", ())))
        self.counted = {  # the units a day count counts in ("day", "night", "week", "month")
            w
            for name in ("day", "night", "week", "month")
            for w in words(lex.get(f"{name}_units", ()))
        }
        alt = "|".join(self.names)
        self.weekday = re.compile(rf"\b(?:last\s+)?({alt})\b", re.IGNORECASE) if alt else None
        # "at midnight on Thursday", "midnight on March 19", "Thursday midnight": a time
        # of ``boundary_times`` right before the day (with "on") or right after it
        turns = "|".join(re.escape(w) for w in words(lex.get("boundary_times", ())))
        self.turn_before = re.compile(rf"\b(?:{turns})(?:\s+on)?\s*$") if turns else None
        self.turn_after = (
            re.compile(rf"^(?:[’']s)?\s*(?:night\s+)?(?:at\s+)?(?:{turns})\b") if turns else None
        )

    def strength(self, preceding: str) -> bool | None:
        """True for an onset cue right before a start, False for a weak one, else None."""
        for cue in self.before:
            if preceding == cue or preceding.endswith(" " + cue):
                return cue not in self.weak
        if self.onset is not None and self.onset.search(preceding):
            return True
        if self.first is not None and self.first.search(preceding):
            return True
        named = self.named_on.search(preceding)
        if named is not None and named.group("link"):
            phrase = named.group(0).split()[:-1]  # the link, its noun phrase (and "late")
            if set(phrase) & self.counted:
                return None  # "went into a seventh day on Friday": a count's day, no start
            return True  # "since the rally on Feb. 27": the day the count runs from
        if named is not None and self.is_event(named.group("noun")):
            # "the mine collapse on 24 February": an event's day, maybe not the onset of
            # what a count in another sentence counts; weak, like "since Monday"
            return False
        return None

    def at_boundary(self, prose: str, span: tuple[int, int]) -> bool:
        """A start told at the turn of its day ("at midnight on Thursday"): reporters
        count day one from either side of it."""
        if self.turn_before is None or self.turn_after is None:
            return False
        preceding = squash(prose[max(0, span[0] - 30) : span[0]])
        following = squash(prose[span[1] : span[1] + 30])
        return bool(self.turn_before.search(preceding) or self.turn_after.match(following))

    def is_event(self, token: str) -> bool:
        """An event noun, or a compound whose head is one ("cyber-attack", "sit-in")."""
        token = token.strip(",.;:\"'")
        return token in self.after or token.rsplit("-", 1)[-1] in self.after

    def event_after(self, following: str, reach: int = 1) -> bool:
        """An event noun among the first ``reach`` words of ``following`` ("vote",
        "strike action", "parliamentary election")."""
        tokens = [t.strip(",.;:") for t in following.split()[: reach + 1]]
        return any(
            self.is_event(tokens[i]) or " ".join(tokens[i : i + 2]) in self.after
            for i in range(min(reach, len(tokens)))
        )


# "'s", "night's": a weekday's event ("Monday's rockfall", "Monday night's earthquake")
_OWNER = lazy_compile(r"(?:(?:night|morning|afternoon|evening)\s*)?'s\b\s*")


def _date_starts(document: Document, claims: Iterable[Claim], cues: Cues) -> list[Start]:
    found: list[Start] = []
    for claim in claims:
        parts = iso_parts(claim.quantity.iso)
        if claim.quantity.kind is not Kind.DATE or parts is None:
            continue
        loc = claim.location
        following = squash(document.prose[loc.end : loc.end + 30])
        preceding = before(document, claim, 80)
        first = loc.start
        if cues.names:  # "began on Thursday, Feb. 24": the weekday sits between cue and date
            alt = "|".join(cues.names)
            preceding = re.sub(r"\s*\b(" + alt + r"),?$", "", preceding)
            written = re.search(
                r"\b(?:" + alt + r")\s*[,(]?\s*$",
                document.prose[max(0, loc.start - 14) : loc.start],
                re.IGNORECASE,
            )
            first = loc.start if written is None else max(0, loc.start - 14) + written.start()
        strong = cues.strength(preceding)
        if cues.event_after(following):
            strong = True
        if strong is not None:
            span = (first, loc.end)  # with the date's own weekday, if written before it
            found.append(Start(parts, sentence_of(document, claim), span, strong, claim))
    return found


def past_weekday(today: dt.date, weekday: int, last: bool) -> dt.date | None:
    """The latest ``weekday`` on or before ``today`` (before it after "last")."""
    back = (today.weekday() - weekday) % 7
    if back == 0 and last:
        back = 7
    try:
        return today - dt.timedelta(days=back)
    except OverflowError:
        return None


# "Tuesday, October 6", "Tuesday (Oct. 6)": the weekday written with a date
_WITH_DATE = lazy_compile(r"\s*[,(]?\s*")


def _weekday_starts(
    document: Document, cues: Cues, today: dt.date | None, dates: Sequence[int] = ()
) -> list[Start]:
    """Weekday starts; one written with a date ("began on Tuesday, October 6") is that
    date's own weekday, not a second start (NC302 checks that it fits the date)."""
    if cues.weekday is None or today is None:
        return []
    found: list[Start] = []
    prose = document.prose
    for lo, hi in document.sentences or ((0, len(prose)),):
        for match in cues.weekday.finditer(prose, lo, hi):
            gap = _WITH_DATE.match(prose, match.end())
            if gap is not None and gap.end() in dates:
                continue
            name = match.group(1).lower()
            preceding = squash(prose[max(lo, match.start() - 80) : match.start()])
            following = squash(prose[match.end() : min(hi, match.end() + 60)])
            strong = cues.strength(preceding)
            owner = _OWNER.match(following)
            if owner is not None:
                if not cues.event_after(following[owner.end() :], reach=3):
                    continue  # "Friday's close", "Sunday's turnout": a day, not a start
                strong = True
            if strong is None:
                continue
            day = past_weekday(today, cues.names.index(name), match.group(0).lower() != name)
            if day is not None:
                parts = (day.year, day.month, day.day)
                found.append(Start(parts, (lo, hi), (match.start(), match.end()), strong))
    return found


# "on the 2nd", "since the 21st": a day of the month written as an ordinal after "the",
# then a mark or a conjunction (not "the 2nd battalion", "the 21st century")
_MONTHLESS = lazy_compile(r"\d{1,2}(?:st|nd|rd|th)")
_MONTHLESS_END = lazy_compile(r"\s*(?:[,;.:)\u2014\u2013]|(?:and|but|when|as)\b|$)")


def _monthless_starts(
    document: Document, claims: Sequence[Claim], cues: Cues, today: dt.date | None
) -> list[Start]:
    """ "The siege began on the 2nd": a day of the month without its month is the latest
    such day on or before the article's date (news style writes it only within the
    month), read as a start by the same cues as a date."""
    if today is None:
        return []
    found: list[Start] = []
    for claim in claims:
        q, loc = claim.quantity, claim.location
        if q.kind is not Kind.ORDINAL or q.unit or q.value is None:
            continue
        if not _MONTHLESS.fullmatch(q.text) or not 1 <= q.value <= 31:
            continue
        preceding = before(document, claim, 80)
        if not preceding.endswith(" the") or _MONTHLESS_END.match(document.prose, loc.end) is None:
            continue
        strong = cues.strength(preceding.removesuffix(" the").rstrip())
        if strong is None:
            continue
        day = _month_day(today, int(q.value))
        if day is not None:
            parts = (day.year, day.month, day.day)
            found.append(Start(parts, sentence_of(document, claim), (loc.start, loc.end), strong))
    return found


def _month_day(today: dt.date, day: int) -> dt.date | None:
    """The latest date on or before ``today`` whose day of the month is ``day``."""
    year, month = today.year, today.month
    if day > today.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "the 31st" of a 30-day month


def find_starts(
    document: Document,
    claims: Sequence[Claim],
    cues: Cues,
    today: dt.date | None,
) -> list[Start]:
    """Every start the article writes, dates and weekdays, in text order."""
    story = [c for c in claims if c.scope is not Scope.BOILERPLATE]
    dates = [c.location.start for c in story if c.quantity.kind is Kind.DATE]
    found = _date_starts(document, story, cues) + _weekday_starts(document, cues, today, dates)
    found += _monthless_starts(document, story, cues, today)
    found = [
        replace(s, boundary=True) if cues.at_boundary(document.prose, s.span) else s for s in found
    ]
    return sorted(found, key=lambda s: s.span)


class StartIndex:
    """The article's starts, indexed once: by where they are written (the first start
    after a duration), by sentence (a count's own start) and by the event noun that a
    duration's clause names; a document of many counts asks each in constant or
    logarithmic time, not by reading every start for every count."""

    def __init__(self, starts: Sequence[Start]) -> None:
        self.starts = list(starts)
        self._offsets = [s.span[0] for s in self.starts]
        self._by_sentence: dict[tuple[int, int], list[Start]] = {}
        for start in self.starts:
            self._by_sentence.setdefault(start.sentence, []).append(start)
        strong = [s for s in self.starts if s.strong]
        self._fallback = _one_day(strong) if strong else _one_day(self.starts)
        self._named: dict[str, Start | None] = {}
        self._chosen: dict[tuple[int, int], Start | None] = {}

    def own(self, sentence: tuple[int, int]) -> list[Start]:
        """The starts written in ``sentence``."""
        return self._by_sentence.get(sentence, [])

    def after(self, at: int) -> Start | None:
        """The first start written at or after offset ``at``."""
        i = bisect_left(self._offsets, at)
        return self.starts[i] if i < len(self.starts) else None

    def choose(self, sentence: tuple[int, int]) -> Start | None:
        """The start a day count in ``sentence`` counts from.

        A start in its own sentence wins ("which began on Monday and is now in its sixth
        day"); else the article's one onset; else its one weak start. Two different days
        at the same level make the start ambiguous: nothing is checked.
        """
        if sentence not in self._chosen:
            own = self._by_sentence.get(sentence, [])
            strong = [s for s in own if s.strong]
            self._chosen[sentence] = (
                _one_day(strong) if strong else _one_day(own) if own else self._fallback
            )
        return self._chosen[sentence]

    def named(self, noun: str, find: Callable[[], Start | None]) -> Start | None:
        """The start the sentences naming ``noun`` give (``find``), found once."""
        if noun not in self._named:
            self._named[noun] = find()
        return self._named[noun]


def _one_day(group: Sequence[Start]) -> Start | None:
    """The group's first start when all its starts name one day, else None."""
    if not group:
        return None
    return group[0] if len({s.parts[1:] for s in group}) == 1 else None


def after_origin(
    document: Document, duration: Claim, index: StartIndex, cues: Cues
) -> Start | None:
    """The start a duration counts from: "A week after the Oct. 13 vote", "Four days after
    Saturday's crash" (a link, then the start); "A fortnight after the first case was
    confirmed on January 12" (after, then the onset clause that makes the date a start);
    "Ten days after the landslide" (an event noun; its start given in another sentence
    that names the same event, one day only)."""
    end = duration.location.end
    prose = document.prose
    start = index.after(end)  # only the first start after the duration can be its own
    if start is not None and start.span[0] - end <= _CLAUSE_REACH:
        gap = squash(prose[end : start.span[0]])
        if gap in cues.links:
            return start
        first = gap.split(" ", 1)[0]
        if start.strong and first in cues.clause and len(gap) <= 80 and not _BREAK.search(gap):
            return start
    # the link and up to four words: a window wide enough for them, or the sentence's end
    stop = sentence_of(document, duration)[1]
    tail = squash(prose[end : min(stop, end + _CLAUSE_REACH)])
    named = _EVENT.match(tail)
    if named is not None and named.end() == len(tail) and end + _CLAUSE_REACH < stop:
        named = None  # "$" met at the window's edge, not the sentence's end
    if named is None or named.group(1) not in cues.clause:
        return None
    noun = next((n for n in _nouns(named.group(2)) if cues.is_event(n)), None)
    if noun is None:
        return None
    noun = noun if noun in cues.after else noun.rsplit("-", 1)[-1]
    named_as = "|".join(re.escape(n) for n in cues.kin.get(noun, (noun,)))
    return index.named(noun, lambda: _named_start(document, index.starts, named_as))


def _named_start(document: Document, starts: Sequence[Start], named_as: str) -> Start | None:
    """The one strong start whose sentence names the event ``named_as`` stands for."""
    pattern = re.compile(rf"\b(?:{named_as})\b")
    same = [
        s for s in starts if s.strong and pattern.search(squash(document.prose[slice(*s.sentence)]))
    ]
    return same[0] if same and len({s.parts[1:] for s in same}) == 1 else None


_CLAUSE_REACH = 200  # characters from a duration to the day its own clause names


class DaysAhead:
    """The dates and weekdays of a document, in order, to find the first one after a
    duration in its sentence by bisection (``clause_start``), not by reading every
    claim for every duration."""

    def __init__(
        self, document: Document, claims: Sequence[Claim], cues: Cues, today: dt.date | None,
        weekdays: Callable[[tuple[int, int]], Sequence[tuple[int, int, int]]],
    ) -> None:
        self._prose = document.prose
        self._today = today
        self._weekdays = weekdays
        self._names = cues.names
        dates = sorted(  # by place only: two claims are never compared
            ((c.location.start, c.location.end, parts, c)
             for c in claims
             if c.quantity.kind is Kind.DATE and (parts := iso_parts(c.quantity.iso)) is not None),
            key=lambda d: (d[0], d[1]),
        )
        self._dates = dates
        self._starts = [d[0] for d in dates]

    def first(
        self, at: int, sentence: tuple[int, int]
    ) -> tuple[int, int, Parts | None, Claim | None] | None:
        """The first date or weekday written at or after ``at`` in ``sentence``."""
        found: list[tuple[int, int, Parts | None, Claim | None]] = []
        i = bisect_left(self._starts, at)
        if i < len(self._dates) and self._dates[i][0] < sentence[1]:
            found.append(self._dates[i])
        if self._today is not None:
            days = self._weekdays(sentence)
            j = bisect_left(days, (at, -1, -1))
            if j < len(days):
                start, end, index = days[j]
                last = _LAST.search(self._prose, max(sentence[0], start - 8), start)
                if last is not None and last.start() >= at:  # "last Monday": the week before
                    start = last.start()
                day = past_weekday(self._today, index, last is not None)
                parts = None if day is None else (day.year, day.month, day.day)
                found.append((start, end, parts, None))
        return min(found, key=lambda d: d[0]) if found else None



_LAST = lazy_compile(r"\blast\s+$", re.IGNORECASE)


# "after the verdicts on", "into an operation launched late on": the link, up to six words
# of its noun phrase, then "on" (a clause break in between ends the phrase)
_ON_DAY = lazy_compile(r"((?:[^\s,;:.!?()]+\s+){0,6}?)(?:(?:late|early)\s+)?on\s*$")


def clause_start(
    document: Document, duration: Claim, days: DaysAhead, cues: Cues
) -> tuple[Start, str] | None:
    """The day a duration counts from when its own clause names it: "10 days after the
    verdicts on April 17", "six days into an operation launched on Sunday night", "Six
    days on from the derailment on Sunday evening", "for 15 days, since the strike began
    on March 4" (a comma may set the link off). A link (``day_links``), a noun
    phrase, "on" and a date or a weekday: whatever the noun, its day is where the count
    starts. Returns the start and the link."""
    lo, hi = sentence_of(document, duration)
    prose, end = document.prose, duration.location.end
    found = days.first(end, (lo, hi))
    if found is None:
        return None
    first, last, parts, anchor = found
    if first - end > _CLAUSE_REACH:
        return None  # a link, six words and "on" are never this long
    gap = squash(prose[end:first]).removeprefix(",").strip()  # "for 15 days, since the"
    link = next((k for k in cues.day_links if gap.startswith(k + " ")), None)
    if link is None or parts is None or not _ON_DAY.fullmatch(gap[len(link) + 1 :]):
        return None
    return Start(parts, (lo, hi), (first, last), True, anchor), link


def linked_day(document: Document, duration: Claim, origin: Start, cues: Cues) -> str:
    """The inclusive link (``inclusive_links``) written right between a duration and its
    start's day ("for nine days since Dec. 31": Dec. 31 may be the first of the nine),
    else ""."""
    gap = squash(document.prose[duration.location.end : origin.span[0]]).removeprefix(",")
    return gap.strip() if gap.strip() in cues.inclusive else ""


# a clause break inside the gap: the start belongs to another clause
_BREAK = lazy_compile(r"[,;:.!?()\u2013\u2014]")
# "after the landslide,", "since last week's storm": the link, up to three words, the noun
_EVENT = lazy_compile(r"(\w+)\s+((?:[^\s,;:.!?]+\s+){0,3}?[^\s,;:.!?]+)\s*(?:[,;:.!?]|$)")


def _nouns(phrase: str) -> list[str]:
    """The candidate event nouns of a short phrase, the last word (and last two) first."""
    tokens = phrase.split()
    return [" ".join(tokens[-2:]), tokens[-1]] if len(tokens) > 1 else tokens
