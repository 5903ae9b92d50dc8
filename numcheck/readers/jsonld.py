"""schema.org JSON-LD in a page's ``<script type="application/ld+json">`` blocks.

An Article (``NewsArticle``, ``ReportageNewsArticle``, ``BlogPosting``, ...) gives
the date, headline, url, description, publisher and author; other objects (a
``BreadcrumbList``, a ``WebSite``) only what they have, ranked below the Article's.
All of it ranks below the page's meta tags (docs/users/inputs.md).
"""

from __future__ import annotations

import json
from typing import Any

from numcheck.readers.metadata import MetadataBuilder

_ARTICLE_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "Report", "WebPage"})


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD blob: a list, an object, and each ``@graph``."""
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            out.extend(i for i in graph if isinstance(i, dict)) if isinstance(graph, list) else None
    return out


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and (k.endswith("Article") or k in _ARTICLE_TYPES)
               for k in names)


def _name(value: Any) -> str | None:
    """``"X"``, ``{"name": "X"}`` or a list of those -> "X" (names joined by commas)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return str(value["name"])
    if isinstance(value, list):
        names = [n for n in map(_name, value) if n]
        return ", ".join(names) or None
    return None


def offer_json_ld(blobs: list[str], meta: MetadataBuilder) -> None:
    """schema.org JSON-LD (a NewsArticle or other Article first, then any object with
    the field) as low-rank metadata: meta tags win over it."""
    for blob in blobs:
        try:
            data: Any = json.loads(blob)
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            rank = 50 if _is_article(item) else 60
            for key, field in (("datePublished", "datepublished"), ("headline", "og:title"),
                               ("url", "og:url"), ("description", "description")):
                if isinstance(item.get(key), str):
                    meta.offer(field, item[key], rank=rank)
            if _is_article(item):
                meta.offer("og:site_name", _name(item.get("publisher")), rank=rank)
                meta.offer("author", _name(item.get("author")), rank=rank)
