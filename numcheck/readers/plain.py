"""Plain text: every character is prose except metadata lines, directives and links.

Metadata comes from a dateline at the very start (`` date 2022-03-03 More than...``)
or from a block of header lines at the top (``Date: March 3, 2022``, ``Source: AP``).
Those are blanked from the prose (they are metadata, not copy), except the value
of a ``Title:``/``Headline:`` header, which stays prose as the HEADLINE region.
Directive comment lines (``# numcheck: ignore[NC101]``) are blanked too.
"""

from __future__ import annotations

import re
from functools import cache

from numcheck.document import Document, Region, Role
from numcheck.readers.directives import Blocks, Found, is_directive, parse_words, resolve
from numcheck.readers.mask import Span, apply_mask, mask_links
from numcheck.readers.metadata import MetadataBuilder, dateline_words, field_names

_COMMENT_LINE = re.compile(r"^[ \t]*(?:#|//|%)[ \t]*(numcheck\b[^\r\n]*)", re.M | re.I)
_HTML_DIRECTIVE = re.compile(r"<!--(\s*numcheck\b.*?)-->", re.S | re.I)
_HEADER = re.compile(
    r"[ \t]*([A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n|\Z)"
)
_EMPTY_LINE = re.compile(r"[ \t]*\r?\n")


@cache
def _dateline() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in dateline_words())
    return re.compile(rf"[ \t]*(?:{words})[ \t]*:?[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})\b", re.I)


def _headers(text: str, meta: MetadataBuilder) -> tuple[list[Span], list[Region]]:
    """The dateline or header block at the top: spans to blank, headline region."""
    masked: list[Span] = []
    regions: list[Region] = []
    dateline = _dateline().match(text)
    if dateline:
        meta.offer("date", dateline.group(1))
        return [dateline.span()], regions
    names = field_names("fields")
    pos = 0
    while (empty := _EMPTY_LINE.match(text, pos)) is not None:
        pos = empty.end()
    while (header := _HEADER.match(text, pos)) is not None:
        label, value = header.group(1), header.group(2)
        if names.get(label.lower()) is None or not value:
            break
        meta.offer(label, value)
        if names[label.lower()] == "headline":
            masked.append((header.start(), header.start(2)))
            regions.append(Region(header.start(2), header.end(2), Role.HEADLINE))
        else:
            masked.append((header.start(), header.end(2)))
        pos = header.end()
    return masked, regions


def read_plain(text: str, path: str) -> Document:
    meta = MetadataBuilder("fields")
    masked, regions = _headers(text, meta)
    comments = list(_COMMENT_LINE.finditer(text))
    comments += [m for m in _HTML_DIRECTIVE.finditer(text) if is_directive(m.group(1))]
    blocks = Blocks(text, {m.start(): m.end() for m in comments}.get)
    found: list[Found] = []
    for match in comments:
        masked.append(match.span())
        found.append(Found(parse_words(match.group(1)), match.start(), match.end(),
                           blocks.line(match.end())))
    prose = mask_links(apply_mask(text, masked))
    return Document(
        path=path,
        text=text,
        prose=prose,
        format="text",
        metadata=meta.build(),
        regions=tuple(regions),
        directives=resolve(found, len(text)),
    )
