"""Start-up cost: a fresh ``tqa check`` of the demo article (17 lines), ``--fast`` and in
the default mode, as a user meets it.

    python benchmarks/eval_startup.py [--runs 3] [--before OLD_SRC]

Each run is a new process. "cold" gives it an empty cache folder (``TQA_CACHE_DIR``:
lexicon and gloss analyses rebuilt, as on the first run after installing); "warm" reuses
one. The converted language model under ``models/cache`` is kept (it is made once per
install). With ``--before`` the same runs are made with another source tree (e.g. a git
worktree of an older commit) interleaved with the current one, so the two are compared
back to back on the same machine load. Wall and CPU seconds (user+sys of the child) are
reported as medians; CPU is the steadier figure on a shared machine. Writes
``results/startup.md``.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
RESULTS = Path(__file__).resolve().parent / "results" / "startup.md"


def one_run(src: Path, fast: bool, cache: str) -> tuple[float, float]:
    env = dict(os.environ, PYTHONPATH=str(src), TQA_CACHE_DIR=cache)
    command = [sys.executable, "-m", "tqa", "check", str(DEMO / "article.ko.txt"), str(DEMO / "article.en.txt"),
               "--fail-on", "never", "--format", "json", "-o", os.devnull] + (["--fast"] if fast else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(trees: dict[str, Path], runs: int) -> dict:
    results: dict = {}
    warm_caches = {name: tempfile.mkdtemp(prefix=f"tqa-warm-{name}-") for name in trees}
    for name, src in trees.items():  # fill the warm caches once
        one_run(src, True, warm_caches[name])
        one_run(src, False, warm_caches[name])
    for _ in range(runs):
        for mode in ("fast", "default"):
            for cache_kind in ("cold", "warm"):
                for name, src in trees.items():  # interleaved: back to back
                    cache = tempfile.mkdtemp(prefix="tqa-cold-") if cache_kind == "cold" else warm_caches[name]
                    wall, cpu = one_run(src, mode == "fast", cache)
                    results.setdefault((name, mode, cache_kind), []).append((wall, cpu))
    return results


def markdown(results: dict, trees: dict[str, Path], runs: int) -> str:
    load = os.getloadavg()[0]
    lines = ["# Start-up: a fresh `tqa check` of the demo article", "",
             f"Median of {runs} runs per cell, each a new process; load average at the end {load:.1f} on "
             f"{os.cpu_count()} cores. cold = empty cache folder (first run after install), warm = cache reused. "
             "Goals (issue 10, quiet machine): `--fast` ≤ 2.5 s, default ≤ 8 s.", "",
             "| tree | mode | cache | wall s | CPU s |", "|---|---|---|---|---|"]
    for (name, mode, cache), values in sorted(results.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        lines.append(f"| {name} | {mode} | {cache} | {wall:.2f} | {cpu:.2f} |")
    lines += ["", "Trees: " + "; ".join(f"`{name}` = {src}" for name, src in trees.items()), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="source folder (…/src) of an older tree to compare with")
    args = parser.parse_args(argv)
    trees = {"current": ROOT / "src"}
    if args.before:
        trees = {"before": args.before, "current": ROOT / "src"}
    results = measure(trees, args.runs)
    text = markdown(results, trees, args.runs)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
