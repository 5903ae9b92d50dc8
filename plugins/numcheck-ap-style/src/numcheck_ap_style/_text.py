"""Text helpers of the AP-style rules: the data file, number words, sentence starts."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from numcheck.document import Document
from numcheck.findings import Location

DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@cache
def data() -> Mapping[str, Any]:
    """style.toml, parsed once per process."""
    raw = resources.files(__package__ or "numcheck_ap_style").joinpath("style.toml")
    return tomllib.loads(raw.read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in ordered)


def spell(n: int) -> str | None:
    """0-99 in words ("twenty-one"); None above, where AP keeps figures."""
    ones: list[str] = data()["numbers"]["ones"]
    tens: list[str] = data()["numbers"]["tens"]
    if 0 <= n < len(ones):
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    return None


def match_case(word: str, like: str) -> str:
    """``word`` capitalised the way ``like`` is ("Over" -> "More than")."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def location(document: Document, start: int, end: int) -> Location:
    line, col = document.position(start)
    end_line, end_col = document.position(end)
    return Location(
        document.path, start, end, line, col, end_line, end_col, document.text[start:end]
    )


def starts_sentence(prose: str, offset: int) -> bool:
    """Whether ``offset`` is the first word of a sentence (or paragraph) in ``prose``.

    Opening quotes and markup left in the prose are skipped; a period after a known
    abbreviation ("No.", "Feb.") or a single letter ("U.S.") does not end a sentence.
    """
    sentences = data()["sentences"]
    openers: str = sentences["openers"]
    closers: str = sentences["closers"]
    i = offset
    while i > 0 and (prose[i - 1].isspace() or prose[i - 1] in openers):
        i -= 1
    if i == 0 or BLANK_LINE.search(prose, i, offset):
        return True
    j = i
    while j > 0 and prose[j - 1] in closers:
        j -= 1
    if j == 0 or prose[j - 1] in "!?":
        return True
    if prose[j - 1] != ".":
        return False
    before = re.search(r"(\S+)\.$", prose[max(0, j - 24) : j])
    token = before.group(1).lower().lstrip("".join(openers)) if before else ""
    if token in sentences["abbreviations"]:
        return False
    # initials and abbreviations with inner periods: "U.S.", "a.m."
    return not re.fullmatch(r"(?:\w\.)+\w|\w", token)
