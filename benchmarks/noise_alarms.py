"""Findings of the drift (NC401/NC403) and restated (NC101) rules that are outside the
gold or alarm an agreeing pair, counted by classes read from the code only: the verdict's
reason, the dimension, which side is hedged, the dates' order, the claimants and places,
how far apart the values are, whether the finding holds a planted figure. Never a word,
path or line of the copy: safe on the gates (``--blind N``).

    python benchmarks/noise_alarms.py --blind 4 7 8
    python benchmarks/noise_alarms.py --set fixtures/stories/some-set   (development)
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories as S

_tags: dict[tuple[str, str], tuple[str, ...]] = {}  # (rule, message) -> classes


def _ratio(a: Any, b: Any) -> str:
    x, y = a.quantity.value, b.quantity.value
    if not x or not y:
        return "ratio=?"
    r = max(abs(x), abs(y)) / min(abs(x), abs(y))
    return "ratio=" + ("<1.1" if r < 1.1 else "<1.5" if r < 1.5 else "<3" if r < 3
                       else "<10" if r < 10 else ">=10")


def _pair_classes(mine: Any, other: Any) -> tuple[str, ...]:
    """How two figures of one verdict stand to each other, from their claims alone."""
    if mine.date and other.date and mine.date != other.date:
        later = mine if mine.date > other.date else other
        lower = mine if (mine.quantity.value or 0) < (other.quantity.value or 0) else other
        dates = "dates:lower-later" if later is lower else "dates:lower-earlier"
    else:
        dates = "dates:one-day" if mine.date and other.date else "dates:unknown"
    return (
        f"dim={mine.key.dimension}",
        f"kind={mine.quantity.kind.name}/{other.quantity.kind.name}",
        f"bounds={mine.quantity.bound.name}/{other.quantity.bound.name}",
        dates,
        "paths=same" if mine.location.path == other.location.path else "paths=two",
        f"claimants={int(bool(mine.claimant))}{int(bool(other.claimant))}"
        + ("=" if mine.claimant and mine.claimant == other.claimant else ""),
        f"places={int(bool(mine.place))}{int(bool(other.place))}"
        + ("=" if mine.place and mine.place == other.place else ""),
        f"scope={mine.scope.name}/{other.scope.name}",
        f"event={int(bool(mine.key.event))}{int(bool(other.key.event))}",
        f"thing={int(bool(mine.key.thing))}{int(bool(other.key.thing))}",
        f"quals={len(mine.key.qualifiers)}/{len(other.key.qualifiers)}",
        f"part_of={int(mine.part_of is not None)}{int(other.part_of is not None)}",
        f"window={int(bool(mine.window))}{int(bool(other.window))}",
        f"change={int(mine.is_change)}{int(other.is_change)}",
        _ratio(mine, other),
        "edit=" + edit(mine.quantity.value, other.quantity.value),
    )


def edit(x: float | None, y: float | None) -> str:
    """How two values' written digits differ: a power of ten apart (a scale word or a
    shifted point), the same digits in another order, one digit changed, added or
    dropped, or more."""
    if x is None or y is None or x <= 0 or y <= 0:
        return "?"
    import math

    r = math.log10(max(x, y) / min(x, y))
    if r > 0.5 and abs(r - round(r)) < 1e-9:
        return "scale"
    a, b = (f"{v:.6g}".replace(".", "").lstrip("0") for v in (x, y))
    if sorted(a) == sorted(b):
        return "transposed"
    if len(a) == len(b) and sum(p != q for p, q in zip(a, b, strict=True)) == 1:
        return "one-changed"
    short, long_ = sorted((a, b), key=len)
    if len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short
                                            for i in range(len(long_))):
        return "one-added"
    return "other"


def _install() -> None:
    import numcheck.checkers.drift.messages as M

    base = M.findings_from

    def findings_from(verdicts: Any, *a: Any, **k: Any) -> Any:
        out = base(verdicts, *a, **k)
        try:
            by_loc = {}
            for v in verdicts:
                by_loc.setdefault((M.loc_key(v.primary.claim.location), v.rule), v)
            for f in out:
                v = by_loc.get((M.loc_key(f.location), f.rule))
                if v is not None:
                    _tags[(f.rule, f.message)] = (
                        f"reason={v.reason or '-'}", *_pair_classes(v.primary.claim,
                                                                     v.other.claim))
        except Exception:
            pass
        return out

    M.findings_from = findings_from

    def wrap(fn: Any, name: str) -> Any:
        def wrapped(document: Any, first: Any, second: Any, *a: Any, **k: Any) -> Any:
            out = fn(document, first, second, *a, **k)
            if out is not None:
                try:
                    lead = (first.sentence == second.sentence)
                    _tags[(out.rule, out.message)] = (
                        f"by={name}", f"sentence={'one' if lead else 'two'}",
                        *_pair_classes(first, second))
                except Exception:
                    pass
            return out
        return wrapped

    _install_finding()


_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"))


def _dated(document: Any, claim: Any) -> str:
    """Whether a month, weekday or year stands within 60 characters of a figure."""
    import re

    text = document.prose[max(0, claim.location.start - 60):claim.location.end + 60].lower()
    words = set(re.findall(r"[a-z]+", text))
    year = bool(re.search(r"\b(19|20)\d\d\b", text))
    return "d" if (words & _MONTHS) or year else "-"


def _day_classes(primary: Any, others: Any, message: str) -> tuple[str, ...]:
    """A day-count finding's classes: its unit, how far the stated count is from the
    computed one, the figure's kind and bound, how many figures it is set against."""
    import re

    q = primary.quantity
    m = re.search(r"(\w+) (\d+), not \1 (\d+)", message) or re.search(
        r"is (\d+) days after .*, not .*?(\d+)", message)
    if m is None:
        delta = "?"
    else:
        nums = [int(g) for g in m.groups() if g.isdigit()]
        delta = f"{nums[-1] - nums[-2]:+d}" if len(nums) >= 2 else "?"
    return (f"unit={q.unit}", f"kind={q.kind.name}", f"bound={q.bound.name}",
            f"delta={delta}", f"related={len(others)}", f"scope={primary.scope.name}",
            f"date={'meta' if primary.date else 'none'}")


def _install_finding() -> None:
    """Every checker module's ``finding``: NC101 findings tagged by their raisers."""
    import importlib
    import pkgutil

    import numcheck.checkers as C
    from numcheck.checkers import _words

    real = _words.finding

    def finding(rule: str, message: str, primary: Any, others: Any, document: Any) -> Any:
        out = real(rule, message, primary, others, document)
        try:
            key = (rule, out.message)
            chain = []
            frame = sys._getframe(1)
            while frame is not None and len(chain) < 3:
                name = frame.f_code.co_name
                if name not in ("wrapped", "<listcomp>", "<genexpr>", "verdict"):
                    chain.append(name)
                frame = frame.f_back
            other = others[0] if others else primary
            if rule.startswith("NC3"):
                _tags[key] = ("by=" + "<".join(chain), *_day_classes(primary, others, message))
                return out
            one = "one" if primary.sentence == other.sentence else "two"
            _tags[key] = ("by=" + "<".join(chain), f"sentence={one}",
                          f"dated={_dated(document, primary)}{_dated(document, other)}",
                          *_pair_classes(primary, other))
        except Exception:
            pass
        return out

    for info in pkgutil.iter_modules(C.__path__):
        try:
            m = importlib.import_module(f"numcheck.checkers.{info.name}")
        except Exception:
            continue
        if getattr(m, "finding", None) is real:
            m.finding = finding


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind", type=int, nargs="*", default=[])
    ap.add_argument("--set", nargs="*", default=[])
    ap.add_argument("--rules", default="NC101,NC401,NC403")
    ap.add_argument("--fields", default="",
                    help="comma-separated class names to keep (e.g. reason,dates,bounds)")
    args = ap.parse_args()
    rules = set(args.rules.split(","))
    keep = [f for f in args.fields.split(",") if f]
    _install()
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()

    def cut(tags: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t for t in tags if not keep or t.split("=")[0].split(":")[0] in keep)

    try:
        if args.blind:
            base = Path("fixtures/stories/holdout")
            dirs = [d for d in S.story_sets(base) if S.load_set(d).batch in args.blind]
        else:
            dirs = [Path(p) for p in args.set]
        for d in dirs:
            story = S.load_set(d)
            raw = S.run_numcheck([d.resolve()], fresh_process=False, plugins=False)
            s = S.score_findings(story, raw, d)
            findings = [S._finding(r, d) for r in raw]
            planted = {S.span(p) for p in story.planted}
            on = {(f.rule, f.message) for f in findings
                  if any(f.touches(g) or f.relates(g) for g in planted)}
            for hits in s.alarmed.values():
                for h in hits:
                    if h["rule"] in rules:
                        key = (h["rule"], h["message"])
                        counts[("ALARM", h["rule"], *cut(_tags.get(key, ("?",))))] += 1
            told = {(h["rule"], h["message"]) for h in s.outside}
            told |= {(h["rule"], h["message"]) for hs in s.alarmed.values() for h in hs}
            for f in findings:
                key = (f.rule, f.message)
                if f.rule in rules and f.severity != "info" and key not in told:
                    counts[("found", f.rule, *cut(_tags.get(key, ("?",))))] += 1
            for h in s.outside:
                if h["rule"] in rules and h["severity"] != "info":
                    key = (h["rule"], h["message"])
                    where = "on-planted" if key in on else "clean"
                    counts[(where, h["rule"], *cut(_tags.get(key, ("?",))))] += 1
            _tags.clear()
        del dirs
    except Exception as e:  # never a traceback: it could name a held-out path
        print("failed", type(e).__name__)
        return
    print("kind | rule | classes")
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0][:2], -kv[1], kv[0])):
        print(f"  {n:4}  " + " | ".join(key))


if __name__ == "__main__":
    main()
