"""Suppression comments: ``numcheck: ignore[NC301] reason="..."`` and friends.

Readers find the comments in their own markup (an HTML comment in Markdown and
HTML, a ``#``/``//``/``%`` line in plain text) and say which block an ``ignore``
covers; this module reads the words and pairs ``disable`` with ``enable``. A
malformed comment becomes a Directive of kind INVALID with an ``error`` and no
coverage, so it silences nothing and can be reported. docs/users/inputs.md has the
syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from numcheck.document import Directive, DirectiveKind
from numcheck.lazyre import lazy_compile

_HEAD = lazy_compile(r"\s*numcheck\b(?P<colon>\s*:)?\s*", re.IGNORECASE)
_VERB = lazy_compile(r"(?P<verb>[A-Za-z][A-Za-z-]*)\s*")
_CODES = lazy_compile(r"\[(?P<codes>[^\[\]]*)\]\s*")
_REASON = lazy_compile(r"reason\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')\s*", re.IGNORECASE)
_CODE = lazy_compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_SPLIT = lazy_compile(r"[\s,]+")

_VERBS = {
    "ignore": DirectiveKind.IGNORE,
    "disable": DirectiveKind.DISABLE,
    "enable": DirectiveKind.ENABLE,
    "ignore-file": DirectiveKind.FILE,
}


class Parsed(NamedTuple):
    """One comment's words, before its coverage is known."""

    kind: DirectiveKind
    codes: tuple[str, ...]
    reason: str | None
    error: str | None = None


def is_directive(body: str) -> bool:
    """Does a comment's content start with the word ``numcheck``?"""
    return _HEAD.match(body) is not None


def parse_words(body: str) -> Parsed:
    """Read ``numcheck: VERB[CODES] reason="..."`` (the comment's inside)."""
    head = _HEAD.match(body)
    if head is None:
        return Parsed(DirectiveKind.INVALID, (), None, "not a numcheck comment")
    if not head.group("colon"):
        return Parsed(DirectiveKind.INVALID, (), None, "expected 'numcheck:'")
    pos = head.end()
    verb_match = _VERB.match(body, pos)
    if verb_match is None:
        return Parsed(DirectiveKind.INVALID, (), None, "missing directive after 'numcheck:'")
    verb = verb_match.group("verb").lower()
    kind = _VERBS.get(verb)
    if kind is None:
        known = ", ".join(_VERBS)
        return Parsed(DirectiveKind.INVALID, (), None, f"unknown directive '{verb}' ({known})")
    pos = verb_match.end()
    codes: tuple[str, ...] = ()
    if body.startswith("[", pos):
        codes_match = _CODES.match(body, pos)
        if codes_match is None:
            return Parsed(DirectiveKind.INVALID, (), None, "unclosed '[' in the rule list")
        codes = tuple(c for c in _SPLIT.split(codes_match.group("codes")) if c)
        bad = [c for c in codes if not _CODE.match(c)]
        if bad:
            return Parsed(DirectiveKind.INVALID, (), None, f"not a rule code or name: {bad[0]!r}")
        if not codes:
            return Parsed(DirectiveKind.INVALID, (), None, "empty rule list '[]'")
        pos = codes_match.end()
    reason: str | None = None
    reason_match = _REASON.match(body, pos)
    if reason_match is not None:
        reason = reason_match.group("dq") if reason_match.group("dq") is not None else (
            reason_match.group("sq"))
        pos = reason_match.end()
    rest = body[pos:].strip()
    if rest:
        return Parsed(DirectiveKind.INVALID, (), None, f"unexpected text {rest[:30]!r}")
    return Parsed(kind, codes, reason)


class Found(NamedTuple):
    """A directive comment in place: its words, its span, and for ``ignore`` its block."""

    parsed: Parsed
    start: int
    end: int
    block: tuple[int, int]


@dataclass
class _Running:
    """A disable not yet ended: ``left`` are its codes still in force (empty = all)."""

    item: Found
    left: list[str]
    done: bool = False


def _key(code: str) -> str:
    return code.lower()


def resolve(found: list[Found], length: int) -> tuple[Directive, ...]:
    """Directives with coverage: ignore -> its block, disable -> its enable, file -> all.

    A ``disable`` runs until an ``enable`` naming the same code (or a bare
    ``enable``), else to the end. ``disable[A,B]`` closed by ``enable[A]`` yields two
    directives for the same comment: A up to the enable, B to the end.
    """
    out: list[Directive] = []
    running: list[_Running] = []

    def emit(entry: _Running, codes: tuple[str, ...], stop: int) -> None:
        p, item = entry.item.parsed, entry.item
        out.append(Directive(p.kind, codes, p.reason, item.start, item.end, item.end, stop))

    for item in sorted(found, key=lambda f: f.start):
        p = item.parsed
        if p.kind is DirectiveKind.DISABLE:
            running.append(_Running(item, list(p.codes)))
        elif p.kind is DirectiveKind.ENABLE:
            wanted = {_key(c) for c in p.codes}
            for entry in running:
                if not wanted:  # a bare enable ends every running disable
                    emit(entry, tuple(entry.left), item.start)
                    entry.left.clear()
                    entry.done = True
                elif entry.left:  # a disable of all rules is only ended by a bare enable
                    closing = [c for c in entry.left if _key(c) in wanted]
                    if closing:
                        emit(entry, tuple(closing), item.start)
                        entry.left[:] = [c for c in entry.left if _key(c) not in wanted]
                        entry.done = not entry.left
            running = [entry for entry in running if not entry.done]
            out.append(Directive(p.kind, p.codes, p.reason, item.start, item.end,
                                 item.end, item.end))
        elif p.kind is DirectiveKind.IGNORE:
            out.append(Directive(p.kind, p.codes, p.reason, item.start, item.end, *item.block))
        elif p.kind is DirectiveKind.FILE:
            out.append(Directive(p.kind, p.codes, p.reason, item.start, item.end, 0, length))
        else:
            out.append(Directive(p.kind, (), None, item.start, item.end, item.end, item.end,
                                 p.error))
    for entry in running:
        emit(entry, tuple(entry.left), length)
    out.sort(key=lambda d: (d.start, d.applies_end, d.codes))
    return tuple(out)


_SPACE = lazy_compile(r"\s*")
_BLANK_LINE = lazy_compile(r"\n[ \t]*(?:\r?\n|\Z)")


class Blocks:
    """Finds the block an ``ignore`` covers, in one pass however many comments."""

    def __init__(self, text: str, skip: Callable[[int], int | None]) -> None:
        self.text = text
        self.skip = skip  # offset -> end of a stacked directive starting there, else None
        self._last: tuple[int, int] = (-1, -1)  # (searched from, blank line found at)
        self._starts: dict[int, int] = {}  # a stacked directive's offset -> where text starts

    def _start(self, pos: int) -> int:
        """Where the text after ``pos`` starts, past blank space and stacked directives.
        Each directive of a stack is walked over once: the answer is remembered for every
        one passed (n comments before one block would otherwise cost n^2 steps)."""
        text, size = self.text, len(self.text)
        passed: list[int] = []
        while True:
            pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
            if pos >= size:
                pos = size
                break
            known = self._starts.get(pos)
            if known is not None:
                pos = known
                break
            after = self.skip(pos)
            if after is None:
                break
            passed.append(pos)
            pos = after
        for directive in passed:
            self._starts[directive] = pos
        return pos

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def paragraph(self, pos: int) -> tuple[int, int]:
        """From the next non-blank text after ``pos`` to the next blank line."""
        start = self._start(pos)
        searched, found = self._last
        if not (searched <= start <= found):
            match = _BLANK_LINE.search(self.text, start)
            found = match.start() if match else len(self.text)
            self._last = (start, found)
        return self._trim(start, found)

    def line(self, pos: int) -> tuple[int, int]:
        """The next non-empty line after ``pos`` (plain text)."""
        start = self._start(pos)
        end = self.text.find("\n", start)
        return self._trim(start, len(self.text) if end == -1 else end)
