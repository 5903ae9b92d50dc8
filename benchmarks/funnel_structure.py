"""Structural classes of the two-article pairs the funnel loses at group, block or window.

``claim_funnel.py --blind N`` may print counts only: these classes come from the code and
the lexicon (a key field, a quantity's kind, which side's descriptor says words the
other's lacks, which lexicon table those words are in), never from a word, span, name or
value of the copy. Each pair yields several lines, one per axis ("kind", "said", ...),
so the counts of one axis sum to the pairs lost there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from numcheck.claims import Claim


@cache
def _calendar() -> frozenset[str]:
    from numcheck.lexicon import Lexicon

    since = Lexicon.default()["windows"].get("since", {})
    return frozenset(str(w).lower() for w in (*since.get("days", ()), *since.get("months", ())))


def structure(stage: str, a: Claim, b: Claim, index: Any) -> Iterator[str]:
    """The classes of a pair lost at ``stage`` ("group", "block", "window"), and the
    verdict were it met crossed with its "said" and likeness-route classes."""
    lines = list(_structure(stage, a, b, index))
    yield from lines
    verdict = next(line for line in lines if line.startswith("if met"))
    for axis in ("said:", "likeness route", "fields", "measured heads", "events"):
        for line in lines:
            if line.startswith(axis):
                yield f"x {verdict.removeprefix('if met, judged ')} | {line}"


def _structure(stage: str, a: Claim, b: Claim, index: Any) -> Iterator[str]:
    yield "kind " + "/".join(sorted({a.quantity.kind.name, b.quantity.kind.name}))
    yield "values " + ("hard bounds meet" if a.quantity.hard.intersects(b.quantity.hard)
                       else "hard bounds apart")
    days = None if a.date is None or b.date is None else abs((a.date - b.date).days)
    yield "days apart " + ("?" if days is None else str(min(days, 2)) + ("+" if days > 2 else ""))
    if stage == "group":
        yield from _group(a, b, index)
    elif stage == "block":
        yield from _block(a, b, index)
    else:
        why = index.index.why(a, b)
        yield "why " + why
        if why == "window: descriptors":
            yield from _descriptors(a, b, index)
        else:
            yield "windows " + _sides(a.window, b.window)
    yield "likeness route " + likeness_gate(a, b, index)
    yield "if met, judged " + _judged(a, b, index)


def _sides(x: object, y: object) -> str:
    """Which sides say something: "both", "one" or "none"."""
    said = (bool(x), bool(y))
    return "both" if all(said) else "one" if any(said) else "none"


def _group(a: Claim, b: Claim, index: Any) -> Iterator[str]:
    from numcheck.checkers.drift.keys import fine_key

    story = index.views[a.location.path].story
    ka, kb = fine_key(a, story, index.alignment), fine_key(b, story, index.alignment)
    if ka is None or kb is None:
        yield "key none"
        return
    (_, fa), (_, fb) = ka, kb
    names = ("thing", "event", "qualifiers", "dimension", "place", "change")
    fields = [n for n, x, y in zip(names, fa, fb, strict=True) if x != y]
    yield "fields " + "+".join(fields)
    if "thing" in fields:
        yield "thing " + "/".join(sorted(_thing_class(t) for t in (fa[0], fb[0])))
    if "qualifiers" in fields:
        yield "qualifiers " + _sides(fa[2], fb[2])


def _thing_class(thing: str | None) -> str:
    if thing is None:
        return "none"
    return "measured" if thing.startswith("~") else "lexicon"


def _block(a: Claim, b: Claim, index: Any) -> Iterator[str]:
    from numcheck.checkers.drift.keys import block_key

    ka, kb = block_key(a, index.alignment), block_key(b, index.alignment)
    if (ka[0] or "").startswith("~"):
        verb = [" " in (k[0] or "") or k[0] in ("~at", "~for") for k in (ka, kb)]
        yield "measured heads " + ("verb frame" if any(verb) else "two nouns")
        return
    if ka[0] != kb[0]:
        yield "things of one family"
    if ka[1] != kb[1]:
        yield "events " + _sides(ka[1], kb[1])
    if ka[0] == kb[0] and ka[1] == kb[1]:
        yield "one key (aligned things fail)"


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _descriptors(a: Claim, b: Claim, index: Any) -> Iterator[str]:
    from numcheck.checkers.drift.measured import _said, _years
    from numcheck.quantity import Kind

    alignment = index.alignment
    if a.window != b.window:
        yield "windows " + _sides(a.window, b.window)
    ma, mb = _said(a, alignment), _said(b, alignment)
    if _years(ma) != _years(mb):
        yield "said: years or spans differ"
    if ma <= mb or mb <= ma:
        counted = Kind.COUNT in (a.quantity.kind, b.quantity.kind)
        if ma == mb:
            yield "said: equal" + (" (count, none shared)" if counted and not ma else "")
        else:
            yield "said: one side's all the other's" + (
                " (count, none shared)" if counted and not ma & mb else "")
    else:
        yield "said: each side its own words" + (" (some shared)" if ma & mb else
                                                 " (none shared)")
    extra = ma ^ mb
    yield f"extra words {min(len(extra), 3)}{'+' if len(extra) > 3 else ''}"
    for claim, own in ((a, ma - mb), (b, mb - ma)):
        raw = {alignment.content((w,)): w for w in claim.measure[1:]}
        for word in sorted(own):
            written = next((w for k, w in raw.items() if word in k), word)
            yield "word class " + _word_class(word, written, a, b, index)


def _word_class(word: str, written: str, a: Claim, b: Claim, index: Any) -> str:
    """Which table or shape a descriptor word said of one side only is of."""
    alignment = index.alignment
    if word.startswith("@"):
        return "span (@)"
    if word.isdigit():
        return "year/digit"
    if word in _calendar():
        return "weekday/month"
    if word in alignment.event_verbs:
        return "[descriptors] events"
    if any(word in group for group in alignment.descriptor_siblings):
        return "[descriptors] siblings"
    if word in alignment.counting_verbs:
        return "[descriptors] cumulative"
    if word in ("up", "down"):
        return "particle"
    if word in set(alignment.synonyms.values()):
        return "[descriptors] synonyms"
    for claim in (a, b):
        if _capitalized(word, claim, index):
            return "capitalized mid-sentence (a name)"
    if written.endswith(("ed", "en")):
        return "other: past participle/verb form (-ed)"
    if written.endswith("ing"):
        return "other: -ing form"
    if written.endswith("s") and word != written:
        return "other: -s form (verb or plural)"
    return "other: base form (noun/adjective/verb)"


def _capitalized(word: str, claim: Claim, index: Any) -> bool:
    text = index.index._texts.get(claim.location.path, "")
    start, end = claim.sentence
    for m in list(_WORD.finditer(text, start, end))[1:]:
        if m.group()[0].isupper() and m.group().lower().startswith(word[:4]):
            return True
    return False


def likeness_gate(a: Claim, b: Claim, index: Any) -> str:
    """The first gate of the likeness route (checkers/drift/meeting.py ``met``) that keeps
    two figures of two articles apart, "" when none does (the pair then meets or loses
    to another figure of the group: mutual best, echoed)."""
    from numcheck.checkers.drift import meeting as m
    from numcheck.checkers.drift.keys import dimension_family
    from numcheck.checkers.drift.measured import changes, told_apart
    from numcheck.checkers.drift.spans import particle
    from numcheck.likeness import Specificity, likeness

    ix = index.index
    if not (m.candidate(a) and m.candidate(b)):
        return "not a candidate"
    story = index.views[a.location.path].story
    group = ix._groups.get((story, dimension_family(a)), [])
    if b not in group or a not in group:
        return "two groups (dimension family)"
    words = _words()
    paths = {c.location.path for c in group}
    if len(paths) > words.documents or (ix._sizes or {}).get(story, 0) > words.documents:
        return "story set too large"
    ea, eb = ix._entry(a, False), ix._entry(b, False)
    if ea is None or eb is None:
        return "no entry"
    al = ix.alignment
    things = a.key.thing, b.key.thing
    if None not in things and things[0] != things[1] and set(things) & al.subgroups:
        return "gated: subgroup"
    if a.measure and b.measure and (told_apart(a, b, al) or m._spans(a) != m._spans(b)):
        return "gated: told apart / spans"
    if m._siblings(a, b, al):
        return "gated: siblings"
    if a.quantity.kind is not b.quantity.kind or changes(a) != changes(b):
        return "gated: kind or change"
    if particle(a) != particle(b) and m._verbed(a) and m._verbed(b):
        return "gated: particle"
    if ea.date != eb.date and not (ea.fixed and eb.fixed):
        return "gated: two days, not both fixed"
    if None not in (a.key.event, b.key.event) and a.key.event != b.key.event:
        return "gated: two events"
    if m.parties_differ(ea.party, eb.party):
        return "gated: parties"
    if ea.window != eb.window and (None not in (ea.window, eb.window) or changes(a)):
        return "gated: windows"
    low, high = sorted((m._size(ea), m._size(eb)))
    if not (low > 0 and high <= words.ratio * low):
        return "gated: ratio"
    if not m._places_meet(ea, eb, ix._home):
        return "places"
    texts = ix._texts
    voc = words.vocabulary
    mods = [m._modifiers(c, texts.get(c.location.path, ""), voc) for c in (a, b)]
    if mods[0] - mods[1] and mods[1] - mods[0]:
        return "modifiers: each its own"
    heads = [m._heads(c, voc) for c in (a, b)]
    if not m._kin(heads[0], heads[1]):
        return "heads not kin"
    if not all(m._own(c, texts.get(c.location.path, "")) for c in (a, b)):
        return "not own (part, old level, share of)"
    entries = [e for c in group if (e := ix._entry(c, False)) is not None]
    runs = m._runs(entries)
    spots = {id(e.claim): i for i, e in enumerate(entries)}
    if spots.get(id(a)) in runs or spots.get(id(b)) in runs:
        return "a run"
    if m._years(a, texts) != m._years(b, texts):
        return "years"
    contexts = [m._context(e.claim, texts, voc) for e in entries]
    ca, cb = m._context(a, texts, voc), m._context(b, texts, voc)
    if not m._beside(ca, cb, heads[0], heads[1]):
        return "beside: nothing shared but the head"
    score = likeness(ca, cb, Specificity(contexts))
    if score < words.threshold:
        return "score under threshold"
    return "passes gates (mutual best / echoed)"


@cache
def _words() -> Any:
    from numcheck.checkers.drift.meeting import MeetWords

    return MeetWords.from_lexicon()


def _judged(a: Claim, b: Claim, index: Any) -> str:
    """The verdict the pair would get were it met (verdicts.judge on the two figures'
    entries, one relation: the same figure), with whether each is read as a fixed fact."""
    from numcheck.checkers.drift.entries import Pair, Relation
    from numcheck.checkers.drift.verdicts import judge

    ix = index.index
    ea, eb = _kept(a, ix), _kept(b, ix)
    if ea is None or eb is None:
        return "no entry"
    verdict = judge(Pair(ea, eb, Relation.SAME), ix.alignment)
    fixed = "both fixed" if ea.fixed and eb.fixed else "one fixed" if ea.fixed or eb.fixed \
        else "none fixed"
    grows = " grows" if ix.alignment.grows(a) else ""
    unfixed = "; ".join(sorted({_unfixed(e, ix) for e in (ea, eb) if not e.fixed}))
    return f"{verdict.rule if verdict else 'None'} ({fixed}{grows})" + (
        f" [not fixed: {unfixed}]" if unfixed and verdict is None else "")


def _unfixed(entry: Any, ix: Any) -> str:
    """Why aspect.fixed (and lone_facts) does not read a figure as the event's fixed
    fact: the first reason, in aspect.fixed's order."""
    from numcheck.checkers.drift.aspect import _period, counted, told_past
    from numcheck.checkers.drift.keys import is_measured
    from numcheck.checkers.drift.measured import changes, eventful

    claim, al = entry.claim, ix.alignment
    if claim.key.event is not None:
        return "keyed event" + (" (cumulative)" if al.is_cumulative(claim.key.event)
                                else " (not cumulative)")
    if changes(claim):
        return "a change"
    if al.grows(claim):
        return "grows"
    if al.is_rolling(al.window(claim.window)):
        return "rolling window"
    if not (counted(claim) or not is_measured(claim, al) or eventful(claim, al)):
        return "an amount, no event verb"
    text = ix._texts.get(claim.location.path)
    if text is None:
        return "no text"
    if not told_past(claim, text, ix._aspect):
        start, end = claim.sentence
        if _period(text[start:end], ix._aspect):
            return "not past: a period named" + _period_class(text[start:end], ix._aspect)
        return "not past: no past form or a current state"
    return "another value in its block (lone_facts)"


def _kept(claim: Claim, ix: Any) -> Any:
    """The claim's entry as its first block keeps it (aspect.lone_facts unfixes a figure
    whose article gives its block another value), else a fresh one."""
    for key, filed in ix._filed.get(id(claim), ()):
        for entry in ix.blocks[key].get(filed.window, ()):
            if entry.claim is claim:
                return entry
    return ix._entry(claim, False)


_DATED = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+"
                    r"\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b")


def _period_class(sentence: str, words: Any) -> str:
    """Which period aspect._period reads: only a year that is part of a full date (a
    day's date, "3 March 2026", "March 3, 2026"), a year, or a period word."""
    from numcheck.checkers.drift.aspect import _period

    if not _period(_DATED.sub(" ", sentence), words):
        return " (only a day's full date)"
    return " (a year or a period word)"


def relation(a: Claim, b: Claim, index: Any) -> Iterator[str]:
    """How the measure relation tables relate two figures' measures (measure-drift pairs
    lost at group or block): which key fields differ and, for each, the relation the
    tables hold (a kind, a subgroup, siblings, a composite), never a word of the copy."""
    from numcheck.checkers.drift.keys import block_key

    alignment = index.alignment
    ka, kb = block_key(a, alignment), block_key(b, alignment)
    sides = [_thing_class(k[0]) for k in (ka, kb)]
    yield "keys " + "/".join(sorted(sides))
    yield "kind " + "/".join(sorted({a.quantity.kind.name, b.quantity.kind.name}))
    if "measured" in sides:
        yield from _measured_relation(a, b, ka, kb, alignment, index)
        return
    names = ("thing", "event", "qualifiers", "dimension", "place", "change")
    yield "fields " + ("+".join(n for n, x, y in zip(names, ka, kb, strict=True) if x != y)
                       or "none")
    ta, tb = a.key.thing, b.key.thing
    if ta != tb:
        if None in (ta, tb):
            yield "thing: one none"
        elif ta in alignment.kinds(tb or "") or tb in alignment.kinds(ta or ""):
            sub = {ta, tb} & alignment.subgroups
            yield "thing: a kind of the other" + (" (a subgroup)" if sub else "")
        elif tb in alignment.thing_siblings.get(ta or "", ()):
            yield "thing: siblings"
        else:
            root = alignment.participants or ""
            people = sum(root in alignment.kinds(t or "") for t in (ta, tb))
            sub = len({ta, tb} & alignment.subgroups)
            yield f"thing: unrelated ({people} of people, {sub} subgroups)"
    if ta != tb and ka[1] == kb[1]:
        yield "thing differs, event " + ("same" if ka[1] else "none")
    ea, eb = ka[1], kb[1]
    known = {e for e, _ in alignment.event_forms}
    if ea != eb and {ea, eb} <= known | {None}:  # lexicon event names: classes of the code
        yield "event pair " + "/".join(sorted(str(e) for e in (ea, eb)))
    things = set(alignment.thing_forms)
    if ta != tb and {ta, tb} <= things | {None}:  # lexicon thing names
        yield "thing pair " + "/".join(sorted(str(t) for t in (ta, tb)))
        if None in (ta, tb):
            ordered = sorted((str(t), str(e)) for t, e in ((ta, ea), (tb, eb)))
            yield (f"thing pair {'/'.join(t for t, _ in ordered)}, events "
                   f"{'/'.join(e for _, e in ordered)}, kin {alignment.kin(ea, eb)}")
    if ea != eb:
        if None in (ea, eb):
            yield "event: one none"
        elif eb in alignment.composites.get(ea or "", ()) or ea in alignment.composites.get(
                eb or "", ()):
            yield "event: composite"
        elif eb in alignment.siblings.get(ea or "", ()):
            yield "event: siblings"
        else:
            yield "event: unrelated"
    if ka[2] != kb[2]:
        yield "qualifiers " + _sides(ka[2], kb[2])


def _measured_relation(a: Claim, b: Claim, ka: Any, kb: Any, alignment: Any,
                       index: Any = None) -> Iterator[str]:
    """For a measured figure: whether its head (and the verbs and nouns of its descriptor)
    name a measure of the relation table, a lexicon thing or event; counts only."""
    from numcheck.checkers.drift.keys import related_heads

    def table(claim: Claim, key: Any) -> str:
        head = (key[0] or "")[1:] if (key[0] or "").startswith("~") else None
        if head is None:
            return "keyed"
        said = alignment.content(claim.measure[1:])
        in_head = alignment.head_measure(head) is not None
        in_words = any(alignment.relations.measure(w) for w in said)
        thing = head in alignment.thing_forms
        events = {e for e, _ in alignment.event_forms}
        return ("head in table" if in_head else "head a lexicon thing" if thing
                else "head unknown") + ("; a word in table" if in_words else "") + (
            "; a word an event" if said & events else "")

    for claim, key in ((a, ka), (b, kb)):
        yield "measured side: " + table(claim, key)
    things = [(k[0] or "")[1:] if (k[0] or "").startswith("~") else (c.key.thing or "")
              for c, k in ((a, ka), (b, kb))]
    if all(t in alignment.thing_forms for t in things):
        x, y = things
        root = alignment.participants or ""
        people = sum(root in alignment.kinds(t) for t in things)
        rel = ("equal" if x == y else "kinds" if x in alignment.kinds(y) or y in
               alignment.kinds(x) else "thing siblings" if y in alignment.thing_siblings.get(
                   x, ()) else "one family" if alignment.thing_family(alignment.thing_class(
                       x)) == alignment.thing_family(alignment.thing_class(y)) else "unrelated")
        yield f"lexicon things: {rel} ({people} of people)"
        keyed = [c.key.event for c, k in ((a, ka), (b, kb)) if not (k[0] or "").startswith("~")]
        if keyed and keyed[0] in {e for e, _ in alignment.event_forms}:
            yield f"keyed side's event {keyed[0]}; things {'/'.join(sorted(things))}"
            for c, k in ((a, ka), (b, kb)):
                if (k[0] or "").startswith("~"):
                    words = alignment.content(c.measure[1:])
                    yield f"measured side: {min(len(words), 3)} words"
                    for w in sorted(words):
                        near = any(_near_form(w, f) for _, f in alignment.event_forms)
                        shape = ("-ed" if w.endswith(("ed", "en")) else "-ing" if w.endswith(
                            "ing") else "in table" if alignment.relations.measure(w) or
                            alignment.relations.verbs.get(w) else "other")
                        yield ("measured side word: " + shape
                               + ("; near an event form" if near else ""))
                        for event, f in sorted(alignment.event_forms):  # lexicon classes
                            at = [i for i, x in enumerate(f.split()) if len(x) > 3
                                  and w[:5] == x[:5]]
                            if at:
                                yield (f"measured side word near a form of {event}: word "
                                       f"{at[0] + 1} of {len(f.split())}")
    if (ka[0] or "").startswith("~") and (kb[0] or "").startswith("~"):
        yield f"heads related: {related_heads(ka[0], kb[0], alignment)}"
    if index is not None:
        yield from _told_events(a, b, ka, kb, alignment, index)


def _told_events(a: Claim, b: Claim, ka: Any, kb: Any, alignment: Any,
                 index: Any) -> Iterator[str]:
    """md32: for a keyed figure against a measured one (or two measured), which lexicon
    events the measured side's sentence (and the 400 characters before it) tells, and how
    they relate to the keyed side's event: classes of the code only."""
    keyed = [c.key.event for c, k in ((a, ka), (b, kb)) if not (k[0] or "").startswith("~")]
    other = keyed[0] if keyed else None
    for claim, key in ((a, ka), (b, kb)):
        if not (key[0] or "").startswith("~"):
            continue
        text = index.index._texts.get(claim.location.path, "")
        start, end = claim.sentence
        where = {"sentence": text[start:end].lower(),
                 "before": text[max(0, start - 400):start].lower()}
        for name, said in where.items():
            found = sorted({e for e, f in alignment.event_forms
                            if re.search(rf"\b{re.escape(f)}\b", said)})
            if not found:
                yield f"md32 measured side {name}: no event"
                continue
            rel = sorted({"same" if e == other else str(alignment.kin(other, e))
                          for e in found}) if other else ["(no keyed side)"]
            yield f"md32 measured side {name}: events {len(found)}, to keyed: {'/'.join(rel)}"
    if not keyed:  # two measured sides: how the events their sentences tell relate
        told = []
        for claim in (a, b):
            text = index.index._texts.get(claim.location.path, "")
            start, end = claim.sentence
            said = text[start:end].lower()
            told.append({e for e, f in alignment.event_forms
                         if re.search(rf"\b{re.escape(f)}\b", said)})
        x, y = told
        rel = ("none told" if not x and not y else "one side" if not x or not y else
               "shared" if x & y else "kin" if any(alignment.kin(e, f) for e in x for f in y)
               else "unrelated")
        yield f"md32 two measured sides' sentence events: {rel}"


def _near_form(word: str, form: str) -> bool:
    """Whether a word starts like a word of an event form (its first five letters)."""
    return any(len(f) > 3 and word[:5] == f[:5] for f in form.split())
