"""Story sets: which documents of a run can be about one story (story-scope "story").

Without ``story`` metadata, articles are one story when they are dated close together,
name the same or a related incident, and do not name only other places: two house
fires a week apart in different towns are two stories, and so are two fires in one
town a month apart (docs/users/drift.md). Everything
here is linear in the documents: chains by date, then incident and place indexes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

from numcheck.document import Document, Role
from numcheck.text import norm

__all__ = ["RUN_STORY", "STORY_DAYS", "Incidents", "Marks", "marks_of", "names_of", "openers_of",
           "places_of",
           "story_of"]

RUN_STORY = "run"
STORY_DAYS = 7  # articles of one story: each within this many days of the next

Incidents = Mapping[str, frozenset[str]]  # path -> the incidents its figures name

# a place named after a preposition ("in Dunmore", "on Kingsley Street"), and a wire
# dateline ("DUNMORE, Feb 19 (SNA) -")
_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Oo]utside|[Aa]cross|[Ff]rom)[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*)"
)
# a run of capitalized words, "of/and/the/for/de" inside ("West Riding Fire and Rescue
# Service"); a possessive ends it ("Lone Star Refining's Port Calder": two names)
_NAME = re.compile(
    r"(?<![\w’'])[A-Z][\w&.-]*(?:[ \t]+(?:(?:of|and|the|de|for)[ \t]+)*[A-Z][\w&.-]*)*"
)
_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+)*),", re.M)


class Marks(NamedTuple):
    """What tells one story's articles from another's: the places and the other proper
    names a document's story text names. Small: an engine that reads documents apart
    (numcheck/distributed/) sends them to whoever forms the story sets."""

    places: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    # runs that open sentences ("Corvid will cut 1,200 jobs"): a name only where another
    # document of the run names them mid-sentence (``openers_of``)
    openers: frozenset[str] = frozenset()


def marks_of(document: Document, calendar: frozenset[str] = frozenset(),
             stops: frozenset[str] = frozenset(),
             institutions: frozenset[str] = frozenset()) -> Marks:
    """``stops``: function words, never a name however they are written (``openers_of``);
    ``institutions``: the words that end an institution's name (``places_of``)."""
    return Marks(places_of(document, calendar, institutions), names_of(document, calendar),
                 openers_of(document, calendar | stops))


def story_of(
    documents: Iterable[Document],
    scope: str = RUN_STORY,
    days: int = STORY_DAYS,
    incidents: Incidents | None = None,
    related: Mapping[str, frozenset[str]] | None = None,
    calendar: frozenset[str] = frozenset(),
    marks: Mapping[str, Marks] | None = None,
) -> Callable[[str], str]:
    """path -> its story set: the metadata ``story`` when the document names one, else by
    ``scope``: "story" (articles that can be about one story, see ``_stories``), "run" or
    "all" (one set), "directory" (the file's directory) or "file" (each file alone).
    ``calendar``: capitalized words that name no story (weekdays, months); ``marks``:
    each document's (``marks_of``), when the documents' text is not at hand."""
    documents = list(documents)
    named = {d.path: norm(d.metadata.story) for d in documents if d.metadata.story}
    rest = [d for d in documents if d.path not in named]
    if scope == "story":
        known = marks or {}
        marked = {d.path: known.get(d.path) or marks_of(d, calendar) for d in rest}
        stories = _stories(rest, days, incidents or {}, related or {}, marked)
    else:
        stories = {}

    def story(path: str) -> str:
        if path in named:
            return "story:" + named[path]
        if scope == "story":
            return stories.get(path, "when:undated")
        if scope == "directory":
            return "dir:" + os.path.dirname(os.path.abspath(path))
        return "file:" + path if scope == "file" else RUN_STORY

    return story


def _stories(
    documents: Sequence[Document],
    days: int,
    incidents: Incidents,
    related: Mapping[str, frozenset[str]],
    marks: Mapping[str, Marks],
) -> dict[str, str]:
    """Articles that can be about one story, without ``story`` metadata.

    By date first: dated articles chained in date order while each is within ``days``
    of the one before (a story's news cycle); undated ones join the run's only chain,
    else they form a chain of their own. Then within a chain by incident: articles whose
    named incidents are equal or related (``[incidents.related]`` in measures.toml: a
    typhoon's floods) and that do not name only other places and names (``_by_name``)
    are one story; an article that names no incident joins its chain's largest story.
    """
    chains: dict[str, list[Document]] = defaultdict(list)
    when = sorted((d.metadata.date, d.path, d) for d in documents if d.metadata.date)
    label, last = "", None
    for date, _, d in when:
        if last is None or (date - last).days > days:
            label = f"when:{date.isoformat()}"
        chains[label].append(d)
        last = date
    undated = [d for d in documents if d.metadata.date is None]
    if undated:
        chains[next(iter(chains)) if len(chains) == 1 else "when:undated"].extend(undated)
    out: dict[str, str] = {}
    for label, chain in chains.items():
        out.update(_by_incident(label, chain, incidents, related, marks))
    return _episodes(out, when, days)


def _episodes(stories: dict[str, str], when: Sequence[tuple[dt.date, str, Document]],
              days: int) -> dict[str, str]:
    """Each story set split where two of its articles, in date order, are more than
    ``days`` apart. The run's chain by date breaks only when the whole run falls
    silent for ``days``, which an archive or a day-by-day wire never does: a town's
    shelling in March and another in August would otherwise be one story, and every
    toll of the one would contradict the other's. The first episode keeps the set's
    name; undated articles stay in it. ``when``: the dated articles in date order."""
    last: dict[str, dt.date] = {}
    episode: dict[str, str] = {}  # story set -> its current episode's name
    out = dict(stories)
    for date, path, _ in when:
        story = stories[path]
        before = last.get(story)
        if before is not None and (date - before).days > days:
            episode[story] = f"{story}@{date.isoformat()}"
        last[story] = date
        out[path] = episode.get(story, story)
    return out


class _Union:
    """Union-find over document paths."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.parent = {p: p for p in paths}

    def root(self, path: str) -> str:
        parent = self.parent
        while parent[path] != path:
            parent[path] = parent[parent[path]]
            path = parent[path]
        return path

    def join(self, a: str, b: str) -> None:
        self.parent[self.root(a)] = self.root(b)


def _by_incident(
    label: str,
    chain: Sequence[Document],
    incidents: Incidents,
    related: Mapping[str, frozenset[str]],
    marks: Mapping[str, Marks],
) -> dict[str, str]:
    union = _Union(d.path for d in chain)
    first: dict[str, str] = {}  # incident -> the first article naming it
    for d in chain:
        names = incidents.get(d.path, frozenset())
        for name in names:
            for kin in {name, *related.get(name, ())}:
                other = first.get(kin)
                if other is not None:
                    union.join(d.path, other)
        for name in names:
            first.setdefault(name, d.path)
    groups: dict[str, list[Document]] = defaultdict(list)
    unnamed: list[Document] = []
    for d in chain:
        if incidents.get(d.path):
            groups[union.root(d.path)].append(d)
        else:
            unnamed.append(d)
    stories: dict[str, list[str]] = {}
    group_of: dict[str, str] = {}  # story -> the incident group it was split from
    for root, members in groups.items():
        split = _by_name(members, marks)
        stories.update(split)
        group_of.update(dict.fromkeys(split, root))
    stories = _join_unnamed(stories, unnamed, marks, group_of)
    main = max(stories, key=lambda g: (len(stories[g]), g), default=None)
    out = {}
    for story, paths in stories.items():
        for path in paths:
            out[path] = f"{label}:{story}"
    for d in chain:
        out.setdefault(d.path, f"{label}:{main or ''}")
    return out


def _join_unnamed(
    stories: dict[str, list[str]],
    unnamed: Sequence[Document],
    marks: Mapping[str, Marks],
    group_of: Mapping[str, str],
) -> dict[str, list[str]]:
    """Articles whose figures name no incident join the story they share a place or a
    name with; the rest are split among themselves by place and name (``_by_name``), so a
    day's wire of unrelated articles is many stories, not one. An article that names no
    place and no name is left to its chain's largest story. An article that shares names
    with two stories of one incident, split only because they share no name with each
    other (the town's paper never names its town, the radio never names the river),
    joins them into one. Linear: one index of keys."""
    owner: dict[tuple[str, str], str] = {}
    for story, paths in stories.items():
        for path in paths:
            for key in _keys(marks[path]):
                owner.setdefault(key, story)
    rest: list[Document] = []
    for d in unnamed:
        keys = _keys(marks[d.path])
        if not keys:
            continue
        owners = list(dict.fromkeys(
            owner[k] for k in (*keys, *_openers(marks[d.path])) if k in owner))
        if not owners:
            rest.append(d)
            continue
        found = owners[0]
        for other in owners[1:]:
            if group_of.get(other) == group_of.get(found) and other in stories:
                stories[found].extend(stories.pop(other))
                for key, story in owner.items():
                    if story == other:
                        owner[key] = found
        stories[found].append(d.path)
    if rest:
        stories.update(_by_name(rest, marks))
    return stories


def _keys(mark: Marks) -> list[tuple[str, str]]:
    return [("place", p) for p in sorted(mark.places)] + [("name", n) for n in sorted(mark.names)]


def _openers(mark: Marks) -> list[tuple[str, str]]:
    """The keys a document's sentence openers look up: another document's names only."""
    return [("name", n) for n in sorted(mark.openers - mark.names)]


def _by_name(members: Sequence[Document], marks: Mapping[str, Marks]) -> dict[str, list[str]]:
    """One incident's articles split where they name places but share no place and no
    other name (two house fires in two towns, told by two fire services): story -> its
    paths. An article that names no place is compatible with any and joins the largest
    story; sources of one story that name different towns usually share another name
    (the storm's, the company's, the agency's)."""
    union = _Union(d.path for d in members)
    first: dict[tuple[str, str], str] = {}  # ("place" | "name", name) -> first article
    placed: list[str] = []
    for d in members:
        mark = marks[d.path]
        if mark.places:
            placed.append(d.path)
        for key in _keys(mark):
            other = first.setdefault(key, d.path)
            if other != d.path:
                union.join(d.path, other)
    for d in members:  # a name that opens one article's sentences, said mid-sentence in another's
        for key in _openers(marks[d.path]):
            named = first.get(key)
            if named is not None and named != d.path:
                union.join(d.path, named)
    stories: dict[str, list[str]] = defaultdict(list)
    for path in placed:
        stories[union.root(path)].append(path)
    main = max(stories, key=lambda g: (len(stories[g]), g), default=members[0].path)
    is_placed = set(placed)
    for d in members:
        if d.path not in is_placed:  # a name shared with a placed article ties it to that story
            root = union.root(d.path)
            stories[root if root in stories else main].append(d.path)
    return dict(stories)


def names_of(document: Document, calendar: frozenset[str] = frozenset()) -> frozenset[str]:
    """The proper names of a document's story text: runs of capitalized words, without
    the word opening a sentence (capitalized whatever it is) and ``calendar`` words."""
    text = document.prose
    skip = [(r.start, r.end) for r in document.regions if r.role is Role.BOILERPLATE]
    found: set[str] = set()
    for start, end in document.sentences or ((0, len(text)),):
        if any(lo <= start < hi for lo, hi in skip):
            continue
        opener = _first_word(text, start)
        for m in _NAME.finditer(text, start, end):
            words = [norm(w).strip(".") for w in m.group().split()]
            if m.start() == opener:
                words = words[1:]
            while words and words[0] in _JOINERS:
                words = words[1:]
            if words and not (len(words) == 1 and (words[0] in calendar or len(words[0]) < 2)):
                found.add(" ".join(words))
    return frozenset(found)


_JOINERS = frozenset({"of", "and", "the", "de", "for"})
_LOWER = re.compile(r"(?<![\w’'])[a-z][\w’'-]*")


def openers_of(document: Document, stops: frozenset[str] = frozenset()) -> frozenset[str]:
    """The capitalized runs that open a sentence of a document's story text, their first
    word one the document never writes in lower case and no ``stops`` word (function
    and calendar words): "Corvid will lay off", "Arcadia Pharma funded the study"; not
    "Patients were", "Police said", "This is", "Monday's". ``names_of`` drops a
    sentence's first word, capitalized whatever it is, so a name that only opens
    sentences is lost; such a run counts as a name only where another document of the
    run names it mid-sentence (``_by_name``, ``_join_unnamed``), never by itself."""
    text = document.prose
    skip = [(r.start, r.end) for r in document.regions if r.role is Role.BOILERPLATE]
    runs: list[list[str]] = []
    for start, end in document.sentences or ((0, len(text)),):
        if any(lo <= start < hi for lo, hi in skip):
            continue
        m = _NAME.match(text, _first_word(text, start), end)
        if m is None:
            continue
        words = [norm(w).strip(".") for w in m.group().split()]
        while words and words[0] in _JOINERS:
            words = words[1:]
        if words and words[0] not in stops and len(words[0]) > 1:
            runs.append(words)
    if not runs:
        return frozenset()  # most sentences open with a function word: no pass over the text
    firsts = {w for words in runs for w in (words[0], words[0].removesuffix("'s"))}
    lower = {t for m in _LOWER.finditer(text) if (t := m.group()) in firsts}
    return frozenset(" ".join(words) for words in runs
                     if words[0] not in lower and words[0].removesuffix("'s") not in lower)


def _first_word(text: str, start: int) -> int:
    """Where a sentence's first word starts (after quotes, brackets, a heading mark)."""
    i = start
    while i < len(text) and not text[i].isalnum():
        i += 1
    return i


def places_of(document: Document, calendar: frozenset[str] = frozenset(),
              institutions: frozenset[str] = frozenset()) -> frozenset[str]:
    """The places a document's story text names: a capitalized name after "in", "at",
    "on", "near", "outside", "across" or "from" (a possessive's "'s" dropped: "at Varna
    Coal's mine"), and a wire dateline; never a ``calendar`` word ("on Monday", "in
    March") nor anything in boilerplate. An institution's name is read as its town, as
    the claim extractor reads a figure's place (windows.toml [places] institutions,
    extract/window.py): "at Norton Crown Court" names Norton, as "in Norton" does, so
    the two articles are not told apart by it; a name left empty names no place."""
    text = document.prose
    skip = [(r.start, r.end) for r in document.regions if r.role is Role.BOILERPLATE]
    found: set[str] = set()
    for m in (*_PLACE.finditer(text), *_DATELINE.finditer(text, 0, min(len(text), 2000))):
        if any(lo <= m.start() < hi for lo, hi in skip):
            continue
        words = [norm(w).strip(".’'") for w in m.group("place").split()]
        words = [w.removesuffix("’s").removesuffix("'s") for w in words]
        while words and words[-1] in institutions:
            words.pop()
        if words and words[0] not in calendar:
            found.add(" ".join(words))
    return frozenset(found)
