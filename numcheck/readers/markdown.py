"""Markdown -> Document with markdown-it-py: CommonMark, tables, strikethrough, front matter.

markdown-it gives block tokens with line maps and inline tokens with their source
text but no offsets; each inline token is found in the file from a cursor that only
moves forward, so the prose keeps the file's offsets. Everything starts blanked and
only inline text is kept: block markers, code, HTML tags, link targets, front matter
are blanked by construction. The parser's blocks (paragraphs, headings, list items,
block quotes, table cells) become ``Document.blocks``. docs/users/inputs.md says
what stays prose; docs/maintainers/readers.md how the cursor works.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from numcheck.document import BlockKind, Document, LineMap, Region, Role
from numcheck.lazyre import lazy_compile
from numcheck.readers.directives import Blocks, Found, is_directive, parse_words, resolve
from numcheck.readers.front_matter import toml_front_matter, yaml_front_matter
from numcheck.readers.mask import Span, mask_links
from numcheck.readers.metadata import MetadataBuilder
from numcheck.readers.structure import (
    BLOCK_TAGS,
    PLAIN,
    BlockBuilder,
    Kind,
    RowNumbers,
    keep_only,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_RAW_HTML = lazy_compile(r"[ \t]*<(?:script|style|pre|textarea)(?=[\s>]|$)", re.I)
_HTML_PIECE = lazy_compile(r"<!--.*?(?:-->|\Z)|</?([A-Za-z][A-Za-z0-9-]*)[^>]*>?", re.S)
_CONTAINERS = {"blockquote_open": BlockKind.QUOTE, "list_item_open": BlockKind.LIST_ITEM,
               "th_open": BlockKind.TABLE_CELL, "td_open": BlockKind.TABLE_CELL}
_ROWS = (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)  # blocks that carry a row


@cache
def _parser() -> MarkdownIt:
    """The CommonMark parser with GFM tables and strikethrough, built once."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    md.disable("text_join")  # keep escapes and entities apart: their source text differs
    return md


class _Walker:
    """Walks the token stream once, finding each inline token in the source."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = LineMap.of(text).line_starts
        self.cursor = 0
        self.kept: list[Span] = []
        self.comments: list[Span] = []
        self.regions: list[Region] = []
        # leaf blocks as (kept spans, kind, level, row): built once the prose is known
        self.pending: list[tuple[list[Span], BlockKind, int, int]] = []
        self.rows = RowNumbers()
        self.html_open: list[tuple[str, Kind]] = []  # raw HTML's open block elements
        self.meta = MetadataBuilder("fields")

    def line(self, number: int) -> int:
        return self.starts[number] if number < len(self.starts) else len(self.text)

    def walk(self, tokens: list[Token]) -> None:
        stack: list[BlockKind] = []
        rows: list[int] = [-1]  # the open table rows and list items (Block.row)
        for token in tokens:
            kind = _CONTAINERS.get(token.type)
            if token.type in ("tr_open", "list_item_open"):
                rows.append(self.rows.open("tr"))
            elif token.type in ("tr_close", "list_item_close"):
                rows.pop()
            if kind is not None:
                stack.append(kind)
            elif token.type in ("blockquote_close", "list_item_close", "th_close", "td_close"):
                stack.pop()
            elif token.type == "heading_open":
                stack.append(BlockKind.HEADING)
                self.level = int(token.tag[1:])
            elif token.type == "heading_close":
                stack.pop()
            elif token.type == "inline" and token.map:
                kind = stack[-1] if stack else BlockKind.PARAGRAPH
                self.inline(token, kind, rows[-1] if kind in _ROWS else -1)
            elif token.type == "html_block" and token.map:
                self.html_block(self.line(token.map[0]), self.line(token.map[1]))
            elif token.type == "front_matter":
                yaml_front_matter(token.content, self.meta)

    def inline(self, token: Token, kind: BlockKind, row: int) -> None:
        assert token.map is not None
        self.cursor = max(self.cursor, self.line(token.map[0]))
        limit = self.line(token.map[1])
        first = len(self.kept)
        images = len(self.regions)
        self.children(token.children or [], limit, keep=True)
        spans = self.kept[first:]
        if kind is BlockKind.PARAGRAPH and len(self.regions) > images and all(
                r.role is Role.CAPTION for r in self.regions[images:]) and _only_images(token):
            kind = BlockKind.CAPTION
        self.pending.append((spans, kind, self.level if kind is BlockKind.HEADING else 0, row))

    level = 0

    def find(self, piece: str, limit: int) -> int:
        """Where ``piece`` is next in the source (the cursor moves past it), else -1."""
        pos = self.text.find(piece, self.cursor, limit) if piece else -1
        if pos >= 0:
            self.cursor = pos + len(piece)
        return pos

    def children(self, tokens: list[Token], limit: int, *, keep: bool) -> None:
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind in ("text", "text_special"):
                piece = token.content if kind == "text" else token.markup
                pos = self.find(piece, limit)
                if pos >= 0 and keep:
                    self.kept.append((pos, pos + len(piece)))
            elif kind in ("softbreak", "hardbreak"):
                newline = self.text.find("\n", self.cursor, limit)
                self.cursor = newline + 1 if newline >= 0 else self.cursor
            elif kind == "code_inline":
                self.code_span(token.markup, limit)
            elif kind == "html_inline":
                self.html_inline(token.content, limit)
            elif kind in ("em_open", "em_close", "strong_open", "strong_close",
                          "s_open", "s_close"):
                self.find(token.markup, limit)
                if kind == "s_open":  # struck-out copy is not copy
                    end = _closing(tokens, i, "s_close")
                    self.children(tokens[i + 1:end], limit, keep=False)
                    i = end - 1
            elif kind == "link_open":
                end = _closing(tokens, i, "link_close")
                if token.markup == "autolink":
                    start = self.find("<", limit)
                    close = self.text.find(">", max(start, self.cursor), limit)
                    self.cursor = close + 1 if start >= 0 and close >= 0 else self.cursor
                else:
                    self.find("[", limit)
                    self.children(tokens[i + 1:end], limit, keep=keep)
                    self.link_tail(limit)
                i = end
            elif kind == "image":
                self.image(token, limit, keep)
            i += 1

    def image(self, token: Token, limit: int, keep: bool) -> None:
        """``![alt](src)``: the alt text is prose, and a CAPTION region."""
        self.find("![", limit)
        first = len(self.kept)
        self.children(token.children or [], limit, keep=keep)
        alt = self.kept[first:]
        if alt:
            self.regions.append(Region(alt[0][0], alt[-1][1], Role.CAPTION))
        self.link_tail(limit)

    def code_span(self, ticks: str, limit: int) -> None:
        """Skip a code span: the opening run of backticks, then the same-length closer."""
        if self.find(ticks, limit) < 0:
            return
        pos = self.cursor
        while (pos := self.text.find(ticks, pos, limit)) >= 0:
            end = pos + len(ticks)
            if not self.text.startswith("`", end):
                self.cursor = end
                return
            while self.text.startswith("`", end):
                end += 1
            pos = end

    def link_tail(self, limit: int) -> None:
        """Skip ``](destination "title")``, ``][label]`` or ``]`` after a link text."""
        from markdown_it.helpers import parseLinkDestination, parseLinkTitle

        text = self.text
        if self.find("]", limit) < 0:
            return
        pos = self.cursor
        if text.startswith("(", pos):
            pos = _skip_space(text, pos + 1, limit)
            destination = parseLinkDestination(text, pos, limit)
            if destination.ok:
                pos = _skip_space(text, destination.pos, limit)
                title = parseLinkTitle(text, pos, limit)
                if title.ok:
                    pos = _skip_space(text, title.pos, limit)
            if text.startswith(")", pos):
                self.cursor = pos + 1
        elif text.startswith("[", pos):
            close = text.find("]", pos, limit)
            self.cursor = close + 1 if close >= 0 else self.cursor

    def html_inline(self, content: str, limit: int) -> None:
        first_line = content.split("\n", 1)[0]
        start = self.find(first_line, limit)
        if start < 0:
            return
        if "\n" in content:
            last_line = content.rsplit("\n", 1)[1]
            end = self.text.find(last_line, self.cursor, limit)
            self.cursor = end + len(last_line) if end >= 0 else self.cursor
        if content.startswith("<!--"):
            self.comments.append((start, self.cursor))

    def html_block(self, start: int, end: int) -> None:
        """Raw HTML: script/style/pre/textarea are code; elsewhere the text between
        tags is prose (a block at each block tag) and comments may be directives."""
        text = self.text
        self.cursor = max(self.cursor, end)
        raw = _RAW_HTML.match(text, start, end) is not None
        spans: list[Span] = []
        pos = start
        for piece in _HTML_PIECE.finditer(text, start, end):
            if piece.group().startswith("<!--"):
                self.comments.append(piece.span())
            if not raw and pos < piece.start():
                spans.append((pos, piece.start()))
            name = (piece.group(1) or "").lower()
            if name in BLOCK_TAGS:
                self._html_text(spans)
                spans = []
                self._html_tag(name, piece.group())
            pos = piece.end()
        if not raw and pos < end:
            spans.append((pos, end))
        self._html_text(spans)

    def _html_tag(self, name: str, tag: str) -> None:
        """Raw HTML's table cells and list items are blocks of their rows, as in an
        HTML file (html.py); its other elements stay paragraphs."""
        stack = self.html_open
        if tag.startswith("</"):
            for depth in range(len(stack) - 1, max(-1, len(stack) - 33), -1):
                if stack[depth][0] == name:  # a stray end tag far from its start is ignored
                    del stack[depth:]
                    return
        elif name not in ("br", "hr") and not tag.endswith("/>"):
            stack.append((name, self.rows.opened(name, stack[-1][1] if stack else PLAIN)))

    def _html_text(self, spans: list[Span]) -> None:
        self.kept.extend(spans)
        kind = self.html_open[-1][1] if self.html_open else PLAIN
        self.pending.append((spans, *(kind if kind[0] in _ROWS else PLAIN)))

    def structure(self, prose: str) -> tuple[BlockBuilder, Span | None]:
        """The blocks, trimmed on the final prose (links blanked), and the first h1."""
        builder = BlockBuilder(prose)
        headline: Span | None = None
        for spans, kind, level, row in self.pending:
            block = builder.add(spans, kind, level, row)
            if block is not None and level == 1 and headline is None:
                headline = block.span
                self.regions.append(Region(block.start, block.end, Role.HEADLINE))
        return builder, headline


def _only_images(token: Token) -> bool:
    return all(c.type == "image" or (c.type in ("text", "softbreak") and not c.content.strip())
               for c in token.children or [])


def _closing(tokens: list[Token], i: int, close: str) -> int:
    """Index of the token closing ``tokens[i]`` (nesting counted), else the last."""
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].type == tokens[i].type:
            depth += 1
        elif tokens[j].type == close:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t\r\n":
        pos += 1
    return pos


def read_markdown(text: str, path: str) -> Document:
    walker = _Walker(text)
    source = text
    toml_end = toml_front_matter(text, walker.meta)
    if toml_end:  # markdown-it has no TOML front matter: hide its lines, keep the count
        source = "\n" * text.count("\n", 0, toml_end) + text[toml_end:]
    walker.walk(_parser().parse(source))
    prose = mask_links(keep_only(text, walker.kept))
    built, headline_span = walker.structure(prose)
    comments = sorted(walker.comments)
    comment_ends = {s: e for s, e in comments if is_directive(_inside(text, s, e))}
    blocks = Blocks(text, comment_ends.get)
    found = [Found(parse_words(_inside(text, s, e)), s, e, blocks.paragraph(e))
             for s, e in comments if s in comment_ends]
    headline = None
    if headline_span is not None:
        headline = " ".join(prose[headline_span[0]:headline_span[1]].split()) or None
    return Document(
        path=path,
        text=text,
        prose=prose,
        format="markdown",
        metadata=walker.meta.build(headline=headline),
        regions=tuple(sorted(walker.regions, key=lambda r: (r.start, r.end))),
        directives=resolve(found, len(text)),
        blocks=built.result(),
    )


def _inside(text: str, start: int, end: int) -> str:
    return text[start + 4:end - 3] if text.endswith("-->", 0, end) else text[start + 4:end]
