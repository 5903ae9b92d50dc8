"""Drift between sources (NC4xx): the same figure told differently by different articles.

Claims of all documents (and of the desk's reference sheet) are aligned through
the claim index (align.py), within each story set; each aligned pair gets at most
one tiered verdict: contradiction (hard bounds disjoint, one party), drift (soft bounds
or hedge directions disagree), measure drift (killed vs casualties; arrests vs charges), disputed
(different parties, whatever the dates: both sides shown) and stale (an older
cumulative figure of the same party). Each claim gets at most one finding per rule,
naming the other places as related locations.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from numcheck.checkers.drift.stories import STORY_DAYS, Marks, marks_of
from numcheck.claims import Claim, Scope
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.findings import Finding, Rule, Severity
from numcheck.hookspecs import CorpusSplit, hookimpl
from numcheck.lexicon import Lexicon
from numcheck.text import norm

if TYPE_CHECKING:
    from numcheck.checkers.drift.align import Alignment, ClaimIndex, Pair
    from numcheck.checkers.drift.messages import describe, findings_from
    from numcheck.checkers.drift.verdicts import Verdict, judge

# The index, the judges and the messages load on first use (module ``__getattr__``,
# or inside the functions below), never at registration: a run whose figures no two
# sources tell (one article, one party, no desk sheet) pairs nothing and so never
# loads them (``_may_pair``), a tenth of a cold ``numcheck check``.
_LAZY: Final = {
    "ClaimIndex": "numcheck.checkers.drift.align",
    "Pair": "numcheck.checkers.drift.align",
    "Verdict": "numcheck.checkers.drift.verdicts",
    "judge": "numcheck.checkers.drift.verdicts",
    "describe": "numcheck.checkers.drift.messages",
    "findings_from": "numcheck.checkers.drift.messages",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


PLUGIN = "drift"
# the claim index compares claims of one align.group_key only: --engine dask checks
# each key group where it lands
numcheck_corpus_split: Final = CorpusSplit.BY_ALIGNMENT_KEY

RULES = (
    Rule(
        "NC401",
        "source-contradiction",
        Severity.ERROR,
        "Two sources give the same figure values that cannot both be true.",
        "The same party (or an unknown one) gives figures for one measure, window and date "
        "whose hard bounds are disjoint: 'nearly 500' and '612'.",
    ),
    Rule(
        "NC402",
        "source-drift",
        Severity.WARNING,
        "Two sources' figures only meet at the edges of what their words allow.",
        "The hard bounds meet but the pragmatic readings do not, or the hedges point opposite "
        "ways: 'up to 2,000' against 'at least 2,000'.",
    ),
    Rule(
        "NC403",
        "measure-drift",
        Severity.WARNING,
        "One source counts a part (killed) where another counts the whole (casualties).",
        "Casualties are killed plus wounded. The same number given as 'killed' in one place "
        "and as 'casualties' in another, or fewer casualties than killed, is measure drift; "
        "so is the same number given for neighbouring measures (arrests and charges).",
    ),
    Rule(
        "NC404",
        "disputed-figure",
        Severity.INFO,
        "Different parties give different figures: both sides are shown.",
        "Not an error in the copy: attribute each figure to its claimant. Applies across "
        "dates too: a later figure from another party is a dispute, not an update.",
    ),
    Rule(
        "NC405",
        "stale-figure",
        Severity.INFO,
        "An older article's cumulative figure has been overtaken by a newer one.",
        "Cumulative tolls grow; when the same party (or an unnamed one) later gives a "
        "higher figure, both dates are shown so the desk can update the older figure.",
    ),
)


class Options(NamedTuple):
    cap: int = 64
    max_related: int = 5
    stale_days: int = 1
    story_days: int = STORY_DAYS  # story-scope "story": a story's articles chain this close

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Options:
        names = ("cap", "max_related", "stale_days", "story_days")
        known = {k: int(v) for k, v in raw.items() if k in names}
        return cls(**known)


@hookimpl
def numcheck_rules() -> Sequence[Rule]:
    return RULES


def incidents_of(claims: Iterable[Claim]) -> dict[str, frozenset[str]]:
    """path -> the incidents its story figures name ("storm", "fire")."""
    found: dict[str, set[str]] = {}
    for c in claims:
        name = c.key.incident
        if name and "@" not in name and c.scope is not Scope.BOILERPLATE:
            found.setdefault(c.location.path, set()).add(name)
    return {path: frozenset(names) for path, names in found.items()}


def _related_incidents(lexicon: Lexicon | None) -> dict[str, frozenset[str]]:
    """``[incidents.related]`` of measures.toml, made symmetric."""
    table = (lexicon or Lexicon.default())["measures"].get("incidents", {}).get("related", {})
    out: dict[str, set[str]] = {}
    for name, kin in table.items():
        for other in kin:
            out.setdefault(name, set()).add(other)
            out.setdefault(other, set()).add(name)
    return {name: frozenset(kin) for name, kin in out.items()}


def _calendar(lexicon: Lexicon | None) -> frozenset[str]:
    """Weekdays and months (windows.toml ``[since]``): capitalized, but no story's name."""
    since = (lexicon or Lexicon.default())["windows"].get("since", {})
    return frozenset(str(w).lower() for w in (*since.get("days", ()), *since.get("months", ())))


def _institutions(lexicon: Lexicon | None) -> frozenset[str]:
    """The words that end an institution's name (windows.toml [places] institutions):
    "at Norton Crown Court" names Norton (stories.places_of)."""
    places = (lexicon or Lexicon.default())["windows"].get("places", {})
    return frozenset(norm(str(w)) for w in places.get("institutions", ()))


def _stops(lexicon: Lexicon | None) -> frozenset[str]:
    """Function words (measures.toml ``[grammar]``, alignment.toml ``[likeness] stops``):
    a sentence that opens with one opens with no name (stories.openers_of)."""
    lex = lexicon or Lexicon.default()
    grammar = lex["measures"].get("grammar", {})
    names = ("auxiliaries", "prepositions", "conjunctions", "relatives", "determiners",
             "possessives")
    words = [w for name in names for w in grammar.get(name, ())]
    words += lex["alignment"].get("likeness", {}).get("stops", [])
    return frozenset(str(w).lower() for w in words if " " not in str(w))


def _lexicon(context: CheckContext) -> Lexicon | None:
    lexicon = context.extras.get("lexicon")
    return lexicon if isinstance(lexicon, Lexicon) else None


STORIES = "drift.stories"  # context.extras: path -> StoryView, from an engine that splits


class StoryView(NamedTuple):
    """What the drift check knows of a document from the whole run: its story set, the
    one place it names (``home``: the place of its figures that name none) and whether
    its story is about an incident at one place (``local``: ``[incidents] local`` in
    measures.toml, a house fire, a crash: its figures align whatever place each source
    names) and how many documents its story set holds (``size``: the likeness route
    reads only story sets of at most ``[likeness] documents``, and a larger one is
    split finer by ``keys.group_key``, so an engine that splits a run scales with it)."""

    story: str
    home: str | None = None
    local: bool = False
    size: int = 1


def story_marks(document: Document, context: CheckContext) -> Marks:
    """A document's places and names, as ``story_views`` reads them."""
    lexicon = _lexicon(context)
    return marks_of(document, _calendar(lexicon), _stops(lexicon), _institutions(lexicon))


def story_views(
    documents: Iterable[Document],
    incidents: Mapping[str, frozenset[str]],
    context: CheckContext,
    marks: Mapping[str, Marks] | None = None,
) -> dict[str, StoryView]:
    """path -> StoryView, as this check sees a run's documents (``incidents``: from
    ``incidents_of`` over the run's claims; ``marks``: ``story_marks`` of each document,
    when their text is not at hand). An engine that checks key groups apart
    (numcheck/distributed/) computes them once over the whole run and passes each
    group's part as ``context.extras[STORIES]``: story sets depend on every document."""
    return _views(list(documents), incidents, context, marks)[1]


def _views(
    documents: Sequence[Document],
    incidents: Mapping[str, frozenset[str]],
    context: CheckContext,
    marks: Mapping[str, Marks] | None = None,
) -> tuple[Callable[[str], str], dict[str, StoryView]]:
    from numcheck.checkers.drift.align import story_of

    lexicon = _lexicon(context)
    calendar = _calendar(lexicon)
    stops = _stops(lexicon)
    institutions = _institutions(lexicon)
    marked = {d.path: (marks or {}).get(d.path) or marks_of(d, calendar, stops, institutions)
              for d in documents}
    story = story_of(documents, context.settings.story_scope,
                     Options.of(context.options(PLUGIN)).story_days, incidents,
                     _related_incidents(lexicon), calendar, marked)
    local = frozenset(
        (lexicon or Lexicon.default())["measures"].get("incidents", {}).get("local", ())
    )
    named: dict[str, set[str]] = {}
    sizes: Counter[str] = Counter()
    for d in documents:
        named.setdefault(story(d.path), set()).update(incidents.get(d.path, ()))
        sizes[story(d.path)] += 1
    out = {}
    for d in documents:
        places = marked[d.path].places
        names = named[story(d.path)]
        out[d.path] = StoryView(story(d.path), next(iter(places)) if len(places) == 1 else None,
                                bool(names) and names <= local, sizes[story(d.path)])
    return story, out


def claim_index(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext, *,
    trace: bool = False,
) -> ClaimIndex:
    """The claim index drift pairs a run's claims with (``judged_pairs``); with ``trace``
    the funnel (benchmarks/claim_funnel.py) asks it where two figures are kept apart
    (``ClaimIndex.kept``)."""
    return _indexed(documents, claims, context, trace=trace)[0]


def _indexed(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext, *,
    trace: bool = False,
) -> tuple[ClaimIndex, Callable[[Claim], object]]:
    """The claim index and each claim's group key (``keys.group_key``, as an engine
    that splits the run by it computes it)."""
    from numcheck.checkers.drift.align import Alignment, ClaimIndex
    from numcheck.checkers.drift.aspect import AspectWords
    from numcheck.checkers.drift.attributive import AttributiveWords
    from numcheck.checkers.drift.keys import group_key
    from numcheck.checkers.drift.meeting import MeetWords, documents_read
    from numcheck.checkers.drift.standing import StandingWords

    options = Options.of(context.options(PLUGIN))
    lexicon = _lexicon(context)
    refs = {c.location.path for c in claims if c.scope is Scope.REFERENCE}
    given = context.extras.get(STORIES)
    if isinstance(given, Mapping):
        views: Mapping[str, StoryView] = given
        story: Callable[[str], str] = lambda path: views[path].story  # noqa: E731
    else:
        story, views = _views(documents, incidents_of(claims), context)
    alignment = Alignment.from_lexicon(lexicon)
    largest = documents_read(lexicon or Lexicon.default())
    sizes = {v.story: v.size for v in views.values()}

    def grouped(claim: Claim) -> object:
        home = story(claim.location.path)
        return group_key(claim, home, alignment, likeness=sizes.get(home, 1) <= largest)

    index = ClaimIndex(
        claims,
        alignment,
        cap=options.cap,
        reference_paths=refs,
        story=story,
        home={path: v.home for path, v in views.items() if v.home is not None},
        local=frozenset(path for path, v in views.items() if v.local),
        sizes=sizes,
        texts={d.path: d.text for d in documents},
        aspect=AspectWords.from_lexicon(lexicon),
        standing=StandingWords.from_lexicon(lexicon),
        meet=functools.partial(MeetWords.from_lexicon, lexicon),
        trace=trace,
        attributive=AttributiveWords.from_lexicon(lexicon or Lexicon.default()),
    )
    return index, grouped


def judged_pairs(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext
) -> Iterator[tuple[Pair, Verdict | None]]:
    """Every pair the claim index brings together, with the verdict it deserves (None:
    the figures agree, or a pair met by likeness whose verdict is not allowed). The hook
    below reports the verdicts; benchmarks/claim_funnel.py counts where pairs are lost."""
    from numcheck.checkers.drift.beside import beside
    from numcheck.checkers.drift.composed import falling, joined_wholes, unproven
    from numcheck.checkers.drift.margins import margin_pair
    from numcheck.checkers.drift.marked import marked_off
    from numcheck.checkers.drift.meeting import ALLOWED
    from numcheck.checkers.drift.retold import retold
    from numcheck.checkers.drift.slips import two_figures
    from numcheck.checkers.drift.verdicts import judge
    from numcheck.checkers.drift.widened import event_forms, widened

    options = Options.of(context.options(PLUGIN))
    index, grouped = _indexed(documents, claims, context)
    near = _sentences(claims, grouped)
    parts = _told_parts(documents, claims, index.alignment)
    next_to = beside(documents, claims, lambda claim: _group(claim, grouped))
    least = index.alignment.sibling_min
    texts = {d.path: d.text for d in documents}
    forms = event_forms(index.alignment.event_forms)
    falls = falling(_lexicon(context))
    joins = joined_wholes(index.alignment.composites, forms,
                          (" ".join(link) for link in index.alignment.joins.links))
    by_path: dict[str, list[Claim]] = {}
    for claim in claims:
        by_path.setdefault(claim.location.path, []).append(claim)
    for pair in index.pairs():
        verdict = judge(pair, index.alignment, options.stale_days)
        verdict = retold(pair, verdict, near, least, parts, next_to,
                         index.alignment.things_align) or verdict
        verdict = widened(pair, verdict, texts, forms, least,
                          lambda path: by_path.get(path, ()), index.alignment.joins) or verdict
        if unproven(pair, verdict, index.alignment.composites, falls, joins,
                    options.stale_days, least):
            verdict = None  # a falling part on another day; a small joined whole
        if marked_off(pair, verdict, texts, forms, joins=index.alignment.joins):
            verdict = None  # one side's words mark it off as a part, not above the whole
        if margin_pair(pair, verdict, texts):
            verdict = None  # a margin is a difference: no part, no second measure
        if two_figures(verdict):
            verdict = None  # ten times apart by no slip of the pen: two figures
        yield pair, verdict if verdict is None or not pair.met or verdict.rule in ALLOWED \
            else None


def _sentences(
    claims: Sequence[Claim], grouped: Callable[[Claim], object]
) -> Callable[[Claim], Sequence[Claim]]:
    """A claim's sentence's figures of its own group key (so an engine that splits the
    run by group key sees the same ones), and the whole it is told a part of ("19 were
    injured. Seven of them were kept in hospital"), wherever that stands; read once per
    run, when first asked (most runs have no pair for retold.py to read). The desk
    sheet's figures have no group of their own and no sentence to retell."""
    keys: dict[int, object] = {}
    by_sentence: dict[tuple[str, tuple[int, int], object], list[Claim]] = {}
    at: dict[tuple[str, int], Claim] = {}

    def read() -> None:
        for claim in claims:
            key = keys[id(claim)] = _group(claim, grouped)
            if key is not None:
                by_sentence.setdefault((claim.location.path, claim.sentence, key),
                                       []).append(claim)
                at[(claim.location.path, claim.location.start)] = claim

    def near(claim: Claim) -> Sequence[Claim]:
        if not keys:
            read()
        key = keys.get(id(claim)) or _group(claim, grouped)
        if key is None:
            return ()
        found = by_sentence.get((claim.location.path, claim.sentence, key), [])
        whole = at.get((claim.location.path, claim.part_of)) if claim.part_of is not None \
            else None
        if whole is not None and keys.get(id(whole)) == key and all(c is not whole
                                                                    for c in found):
            return [*found, whole]
        return found

    return near


def _told_parts(
    documents: Sequence[Document], claims: Sequence[Claim], alignment: Alignment
) -> Callable[[Claim], Sequence[Claim]]:
    """The figures of a claim's article keyed like it and told as a part of its event's
    toll ("Twelve of the injured were in a serious condition", partitives.py), read
    once per run, when first asked."""
    by_key: dict[tuple[str, object], list[Claim]] = {}
    read: list[bool] = []

    def parts(claim: Claim) -> Sequence[Claim]:
        from numcheck.checkers.drift.partitives import partitive_parts

        if not read:
            read.append(True)
            texts = {d.path: d.text for d in documents}
            ids = partitive_parts(claims, texts, alignment.event_nouns, lambda c: c.key)
            for other in claims:
                if id(other) in ids and other.scope is not Scope.REFERENCE:
                    by_key.setdefault((other.location.path, other.key), []).append(other)
        return by_key.get((claim.location.path, claim.key), ())

    return parts


def _group(claim: Claim, grouped: Callable[[Claim], object]) -> object:
    return None if claim.scope is Scope.REFERENCE else grouped(claim)


@hookimpl
def numcheck_check_corpus(
    documents: Sequence[Document], claims: Sequence[Claim], context: CheckContext
) -> Iterable[Finding]:
    """Drift over every document's claims and the desk sheet's: the engine reads the
    sheet (``--reference``) and passes its figures here as ``Scope.REFERENCE`` claims."""
    if not _may_pair(claims, _lexicon(context)):
        return []
    from numcheck.checkers.drift.align import Alignment
    from numcheck.checkers.drift.messages import findings_from, loc_key
    from numcheck.checkers.drift.verdicts import odd_one_out

    options = Options.of(context.options(PLUGIN))
    refs = {loc_key(c.location): c for c in claims if c.scope is Scope.REFERENCE}
    verdicts = odd_one_out([v for _, v in judged_pairs(documents, claims, context)
                            if v is not None])  # a figure garbled against two: one finding
    return findings_from(verdicts, refs, options.max_related,
                         Alignment.from_lexicon(_lexicon(context)),
                         {d.path: d.text for d in documents})


def _may_pair(claims: Sequence[Claim], lexicon: Lexicon | None) -> bool:
    """Whether the claim index can pair any two of ``claims``: every route pairs figures
    of two documents, or a document with the desk sheet, or figures of one document told
    by two known parties (``pairing.sources_differ``; a party is the function
    ``Alignment.party`` of a claimant, and resolving descriptions only merges parties).
    Without any of these no pair and so no finding comes of a run, and the index, the
    judges and their tables need not load."""
    from numcheck.checkers.drift.alignment import Alignment  # loaded by _relations too

    paths: set[str] = set()
    claimants: set[str] = set()
    for claim in claims:
        if claim.scope is Scope.REFERENCE:
            return True
        paths.add(claim.location.path)
        if claim.claimant:
            claimants.add(claim.claimant)
    if len(paths) > 1:
        return True
    if len(claimants) < 2:
        return False
    alignment = Alignment.from_lexicon(lexicon)
    return len({alignment.party(c) for c in claimants} - {None}) > 1


__all__ = ["RULES", "STORIES", "ClaimIndex", "Options", "Pair", "StoryView", "Verdict",
           "claim_index", "describe", "findings_from", "incidents_of", "judge", "judged_pairs",
           "story_marks", "story_views"]
