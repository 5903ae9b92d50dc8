"""Build ``Document.prose``: the text with non-prose blanked, offsets unchanged.

Every reader collects spans that are not prose (markup, code, URLs) and calls
:func:`apply_mask` once, so masking is a single linear pass however many spans
there are. Blanked characters become spaces; line breaks (``\\n`` and ``\\r``) are
kept so the prose has the same lines as the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from numcheck.lazyre import lazy_compile

Span = tuple[int, int]

_LINE_BREAK = lazy_compile(r"[\r\n]+")

# URLs and e-mail addresses are never prose, in any format. A literal search finds
# candidates ("://", "www.", "mailto:", "@": fast even on 50 MB), then bounded
# patterns read each one in place, so a 1 MB line without spaces stays linear.
_URL_HINT = re.compile(r"://|www\.|WWW\.|mailto:|MAILTO:")  # case-sensitive: 10x faster
_SCHEME = lazy_compile(r"(?:https?|ftps?|file)\Z", re.IGNORECASE)
_URL_BODY = lazy_compile(r"[^\s<>\"'`]+")
_NOT_BEFORE = lazy_compile(r"[\w@/.+-]")
_AT = re.compile(r"@")
_DOMAIN = lazy_compile(
    r"[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,10}(?![\w-])"
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


def _url_start(text: str, hint: re.Match[str]) -> int | None:
    """Where the URL around a hint starts, or None when the hint is not one."""
    start = hint.start()
    if hint.group() == "://":
        scheme = _SCHEME.search(text, max(0, start - 5), start)
        if scheme is None:
            return None
        start = scheme.start()
    elif hint.group().lower() == "www." and not _URL_BODY.match(text, hint.end()):
        return None
    if start > 0 and _NOT_BEFORE.match(text, start - 1):
        return None
    return start


def _url_spans(text: str, start: int, stop: int) -> Iterator[Span]:
    done = start
    for hint in _URL_HINT.finditer(text, start, stop):
        if hint.start() < done:
            continue
        url_start = _url_start(text, hint)
        if url_start is None or url_start < done:
            continue
        body = _URL_BODY.match(text, url_start, stop)
        if body is None:
            continue
        url_end = _trim_url(text, url_start, body.end())
        if url_end - url_start > 4:
            yield url_start, url_end
        done = body.end()


def _is_local(char: str) -> bool:
    return char.isalnum() or char in "_.%+-"


def _email_spans(text: str, start: int, stop: int) -> Iterator[Span]:
    done = start
    for at in _AT.finditer(text, start, stop):
        position = at.start()
        if position < done:
            continue
        local = position
        floor = max(start, position - 64)
        while local > floor and _is_local(text[local - 1]):
            local -= 1
        if local == position or (local > start and _is_local(text[local - 1])):
            continue  # nothing before the @, or a run longer than 64 characters
        domain = _DOMAIN.match(text, position + 1, stop)
        if domain is not None:
            yield local, domain.end()
            done = domain.end()


def link_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of URLs and e-mail addresses in ``text[start:end]``."""
    stop = len(text) if end is None else end
    yield from _url_spans(text, start, stop)
    yield from _email_spans(text, start, stop)


def mask_links(prose: str) -> str:
    """Blank the URLs and e-mail addresses still visible in ``prose``."""
    return apply_mask(prose, link_spans(prose))
