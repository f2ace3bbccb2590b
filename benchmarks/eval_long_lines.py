"""Sentence splitting time over line length: linear from 10 KB to 1 MB (issue 16).

One line of 10 KB, 100 KB and 1 MB (UTF-8) is built by joining real sentences of the
shared dev sets (FLORES-200 dev and NTREX-128, English and Korean, cycled) with a space,
as a paragraph with no line breaks would arrive. Each is split by tqa's splitters
(``tqa.en.sentences.sentence_spans``, ``tqa.segment.korean_sentence_spans``; the Korean one
runs the analyser over the line), best of ``--runs``. Linear means the time per KB stays
the same: the table gives it and its ratio to the 10 KB line's. The splitter of before
(``tests/reference/``, rescanning the line prefix at every boundary candidate) is timed
on the 10 KB and 100 KB lines for comparison.

    python benchmarks/eval_long_lines.py [--runs 3] [--output results/long_lines.md]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from itertools import cycle
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(BENCH))

from lockbox import DATA, SETS  # noqa: E402

RESULTS = BENCH / "results" / "long_lines.md"
SIZES_KB = (10, 100, 1000)


def _reference(name: str):
    spec = importlib.util.spec_from_file_location(f"reference_{name}", ROOT / "tests" / "reference" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sentences(side: int) -> list[str]:
    found = []
    for name in ("flores200-dev", "ntrex128"):
        path = DATA / SETS[name][side]
        if path.exists():
            found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def long_line(pool: list[str], kilobytes: int, run: int = 0) -> str:
    """Sentences of ``pool`` joined to ``kilobytes``, each with a label of its own
    (R0K10-3:) so that no sentence or piece repeats, within a line or across runs: the
    splitters' memos would otherwise answer."""
    parts, size = [], 0
    for number, sentence in enumerate(cycle(pool)):
        sentence = f"R{run}K{kilobytes}-{number}: {sentence}"
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
        if size >= kilobytes * 1000:
            return " ".join(parts)
    raise AssertionError("unreachable")


def best_time(function, pool: list[str], kilobytes: int, runs: int, first_run: int = 0) -> tuple[float, int]:
    """Best time of ``runs`` calls, each on a line of its own (see :func:`long_line`)."""
    best, count = float("inf"), 0
    for run in range(first_run, first_run + runs):
        fresh = long_line(pool, kilobytes, run)
        started = time.perf_counter()
        count = len(function(fresh))
        best = min(best, time.perf_counter() - started)
    return best, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    from tqa.en.sentences import sentence_spans
    from tqa.segment import korean_sentence_spans

    english, korean = sentences(1), sentences(0)
    if not english or not korean:
        print(f"the shared data ({DATA}) are absent: nothing measured")
        return 0
    korean_sentence_spans("준비 운동이다. 시작한다.")  # the analyser loads outside the timing
    old_english = _reference("en_sentences_v0")
    rows = []
    for language, pool, splitter, old in (("English", english, sentence_spans, old_english.sentence_spans),
                                          ("Korean", korean, korean_sentence_spans, None)):
        first = None
        for kilobytes in SIZES_KB:
            seconds, count = best_time(splitter, pool, kilobytes, args.runs if kilobytes < 1000 else 1)
            per_kb = seconds / kilobytes
            first = first or per_kb
            before = ""
            if old is not None and kilobytes <= 100:
                old_seconds, _ = best_time(old, pool, kilobytes, 1, first_run=100)
                before = f"{old_seconds:.2f}"
            rows.append((language, kilobytes, count, seconds, per_kb * 1000, per_kb / first, before))
            print(f"{language} {kilobytes} KB: {count} sentences in {seconds:.3f} s ({per_kb * 1000:.2f} ms/KB)")
    lines = [
        "# Sentence splitting over line length",
        "",
        "Written by `benchmarks/eval_long_lines.py`: one line of real dev-set sentences (FLORES-200 dev, "
        "NTREX-128) joined to 10 KB, 100 KB and 1 MB, split by tqa's splitters; best of the runs (one run "
        "at 1 MB). Linear: ms per KB constant (the ratio column is against the 10 KB line). "
        "\"before\" is the old English splitter (`tests/reference/en_sentences_v0.py`) on the same line.",
        "",
        "| language | line | sentences | seconds | ms per KB | ratio to 10 KB | before (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for language, kilobytes, count, seconds, ms_per_kb, ratio, before in rows:
        lines.append(f"| {language} | {kilobytes} KB | {count} | {seconds:.3f} | {ms_per_kb:.2f} | {ratio:.2f} | "
                     f"{before or '–'} |")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
