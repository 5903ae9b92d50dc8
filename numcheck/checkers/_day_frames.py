"""A day count's start told by a verb of the event it counts, by its frame (NC301).

"The siege of Varrow entered its seventh day" counts a siege; "Rebels seized the town
on Monday" gives its day one, though "seized" is no onset in general, and no stem ties
it to "siege" (``_day_kin.py`` reads "closure"/"closed"). ``[[days.frames]]`` in
numcheck/lexicon/checkers.toml groups the nouns a count may name an event by with the
verbs that open that event, irregular pasts spelled out ("hit", "swept", "shook",
"fell ill"); a frame may take the onsets of others (a search starts when the quake
struck). Only the frames named near a count in its sentence lend their verbs: "hit" opens a
storm, never "Output hit a record on Monday" beside a strike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from numcheck.checkers._compare import words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

__all__ = ["around", "frame_verbs"]

_WORD = lazy_compile(r"[a-z][a-z-]*")
_REACH = 160  # characters read on each side of a count for the event it names


def _named(tokens: Sequence[str], nouns: Mapping[str, set[str]]) -> set[str]:
    """The frames whose nouns ``tokens`` name, one word or two."""
    out: set[str] = set()
    for i, token in enumerate(tokens):
        out |= nouns.get(token, set())
        if i + 1 < len(tokens):
            out |= nouns.get(f"{token} {tokens[i + 1]}", set())
    return out


def _with_sources(names: Iterable[str], frames: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """``names`` and the frames each takes its onsets from (one step: a search from a
    quake, not the quake's own sources)."""
    out = set(names)
    for name in names:
        out.update(words(frames.get(name, {}).get("from", ())))
    return out


def around(document: Document, count: Claim) -> str:
    """A count's sentence within a bounded reach of it: the event it counts is often
    named before a comma ("The heatwave, now in its seventh day, ...")."""
    lo, hi = count.sentence if count.sentence[1] > count.sentence[0] else (0, len(document.prose))
    start, end = count.location.start, count.location.end
    return document.prose[max(lo, start - _REACH) : min(hi, end + _REACH)]


def frame_verbs(
    document: Document, counts: Sequence[Claim], lex: Mapping[str, Any]
) -> list[str]:
    """The onset verbs of the frames the counts' sentences name, those the article
    writes, longest first (so "swept through" is read before "swept")."""
    frames = {str(f.get("name", "")): f for f in lex.get("frames", ()) if f.get("name")}
    if not frames:
        return []
    nouns: dict[str, set[str]] = {}
    for name, frame in frames.items():
        for noun in words(frame.get("nouns", ())):
            nouns.setdefault(noun, set()).add(name)
    named: set[str] = set()
    for count in counts:
        named |= _named(_WORD.findall(around(document, count).lower()), nouns)
    if not named:
        return []
    verbs = {
        v for name in _with_sources(named, frames) for v in words(frames[name].get("verbs", ()))
    }
    ordered = sorted(verbs, key=lambda v: (-len(v), v))
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")
    written = {m.group(0) for m in pattern.finditer(document.prose.lower())}
    return [v for v in ordered if v in written]
