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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
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
        # "<onset> [up to gap words] on [late|early] $": the words before a date or weekday
        self.onset = (
            re.compile(
                rf"{opener}(?:(?:\s+[^\s,;:.!?]+){{0,{gap}}}?\s+on)?"
                r"(?:\s+(?:late|early))?(?:\s+on)?\s*$"
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
        self.counted = {  # the units a day count counts in ("day", "night", "week")
            w for name in ("day", "night", "week") for w in words(lex.get(f"{name}_units", ()))
        }
        alt = "|".join(self.names)
        self.weekday = re.compile(rf"\b(?:last\s+)?({alt})\b", re.IGNORECASE) if alt else None

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
    return sorted(found, key=lambda s: s.span)


def choose(starts: Sequence[Start], sentence: tuple[int, int]) -> Start | None:
    """The start a day count in ``sentence`` counts from.

    A start in its own sentence wins ("which began on Monday and is now in its sixth
    day"); else the article's one onset; else its one weak start. Two different days
    at the same level make the start ambiguous: nothing is checked.
    """
    own = [s for s in starts if s.sentence == sentence]
    for group in (
        [s for s in own if s.strong],
        own,
        [s for s in starts if s.strong],
        list(starts),
    ):
        if group:
            days = {s.parts[1:] for s in group}
            return group[0] if len(days) == 1 else None
    return None


def after_origin(
    document: Document, duration: Claim, starts: Sequence[Start], cues: Cues
) -> Start | None:
    """The start a duration counts from: "A week after the Oct. 13 vote", "Four days after
    Saturday's crash" (a link, then the start); "A fortnight after the first case was
    confirmed on January 12" (after, then the onset clause that makes the date a start);
    "Ten days after the landslide" (an event noun; its start given in another sentence
    that names the same event, one day only)."""
    end = duration.location.end
    prose = document.prose
    for start in starts:
        if start.span[0] < end:
            continue
        gap = squash(prose[end : start.span[0]])
        if gap in cues.links:
            return start
        first = gap.split(" ", 1)[0]
        if start.strong and first in cues.clause and len(gap) <= 80 and not _BREAK.search(gap):
            return start
        break  # only the first start after the duration can be its own
    tail = squash(prose[end : sentence_of(document, duration)[1]])
    named = _EVENT.match(tail)
    if named is None or named.group(1) not in cues.clause:
        return None
    noun = next((n for n in _nouns(named.group(2)) if cues.is_event(n)), None)
    if noun is None:
        return None
    noun = noun if noun in cues.after else noun.rsplit("-", 1)[-1]
    named_as = "|".join(re.escape(n) for n in cues.kin.get(noun, (noun,)))
    same = [
        s
        for s in starts
        if s.strong and re.search(rf"\b(?:{named_as})\b", squash(prose[slice(*s.sentence)]))
    ]
    return same[0] if same and len({s.parts[1:] for s in same}) == 1 else None


# "after the verdicts on", "into an operation launched late on": the link, up to six words
# of its noun phrase, then "on" (a clause break in between ends the phrase)
_ON_DAY = lazy_compile(r"((?:[^\s,;:.!?()]+\s+){0,6}?)(?:(?:late|early)\s+)?on\s*$")


def clause_start(
    document: Document, duration: Claim, claims: Sequence[Claim], cues: Cues, today: dt.date | None
) -> tuple[Start, str] | None:
    """The day a duration counts from when its own clause names it: "10 days after the
    verdicts on April 17", "six days into an operation launched on Sunday night", "Six
    days on from the derailment on Sunday evening", "for 15 days, since the strike began
    on March 4" (a comma may set the link off). A link (``day_links``), a noun
    phrase, "on" and a date or a weekday: whatever the noun, its day is where the count
    starts. Returns the start and the link."""
    lo, hi = sentence_of(document, duration)
    prose, end = document.prose, duration.location.end
    days: list[tuple[int, int, Parts | None, Claim | None]] = []
    for claim in claims:
        parts = iso_parts(claim.quantity.iso)
        at = claim.location.start
        if claim.quantity.kind is Kind.DATE and parts is not None and end <= at < hi:
            days.append((claim.location.start, claim.location.end, parts, claim))
    if cues.weekday is not None and today is not None:
        for m in cues.weekday.finditer(prose, end, hi):
            before_it = m.group(0).lower() != m.group(1).lower()  # "last Monday"
            day = past_weekday(today, cues.names.index(m.group(1).lower()), before_it)
            parts = None if day is None else (day.year, day.month, day.day)
            days.append((m.start(), m.end(), parts, None))
    if not days:
        return None
    first, last, parts, anchor = min(days, key=lambda d: d[0])
    gap = squash(prose[end:first]).removeprefix(",").strip()  # "for 15 days, since the"
    link = next((k for k in cues.day_links if gap.startswith(k + " ")), None)
    if link is None or parts is None or not _ON_DAY.fullmatch(gap[len(link) + 1 :]):
        return None
    return Start(parts, (lo, hi), (first, last), True, anchor), link


# a clause break inside the gap: the start belongs to another clause
_BREAK = lazy_compile(r"[,;:.!?()\u2013\u2014]")
# "after the landslide,", "since last week's storm": the link, up to three words, the noun
_EVENT = lazy_compile(r"(\w+)\s+((?:[^\s,;:.!?]+\s+){0,3}?[^\s,;:.!?]+)\s*(?:[,;:.!?]|$)")


def _nouns(phrase: str) -> list[str]:
    """The candidate event nouns of a short phrase, the last word (and last two) first."""
    tokens = phrase.split()
    return [" ".join(tokens[-2:]), tokens[-1]] if len(tokens) > 1 else tokens
