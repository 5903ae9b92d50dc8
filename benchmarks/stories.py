"""Score numcheck on the multi-source story corpus (fixtures/stories/) and the mixed corpus.

    python benchmarks/stories.py                 # development sets: table
    python benchmarks/stories.py --json          # the same, as JSON
    python benchmarks/stories.py --errors        # also list every finding outside the gold
    python benchmarks/stories.py --set dis-arlo-floods --errors
    python benchmarks/stories.py --root DIR      # story sets of your own, laid out as here
    python benchmarks/stories.py --batch 2       # only the sets of one batch (README there)
    python benchmarks/stories.py --unrelated     # fixtures/unrelated (+ unrelated-with-stories)
    python benchmarks/stories.py --holdout       # the held-out sets: the lead only, at the end
    python benchmarks/stories.py --blind 4       # a held-out batch as counts only (see below)
    python benchmarks/stories.py --figures       # the regression figures (JSON), dev + mixed
    python benchmarks/stories.py --write-baseline benchmarks/stories_baseline.json

Each story set is checked the way a user would check it: ``numcheck check <set-dir>
--output-format json`` (in this process through ``numcheck.cli.main``; ``--subprocess``
runs a fresh ``python -m numcheck`` per set instead), with built-in plugins only
(``NUMCHECK_LOAD_PLUGINS=`` unless ``--plugins``). Then, per set (rules in
fixtures/stories/README.md):

- a planted problem is **found** when a finding with one of its acceptable rules has a span
  (primary or related) on the planted span and, when the gold lists related spans, also
  touches (or names, as ``path:line:`` in its message) one of them;
- an agreeing pair is **alarmed** by a warning or error finding whose primary span is on
  one side and which touches or names the other side (or which touches both sides through
  its related spans and matches no planted problem), unless the finding finds a planted
  problem whose own spans hold both figures of the pair;
- every other finding is **outside the gold**, counted by rule and severity.

``--blind N`` scores held-out batch N and prints only what a tuner may see of copy they
must not read: found per family, the number of false alarms, and the findings outside
the gold counted by rule. No set names, paths, lines or messages, in any output format;
``--set`` and ``--errors`` are refused with it. It is the gate a change must pass on
copy written by another hand (fixtures/stories/README.md, "Blind development").
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories_gold import FAMILIES, ROOT, STORIES, GoldSpan, StorySet, load_set, span, story_sets

UNRELATED = ROOT / "fixtures" / "unrelated"
WITH_STORIES = ROOT / "fixtures" / "unrelated-with-stories"

Position = tuple[int, int]


@dataclass(frozen=True)
class Span:
    """A finding's span, with its path relative to the set directory."""

    path: str
    start: Position
    end: Position

    def touches(self, gold: GoldSpan) -> bool:
        if self.path != gold.path:
            return False
        g_start, g_end = (gold.line, gold.column), (gold.line, gold.end_column)
        return self.start < g_end and g_start < self.end


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    primary: Span
    related: tuple[Span, ...]

    @property
    def spans(self) -> tuple[Span, ...]:
        return (self.primary, *self.related)

    def names(self, gold: GoldSpan) -> bool:
        """The message points at the gold span (``.../path:line:col``, the column at the
        figure's start, which may include a hedge before the gold text)."""
        pattern = r"(?:^|[\s/'\"(])" + re.escape(gold.path) + f":{gold.line}:" + r"(\d+)"
        return any(
            gold.column - 16 <= int(m.group(1)) < gold.end_column
            for m in re.finditer(pattern, self.message)
        )

    def touches(self, gold: GoldSpan) -> bool:
        return any(s.touches(gold) for s in self.spans)

    def relates(self, gold: GoldSpan) -> bool:
        return any(s.touches(gold) for s in self.related) or self.names(gold)

    def brief(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.primary.path,
            "line": self.primary.start[0],
            "column": self.primary.start[1],
            "message": self.message,
        }


@dataclass
class SetScore:
    name: str
    desk: str
    pairs: int = 0
    found: dict[str, bool] = field(default_factory=dict)  # plant id -> found
    family: dict[str, str] = field(default_factory=dict)  # plant id -> family
    alarmed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # pair id -> findings
    outside: list[dict[str, Any]] = field(default_factory=list)
    # of the findings outside the gold, "rule severity" of those that hold a planted
    # problem's own (wrong) figure: set against another figure than the gold's, it still
    # points an editor at an error, unlike a finding on figures the copy got right
    on_planted: list[str] = field(default_factory=list)


def _relative(path: str, base: Path) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = (Path.cwd() / p).resolve()
    try:
        return p.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path


def _finding(raw: dict[str, Any], base: Path) -> Finding:
    def one(r: dict[str, Any]) -> Span:
        return Span(
            _relative(r["path"], base),
            (r["line"], r["column"]),
            (r.get("end_line", r["line"]), r.get("end_column", r["column"] + len(r["text"]))),
        )

    return Finding(
        raw["rule"],
        raw["severity"],
        raw.get("message", ""),
        one(raw),
        tuple(one(r) for r in raw.get("related", [])),
    )


@contextlib.contextmanager
def _environment(plugins: bool) -> Iterator[None]:
    saved = os.environ.get("NUMCHECK_LOAD_PLUGINS")
    if not plugins:
        os.environ["NUMCHECK_LOAD_PLUGINS"] = ""
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("NUMCHECK_LOAD_PLUGINS", None)
        else:
            os.environ["NUMCHECK_LOAD_PLUGINS"] = saved


def run_numcheck(
    paths: Sequence[Path], *, fresh_process: bool, plugins: bool
) -> list[dict[str, Any]]:
    """The raw JSON findings of ``numcheck check PATHS --output-format json``."""
    args = ["check", *map(str, paths), "--output-format", "json", "--exit-zero", "--no-progress"]
    with tempfile.TemporaryDirectory() as tmp, _environment(plugins):
        out = Path(tmp) / "report.json"
        args += ["--output-file", str(out)]
        if fresh_process:
            proc = subprocess.run(
                [sys.executable, "-m", "numcheck", *args],
                capture_output=True,
                text=True,
                check=False,
            )
            code = proc.returncode
            stderr = proc.stderr
        else:
            from numcheck.cli import main

            with tempfile.TemporaryFile("w+") as err:
                with contextlib.redirect_stderr(err):  # warnings, not the report
                    code = main(args)
                err.seek(0)
                stderr = err.read()
        if code != 0 or not out.is_file():
            raise RuntimeError(f"numcheck check {' '.join(map(str, paths))}: exit {code}\n{stderr}")
        data = json.loads(out.read_text(encoding="utf-8"))
    findings: list[dict[str, Any]] = data["findings"]
    return findings


def _matches(f: Finding, plant: dict[str, Any]) -> bool:
    if f.rule not in plant["rules"] or not f.touches(span(plant)):
        return False
    related = [span(r) for r in plant.get("related", [])]
    return not related or any(f.touches(r) or f.names(r) for r in related)


def _alarms(f: Finding, a: GoldSpan, b: GoldSpan, matched_plant: bool) -> bool:
    if f.severity not in ("warning", "error"):
        return False
    on_a, on_b = f.primary.touches(a), f.primary.touches(b)
    if on_a and on_b:
        return True
    if on_a:
        return f.relates(b)
    if on_b:
        return f.relates(a)
    return not matched_plant and f.relates(a) and f.relates(b)


def score_findings(story: StorySet, raw: list[dict[str, Any]], base: Path) -> SetScore:
    findings = [_finding(r, base) for r in raw]
    score = SetScore(story.name, story.desk, len(story.agreeing))
    matched: set[int] = set()
    planted_spans: dict[int, list[set[GoldSpan]]] = {}
    for plant in story.planted:
        hits = [i for i, f in enumerate(findings) if _matches(f, plant)]
        score.found[plant["id"]] = bool(hits)
        score.family[plant["id"]] = plant["family"]
        matched.update(hits)
        spans = {span(plant), *(span(r) for r in plant.get("related", []))}
        for i in hits:
            planted_spans.setdefault(i, []).append(spans)
    alarming: set[int] = set()
    for pair in story.agreeing:
        a, b = span(pair["a"]), span(pair["b"])
        hits = [
            i
            for i, f in enumerate(findings)
            if _alarms(f, a, b, i in matched)
            # The finding of a planted problem that holds both figures (a total and one
            # of its parts that do not add up) says nothing against their agreeing.
            and not any({a, b} <= spans for spans in planted_spans.get(i, []))
        ]
        if hits:
            score.alarmed[pair["id"]] = [findings[i].brief() for i in hits]
            alarming.update(hits)
    outside = [f for i, f in enumerate(findings) if i not in matched | alarming]
    score.outside = [f.brief() for f in outside]
    planted = {span(p) for p in story.planted}  # the wrong figure, not those it is set against
    score.on_planted = [f"{f.rule} {f.severity}" for f in outside
                        if any(f.touches(g) or f.relates(g) for g in planted)]
    return score


def score_sets(
    directories: Sequence[Path], *, fresh_process: bool, plugins: bool
) -> list[SetScore]:
    scores = []
    for directory in directories:
        story = load_set(directory)
        raw = run_numcheck([directory.resolve()], fresh_process=fresh_process, plugins=plugins)
        scores.append(score_findings(story, raw, directory))
    return scores


def summary(scores: Sequence[SetScore]) -> dict[str, Any]:
    """Recall per family, false alarms and findings outside the gold, over all sets."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for s in scores:
        for ident, fam in s.family.items():
            total[fam] += 1
            found[fam] += s.found[ident]
    recall = {
        fam: {"found": found[fam], "planted": total[fam], "recall": _ratio(found[fam], total[fam])}
        for fam in FAMILIES
    }
    pairs = sum(s.pairs for s in scores)
    outside = Counter(f"{f['rule']} {f['severity']}" for s in scores for f in s.outside)
    return {
        "sets": len(scores),
        "planted": sum(total.values()),
        "found": sum(found.values()),
        "recall": _ratio(sum(found.values()), sum(total.values())),
        "families": recall,
        "agreeing_pairs": pairs,
        "false_alarms": sum(len(s.alarmed) for s in scores),
        "outside_gold": dict(sorted(outside.items())),
        "outside_on_planted": dict(sorted(
            Counter(key for s in scores for key in s.on_planted).items())),
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def print_table(result: dict[str, Any], scores: Sequence[SetScore], errors: bool) -> None:
    print(
        f"{result['sets']} story sets, {result['planted']} planted problems, "
        f"{result['agreeing_pairs']} agreeing pairs\n"
    )
    print(f"{'family':<22} {'found':>7} {'recall':>7}")
    for fam, r in result["families"].items():
        print(f"{fam:<22} {r['found']:>3}/{r['planted']:<3} {r['recall']:>7.0%}")
    print(f"{'all':<22} {result['found']:>3}/{result['planted']:<3} {result['recall']:>7.0%}\n")
    print(f"false alarms (agreeing pairs given a warning or error): {result['false_alarms']}")
    for s in scores:
        for ident, hits in sorted(s.alarmed.items()):
            print(f"  {ident}: " + "; ".join(f"{h['rule']} {h['path']}:{h['line']}" for h in hits))
    print()
    _print_outside(result)
    if errors:
        for s in scores:
            for f in s.outside:
                print(
                    f"  {s.name}/{f['path']}:{f['line']}:{f['column']}: {f['rule']} "
                    f"[{f['severity']}] {f['message']}"
                )


def print_blind(result: dict[str, Any], as_json: bool) -> None:
    """Counts only: what a tuner may see of a batch they must not read."""
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"blind batch: {result['sets']} story sets, {result['planted']} planted problems, "
          f"{result['agreeing_pairs']} agreeing pairs\n")
    for fam, r in result["families"].items():
        print(f"{fam:<22} {r['found']:>3}/{r['planted']:<3} {r['recall']:>7.0%}")
    print(f"{'all':<22} {result['found']:>3}/{result['planted']:<3} {result['recall']:>7.0%}\n")
    print(f"false alarms: {result['false_alarms']}")
    _print_outside(result)


def _print_outside(result: dict[str, Any]) -> None:
    """Findings outside the gold by rule, each with how many hold a planted figure."""
    on_planted = result.get("outside_on_planted", {})
    print(f"findings outside the gold: {sum(result['outside_gold'].values())} "
          f"(holding a planted figure: {sum(on_planted.values())})")
    for key, n in result["outside_gold"].items():
        print(f"  {key}: {n}" + (f" ({on_planted[key]} on a planted figure)"
                                  if on_planted.get(key) else ""))


# --- the mixed corpus -------------------------------------------------------------------


def _story_of(path: str) -> str:
    """In the mixed run, a document's story: its folder under unrelated-with-stories, or
    the file itself (every article of fixtures/unrelated is its own story)."""
    parts = Path(path).parts
    if parts and parts[0] == WITH_STORIES.name:
        return "/".join(parts[:2])
    return path


def cross_story(f: Finding) -> bool:
    stories = {_story_of(s.path) for s in f.spans}
    named = re.findall(r"([\w./-]+\.(?:md|txt|html)):\d+:", f.message)
    stories |= {_story_of(_relative(n, UNRELATED.parent)) for n in named}
    return len(stories) > 1


def score_unrelated(*, fresh_process: bool, plugins: bool) -> dict[str, Any]:
    base = UNRELATED.parent
    alone = [
        _finding(r, base)
        for r in run_numcheck([UNRELATED.resolve()], fresh_process=fresh_process, plugins=plugins)
    ]
    cross = [f for f in alone if cross_story(f)]
    result: dict[str, Any] = {
        "documents": sum(1 for p in UNRELATED.rglob("*") if p.suffix in {".md", ".txt", ".html"}),
        "cross_document_findings": len(cross),
        "cross_document_by_rule": dict(
            sorted(Counter(f"{f.rule} {f.severity}" for f in cross).items())
        ),
        "in_article_findings": dict(
            sorted(Counter(f"{f.rule} {f.severity}" for f in alone if f not in cross).items())
        ),
        "cross_document_list": [
            f.brief() | {"related": [s.path for s in f.related]} for f in cross
        ],
    }
    if WITH_STORIES.is_dir():
        gold = json.loads((WITH_STORIES / "expected.json").read_text(encoding="utf-8"))
        raw = run_numcheck(
            [UNRELATED.resolve(), WITH_STORIES.resolve()],
            fresh_process=fresh_process,
            plugins=plugins,
        )
        story = StorySet(
            WITH_STORIES.name,
            WITH_STORIES,
            "mixed",
            tuple(_prefixed(gold["planted"])),
            tuple(_prefixed(gold.get("agreeing", []))),
        )
        scored = score_findings(story, raw, base)
        mixed = [_finding(r, base) for r in raw]
        strays = [
            f for f in mixed if cross_story(f) and not any(_matches(f, p) for p in story.planted)
        ]
        result["with_stories"] = {
            "planted": len(story.planted),
            "found": sum(scored.found.values()),
            "missed": sorted(i for i, ok in scored.found.items() if not ok),
            "false_alarms": len(scored.alarmed),
            "cross_story_findings": len(strays),
            "cross_story_by_rule": dict(
                sorted(Counter(f"{f.rule} {f.severity}" for f in strays).items())
            ),
        }
    return result


def _prefixed(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Gold paths of unrelated-with-stories are relative to it; the mixed run's base is
    fixtures/."""

    def fix(s: dict[str, Any]) -> dict[str, Any]:
        return s | {"path": f"{WITH_STORIES.name}/{s['path']}"}

    for item in items:
        out = dict(item)
        if "a" in out:
            out["a"], out["b"] = fix(out["a"]), fix(out["b"])
        else:
            out = fix(out)
            out["related"] = [fix(r) for r in item.get("related", [])]
        yield out


def print_unrelated(result: dict[str, Any], errors: bool) -> None:
    print(
        f"fixtures/unrelated: {result['documents']} articles, "
        f"{result['cross_document_findings']} cross-document findings (expected: 0)"
    )
    for key, n in result["cross_document_by_rule"].items():
        print(f"  {key}: {n}")
    if errors:
        for f in result["cross_document_list"]:
            where = f"{f['path']}:{f['line']}:{f['column']}"
            print(f"  {where}: {f['rule']} [{f['severity']}] {f['message']}")
    print(f"in-article findings (not scored): {sum(result['in_article_findings'].values())}")
    for key, n in result["in_article_findings"].items():
        print(f"  {key}: {n}")
    mixed = result.get("with_stories")
    if mixed:
        print(
            f"\nwith fixtures/unrelated-with-stories in the same run: "
            f"{mixed['found']}/{mixed['planted']} cross-source problems found, "
            f"{mixed['false_alarms']} false alarms, "
            f"{mixed['cross_story_findings']} other cross-story findings"
        )
        for ident in mixed["missed"]:
            print(f"  missed: {ident}")
        for key, n in mixed["cross_story_by_rule"].items():
            print(f"  {key}: {n}")


def regression_figures(*, fresh_process: bool, plugins: bool) -> dict[str, Any]:
    """What tests/integration/test_stories_corpus.py guards: recall per family and false
    alarms on the development sets, cross-document findings on the mixed corpus."""
    scores = score_sets(story_sets(STORIES), fresh_process=fresh_process, plugins=plugins)
    dev = summary(scores)
    figures: dict[str, Any] = {
        "stories": {
            "sets": dev["sets"],
            "planted": dev["planted"],
            "agreeing_pairs": dev["agreeing_pairs"],
            "recall": dev["recall"],
            "families": {fam: r["recall"] for fam, r in dev["families"].items()},
            "false_alarms": dev["false_alarms"],
        }
    }
    if UNRELATED.is_dir():
        mixed = score_unrelated(fresh_process=fresh_process, plugins=plugins)
        figures["unrelated"] = {
            "documents": mixed["documents"],
            "cross_document_findings": mixed["cross_document_findings"],
        }
        if "with_stories" in mixed:
            w = mixed["with_stories"]
            figures["unrelated"]["with_stories"] = {
                "planted": w["planted"],
                "recall": _ratio(w["found"], w["planted"]),
                "false_alarms": w["false_alarms"],
                "cross_story_findings": w["cross_story_findings"],
            }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--holdout",
        action="store_true",
        help="score fixtures/stories/holdout (the lead, at the end)",
    )
    parser.add_argument("--unrelated", action="store_true", help="score the mixed corpus instead")
    parser.add_argument(
        "--root", type=Path, metavar="DIR",
        help="score the story sets under DIR (same layout as fixtures/stories) instead",
    )
    parser.add_argument("--set", action="append", default=[], help="only this set (repeatable)")
    parser.add_argument(
        "--batch", type=int, help="only the sets of this batch (expected.json 'batch', 1 if absent)"
    )
    parser.add_argument(
        "--blind", type=int, metavar="BATCH",
        help="score held-out batch BATCH, counts only (no set, path, line or message)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--errors", action="store_true", help="list every finding outside the gold")
    parser.add_argument(
        "--subprocess", action="store_true", help="a fresh numcheck process per run"
    )
    parser.add_argument(
        "--plugins", action="store_true", help="load installed third-party plugins too"
    )
    parser.add_argument(
        "--figures", action="store_true", help="print the regression figures as JSON"
    )
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="write the regression figures to FILE"
    )
    args = parser.parse_args(argv)
    if args.root is not None and (args.holdout or args.unrelated or args.blind is not None):
        parser.error(
            "--root scores a directory of your own: not with --holdout, --blind or --unrelated"
        )
    options = {"fresh_process": args.subprocess, "plugins": args.plugins}
    if args.figures or args.write_baseline:
        figures = regression_figures(**options)
        text = json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
        if args.write_baseline:
            Path(args.write_baseline).write_text(text, encoding="utf-8")
        else:
            print(text, end="")
        return 0
    if args.unrelated:
        unrelated = score_unrelated(**options)
        if args.json:
            print(json.dumps(unrelated, indent=2, ensure_ascii=False))
        else:
            print_unrelated(unrelated, args.errors)
        return 0
    if args.blind is not None:
        if args.set or args.errors:
            parser.error("--blind prints counts only: --set and --errors are refused with it")
        args.holdout, args.batch = True, args.blind
    stories = args.root if args.root is not None else STORIES
    if not stories.is_dir():
        parser.error(f"--root {stories}: not a directory")
    base = stories / "holdout" if args.holdout else stories
    directories = [d for d in story_sets(base) if not args.set or d.name in args.set]
    if args.batch is not None:
        directories = [d for d in directories if load_set(d).batch == args.batch]
    scores = score_sets(directories, **options)
    result = summary(scores)
    if args.blind is not None:
        print_blind(result, args.json)
        return 0
    if args.json:
        result["sets_detail"] = {
            s.name: {
                "desk": s.desk,
                "missed": sorted(i for i, ok in s.found.items() if not ok),
                "found": sorted(i for i, ok in s.found.items() if ok),
                "false_alarms": s.alarmed,
                "outside_gold": s.outside if args.errors else len(s.outside),
            }
            for s in scores
        }
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_table(result, scores, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
