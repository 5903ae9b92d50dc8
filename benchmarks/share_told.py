"""Where the share grammar's ``whole`` reader (numcheck/checkers/_share_told.py) reads a
base, and what that does: counts only.

    python benchmarks/share_told.py               # development story sets
    python benchmarks/share_told.py --blind 4     # a held-out batch, counts only

For every count the ``whole`` reader ties to a share and a base told before, it counts:
whether the figures hold a planted percent-of item, an agreeing pair or neither; whether
the share fits (no finding) or not; and classes from the code: how far the count over
the base is from the share, how many sentences back the base is, and the class of the
share's noun (a word for the total, a noun the vocabulary knows, one it does not). No
word, path or line of the copy is printed (why: the gates may be scored, never read).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claim_funnel import _context, analyse
from stories_gold import load_set, span, tally

from numcheck.checkers._compare import between, checkable, lexicon
from numcheck.checkers._relations import _Cues, by_sentence, related
from numcheck.checkers._share_kinds import alike
from numcheck.checkers._share_parts import share_fraction
from numcheck.checkers._share_told import _OF_NP, _noun, told_whole

COUNTS: Counter[str] = Counter()


def _band(share: float, ratio: float) -> str:
    off = max(share / ratio, ratio / share) if share > 0 and ratio > 0 else 99.0
    for edge in (1.1, 1.25, 1.5, 2.0, 3.0):
        if off <= edge:
            return f"<={edge}"
    return ">3"


def told(directory: Path) -> None:
    story = load_set(directory)
    articles = analyse(directory)
    grammar = _Cues.of(lexicon(_context()), lexicon(_context(), "measures")).shares.grammar
    golds: dict[str, list[tuple[str, set[tuple[int, int]]]]] = {}
    for item in story.planted:
        spans = [span(item), *map(span, item.get("related", []))]
        kind = "planted:" + ("pof" if item["family"] == "percent-of" else "other")
        golds.setdefault(spans[0].path, []).append((kind, {(s.line, s.column) for s in spans}))
    for pair in story.agreeing:
        a, b = span(pair["a"]), span(pair["b"])
        golds.setdefault(a.path, []).append(("agreeing", {(a.line, a.column), (b.line, b.column)}))
    for path, article in articles.items():
        doc, claims = article.document, article.claims
        _, rel = related(doc, claims, _context())
        mine = {(id(t.share), id(t.count), id(t.base)): t for t in rel.stated}
        history: list = []
        for sentence in by_sentence(doc, [c for c in claims if checkable(c)]):
            for k in range(len(sentence)):
                got = told_whole(grammar, doc, sentence, k, set(), history)
                if got is None or (id(sentence[k]), *map(id, got)) not in mine:
                    continue
                count, base = got
                share = sentence[k]
                where = {(c.location.line, c.location.column) for c in (share, count, base)}
                kinds = sorted({kind for p, spans_ in golds.get(path, []) for kind in [p]
                                if len(spans_ & where) >= 1}) or ["none"]
                frac = share_fraction(share)
                ratio = (count.quantity.value or 0) / (base.quantity.value or 1)
                mid = (frac.low + frac.high) / 2 if frac else 0.0
                fits = frac is not None and frac.low * 0.9 <= ratio <= frac.high * 1.1
                noun = _noun(grammar, doc, share)
                known = noun in grammar.kinds.known
                np = "total" if noun == "" else ("known" if known else "unknown")
                back = len({c.sentence for c in history if c.location.start >= base.location.start})
                fit = "fits" if fits else "off"
                rel_ = grammar.kinds.of_claims(count, base).value
                cands = sum(
                    1 for c in history
                    if c.location.start >= base.location.start and c is not base
                    and alike(count, c) and not c.is_change
                    and (c.quantity.value or 0) > (count.quantity.value or 0)
                    and c.quantity.kind is base.quantity.kind
                )
                fit += f" | rel {rel_} | other bigger {min(cands, 2)}"
                found_np = _OF_NP.match(doc.prose[share.location.end : share.sentence[1]])
                toks = found_np.group(1).split() if found_np else []
                owner = any(t.endswith(("'s", "’s")) for t in toks) or toks[:1] in (
                    ["its"], ["their"])
                gap = between(doc, count, share).split()
                told_gap = doc.prose[base.location.end : count.location.start]
                para = "para" if "\n\n" in told_gap else "-"
                things = ("same" if count.key.thing and count.key.thing == base.key.thing
                          else f"C{int(bool(count.key.thing))}B{int(bool(base.key.thing))}")
                fit += (f" | np {len(toks)}w {'owner' if owner else '-'} | gap {min(len(gap), 6)}w "
                        f"| {para} | things {things}")
                COUNTS[f"{'/'.join(kinds)} | {fit} | band {_band(mid, ratio)} "
                       f"| back {min(back, 4)} | np {np}"] += 1
            history.extend(sentence)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--blind", type=int, metavar="BATCH", help="held-out batch, counts only")
    args = ap.parse_args(argv)
    tally(args.blind, lambda d, _: told(d), COUNTS)  # a failing set counts as its error
    for key, n in sorted(COUNTS.items()):
        print(f"{n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
