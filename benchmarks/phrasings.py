"""Score numcheck.parse against the phrasings gold corpus (fixtures/phrasings/), CQE-style.

Run: ``python benchmarks/phrasings.py [--errors [N]] [--json] [--desk D] [--holdout]``.

Scoring follows Almasian et al. 2023 ("CQE: A Comprehensive Quantity Extractor"): every
record's text goes through ``numcheck.parse``; predictions and gold quantities are paired
one-to-one by span overlap (greedy, largest overlap first). A gold quantity without a
partner is a miss; a predicted amount without one is a false positive (also when it sits
on a ``not_amounts`` span, which is counted separately). Predictions of kind date, year,
time and identifier are not amounts: ignored unless they overlap a gold quantity, where
they are that quantity's (wrong) reading. Precision = correct / predicted amounts,
recall = correct / gold, for three notions of correct:

* value: equal within 1e-9 relative; a range needs low and high equal; a vague gold
  amount needs a prediction with no value and bound "vague";
* value+unit: also the unit, equal when a *stock* pint registry reads both as the same
  unit or converts one into the other with factor 1 (ISO codes and "percentage_point"
  compare as strings; a unit stock pint cannot parse is wrong);
* value+change: also the change direction (None = a level).

Kind, bound and noun are reported as accuracy over matched pairs (noun over pairs whose
gold kind is count; "n/a" while the Quantity has no ``noun`` field). Breakdowns: per desk
and per taxonomy category (a record's quantities count under each of its categories).
The default scores the development part only. ``--holdout`` scores the hold-out part:
only the lead runs it, once, at the end (see fixtures/phrasings/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quantity_match import MISSING, NOT_AMOUNT_KINDS, Pred, Units, match, same_number, view  # noqa: E402

CORPUS = ROOT / "fixtures" / "phrasings"
CRITERIA = ("value", "value+unit", "value+change")


@dataclass
class Tally:
    """Counts for one slice of the corpus (all, a desk, a category)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    on_not_amounts: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 0))
    attr_right: dict[str, int] = field(default_factory=lambda: {"kind": 0, "bound": 0, "noun": 0})
    attr_total: dict[str, int] = field(default_factory=lambda: {"kind": 0, "bound": 0, "noun": 0})
    noun_missing: bool = False

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.on_not_amounts += other.on_not_amounts
        for c in CRITERIA:
            self.correct[c] += other.correct[c]
        for a in self.attr_right:
            self.attr_right[a] += other.attr_right[a]
            self.attr_total[a] += other.attr_total[a]
        self.noun_missing = self.noun_missing or other.noun_missing

    def scores(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "predicted": self.predicted}
        out["span"] = prf(self.matched, self.predicted, self.gold)
        for c in CRITERIA:
            out[c] = prf(self.correct[c], self.predicted, self.gold)
        for a in self.attr_right:
            total = self.attr_total[a]
            missing = a == "noun" and self.noun_missing
            out[f"{a}_acc"] = MISSING if missing or not total else self.attr_right[a] / total
        out["fp_on_not_amounts"] = self.on_not_amounts
        return out


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load(part: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(part.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def value_ok(g: dict[str, Any], p: Pred) -> bool:
    if g["bound"] == "range":
        return same_number(p.low, g["low"]) and same_number(p.high, g["high"])
    if g["value"] is None:  # vague
        return p.value is None and p.bound == "vague"
    return p.bound != "range" and same_number(p.value, g["value"])


def score_record(
    record: dict[str, Any], preds: list[Pred], units: Units, errors: list[str]
) -> Tally:
    """Match one record's predictions to its gold and count what was right."""
    gold = record["quantities"]
    spans = [(g["start"], g["start"] + len(g["text"])) for g in gold]
    pairs = match(spans, [(p.start, p.end) for p in preds])
    matched_p = {pi for _, pi in pairs}
    t = Tally(gold=len(gold))
    where = record["id"]
    for gi, pi in pairs:
        g, p = gold[gi], preds[pi]
        t.matched += 1
        ok = value_ok(g, p)
        unit_ok = units.same(p.unit, g["unit"])
        change_ok = p.change == g["change"]
        t.correct["value"] += ok
        t.correct["value+unit"] += ok and unit_ok
        t.correct["value+change"] += ok and change_ok
        t.attr_total["kind"] += 1
        t.attr_right["kind"] += p.kind == g["kind"]
        t.attr_total["bound"] += 1
        t.attr_right["bound"] += p.bound == g["bound"]
        if g["kind"] == "count":
            t.noun_missing = t.noun_missing or p.noun is MISSING
            t.attr_total["noun"] += 1
            t.attr_right["noun"] += _lower(p.noun) == _lower(g["noun"])
        wrong = [
            name
            for name, good in (("value", ok), ("unit", unit_ok), ("change", change_ok),
                               ("kind", p.kind == g["kind"]), ("bound", p.bound == g["bound"]))
            if not good
        ]  # fmt: skip
        if wrong:
            errors.append(
                f"{where} WRONG {'/'.join(wrong)}: gold {brief(g)} | got {brief_pred(p)}"
            )
    for gi, g in enumerate(gold):
        if gi not in {x for x, _ in pairs}:
            errors.append(f"{where} MISS {brief(g)}  in: {record['text'][:90]}")
    nas = [(n["start"], n["start"] + len(n["text"])) for n in record["not_amounts"]]
    for pi, p in enumerate(preds):
        if pi in matched_p or p.kind in NOT_AMOUNT_KINDS:
            continue
        t.predicted += 1
        on_na = any(min(e, p.end) > max(s, p.start) for s, e in nas)
        t.on_not_amounts += on_na
        label = "FP(not-amount)" if on_na else "FP"
        errors.append(f"{where} {label} {brief_pred(p)}  in: {record['text'][:90]}")
    t.predicted += len(pairs)
    return t


def _lower(x: Any) -> Any:
    return x.lower() if isinstance(x, str) else x


def brief(g: dict[str, Any]) -> str:
    v = f"[{g['low']:g}, {g['high']:g}]" if g["bound"] == "range" else g["value"]
    return (
        f"{g['text']!r} {g['kind']} {v} {g['unit']} {g['bound']} "
        f"change={g['change']} noun={g['noun']}"
    )


def brief_pred(p: Pred) -> str:
    v = f"[{p.low}, {p.high}]" if p.bound == "range" else p.value
    return f"{p.text!r} {p.kind} {v} {p.unit} {p.bound} change={p.change} noun={p.noun}"


def evaluate(records: Iterable[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    import numcheck

    units = Units()
    total, by_desk = Tally(), defaultdict(Tally)
    by_cat: defaultdict[str, Tally] = defaultdict(Tally)
    errors: list[str] = []
    for record in records:
        preds = [view(q) for q in numcheck.parse(record["text"])]
        t = score_record(record, preds, units, errors)
        total.add(t)
        by_desk[record["desk"]].add(t)
        for cat in record["categories"]:
            by_cat[cat].add(t)
    result = {
        "all": total.scores(),
        "desks": {d: by_desk[d].scores() for d in sorted(by_desk)},
        "categories": {c: by_cat[c].scores() for c in sorted(by_cat)},
    }
    return result, errors


def _fmt(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def table(result: dict[str, Any]) -> str:
    head = f"{'slice':28} {'gold':>5} {'pred':>5} " + " ".join(
        f"{c + ' P/R/F1':>23}" for c in ("span", *CRITERIA)
    ) + f" {'kind':>5} {'bound':>5} {'noun':>5} {'FP-NA':>5}"
    lines = [head, "-" * len(head)]

    def row(name: str, s: dict[str, Any]) -> str:
        prfs = [s[c] for c in ("span", *CRITERIA)]
        cols = " ".join(f"{x['p']:.3f}/{x['r']:.3f}/{x['f1']:.3f}".rjust(23) for x in prfs)
        attrs = " ".join(_fmt(s[f"{a}_acc"]).rjust(5)[:5] for a in ("kind", "bound", "noun"))
        counts = f"{s['gold']:5d} {s['predicted']:5d}"
        return f"{name[:28]:28} {counts} {cols} {attrs} {s['fp_on_not_amounts']:5d}"

    lines.append(row("ALL", result["all"]))
    lines.append("")
    lines.extend(row(f"desk:{d}", s) for d, s in result["desks"].items())
    lines.append("")
    lines.extend(row(c, s) for c, s in result["categories"].items())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--holdout", action="store_true", help="score the hold-out part (lead only)")
    ap.add_argument("--desk", help="score one desk only")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", nargs="?", type=int, const=50, default=0, metavar="N",
                    help="list the first N errors (default 50)")  # fmt: skip
    args = ap.parse_args(argv)
    records = load(CORPUS / "holdout" if args.holdout else CORPUS)
    if args.desk:
        records = [r for r in records if r["desk"] == args.desk]
    if not records:
        print(f"no records to score in {CORPUS}", file=sys.stderr)
        return 2
    result, errors = evaluate(records)
    result["part"] = "holdout" if args.holdout else "development"
    if args.json:
        if args.errors:
            result["errors"] = errors[: args.errors]
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['part']} part: {len(records)} records\n")
    print(table(result))
    if args.errors:
        print(f"\n{len(errors)} errors; the first {min(args.errors, len(errors))}:")
        print("\n".join(errors[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
