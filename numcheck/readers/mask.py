"""Build ``Document.prose``: the text with non-prose blanked, offsets unchanged.

Every reader collects spans that are not prose (markup, code, URLs) and calls
:func:`apply_mask` once, so masking is a single linear pass however many spans
there are. Blanked characters become spaces; line breaks (``\\n`` and ``\\r``) are
kept so the prose has the same lines as the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

_LINE_BREAK = re.compile(r"[\r\n]+")

# URLs and e-mail addresses are never prose, in any format. Every quantifier that
# could run far is either behind a look-behind that rejects starts inside a run,
# or bounded, so a 1 MB line without spaces is still scanned in linear time.
_URL = re.compile(
    r"(?<![\w@/.+-])(?:(?:https?|ftps?|file)://|mailto:|www\.(?=[\w-]))[^\s<>\"'`]+",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})){1,10}(?![\w-])"
)
_TRAILING = ".,;:!?'\"*_"


def blank(segment: str) -> str:
    """Spaces for every character except line breaks."""
    if "\n" not in segment and "\r" not in segment:
        return " " * len(segment)
    out: list[str] = []
    pos = 0
    for match in _LINE_BREAK.finditer(segment):
        out.append(" " * (match.start() - pos))
        out.append(match.group())
        pos = match.end()
    out.append(" " * (len(segment) - pos))
    return "".join(out)


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping, non-empty spans (adjacent ones joined)."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def apply_mask(text: str, spans: Iterable[Span]) -> str:
    """``text`` with every span blanked; ``text`` itself when nothing is masked."""
    merged = merge(spans)
    if not merged:
        return text
    out: list[str] = []
    pos = 0
    for start, end in merged:
        out.append(text[pos:start])
        out.append(blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def complement(spans: Iterable[Span], length: int) -> list[Span]:
    """The parts of ``[0, length)`` outside ``spans``."""
    out: list[Span] = []
    pos = 0
    for start, end in merge(spans):
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        out.append((pos, length))
    return out


def _trim_url(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation and an unbalanced ``)`` from a URL's end."""
    opened = text.count("(", start, end)
    closed = text.count(")", start, end)
    while end > start:
        last = text[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last == ")" and opened < closed:
            end -= 1
            closed -= 1
        else:
            break
    return end


def link_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of URLs and e-mail addresses in ``text[start:end]``."""
    stop = len(text) if end is None else end
    for match in _URL.finditer(text, start, stop):
        url_end = _trim_url(text, match.start(), match.end())
        if url_end - match.start() > 4:
            yield match.start(), url_end
    for match in _EMAIL.finditer(text, start, stop):
        yield match.span()


def mask_links(prose: str) -> str:
    """Blank the URLs and e-mail addresses still visible in ``prose``."""
    return apply_mask(prose, link_spans(prose))
