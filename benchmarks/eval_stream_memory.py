"""Peak memory of ``tqa check --fast`` on big inputs read as a stream (issue 15, item 4).

    python benchmarks/eval_stream_memory.py [--sizes 10000,100000,1000000] [--kinds tsv,parallel]
                                            [--whole 10000,100000] [--folder /tmp/tqa-stream-memory] [--report-only]

Builds each input by cycling the real pairs of every shared dev set (as benchmarks/run.py
does) into ``--folder`` (never into the repository), then runs the installed command once
per input, ``tqa check … --fast -j 1 -o out.jsonl``, in a fresh process, and records its
peak resident memory (the child's ``ru_maxrss``), wall time and time per pair. ``--whole``
sizes are also run with ``--section 0`` (the input read whole, as before streaming) for
comparison. Writes ``benchmarks/results/stream_memory.md``; sizes already measured are
kept from ``stream_memory.json`` beside it, so a long size can be run on its own.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import load_sets  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
MEASURE = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
           "stderr=subprocess.DEVNULL).returncode; "
           "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def build(folder: Path, size: int) -> dict[str, list[Path]]:
    """The cycled input of ``size`` pairs as a TSV file and as two --parallel text files."""
    sets = load_sets()
    if not sets:
        raise SystemExit("no shared dev sets found (../shared/data): nothing to measure")
    everything = [pair for name in sorted(sets) for pair in sets[name]]
    paths = {"tsv": [folder / f"cycled{size}.tsv"],
             "parallel": [folder / f"cycled{size}.ko.txt", folder / f"cycled{size}.en.txt"]}
    if not all(path.exists() for group in paths.values() for path in group):
        with open(paths["tsv"][0], "w", encoding="utf-8") as tsv, \
                open(paths["parallel"][0], "w", encoding="utf-8") as ko, \
                open(paths["parallel"][1], "w", encoding="utf-8") as en:
            for korean, english in islice(cycle(everything), size):
                ko.write(korean + "\n")
                en.write(english + "\n")
                tsv.write(korean.replace("\t", " ") + "\t" + english.replace("\t", " ") + "\n")
    return paths


def measure(paths: list[Path], kind: str, size: int, folder: Path, section: int | None) -> dict:
    output = folder / f"out-{kind}-{size}-{'whole' if section == 0 else 'stream'}.jsonl"
    command = [sys.executable, "-m", "tqa", "check", *map(str, paths), "--fast", "-j", "1", "-o", str(output)]
    if kind == "parallel":
        command.append("--parallel")
    if section is not None:
        command += ["--section", str(section)]
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True,
                            env=dict(os.environ))
    wall = time.perf_counter() - started
    code, peak_kb = (int(x) for x in result.stdout.split())
    findings = sum(1 for _ in open(output, encoding="utf-8")) if output.exists() else None
    return {"kind": kind, "pairs": size, "mode": "whole" if section == 0 else "stream", "exit": code,
            "peak_mb": round(peak_kb / 1024), "wall_s": round(wall, 1),
            "ms_per_pair": round(wall * 1000 / size, 3), "findings": findings}


def compare(folder: Path, kind: str, size: int) -> dict | None:
    """Findings of the streamed run against the whole run of one input: identical for the
    pair-local rules (fingerprints included), by rule for the rules comparing pairs."""
    from collections import Counter

    from tqa.checks.registry import all_rules
    from tqa.parallel import is_local

    paths = [folder / f"out-{kind}-{size}-{mode}.jsonl" for mode in ("stream", "whole")]
    if not all(path.exists() for path in paths):
        return None
    local = {rule.code for rule in all_rules() if is_local(rule, True)}
    streamed, whole = ([json.loads(line) for line in open(path, encoding="utf-8")] for path in paths)
    same_local = [r for r in streamed if r["rule"] in local] == [r for r in whole if r["rule"] in local]
    key = lambda r: json.dumps({k: v for k, v in r.items() if k != "fingerprint"}, sort_keys=True)  # noqa: E731
    only_stream = Counter(key(r) for r in streamed) - Counter(key(r) for r in whole)
    only_whole = Counter(key(r) for r in whole) - Counter(key(r) for r in streamed)
    by_rule: Counter = Counter()
    for text, count in only_whole.items():
        by_rule[json.loads(text)["rule"] + " whole only"] += count
    for text, count in only_stream.items():
        by_rule[json.loads(text)["rule"] + " stream only"] += count
    return {"kind": kind, "pairs": size, "stream": len(streamed), "whole": len(whole),
            "local_identical": same_local, "differences": dict(sorted(by_rule.items()))}


def markdown(rows: list[dict], comparisons: list[dict] = ()) -> str:
    lines = ["# Peak memory of tqa check --fast on big inputs (streaming)", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
             "Inputs cycle the real pairs of every shared dev set (benchmarks/run.py's cycling). One fresh "
             "process per row: `tqa check INPUT --fast -j 1 -o out.jsonl` (TSV: one file; parallel: two text "
             "files with `--parallel`). *stream*: the default, sections of 20,000 pairs; *whole*: `--section 0`, "
             "the input read whole as before. Peak = the process's maximum resident set size; time includes "
             "start-up (about 2 s) and the checking read of the input; the machine's two cores were shared "
             "with other jobs, so wall times vary by tens of percent between rows (peak memory does not). "
             "An input of at most one section (10,000 pairs) is read whole in either mode. Time: the cycled "
             "input holds some 5,000 distinct pairs, which a run reads once per document (identical pairs are "
             "analysed once), so read whole it analyses them once and in sections once per section; on real "
             "input, where pairs rarely repeat, that difference is not there. Produced by "
             "`benchmarks/eval_stream_memory.py`.", "",
             "| input | pairs | mode | peak RSS (MB) | wall (s) | ms / pair | findings | exit |",
             "|---|---:|---|---:|---:|---:|---:|---:|"]
    for row in sorted(rows, key=lambda r: (r["kind"], r["mode"], r["pairs"])):
        lines.append(f"| {row['kind']} | {row['pairs']:,} | {row['mode']} | {row['peak_mb']:,} | {row['wall_s']} | "
                     f"{row['ms_per_pair']} | {row['findings'] if row['findings'] is not None else '–'} | "
                     f"{row['exit']} |")
    for kind in sorted({row["kind"] for row in rows}):
        streamed = {row["pairs"]: row["peak_mb"] for row in rows if row["kind"] == kind and row["mode"] == "stream"}
        if 100_000 in streamed and len(streamed) > 1:
            largest = max(streamed)
            if largest > 100_000:
                change = 100 * (streamed[largest] - streamed[100_000]) / streamed[100_000]
                lines += ["", f"{kind}: peak memory from 100,000 to {largest:,} pairs: "
                              f"{streamed[100_000]:,} → {streamed[largest]:,} MB ({change:+.1f} %)."]
    if comparisons:
        lines += ["", "## Findings: streamed against read whole", "",
                  "Same input, default sections against `--section 0`. Pair-local rules must agree exactly "
                  "(same findings, order and fingerprints); the rules comparing pairs see one section.", "",
                  "| input | pairs | findings stream / whole | pair-local rules identical | differences (rule: count) |",
                  "|---|---:|---|---|---|"]
        for c in comparisons:
            differences = ", ".join(f"{k}: {v}" for k, v in c["differences"].items()) or "none"
            lines.append(f"| {c['kind']} | {c['pairs']:,} | {c['stream']:,} / {c['whole']:,} | "
                         f"{'yes' if c['local_identical'] else 'NO'} | {differences} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--kinds", default="tsv,parallel")
    parser.add_argument("--whole", default="10000,100000", help="sizes also run with --section 0")
    parser.add_argument("--folder", default="/tmp/tqa-stream-memory")
    parser.add_argument("--report-only", action="store_true",
                        help="measure nothing: compare the outputs in --folder and rewrite the report")
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    store = RESULTS / "stream_memory.json"
    rows = json.loads(store.read_text()) if store.exists() else []
    compared = RESULTS / "stream_memory_findings.json"
    comparisons = json.loads(compared.read_text()) if compared.exists() else []
    whole = {int(x) for x in args.whole.split(",") if x}
    if args.report_only:
        for row in rows:
            found = compare(folder, row["kind"], row["pairs"])
            if found:
                comparisons = [c for c in comparisons if (c["kind"], c["pairs"]) != (row["kind"], row["pairs"])]
                comparisons.append(found)
        compared.write_text(json.dumps(comparisons, indent=1) + "\n")
        (RESULTS / "stream_memory.md").write_text(markdown(rows, comparisons))
        return 0
    for size in [int(x) for x in args.sizes.split(",") if x]:
        paths = build(folder, size)
        for kind in args.kinds.split(","):
            for section in ([None, 0] if size in whole else [None]):
                row = measure(paths[kind], kind, size, folder, section)
                rows = [r for r in rows if (r["kind"], r["pairs"], r["mode"]) != (kind, size, row["mode"])] + [row]
                store.write_text(json.dumps(rows, indent=1) + "\n")
                print(json.dumps(row), flush=True)
            found = compare(folder, kind, size)
            if found:
                comparisons = [c for c in comparisons if (c["kind"], c["pairs"]) != (kind, size)] + [found]
                compared.write_text(json.dumps(comparisons, indent=1) + "\n")
            (RESULTS / "stream_memory.md").write_text(markdown(rows, comparisons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
