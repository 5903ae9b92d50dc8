"""Two figures told of another period or another holder are two figures (NC101).

"Marren has scored 21 of the club's 38 goals this season. Last season he scored 14 of
the club's 52 goals"; "The airline grounded 40 of its 120 aircraft. Its partner airline
has grounded 40 of its 210 jets." A definite phrase ("the club's 52 goals", "its 210
jets") or a figure with the same digits restates an earlier figure only when it tells
of the same holder over the same period. A clause that names an earlier period than the
other's, or a holder the other's does not (another airline, a rival, the parent
company), is evidence of a second figure: the pair is no restatement. The grammar reads
both as phrases of the lexicon (checkers.toml ``[restated.another]``):

- a period: a lead and a period noun ("last season", "the previous financial year"), or
  a count, a period noun and a word back ("a year earlier", "two seasons ago"), which
  opens the sentence (a fronted adjunct scopes over its clause) or stands next to the
  figure with no other figure between, never after a comparison's word ("up from 580 a
  year earlier");
- a holder: a word of ``holders`` before a noun in the sentence's subject (its first
  words, before any figure) or in the possessor right before the figure ("the rival
  club's 52 goals").

Two figures whose clauses name the same period and holder ("Last season ... 52 goals" and
"the club's 25 goals last season") are still compared. Every read is bounded (a few
words around the figure, the first words of its sentence), so a long sentence of figures
costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from numcheck.checkers._compare import compiled, sentence_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.lexicon import LexiconError

_TOKEN = lazy_compile(r"[a-z]+(?:['’][a-z]+)?|\d[\d,.]*|[;:]")
_REACH_AFTER = 40  # characters after a figure read for its period ("... 14 goals last season")
_REACH_BEFORE = 80  # characters before it ("a year earlier it expelled 5")
_OPENING = 60  # characters of a sentence read for a fronted period and its subject
_SUBJECT = 6  # words of a sentence's subject read for its holder
_POSSESSOR = 3  # words right before a figure read for its possessor ("the rival club's")
_FRONTED = 2  # words a fronted period may follow ("In the previous quarter")
_WHERE = "checkers.restated.another"


class AnotherWords(NamedTuple):
    """The lexicon's words for another period and another holder."""

    leads: frozenset[str]
    now: frozenset[str]
    nouns: frozenset[str]
    counts: frozenset[str]
    backs: frozenset[str]
    blockers: frozenset[str]
    holders: frozenset[str]
    cue: re.Pattern[str]  # any period noun or holder word: a figure without one is read fast

    @classmethod
    def of(cls, lex: Mapping[str, Any]) -> AnotherWords:
        table: Mapping[str, Any] = lex.get("restated", {}).get("another", {})
        names = ("period_leads", "period_now", "period_nouns", "period_counts", "period_backs",
                 "period_blockers", "holders")
        got: dict[str, frozenset[str]] = {}
        for name in names:
            words = [str(w).lower() for w in table.get(name, ())]
            if any(not w.isalpha() for w in words):
                raise LexiconError(f"{_WHERE}.{name}", "one word each, letters only: "
                                   f"{sorted(w for w in words if not w.isalpha())}")
            got[name] = frozenset(words)
        nouns = got["period_nouns"]
        for name in ("period_leads", "period_now", "period_counts", "period_backs"):
            if got[name] & nouns:
                raise LexiconError(f"{_WHERE}.{name}", "also a period noun: "
                                   f"{sorted(got[name] & nouns)}")
        cues = sorted(got["period_nouns"] | got["holders"], key=len, reverse=True)
        cue = lazy_compile(r"\b(?:" + "|".join(cues) + r")\b" if cues else r"(?!)", re.I)
        return cls(got["period_leads"], got["period_now"], got["period_nouns"],
                   got["period_counts"], got["period_backs"], got["period_blockers"],
                   got["holders"], cue)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _noun(token: str) -> str:
    """A period noun's lemma: "season's", "seasons" -> "season"."""
    word = re.sub(r"['’]s$", "", token)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _periods(tokens: list[str], w: AnotherWords) -> list[tuple[int, int, str]]:
    """The period phrases of ``tokens``: (start, end, its form and noun's lemma): "last
    season" -> "last season", "a year earlier" -> "back year", "this season" -> "now
    season"."""
    out: list[tuple[int, int, str]] = []
    for i, token in enumerate(tokens):
        noun = re.sub(r"['’]s$", "", token)
        if noun not in w.nouns:
            continue
        for k in (1, 2):  # "last season", "the previous financial year"
            lead = tokens[i - k] if i >= k else ""
            if (lead in w.leads or lead in w.now) and (k == 1 or tokens[i - 1].isalpha()):
                form = "now" if lead in w.now else "last"
                out.append((i - k, i + 1, f"{form} {_noun(token)}"))
                break
        else:
            if (
                i >= 1 and i + 1 < len(tokens) and tokens[i + 1] in w.backs
                and (tokens[i - 1] in w.counts or tokens[i - 1][:1].isdigit())
            ):  # "a year earlier", "two seasons ago"
                out.append((i - 1, i + 2, f"back {_noun(token)}"))
    return out


def _blocked(tokens: list[str], at: int, w: AnotherWords) -> bool:
    """A period after a comparison's word ("than last season", "on a year earlier") is
    the comparison's."""
    return at >= 1 and tokens[at - 1] in w.blockers


def period(document: Document, claim: Claim, w: AnotherWords) -> frozenset[str]:
    """The earlier periods a figure's clause tells it of (their nouns' lemmas)."""
    start, end = sentence_of(document, claim)
    text = document.prose
    found: set[str] = set()
    opening = _tokens(text[start:min(end, start + _OPENING)])
    for i, _, noun in _periods(opening, w):  # "Last season, ...", "In the previous quarter"
        if (
            i <= _FRONTED and not any(t[:1].isdigit() for t in opening[:i])
            and not _blocked(opening, i, w)
        ):
            found.add(noun)
    after = _tokens(text[claim.location.end:min(end, claim.location.end + _REACH_AFTER)])
    after = after[: next((k for k, t in enumerate(after) if t in ";:"), len(after))]
    near = [p for p in _periods(after, w) if not any(t[:1].isdigit() for t in after[: p[0]])]
    if near and not _blocked(after, near[0][0], w):
        found.add(near[0][2])
    lo = max(start, claim.location.start - _REACH_BEFORE)
    before = _tokens(text[lo:claim.location.start])
    cut = max((k for k, t in enumerate(before) if t in ";:" or t[:1].isdigit()), default=-1)
    before = before[cut + 1 :]
    late = [p for p in _periods(before, w) if p[1] == len(before) or p[1] >= len(before) - 6]
    if late and not _blocked(before, late[-1][0], w):
        found.add(late[-1][2])
    return frozenset(found)


def holder(document: Document, claim: Claim, w: AnotherWords) -> frozenset[str]:
    """The words of another holder in a figure's subject or its possessor."""
    start, end = sentence_of(document, claim)
    text = document.prose
    opening = _tokens(text[start:min(end, start + _OPENING, claim.location.start)])
    opening = opening[: next((k for k, t in enumerate(opening) if t[:1].isdigit()),
                             len(opening))][:_SUBJECT]
    lo = max(start, claim.location.start - 40)
    possessor = _tokens(text[lo:claim.location.start])[-_POSSESSOR:]
    if not (possessor and re.search(r"['’]s?$", possessor[-1])):
        possessor = []
    found = set()
    for words in (opening, possessor):
        for k, word in enumerate(words):  # a holder word before its noun
            bare = re.sub(r"['’]s$", "", word)  # "Its subsidiary's 2,500 engineers"
            nouned = words[k + 1][:1].isalpha() if k + 1 < len(words) else False
            if bare in w.holders and (bare != word or nouned):
                found.add(bare)
    return frozenset(found)


_Read = tuple[frozenset[str], frozenset[str]]
_NONE: _Read = (frozenset(), frozenset())
_SEEN: dict[tuple[int, int], tuple[str, _Read]] = {}  # (id of the prose, start): its read
_SEEN_SIZE = 50_000


def _read(document: Document, claim: Claim, w: AnotherWords) -> _Read:
    """A figure's periods and holders, read once: one search of the words around it and
    of its sentence's opening for any cue word, the full read only on a hit."""
    text, at = document.prose, claim.location.start
    hit = _SEEN.get((id(text), at))
    if hit is not None and hit[0] is text:
        return hit[1]
    start, end = sentence_of(document, claim)
    near = text[max(start, at - _REACH_BEFORE):min(end, claim.location.end + _REACH_AFTER)]
    if w.cue.search(near) or w.cue.search(text, start, min(end, start + _OPENING)):
        read = (period(document, claim, w), holder(document, claim, w))
    else:
        read = _NONE
    if len(_SEEN) >= _SEEN_SIZE:
        _SEEN.clear()
    _SEEN[(id(text), at)] = (text, read)
    return read


def told_apart_by(document: Document, a: Claim, b: Claim, w: AnotherWords) -> bool:
    """Whether two figures are told of different periods or holders: a second figure,
    no restatement of the first. A later mention that names no period takes the
    earlier's ("412 million trips last year" ... "the 421 million trips figure"), and so
    does one that names only the story's own ("the 221 flooded homes this week"); one
    that names an earlier period than the earlier's tells of another ("this season" ...
    "Last season ... 52 goals"), and so does the story's own after an earlier period.
    Holders differ on either side."""
    first, second = (a, b) if a.location.start <= b.location.start else (b, a)
    (one, held), (two, holds) = _read(document, first, w), _read(document, second, w)
    if not (one or two or held or holds):
        return False
    later, earlier = _past(two), _past(one)
    if later and later != earlier:
        return True  # "this season" ... "Last season he scored 14 of the club's 52 goals"
    if earlier and not later and two:
        return True  # "52 goals last season" ... "This season, the club's 38 goals"
    return held != holds


def _past(periods: frozenset[str]) -> frozenset[str]:
    """The earlier periods of a figure ("last season", "a year earlier"): its own
    ("this week") alone tells no other period ("the 221 flooded homes this week")."""
    return frozenset(p for p in periods if not p.startswith("now "))


def told_of_another(
    document: Document, a: Claim, b: Claim, lex: Mapping[str, Any]
) -> bool:
    """``told_apart_by`` with the lexicon's words."""
    return told_apart_by(document, a, b, compiled(AnotherWords.of, lex))


_RESTATED = frozenset({"NC101", "NC102", "NC103"})


def not_of_another(
    document: Document, findings: list[Finding], claims: list[Claim], lex: Mapping[str, Any]
) -> list[Finding]:
    """The findings less a restatement whose two figures are told of different periods
    or holders (a group by key or by measured head: "this winter" ... "Last winter it
    recorded 241 infections"); the figures are found by their start, one dict lookup
    each."""
    w = compiled(AnotherWords.of, lex)
    at = {c.location.start: c for c in claims}
    out = []
    for f in findings:
        if f.rule in _RESTATED and len(f.related) == 1:
            a, b = at.get(f.location.start), at.get(f.related[0].start)
            if a is not None and b is not None and told_apart_by(document, a, b, w):
                continue
        out.append(f)
    return out


__all__ = ["AnotherWords", "holder", "not_of_another", "period", "told_apart_by",
           "told_of_another"]
