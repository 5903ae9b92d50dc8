"""Markdown (CommonMark + YAML front matter) -> Document, markup blanked.

Not a full CommonMark parser: a line scanner finds front matter, fenced and
indented code, HTML comments and raw script/style blocks; an inline scanner
(:mod:`numcheck.readers.md_inline`) finds code spans, tags, autolinks and link
targets. Everything that is not prose is blanked, in one pass over the text.
What stays prose and why is in docs/users/inputs.md.
"""

from __future__ import annotations

import re

from numcheck.document import Document, Region, Role
from numcheck.readers.directives import Blocks, Found, is_directive, parse_words, resolve
from numcheck.readers.mask import Span, apply_mask, mask_links
from numcheck.readers.md_inline import Inline
from numcheck.readers.metadata import MetadataBuilder

_FRONT_OPEN = re.compile(r"(---|\+\+\+)[ \t]*\r?\n")
_FRONT_CLOSE = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M),
                "+++": re.compile(r"^\+\+\+[ \t]*\r?$", re.M)}
_FRONT_LINE = re.compile(r"([A-Za-z_][\w .-]*?)[ \t]*(?::|=)[ \t]*(.*?)[ \t]*\r?$")

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})([^\r\n]*)")
_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|\r?$)[ \t]*")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*\r?$|[ \t]*\r?$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*\r?$")
_BREAK = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\r?$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?=[ \t]|\r?$)")
_REFDEF = re.compile(r" {0,3}\[[^\]\r\n]{1,999}\]:[ \t]*\S")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?\r?$")
_RAW_BLOCK = re.compile(r" {0,3}<(script|style|pre|textarea)(?=[\s>]|$)", re.I)
_COMMENT_BLOCK = re.compile(r" {0,3}<!--")
_INDENT = re.compile(r"(?: {4}|\t)")
_BLANK = re.compile(r"[ \t]*\r?$")


def _front_matter(text: str, meta: MetadataBuilder) -> int:
    """Read a ``---`` YAML (or ``+++`` TOML) header's flat keys; its end offset or 0."""
    opening = _FRONT_OPEN.match(text)
    if opening is None:
        return 0
    closing = _FRONT_CLOSE[opening.group(1)].search(text, opening.end())
    if closing is None:
        return 0
    for line in text[opening.end():closing.start()].split("\n"):
        match = _FRONT_LINE.fullmatch(line)
        if match and not line[:1].isspace():
            meta.offer(match.group(1), _unquote(match.group(2)))
    end = text.find("\n", closing.end())
    return len(text) if end == -1 else end + 1


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value.startswith(("[", "{", "|", ">")):  # lists, maps, block scalars: not flat
        return ""
    return value.split(" #")[0]


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.masked: list[Span] = []
        self.regions: list[Region] = []
        self.comments: list[tuple[int, int]] = []  # HTML comment spans (directive candidates)
        self.prose_runs: list[Span] = []  # line ranges the inline scanner reads
        self.headline: Span | None = None

    def _lines(self, pos: int) -> list[tuple[int, int]]:
        text, out = self.text, []
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            out.append((pos, end))
            pos = end + 1
        return out

    def _heading(self, start: int, end: int) -> None:
        if self.headline is None:
            self.headline = (start, end)
            self.regions.append(Region(start, end, Role.HEADLINE))

    def scan(self, pos: int) -> None:
        text = self.text
        lines = self._lines(pos)
        i, run_start = 0, pos
        paragraph = False  # the previous line continues a paragraph
        in_list = False
        while i < len(lines):
            start, end = lines[i]
            lead = start  # the first character after up to 4 spaces: most lines are prose
            while lead < end and lead - start < 4 and text[lead] == " ":
                lead += 1
            first = text[lead] if lead < end else "\n"
            if first in "\r\n":
                paragraph = False
                i += 1
                continue
            block_end: int | None = None
            if first in "`~" and (fence := _FENCE.match(text, start, end)):
                if not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
                    block_end = self._fence_end(lines, i, fence.group(1))
            elif first == "<" and (raw := _RAW_BLOCK.match(text, start, end)) is not None:
                close = text.find(f"</{raw.group(1).lower()}", start)
                close_upper = text.find(f"</{raw.group(1).upper()}", start)
                found = [c for c in (close, close_upper) if c != -1]
                block_end = self._line_end(min(found)) if found else len(text)
            elif first == "<" and _COMMENT_BLOCK.match(text, start, end):
                close = text.find("-->", start)
                comment_end = len(text) if close == -1 else close + 3
                self.comments.append((text.index("<!--", start), comment_end))
                block_end = self._line_end(comment_end)
            elif ((lead - start == 4 or first == "\t") and _INDENT.match(text, start, end)
                  and not paragraph and not _BLANK.match(text, start, end)
                  and (not in_list or text.startswith("        ", start))):
                block_end = end
            if block_end is not None:
                self.masked.append((start, block_end))
                if run_start < start:
                    self.prose_runs.append((run_start, start))
                run_start = block_end
                while i < len(lines) and lines[i][0] < block_end:
                    i += 1
                paragraph = False
                continue
            if first.isalpha():  # a prose line: no block marker can start with a letter
                in_list = in_list and (lead > start or paragraph)
                paragraph = True
            else:
                paragraph, in_list = self._line(start, end, paragraph, in_list)
            i += 1
        if run_start < len(text):
            self.prose_runs.append((run_start, len(text)))

    def _line_end(self, offset: int) -> int:
        end = self.text.find("\n", offset)
        return len(self.text) if end == -1 else end

    def _fence_end(self, lines: list[tuple[int, int]], i: int, fence: str) -> int:
        closing = re.compile(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*\r?$")
        for j in range(i + 1, len(lines)):
            start, end = lines[j]
            if closing.match(self.text, start, end):
                return end
        return len(self.text)

    def _line(self, start: int, end: int, paragraph: bool, in_list: bool) -> tuple[bool, bool]:
        """Blank one line's block markers; return (paragraph, in_list) for the next."""
        text = self.text
        if _BLANK.match(text, start, end):
            return False, in_list
        quote = _QUOTE.match(text, start, end)
        if quote:
            self.masked.append(quote.span())
            start = quote.end()
        if paragraph and (setext := _SETEXT.match(text, start, end)):
            self.masked.append((start, end))
            if setext.group(1)[0] == "=":
                previous = text.rfind("\n", 0, max(start - 1, 0)) + 1
                self._heading(*_strip(text, previous, start - 1))
            return False, in_list
        if _BREAK.match(text, start, end) or _TABLE_RULE.match(text, start, end):
            self.masked.append((start, end))
            return False, in_list
        if _REFDEF.match(text, start, end):
            self.masked.append((start, end))
            return False, in_list
        atx = _ATX.match(text, start, end)
        if atx:
            close = _ATX_CLOSE.search(text, atx.end(), end)
            content_end = close.start() if close else end
            self.masked.append(atx.span())
            self.masked.append((content_end, end))
            if len(atx.group(1)) == 1 and content_end > atx.end():
                self._heading(atx.end(), content_end)
            return False, False
        marker = _LIST.match(text, start, end)
        if marker:
            self.masked.append(marker.span())
            return True, True
        if in_list and not text[start].isspace() and not paragraph:
            in_list = False
        return True, in_list


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_markdown(text: str, path: str) -> Document:
    meta = MetadataBuilder("fields")
    front_end = _front_matter(text, meta)
    scanner = _Scanner(text)
    if front_end:
        scanner.masked.append((0, front_end))
    scanner.scan(front_end)
    inline = Inline(text)
    for start, end in scanner.prose_runs:
        inline.scan(start, end)
    masked = [*scanner.masked, *inline.masked]
    comment_spans = sorted([*scanner.comments, *inline.comments])
    comment_ends = {s: e for s, e in comment_spans
                    if is_directive(text[s + 4:max(s + 4, e - 3)])}
    blocks = Blocks(text, comment_ends.get)
    found = [
        Found(parse_words(text[s + 4:e - 3] if text.endswith("-->", 0, e) else text[s + 4:e]),
              s, e, blocks.paragraph(e))
        for s, e in comment_spans if s in comment_ends
    ]
    prose = mask_links(apply_mask(text, masked))
    regions = sorted([*scanner.regions, *inline.regions], key=lambda r: (r.start, r.end))
    headline = None
    if scanner.headline is not None:
        headline = " ".join(prose[scanner.headline[0]:scanner.headline[1]].split()) or None
    return Document(
        path=path,
        text=text,
        prose=prose,
        format="markdown",
        metadata=meta.build(headline=headline),
        regions=tuple(regions),
        directives=resolve(found, len(text)),
    )
