"""The time each share of a sentence is told for (NC205).

A running share and one share at two dates are no parts of one whole: "Crews restored
55% of lines in the first day and 85% by the third", "it filled 82% of seats this
season, when it filled 79% a year ago", "turnout was 28% at noon and 61% when polls
closed". Each share owns the words of its clause: those before it back to the clause
join after the share before it, and those after it up to the next join. A share whose
words name a point in time ("by", "as of", "when" ...: ``[share_times] points``) or a
date ([shares] other_times, a year, "this season") is told for that time; two shares
of one group told for different times, one of them a point or a date, are one share at
two times. Shares told only for periods ("in the first half ... in the second") stay
parts: periods may split a whole. Cue words are data (``[share_times]`` in
numcheck/lexicon/checkers.toml). A share told as an aim ("78% should be seen within
four hours", "a target of 95%": ``[share_times] aims``) and the shares told as what
happened are one share twice, the goal and the outcome, no parts of one whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from numcheck.checkers._compare import squash, words
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.lazyre import lazy_compile

_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


def _alternation(values: Sequence[str]) -> str:
    return "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) or "(?!)"


class ShareTimes:
    """The ``[share_times]`` words, compiled once per lexicon."""

    def __init__(self, lex: Mapping[str, Any]) -> None:
        table: Mapping[str, Any] = lex.get("share_times", {})
        for name in ("points", "point_words", "periods", "dates", "joins", "aims"):
            entries = table.get(name, ())
            if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip()
                                                        for e in entries):
                raise ValueError(f"[share_times] {name} must be a list of words")
        points = _alternation(words(table.get("points", ())))
        marks = _alternation(words(table.get("point_words", ())))
        # "by the third", "as of June", "when polls closed": a point head, then its words
        self.point = lazy_compile(
            rf"\b(?:{points})\s+(?:the\s+)?(?:[a-z'-]+\s+)?(?:{marks})\b|\bwhen\b"
        )
        others = [*lex.get("shares", {}).get("other_times", ()), *table.get("dates", ())]
        self.date = lazy_compile(rf"\b(?:{_alternation(words(others))})\b")
        spread = _alternation(words(lex.get("spread", {}).get("times", ())))
        self.by_time = lazy_compile(rf"\b(?:{points})\s+(?:{spread})\b")  # "by June"
        # "in the first day", "over the second half": a period, which may split a whole
        heads = _alternation(words(table.get("periods", ())))
        self.period = lazy_compile(rf"\b(?:{heads})\s+(?:the\s+)?(?:{marks})\b")
        self.aim = lazy_compile(rf"\b(?:{_alternation(words(table.get('aims', ())))})\b")
        self.joins = re.compile(rf"(?:,|;|\b(?:{_alternation(words(table.get('joins', ())))})\b)")

    def label(self, text: str) -> tuple[str, bool] | None:
        """The time ``text`` names and whether it is a point or a date; None for none."""
        text = squash(text)
        found = self.point.search(text) or self.date.search(text) or self.by_time.search(text)
        found = found or _YEAR.search(text)
        if found is not None:
            return found.group(0), True
        period = self.period.search(text)
        return (period.group(0), False) if period is not None else None

    def split(self, document: Document, group: Sequence[Claim]) -> list[list[Claim]]:
        """``group`` (shares of one sentence in text order) split by the time each is told
        for, when two differ and one is a point or a date; shares that name no time stay
        in every part."""
        stretches = self._stretches(document, group)
        aims = [self.aim.search(squash(t)) is not None for t in stretches]
        if any(aims) and not all(aims):  # a target against the outcome: no parts of one
            aimed = [c for c, a in zip(group, aims, strict=True) if a]
            kept = [(c, t) for c, t, a in zip(group, stretches, aims, strict=True) if not a]
            return [aimed, *self._by_time([c for c, _ in kept], [t for _, t in kept])]
        return self._by_time(group, stretches)

    def _by_time(self, group: Sequence[Claim], stretches: Sequence[str]) -> list[list[Claim]]:
        """``group`` split by the time each share's words name (see ``split``)."""
        labels = [self.label(t) for t in stretches]
        told = {lab[0] for lab in labels if lab is not None}
        if len(told) < 2 or not any(lab is not None and lab[1] for lab in labels):
            return [list(group)]
        out = []
        for time in sorted(told):
            out.append([c for c, lab in zip(group, labels, strict=True)
                        if lab is None or lab[0] == time])
        return out

    def _stretches(self, document: Document, group: Sequence[Claim]) -> list[str]:
        """The words each share owns: the gap between two shares is cut at its first
        clause join; the first share owns its clause's lead, the last the rest."""
        prose = document.prose
        start = group[0].sentence[0] if group[0].sentence[1] > group[0].sentence[0] else 0
        last = group[-1].sentence
        end = last[1] if last[1] > last[0] else len(prose)
        cuts = [start]
        for a, b in pairwise(group):
            gap = prose[a.location.end : b.location.start]
            join = self.joins.search(gap)
            cuts.append(a.location.end + (join.start() if join else 0))
        cuts.append(end)
        return [prose[cuts[i] : cuts[i + 1]] for i in range(len(group))]
