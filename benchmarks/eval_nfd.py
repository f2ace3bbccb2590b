"""NFC and NFD copies of every dev set give the same findings (issue 16).

Korean saved on macOS is often in Unicode NFD (decomposed jamo). tqa normalises every
text to NFC once, at reading, and keeps a map back to the file's own offsets. This script
writes an NFD copy of both sides of each shared dev set, checks the original and the copy
with ``tqa check --parallel --fast --format json`` (one run each, this repository's
``src/``), and compares:

- the findings: rule, segments, file lines and the span texts (NFC-normalised), in order;
- the offsets: every segment a finding of the NFD report names, cut out of the NFD *file*
  by its ``start``/``end``, must normalise to the segment's text (offsets point into the
  file as it is), and every span must cut its text out of its segment.

    python benchmarks/eval_nfd.py [--sets flores200-dev ud-pud] [--output results/nfd.md]

The data stay in ``../shared/data``; sets that are absent are skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from lockbox import DATA, SETS  # noqa: E402

RESULTS = BENCH / "results" / "nfd.md"


def check(source: Path, target: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-m", "tqa", "check", str(source), str(target), "--parallel", "--fast",
                          "--format", "json", "--fail-on", "never"], capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise SystemExit(f"tqa check failed on {source}: {run.stderr.strip()[-300:]}")
    return json.loads(run.stdout)


def finding_keys(report: dict) -> list[tuple]:
    keys = []
    for document in report["documents"]:
        for issue in document["issues"]:
            spans = tuple(unicodedata.normalize("NFC", (issue.get(side) or {}).get("text", ""))
                          for side in ("source_span", "target_span"))
            keys.append((issue["rule"], tuple(issue["source_segments"]), tuple(issue["target_segments"]),
                         issue.get("source_line"), issue.get("target_line")) + spans)
    return keys


def offset_problems(report: dict, source_text: str, target_text: str) -> tuple[int, int]:
    """(places checked, places that are off). A segment's ``start``/``end`` are offsets into
    the document as read (the file's own code points, NFD here): the file cut there must
    normalise to the segment's text. A span's offsets are into its segment's text (the
    report's contract), which must give the span's text."""
    checked = wrong = 0
    for document in report["documents"]:
        segments = {"source": {s["id"]: s for s in document["source_segments"]},
                    "target": {s["id"]: s for s in document["target_segments"]}}
        for issue in document["issues"]:
            for side, text in (("source", source_text), ("target", target_text)):
                for number in issue[f"{side}_segments"]:
                    segment = segments[side][number]
                    checked += 1
                    cut = text[segment["start"]:segment["end"]]
                    if unicodedata.normalize("NFC", cut).strip() != unicodedata.normalize("NFC", segment["text"]).strip():
                        wrong += 1
                span = issue.get(f"{side}_span")
                if span and len(issue[f"{side}_segments"]) == 1:
                    checked += 1
                    segment_text = segments[side][issue[f"{side}_segments"][0]]["text"]
                    if segment_text[span["start"]:span["end"]] != span["text"]:
                        wrong += 1
    return checked, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.sets:
            ko_path, en_path = (DATA / part for part in SETS[name])
            if not ko_path.exists() or not en_path.exists():
                print(f"{name}: not in {DATA}, skipped")
                continue
            copies = []
            for path, suffix in ((ko_path, "ko"), (en_path, "en")):
                text = path.read_text(encoding="utf-8")
                copy = Path(scratch) / f"{name}.nfd.{suffix}.txt"
                copy.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
                copies.append(copy)
            nfc_report = check(ko_path, en_path)
            nfd_report = check(*copies)
            nfc_keys, nfd_keys = finding_keys(nfc_report), finding_keys(nfd_report)
            ko_nfd = copies[0].read_text(encoding="utf-8")
            en_nfd = copies[1].read_text(encoding="utf-8")
            spans, wrong = offset_problems(nfd_report, ko_nfd, en_nfd)
            decomposed = sum(1 for a, b in zip(ko_path.read_text(encoding="utf-8"), ko_nfd) if a != b) > 0
            rows.append((name, len(nfc_keys), len(nfd_keys), nfc_keys == nfd_keys,
                         len(set(nfc_keys) ^ set(nfd_keys)), spans, wrong, decomposed))
            print(f"{name}: NFC {len(nfc_keys)} findings, NFD {len(nfd_keys)}, identical {nfc_keys == nfd_keys}, "
                  f"places {spans - wrong}/{spans} right")
    elapsed = time.perf_counter() - started
    lines = [
        "# NFC and NFD copies give the same findings",
        "",
        "Written by `benchmarks/eval_nfd.py`: each shared dev set checked as it is (NFC) and as an NFD copy "
        "of both sides (`tqa check --parallel --fast`), findings compared in order (rule, segments, file "
        "lines, NFC span texts); every segment a finding of the NFD report names, cut out of the NFD file "
        "by its offsets, must normalise to the segment's text, and every span must cut its text out of "
        f"its segment. {elapsed:.0f} s in all.",
        "",
        "| set | findings (NFC) | findings (NFD) | identical | differing | NFD places checked | places off |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    for name, nfc, nfd, same, differing, spans, wrong, _ in rows:
        lines.append(f"| {name} | {nfc} | {nfd} | {'yes' if same else 'NO'} | {differing} | {spans} | {wrong} |")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0 if all(same and not wrong for _, _, _, same, _, _, wrong, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
