"""Throughput over more than one core: ``tqa check -j 1`` vs ``-j 2`` back to back, vs
translate-toolkit's ``pofilter``, and Dask with 1 vs 2 local workers; results in
``benchmarks/results/scale.md``.

The pairs are those of ``benchmarks/run.py`` (the shared dev sets cycled to the size
asked). Every figure that matters is a *ratio* of two runs made one right after the
other: the machine is shared (other jobs load it), so absolute times vary from run to
run by more than the differences measured.

    python benchmarks/eval_scale.py                   # 10,000 pairs
    python benchmarks/eval_scale.py --pairs 2000 --documents 20
    python benchmarks/eval_scale.py --no-dask

Runs:
1. one document of N pairs (``--parallel --fast``): -j 1, -j 2, pofilter (all tests);
   the two tqa reports compared byte for byte;
2. the same pairs as D documents (a folder): -j 1 and -j 2;
3. ``--select number,date`` -j 1 vs ``pofilter -t numbers``;
4. Dask: the D documents on a LocalCluster of 1, then 2 worker processes (each warmed
   first), and the scheduler's overhead per task (empty tasks), for an extrapolation.
Peak memory: the parent's and each worker's (VmHWM of the processes, sampled).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run as bench  # noqa: E402

RESULT = BENCH / "results" / "scale.md"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """The process's own CPU seconds so far (user + system)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def timed(label: str, command: list[str], pairs: int) -> dict:
    """Wall time, CPU time (with the workers'), the parent's and the largest worker's peak memory."""
    print(f"  {label} …", end="", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=bench.ROOT)
    workers: dict[int, float] = {}
    worker_cpu: dict[int, float] = {}
    parent = parent_cpu = 0.0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        parent = max(parent, _hwm_mb(process.pid))
        parent_cpu = max(parent_cpu, _cpu(process.pid))
        for child in _children(process.pid):
            workers[child] = max(workers.get(child, 0.0), _hwm_mb(child))
            worker_cpu[child] = max(worker_cpu.get(child, 0.0), _cpu(child))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    error = "" if code in (0, 1) else process.stderr.read().decode("utf-8", "replace").strip()[-300:]
    print(f" {wall:.1f} s" + (f" ({error})" if error else ""), flush=True)
    return {"label": label, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "pairs": pairs,
            "parent_mb": parent or usage.ru_maxrss / 1024,
            "worker_mb": max(workers.values(), default=0.0), "workers": len(workers), "error": error,
            # the busiest process's CPU time: the wall time on as many free cores as processes
            "critical": max([parent_cpu, *worker_cpu.values()]) if worker_cpu else usage.ru_utime + usage.ru_stime}


def tqa(inputs: list[str], output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tqa", "check", *inputs, "--parallel", "--fast", "--format", "json",
            "-o", str(output), "--fail-on", "never", *extra]


def dask_runs(folder: Path, pairs: int) -> list[dict]:
    """The folder's documents on 1 then 2 local Dask workers (warm), and the per-task overhead."""
    from distributed import Client, LocalCluster

    from tqa.cli import _folder_pairs
    from tqa.distributed import check_on_dask
    from tqa.io import is_bilingual
    from tqa.pipeline import Options

    inputs = _folder_pairs(folder, is_bilingual)
    options = Options(parallel=True, segmented=True, fast=True)
    rows = []
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            check_on_dask(client, inputs[:workers], options)  # warm every worker
            print(f"  dask, {workers} worker(s) …", end="", flush=True)
            started = time.perf_counter()
            documents = check_on_dask(client, inputs, options)
            wall = time.perf_counter() - started
            print(f" {wall:.1f} s", flush=True)
            started = time.perf_counter()
            client.gather(client.map(lambda x: x, range(1000), pure=False))
            overhead = (time.perf_counter() - started) / 1000
            rows.append({"label": f"dask, {workers} local worker(s), {len(inputs)} documents", "wall": wall,
                         "pairs": pairs, "issues": sum(len(d.issues) for d in documents),
                         "task_overhead": overhead, "documents": len(inputs)})
    return rows


def markdown(rows: dict, dask: list[dict], pairs: int, documents: int, identical: dict) -> str:
    def ratio(a: str, b: str) -> str:
        if rows.get(a, {}).get("error") or rows.get(b, {}).get("error") or a not in rows or b not in rows:
            return "n/a"
        return (f"{rows[a]['wall'] / rows[b]['wall']:.2f}× (CPU {rows[a]['cpu'] / rows[b]['cpu']:.2f}×)"
                if rows[b]["cpu"] else f"{rows[a]['wall'] / rows[b]['wall']:.2f}×")

    lines = ["# Throughput over cores and a cluster (`benchmarks/eval_scale.py`)", "",
             f"{pairs:,} pairs: the shared dev sets cycled (as `benchmarks/run.py`), `--fast`. "
             f"Runs back to back on a 2-core machine **shared with other jobs** (load average "
             f"{os.getloadavg()[0]:.1f} at the end): read the ratios, not the seconds.", "",
             "The machine schedules by session (autogroup): a run's worker processes share the CPU "
             "share of its session, so while other jobs saturate the cores `-j 2` cannot show a wall-time "
             "gain. *Busiest process CPU s* (the parent's or one worker's own CPU time, sampled) is what "
             "the wall time would be with a free core per process.", "",
             "| run | wall s | CPU s (all processes) | busiest process CPU s | pairs/s | parent peak MB | "
             "largest worker peak MB |", "|---|---|---|---|---|---|---|"]
    for row in rows.values():
        lines.append(f"| {row['label']} | {row['wall']:.1f} | {row['cpu']:.1f} | {row['critical']:.1f} | "
                     f"{row['pairs'] / row['wall']:,.0f} | "
                     f"{row['parent_mb']:.0f} | {row['worker_mb']:.0f} |" if not row["error"] else
                     f"| {row['label']} | failed: {row['error']} | | | | | |")
    def busiest(a: str, b: str) -> str:
        if a not in rows or b not in rows or rows[a].get("error") or rows[b].get("error"):
            return "n/a"
        return f"{rows[b]['critical'] / rows[a]['critical']:.2f}×"

    lines += ["", "Expected speed-up with a free core per process (CPU of -j 1 / busiest process of -j 2): "
              f"one document {busiest('doc_j2', 'doc_j1')}, {documents} documents {busiest('files_j2', 'files_j1')}.",
              "", "Ratios of wall time (and of CPU time, workers included: steadier on a loaded "
              "machine, but -j N spends more CPU than it saves wall time), lower is faster for the first:", "",
              f"- one document: `-j 2` / `-j 1` = {ratio('doc_j2', 'doc_j1')}; "
              f"`-j 1` / pofilter = {ratio('doc_j1', 'pofilter')}; `-j 2` / pofilter = {ratio('doc_j2', 'pofilter')}",
              f"- {documents} documents: `-j 2` / `-j 1` = {ratio('files_j2', 'files_j1')}; "
              f"`-j 2` / pofilter (same pairs) = {ratio('files_j2', 'pofilter')}",
              f"- `--select number,date` / `pofilter -t numbers` = {ratio('numbers', 'pofilter_numbers')}",
              f"- reports of -j 2 and -j 1 byte-identical: one document {identical.get('doc')}, "
              f"{documents} documents {identical.get('files')}", ""]
    if dask:
        one, two = dask[0], dask[-1]
        per_worker = one["pairs"] / one["wall"]
        lines += ["## Dask, LocalCluster (processes)", "", "| run | wall s | pairs/s | findings | scheduler s/task |",
                  "|---|---|---|---|---|"]
        for row in dask:
            lines.append(f"| {row['label']} | {row['wall']:.1f} | {row['pairs'] / row['wall']:,.0f} | "
                         f"{row['issues']} | {row['task_overhead'] * 1000:.1f} ms |")
        speedup = one["wall"] / two["wall"]
        overhead = one["task_overhead"]
        lines += ["", f"2 workers / 1 worker: {speedup:.2f}× the throughput (same findings: "
                      f"{'yes' if one['issues'] == two['issues'] else 'NO'}; two workers on two shared cores).", "",
                  "Extrapolation (one task per document; the scheduler hands out tasks while workers run): "
                  f"N workers take about `documents × max({one['pairs'] / one['documents'] / per_worker:.2f} s / N, "
                  f"{overhead * 1000:.1f} ms)`, from the per-worker rate measured with 1 worker and the "
                  "scheduler's time per task (1,000 empty tasks): one scheduler keeps up with about "
                  f"{int(one['pairs'] / one['documents'] / per_worker / overhead):,} workers on "
                  f"{one['pairs'] // one['documents']}-pair documents, ten times as many on documents ten "
                  "times as long (or with tasks of several documents).", ""]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args(argv)
    sets = bench.load_sets()
    if not sets:
        print(f"no shared data at {bench.DATA}: nothing measured")
        return 0
    pairs = bench.cycled_pairs(sets, args.pairs)
    rows: dict[str, dict] = {}
    identical = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        ko, en = bench.write_parallel(pairs, folder, "cycled")
        po = bench.write_po(pairs, folder / "cycled.po")
        archive = folder / "archive"
        archive.mkdir()
        size = -(-len(pairs) // args.documents)
        for number in range(args.documents):
            bench.write_parallel(pairs[number * size:(number + 1) * size], archive, f"doc{number:05d}")
        n = f"{len(pairs):,} pairs"
        rows["doc_j1"] = timed(f"tqa -j 1, one document of {n}", tqa([str(ko), str(en)], folder / "j1.json", "-j", "1"),
                               len(pairs))
        rows["doc_j2"] = timed(f"tqa -j 2, one document of {n}", tqa([str(ko), str(en)], folder / "j2.json", "-j", "2"),
                               len(pairs))
        rows["pofilter"] = timed(f"pofilter, all tests, {n}", bench.pofilter_command(po, folder / "out.po"), len(pairs))
        identical["doc"] = (folder / "j1.json").read_bytes() == (folder / "j2.json").read_bytes()
        rows["files_j1"] = timed(f"tqa -j 1, {args.documents} documents, {n}",
                                 tqa([str(archive)], folder / "f1.json", "-j", "1"), len(pairs))
        rows["files_j2"] = timed(f"tqa -j 2, {args.documents} documents, {n}",
                                 tqa([str(archive)], folder / "f2.json", "-j", "2"), len(pairs))
        identical["files"] = (folder / "f1.json").read_bytes() == (folder / "f2.json").read_bytes()
        rows["numbers"] = timed(f"tqa --select number,date, {n}",
                                tqa([str(ko), str(en)], folder / "n.json", "--select", "number,date"), len(pairs))
        rows["pofilter_numbers"] = timed(f"pofilter -t numbers, {n}",
                                         bench.pofilter_command(po, folder / "outn.po", "numbers"), len(pairs))
        dask = []
        if not args.no_dask:
            try:
                dask = dask_runs(archive, len(pairs))
            except ImportError:
                print("  dask not installed: skipped (pip install 'tqa[dask]')")
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(markdown(rows, dask, len(pairs), args.documents, identical), encoding="utf-8")
    print(f"wrote {RESULT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
