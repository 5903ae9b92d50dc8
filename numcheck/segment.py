"""One article's blocks and sentences, made once by the document layer.

Readers of Markdown and HTML know the block structure from their parsers and hand
it to the Document; plain text has none, so its paragraphs are found here: one per
line after terminal punctuation, or at blank lines (news dumps). Sentences are cut
in the prose, inside blocks, abbreviation-aware. Every span is ``(start, end)`` in
the file's offsets, in text order, so a claim finds its sentence or paragraph by
bisection and extraction stays linear (numcheck/extract reads them, never markup).

Markdown and HTML wrap paragraphs freely, so there (``wrapped=True``) a single line
break is only a space; each block boundary ends a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from numcheck.lazyre import lazy_compile

Span = tuple[int, int]

# candidate sentence ends: . ! ? (plus closing quotes/brackets) before whitespace, a
# blank line, or a line break; sentence_spans decides which candidates are ends
# (each branch starts with a literal: the scan is ~2x faster); group 1 is the next
# character after spaces (empty at the end), so the loop needs no scanning of its own
_BOUNDARY = re.compile(r"(?:[.!?][.!?]*[\"”’')\]]*(?=\s)|\n(?:[ \t]*\n\s*)*)(?=[ \t]*(.?))", re.S)
_BOUNDARY_WRAPPED = lazy_compile(
    r"(?:[.!?][.!?]*[\"”’')\]]*(?=\s)|\n(?:[ \t]*\n\s*)*)(?=\s*(.?))", re.S
)
_OPENERS = frozenset("“\"‘'([")
# a blank line, or a line end after terminal punctuation (one leading class: fast)
_PARAGRAPH_BREAK = re.compile(r"[.!?:;\"”’)\n][ \t]*\n\s*")
_BLANK_LINE = lazy_compile(r"\n[ \t]*(?:\n\s*)+")


def sentence_spans(
    text: str,
    abbreviations: frozenset[str],
    *,
    wrapped: bool = False,
    breaks: Sequence[int] = (),
) -> list[Span]:
    """Sentence offsets, abbreviation-aware ("Feb. 24", "U.S. officials", "Mr Le").

    A stop ends a sentence before a capital, digit or opening quote; a blank line
    always does; a line break does unless the next line starts in lowercase (a
    hard-wrapped sentence) or the text is ``wrapped`` (Markdown, HTML), where it
    never does. Each offset in ``breaks`` (sorted) ends a sentence too.
    """
    spans: list[Span] = []
    start = 0
    longest = max(map(len, abbreviations), default=0) + 1
    for m in (_BOUNDARY_WRAPPED if wrapped else _BOUNDARY).finditer(text):
        stop = m.group()
        nxt = m.group(1)
        if stop[0] in ".!?":
            if nxt == "\n":
                nxt = "A"  # a stop at the end of a line
            if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
                continue
            dot = m.start()
            if (
                stop == "."
                and not text[max(0, dot - longest) : dot].isalpha()  # a long word: no
                and _is_abbreviation(text, dot, abbreviations)
            ):
                continue
            end = m.end()
        elif stop == "\n" and (wrapped or nxt.islower() or nxt == ""):
            continue
        else:
            end = m.start()
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return split_at(spans, text, breaks) if breaks else spans


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    i = dot
    while i > 0 and dot - i < 12 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word or not word[-1].isalpha():
        return False
    if i > 0 and text[i - 1].isdigit() and "." not in word:
        return False  # a unit or scale glued to a figure ("£412.6m.", "3km."), no initial
    if word in abbreviations:
        return True
    # dotted initials: "M", "U.S", "a.m"
    return all(len(part) == 1 for part in word.split("."))


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def paragraph_spans(text: str, *, wrapped: bool = False, breaks: Sequence[int] = ()) -> list[Span]:
    """Paragraphs: split at blank lines and at line ends after terminal punctuation.

    A hard-wrapped line (no terminal punctuation at its end) continues its paragraph;
    in ``wrapped`` text only blank lines and the forced ``breaks`` end one.
    """
    spans: list[Span] = []
    start = 0
    for m in (_BLANK_LINE if wrapped else _PARAGRAPH_BREAK).finditer(text):
        end = m.start()
        _add(spans, text, start, end if text[end] == "\n" else end + 1)
        start = m.end()
    _add(spans, text, start, len(text))
    return split_at(spans, text, breaks) if breaks else spans


def split_at(spans: Sequence[Span], text: str, breaks: Sequence[int]) -> list[Span]:
    """``spans`` (in order) cut at each offset of ``breaks`` (sorted), in one merge."""
    out: list[Span] = []
    b, nb = 0, len(breaks)
    for start, end in spans:
        while b < nb and breaks[b] <= start:
            b += 1
        while b < nb and breaks[b] < end:
            _add(out, text, start, breaks[b])
            start = breaks[b]
            b += 1
        _add(out, text, start, end)
    return out


@cache
def default_abbreviations() -> frozenset[str]:
    """The built-in ``[sentences] abbreviations`` (lexicon/scopes.toml), lower-cased."""
    from numcheck.lexicon import load_section

    words = load_section("scopes").get("sentences", {}).get("abbreviations", ())
    return frozenset(str(w).lower() for w in words)


def wrapped_format(fmt: str) -> bool:
    """Markdown and HTML wrap paragraphs at any column: a line break is a space."""
    return fmt in ("markdown", "html")


def paragraphs(prose: str, fmt: str) -> list[Span]:
    """Paragraphs of a document whose reader gave no block structure."""
    return paragraph_spans(prose, wrapped=wrapped_format(fmt))


def sentences(
    prose: str, fmt: str, blocks: Sequence[Span], abbreviations: frozenset[str] | None = None
) -> list[Span]:
    """The sentences of a document: cut at block boundaries in wrapped formats.

    Plain text keeps its own line rules (a line break ends a sentence unless the
    next line starts in lowercase), so its sentences are not cut at paragraphs.
    """
    words = default_abbreviations() if abbreviations is None else abbreviations
    if not wrapped_format(fmt):
        return datelines_apart(sentence_spans(prose, words), prose)
    edges = sorted({edge for block in blocks for edge in block})
    return datelines_apart(sentence_spans(prose, words, wrapped=True, breaks=edges), prose)


# a wire dateline opening a sentence: "TARROW, Vessia, Nov 6 (Meridian) - ", "WASHINGTON
# (AP) — ": capitalised place words, a comma and a few words or a bracketed agency, a dash
# (with a bracket or a digit in it: ``_DATED``)
DATELINE = lazy_compile(
    r"[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+)*"
    r"(?:,[^\n—–()]{0,50}?(?:\([^()\n]{1,40}\))?|[ \t]*\([^()\n]{1,40}\))"
    r"[ \t]*(?:—|–|--|-(?=[ \t]))[ \t]*"
)


def datelines_apart(spans: Sequence[Span], prose: str) -> list[Span]:
    """A dateline is a sentence of its own: what follows it opens the article's first
    sentence ("TARROW, Vessia, Nov 6 (Meridian) - Of the 41 injured, nine ..."), so a
    cue read at a sentence's start ("Of the", "Day 7 of ...:") reads the same there as
    in any later paragraph."""
    out: list[Span] = []
    for start, end in spans:
        found = DATELINE.match(prose, start, end)
        if found is not None and found.end() < end and _DATED.search(found.group()):
            _add(out, prose, start, found.end())
            _add(out, prose, found.end(), end)
        else:
            out.append((start, end))
    return out


_DATED = lazy_compile(r"[(\d]")  # a dateline names its agency or its day: "UK, France - " no
