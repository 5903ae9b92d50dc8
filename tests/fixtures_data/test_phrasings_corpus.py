"""The phrasings corpus (fixtures/phrasings/) is well-formed gold data.

The scorer (benchmarks/phrasings.py) trusts the corpus: spans at their offsets, units a
stock pint registry reads, one id per record. A malformed record would silently turn
into a false positive or a miss for whoever tunes the parser, so the corpus is checked
here. The hold-out part is only checked for form, never scored.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "phrasings"
KINDS = {
    "count", "measure", "money", "percent", "percentage_point", "ratio", "ordinal",
    "duration",
}  # fmt: skip
BOUNDS = {"exact", "approx", "below", "above", "gt", "ge", "lt", "le", "range", "vague"}
NOT_AMOUNT_KINDS = {"identifier", "date", "year", "time", "score", "record"}
FIELDS = {"text", "start", "kind", "value", "low", "high", "unit", "bound", "change", "noun"}
# ISO 4217 active codes (2024 list), the only currency names the corpus may use.
ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL
    BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN
    ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR
    ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL
    MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
    PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
    STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV
    WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()  # noqa: SIM905 (a list literal of 160 codes is unreadable)
)
MIN_DESKS = 10
MIN_DEV_GOLD = 1500


def _load(part: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(part.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                record = json.loads(line)
                record["_where"] = f"{path.name}:{lineno}"
                records.append(record)
    return records


DEV = _load(CORPUS)
HOLDOUT = _load(CORPUS / "holdout")


@cache
def _stock_units() -> Any:
    import pint

    return pint.UnitRegistry()


def _unit_ok(kind: str, unit: str | None) -> bool:
    if kind in {"count", "ratio"}:
        return unit is None
    if kind == "money":
        return unit in ISO_4217
    if kind == "percentage_point":
        return unit == "percentage_point"
    if kind == "percent":
        return unit == "percent"
    if unit is None:
        return kind == "ordinal"
    try:
        _stock_units().parse_units(unit)
    except Exception:
        return False
    return True


def _problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with one record, as readable messages."""
    text = record["text"]
    out = []
    if not str(record["id"]).startswith(f"{record['desk']}-"):
        out.append("id does not start with the desk")
    for q in record["quantities"]:
        if set(q) != FIELDS:
            out.append(f"{q.get('text')!r}: fields {sorted(set(q) ^ FIELDS)}")
            continue
        if text[q["start"] : q["start"] + len(q["text"])] != q["text"] or not q["text"]:
            out.append(f"{q['text']!r} is not at offset {q['start']}")
        if q["kind"] not in KINDS or q["bound"] not in BOUNDS:
            out.append(f"{q['text']!r}: kind {q['kind']!r} / bound {q['bound']!r}")
        if not _unit_ok(q["kind"], q["unit"]):
            out.append(f"{q['text']!r}: unit {q['unit']!r} is not valid for {q['kind']}")
        if q["change"] not in {None, "up", "down"}:
            out.append(f"{q['text']!r}: change {q['change']!r}")
        if q["noun"] is not None and q["kind"] != "count":
            out.append(f"{q['text']!r}: a noun on a {q['kind']}")
        is_range = q["bound"] == "range"
        if is_range != (q["low"] is not None and q["high"] is not None):
            out.append(f"{q['text']!r}: range bound needs low and high (and only then)")
        if is_range and (q["value"] is not None or q["low"] > q["high"]):
            out.append(f"{q['text']!r}: a range has no value and low <= high")
        if q["bound"] == "vague" and q["value"] is not None:
            out.append(f"{q['text']!r}: a vague amount has no value")
        if not is_range and q["bound"] != "vague" and q["value"] is None:
            out.append(f"{q['text']!r}: value missing")
        for number in (q["value"], q["low"], q["high"]):
            finite = isinstance(number, int | float) and math.isfinite(number)
            if number is not None and not finite:
                out.append(f"{q['text']!r}: {number!r} is not a finite number")
    for na in record["not_amounts"]:
        if text[na["start"] : na["start"] + len(na["text"])] != na["text"]:
            out.append(f"not-amount {na['text']!r} is not at offset {na['start']}")
        if na["kind"] not in NOT_AMOUNT_KINDS:
            out.append(f"not-amount {na['text']!r}: kind {na['kind']!r}")
    gold = record["quantities"] + record["not_amounts"]
    spans = sorted((s["start"], s["start"] + len(s["text"])) for s in gold)
    if any(b[0] < a[1] for a, b in itertools.pairwise(spans)):
        out.append("gold spans overlap")
    return out


@pytest.mark.parametrize(("part", "records"), [("dev", DEV), ("holdout", HOLDOUT)])
def test_every_record_is_well_formed(part: str, records: list[dict[str, Any]]) -> None:
    bad = {r["_where"]: p for r in records if (p := _problems(r))}
    assert not bad, f"{part}: {json.dumps(bad, indent=1, ensure_ascii=False)[:3000]}"


def test_ids_are_unique_across_both_parts() -> None:
    counts = Counter(r["id"] for r in DEV + HOLDOUT)
    assert [i for i, n in counts.items() if n > 1] == []


def test_development_part_is_big_and_broad_enough() -> None:
    desks = {r["desk"] for r in DEV}
    gold = sum(len(r["quantities"]) for r in DEV)
    assert len(desks) >= MIN_DESKS, sorted(desks)
    assert gold >= MIN_DEV_GOLD, gold


def test_holdout_is_a_tenth_per_desk() -> None:
    dev = Counter(r["desk"] for r in DEV)
    held = Counter(r["desk"] for r in HOLDOUT)
    assert set(held) == set(dev)
    for desk, n in dev.items():
        assert held[desk] == max(1, round((n + held[desk]) / 10)), desk


def test_the_checks_catch_a_shifted_span() -> None:
    """The validator itself: a record with a span one character off is reported."""
    good = {
        "id": "x-0001", "desk": "x", "categories": [], "text": "about 40 miles away",
        "quantities": [{
            "text": "about 40 miles", "start": 0, "kind": "measure", "value": 40,
            "low": None, "high": None, "unit": "mile", "bound": "approx", "change": None,
            "noun": None,
        }],
        "not_amounts": [],
    }  # fmt: skip
    assert _problems(good) == []
    shifted = json.loads(json.dumps(good))
    shifted["quantities"][0]["start"] = 1
    shifted["quantities"][0]["unit"] = "cubic_meter"
    assert len(_problems(shifted)) == 2
