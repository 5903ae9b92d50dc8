"""Word lists -> compact regex alternations.

A plain ``a|b|c`` alternation over hundreds of lexicon phrases makes the regex
engine try every branch at every position; a character trie shares prefixes, so
matching costs roughly the length of the longest phrase. Spaces inside a phrase
match any run of whitespace (the prose is blanked to spaces, not removed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = " "
_End = ""  # marks the end of a phrase inside the trie


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for ch in phrase:
        if ch.isspace():
            if not out or out[-1] != _SPACE:
                out.append(_SPACE)
        else:
            out.append(ch)
    return out


_ESCAPED: dict[str, str] = {_SPACE: r"\s+"}


def _atom(key: str) -> str:
    atom = _ESCAPED.get(key)
    if atom is None:
        atom = _ESCAPED[key] = re.escape(key)
    return atom


def _render(node: dict[str, dict], fold: bool) -> str:  # type: ignore[type-arg]
    # runs for every node of every trie on each fresh process: kept lean
    keys = sorted(node)  # _End ("") sorts first
    optional = bool(keys) and keys[0] == _End
    if optional:
        del keys[0]
    if not keys:
        return ""
    if len(keys) == 1:
        body = _atom(keys[0]) + _render(node[keys[0]], fold)
    else:
        body = "(?:" + "|".join([_atom(k) + _render(node[k], fold) for k in keys]) + ")"
    if optional:
        # greedy: prefer the longer phrase, fall back to the shorter one
        body = "(?:" + body + ")?"
    return body


def alternation(phrases: Iterable[str], *, fold: bool = True) -> str:
    """A non-capturing regex matching any of ``phrases`` (longest preferred).

    With ``fold`` the phrases are lower-cased; compile with IGNORECASE.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    count = 0
    for phrase in phrases:
        text = phrase.strip().lower() if fold else phrase.strip()
        if not text:
            continue
        node = root
        for tok in _tokens(text):
            node = node.setdefault(tok, {})
        node[_End] = {}
        count += 1
    if count == 0:
        return "(?!)"
    return "(?:" + _render(root, fold) + ")"
