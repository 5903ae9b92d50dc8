"""Where a figure stands: headline, caption, boilerplate (or body, or quote).

The reader marks what markup tells (``document.regions``); this module adds what
plain text only shows by its lines: copyright and sign-off lines, a "You May Also
Like" footer (boilerplate to the end), photo credits and the captions they close,
and a short first line as the headline. Boilerplate is never compared with the story.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from numcheck.claims import Scope
from numcheck.document import Document, Role
from numcheck.extract.vocab import Vocab

_ROLE_SCOPE = {
    Role.HEADLINE: Scope.HEADLINE,
    Role.CAPTION: Scope.CAPTION,
    Role.BOILERPLATE: Scope.BOILERPLATE,
}
_RANK = {Scope.BOILERPLATE: 3, Scope.CAPTION: 2, Scope.HEADLINE: 1}
_TERMINAL = frozenset('.!?:;,"”’')


class ScopeMap:
    """Offset -> Scope for the parts of a document that are not plain body text."""

    def __init__(self, spans: Sequence[tuple[int, int, Scope]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s[0] for s in self._spans]
        self._reach = _running_max(self._spans)

    def at(self, start: int, end: int) -> Scope | None:
        """The strongest scope covering ``[start, end)``, None for body text."""
        best: Scope | None = None
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0 and self._reach[i] > start:
            s, e, scope = self._spans[i]
            if s <= start < e and (best is None or _RANK[scope] > _RANK[best]):
                best = scope
            i -= 1
        if best is None and end > start:
            # a token-level span (a hash) may start inside the quantity
            j = bisect.bisect_left(self._starts, start)
            while j < len(self._spans) and self._spans[j][0] < end:
                if best is None or _RANK[self._spans[j][2]] > _RANK[best]:
                    best = self._spans[j][2]
                j += 1
        return best


def _running_max(spans: Sequence[tuple[int, int, Scope]]) -> list[int]:
    out: list[int] = []
    reach = -1
    for _, end, _ in spans:
        reach = max(reach, end)
        out.append(reach)
    return out


def scope_map(document: Document, vocab: Vocab) -> ScopeMap:
    text = document.prose
    spans: list[tuple[int, int, Scope]] = [
        (r.start, r.end, _ROLE_SCOPE[r.role]) for r in document.regions if r.role in _ROLE_SCOPE
    ]
    lines = _lines(text)
    credit_prev: int | None = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            continue
        if any(p.search(line) for p in vocab.boilerplate_to_end):
            spans.append((start, len(text), Scope.BOILERPLATE))
            break
        if any(p.search(line) for p in vocab.boilerplate_lines):
            spans.append((start, end, Scope.BOILERPLATE))
        elif any(p.search(line) for p in vocab.credit_lines):
            spans.append((start, end, Scope.CAPTION))
            prev = _previous_line(lines, text, index)
            if prev is not None and prev != credit_prev:
                p_start, p_end = lines[prev]
                if p_end - p_start <= vocab.max_caption_chars:
                    spans.append((p_start, p_end, Scope.CAPTION))
            credit_prev = index
        elif any(p.search(line) for p in vocab.trailing_credits):
            spans.append((start, end, Scope.CAPTION))
    for pattern in vocab.boilerplate_tokens:
        spans.extend((m.start(), m.end(), Scope.BOILERPLATE) for m in pattern.finditer(text))
    headline = _plain_headline(document, lines, vocab)
    if headline is not None:
        spans.append((*headline, Scope.HEADLINE))
    return ScopeMap(spans)


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    find = text.find
    while True:
        nl = find("\n", start)
        if nl == -1:
            out.append((start, len(text)))
            return out
        out.append((start, nl))
        start = nl + 1


def _previous_line(lines: Sequence[tuple[int, int]], text: str, index: int) -> int | None:
    """The nearest non-blank line before ``index`` that is not itself a credit."""
    for j in range(index - 1, max(-1, index - 3), -1):
        start, end = lines[j]
        if text[start:end].strip():
            return j
    return None


def _plain_headline(
    document: Document, lines: Sequence[tuple[int, int]], vocab: Vocab
) -> tuple[int, int] | None:
    """A plain-text article's short first line that does not end like a sentence."""
    if document.format != "text" or any(r.role is Role.HEADLINE for r in document.regions):
        return None
    text = document.prose
    nonblank = [(s, e) for s, e in lines[:8] if text[s:e].strip()]
    if len(nonblank) < 2:
        return None
    start, end = nonblank[0]
    line = text[start:end].strip()
    if line[-1] in _TERMINAL or len(line.split()) > vocab.headline_max_words:
        return None
    return start, end
