"""Snapshot every finding tqa reports on the demo and on the shared dev sets, and compare
two snapshots: the check that a refactor changed no finding.

    python benchmarks/findings_snapshot.py write  SNAPSHOT_DIR [--fast-only]
    python benchmarks/findings_snapshot.py compare OLD_DIR NEW_DIR

`write` runs ``tqa check`` (the installed command, so a git worktree can snapshot its
own code with ``PYTHONPATH=src``) on the demo article (aligned) and on each set of
``../shared/data`` (``--parallel``), in ``--fast`` and in the default mode, and keeps
each report's findings without the run-dependent fields (tool version, signature).
`compare` prints, per input, the findings only one side has. Sets that are absent are
skipped with a message. ``TQA_SHARED_DATA`` points at another data folder (e.g. one holding
the first lines of each set, for a quicker comparison); ``--default-only`` skips ``--fast``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TQA_SHARED_DATA", ROOT.parent / "shared" / "data"))

SETS = {
    "flores200-dev": ("flores200-dev/kor_Hang.dev", "flores200-dev/eng_Latn.dev"),
    "ntrex128": ("ntrex128/newstest2019-ref.kor.txt", "ntrex128/newstest2019-src.eng.txt"),
    "park-news-dev": ("park-news-dev/korean-english-park.dev.ko", "park-news-dev/korean-english-park.dev.en"),
    "ud-pud": ("ud-pud/pud.ko", "ud-pud/pud.en"),
    "jhe-dev": ("jhe-dev/jhe-koen-dev.ko", "jhe-dev/jhe-koen-dev.en"),
}


def _inputs():
    demo = ROOT / "corpora" / "demo"
    yield "demo", [str(demo / "article.ko.txt"), str(demo / "article.en.txt")], []
    for name, (ko, en) in SETS.items():
        if not (DATA / ko).exists():
            print(f"skipped {name}: {DATA / ko} is absent", file=sys.stderr)
            continue
        yield name, [str(DATA / ko), str(DATA / en)], ["--parallel"]


def _findings(report: dict) -> list[dict]:
    rows = []
    for document in report["documents"]:
        for issue in document["issues"]:
            rows.append({key: issue.get(key) for key in (
                "rule", "severity", "source_segments", "target_segments", "source_span", "target_span",
                "message", "suggestion")})
    return rows


def write(folder: Path, fast_only: bool, default_only: bool = False) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    tqa = [sys.executable, "-m", "tqa"]
    for name, paths, extra in _inputs():
        for mode in (["--fast"] if fast_only else ["default"] if default_only else ["--fast", "default"]):
            flags = ["--fast"] if mode == "--fast" else []
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "report.json"
                command = tqa + ["check", *paths, *extra, *flags, "--format", "json", "-o", str(out),
                                 "--fail-on", "never"]
                result = subprocess.run(command, capture_output=True, text=True)
                if result.returncode != 0:
                    print(f"{name} {mode}: exit {result.returncode}: {result.stderr.strip()[:300]}", file=sys.stderr)
                    return 1
                rows = _findings(json.loads(out.read_text(encoding="utf-8")))
            target = folder / f"{name}.{mode.strip('-')}.json"
            target.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{name} {mode}: {len(rows)} findings")
    return 0


def compare(old: Path, new: Path) -> int:
    differences = 0
    for old_file in sorted(old.glob("*.json")):
        new_file = new / old_file.name
        if not new_file.exists():
            print(f"{old_file.name}: missing in {new}")
            differences += 1
            continue
        before = [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in json.loads(old_file.read_text())]
        after = [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in json.loads(new_file.read_text())]
        gone = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        print(f"{old_file.name}: {len(before)} -> {len(after)} findings, {len(gone)} gone, {len(added)} new")
        for row in gone:
            print(f"  - {row}")
        for row in added:
            print(f"  + {row}")
        differences += len(gone) + len(added)
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    writer = commands.add_parser("write")
    writer.add_argument("folder", type=Path)
    writer.add_argument("--fast-only", action="store_true")
    writer.add_argument("--default-only", action="store_true",
                        help="the default mode only (e.g. to compare TQA_E5_PRECISION settings)")
    comparer = commands.add_parser("compare")
    comparer.add_argument("old", type=Path)
    comparer.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.folder, args.fast_only, args.default_only)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
