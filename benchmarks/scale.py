"""How `numcheck check` scales with corpus size, and whether planted drifts are found.

    python benchmarks/scale.py [--sizes 1000,10000,100000] [--workdir /tmp/nc-scale] [--jobs 1]
    python benchmarks/scale.py --sizes 100000,1000000 --engines inprocess,dask --no-baseline

With ``--engines inprocess,dask`` each size runs once per engine (the Dask engine on
a LocalCluster of ``--dask-workers`` processes) and the peak RSS is reported for the
client and for each worker process apart (benchmarks/proctree.py polls /proc), with
the Dask engine's own count of partitions and key groups; then the ratios: Dask vs
in-process wall time and memory, and each engine's largest size vs its smallest.

For each size: generate a corpus (benchmarks/corpus_gen.py; reused when present), run
``numcheck check DIR --output-format json --exit-zero`` in a fresh process, and report
wall time, the peak RSS of that process (getrusage of children), articles/s and the
recall of planted drifts. Peers measured in the same run:

- ``grep -rc`` over the same corpus: a floor (reading the files, nothing else);
- on the smallest size only, an all-pairs baseline: the same verdict function applied to
  every pair of alignable claims instead of the index, timed against the index.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_gen import generate
from proctree import measure_tree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(cmd: Sequence[str]) -> dict[str, Any]:
    """Run ``cmd`` in a child process of a fresh interpreter: wall time and peak RSS."""
    code = (
        "import json,resource,subprocess,sys,time;"
        "t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE);"
        "w=time.perf_counter()-t;"
        "r=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "sys.stderr.write(json.dumps({'wall':w,'rss_kb':r.ru_maxrss,'rc':p.returncode,"
        "'err':p.stderr.decode()[-500:]}));"
        "sys.stdout.buffer.write(p.stdout)"
    )
    done = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, check=True)
    stats: dict[str, Any] = json.loads(done.stderr.decode().strip().splitlines()[-1])
    stats["stdout"] = done.stdout
    return stats


def recall(findings: list[dict[str, Any]], planted: list[dict[str, Any]]) -> dict[str, Any]:
    """Planted problems found, by rule; paths compared resolved, so a workdir reached
    through a symbolic link still matches the manifest."""
    real = os.path.realpath
    by_rule: dict[str, list[set[str]]] = {}
    for f in findings:
        paths = {real(f["path"]), *(real(r["path"]) for r in f["related"])}
        by_rule.setdefault(f["rule"], []).append(paths)
    found: dict[str, list[int]] = {}
    for plant in planted:
        path, others = real(plant["path"]), {real(o) for o in plant["others"]}
        hit = any(path in ps and ps & others for ps in by_rule.get(plant["rule"], []))
        tally = found.setdefault(plant["rule"], [0, 0])
        tally[0] += hit
        tally[1] += 1
    total_hit = sum(h for h, _ in found.values())
    touched = {real(p["path"]) for p in planted}
    stray = sum(
        1
        for f in findings
        if f["rule"].startswith("NC4")
        and not touched & {real(f["path"]), *(real(r["path"]) for r in f["related"])}
    )
    return {"found": total_hit, "planted": len(planted), "by_rule": found, "stray": stray}


def corpus(
    workdir: str, size: int, towns: int = 0, story_meta: bool = False
) -> tuple[str, dict[str, Any]]:
    name = f"corpus-{size}" + (f"-towns{towns}" if towns else "") + ("-story" if story_meta else "")
    out = os.path.join(workdir, name)
    manifest_path = os.path.join(out, "manifest.json")
    if not os.path.exists(manifest_path):
        generate(out, size, towns=towns, story_meta=story_meta)
    with open(manifest_path, encoding="utf-8") as handle:
        manifest: dict[str, Any] = json.load(handle)
    return out, manifest


def all_pairs_baseline(directory: str) -> dict[str, float]:
    """Index vs all pairs on the same claims, in process (the claims are read once)."""
    from numcheck.checkers.drift import judge
    from numcheck.checkers.drift.align import (
        Alignment,
        ClaimIndex,
        Pair,
        Relation,
        alignable,
        block_key,
        parties_differ,
        story_of,
    )
    from numcheck.discovery import find_files
    from numcheck.engine import Engine

    engine = Engine()
    paths = find_files([directory], engine.settings)
    analyses = engine.run(paths, progress=None).analyses
    claims = [c for a in analyses for c in a.claims]
    story = story_of([a.document for a in analyses])
    alignment = Alignment.from_lexicon()
    t = time.perf_counter()
    index = ClaimIndex(claims, alignment, story=story)
    indexed = sum(judge(p, alignment) is not None for p in index.pairs())
    t_index = time.perf_counter() - t
    t = time.perf_counter()
    entries = [e for c in claims if alignable(c) and (e := index._entry(c, False)) is not None]
    keys = [(story(e.claim.path), *block_key(e.claim)) for e in entries]
    naive = 0
    for i, a in enumerate(entries):
        for j in range(i + 1, len(entries)):
            b = entries[j]
            if a.window != b.window:
                continue
            if keys[i] == keys[j]:
                if a.claim.path != b.claim.path or parties_differ(a.party, b.party):
                    naive += judge(Pair(a, b, Relation.SAME), alignment) is not None
            elif a.claim.path != b.claim.path and (*keys[i][:2], *keys[i][3:]) == (
                *keys[j][:2],
                *keys[j][3:],
            ):  # same story and key but the event: a part/whole pair
                for part, whole in ((a, b), (b, a)):
                    wholes = alignment.composites.get(whole.claim.key.event or "", frozenset())
                    if part.claim.key.event in wholes:
                        naive += judge(Pair(part, whole, Relation.COMPOSITE), alignment) is not None
    t_naive = time.perf_counter() - t
    return {"claims": len(claims), "index_s": t_index, "all_pairs_s": t_naive,
            "index_verdicts": indexed, "all_pairs_verdicts": naive}  # fmt: skip


def run_engine(engine: str, directory: str, args: argparse.Namespace) -> dict[str, Any]:
    """One ``numcheck check`` of ``directory``: wall, memory (client, workers), output."""
    env = dict(os.environ)
    if args.no_third_party:
        env["NUMCHECK_LOAD_PLUGINS"] = ""
    check = ["check", directory, "--output-format", "json", "--exit-zero"]
    if engine == "dask":
        code = ("import logging,sys;logging.basicConfig(level=logging.INFO,"
                "format='%(name)s: %(message)s');"
                "logging.getLogger('distributed').setLevel(logging.ERROR);"
                "from numcheck.cli import main;sys.exit(main(sys.argv[1:]))")
        config = os.path.join(args.workdir, "dask.toml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(f'engine = "dask"\ndask-workers = {args.dask_workers}\n'
                         f'dask-memory-limit = "{args.dask_memory_limit}"\n')
        cmd = [args.python, "-c", code, *check, "--config", config]
    else:
        cmd = [args.python, "-m", "numcheck", *check]
        if args.jobs > 1:
            cmd += ["--jobs", str(args.jobs)]
    if args.nice:
        cmd = ["nice", "-n", str(args.nice), *cmd]
    run = measure_tree(cmd, env)
    # every worker process /proc polling saw, restarted ones too (a nanny replaces a
    # worker past 95% of its memory limit: a new pid), and the engine's own report
    # (each live worker's getrusage peak at the end), which polling can miss on a
    # loaded machine but which knows nothing of workers that were replaced
    seen = [kb for name, kb in run["children"].values() if "spawn_main" in name]
    logged = next((line for line in run["err"].splitlines()
                   if line.startswith("numcheck.distributed: worker peak RSS (MB):")), "")
    alive = [int(mb) * 1024 for mb in logged.rpartition(":")[2].split(",")] if logged else []
    run["worker_kb"] = max([*seen, *alive], default=0)
    run["worker_peaks"] = sorted(seen or alive, reverse=True)
    run["workers"] = max(len(seen), len(alive))
    run["restarts"] = max(0, len(seen) - args.dask_workers) if engine == "dask" else 0
    run["split"] = f"\n{'':>10}".join(line for line in run["err"].splitlines()
                                        if line.startswith("numcheck.distributed:"))
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--workdir", default="/tmp/numcheck-scale")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--engines", default="inprocess", help="inprocess, dask or both")
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--dask-memory-limit", default="2GB",
                        help="per worker: past 60%% of it Dask spills held partitions to disk")
    parser.add_argument("--python", default=sys.executable,
                        help="the interpreter numcheck is installed in")
    parser.add_argument("--nice", type=int, default=0, help="run numcheck under nice -n N")
    parser.add_argument("--no-third-party", action="store_true",
                        help="NUMCHECK_LOAD_PLUGINS='': only numcheck's own plugins")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--towns",
        type=int,
        default=0,
        help="stories share this many towns: huge blocks (summarised mode)",
    )
    parser.add_argument(
        "--story-meta", action="store_true", help="articles name their story (story: ...)"
    )
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    engines = args.engines.split(",")
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    for size in sizes:
        directory, manifest = corpus(args.workdir, size, args.towns, args.story_meta)
        grep = measure(["grep", "-rc", "--include=*.md", "killed", directory])
        for engine in engines:
            run = run_engine(engine, directory, args)
            if run["rc"] != 0:
                sys.exit(f"numcheck ({engine}) failed on {size}: {run['err'][-800:]}")
            findings = json.loads(run["stdout"])["findings"]
            r = recall(findings, manifest["planted"])
            drift = sum(1 for f in findings if f["rule"].startswith("NC4"))
            rows[(engine, size)] = run
            memory = f"{run['root_kb'] / 1024:6.0f} MB peak"
            if engine == "dask":
                peaks = " / ".join(f"{kb / 1024:.0f}" for kb in run["worker_peaks"])
                memory = (f"client {run['root_kb'] / 1024:.0f} MB, {run['workers']} worker "
                          f"processes ({run['restarts']} restarted), peaks {peaks} MB")
            print(
                f"{engine:>9} {size:>8} articles: {run['wall']:8.1f} s  {memory}  "
                f"{size / run['wall']:6.0f} articles/s  recall {r['found']}/{r['planted']} "
                f"{r['by_rule']}  NC4xx findings {drift}, {r['stray']} away from any plant "
                f"(all findings {len(findings)})  "
                f"grep floor {grep['wall']:.2f} s (x{run['wall'] / max(grep['wall'], 1e-3):.0f})"
                + (f"\n{'':>10}{run['split']}" if run["split"] else ""),
                flush=True,
            )
    for size in sizes:
        if ("dask", size) in rows and ("inprocess", size) in rows:
            d, i = rows[("dask", size)], rows[("inprocess", size)]
            print(f"{size} articles, dask vs in-process: {d['wall'] / i['wall']:.2f}x time; "
                  f"worker peak {d['worker_kb'] / max(i['root_kb'], 1):.2f}x and client peak "
                  f"{d['root_kb'] / max(i['root_kb'], 1):.2f}x the in-process peak")
    for engine in engines:
        base = rows[(engine, sizes[0])]
        for size in sizes[1:]:
            run = rows[(engine, size)]
            kb = "worker_kb" if engine == "dask" else "root_kb"
            print(f"{engine} {size} vs {sizes[0]}: {size / sizes[0]:.0f}x articles, "
                  f"{run['wall'] / base['wall']:.1f}x time, "
                  f"{run[kb] / max(base[kb], 1):.2f}x peak memory"
                  + (" per worker" if engine == "dask" else ""))
    if not args.no_baseline:
        b = all_pairs_baseline(corpus(args.workdir, sizes[0], args.towns, args.story_meta)[0])
        print(
            f"all-pairs baseline on {sizes[0]} articles ({b['claims']} claims): index "
            f"{b['index_s']:.3f} s / {b['index_verdicts']} verdicts, all pairs "
            f"{b['all_pairs_s']:.3f} s / {b['all_pairs_verdicts']} verdicts "
            f"(x{b['all_pairs_s'] / max(b['index_s'], 1e-6):.0f} slower)"
        )


if __name__ == "__main__":
    main()
