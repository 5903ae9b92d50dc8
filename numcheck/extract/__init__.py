"""Quantity[] -> Claim[]: what each figure measures, who says so, and where it stands.

One pass builds the article's sentences, paragraphs, quotes, scopes and attribution
cues; each figure then reads only the few words around it, so extraction is linear
in the article's length. Vocabulary comes from the lexicon data files (measures,
claimants, windows, scopes); see docs/maintainers/claims.md.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.extract.apposed import name_apposed
from numcheck.extract.bearers import compound_head
from numcheck.extract.claimant import Claimants
from numcheck.extract.days import day_of, past_day, past_period
from numcheck.extract.dimensions import property_thing
from numcheck.extract.ends import join_ends
from numcheck.extract.incident import Incidents
from numcheck.extract.keys import key_for
from numcheck.extract.measure import Measure, measure_of
from numcheck.extract.nations import Nations
from numcheck.extract.openers import opener_of
from numcheck.extract.scope import scope_map
from numcheck.extract.sentences import Frame, Span, find_span
from numcheck.extract.shared import shared_event
from numcheck.extract.shares import name_shares
from numcheck.extract.subject import Reading, read
from numcheck.extract.tables import name_cells
from numcheck.extract.tokens import tokenize
from numcheck.extract.vocab import Vocab, norm, vocab_for
from numcheck.extract.window import clause_of, intro_of, place_of, window_of
from numcheck.findings import Location
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import Lexicon
from numcheck.quantity import Kind, Level, Quantity

__all__ = ["extract_claims"]

_LINK_REACH = 80  # "34 died in Kharkiv and 12 in Kyiv": the 12 borrows from the 34
_OPENING_REACH = 40  # "Of the 186 guests": at most two short words (and quotes) before the figure
_WHOLE_PARAGRAPHS = 2  # "In Hatay alone, 450": the wider figure is at most this far back


@dataclass(frozen=True, slots=True)
class _Keyed:
    """What a later figure may borrow from an earlier one."""

    sentence: int
    paragraph: int
    start: int
    end: int
    thing: str | None
    qualifiers: tuple[str, ...]
    event: str | None
    kind: str
    place: str | None
    part: bool = False  # a part of another figure: never the whole of a place's part
    by_subject: bool = False  # "Turnout was 64%": the thing is its own clause's subject
    whole: int | None = None  # the start of the figure this one is a part of


def extract_claims(
    document: Document,
    quantities: Sequence[Quantity],
    lexicon: Lexicon | None = None,
    *,
    extra_boilerplate: Sequence[str] = (),
) -> list[Claim]:
    """One Claim per quantity, in the same order.

    ``extra_boilerplate`` adds regex patterns for boilerplate lines (the
    ``boilerplate`` setting); an invalid pattern raises ConfigError.
    """
    return _Extractor(document, vocab_for(lexicon, extra_boilerplate)).run(quantities)


class _Extractor:
    def __init__(self, document: Document, vocab: Vocab) -> None:
        self.doc = document
        self.vocab = vocab
        text = self.text = document.prose
        frame = self.frame = Frame.of(document, vocab.abbreviations)
        self.sentences, self.s_starts = frame.sentences, frame.s_starts
        self.paragraphs, self.p_starts = frame.paragraphs, frame.p_starts
        self.quotes, self.q_starts = frame.quotes, frame.q_starts
        # block edges cut the scope "lines" (an HTML export may hold headline, body,
        # caption and footer on one physical line)
        self.breaks = sorted({edge for block in document.blocks for edge in block.span}
                             ) if document.format != "text" else []
        self.claimants = Claimants(text, frame, vocab)
        self._windows: dict[int, str | None] = {}
        self._intros: dict[int, tuple[str | None, bool]] = {}  # "In Castellan, ..."
        self._incidents: Incidents | None = None
        self._current: dict[Span, bool] = {}  # sentence -> tells its figures as current
        self._days: dict[Span, dt.date | None] = {}  # sentence -> the day it names
        self._past_days: dict[Span, dt.date | None] = {}  # sentence -> an earlier event's day
        self._past_years: dict[Span, str | None] = {}  # sentence -> the past year it names
        self._by_event: dict[tuple[str, str], _Keyed] = {}  # (event, kind) -> last whole
        self.nations = Nations(text, vocab)
        self._prior: Claim | None = None  # the claim of the figure before, for conversions
        # starts of the wholes of partitives read so far ("five of the 14 trucks"): the
        # clause's verb after a whole is its part's (``_whole``)
        self._wholes: set[int] = set()

    def run(self, quantities: Sequence[Quantity]) -> list[Claim]:
        self.scopes = scope_map(self.doc, self.vocab, [q.start for q in quantities], self.breaks)
        self._years = _years(quantities, self.doc.metadata.date)
        spans = sorted((q.start, q.end) for q in quantities)
        starts = [s for s, _ in spans]
        # figures that are compound modifiers ("a 186-guest wedding", "the 40-metre
        # trawler"): no clause's figure of their own, so a reading goes past them
        self._compounds = frozenset(q.start for q in quantities if q.head is not None)
        last: _Keyed | None = None  # the last figure with any key, for "and 285 injured"
        told: _Keyed | None = None  # the last figure with an event, for "the estimates"
        claims: list[Claim] = []
        for q in quantities:
            claim, keyed = self._claim(q, spans, starts, last, told)
            self._prior = claim
            if keyed is not None:
                last = keyed
                told = keyed if keyed.event is not None else told
                if keyed.event is not None and not keyed.part:
                    self._by_event[(keyed.event, keyed.kind)] = keyed
            claims.append(claim)
        named = name_shares(self.text, join_ends(self.text, claims, self.vocab))
        return name_cells(self.doc, name_apposed(self.text, named), self.vocab)

    def _sentence(self, offset: int) -> int:
        i = find_span(self.sentences, self.s_starts, offset)
        if i < 0:
            i = max(0, bisect.bisect_right(self.s_starts, offset) - 1)
        return i

    def _claim(
        self,
        q: Quantity,
        spans: list[Span],
        starts: list[int],
        last: _Keyed | None,
        told: _Keyed | None,
    ) -> tuple[Claim, _Keyed | None]:
        doc, text = self.doc, self.text
        s = self._sentence(q.start)
        s_span = self.sentences[s] if self.sentences else (0, len(text))
        p = find_span(self.paragraphs, self.p_starts, q.start)
        scope = self.scopes.at(q.start, q.end)
        if scope is None:
            in_quote = find_span(self.quotes, self.q_starts, q.start) >= 0
            scope = Scope.QUOTE if in_quote else Scope.BODY
        reading = _NOTHING
        claimant: str | None = None
        part_of: int | None = None
        keyed: _Keyed | None = None
        place: str | None = None
        incident: str | None = None
        window: str | None = None
        day: dt.date | None = None
        measure: Measure = ()
        if q.kind.is_comparable and scope is not Scope.BOILERPLATE:
            # dates, years, identifiers and boilerplate (never compared with the story)
            # only need where they stand
            claimant = self.claimants.claimant_at(q.start, s) if self.sentences else None
            i = bisect.bisect_left(starts, q.start)
            lo = max(s_span[0], spans[i - 1][1] if i > 0 else 0)
            hi = min(s_span[1], spans[i + 1][0] if i + 1 < len(spans) else len(text))
            counted = q.kind is Kind.COUNT
            reach, over = hi, (0, 0)  # "37 guests at a 186-guest wedding fell ill"
            if i + 1 < len(spans) and hi == spans[i + 1][0] and hi in self._compounds:
                over = spans[i + 1]
                reach = min(s_span[1], spans[i + 2][0] if i + 2 < len(spans) else len(text))
            # a partitive's whole and a compound modifier leave the clause's verb to the
            # figure it is said of ("five of the 14 trucks were destroyed", "37 guests at
            # a 186-guest wedding fell ill")
            said = q.start not in self._wholes and q.start not in self._compounds
            reading = read(text, q.start, q.end, lo, reach, self.vocab, counted=counted,
                           clause=said, over=over)
            if counted and said and reading.event is None and not reading.part:
                # "38 homes, 19 shops and two schools were destroyed", "Fourteen people,
                # including three children, were injured": the clause's verb is theirs
                shared = shared_event(text, spans, i, s_span, self.vocab)
                if shared is not None:
                    reading = _replace(reading, event=shared[0], event_text=shared[1])
            whole = self._whole(q, reading, spans, i, s_span)  # "Five of the 14 trucks"
            if whole is not None and self._subject(q, s_span):
                self._wholes.add(whole[1])
            opened: _Keyed | None = None
            if whole is None and reading.empty and not reading.antecedent:
                opened = self._opened(q, s_span)  # "Of the dead, 12 were from Tarrow"
                if opened is not None:
                    whole = _replace(reading, thing=opened.thing, qualifiers=opened.qualifiers,
                                     event=opened.event), opened.start
            if whole is not None:
                reading, part_of = whole
            measure = measure_of(text, q, lo, hi, self.vocab, s_span[0],
                                 clause=q.start not in self._wholes)
            if not measure and self._prior is not None and _converts(text, self._prior, q):
                measure = self._prior.measure  # "3.26 billion Swiss francs ($3.1 billion)"
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            end = q.end
            if part_of is not None and part_of == nxt:
                # "300 of its 1,200 workers at the Brenna plant would lose their jobs":
                # the part's clause runs over its whole (its place, its time)
                end = spans[i + 1][1]
                nxt = spans[i + 2][0] if i + 2 < len(spans) else len(text)
            clause = clause_of(text, q.start, end, *s_span)
            place, alone = place_of(text, *clause, self.vocab, (q.end, nxt))
            if place is None:
                place, alone = self._intro(s, s_span)  # "In Castellan, police said 40 ..."
            if whole is None:
                reading, part_of = self._borrow(q, reading, s, p, last, told)
            if part_of is not None and last is not None:
                place = place or (opened or last).place  # a part is where its whole is
            thing = reading.thing
            quals = self.nations.owner(reading, claimant)
            if thing is None and reading.demonym is not None:
                thing = self.nations.thing(reading, q.start, s_span, claimant)
                quals = (*quals, *self.vocab.thing_qualifiers.get(thing, ()))
            framed = property_thing(text, q, thing, self.vocab)
            if framed is not None and framed != thing:
                # "the 480-bed hospital", "a capacity of 12,000": a property frame counts
                # the beds, as "the hospital has 520 beds" does (extract/dimensions.py)
                thing, quals = framed, ()
                measure = measure or (framed,)
            if thing is None and (head := compound_head(text, q, self.vocab)):
                # "40-mile convoy": a measure is identified by the noun it measures
                thing, quals = norm(head), ()
            if thing is None:
                thing = reading.default_thing  # "about 800 casualties": people
            quals = tuple(sorted(set(quals)))
            if alone and part_of is None:
                part_of = self._wider(q, thing, reading.event, place, p)
            self.nations.remember(thing, quals, reading.event)
            if thing is not None or quals or reading.event is not None:
                part = part_of is not None
                keyed = _Keyed(
                    s, p, q.start, q.end, thing, quals, reading.event, q.kind.value, place, part,
                    reading.by_subject, part_of,
                )
            if _has_window(q, reading):
                window = (
                    window_of(text, *clause, self.vocab)
                    or self._window(s, s_span)
                    or self._past(s_span, clause, reading.event is not None)
                )
                day = day_of(
                    text, clause, s_span, doc.metadata.date, self.vocab, (q.start, nxt), self._days
                )
            elif q.kind is Kind.MEASURE:
                # a measure has no window, but a day when it is told of one: "gusts reached
                # 90mph on Sunday", "40mm of rain fell on Monday" (another day's is another)
                day = day_of(
                    text, clause, s_span, doc.metadata.date, self.vocab, (q.start, nxt), self._days
                )
            incident = self._incident(q.start, clause, s_span, p)
        else:
            thing, quals = None, ()
        key = key_for(q, thing, reading.event, quals, incident)
        line, column = doc.position(q.start)
        end_line, end_column = doc.position(q.end)
        claim = Claim(
            quantity=q,
            location=Location(doc.path, q.start, q.end, line, column, end_line, end_column, q.text),
            key=key,
            scope=scope,
            subject=reading.subject,
            event=reading.event_text,
            claimant=claimant,
            window=window,
            place=place,
            is_change=reading.is_change,
            date=doc.metadata.date,
            source=doc.metadata.source,
            sentence=s_span,
            part_of=part_of,
            day=day,
            measure=measure,
        )
        return claim, keyed

    def _borrow(
        self, q: Quantity, r: Reading, s: int, p: int, last: _Keyed | None, told: _Keyed | None
    ) -> tuple[Reading, int | None]:
        """Fill what the words around a figure leave open from the figure before it."""
        if r.empty and r.anaphoric and told is not None and told.paragraph == p:
            return _replace(r, thing=told.thing, qualifiers=told.qualifiers, event=told.event), None
        if (r.antecedent and q.kind is Kind.COUNT and last is not None and last.sentence == s
                and not last.part and last.kind == q.kind.value and last.thing is not None
                and self._apposed(last, q)):
            # "employs 41,200 people worldwide, 9,800 of them in Switzerland": "them" is the
            # figure right before, in its sentence (as checkers/_partitive.py reads it)
            return _replace(r, thing=_own(r, last)[0], qualifiers=_own(r, last)[1],
                            event=r.event or last.event), last.start
        if r.antecedent and told is not None and told.paragraph == p and told.kind == q.kind.value:
            # "Twelve passengers were taken to hospital. Four of them were released."
            return _replace(r, thing=_own(r, told)[0], qualifiers=_own(r, told)[1],
                            event=r.event or told.event), told.start
        if last is None or last.kind != q.kind.value:
            return r, None
        same_sentence = last.sentence == s
        if same_sentence and self._partitive(last, q):
            # "Of the 41 injured, nine were in a serious condition": a part of the 41
            bare = r.thing is None and not r.qualifiers
            thing, quals = (last.thing, last.qualifiers) if bare else (r.thing, r.qualifiers)
            return _replace(r, thing=thing, qualifiers=quals, event=r.event or last.event), \
                last.start
        if r.part and same_sentence:
            return _replace(r, event=r.event or last.event), last.start
        bare = r.thing is None and not r.qualifiers and not r.possessive and not r.antecedent
        if bare and last.by_subject and r.heads_clause and q.kind is Kind.PERCENT:
            # "Turnout was 64%, and 58% voted yes": a rate named by its clause's subject
            # is not what a share heading the next clause, with a verb of its own, is of
            # (a count there may be a part: "Attendance was 40,000, and 12,000 were ...")
            return r, None
        if bare and same_sentence and (r.event is not None or self._linked(last, q)):
            # "Of the dead, 12 were from Tarrow and 9 from Kesby": a part's sibling is a
            # part of the same whole
            return _replace(
                r, thing=last.thing, qualifiers=last.qualifiers, event=r.event or last.event
            ), (last.whole if last.part and self._sibling(last, q) else None)
        return r, None

    def _apposed(self, last: _Keyed, q: Quantity) -> bool:
        """A figure set after the one before it with a comma (or a dash) and a few
        words at most: "120 posts will go, 45 of them already vacant"."""
        if q.start - last.end > _LINK_REACH:
            return False
        raw = self.text[last.end : q.start]
        return (any(mark in raw for mark in ",–—")
                and not any(mark in raw for mark in ";:.?!()")
                and not {"and", "or", "but", "while"} & set(norm(raw).split()))

    def _sibling(self, last: _Keyed, q: Quantity) -> bool:
        """A figure that goes on a part's list: "12 were from Tarrow and 9 from Kesby",
        "31 were held overnight, 16 released"; not a figure of a phrase of its own
        ("the market town of 40,000")."""
        if q.start - last.end > _LINK_REACH:
            return False
        words = norm(self.text[last.end : q.start]).split()
        return bool(words) and (words[-1] in ("and", "or") or self.text[last.end : q.start]
                                .rstrip().endswith((",", ";")))

    def _opened(self, q: Quantity, sentence: Span) -> _Keyed | None:
        """ "Of the dead, 12 were from Tarrow": a count right after a partitive opener
        counts the opener's event and thing, as a part of the article's last earlier
        figure of that event (extract/openers.py); none such, no name. Returns the
        whole with the part's thing, qualifiers and event."""
        if q.kind is not Kind.COUNT:
            return None
        opener = opener_of(self.text, sentence[0], q.start, self.vocab)
        if opener is None:
            return None
        whole = self._by_event.get((opener.event, q.kind.value))
        if whole is None:
            return None
        return dataclasses.replace(whole, thing=opener.thing or whole.thing,
                                   qualifiers=opener.qualifiers or whole.qualifiers,
                                   event=opener.event)

    def _whole(
        self, q: Quantity, r: Reading, spans: list[Span], i: int, sentence: Span
    ) -> tuple[Reading, int] | None:
        """ "Five of the 14 trucks", "52 of the 150 seats": a bare count followed by "of"
        and the figure of its whole counts what the whole counts, as its part."""
        if not r.empty or r.antecedent or i + 1 >= len(spans) or q.kind is not Kind.COUNT:
            return None
        start, end = spans[i + 1]
        if start >= sentence[1] or not _OF_WHOLE.fullmatch(self.text, q.end, start):
            return None
        hi = spans[i + 2][0] if i + 2 < len(spans) else len(self.text)
        whole = read(self.text, start, end, start, min(hi, sentence[1]), self.vocab)
        if whole.thing is None and not whole.qualifiers:
            return None
        return _replace(r, thing=whole.thing, qualifiers=whole.qualifiers,
                        event=whole.event), start

    def _subject(self, q: Quantity, sentence: Span) -> bool:
        """Whether a partitive's part opens its clause, the subject of the verb after
        its whole ("Police said 12 of the 40 passengers were injured"), not a copula's
        complement ("A woman of 72 was one of four people killed": the whole's own)."""
        before = tokenize(self.text, max(sentence[0], q.start - 20), q.start)
        return not before or before[-1].low not in self.vocab.auxiliaries

    def _partitive(self, last: _Keyed, q: Quantity) -> bool:
        """ "Of the 186 guests at the reception, 73 fell ill": a sentence opening "Of"
        (the/its/their/all) with the figure before this one, a comma between them."""
        lo = self.sentences[last.sentence][0] if self.sentences else 0
        if last.start - lo > _OPENING_REACH:  # more than "Of the" before it: no need to
            return False  # read a long sentence's head again for every figure
        opening = [w.strip("\"“‘'") for w in norm(self.text[lo : last.start]).split()]
        opening = [w for w in opening if w]
        if not opening or opening[0] != "of" or len(opening) > 2:
            return False
        if len(opening) == 2 and opening[1] not in _PARTITIVE_DETERMINERS:
            return False
        return "," in self.text[last.end : q.start]

    def _linked(self, last: _Keyed, q: Quantity) -> bool:
        if q.start - last.end > _LINK_REACH:
            return False
        raw = self.text[last.end : q.start]
        gap = norm(raw).split()
        if len(gap) > 1 and gap[-1] == "of" and self.vocab.lemma(gap[-2]) in self.vocab.individuals:
            return False  # "12 were from Tarrow, the market town of 40,000": the town's
        # "34 died and 285 injured", "212 homes - 140 in Kesby, 51 in Orrin"
        return "and" in gap or any(mark in raw for mark in ",;:-–—(")

    def _intro(self, s: int, span: Span) -> tuple[str | None, bool]:
        """The place of a sentence opening "In <Place>," (it covers the whole sentence)."""
        if s not in self._intros:
            intro = intro_of(self.text, *span, self.vocab)
            found = place_of(self.text, *intro, self.vocab) if intro else (None, False)
            self._intros[s] = found
        return self._intros[s]

    def _incident(self, at: int, clause: Span, sentence: Span, p: int) -> str | None:
        if self._incidents is None:
            self._incidents = Incidents(self.text, self.vocab)
        paragraph = self.paragraphs[p] if p >= 0 else None
        return self._incidents.at(at, clause, sentence, paragraph)

    def _wider(
        self, q: Quantity, thing: str | None, event: str | None, place: str | None, p: int
    ) -> int | None:
        """ "In Hatay province alone, 450 ...": the start of the last earlier figure of
        the same event and thing for another place, within the last few paragraphs."""
        whole = self._by_event.get((event, q.kind.value)) if event is not None else None
        if whole is None or p - whole.paragraph > _WHOLE_PARAGRAPHS:
            return None
        if whole.place is not None and place is not None and norm(whole.place) == norm(place):
            return None
        same_thing = whole.thing == thing or None in (whole.thing, thing)
        return whole.start if same_thing else None

    def _past(self, span: Span, clause: Span, event: bool) -> str | None:
        """ "The area last burned in 2018, when the Lowry fire scorched 41,000 acres":
        a figure in a sentence naming an earlier year than the article's belongs to that
        year, kept apart from this story's figures by its window ("in 2018"); likewise a
        sentence naming one date weeks before the article's ("on 2024-01-14"). A figure
        told as current ("have now died", "so far") is this story's, whatever else its
        sentence dates."""
        told_now = self._current.get(span)
        if told_now is None:  # once per sentence: a long one holds many figures
            told_now = self._current[span] = _CURRENT.search(self.text, *span) is not None
        if told_now:
            return None
        if span not in self._past_days:  # once per sentence, as above
            self._past_days[span] = past_day(self.text, span, self.doc.metadata.date, self.vocab)
        day = self._past_days[span]
        if day is not None:
            return f"on {day.isoformat()}"
        # a past period dates an event's figure ("26 people died in January"); a count of
        # no event said of "last year" is no evidence of what it counts
        period = (past_period(self.text, span, clause, self.doc.metadata.date, self.vocab)
                  if event else None)
        if period is not None:
            return period
        if span not in self._past_years:  # once per sentence, as above
            self._past_years[span] = self._past_year(span)
        return self._past_years[span]

    def _past_year(self, span: Span) -> str | None:
        """The past year a sentence names (``_past``), or None."""
        years, current = self._years
        if current is None:
            return None
        i = bisect.bisect_left(years, (span[0], 0, 0))
        j = bisect.bisect_left(years, (span[1], 0, 0), i)
        # "the highest since 1998": the year a record is set against is not the year
        # the figure is of, unless the sentence goes on to tell that year ("the worst
        # since 2019, when 83 were arrested" is 2019's)
        named = [y for at, stop, y in years[i:j] if not self._record_year(at, stop, span)]
        # "bought the works in 2006 and at its peak in the 1970s employed 7,000": every
        # year named is past, the figure is of one of them (the last one said)
        return f"in {named[-1]}" if named and max(named) < current else None

    def _record_year(self, at: int, stop: int, span: Span) -> bool:
        """A year after "highest/first/record ... since" that no "when" clause follows;
        the clause is read after the whole date ("since January 2005, when ..."), not
        after four characters of it."""
        if not _SINCE.search(self.text, max(span[0], at - 60), at):
            return False
        return _WHEN.match(self.text, stop, span[1]) is None

    def _window(self, s: int, span: Span) -> str | None:
        if s not in self._windows:
            self._windows[s] = window_of(self.text, span[0], span[1], self.vocab)
        return self._windows[s]


# a record set against a year: "the highest since 1998", "its first fall since 2019"
_SINCE = lazy_compile(
    r"\b(?:highest|lowest|largest|biggest|smallest|greatest|strongest|weakest|fastest|"
    r"slowest|deadliest|worst|best|hottest|coldest|wettest|driest|busiest|most|least|"
    r"first|record)\b[^.;]*\bsince\s+$",
    re.IGNORECASE,
)
_WHEN = lazy_compile(r"\s*,?\s*when\b", re.IGNORECASE)
# a figure told as current: "have now died", "so far", "to date"
_CURRENT = re.compile(r"\b(?:now|currently|so far|to date|as of now)\b", re.IGNORECASE)

# between a sum and its conversion: "3.26 billion Swiss francs ($3.1 billion)", "€96
# million (about £82 million"
_CONVERSION = lazy_compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|some|approximately|nearly|"
                         r"almost|or)\s+)?", re.IGNORECASE)


def _converts(text: str, prior: Claim, q: Quantity) -> bool:
    """Whether ``q`` gives the sum before it in another currency, in brackets: it
    measures what that sum measures. An old level or a change converted is left alone
    (its conversion is no figure of the story's own)."""
    a = prior.quantity
    return (a.kind is Kind.MONEY and q.kind is Kind.MONEY and a.unit != q.unit
            and a.level is not Level.OLD and q.level is not Level.OLD
            and a.change is None and q.change is None and not prior.is_change
            and prior.part_of is None and a.end <= q.start
            and _CONVERSION.fullmatch(text, a.end, q.start) is not None)


def _own(r: Reading, antecedent: _Keyed) -> tuple[str | None, tuple[str, ...]]:
    """A part's thing and qualifiers after "of them": its own noun's when it names one and
    an event is counted ("nine people died, five of them drivers": drivers killed, a
    subset of the dead), else its antecedent's ("250 staff, 40 of them nurses" stays a
    part of the staff: no event, so no count of its own to align)."""
    if r.thing is not None and (r.event or antecedent.event) is not None:
        return r.thing, r.qualifiers
    return antecedent.thing, antecedent.qualifiers


# between a part and the figure of its whole: "Five of the 14 trucks", "52 of 150 seats"
_OF_WHOLE = lazy_compile(r"\s+of\s+(?:(?:the|its|their|these|those|our|all)\s+)?",
                       re.IGNORECASE)
_PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "all", "those", "these", "our"})


def _years(
    quantities: Sequence[Quantity], date: dt.date | None
) -> tuple[list[tuple[int, int, int]], int | None]:
    """(start, end, year) of every year written in the article (alone or in a date:
    "in November 2019"), and the article's own year: its date's, else the latest year
    it names when it names more than one."""
    years = sorted(
        (q.start, q.end, year) for q in quantities if (year := _year_of(q)) is not None
    )
    if date is not None:
        return years, date.year
    distinct = {y for _, _, y in years}
    return years, (max(distinct) if len(distinct) > 1 else None)


def _year_of(q: Quantity) -> int | None:
    if q.kind is Kind.YEAR and q.value:
        return int(q.value)
    if q.kind is Kind.DATE and q.iso and q.iso[:4].isdigit():
        return int(q.iso[:4])  # "2019-11", "2018-03-03"; "--02-24" names no year
    return None


def _has_window(q: Quantity, r: Reading) -> bool:
    """Windows scope events and changes; a length or a date has none."""
    if r.event is not None or r.is_change:
        return True
    return q.kind in (Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.PERCENTAGE_POINT)


_NOTHING = Reading()
_READING_FIELDS = tuple(f.name for f in fields(Reading))


def _replace(r: Reading, **changes: object) -> Reading:
    """``dataclasses.replace`` without its per-call introspection (hot path)."""
    values: dict[str, object] = {name: getattr(r, name) for name in _READING_FIELDS}
    values.update(changes)
    return Reading(**values)  # type: ignore[arg-type]
