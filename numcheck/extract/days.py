"""The day a figure is about, named in its clause and resolved against the article's date.

"28,000 walked out on Thursday" in an article dated Friday 7 February is Thursday's
count (6 February), the same day as "38,000 have walked out" in Thursday's wire copy,
and another day than Friday's "41,000 on strike". A weekday is the last such day on or
before the article's date; "March 3" takes the article's year (the year before when
that would put it months ahead); "yesterday" and "last night" are the day before.
Words are data (windows.toml ``[days]``, ``[since]``).
"""

from __future__ import annotations

import datetime as dt

import regex  # type: ignore[import-untyped, unused-ignore]

from numcheck.extract.vocab import Vocab, norm
from numcheck.lazyre import lazy_regex

__all__ = ["PAST_DAYS", "day_of", "past_day", "past_period"]

# a wire dateline before a date ("KASARA CITY, Sept 19 (GHW) -"): the filing day
_DATELINE = lazy_regex(r"\W*[A-Z]{2,}[\w .,’'-]*,\s*\Z")
_AHEAD = 31  # days: "Dec. 30" in an article of January 2 is last year's
# a date this many days or more before the article's belongs to an earlier event: a
# story's figures are told within its news cycle (drift's story sets chain 7 days)
PAST_DAYS = 8


def day_of(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    date: dt.date | None,
    vocab: Vocab,
    figure: tuple[int, int] | None = None,
    memo: dict[tuple[int, int], dt.date | None] | None = None,
) -> dt.date | None:
    """The day a figure's clause names (with ``figure``, its start and the next figure's,
    its own day: ``_own_day``), else the day its sentence's attribution names
    ("Thirty-two remain trapped, the company said on Thursday") or opening it ("On
    Monday, 340 flights were cancelled"), or None: a day in
    another clause is another figure's ("1,300 remain in shelters, down from about 4,000
    on Monday night"). ``memo`` keeps the sentence's day for one document, so a sentence
    of thousands of figures is read once, not once per figure."""
    if date is None:
        return None
    m = _own_day(text, clause, figure, vocab)
    if m is not None:
        return _resolve(m, date, vocab)
    if memo is not None and sentence in memo:
        return memo[sentence]
    days = {
        _resolve(m, date, vocab)
        for m in vocab.day_re.finditer(text, *sentence)
        if _attribution_day(text, m.start(), sentence[0], vocab)
        or _opening_day(text, m, sentence[0])
    }
    day = days.pop() if len(days) == 1 else None
    if memo is not None:
        memo[sentence] = day
    return day


def _own_day(
    text: str, clause: tuple[int, int], figure: tuple[int, int] | None, vocab: Vocab
) -> regex.Match[str] | None:
    """ "182 flights were canceled on Monday and 64 on Tuesday": a day named after a
    figure and before the next one is that figure's own, as a place is (``place_of``);
    else the last day before it in its clause ("On Monday 182 were canceled and 64
    ..."), else the clause's first."""
    found = list(vocab.day_re.finditer(text, *clause))
    if not found or figure is None:
        return found[0] if found else None
    at, stop = figure
    # a day starting at the next span is that span itself, a date ("17 on Nov. 30")
    after = [m for m in found if at <= m.start() <= stop]
    before = [m for m in found if m.start() < at]
    return after[0] if after else before[-1] if before else found[0]


def _opening_day(text: str, m: regex.Match[str], lo: int) -> bool:
    """ "On Monday (night), 340 flights were cancelled": a day opening the sentence
    covers it."""
    rest = text[m.end() : m.end() + 20]
    comma = rest.find(",")
    return len(text[lo : m.start()].split()) <= 1 and comma >= 0 and len(rest[:comma].split()) <= 1


def _attribution_day(text: str, at: int, lo: int, vocab: Vocab) -> bool:
    """ "said on Thursday", "told reporters Friday": the day the claim was made."""
    words = [norm(w).strip(",") for w in text[max(lo, at - 40) : at].split()][-3:]
    while words and words[-1] in ("on", "late", "early", "reporters", "journalists"):
        words.pop()
    return bool(words) and words[-1] in vocab.cue_verbs


def _resolve(m: regex.Match[str], date: dt.date, vocab: Vocab) -> dt.date | None:
    if m.group("month") is not None:
        return _dated(m, date, vocab)
    if m.group("wd") is not None:
        weekday = vocab.weekdays[norm(m.group("wd"))]
        return date - dt.timedelta(days=(date.weekday() - weekday) % 7)
    if m.group("rel") is not None:
        return date - dt.timedelta(days=vocab.day_offsets[" ".join(norm(m.group("rel")).split())])
    raise AssertionError("a day match names a weekday, a month or a relative day")


def _dated(m: regex.Match[str], date: dt.date, vocab: Vocab) -> dt.date | None:
    """ "March 3": the article's year, the year before when that puts it months ahead."""
    month = vocab.day_months[norm(m.group("month"))]
    try:
        day = dt.date(date.year, month, int(m.group("d")))
    except ValueError:  # "Feb. 30": not a day
        return None
    if (day - date).days > _AHEAD:
        day = day.replace(year=date.year - 1)
    return day


def past_day(
    text: str, sentence: tuple[int, int], date: dt.date | None, vocab: Vocab
) -> dt.date | None:
    """ "The previous largest raid, on January 14, killed six people" in an article of
    March: the one calendar date a sentence names when it lies ``PAST_DAYS`` or more
    before the article's date, the day of an earlier event whose figures are not this
    story's. Weekdays and "yesterday" always fall within the story's week."""
    if date is None:
        return None
    days = {
        _resolve(m, date, vocab)
        for m in vocab.day_re.finditer(text, *sentence)
        if m.group("month") is not None and not _DATELINE.match(text, sentence[0], m.start())
    }
    day = days.pop() if len(days) == 1 else None
    return day if day is not None and (date - day).days >= PAST_DAYS else None


def past_period(
    text: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    date: dt.date | None,
    vocab: Vocab,
) -> str | None:
    """The past period a sentence tells of, when it names no one past day: every calendar
    date it names lies ``PAST_DAYS`` or more before the article's ("from July 18 to July
    24" in October), "last year", or a bare month earlier in the article's year ("In
    January, 26 people died"), each unless a comparison takes it as its base ("up 9% from
    last year", "than in January"). Its figures are that period's, not the story's own."""
    if date is None:
        return None
    named = [m for m in vocab.day_re.finditer(text, *sentence)
             if not _DATELINE.match(text, sentence[0], m.start())]
    days = {_dated(m, date, vocab) for m in vocab.month_day_re.finditer(text, *sentence)
            if not _DATELINE.match(text, sentence[0], m.start())}
    if len(days) > 1 and all(d is not None and (date - d).days >= PAST_DAYS for d in days):
        dated = sorted(d for d in days if d is not None)  # "from July 18 to July 24"
        return f"from {dated[0].isoformat()} to {dated[-1].isoformat()}"
    if named or days:
        return None  # a day of the story's own week, or one past day (``past_day``)
    for m in vocab.past_year_re.finditer(text, *sentence):
        if (_covers(text, m, sentence, clause) or _scene(text, m, sentence, vocab)) and not _based(
                text, m.start(), sentence[0], vocab):
            return f"in {date.year - 1}"
    for m in vocab.past_month_re.finditer(text, *sentence):
        month = vocab.day_months[norm(m.group("month"))]
        if (month < date.month and _covers(text, m, sentence, clause)
                and not _based(text, m.start(), sentence[0], vocab)):
            return f"in {date.year}-{month:02d}"
    return None


def _covers(
    text: str, m: regex.Match[str], sentence: tuple[int, int], clause: tuple[int, int]
) -> bool:
    """A period in the figure's own clause ("died on Peru's roads last year"), or opening
    the sentence before a comma ("In January, 26 people died") or as the owner of its
    subject ("Last year's typhoon, Mira, left 52 dead"), dates the figure; one in another
    clause ("The plant, which opened last year, employs 400") does not."""
    if clause[0] <= m.start() and m.end() <= clause[1]:
        return True
    if m.start() - sentence[0] > 2 * _SCENE_REACH:
        return False  # never slice a long sentence: each figure of it asks
    opening = text[sentence[0] : m.start()].strip(" \"“‘'")
    after = text[m.end() : m.end() + 2]
    return not opening and (after.startswith(",") or after in ("'s", "’s"))


_SCENE_REACH = 80  # characters: an opening phrase setting the scene is short


def _scene(text: str, m: regex.Match[str], sentence: tuple[int, int], vocab: Vocab) -> bool:
    """A period inside the sentence's opening phrase, before its first comma ("In a
    linked trial last year, 31 of the 52 accused were convicted", "At last year's count,
    ..."): the phrase opens with a scene preposition ([days] period_intros) and holds no
    bound ("After the floods last year, 12 remain missing" tells of now), so the clause
    after it is that period's."""
    if m.start() - sentence[0] > 2 * _SCENE_REACH:
        return False  # never slice a long sentence: each figure of it asks
    opening = text[sentence[0] : m.start()].strip(" \"“‘'")
    if not opening or len(opening) > _SCENE_REACH or "," in opening:
        return False
    words = [norm(w) for w in opening.split()]
    if words[0] not in vocab.period_intros or any(w in vocab.period_bounds for w in words):
        return False
    rest = text[m.end() : min(sentence[1], m.end() + _SCENE_REACH // 2)]
    comma = rest.find(",")
    return comma >= 0 and not any(norm(w) in vocab.period_bounds for w in rest[:comma].split())


def _based(text: str, at: int, lo: int, vocab: Vocab) -> bool:
    """ "up 9% from last year", "more than in January": the period is a comparison's base."""
    words = [norm(w).strip(",") for w in text[max(lo, at - 50) : at].split()]
    words = [w for w in words if w not in ("the", "a", "in")]
    while words and (any(c.isdigit() for c in words[-1]) or words[-1] in _AMOUNT_WORDS):
        words.pop()  # "from £2.5 billion last year": the base is the amount's
    return bool(words) and words[-1] in vocab.period_bases


# words of an amount between a comparison's base word and its period
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "m", "per", "cent", "percent"})
