"""A net change against the gross figures it balances (NC206).

"The company will cut 350 jobs in Basel ... and add 200 in Lausanne, a net loss of 150
jobs": the net is what was added less what was taken away, of the same thing, in one
article. Reporters write the gross figures by a verb before them ("cut 350 jobs",
"won five seats", "will hire 120 nurses") or after their noun ("350 jobs would go"),
and the net as "a net loss/gain/increase of N" ("a net 150 jobs" with its verb after).
The net is checked only when the article gives exactly one figure for each side (a
restated one counts once): with more, which of them the net balances is a guess.
Cue words are data (``[net]`` in numcheck/lexicon/checkers.toml).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from numcheck.checkers._arith import written
from numcheck.checkers._compare import before, between, checkable, sentence_of, squash, words
from numcheck.checkers._words import describe, finding, fmt, said, value_of
from numcheck.claims import Claim
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

_CLAUSE = lazy_compile(r"[,;:()—–.!?]")
_AFTER = 60  # characters after a gross figure read for its verb ("jobs would go")
MAX_NETS = 20


class NetCues:
    def __init__(self, lex: Mapping[str, Any]) -> None:
        cues: Mapping[str, Any] = lex.get("net", {})
        self.markers = words(cues.get("markers", ("net",)))
        self.nouns = {squash(w): "up" for w in cues.get("up_nouns", ())}
        self.nouns.update({squash(w): "down" for w in cues.get("down_nouns", ())})
        self.verbs = {squash(w): "up" for w in cues.get("up_before", ())}
        self.verbs.update({squash(w): "down" for w in cues.get("down_before", ())})
        self.after = {squash(w): "up" for w in cues.get("up_after", ())}
        self.after.update({squash(w): "down" for w in cues.get("down_after", ())})
        self.skip = frozenset(words(cues.get("skip", ())))

    def net(self, document: Document, claim: Claim) -> str | None:
        """ "a net loss of 180", "net job losses of 180", "a net 180 jobs will go": the
        direction of a stated net, else None."""
        lead = before(document, claim, 40).split()
        if lead[-1:] and lead[-1] in self.markers:
            return self._after(document, claim)  # "a net 180 jobs will go"
        if len(lead) < 3 or lead[-1] != "of":
            return None
        noun = lead[-2]
        noun = next((n for n in (noun, noun[:-1], noun[:-2]) if n in self.nouns), noun)
        if noun not in self.nouns or not set(lead[-5:-2]) & set(self.markers):
            return None
        return self.nouns[noun]

    def gross(self, document: Document, claim: Claim) -> str | None:
        """ "cut 350 jobs", "350 jobs would go", "add 200": which side a figure is on."""
        lead = before(document, claim, 40).split()
        while lead and lead[-1] in self.skip:
            lead.pop()
        for n in (2, 1):
            verb = " ".join(lead[-n:]) if len(lead) >= n else ""
            if verb in self.verbs:
                return self.verbs[verb]
        return self._after(document, claim)

    def _after(self, document: Document, claim: Claim) -> str | None:
        """ "350 jobs would go": the side the words after a figure's noun give."""
        end = claim.location.end
        tail = document.prose[end : end + _AFTER]
        clause = squash(_CLAUSE.split(tail, maxsplit=1)[0]).split()
        for i in range(min(len(clause), 4)):  # the noun phrase, then the verb
            for n in (4, 3, 2, 1):
                phrase = " ".join(clause[i : i + n])
                if len(clause) >= i + n and phrase in self.after:
                    return self.after[phrase]
        return None


def _joined(document: Document, sided: Claim, claim: Claim, side: str) -> str | None:
    """A figure listed right after a gross one ("cut 300 jobs in Lyon and 200 in Nantes")
    is on its side."""
    if sentence_of(document, sided) != sentence_of(document, claim):
        return None
    gap = between(document, sided, claim).split()
    return side if len(gap) <= 6 and ("and" in gap or any(w.endswith(",") for w in gap)) else None


def _one(figures: Sequence[Claim]) -> Interval | None:
    """The one figure a side gives (a restated figure counts once), else None."""
    spans = {(s.low, s.high) for s in (written(c.quantity) for c in figures) if s is not None}
    if len(spans) != 1 or any(written(c.quantity) is None for c in figures):
        return None
    low, high = spans.pop()
    return Interval(low, high)


def net_findings(
    document: Document, claims: Sequence[Claim], cues: NetCues
) -> list[Finding]:
    out: list[Finding] = []
    counts = [c for c in claims if checkable(c) and c.quantity.kind is Kind.COUNT]
    nets = [(c, way) for c in counts if c.key.thing and (way := cues.net(document, c))]
    if len(nets) > MAX_NETS:
        return out  # no news story states this many nets: a list or a soup
    for net, way in nets:
        thing = net.key.thing
        sides: dict[str, list[Claim]] = {"up": [], "down": []}
        last: tuple[Claim, str] | None = None
        for c in counts:
            side = cues.gross(document, c) if c is not net and c.key.thing == thing else None
            if side is None and last is not None and c is not net and c.key.thing == thing:
                side = _joined(document, last[0], c, last[1])  # "cut 300 in A and 200 in B"
            if side is not None:
                sides[side].append(c)
                last = (c, side)
        found = _check(document, net, way, sides["up"], sides["down"])
        out += [] if found is None else [found]
    return out


def _check(
    document: Document, net: Claim, way: str, added: list[Claim], cut: list[Claim]
) -> Finding | None:
    gain, loss, stated = _one(added), _one(cut), written(net.quantity)
    if gain is None or loss is None or stated is None:
        return None
    balance = gain - loss
    signed = stated if way == "up" else Interval(-stated.high, -stated.low)
    if balance.meets(signed, 0.5):
        return None
    a, c = value_of(added[0].quantity), value_of(cut[0].quantity)
    if a is None or c is None:
        return None
    diff = a - c
    size = f"a net {'gain' if diff > 0 else 'loss'} of {fmt(abs(diff))}" if diff else "no change"
    message = (
        f"{describe(document, added[0])} gained less {describe(document, cut[0])} lost "
        f"is {size}, not {said(document, net)}"
    )
    return finding("NC206", message, net, [added[0], cut[0]], document)
