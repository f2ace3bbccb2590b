"""Glossary checks against glossary size: 1,000 to 50,000 entries (issue 16).

200 real pairs (NTREX-128, the first 200 lines) are checked with the glossary rules only
(``--select TQA230,TQA231``, ``--fast``, in this process, back to back) and a generated
glossary of 1,000, 5,000, 10,000 and 50,000 entries. The entries are made by a seeded
procedure: Hangul terms of two to four syllables with made-up English renderings, plus
100 Korean words taken from the pairs themselves (so that the rules find and judge terms,
as with a real termbase). Each size is timed as load + check, best of ``--runs``.

Linear (or better) means the time per 1,000 entries does not grow with the size: the
table gives the time above the no-glossary run per 1,000 entries and its ratio to the
1,000-entry glossary's. The glossary is built once per run (one term index), so the check
itself hardly grows; loading and indexing grow with the entries.

    python benchmarks/eval_glossary_scale.py [--runs 3] [--output results/glossary_scale.md]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(BENCH))

from lockbox import DATA, SETS  # noqa: E402

RESULTS = BENCH / "results" / "glossary_scale.md"
SIZES = (1_000, 5_000, 10_000, 50_000)
PAIRS = 200


def hangul_term(rng: random.Random) -> str:
    return "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(rng.randint(2, 4)))


def english_term(rng: random.Random) -> str:
    return " ".join("".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 3)))
                    for _ in range(rng.randint(1, 2)))


def write_glossary(path: Path, size: int, real_words: list[str], seed: int = 7) -> None:
    rng = random.Random(seed)
    terms = dict.fromkeys(real_words[:100])
    while len(terms) < size:
        terms.setdefault(hangul_term(rng))
    lines = ["source\ttarget"] + [f"{term}\t{english_term(rng)}" for term in terms]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    ko_path, en_path = (DATA / part for part in SETS["ntrex128"])
    if not ko_path.exists():
        print(f"the shared data ({DATA}) are absent: nothing measured")
        return 0
    from tqa.pipeline import Options, check_pairs

    korean = ko_path.read_text(encoding="utf-8").splitlines()[:PAIRS]
    english = en_path.read_text(encoding="utf-8").splitlines()[:PAIRS]
    pairs = list(zip(korean, english))
    # Korean words of the pairs (a space-separated word without its last syllable, the
    # usual particle): real terms the rules will find
    real_words = sorted({word[:-1] for line in korean for word in line.split() if len(word) >= 3
                         and all("가" <= ch <= "힣" for ch in word)})
    random.Random(3).shuffle(real_words)

    def timed(glossaries: list[str]) -> tuple[float, int]:
        best, found = float("inf"), 0
        for _ in range(args.runs):
            started = time.perf_counter()
            document = check_pairs(pairs, Options(fast=True, select=["TQA230", "TQA231"], glossaries=glossaries))
            best = min(best, time.perf_counter() - started)
            found = len(document.issues)
        return best, found

    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        timed([])  # the analyser and the rules load outside the timing
        base, _ = timed([])
        print(f"no glossary: {base:.3f} s")
        first = None
        for size in SIZES:
            path = Path(scratch) / f"glossary-{size}.tsv"
            write_glossary(path, size, real_words)
            seconds, found = timed([str(path)])
            per_thousand = max(seconds - base, 1e-9) / (size / 1000)
            first = first or per_thousand
            rows.append((size, seconds, found, per_thousand, per_thousand / first))
            print(f"{size} entries: {seconds:.3f} s, {found} findings, {per_thousand * 1000:.1f} ms per 1,000 entries")
    lines = [
        "# Glossary checks against glossary size",
        "",
        f"Written by `benchmarks/eval_glossary_scale.py`: {PAIRS} NTREX-128 pairs, `--select TQA230,TQA231 --fast`, "
        "in one process, load + check, best of the runs; generated glossaries (seeded), 100 of their entries "
        f"Korean words of the pairs. No glossary: {base:.3f} s.",
        "",
        "| entries | seconds | findings | ms above no glossary per 1,000 entries | ratio to 1,000 |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size, seconds, found, per_thousand, ratio in rows:
        lines.append(f"| {size:,} | {seconds:.3f} | {found} | {per_thousand * 1000:.1f} | {ratio:.2f} |")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
