"""HTML -> Document with the stdlib parser; offsets map back to the original text.

Everything starts blanked; only character data in prose context is kept, so any
construct the parser reports some other way (tags, comments, declarations) stays
blanked. Entities keep their offsets: the decoded character takes the entity's
first position and the rest is blanked (``&rsquo;`` -> ``’`` + 6 spaces). Script,
style and page chrome (nav, header, footer, aside, ...) are not prose; only the
article's elements are, as main_text.py chooses them (Readability's rules), plus the
headline; a page with no paragraphs (or nested over ``MAX_DEPTH`` levels) keeps its
``<article>``/``<main>`` text, else all.
Block elements give the Document its blocks. docs/users/inputs.md has the details.
"""

from __future__ import annotations

import bisect
import html
import re
from html.parser import HTMLParser

from numcheck.document import Document, LineMap, Region, Role
from numcheck.readers.directives import Blocks, Found, is_directive, parse_words, resolve
from numcheck.readers.jsonld import offer_json_ld
from numcheck.readers.main_text import MARK, MainText, find_main_text
from numcheck.readers.mask import Span, blank, mask_links, merge
from numcheck.readers.metadata import MetadataBuilder
from numcheck.readers.structure import BLOCK_TAGS, PLAIN, BlockBuilder, Kind, RowNumbers

_SKIP = frozenset({
    "script", "style", "nav", "footer", "aside", "noscript", "template",
    "svg", "math", "form", "button", "select", "iframe", "object", "canvas", "head",
    "code", "pre", "kbd", "samp",
})
_BODY = frozenset({"article", "main"})
_BLOCKS = frozenset({
    "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "div", "section",
    "article", "main", "pre",
})
_OPENERS = re.compile(r"<!--|<")
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# elements an HTML5 parser closes when the next one opens (a list of <p>s is no nesting)
_IMPLIED_END = frozenset({
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
})
# Elements nested deeper than this (Blink's HTML parser caps the tree at 512 levels) make
# no article to choose, and an HTML5 tree builder spends time in the square of the depth
# on them (40,000 nested <div>s: 21 s in selectolax): such a page keeps all its text.
MAX_DEPTH = 512


_Piece = tuple[int, int, str | None, bool, int]


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = LineMap.of(text).line_starts
        self.meta = MetadataBuilder("meta")
        self.pieces: list[_Piece] = []  # start, end, text, in body, block number
        self.title: list[_Piece] = []
        self.block = 0  # block boundaries passed (a new number at each block tag)
        self.block_kinds: dict[int, Kind] = {}
        # open block elements, each with the innermost kind that says most so far
        self.open_blocks: list[tuple[str, Kind]] = []
        self.rows = RowNumbers()
        self.marks: list[tuple[int, int]] = []  # (where the tag name ends, tag offset)
        self.open_elements: dict[str, list[int]] = {}  # tag -> start offsets still open
        self.element_end: dict[int, int] = {}  # start-tag offset -> end of the element
        self.depth: dict[str, int] = {}
        self.nesting: list[str] = []  # open elements that nest (not _IMPLIED_END)
        self.deepest = 0
        self.skip_flags: dict[str, list[bool]] = {}  # per open element: did it start a skip
        self.skipping = 0
        self.in_body = 0
        self.saw_body = False
        self.open_regions: dict[str, int] = {}
        self.regions: list[Region] = []
        self.headline_text: list[str] = []
        self.title_text: list[str] = []
        self.title_span: Span | None = None
        self.comments: list[Span] = []  # numcheck directive comments, in order
        self.blocks: dict[int, Span] = {}  # comment index -> the element it covers
        self.pending: list[int] = []  # comments waiting for the next block element
        self.block_watch: tuple[str, int, int] | None = None  # tag, depth, start
        self.ld_json: list[str] = []
        self.in_ld_json = False  # inside a <script type="application/ld+json">

    # -- positions --------------------------------------------------------------
    def _at(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    # -- events -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        values = {k.lower(): v for k, v in attrs if v is not None}
        self.marks.append((start + 1 + len(tag), start))
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.offer("og:url", values.get("href"), rank=1)
        elif tag == "time" and ("pubdate" in dict(attrs) or
                                values.get("itemprop", "").lower() == "datepublished"):
            self.meta.offer("datepublished", values.get("datetime"), rank=-1)
        if tag in BLOCK_TAGS:
            self._boundary()
        if tag in _VOID or raw.endswith("/>"):
            self.element_end[start] = end
            return
        self.open_elements.setdefault(tag, []).append(start)
        if tag in BLOCK_TAGS:
            self.open_blocks.append((tag, self.rows.opened(tag, self._kind())))
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.ld_json.append("")
            self.in_ld_json = True
        if tag == "body" and self.depth.get("head", 0):  # an unclosed <head>
            self._close("head")
        self._watch_start(tag, start)
        self.depth[tag] = self.depth.get(tag, 0) + 1
        if tag not in _IMPLIED_END:
            self.nesting.append(tag)
            self.deepest = max(self.deepest, len(self.nesting))
        skip = tag in _SKIP or (tag == "header" and not self.in_body)
        self.skip_flags.setdefault(tag, []).append(skip)
        self.skipping += skip
        if tag in _BODY:
            self.in_body += 1
            self.saw_body = True
        if (tag in ("h1", "figcaption") and not self.skipping) or (
            tag == "title" and not self.depth.get("svg")
        ):
            self.open_regions.setdefault(tag, end)

    def handle_endtag(self, tag: str) -> None:
        self._unnest(tag)
        if self.depth.get(tag, 0) <= 0:
            return  # a stray end tag
        start = self._at()
        self._close(tag)
        if tag == "script":
            self.in_ld_json = False
        opened = self.open_elements.get(tag)
        if opened:
            close = self.text.find(">", start)
            self.element_end[opened.pop()] = len(self.text) if close == -1 else close + 1
        if tag in BLOCK_TAGS:
            self._boundary()
            self._close_block(tag)
        region_start = self.open_regions.pop(tag, None)
        if region_start is not None:
            self._region(tag, region_start, start)
        self._watch_end(tag, start)

    def handle_data(self, data: str) -> None:
        if self.in_ld_json:
            self.ld_json[-1] += data
        if self.skipping and "title" not in self.open_regions:
            return
        start = self._at()
        end = start + len(data)
        self._piece(start, end, None, self.text[start:end])

    def handle_entityref(self, name: str) -> None:
        self._entity("&" + name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#" + name)

    def handle_comment(self, data: str) -> None:
        start = self._at()
        close = self.text.find("-->", start + 4)
        end = len(self.text) if close == -1 else close + 3
        if is_directive(data):
            if self.block_watch is not None:  # an earlier comment's element never closed
                self.pending.clear()
                self.block_watch = None
            self.comments.append((start, end))
            self.pending.append(len(self.comments) - 1)

    # -- helpers -----------------------------------------------------------------
    def _unnest(self, tag: str) -> None:
        """An end tag closes its element and those left open inside it, as an HTML5
        parser does (a stray one, not among the last 64 open, closes nothing)."""
        stack = self.nesting
        for depth in range(len(stack) - 1, max(-1, len(stack) - 65), -1):
            if stack[depth] == tag:
                del stack[depth:]
                return

    def _close(self, tag: str) -> None:
        self.depth[tag] -= 1
        self.skipping -= self.skip_flags[tag].pop()
        if tag in _BODY:
            self.in_body -= 1

    def _entity(self, raw: str) -> None:
        if self.skipping and "title" not in self.open_regions:
            return
        start = self._at()
        if self.text.startswith(";", start + len(raw)):
            raw += ";"
        decoded = html.unescape(raw)
        if decoded == raw or len(decoded) > len(raw):
            self._piece(start, start + len(raw), None, raw)
        else:
            self._piece(start, start + len(raw), decoded + " " * (len(raw) - len(decoded)),
                        decoded)

    def _boundary(self) -> None:
        self.block += 1

    def _kind(self) -> Kind:
        return self.open_blocks[-1][1] if self.open_blocks else PLAIN

    def _close_block(self, tag: str) -> None:
        """Pop ``tag`` and what it encloses (well-formed pages: just the last one)."""
        blocks = self.open_blocks
        for depth in range(len(blocks) - 1, max(-1, len(blocks) - 33), -1):
            if blocks[depth][0] == tag:  # a stray end tag far from its start is ignored
                del blocks[depth:]
                return

    def _piece(self, start: int, end: int, replacement: str | None, shown: str) -> None:
        item = (start, end, replacement, self.in_body > 0 or "h1" in self.open_regions,
                self.block)
        if self.block not in self.block_kinds:
            self.block_kinds[self.block] = self._kind()
        if "title" in self.open_regions:
            self.title.append(item)
            self.title_text.append(shown)
            return
        if "h1" in self.open_regions and not self.skipping:
            self.headline_text.append(shown)
        self.pieces.append(item)

    def _region(self, tag: str, start: int, end: int) -> None:
        if tag == "h1" and not any(r.role is Role.HEADLINE for r in self.regions):
            self.regions.append(Region(start, end, Role.HEADLINE))
        elif tag == "title":
            self.title_span = (start, end)
        elif tag == "figcaption":
            self.regions.append(Region(start, end, Role.CAPTION))

    def _watch_start(self, tag: str, start: int) -> None:
        if self.block_watch is None and self.pending and tag in _BLOCKS:
            self.block_watch = (tag, self.depth.get(tag, 0), start)

    def _watch_end(self, tag: str, start: int) -> None:
        watch = self.block_watch
        if watch and watch[0] == tag and self.depth.get(tag, 0) == watch[1]:
            close = self.text.find(">", start)
            end = len(self.text) if close == -1 else close + 1
            for index in self.pending:
                self.blocks[index] = (watch[2], end)
            self.pending.clear()
            self.block_watch = None

    def _meta(self, values: dict[str, str]) -> None:
        key = values.get("property") or values.get("name") or values.get("itemprop") or ""
        self.meta.offer(key, values.get("content"))


def _defused(text: str) -> str:
    """A same-length copy where ``<`` that can never close is plain data.

    html.parser rescans to the end of the input for each ``<`` without a later
    ``>`` (and each ``<!--`` without a later ``-->``): quadratic on a 1 MB line of
    ``<a <a <a``. Browsers show such ``<`` as text, and so does numcheck.
    """
    last_gt = text.rfind(">")
    last_close = text.rfind("-->")
    cut = [i for i in _OPENERS.finditer(text) if i.start() > last_gt or (
        i.group() == "<!--" and i.start() > last_close - 4)]
    if not cut:
        return text
    chars = list(text)
    for match in cut:
        chars[match.start()] = " "
    return "".join(chars)


def read_html(text: str, path: str) -> Document:
    reader = _Reader(text)
    reader.feed(_defused(text))
    reader.close()
    offer_json_ld(reader.ld_json, reader.meta)
    pieces = reader.pieces
    main = find_main_text(_marked(text, reader.marks)) if reader.deepest <= MAX_DEPTH else None
    if main is not None:
        pieces = _article_pieces(reader, main, pieces)
    elif reader.saw_body:
        pieces = [p for p in pieces if p[3]]
    regions = list(reader.regions)
    if not any(r.role is Role.HEADLINE for r in regions) and reader.title:
        pieces = sorted([*pieces, *reader.title])
        if reader.title_span:
            regions.append(Region(*reader.title_span, Role.HEADLINE))
    prose = mask_links(_build(text, pieces))
    builder = BlockBuilder(prose)
    group: list[Span] = []
    for index, piece in enumerate(pieces):
        group.append((piece[0], piece[1]))
        if index + 1 == len(pieces) or pieces[index + 1][4] != piece[4]:
            builder.add(group, *reader.block_kinds[piece[4]])
            group = []
    h1 = " ".join("".join(reader.headline_text).split()) or None
    title = " ".join("".join(reader.title_text).split()) or None
    reader.meta.offer("headline", h1, rank=-1)
    blocks = Blocks(text, dict(reader.comments).get)
    found = [
        Found(parse_words(_inside(text, start, end)), start, end,
              reader.blocks.get(index) or blocks.paragraph(end))
        for index, (start, end) in enumerate(reader.comments)
    ]
    return Document(
        path=path,
        text=text,
        prose=prose,
        format="html",
        metadata=reader.meta.build(headline=title),
        regions=tuple(sorted(regions, key=lambda r: (r.start, r.end))),
        directives=resolve(found, len(text)),
        blocks=builder.result(),
    )


def _marked(text: str, marks: list[tuple[int, int]]) -> str:
    """A copy of the page where each start tag carries its offset (main_text.py)."""
    out: list[str] = []
    pos = 0
    for at, offset in marks:
        out.append(text[pos:at])
        out.append(f' {MARK}="{offset}"')
        pos = at
    out.append(text[pos:])
    return "".join(out)


def _spans(reader: _Reader, offsets: tuple[int, ...]) -> list[Span]:
    return merge((o, reader.element_end.get(o, len(reader.text))) for o in offsets)


def _article_pieces(reader: _Reader, main: MainText, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces inside the article's elements (not inside chrome), and the h1."""
    kept, dropped = _spans(reader, main.kept), _spans(reader, main.dropped)
    headline = [(r.start, r.end) for r in reader.regions if r.role is Role.HEADLINE]
    return [p for p in pieces if (_within(kept, p[0]) and not _within(dropped, p[0]))
            or _within(headline, p[0])]


def _within(spans: list[Span], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, _FAR)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


_FAR = 1 << 62


def _inside(text: str, start: int, end: int) -> str:
    return text[start + 4:end - 3] if text.endswith("-->", 0, end) else text[start + 4:end]


def _build(text: str, pieces: list[_Piece]) -> str:
    """Blank everything but the kept pieces (entities replaced in place)."""
    out: list[str] = []
    pos = 0
    for start, end, replacement, _, _ in sorted(pieces):
        if start < pos:
            continue
        out.append(blank(text[pos:start]))
        out.append(text[start:end] if replacement is None else replacement)
        pos = end
    out.append(blank(text[pos:]))
    return "".join(out)
