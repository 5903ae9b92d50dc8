"""Markdown inline markup: code spans, HTML tags and comments, autolinks, links.

Scans left to right once; the leftmost construct wins, as in CommonMark, so a
backtick inside a tag or a ``<!--`` inside a code span does not start anything.
Every pattern is bounded, so a 1 MB line of brackets or backticks is linear.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from numcheck.document import Region, Role
from numcheck.readers.mask import Span

_TOKEN = re.compile(r"[`<!\[\]~]")  # a character class: fast to search in plain prose
_KIND = re.compile(r"`+|<!--|<|!\[|\]\(|\]\[|\[|~~")
_BACKTICKS = re.compile(r"`+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?/?>")
_AUTOLINK = re.compile(
    r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,4000}>|<[^\s@<>]{1,64}@[^\s<>]{1,255}>"
)
_DESTINATION = re.compile(
    r"\]\([ \t]*(?:<[^<>\n]{0,2048}>|[^\s()]{0,2048}(?:\([^\s()]{0,512}\)[^\s()]{0,512}){0,4})"
    r"(?:\s{1,10}(?:\"[^\"\n]{0,1000}\"|'[^'\n]{0,1000}'|\([^()\n]{0,1000}\)))?[ \t]*\)"
)
_REF_LABEL = re.compile(r"\]\[[^\]\n]{0,999}\]")
_STRIKE_REACH = 10_000
_MAX_OPEN = 1_000


class Inline:
    """Collects masked spans, comment spans and image-alt regions of one document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.masked: list[Span] = []
        self.comments: list[Span] = []
        self.regions: list[Region] = []

    def scan(self, start: int, end: int) -> None:
        text = self.text
        runs: dict[int, list[int]] = defaultdict(list)  # backtick run length -> starts
        for run in _BACKTICKS.finditer(text, start, end):
            runs[len(run.group())].append(run.start())
        brackets: list[tuple[int, bool]] = []  # open "[" or "![" positions, is_image
        done = start  # everything before this is consumed
        for hit in _TOKEN.finditer(text, start, end):
            pos = hit.start()
            if pos < done or (pos > start and text[pos - 1] == "\\"):
                continue
            token = _KIND.match(text, pos, end)
            if token is None:
                continue  # a lone "!", "]" or "~"
            kind = token.group()
            done = token.end()  # a token is read once ("![" is not also "[")
            if kind[0] == "`":
                done = max(done, self._code_span(pos, len(kind), runs) or token.end())
            elif kind == "<!--":
                close = text.find("-->", pos + 4, end)
                if close != -1:
                    self.comments.append((pos, close + 3))
                    self.masked.append((pos, close + 3))
                    done = close + 3
            elif kind == "<":
                match = _AUTOLINK.match(text, pos, end) or _TAG.match(text, pos, end)
                if match:
                    self.masked.append(match.span())
                    done = match.end()
            elif kind in ("[", "!["):
                if len(brackets) >= _MAX_OPEN:
                    brackets.pop(0)
                brackets.append((pos, kind == "!["))
            elif kind == "](":
                done = max(done, self._link(pos, end, brackets) or token.end())
            elif kind == "][":
                match = _REF_LABEL.match(text, pos, end)
                if match and brackets:
                    opener, _ = brackets.pop()
                    self.masked.extend([(opener, opener + 1), match.span()])
                    done = match.end()
            elif kind == "~~":
                close = text.find("~~", pos + 2, min(end, pos + _STRIKE_REACH))
                if close != -1 and "\n\n" not in text[pos:close]:
                    self.masked.append((pos, close + 2))  # struck-out copy is not copy
                    done = close + 2

    def _code_span(self, pos: int, width: int, runs: dict[int, list[int]]) -> int | None:
        """Mask a code span opened by ``width`` backticks at ``pos``; its end."""
        starts = runs[width]
        index = bisect.bisect_right(starts, pos + width - 1)
        if index >= len(starts):
            return None
        close_end = starts[index] + width
        self.masked.append((pos, close_end))
        return close_end

    def _link(self, pos: int, end: int, brackets: list[tuple[int, bool]]) -> int | None:
        """Mask ``](destination "title")`` and its ``[``; alt text of images is a caption."""
        match = _DESTINATION.match(self.text, pos, end)
        if match is None:
            return None
        self.masked.append(match.span())
        if brackets:
            opener, is_image = brackets.pop()
            width = 2 if is_image else 1
            self.masked.append((opener, opener + width))
            if is_image and pos > opener + width:
                self.regions.append(Region(opener + width, pos, Role.CAPTION))
        return match.end()
