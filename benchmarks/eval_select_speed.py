"""``tqa check --parallel --fast --select number,date`` on 10,000 pairs, one source tree
against another, back to back: the check that a refactor did not make a narrow run slower.

    python benchmarks/eval_select_speed.py --before OLD_SRC [--tree NAME=SRC …] [--runs 5] [--pairs 10000]

The pairs are those of ``benchmarks/run.py`` (every shared set, cycled to ``--pairs``).
Each run is a new process (what a user runs) with the tree on ``PYTHONPATH``; the trees
alternate run by run so that both meet the same machine load. Reports the median wall
and CPU seconds (user+sys of the child; the steadier figure on a shared machine) and
whether both trees report the same findings. Writes ``results/select_speed.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "select_speed.md"
sys.path.insert(0, str(HERE))

from run import cycled_pairs, load_sets, write_parallel  # noqa: E402


def one_run(src: Path, ko: Path, en: Path, report: Path, select: str) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable, "-m", "tqa", "check", str(ko), str(en), "--parallel", "--fast", "--select", select,
               "--format", "json", "-o", str(report), "--fail-on", "never"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def findings(report: Path) -> list[str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    return sorted(json.dumps({k: issue.get(k) for k in ("rule", "source_segments", "target_segments", "source_span",
                                                       "target_span", "message", "suggestion")},
                             sort_keys=True, ensure_ascii=False)
                  for document in data["documents"] for issue in document["issues"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="source folder (…/src) of the older tree")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC",
                        help="another tree to time alongside (repeatable)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--select", default="number,date")
    args = parser.parse_args(argv)
    sets = load_sets()
    if not sets:
        print("no shared data found: nothing to measure", file=sys.stderr)
        return 1
    trees = {"before": args.before.resolve()}
    for item in args.tree:
        name, _, src = item.partition("=")
        trees[name] = Path(src).resolve()
    trees["current"] = (ROOT / "src").resolve()
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    found: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        pairs = cycled_pairs(sets, args.pairs)
        ko, en = write_parallel(pairs, Path(folder), "cycled")
        for name, src in trees.items():  # warm-up (bytecode, page cache), findings kept
            report = Path(folder) / f"{name}.json"
            one_run(src, ko, en, report, args.select)
            found[name] = findings(report)
        for index in range(args.runs):
            order = list(trees) if index % 2 == 0 else list(reversed(list(trees)))
            for name in order:
                times[name].append(one_run(trees[name], ko, en, Path(folder) / f"{name}.json", args.select))
    load = os.getloadavg()[0]
    lines = [f"# `--select {args.select}` on {len(pairs):,} pairs, before and after", "",
             f"`tqa check --parallel --fast --select {args.select}` over {len(pairs):,} pairs cycled from the shared "
             f"sets ({', '.join(sorted(sets))}), each run a new process; the trees alternate run by run. "
             f"Median of {args.runs} runs; load average at the end {load:.1f} on {os.cpu_count()} cores.", "",
             "| tree | wall s (median) | CPU s (median) | CPU s (min … max) | findings |", "|---|---|---|---|---|"]
    for name in trees:
        wall = statistics.median(t[0] for t in times[name])
        cpu = [t[1] for t in times[name]]
        lines.append(f"| {name} | {wall:.2f} | {statistics.median(cpu):.2f} | {min(cpu):.2f} … {max(cpu):.2f} "
                     f"| {len(found[name])} |")
    same = all(found[name] == found["current"] for name in trees)
    lines += ["", "Findings identical to `current`: " + ", ".join(
        f"{name} {'yes' if found[name] == found['current'] else 'no'}" for name in trees if name != "current") + ".", "",
              "Trees: " + "; ".join(f"`{name}` = {src}" for name, src in trees.items()), ""]
    text = "\n".join(lines)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
