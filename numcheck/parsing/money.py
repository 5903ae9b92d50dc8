"""Which currency a name after a number is, when several countries share the name.

"6.8 billion crowns" is Swedish, Norwegian, Danish, Czech or Icelandic money; the copy
names the country near the figure ("Stockholm", "the Norwegian group"). The code read
is the one whose cue word (currencies.toml ``cues``) is nearest the figure within a
bounded window, else the name's default (phrasings.md 16.1). The window is bounded, so
parsing stays linear.
"""

from __future__ import annotations

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
    """The code among ``codes`` whose country a cue word names nearest ``d``."""
    c, text = sc.c, sc.text
    w = c.currency_cue_window
    best: tuple[int, str] | None = None
    for m in c.currency_cue.finditer(text, max(0, d.start - w), min(len(text), d.end + w)):
        code = c.currency_cues.get(m.group())
        if code not in codes:
            continue
        gap = d.start - m.end() if m.end() <= d.start else m.start() - d.end
        if best is None or gap < best[0]:
            best = (gap, code)
    return best[1] if best is not None else None
