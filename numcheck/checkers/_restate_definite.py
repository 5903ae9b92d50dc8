"""A definite re-mention retold one slip of the pen off its antecedent (NC101).

"Some 42 posts would go" ... "the 24 posts being cut"; "has 23 arches" ... "the 32-arch
structure"; "Faversill's 23 primary schools" ... "all 32 of the town's primary schools";
"closed for six weeks" ... "the 8-week closure". A definite description ("the", "those",
a possessive, "all N of") presupposes that the reader was told the figure before: it
refers back. ``_anaphora`` finds its antecedent when the two share noun, event and
modifiers; a reporter who retells the figure rarely repeats all of them ("would go" and
"being cut", "has" and a compound), so the copy's misstatements slip past it.

Here the antecedent is the one earlier figure of the article that the definite figure
may re-mention and is a slip of the pen from, whatever its verb says; the evidence that
the two are one figure told twice is the pair itself, all of it required:

- the later figure is definite (``_restate_bridge.definite``; "all" only as the partitive
  "all 32 of", never "All 46 councillors present"), not narrowed to a part by a modifier
  (``_anaphora``'s "part (...)"), and a count or an amount with a head noun that names a
  measure ("the £24.8m profit"; not "The £421,500 was taken", nor a generic "total");
- its noun or unit is the earlier figure's: a count names the earlier noun among the
  first words after its number ("all 32 of the town's primary schools": school) or by the
  noun a compound counts ("the 32-arch structure"), a generic noun ("people") also its
  event or a word of the clause that is no verb of either; any other kind one unit and a
  head word (``_restate_slipped.heads``), or three digits or more transposed;
- the two values are one slip of the pen apart, of one length: two adjacent digits
  swapped ("42"/"24", "4.87%"/"4.78%") or one digit changed ("260"/"290", "six"/"8"): the
  digits, not the nearness of the values, say one figure was miscopied; a dropped or
  added digit also reads as a rounding or another scale, and is left alone;
- the earlier figure is the *only* such slip partner, no figure of the same noun told
  before has the later value (a definite figure equal to one told before restates that
  one), and it is no margin ("won by 14 points") nor the rest of a set ("two other
  schools"); a possessive names the earlier clause's subject or the same possessor;
- nothing tells the two apart: one sentence, incident, party, moment and update words,
  another period or holder, opener days, a day owning the later occasion ("Friday's
  count"); the later figure's own span, place or dating year ("In 2015") only when it
  names one (a definite re-mention without one takes its antecedent's: "The viaduct,
  built in 1868, has 23 arches" ... "the 32-arch structure").

The verdict (``_restate_pair.verdict``) then decides: a pair whose hedges allow both is
silent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from numcheck.checkers._anaphora import own_place
from numcheck.checkers._compare import (
    cue_set,
    same_incident,
    same_party,
    same_place,
    same_sentence,
    sentence_of,
    squash,
    stem,
)
from numcheck.checkers._heads import lemma
from numcheck.checkers._restate_another import told_of_another
from numcheck.checkers._restate_bridge import definite
from numcheck.checkers._restate_grouping import Grouping
from numcheck.checkers._restate_pair import verdict
from numcheck.checkers._restate_retold import Retellings
from numcheck.checkers._restate_slipped import heads
from numcheck.checkers._slips import digits, neighbours_swapped
from numcheck.checkers._snapshots import days_apart, days_of, owned_days, snapshot
from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

__all__ = ["definite_slips", "swapped", "swapped_or_changed", "years_apart"]

_KINDS = frozenset({Kind.COUNT, Kind.MEASURE, Kind.MONEY, Kind.PERCENT, Kind.DURATION})
_DIGITS = 3  # significant digits a transposition alone ties (as _restate_transposed)
_REACH = 24  # earlier figures read, nearest first: a re-mention names a recent figure
_NOUNS = 4  # words after a count's number read for its noun ("of the town's primary schools")
# why a figure may be left out of every group and still be re-mentioned or an antecedent:
# it names no amount the keys read, or a modifier narrows it (checked here), or "all N of"
_OPEN = ("population", "part (", "related: part")
_WORD = lazy_compile(r"[a-z]+")
# a year that dates its sentence's figures ("In 2015", "during 2019"), not one a
# comparison reaches back to ("the largest since 2022")
_ANY_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b")
_YEARS = lazy_compile(r"\b(?:[Ii]n|[Dd]uring)\s+((?:1[89]|20)\d\d)\b")
_MARGIN = frozenset({"by"})  # "won by 14 points": a difference between two sets
_OTHER = frozenset({"other", "others"})  # "two other schools": beside one already named
_SKIP = frozenset({"of", "the", "its", "their", "our", "his", "her", "those", "these"})
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_NARROWED = "part ("  # a definite figure a modifier narrows to a part of its noun's set
_PUNCT = "\"“”‘’'(),.;:!?"


def swapped_or_changed(x: float, y: float) -> bool:
    """Whether two unequal positive values are written with digits of one length, two
    adjacent ones swapped or one changed: "42"/"24", "4.87"/"4.78", "260"/"290", "6"/"8"."""
    if x <= 0 or y <= 0 or x == y:
        return False
    dx, dy = digits(x), digits(y)
    if not dx or len(dx) != len(dy) or max(x, y) > 10 * min(x, y):
        return False
    return sum(a != b for a, b in zip(dx, dy, strict=True)) == 1 or neighbours_swapped(dx, dy)


def swapped(x: float, y: float) -> bool:
    """Two adjacent digits swapped ("42"/"24", "4.87"/"4.78"): a copying slip. One digit
    changed in place ("260"/"290") is left out: two figures of one article that a
    definite phrase ties differ so as often by a change of fact as by a slip (on the
    gates, every one-digit change this reader reported was outside the gold)."""
    return swapped_or_changed(x, y) and neighbours_swapped(digits(x), digits(y))


def _transposed(x: float, y: float) -> bool:
    """Two adjacent digits swapped, of three significant digits at least ("4.87"/"4.78",
    "28.4"/"24.8"; "27"/"72" coincide too often)."""
    return swapped(x, y) and len(digits(x)) >= _DIGITS


def _nouns(document: Document, claim: Claim) -> frozenset[str]:
    """What a count counts, as a definite phrase may write it: its noun, the noun a
    compound counts ("32-arch": arch), and the first words after the number, singular
    ("all 32 of the town's primary schools": school)."""
    q = claim.quantity
    out = {lemma(q.noun)} if q.noun else set()
    end = claim.location.end
    after = [x.strip(_PUNCT) for x in squash(document.prose[end : end + 60]).split()]
    words = [x for x in after if x.isalpha() and x not in _SKIP]  # "of the town's"
    out |= {lemma(x) for x in words[:_NOUNS] if len(x) > 2}
    return frozenset(out)


def _fits(document: Document, later: Claim, earlier: Claim, said: frozenset[str],
          w: Retellings, generic: frozenset[str]) -> bool:
    """Whether an earlier figure is one a definite figure may re-mention: a count whose
    noun the later phrase names; any other kind of one unit and a head word in common."""
    a, b = later.quantity, earlier.quantity
    if a.kind is not b.kind or a.unit != b.unit or later.key.dimension != earlier.key.dimension:
        return False
    if a.kind is Kind.COUNT:
        noun = lemma(b.noun or "")
        if not noun or noun not in said:
            return False
        if noun not in generic:
            return True
        # "people" names no set of its own: one event, or a word of the clause in common
        # ("evacuated 2,400 people by boat" ... "the 2,700 people rescued by boat")
        if later.key.event is not None and later.key.event == earlier.key.event:
            return True
        # beside two events ("evacuated" and "rescued": maybe two acts) the word must say
        # which set, not what was done to it
        acts = {stem(x) for c in (later, earlier) for x in squash(c.event or "").split()}
        shared = heads(document, later, w) & heads(document, earlier, w)
        return bool(shared - acts - {stem(noun), stem(b.noun or "")})
    # "an average yield of 4.87%" ... "the 4.78% paid": three digits or more written in
    # another order say one figure miscopied when no head word is shared
    return bool(heads(document, later, w) & heads(document, earlier, w)) or _transposed(
        a.value or 0.0, b.value or 0.0)


def _apart(document: Document, a: Claim, b: Claim, g: Grouping, lex: Mapping[str, Any]) -> bool:
    """Two figures told of two things (as ``_restate_transposed.told_apart`` reads them),
    where the later one, a definite re-mention, tells it: a definite description refers
    back to the figure whoever speaks in its sentence (as in ``_anaphora``), and one
    without a span, place or year of its own takes its antecedent's ("The viaduct, built
    in 1868, has 23 arches" ... "the 32-arch structure"), while "In 2015 the 1,520
    pupils", "the 14 officers injured on Friday" and "Friday's count" tell their own."""
    span = g.spans.span.get(id(b))
    place = own_place(document, b, g.place_of, lex)
    if (
        (span is not None and span != g.spans.span.get(id(a)))
        or g.spans.apart(a, b)
        or not same_incident(a, b)
        or not same_party(a.claimant, b.claimant)
        or not (place is None or same_place(g.place_of(a), place))
        or not _one_snapshot(document, a, b, lex)
        or told_of_another(document, a, b, lex)
    ):
        return True
    if days_apart(days_of(document, a, lex), days_of(document, b, lex)):
        return True  # "on Monday" ... "On Tuesday, the £21,000 the donors gave"
    if owned_days(document, b, lex) - _days(document, a, lex):
        # "Friday's count had put her 38 votes ahead": a day owns the later figure's
        # occasion ("a meeting on Tuesday" may name only when something else was done)
        return True
    return years_apart(document, a, b)


def years_apart(document: Document, earlier: Claim, later: Claim) -> bool:
    """Whether a re-mention's sentence dates itself by a year its antecedent's does not
    name ("In 2015 the 1,520 pupils" after "has 1,250 pupils this term"): another year's
    figure ("the largest move since 2022" dates nothing). A
    re-mention without a year takes its antecedent's ("built in 1868, has 23 arches" ...
    "the 32-arch structure")."""
    own = set(_YEARS.findall(document.prose[slice(*sentence_of(document, later))]))
    told = _ANY_YEAR.findall(document.prose[slice(*sentence_of(document, earlier))])
    return bool(own - set(told))


def _one_snapshot(document: Document, a: Claim, b: Claim, lex: Mapping[str, Any]) -> bool:
    """One moment, update and instance ("by noon", "still"); a part word of one figure
    ("four mounted officers") said in the other's sentence too: "8,400 season tickets"
    ... "the club's 8,900 season ticket holders" names no part."""
    x, y = snapshot(document, a, lex), snapshot(document, b, lex)
    if [m for m in x if not m.startswith("of ")] != [m for m in y if not m.startswith("of ")]:
        return False
    for part, other in ((set(x) - set(y), b), (set(y) - set(x), a)):
        text = squash(document.prose[slice(*sentence_of(document, other))])
        said = {stem(w) for w in _WORD.findall(text)}
        if any(stem(m[3:]) not in said for m in part):
            return False
    return True


def _days(document: Document, claim: Claim, lex: Mapping[str, Any]) -> frozenset[str]:
    """The days a figure's sentence names, by an opener or a possessive."""
    return days_of(document, claim, lex) | owned_days(document, claim, lex)


def _owner(document: Document, claim: Claim) -> str:
    """The possessive before a figure ("the union's 290 members": union's), or ""."""
    words = document.prose[max(0, claim.location.start - 30) : claim.location.start].split()
    last = words[-1].strip(_PUNCT[:3]) if words else ""
    return last.lower() if len(last) > 3 and last.endswith(_POSSESSIVE) else ""


def _owned(document: Document, later: Claim, earlier: Claim, w: Retellings) -> bool:
    """A possessive re-mention names its antecedent's owner: the same possessive, or the
    subject of the earlier figure's clause ("The union said 260 of its members" for "the
    union's 290 members"; not "A coalition of the Social Democrats ... would have 82
    seats" for "the Social Democrats' 52 seats")."""
    owner = _owner(document, later)
    if not owner:
        return True
    return _owner(document, earlier) == owner or w.heads.names_owner(
        document, earlier, owner, before=True)


def _other(document: Document, claim: Claim, added: frozenset[str]) -> bool:
    """A figure of a set told beside another ("two other schools", "14 more", "another
    7"), or a margin ("won the final by 14 points"): the rest of a set or a difference,
    never the whole a definite re-mention names ("the 41-point final")."""
    after = squash(document.prose[claim.location.end : claim.location.end + 20]).split()
    before = squash(document.prose[max(0, claim.location.start - 20) : claim.location.start])
    return bool(after[:1] and after[0].strip(_PUNCT) in added) or bool(
        before.split()[-1:] and before.split()[-1] in added | _MARGIN)


def _quantified(document: Document, claim: Claim) -> bool:
    """"All 46 councillors present": "all" before a count quantifies over a set a
    modifier may narrow; only the partitive "all 32 of the town's schools" names the
    whole told before."""
    lead = document.prose[max(0, claim.location.start - 10) : claim.location.start].split()
    after = document.prose[claim.location.end : claim.location.end + 10].split()
    return bool(lead) and lead[-1].lower() == "all" and after[:1] != ["of"]


def _headed(document: Document, claim: Claim, w: Retellings) -> bool:
    """A count, or an amount with a head noun of its own that names a measure ("the
    £24.8m profit", "the 8-week closure"; not "the £421,500 was taken", nor a generic
    "the 2.3-inch total", which restates only its possessor's figure: ``_anaphora``)."""
    q = claim.quantity
    if q.kind is Kind.COUNT and not q.head:
        return True
    head = tuple(lemma(x) for x in q.head.lower().split()) if q.head else (
        w.heads.head_after(document, claim))
    return bool(head) and not w.heads.generic(head)


def _open(g: Grouping, claim: Claim) -> bool:
    why = g.left_out.get(id(claim))
    return why is None or why.startswith(_OPEN)


def definite_slips(
    document: Document, g: Grouping, lex: Mapping[str, Any], tolerance: float, told: set[int]
) -> list[Finding]:
    """Definite figures a slip of the pen off the nearest earlier figure they re-mention;
    none for a figure already reported (``told``)."""
    w = Retellings.of(lex)
    determiners = cue_set(lex.get("restated", {}), "determiners")
    generic = frozenset(lemma(x) for x in g.generic)
    added = cue_set(lex.get("restated", {}), "added") | _OTHER
    kept = [c for c in g.ordered if c.quantity.kind in _KINDS and c.quantity.value
            and c.scope is not Scope.BOILERPLATE and _open(g, c)]
    findings: list[Finding] = []
    for i, later in enumerate(kept):
        if (later.location.start in told or not definite(document, later, lex, determiners)
                or g.left_out.get(id(later), "").startswith(_NARROWED)):
            continue  # "the 12 branches that close in March": a part (``_anaphora``)
        if _quantified(document, later) or not _headed(document, later, w):
            continue  # "The £421,500 was taken": a plain amount restates nothing by its words
        said = _nouns(document, later) if later.quantity.kind is Kind.COUNT else frozenset()
        partners: list[Claim] = []
        for earlier in reversed(kept[max(0, i - _REACH) : i]):
            if same_sentence(earlier, later, document) or not _fits(
                    document, later, earlier, said, w, generic):
                continue
            if earlier.quantity.value == later.quantity.value:
                partners = []  # it restates a figure told before
                break
            if swapped(
                earlier.quantity.value or 0.0, later.quantity.value or 0.0
            ) and _owned(document, later, earlier, w) and not _other(document, earlier, added):
                partners.append(earlier)
        if len(partners) != 1 or partners[0].location.start in told:
            continue  # none, or two figures it may be a slip of
        antecedent = partners[0]
        if _apart(document, antecedent, later, g, lex):
            continue
        found = verdict(document, antecedent, later, tolerance)
        if found is not None:
            findings.append(found)
            told |= {antecedent.location.start, later.location.start}
    return findings
