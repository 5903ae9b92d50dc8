"""Where a figure stands: headline, caption, boilerplate (or body, or quote).

The reader marks what markup tells (``document.regions``); this module adds what
plain text only shows by its lines: copyright and sign-off lines, a "You May Also
Like" footer (boilerplate to the end), photo credits and the captions they close,
and a short first line as the headline. Boilerplate is never compared with the story.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterator, Sequence

from numcheck.claims import Scope
from numcheck.document import Document, Role
from numcheck.extract.patterns import LinePattern
from numcheck.extract.vocab import Vocab

_ROLE_SCOPE = {
    Role.HEADLINE: Scope.HEADLINE,
    Role.CAPTION: Scope.CAPTION,
    Role.BOILERPLATE: Scope.BOILERPLATE,
}
_RANK = {Scope.BOILERPLATE: 3, Scope.CAPTION: 2, Scope.HEADLINE: 1}
_TERMINAL = frozenset('.!?:;,"”’')
_SHORT_LINE = 80  # footer markers ("You May Also Like") are short lines


class ScopeMap:
    """Offset -> Scope for the parts of a document that are not plain body text."""

    def __init__(self, spans: Sequence[tuple[int, int, Scope]], footer: int | None) -> None:
        self._spans = sorted(spans)
        self._starts = [s[0] for s in self._spans]
        # the furthest end among the spans up to each index: a walk back from a figure
        # stops as soon as no earlier span can still cover it (markup regions may nest)
        self._reach: list[int] = []
        for _, end, _ in self._spans:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)
        self._footer = footer

    def at(self, start: int, end: int) -> Scope | None:
        """The strongest scope covering ``[start, end)``, None for body text."""
        if self._footer is not None and start >= self._footer:
            return Scope.BOILERPLATE
        best: Scope | None = None
        j = bisect.bisect_right(self._starts, start) - 1
        while j >= 0 and self._reach[j] > start:
            s, e, scope = self._spans[j]
            if s <= start < e and (best is None or _RANK[scope] > _RANK[best]):
                best = scope
                if scope is Scope.BOILERPLATE:
                    return best  # nothing outranks it
            j -= 1
        j = bisect.bisect_right(self._starts, start)
        while j < len(self._spans) and self._spans[j][0] < end:
            # a token-level span (a hash) may start inside the figure
            if best is None or _RANK[self._spans[j][2]] > _RANK[best]:
                best = self._spans[j][2]
            j += 1
        return best


def scope_map(
    document: Document,
    vocab: Vocab,
    offsets: Sequence[int] = (),
    breaks: Sequence[int] = (),
) -> ScopeMap:
    """Scopes of the lines holding ``offsets`` (the figures), plus any footer.

    A "line" is a line cut at the block ``breaks`` (the edges of ``Document.blocks``): an HTML
    export may hold the headline, body, caption and footer on one physical line, and a
    credit or copyright pattern speaks only for its own block. Only lines that hold a
    figure (and the line after each, for a credit) are matched against the line
    patterns, so the cost follows the figures, not the text.
    """
    text = document.prose
    spans: list[tuple[int, int, Scope]] = [
        (r.start, r.end, _ROLE_SCOPE[r.role]) for r in document.regions if r.role in _ROLE_SCOPE
    ]
    lines = _Lines(text, breaks)
    footer: int | None = None
    last = max(offsets, default=-1)  # a footer after the last figure changes nothing
    for start, end in lines.walk():
        if start > last:
            break
        if end - start <= _SHORT_LINE and _matches(text, start, end, vocab.boilerplate_to_end):
            footer = start
            break
    for start, end in sorted({lines.at(o) for o in offsets}):
        scope = _line_scope(text, start, end, vocab)
        if scope is None and end - start <= vocab.max_caption_chars:
            nxt = lines.after(end)
            if nxt is not None and _matches(text, *nxt, vocab.credit_lines):
                scope = Scope.CAPTION  # the line a credit line closes
        if scope is not None:
            spans.append((start, end, scope))
        for token in vocab.boilerplate_tokens:
            spans.extend(
                (m.start(), m.end(), Scope.BOILERPLATE)
                for m in token.pattern.finditer(text, start, end)
            )
    headline = _plain_headline(document, lines, vocab)
    if headline is not None:
        spans.append((*headline, Scope.HEADLINE))
    return ScopeMap(spans, footer)


def _line_scope(text: str, start: int, end: int, vocab: Vocab) -> Scope | None:
    if _matches(text, start, end, vocab.boilerplate_lines):
        return Scope.BOILERPLATE
    if _matches(text, start, end, vocab.credit_lines) or _matches(
        text, start, end, vocab.trailing_credits
    ):
        return Scope.CAPTION
    return None


def _matches(text: str, start: int, end: int, patterns: Sequence[LinePattern]) -> bool:
    line = text[start:end]
    low = line.lower()
    return any(p.search(line, low) for p in patterns)


class _Lines:
    """The prose's lines, each cut at every block break strictly inside it (``breaks``
    sorted, unique), found by bisection over the newlines' offsets (eight bytes a line):
    a file of a million empty lines is never held as a list of pairs, and a 10 MB line
    is never scanned again for each figure on it."""

    def __init__(self, text: str, breaks: Sequence[int]) -> None:
        self.text, self.breaks = text, breaks
        newlines = array("q")
        find, i = text.find, text.find("\n")
        while i != -1:
            newlines.append(i)
            i = find("\n", i + 1)
        self.newlines = newlines

    def _end(self, pos: int) -> tuple[int, int]:
        """The end of the physical line holding ``pos`` and the newline's index."""
        k = bisect.bisect_left(self.newlines, pos)
        return (self.newlines[k] if k < len(self.newlines) else len(self.text)), k

    def walk(self, pos: int = 0) -> Iterator[tuple[int, int]]:
        """The lines from the one starting at ``pos`` on."""
        breaks, newlines = self.breaks, self.newlines
        b, n = bisect.bisect_right(breaks, pos), len(breaks)
        start, (end, k) = pos, self._end(pos)
        while True:
            while b < n and breaks[b] <= start:
                b += 1
            while b < n and breaks[b] < end:
                yield start, breaks[b]
                start = breaks[b]
                b += 1
            yield start, end
            k += 1
            if end == len(self.text):
                return
            start = end + 1
            end = newlines[k] if k < len(newlines) else len(self.text)

    def at(self, offset: int) -> tuple[int, int]:
        """The line that holds ``offset``."""
        k = bisect.bisect_left(self.newlines, offset)
        start = self.newlines[k - 1] + 1 if k else 0
        end = self.newlines[k] if k < len(self.newlines) else len(self.text)
        b = bisect.bisect_right(self.breaks, offset)
        if b and self.breaks[b - 1] > start:
            start = self.breaks[b - 1]
        if b < len(self.breaks) and self.breaks[b] < end:
            end = self.breaks[b]
        return start, end

    def after(self, end: int) -> tuple[int, int] | None:
        """The next non-blank line after the line ending at ``end`` (at most one blank
        line between)."""
        text = self.text
        nxt = end if end < len(text) and text[end] != "\n" else end + 1
        if nxt > len(text):
            return None
        for start, stop in itertools.islice(self.walk(nxt), 2):
            if text[start:stop].strip():
                return start, stop
        return None


def _plain_headline(
    document: Document, lines: _Lines, vocab: Vocab
) -> tuple[int, int] | None:
    """A plain-text article's short first line that does not end like a sentence."""
    if document.format != "text" or any(r.role is Role.HEADLINE for r in document.regions):
        return None
    text = document.prose
    nonblank = [(s, e) for s, e in itertools.islice(lines.walk(), 8) if text[s:e].strip()]
    if len(nonblank) < 2:
        return None
    start, end = nonblank[0]
    line = text[start:end].strip()
    if line[-1] in _TERMINAL or len(line.split()) > vocab.headline_max_words:
        return None
    return start, end
