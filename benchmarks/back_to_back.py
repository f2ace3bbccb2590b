"""Two trees and pofilter back to back on the 10,000 pairs of ``benchmarks/run.py``.

Each round runs, one right after the other, every tree's ``tqa check KO EN --parallel --fast
--format json -j 1`` (and with ``--select number,date``) as a new process
(``PYTHONPATH=TREE/src``), then pofilter (all tests, and ``-t numbers``) on the same pairs as a
PO file; it prints wall and process CPU time (user + system, ``wait4``) of each run and each
tree's ratios to the pofilter run of its round. The reports of the trees are compared byte by
byte (the ``run`` block, which holds the signature, left out).

    python benchmarks/back_to_back.py --tree before=/tmp/base --tree after=. --rounds 3

The machine may be shared: read the ratios of one round, and CPU before wall.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import cycled_pairs, load_sets, pofilter_command, timed_run, write_parallel, write_po  # noqa: E402

MODES = {"fast": None, "select": "number,date"}
POFILTER_TEST = {"fast": None, "select": "numbers"}


def tqa_command(tree: Path, ko: Path, en: Path, output: Path, select: str | None) -> list[str]:
    command = [sys.executable, "-m", "tqa", "check", str(ko), str(en), "--parallel", "--fast",
               "--format", "json", "-o", str(output), "--fail-on", "never", "-j", "1"]
    if select:
        command += ["--select", select]
    return command


def report_body(path: Path) -> bytes:
    """The report without its ``run`` block (signature and settings)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("run", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", required=True, metavar="NAME=PATH")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--modes", default="fast,select", help="fast, select or both (comma-separated)")
    args = parser.parse_args(argv)
    trees = dict(entry.split("=", 1) for entry in args.tree)
    trees = {name: Path(path).resolve() for name, path in trees.items()}
    modes = [mode for mode in args.modes.split(",") if mode]
    sets = load_sets()
    if not sets:
        print("no shared data found", file=sys.stderr)
        return 1
    pairs = cycled_pairs(sets, args.pairs)
    table: dict[tuple[str, str], list] = {}
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        ko, en = write_parallel(pairs, folder, "cycled")
        po = write_po(pairs, folder / "cycled.po")
        for round_number in range(1, args.rounds + 1):
            load = os.getloadavg()[0]
            print(f"round {round_number} (load {load:.1f})", flush=True)
            for mode in modes:
                reports = {}
                for name, tree in trees.items():
                    output = folder / f"{name}-{mode}.json"
                    env_path = str(tree / "src")
                    previous = os.environ.get("PYTHONPATH")
                    os.environ["PYTHONPATH"] = env_path
                    try:
                        run = timed_run(f"{name} {mode}", tqa_command(tree, ko, en, output, MODES[mode]), len(pairs))
                    finally:
                        if previous is None:
                            os.environ.pop("PYTHONPATH", None)
                        else:
                            os.environ["PYTHONPATH"] = previous
                    reports[name] = report_body(output) if run.ok else b""
                    table.setdefault((name, mode), []).append(run)
                pofilter = timed_run(f"pofilter {mode}", pofilter_command(po, folder / "pofilter.po", POFILTER_TEST[mode]),
                                     len(pairs))
                table.setdefault(("pofilter", mode), []).append(pofilter)
                names = list(reports)
                same = all(reports[name] == reports[names[0]] for name in names)
                print(f"  reports identical across trees: {same} ({len(reports[names[0]]):,} bytes)", flush=True)
                for name in names:
                    run = table[(name, mode)][-1]
                    print(f"  {name} {mode}: CPU {run.cpu:.2f} s = {run.cpu / pofilter.cpu:.2f}× pofilter "
                          f"({pofilter.cpu:.2f}); wall {run.wall:.2f} s = {run.wall / pofilter.wall:.2f}× "
                          f"({pofilter.wall:.2f})", flush=True)
    print("\nmedians over the rounds (ratio of each round, then the median):")
    for mode in modes:
        for name in trees:
            runs, peers = table[(name, mode)], table[("pofilter", mode)]
            cpu = statistics.median(run.cpu / peer.cpu for run, peer in zip(runs, peers))
            wall = statistics.median(run.wall / peer.wall for run, peer in zip(runs, peers))
            print(f"| {name} | {mode} | CPU {' / '.join(f'{r.cpu:.2f}' for r in runs)} | pofilter "
                  f"{' / '.join(f'{p.cpu:.2f}' for p in peers)} | ×{cpu:.2f} CPU | ×{wall:.2f} wall |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
