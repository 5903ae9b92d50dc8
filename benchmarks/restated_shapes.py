"""Restated items the checker misses, by structural category: counts only.

``benchmarks/claim_funnel.py`` says why the restatement checker keeps two figures of one
article apart (``_restate_grouping.apart``); for the missed items this module adds the
categories under that reason, from the code alone, never a word of the copy, so that
``--blind N`` may print them: the kind and unit of a figure left out of every group,
the syntactic frame it stands in (``measure_routes.route``), what each side names
(thing, event, measure), how the other side was grouped, scope and hedge; for ages
(``_ages``), whether the age reader read each side and whom it links it to, and the
shape of a compound ("the N-year-old" with or without a noun); for a reference left out
as a part, which ``_anaphora`` test keeps it from its partner; for a keyed figure and a
measured one, which ``_restate_bridge`` condition fails.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from head_frames import note as head_note
from measure_routes import route

from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.quantity import Kind

LEFT: Counter[str] = Counter()  # "reason | category" -> missed items (or their figures)


def _naming(claim: Claim) -> str:
    k = claim.key
    named = (("thing", k.thing), ("event", k.event), ("measure", bool(claim.measure)))
    return "+".join(n for n, v in named if v) or "nothing"


def restated_shapes(document: Document, claims: Sequence[Claim], a: Claim, b: Claim,
                    why: str, context: Any) -> None:
    """Count the categories of one missed restated item of two figures ``a``, ``b``."""
    _referent_shapes(document, a, b, why, context)
    _transposed_shapes(a, b, why)
    _transposed_why(document, claims, a, b, context)
    head_note(document, a, b, why, LEFT)
    if why == "key: keyed and measured":
        _bridge_shapes(document, claims, a, b, context)
    elif why.startswith("left out:"):
        _left_shapes(document, claims, a, b, why, context)


def _left_shapes(document: Document, claims: Sequence[Claim], a: Claim, b: Claim, why: str,
                 context: Any) -> None:
    from numcheck.checkers._ages import is_age
    from numcheck.checkers._restate_grouping import grouping
    from numcheck.checkers._restate_slipped import why_not

    g = grouping(document, claims, context)
    tag = "missed " + why.removeprefix("left out:").strip()
    out = [c for c in (a, b) if id(c) in g.left_out]
    LEFT[f"{tag} | left out {len(out)} of 2"] += 1
    LEFT[f"{tag} | same sentence {a.sentence == b.sentence}"] += 1
    for c in out:
        other = b if c is a else a
        LEFT[f"{tag} | kind {c.quantity.kind.value}/{c.quantity.unit or '-'}"] += 1
        LEFT[f"{tag} | route {route(document.prose, c)}"] += 1
        LEFT[f"{tag} | names {_naming(c)}; other names {_naming(other)}"] += 1
        grouped = ("measured" if g.key_of[id(other)][0] == "measured" else "keyed") \
            if id(other) in g.key_of else f"left out: {g.left_out.get(id(other), '?')}"
        LEFT[f"{tag} | other {grouped}"] += 1
        LEFT[f"{tag} | scope {c.scope.value}; hedge {bool(c.quantity.hedge)}"] += 1
        if g.left_out[id(c)].startswith("population"):
            _clause_shapes(document, c, other, tag, g.lex)
            LEFT[f"{tag} | slipped: fails {why_not(document, g, g.lex, c, other)}"] += 1
        if "part" in g.left_out[id(c)]:
            _part_shapes(document, c, other, tag, g.lex)
        if c.quantity.kind is Kind.DURATION:
            LEFT[f"{tag} | duration: age {is_age(document, c)}, other "
                 f"{other.quantity.kind.value} age {is_age(document, other)}"] += 1
            _age_shapes(document, claims, c, other, tag)


def _transposed_shapes(a: Claim, b: Claim, why: str) -> None:
    """Whether the two figures are written with the same digits (``_restate_transposed``):
    kinds, units and the number of digits, never the digits."""
    try:
        from numcheck.checkers._restate_transposed import _digits

        x, y = _digits(a), _digits(b)
        LEFT[f"missed {why.split(':')[0]}: {why.split(':')[-1].split('(')[0].strip()} | "
             f"transposed {bool(x) and x == y}; same unit "
             f"{a.quantity.unit == b.quantity.unit}; kinds {a.quantity.kind.value}/"
             f"{b.quantity.kind.value}; digits {len(x)}"] += 1
    except Exception:  # never a traceback from a held-out path
        LEFT["transposed: error"] += 1


def _apart_why(document: Document, a: Claim, b: Claim, g: Any) -> str:
    from numcheck.checkers._compare import (
        same_incident,
        same_party,
        same_place,
        same_sentence,
    )
    from numcheck.checkers._snapshots import snapshot

    if same_sentence(a, b, document):
        return "one sentence"
    if g.spans.span.get(id(a)) != g.spans.span.get(id(b)) or g.spans.apart(a, b):
        return "span"
    if not same_incident(a, b):
        return "incident"
    if not same_party(a.claimant, b.claimant):
        return "party"
    if not same_place(g.place_of(a), g.place_of(b)):
        return "place"
    if snapshot(document, a, g.lex) != snapshot(document, b, g.lex):
        return "snapshot"
    return "years"


def _transposed_why(document: Document, claims: Sequence[Claim], a: Claim, b: Claim,
                    context: Any) -> None:
    """For a missed pair written with the same digits, the first condition of
    ``_restate_transposed`` that keeps it apart."""
    try:
        from numcheck.checkers import _restate_transposed as t
        from numcheck.checkers._restate_grouping import grouping

        x, y = t._digits(a), t._digits(b)
        if not x or x != y:
            return
        g = grouping(document, claims, context)
        first, second = sorted((a, b), key=lambda c: c.location.start)
        left = [g.left_out.get(id(c)) for c in (first, second)]
        if any(w is not None and not w.startswith(t._LEFT) for w in left):
            why = "left out: " + ", ".join(sorted(str(w).split(":")[0] for w in left if w))
        elif len(x) < t._DIGITS:
            why = "fewer digits"
        elif t._apart(document, first, second, g, g.lex):
            why = "apart: " + _apart_why(document, first, second, g)
        elif t._unnamed(first) and t._unnamed(second):
            why = "both name nothing"
        elif t._unnamed(first) or t._unnamed(second):
            why = "one names nothing: " + ("significant digits" if t._significant(x) < t._DIGITS
                                           else "not near")
        elif first.key.thing is None or first.key.thing != second.key.thing:
            why = "things differ or none"
        elif not (t._known(document, first, g.lex) or t._known(document, second, g.lex)):
            why = "neither known"
        elif not t._owned(document, second, first):
            why = "owner"
        else:
            why = "met (told elsewhere or verdict)"
        LEFT[f"missed transposed | kept by: {why}"] += 1
    except Exception:  # never a traceback from a held-out path
        LEFT["transposed why: error"] += 1


def _referent_shapes(document: Document, a: Claim, b: Claim, why: str, context: Any) -> None:
    """How ``_restate_referents`` reads the two figures of a missed item: the frame, whether
    the object noun is in ``[restated.referents] kinds`` (never which), definite, modified."""
    try:
        from numcheck.checkers._compare import compiled, lexicon, sentence_of
        from numcheck.checkers._restate_referents import ReferentWords, _tokens, referent

        w = compiled(ReferentWords.of, lexicon(context))
        tag = "missed " + why.split(":")[0]
        for c in (a, b):
            if c.quantity.kind not in (Kind.MEASURE, Kind.MONEY):
                continue
            r = referent(document, c, w)
            end = sentence_of(document, c)[1]
            after = _tokens(document.prose[c.location.end : min(end, c.location.end + 30)])
            frame = "extent word after" if after[:1] and after[0] in w.extents else "no extent"
            read = "none" if r is None else (
                f"kind read, definite {r.definite}, modified {r.modified}")
            lead = _tokens(document.prose[max(0, c.location.start - 60) : c.location.start])
            while lead and lead[-1] in w.hedges:
                lead.pop()
            last = lead[-1] if lead else ""
            verbs = {"weighs", "weighed", "weighing", "spans", "spanned", "spanning", "measures",
                     "measured", "measuring", "stretches", "stretched", "covers", "covered",
                     "covering", "cost", "costs", "costing"}
            prev = ("measuring verb" if last in verbs else "link" if last in w.links
                    else "value word" if last in w.values
                    else "preposition" if last in {"of", "at", "for", "to", "by", "from", "in"}
                    else "determiner" if last in w.determiners else "punct"
                    if last and not last[0].isalpha() else "other")
            named = bool(lead[-2:-1]) and w.noun(lead[-2]) is not None
            LEFT[f"{tag} | referent ({c.quantity.kind.value}/{c.quantity.unit}): {frame}; "
                 f"{read}; before: {prev}; kind noun before that {named}"] += 1
        if why.startswith("key: measured head"):
            known = [bool(c.measure) and w.noun(c.measure[0]) is not None for c in (a, b)]
            same = known == [True, True] and w.kinds[w.noun(a.measure[0]) or ""] == w.kinds[
                w.noun(b.measure[0]) or ""]
            LEFT[f"{tag} | referent heads: known {sum(known)} of 2, one kind {same}, "
                 f"kinds {a.quantity.kind.value}/{b.quantity.kind.value}"] += 1
    except Exception:  # never a traceback from a held-out path
        LEFT["referent shapes: error"] += 1


def _age_shapes(document: Document, claims: Sequence[Claim], c: Claim, other: Claim,
                tag: str) -> None:
    """How the age reader reads the two figures: by a name or a role, whom it links each
    to; and the shape of a compound age."""
    from numcheck.checkers import _ages

    text, start = document.prose, c.location.start
    before = text[max(0, start - 6) : start].lower().split()[-1:]
    article = "the" if before == ["the"] else "a" if before in (["a"], ["an"]) else "other"
    compound = bool(_ages._COMPOUND.match(text[start : c.location.end]))
    LEFT[f"{tag} | age shape: compound {compound}, noun after {bool(c.quantity.head)}, "
         f"before {article}"] += 1
    ages = [(x, a) for x in claims if (a := _ages._age(document, x)) is not None]
    full = {words for _, (_, words, _, is_name) in ages if is_name}
    named: dict[frozenset[str], set[str]] = {n: set() for n in full
                                             if not any(n < o for o in full)}
    for _, (_, words, title, _) in ages:
        for n in named:
            if title and words <= n:
                named[n].add(title)

    def one(x: Claim) -> str:
        read = _ages._age(document, x)
        if read is None:
            return "no age read"
        person = _ages._person(read[1], named)
        return (f"{'name' if read[3] else 'role'} ({len(read[1])} words), "
                f"links to {'one person' if person else 'none or two'}")

    LEFT[f"{tag} | ages: this {one(c)}; other {one(other)}; people named {len(named)}"] += 1


def _part_shapes(document: Document, c: Claim, other: Claim, tag: str, lex: Any) -> None:
    """Which test keeps a definite reference narrowed by a modifier from its partner."""
    from numcheck.checkers import _anaphora as an
    from numcheck.checkers._compare import compiled
    from numcheck.checkers._restate_pair import near

    w = compiled(an._Words.of, lex)
    ph, was = an._phrase(document, c, w), an._phrase(document, other, w)
    where = "before" if other.location.start < c.location.start else "after"
    LEFT[f"{tag} | part: partner {where}, near {near(c, other)}, event "
         f"{ph is not None and ph.event is not None}, partner event "
         f"{other.key.event is not None}"] += 1
    if ph is None or was is None:
        LEFT[f"{tag} | part: a phrase not read"] += 1
        return
    LEFT[f"{tag} | part: same measure {an._same_measure(document, c, ph, other, was, w)}, "
         f"counted same {ph.counted == was.counted}, said of partner "
         f"{w.heads.said_of(document, other, ph.narrowed)}, retold {bool(ph.retold)}, "
         f"retells {an._retells(document, c, ph, other, w)}, window same "
         f"{c.window == other.window}"] += 1
    from numcheck.checkers._restate_retold import retold_stage

    try:  # a class of the code only: which test of the retelling verb fails
        stage = retold_stage(document, c, other, w.retellings)
    except Exception:  # never a traceback from a held-out path
        stage = "error"
    LEFT[f"{tag} | part: retold by verb: {stage}"] += 1


def _bridge_shapes(document: Document, claims: Sequence[Claim], a: Claim, b: Claim,
                   context: Any) -> None:
    """Which ``_restate_bridge`` condition keeps a keyed and a measured figure apart."""
    from numcheck.checkers import _restate_bridge as rb
    from numcheck.checkers._compare import same_incident, same_party, same_place, same_sentence
    from numcheck.checkers._restate_grouping import grouping
    from numcheck.checkers._restate_measured import head_key
    from numcheck.checkers._restate_pair import near
    from numcheck.checkers._snapshots import snapshot

    g = grouping(document, claims, context)
    keyed, measured = (a, b) if g.key_of[id(a)][0] != "measured" else (b, a)
    x, y = g.as_grouped[id(keyed)], g.as_grouped[id(measured)]
    tag = "missed key: keyed and measured"
    measure = "none" if not x.measure else "phrase" if " " in x.measure[0] else "word"
    LEFT[f"{tag} | keyed first {keyed.location.start < measured.location.start}; keyed "
         f"measure {measure}; generic thing {x.key.thing in g.generic}; "
         f"framed {x is not keyed}"] += 1
    heads = bool(x.measure) and head_key(x, g.names) == head_key(y, g.names)
    LEFT[f"{tag} | head_key same {heads}; dimension same "
         f"{x.key.dimension == y.key.dimension}"] += 1
    tests = (
        ("one sentence", not same_sentence(x, y, document)),
        ("definite", rb._definite(document, x, g.lex) or rb._definite(document, y, g.lex)),
        ("near", near(x, y)),
        ("span", g.spans.span.get(id(x)) == g.spans.span.get(id(y)) and not g.spans.apart(x, y)),
        ("incident", same_incident(x, y)),
        ("party", same_party(x.claimant, y.claimant)),
        ("place", same_place(g.place_of(x), g.place_of(y))),
        ("snapshot", snapshot(document, x, g.lex) == snapshot(document, y, g.lex)),
    )
    fails = [name for name, ok in tests if not ok]
    LEFT[f"{tag} | fails: {', '.join(fails) or 'none (era, or a rate or whole key)'}"] += 1


def _slot(token: str, determiners: frozenset[str], prepositions: frozenset[str]) -> str:
    """The class of a word beside a figure (lexicon tables only, never the word)."""
    word = token.strip("\"“”‘’'(),.;:").lower()
    if not token or token[-1:] in ",;:.":
        return "mark" if token else "none"
    if word in determiners:
        return "determiner"
    if word in prepositions:
        return "preposition"
    if word[:1].isdigit():
        return "figure"
    return "capital" if token[:1].isupper() else "word"


def _clause_shapes(document: Document, c: Claim, other: Claim, tag: str, lex: Any) -> None:
    """For a figure that names nothing: the classes of the words beside it, whether it is
    definite with a relative clause (``_restate_clause``), and how many content words
    of its clause were said of the other figure."""
    try:
        from numcheck.checkers._compare import compiled, cue_set, sentence_of
        from numcheck.checkers._restate_bridge import definite
        from numcheck.checkers._restate_clause import object_clause, retold
        from numcheck.checkers._restate_retold import Retellings, said_near

        w = compiled(Retellings.of, lex)
        dets = cue_set(lex.get("restated", {}), "determiners")
        lo, hi = sentence_of(document, c)
        before = document.prose[lo : c.location.start].split()[-1:]
        after = document.prose[c.location.end : hi].split()[:1]
        LEFT[f"{tag} | beside: {_slot(before[0] if before else '', dets, w.prepositions)}"
             f" FIG {_slot(after[0] if after else '', dets, w.prepositions)}"] += 1
        words = object_clause(document, c, w, dets)
        LEFT[f"{tag} | definite {definite(document, c, lex)}; object clause "
             f"{words is not None}" + (f"; retold {retold(words, said_near(document, other), w)}"
                                       if words else "")] += 1
        from numcheck.checkers._restate_retold import AUXILIARIES
        from numcheck.checkers._restate_subject import subject_verb

        restated = lex.get("restated", {})
        skips = cue_set(restated, "frame_skips") | AUXILIARIES
        stops = dets | w.prepositions | skips
        mine_read = subject_verb(document, c, w, stops, skips)
        theirs_read = subject_verb(document, other, w, stops, skips)
        LEFT[f"{tag} | subject and verb read {mine_read is not None}, other's "
             f"{theirs_read is not None}, the same {mine_read == theirs_read}"] += 1
        near = document.prose[max(lo, c.location.start - 60) : min(hi, c.location.end + 60)]
        mine = set(w.heads.content(near.split()))
        said = set(said_near(document, other))
        LEFT[f"{tag} | content words said of other: {len(mine & said)} of {min(len(mine), 9)}+"
             if len(mine) > 9 else
             f"{tag} | content words said of other: {len(mine & said)} of {len(mine)}"] += 1
        LEFT[f"{tag} | one unit {c.quantity.unit == other.quantity.unit}; other kind "
             f"{other.quantity.kind.value}"] += 1
    except Exception:  # never a traceback from a held-out path
        LEFT[f"{tag} | clause shapes: error"] += 1
