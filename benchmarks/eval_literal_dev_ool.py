"""Evaluate the ``literal`` family on the out-of-lexicon development set; writes
``benchmarks/results/literal_dev_ool.md``.

The set, ``corpora/literal_dev_ool/pairs.tsv``, was written by the tuner of TQA311 (see its
README): a **tuning** set, never an independent figure. Every row goes through the public
API, ``check_pairs(pairs, Options(fast=True, select=["literal"]))`` (then, if the language
model is installed and ``--fast`` is not given, the default mode, which adds TQA320). A row
is *flagged* when it has a ``literal`` finding of severity minor or above; a finding belongs
to the row ``issue.source_segments[0]``. Rows are literal renderings, good renderings, near
misses (good rows whose note starts "image idiomatic in English") and plain-use controls
(note "literal use, no idiom"). In-lexicon is decided at run time, as on the independent set.

    python benchmarks/eval_literal_dev_ool.py            # fast + default mode
    python benchmarks/eval_literal_dev_ool.py --fast     # fast mode only
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEV_SET = ROOT / "corpora" / "literal_dev_ool" / "pairs.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "literal_dev_ool.md"
SERIOUS = {"critical", "major", "minor"}
NEAR_MISS = "image idiomatic in English"
CONTROL = "literal use, no idiom"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    from tqa.ko.expressions import default_lexicon

    lexicon = default_lexicon()
    for row in rows:
        row["in_lexicon"] = bool(lexicon.find(row["korean"]))
        note = row["note"]
        row["kind"] = ("literal" if row["label"] == "literal" else
                       "near miss" if note.startswith(NEAR_MISS) else
                       "control" if note.startswith(CONTROL) else "good")
    return rows


def run(rows: list[dict], fast: bool) -> tuple[list[set[str]], float, dict]:
    from tqa.pipeline import Options, check_pairs

    started = time.perf_counter()
    document = check_pairs([(row["korean"], row["english"]) for row in rows],
                           Options(fast=fast, select=["literal"]))
    seconds = time.perf_counter() - started
    flagged: list[set[str]] = [set() for _ in rows]
    for issue in document.issues:
        if issue.check == "literal" and issue.source_segments and issue.severity in SERIOUS:
            flagged[issue.source_segments[0]].add(issue.rule)
    return flagged, seconds, dict(document.skipped)


def rate(hits: int, total: int, percent: bool = False) -> str:
    if not total:
        return "–"
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if percent else f"{hits}/{total} = {hits / total:.2f}"


def section(rows: list[dict], flagged: list[set[str]], title: str, seconds: float) -> list[str]:
    def count(kind: str, rule: str | None = None) -> tuple[int, int]:
        chosen = [i for i, row in enumerate(rows) if row["kind"] == kind and not row["in_lexicon"]]
        return sum(1 for i in chosen if (flagged[i] if rule is None else rule in flagged[i])), len(chosen)

    lines = [f"## {title}", "", f"Seconds: {seconds:.0f}.", "",
             "| rows (out of the lexicon) | flagged |", "|---|---:|"]
    lines.append(f"| literal renderings (recall) | {rate(*count('literal'))} |")
    good = [count(kind) for kind in ("good", "near miss", "control")]
    lines.append(f"| good renderings, all | {rate(sum(g[0] for g in good), sum(g[1] for g in good), True)} |")
    for kind, (hits, total) in zip(("good (meaning)", "near misses", "plain-use controls"), good):
        lines.append(f"| {kind} | {rate(hits, total, True)} |")
    rules = sorted({rule for found in flagged for rule in found})
    if rules:
        lines += ["", "| rule | literal rows | good rows (all kinds) |", "|---|---:|---:|"]
        for rule in rules:
            literal = count("literal", rule)
            good = [count(kind, rule) for kind in ("good", "near miss", "control")]
            lines.append(f"| {rule} | {rate(*literal)} | {rate(sum(g[0] for g in good), sum(g[1] for g in good), True)} |")
    categories = Counter(row["category"] for row in rows if row["kind"] == "literal")
    lines += ["", "| category | recall | good rows flagged |", "|---|---:|---:|"]
    for category in sorted(categories):
        literal = [i for i, row in enumerate(rows) if row["kind"] == "literal" and row["category"] == category]
        good = [i for i, row in enumerate(rows) if row["kind"] != "literal" and row["category"] == category]
        lines.append(f"| {category} | {rate(sum(1 for i in literal if flagged[i]), len(literal))} | "
                     f"{rate(sum(1 for i in good if flagged[i]), len(good), True)} |")
    missed = [row["group"] for i, row in enumerate(rows) if row["kind"] == "literal" and not flagged[i]]
    wrong = [f"{row['group']} ({row['kind']}: {', '.join(sorted(flagged[i]))})"
             for i, row in enumerate(rows) if row["kind"] != "literal" and flagged[i]]
    lines += ["", f"Literal rows missed (groups): {', '.join(missed) or 'none'}.", "",
              f"Good rows flagged: {', '.join(wrong) or 'none'}.", ""]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="fast mode only (no TQA320 run)")
    parser.add_argument("--set", type=Path, default=DEV_SET)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not args.set.exists():
        print(f"skipped: {args.set} is absent")
        return 0
    rows = load(args.set)
    kinds = Counter(row["kind"] for row in rows)
    outside = sum(1 for row in rows if not row["in_lexicon"])
    lines = ["# Literal phrasing on the out-of-lexicon development set (TQA311 tuning)", "",
             f"Written by `benchmarks/eval_literal_dev_ool.py`. Set: `{args.set.relative_to(ROOT) if args.set.is_relative_to(ROOT) else args.set}` "
             f"({len(rows)} rows: {kinds['literal']} literal, {kinds['good']} good, {kinds['near miss']} near misses, "
             f"{kinds['control']} plain-use controls; {outside} out of the lexicon at run time).", "",
             "**A tuning set**, written by the tuner of TQA311: these figures say how the detector fits "
             "its author's idioms, not how it generalises (for that, see `literal_independent.md`). "
             "Figures count the rows out of the lexicon only.", ""]
    flagged, seconds, _ = run(rows, fast=True)
    lines += section(rows, flagged, "Fast mode (TQA300, TQA310, TQA311, TQA312)", seconds)
    if not args.fast:
        flagged, seconds, skipped = run(rows, fast=False)
        if "TQA320" in skipped:
            lines += ["## Default mode", "", f"Skipped: {skipped['TQA320']}", ""]
        else:
            lines += section(rows, flagged, "Default mode (models on: adds TQA320)", seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
