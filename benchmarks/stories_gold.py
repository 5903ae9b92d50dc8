"""Gold files of the story corpus (fixtures/stories/): load, locate spans, fill, validate.

    python benchmarks/stories_gold.py fill fixtures/stories/<set> [...]
    python benchmarks/stories_gold.py check [fixtures/stories] [--holdout]
    python benchmarks/stories_gold.py holdout     (once: draws and moves the holdout)
    python benchmarks/stories_gold.py holdout --batch 2   (once per later batch)

A gold span is ``{"path", "line", "column", "text"}``: ``text`` sits at 1-based ``line``
and ``column`` (Unicode code points) of the file as on disk. While writing a set, a span
may give only ``path`` and ``text`` (when the figure is unique in the file, as a whole
token) or add ``"near"``, a longer unique snippet that contains it; ``fill`` works out
``line``/``column``, writes each planted problem's acceptable ``rules`` from its family,
and prefixes ids with the set name. Re-running ``fill`` after an edit re-finds each span
from its old line. The format is documented in fixtures/stories/README.md.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "DESKS",
    "FAMILIES",
    "FAMILY_RULES",
    "GoldSpan",
    "StorySet",
    "check_corpus",
    "check_mixed",
    "choose_batch_holdout",
    "fill_mixed",
    "fill_set",
    "load_set",
    "story_sets",
    "tally",
]

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "fixtures" / "stories"

# Which rule codes count as finding a planted problem of each family.
FAMILY_RULES: dict[str, tuple[str, ...]] = {
    "part-exceeds-whole": ("NC201",),
    "components-total": ("NC202",),
    "percent-of": ("NC203", "NC205"),
    "percent-change": ("NC206", "NC204"),
    "unit-conversion": ("NC207",),
    "day-count": ("NC301", "NC302"),
    "restated": ("NC101", "NC102", "NC103"),
    "source-contradiction": ("NC401", "NC402"),
    "measure-drift": ("NC403",),
}
FAMILIES = tuple(FAMILY_RULES)

DESKS = (
    "disasters",
    "conflict",
    "business",
    "markets",
    "elections",
    "health",
    "transport",
    "labour",
    "weather",
    "courts",
    "local",
    "energy",
    "science",
)

ARTICLE_SUFFIXES = {".md", ".txt", ".html"}


@dataclass(frozen=True)
class GoldSpan:
    """A figure in an article: ``text`` at ``line``:``column`` (1-based) of ``path``."""

    path: str
    line: int
    column: int
    text: str

    @property
    def end_column(self) -> int:
        return self.column + len(self.text)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "text": self.text}


@dataclass(frozen=True)
class StorySet:
    """One directory of articles about one story, with its gold file."""

    name: str
    directory: Path
    desk: str
    planted: tuple[dict[str, Any], ...]
    agreeing: tuple[dict[str, Any], ...]
    batch: int = 1


def span(raw: dict[str, Any]) -> GoldSpan:
    return GoldSpan(str(raw["path"]), int(raw["line"]), int(raw["column"]), str(raw["text"]))


def load_set(directory: Path) -> StorySet:
    data = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    return StorySet(
        directory.name,
        directory,
        str(data.get("desk", "")),
        tuple(data.get("planted", [])),
        tuple(data.get("agreeing", [])),
        int(data.get("batch", 1)),
    )


def story_sets(base: Path) -> list[Path]:
    """Set directories under ``base`` (the holdout directory is never one of them)."""
    if not base.is_dir():
        return []
    return sorted(
        p
        for p in base.iterdir()
        if p.is_dir() and p.name != "holdout" and (p / "expected.json").is_file()
    )


def tally(blind: int | None, classify: Callable[[Path, Counter[str]], None],
          counts: Counter[str] | None = None) -> Counter[str]:
    """Counts a diagnostic's ``classify`` adds up over the development sets, or over the
    held-out sets of batch ``blind``; a set that fails counts as its error's class, never a
    traceback that could print a held-out path."""
    counts = Counter() if counts is None else counts
    base = STORIES / "holdout" if blind is not None else STORIES
    for d in story_sets(base):
        if blind is not None and load_set(d).batch != blind:
            continue
        try:
            classify(d, counts)
        except Exception as e:  # never a traceback from a held-out path
            counts[f"error: {type(e).__name__}"] += 1
    return counts


def _token(text: str) -> re.Pattern[str]:
    """``text`` as a whole token: "17" is not found inside "2017" or "1,170"."""
    return re.compile(r"(?<!\w)(?<!\d[,.])" + re.escape(text) + r"(?!\w)(?![,.]\d)")


def _position(content: str, offset: int) -> tuple[int, int]:
    line = content.count("\n", 0, offset) + 1
    column = offset - (content.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _hidden(content: str) -> tuple[int, int]:
    """The part of a file that is never prose: Markdown front matter, an HTML <head>."""
    if content.startswith("---\n"):
        end = content.find("\n---\n", 4)
        return (0, end + 5) if end > 0 else (0, 0)
    head = re.search(r"<head\b.*?</head>", content, re.S | re.I)
    return head.span() if head else (0, 0)


def _offsets(content: str, text: str) -> list[int]:
    low, high = _hidden(content)
    return [m.start() for m in _token(text).finditer(content) if not low <= m.start() < high]


def locate(content: str, raw: dict[str, Any]) -> tuple[int, int]:
    """Line and column of the span ``raw`` describes (see the module docstring)."""
    text = raw["text"]
    if "\n" in text:
        raise ValueError(f"{text!r}: a gold span stays on one line")
    near = raw.get("near")
    if near:
        low, high = _hidden(content)
        hits = [
            m.start() for m in re.finditer(re.escape(near), content) if not low <= m.start() < high
        ]
        if len(hits) != 1:
            raise ValueError(f"near {near!r} found {len(hits)} times")
        inner = _offsets(near, text) or [near.find(text)]
        if inner[0] < 0:
            raise ValueError(f"{text!r} not in near {near!r}")
        return _position(content, hits[0] + inner[0])
    offsets = _offsets(content, text)
    if not offsets:
        raise ValueError(f"{text!r} not found")
    if "line" in raw:
        line = int(raw["line"])
        column = raw.get("column")
        exact = [o for o in offsets if _position(content, o) == (line, column)]
        if exact:
            return _position(content, exact[0])
        col = int(column or 1)

        def distance(o: int) -> tuple[int, int]:
            at = _position(content, o)
            return abs(at[0] - line), abs(at[1] - col)

        return _position(content, min(offsets, key=distance))
    if len(offsets) > 1:
        lines = sorted({_position(content, o)[0] for o in offsets})
        raise ValueError(f"{text!r} found {len(offsets)} times (lines {lines}): give 'near'")
    return _position(content, offsets[0])


def _fill_span(directory: Path, raw: dict[str, Any], cache: dict[str, str]) -> dict[str, Any]:
    path = raw["path"]
    if path not in cache:
        cache[path] = (directory / path).read_text(encoding="utf-8")
    try:
        line, column = locate(cache[path], raw)
    except ValueError as err:
        raise ValueError(f"{directory.name}/{path}: {err}") from None
    return {"path": path, "line": line, "column": column, "text": raw["text"]}


def _set_id(prefix: str, item: dict[str, Any], default: str) -> str:
    """An item's id prefixed with its set; an author may leave it out (numbered p1.., a1..)."""
    ident = str(item.get("id") or default)
    return ident if ident.startswith(prefix) else prefix + ident


def fill_set(directory: Path) -> dict[str, Any]:
    """The canonical gold of one set, from its author's form; written back to the file."""
    gold_file = directory / "expected.json"
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    cache: dict[str, str] = {}
    prefix = directory.name + "/"
    planted = []
    for number, item in enumerate(data.get("planted", []), start=1):
        ident = _set_id(prefix, item, f"p{number}")
        family = item.get("family")
        if family not in FAMILY_RULES:
            raise ValueError(f"{ident}: unknown family {family!r}")
        where = _fill_span(directory, item, cache)
        planted.append(
            {
                "id": ident,
                "family": family,
                "rules": list(item.get("rules") or FAMILY_RULES[family]),
                **where,
                "related": [_fill_span(directory, r, cache) for r in item.get("related", [])],
                "note": item.get("note", ""),
            }
        )
    agreeing = []
    for number, item in enumerate(data.get("agreeing", []), start=1):
        ident = _set_id(prefix, item, f"a{number}")
        agreeing.append(
            {
                "id": ident,
                "a": _fill_span(directory, item["a"], cache),
                "b": _fill_span(directory, item["b"], cache),
                "note": item.get("note", ""),
            }
        )
    out: dict[str, Any] = {"desk": data["desk"]}
    if "batch" in data:
        out["batch"] = int(data["batch"])
    out["planted"] = planted
    out["agreeing"] = agreeing
    gold_file.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def fill_mixed(directory: Path) -> dict[str, Any]:
    """``fill`` for fixtures/unrelated-with-stories: ids are kept as written (``mixed/...``)."""
    gold_file = directory / "expected.json"
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    cache: dict[str, str] = {}
    planted = [
        {
            "id": item["id"],
            "family": item["family"],
            "rules": list(item.get("rules") or FAMILY_RULES[item["family"]]),
            **_fill_span(directory, item, cache),
            "related": [_fill_span(directory, r, cache) for r in item.get("related", [])],
            "note": item.get("note", ""),
        }
        for item in data.get("planted", [])
    ]
    agreeing = [
        {
            "id": item["id"],
            "a": _fill_span(directory, item["a"], cache),
            "b": _fill_span(directory, item["b"], cache),
            "note": item.get("note", ""),
        }
        for item in data.get("agreeing", [])
    ]
    out = {"description": data.get("description", ""), "planted": planted, "agreeing": agreeing}
    gold_file.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _check_span(directory: Path, where: str, raw: dict[str, Any], problems: list[str]) -> None:
    try:
        s = span(raw)
    except (KeyError, TypeError, ValueError) as err:
        problems.append(f"{where}: malformed span ({err})")
        return
    file = directory / s.path
    if not file.is_file():
        problems.append(f"{where}: no file {s.path}")
        return
    lines = file.read_text(encoding="utf-8").split("\n")
    if not 1 <= s.line <= len(lines):
        problems.append(f"{where}: {s.path} has no line {s.line}")
        return
    got = lines[s.line - 1][s.column - 1 : s.end_column - 1]
    if got != s.text:
        problems.append(f"{where}: {s.path}:{s.line}:{s.column} reads {got!r}, not {s.text!r}")


def check_set(directory: Path, seen: set[str]) -> list[str]:
    """Every problem of one set's gold: spans that are not in their files, bad ids."""
    problems: list[str] = []
    name = directory.name
    try:
        story = load_set(directory)
    except (OSError, ValueError) as err:
        return [f"{name}: unreadable expected.json ({err})"]
    if story.desk not in DESKS:
        problems.append(f"{name}: unknown desk {story.desk!r}")
    articles = [p for p in directory.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    if not 2 <= len(articles) <= 5:
        problems.append(f"{name}: {len(articles)} articles (a set has 2-5)")
    for item in (*story.planted, *story.agreeing):
        ident = str(item.get("id"))
        if ident in seen:
            problems.append(f"{name}: duplicate id {ident}")
        seen.add(ident)
    for item in story.planted:
        ident = item["id"]
        if item.get("family") not in FAMILY_RULES:
            problems.append(f"{ident}: unknown family {item.get('family')!r}")
        if not item.get("rules") or not all(re.fullmatch(r"NC\d{3}", r) for r in item["rules"]):
            problems.append(f"{ident}: bad rules {item.get('rules')!r}")
        _check_span(directory, ident, item, problems)
        for rel in item.get("related", []):
            _check_span(directory, ident + " related", rel, problems)
    for item in story.agreeing:
        ident = item["id"]
        _check_span(directory, ident + " a", item["a"], problems)
        _check_span(directory, ident + " b", item["b"], problems)
        if item["a"] == item["b"]:
            problems.append(f"{ident}: a and b are the same span")
    return problems


def check_mixed(directory: Path) -> list[str]:
    """Problems of the gold of fixtures/unrelated-with-stories (paths relative to it)."""
    data = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    seen: set[str] = set()
    for item in (*data.get("planted", []), *data.get("agreeing", [])):
        ident = str(item.get("id"))
        if ident in seen:
            problems.append(f"duplicate id {ident}")
        seen.add(ident)
    for item in data.get("planted", []):
        if item.get("family") not in FAMILY_RULES:
            problems.append(f"{item['id']}: unknown family {item.get('family')!r}")
        _check_span(directory, item["id"], item, problems)
        for rel in item.get("related", []):
            _check_span(directory, item["id"] + " related", rel, problems)
    for item in data.get("agreeing", []):
        _check_span(directory, item["id"] + " a", item["a"], problems)
        _check_span(directory, item["id"] + " b", item["b"], problems)
    return problems


def check_corpus(base: Path = STORIES, *, holdout: bool = False) -> list[str]:
    """Problems of every set under ``base`` (and, with ``holdout``, under base/holdout)."""
    seen: set[str] = set()
    problems: list[str] = []
    bases = [base, base / "holdout"] if holdout else [base]
    for b in bases:
        for directory in story_sets(b):
            problems.extend(check_set(directory, seen))
    return problems


HOLDOUT_SEED = 20261204


def choose_holdout(desk_of: dict[str, str], seed: int = HOLDOUT_SEED) -> list[str]:
    """A desk-stratified fifth of the sets: max(1, round(n / 5)) per desk, drawn with one
    seeded generator over the desks in alphabetical order (each desk's sets sorted)."""
    import random

    rng = random.Random(seed)
    return sorted(_per_desk(rng, desk_of, lambda n: max(1, round(n / 5))))


def _per_desk(rng: Any, desk_of: dict[str, str], count: Callable[[int], int]) -> list[str]:
    """``count(n)`` sets drawn from each desk's n sets, desks in alphabetical order, each
    desk's sets sorted: the part both draws share (the generator's calls are the draw)."""
    by_desk: dict[str, list[str]] = {}
    for name, desk in sorted(desk_of.items()):
        by_desk.setdefault(desk, []).append(name)
    chosen: list[str] = []
    for desk in sorted(by_desk):
        names = by_desk[desk]
        chosen.extend(rng.sample(names, count(len(names))))
    return chosen


def batch_seed(batch: int) -> int:
    """The seed of a later batch's draw: fixed by formula, before the draw, never tried."""
    return HOLDOUT_SEED * 10 + batch


def choose_batch_holdout(desk_of: dict[str, str], seed: int) -> list[str]:
    """A desk-stratified fifth of one later batch: round(n / 5) sets of each desk (desks in
    alphabetical order, each desk's sets sorted), then, while fewer than max(1, round(N / 5))
    of the batch's N sets are drawn, one set from a desk not drawn yet, walking the sorted
    sets in an order shuffled by the same generator. A batch spread thin over many desks
    (one or two sets each) thus gives a fifth, not one set per desk."""
    import random

    rng = random.Random(seed)
    chosen = _per_desk(rng, desk_of, lambda n: round(n / 5))
    total = max(1, round(len(desk_of) / 5)) if desk_of else 0
    drawn = {desk_of[n] for n in chosen}
    rest = [n for n in sorted(desk_of) if desk_of[n] not in drawn]
    rng.shuffle(rest)
    for name in rest:
        if len(chosen) >= total:
            break
        if desk_of[name] not in drawn:
            chosen.append(name)
            drawn.add(desk_of[name])
    return sorted(chosen)


def move_holdout(base: Path = STORIES, batch: int | None = None) -> list[str]:
    """Move the chosen sets to base/holdout, once. Without ``batch`` (the first draw) it
    refuses when holdout is not empty; with ``batch`` it draws among that batch's
    development sets and refuses when a set of that batch is already held out."""
    import subprocess

    target = base / "holdout"
    if batch is None:
        if target.is_dir() and any(target.iterdir()):
            raise SystemExit(f"{target} is not empty: the holdout was drawn already")
        desk_of = {d.name: load_set(d).desk for d in story_sets(base)}
        chosen = choose_holdout(desk_of)
    else:
        held = [d for d in story_sets(target) if load_set(d).batch == batch]
        if held:
            raise SystemExit(f"batch {batch} was drawn already: {held[0].name} is held out")
        sets = [load_set(d) for d in story_sets(base)]
        desk_of = {s.name: s.desk for s in sets if s.batch == batch}
        if not desk_of:
            raise SystemExit(f"no development sets of batch {batch}")
        chosen = choose_batch_holdout(desk_of, batch_seed(batch))
    target.mkdir(exist_ok=True)
    for name in chosen:
        subprocess.run(["git", "mv", str(base / name), str(target / name)], check=True)
    return chosen


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "fill":
        for arg in argv[1:]:
            try:
                mixed = Path(arg).resolve().name == "unrelated-with-stories"
                out = fill_mixed(Path(arg)) if mixed else fill_set(Path(arg))
            except (OSError, ValueError, KeyError) as err:
                print(f"{arg}: {err!r}", file=sys.stderr)
                return 1
            print(f"{arg}: {len(out['planted'])} planted, {len(out['agreeing'])} agreeing")
        return 0
    if argv and argv[0] == "holdout":
        batch = None
        if len(argv) == 3 and argv[1] == "--batch" and argv[2].isdigit():
            batch = int(argv[2])
        elif len(argv) != 1:
            print("usage: stories_gold.py holdout [--batch N]", file=sys.stderr)
            return 2
        print(" ".join(move_holdout(batch=batch)))
        return 0
    if argv and argv[0] == "check":
        base = Path(argv[1]) if len(argv) > 1 else STORIES
        problems = check_corpus(base, holdout="--holdout" in argv)
        for p in problems:
            print(p)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
