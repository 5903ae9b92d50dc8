"""Which currency a name after a number is, when several countries share the name.

"6.8 billion crowns" is Swedish, Norwegian, Danish, Czech or Icelandic money; the copy
names the country near the figure ("Stockholm", "the Norwegian group"). The code read
is the one whose cue word (currencies.toml ``cues``) is nearest the figure, before it
in the text or after it in the same sentence, else the name's default (phrasings.md
16.1). The cue words are found in one pass over the text, then each figure costs a
binary search per code, so parsing stays linear.
"""

from __future__ import annotations

from bisect import bisect_left

from numcheck.parsing.context import ScanState
from numcheck.parsing.draft import Draft


def code_of(sc: ScanState, d: Draft, name: str) -> str | None:
    """The ISO code of currency ``name`` (normalised) after the figure ``d``, or None
    when the name is an English noun that nothing here makes money ("two crowns")."""
    c = sc.c
    codes = c.currency_shared.get(name)
    if codes is None:
        return c.currency_names[name]
    near = nearest_cue(sc, d, codes)
    if near is None and name in c.currency_noun_names and d.scale is None:
        return None
    return near or codes[0]


def nearest_cue(sc: ScanState, d: Draft, codes: tuple[str, ...]) -> str | None:
    """The code among ``codes`` whose country a cue word names nearest ``d``: before
    it anywhere in the text (the country named earlier in the story), or after it in
    the same sentence ("6.8 billion crowns, the Swedish group said")."""
    c, text = sc.c, sc.text
    if sc.cue_marks is None:  # one pass over the text, the first time a name needs it
        marks: dict[str, list[int]] = {}
        for m in c.currency_cue.finditer(text):
            marks.setdefault(c.currency_cues[m.group()], []).append(m.start())
        sc.cue_marks = marks
    stop = c.sentence_end.search(text, d.end, d.end + c.currency_cue_window)
    hi = stop.start() if stop is not None else min(len(text), d.end + c.currency_cue_window)
    best: tuple[int, str] | None = None
    for code in codes:  # a few codes, each a binary search: linear overall
        starts = sc.cue_marks.get(code)
        if not starts:
            continue
        i = bisect_left(starts, d.start)
        gaps = []
        if i > 0:
            gaps.append(d.start - starts[i - 1])
        j = bisect_left(starts, d.end, i)
        if j < len(starts) and starts[j] < hi:
            gaps.append(starts[j] - d.end)
        if gaps and (best is None or min(gaps) < best[0]):
            best = (min(gaps), code)
    return best[1] if best is not None else None
