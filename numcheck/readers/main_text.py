"""Which elements of a news page are the article: selectolax + Readability's rules.

The page is parsed by selectolax (lexbor, an HTML5 tree builder) from a copy in which
every start tag carries its offset in the original file (``data-nc="123"``), so the
elements chosen here map back exactly to the offsets html.py keeps as prose. The
rules are Mozilla Readability's (readability.js): drop page chrome and elements whose
class or id is an unlikely candidate, score the parents of paragraphs by their text
(length, commas) weighted by class hints and link density, keep the best candidate
and its siblings that score close to it. docs/maintainers/readers.md has the
measured comparison with trafilatura that chose this.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

MARK = "data-nc"
# readability.js REGEXPS (Mozilla, Apache-2.0): the same lists, not tuned to our pages
_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
    r"footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
    r"skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
    r"yom-remote", re.I)
_MAYBE = re.compile(r"and|article|body|column|content|main|mathjax|shadow", re.I)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
    r"sponsor|shopping|tags|widget", re.I)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
    re.I)
_CHROME = ("script, style, noscript, template, svg, nav, footer, aside, form, button, "
           "select, iframe, object, amp-ad, amp-analytics, amp-sidebar")
_PARAGRAPHS = "p, td, pre"
_TAG_SCORE = {"div": 5, "article": 5, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
              "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3,
              "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5,
              "th": -5}


@dataclass(frozen=True, slots=True)
class MainText:
    """Start-tag offsets of the elements that hold the article, and of those inside
    them that are not article (chrome, unlikely candidates)."""

    kept: tuple[int, ...]
    dropped: tuple[int, ...]


def _offset(node: LexborNode) -> int | None:
    value = node.attributes.get(MARK)
    return int(value) if value and value.isdigit() else None


def _hint(node: LexborNode) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def _weight(node: LexborNode) -> int:
    hint = _hint(node)
    return (-25 if _NEGATIVE.search(hint) else 0) + (25 if _POSITIVE.search(hint) else 0)


class _Sizes:
    """Text length, commas and link-text length of every element, in one pass.

    Nodes come in document order, so read backwards every child comes before its
    parent: adding each node's counts to its parent's is linear however deep the
    page nests (asking each candidate for its own text would be quadratic).
    """

    def __init__(self, root: LexborNode) -> None:
        self.chars: dict[int, int] = {}
        self.commas: dict[int, int] = {}
        self.links: dict[int, int] = {}
        nodes = list(root.traverse(include_text=True))
        for node in reversed(nodes):
            key = node.mem_id
            if node.is_text_node:
                text = node.text_content or ""
                self.chars[key] = len(text.strip())
                self.commas[key] = text.count(",")
            if node.tag == "a":
                self.links[key] = self.chars.get(key, 0)
            parent = node.parent
            if parent is not None:
                up = parent.mem_id
                for table in (self.chars, self.commas, self.links):
                    if key in table:
                        table[up] = table.get(up, 0) + table[key]

    def density(self, node: LexborNode) -> float:
        key = node.mem_id
        return self.links.get(key, 0) / max(1, self.chars.get(key, 0))


def find_main_text(marked: str) -> MainText | None:
    """The article's elements in a page marked by html.py, or None when no element
    holds paragraphs (the reader then keeps every non-chrome text)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(marked)
    dropped: list[int] = []

    def drop(node: LexborNode) -> None:
        offset = _offset(node)
        if offset is not None:
            dropped.append(offset)
        node.decompose()

    for node in tree.css(_CHROME):
        drop(node)
    for node in tree.css("[class], [id]"):
        hint = _hint(node)
        if (node.tag not in ("body", "html", "a", "article", "main") and _UNLIKELY.search(hint)
                and not _MAYBE.search(hint)):
            drop(node)
    root = tree.root
    if root is None:
        return None
    sizes = _Sizes(root)
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in tree.css(_PARAGRAPHS):
        length = sizes.chars.get(paragraph.mem_id, 0)
        if length < 25:
            continue
        score = 1 + sizes.commas.get(paragraph.mem_id, 0) + min(3, length // 100)
        ancestor, level = paragraph.parent, 0
        while ancestor is not None and level < 5 and ancestor.tag != "html":
            key = ancestor.mem_id
            if key not in scores:
                nodes[key] = ancestor
                scores[key] = _TAG_SCORE.get(ancestor.tag or "", 0) + _weight(ancestor)
            scores[key] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            ancestor, level = ancestor.parent, level + 1
    if not scores:
        return None
    for key, node in nodes.items():
        scores[key] *= 1 - sizes.density(node)
    best_key = max(scores, key=lambda k: scores[k])
    best = _common_ancestor(nodes, scores, best_key)
    best_key = best.mem_id
    kept = [best]
    parent = best.parent
    threshold = max(10.0, scores[best_key] * 0.2)
    if parent is not None:
        for sibling in parent.iter():
            if sibling.mem_id == best.mem_id:
                continue
            if scores.get(sibling.mem_id, -1.0) + _weight(sibling) * 0.2 >= threshold:
                kept.append(sibling)
            elif sibling.tag == "p":
                length, density = sizes.chars.get(sibling.mem_id, 0), sizes.density(sibling)
                if (length > 80 and density < 0.25) or (
                        0 < length < 80 and density == 0
                        and re.search(r"\.( |$)", sibling.text(deep=True))):
                    kept.append(sibling)
    for node in kept:
        _clean(node, drop, sizes)
    offsets = tuple(o for o in map(_offset, kept) if o is not None)
    return MainText(offsets, tuple(dropped)) if offsets else None


def _clean(article: LexborNode, drop: Callable[[LexborNode], None], sizes: _Sizes) -> None:
    """Readability's cleanConditionally: inside the article, drop lists, tables and
    divisions that are link lists or have a negative class (share bars, teasers)."""
    for node in article.css("div, section, table, ul, ol, form, fieldset"):
        if node.parent is None:  # already dropped with an ancestor
            continue
        weight = _weight(node)
        density = sizes.density(node)
        if weight < 0 or (weight < 25 and density > 0.2) or (weight >= 25 and density > 0.5):
            drop(node)


def _common_ancestor(nodes: dict[int, LexborNode], scores: dict[int, float],
                     best_key: int) -> LexborNode:
    """Readability's step up: when at least three other candidates score nearly as
    well (posts of a live blog, sections of a story), the article is the nearest
    ancestor that holds three of them."""
    ranked = sorted(scores, key=lambda k: scores[k], reverse=True)[1:6]
    rivals = {k for k in ranked if scores[k] >= 0.75 * scores[best_key]}
    best = nodes[best_key]
    if len(rivals) < 3:
        return best
    ancestor = best.parent
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        inside = sum(1 for k in rivals if _contains(ancestor, nodes[k]))
        if inside >= 3:
            scores.setdefault(ancestor.mem_id, scores[best_key])
            return ancestor
        ancestor = ancestor.parent
    return best


def _contains(ancestor: LexborNode, node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False
