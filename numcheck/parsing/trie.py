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


def _render(node: dict[str, dict], fold: bool) -> tuple[str, bool]:  # type: ignore[type-arg]
    """The regex for ``node`` and whether it is one atom (a bare group or a class)
    that a quantifier may follow. Runs for every node of every trie on each fresh
    process: kept lean. Written with as few groups as the meaning allows (``s?`` not
    ``(?:s)?``, ``[ds]`` not ``(?:d|s)``): ``re`` parses each group in Python, and
    these tries are most of the parser's compile time at start-up; the compiled
    program is the same either way."""
    keys = sorted(node)  # _End ("") sorts first
    optional = bool(keys) and keys[0] == _End
    if optional:
        del keys[0]
    if not keys:
        return "", False
    if len(keys) == 1:
        key = keys[0]
        rest, _ = _render(node[key], fold)
        if not rest and key != _SPACE:
            body, atom = _atom(key), True  # one character
        else:
            body, atom = _atom(key) + rest, False
    elif all(k != _SPACE and len(node[k]) == 1 and _End in node[k] for k in keys):
        body, atom = "[" + "".join([_atom(k) for k in keys]) + "]", True
    else:
        body = "(?:" + "|".join([_atom(k) + _render(node[k], fold)[0] for k in keys]) + ")"
        atom = True
    if optional:
        # greedy: prefer the longer phrase, fall back to the shorter one
        return (body if atom else "(?:" + body + ")") + "?", False
    return body, atom


def alternation(phrases: Iterable[str], *, fold: bool = True) -> str:
    """A non-capturing regex matching any of ``phrases`` (longest preferred), one atom
    (a group or a character class) that a quantifier may follow.

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
    body, atom = _render(root, fold)
    return body if atom else "(?:" + body + ")"
