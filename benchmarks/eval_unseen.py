"""The unseen set: false alarms and recall on text written by someone who had not read the
rules (``corpora/unseen_eval/``, see its README for how it was written).

The set is a lock box of its own: no rule, list or threshold is chosen by looking at it.
It is read only to report, the way the outside evaluation reads tqa, so that the figures here
say what the dev-set ledger cannot (the dev sets were studied while the rules were written).

- **Clean documents** (``clean.tsv``: doc, line, domain, ko, en; every pair correct). Each
  document is written as ``DOC.ko.txt`` / ``DOC.en.txt`` into one folder and checked in one
  run, ``tqa check FOLDER --parallel --format json`` (default mode, models on; ``--fast``
  to compare). Every finding of severity minor or above is joined with its label in
  ``benchmarks/ledger/unseen.tsv`` (doc, line, rule, source_span, target_span, label, why;
  labels as in ``benchmarks/ledger/README.md``). Figures: findings, true / false /
  debatable / unlabelled, false alarms per 100 pairs, per family and rule.
- **Injected errors** (``errors.tsv``: id, class, ko, en_wrong, en_right, note; one error
  per wrong English). Each pair is a document of its own, once with the wrong English and
  once with the right one, all in one run. Recall per class = wrong pairs with a finding of
  minor or above in the class's families; "any" recall counts a finding of any family; the
  right renderings give false alarms per 100 pairs.

Writes ``benchmarks/results/unseen.md`` (figures, document ids, rule codes, causes: no text
of the set). Skips with a message when the set is absent.

    python benchmarks/eval_unseen.py                   # default mode
    python benchmarks/eval_unseen.py --fast            # models off
    python benchmarks/eval_unseen.py --add-unlabelled  # append unlabelled clean findings to the ledger
    python benchmarks/eval_unseen.py --reports DIR [--reuse]
    python benchmarks/eval_unseen.py --fast --select name   # one family's rules only (regressions)
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SET = ROOT / "corpora" / "unseen_eval"
LEDGER = BENCH / "ledger" / "unseen.tsv"
RESULTS = BENCH / "results" / "unseen.md"
SEVERE = {"minor", "major", "critical"}

sys.path.insert(0, str(BENCH))
from results_file import write_keeping_notes  # noqa: E402
LEDGER_COLUMNS = ["doc", "line", "rule", "source_span", "target_span", "label", "why"]

#: the families that count as catching each injected class
CLASS_FAMILIES = {
    "number_scale": {"number"}, "number_value": {"number", "date"}, "ordinal": {"number"},
    "unit": {"number", "date"}, "date": {"date"}, "time": {"date", "number"},
    "name_inconsistent": {"name"}, "negation_flip": {"meaning"}, "direction_flip": {"meaning"},
    # a figure or name left out or added is reported by the number, date and name rules
    "omission": {"omission", "number", "date", "name"}, "addition": {"addition", "number", "date"},
    "literal_idiom": {"literal"},
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def family_of(rule: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from tqa.checks.codes import RULE_CODES
    return RULE_CODES.get(rule, ("?", ""))[0]


def run_tqa(folder: Path, report: Path, fast: bool, select: str = "") -> float:
    command = [sys.executable, "-m", "tqa", "check", str(folder), "--parallel", "--format", "json",
               "-o", str(report)] + (["--fast"] if fast else []) + (["--select", select] if select else [])
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    started = time.perf_counter()
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"tqa failed ({result.returncode}): {result.stderr.strip()[:500]}")
    return time.perf_counter() - started


def write_documents(folder: Path, documents: dict[str, list[tuple[str, str]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, pairs in documents.items():
        (folder / f"{name}.ko.txt").write_text("".join(ko + "\n" for ko, _ in pairs), encoding="utf-8")
        (folder / f"{name}.en.txt").write_text("".join(en + "\n" for _, en in pairs), encoding="utf-8")


def findings(report: Path) -> dict[str, list[dict]]:
    """Document name (the file stem before .ko) → its findings of minor or above."""
    found: dict[str, list[dict]] = {}
    for document in json.loads(report.read_text(encoding="utf-8"))["documents"]:
        name = Path(document["source_path"]).name.split(".ko.")[0]
        found[name] = [issue for issue in document["issues"] if issue["severity"] in SEVERE]
    return found


def span_text(issue: dict, side: str) -> str:
    span = issue.get(f"{side}_span")
    return (span or {}).get("text", "").replace("\t", " ").replace("\n", " ")


def read_ledger() -> dict[tuple, dict[str, str]]:
    if not LEDGER.exists():
        return {}
    return {(row["doc"], row["line"], row["rule"], row["source_span"], row["target_span"]): row
            for row in read_tsv(LEDGER)}


def clean_figures(clean: list[dict[str, str]], found: dict[str, list[dict]], add_unlabelled: bool) -> list[str]:
    ledger = read_ledger()
    pairs = len(clean)
    rows, unlabelled = [], []
    for doc, issues in sorted(found.items()):
        for issue in issues:
            key = (doc, str(issue.get("source_line") or issue.get("target_line") or ""), issue["rule"],
                   span_text(issue, "source"), span_text(issue, "target"))
            label = ledger.get(key, {}).get("label", "")
            rows.append((key, label or "unl.", ledger.get(key, {}).get("why", "")))
            if not label and key not in {u for u in unlabelled}:
                unlabelled.append(key)
    if add_unlabelled and unlabelled:
        new = not LEDGER.exists()
        with LEDGER.open("a", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
            if new:
                writer.writerow(LEDGER_COLUMNS)
            for key in unlabelled:
                if key not in ledger:
                    writer.writerow(list(key) + ["", ""])
        print(f"{len(unlabelled)} unlabelled findings appended to {LEDGER}")
    counts = Counter(label for _, label, _ in rows)
    false = counts["false"]
    lines = ["## Clean documents", "",
             f"{pairs} pairs in {len({r['doc'] for r in clean})} documents "
             f"({', '.join(f'{d} {n}' for d, n in sorted(Counter(r['domain'] for r in clean).items()))}).", "",
             "| pairs | findings | true | false | debatable | unl. | FA/100 | FA+deb./100 | precision |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    precision = counts["true"] / (counts["true"] + false) if counts["true"] + false else float("nan")
    lines.append(f"| {pairs} | {len(rows)} | {counts['true']} | {false} | {counts['debatable']} | {counts['unl.']} | "
                 f"{100 * false / pairs:.2f} | {100 * (false + counts['debatable']) / pairs:.2f} | "
                 f"{'–' if precision != precision else f'{precision:.2f}'} |")
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for key, label, _ in rows:
        by_rule[key[2]][label] += 1
    if by_rule:
        lines += ["", "| rule | family | findings | true | false | debatable | unl. |", "|---|---|---:|---:|---:|---:|---:|"]
        for rule, count in sorted(by_rule.items()):
            lines.append(f"| {rule} | {family_of(rule)} | {sum(count.values())} | {count['true']} | {count['false']} | "
                         f"{count['debatable']} | {count['unl.']} |")
        lines += ["", "Every finding (document, line, rule, label, cause):", ""]
        for key, label, why in sorted(rows):
            cause = why.split("]")[0] + "]" if why.startswith("[") else ""
            lines.append(f"- {key[0]} line {key[1]} {key[2]}: {label} {cause}".rstrip())
    return lines


def on_last_line(issues: list[dict], lines: int) -> list[dict]:
    """The findings that name the document's last line (the inserted error pair)."""
    return [issue for issue in issues if (issue.get("source_line") or issue.get("target_line")) == lines]


def error_figures(errors: list[dict[str, str]], found: dict[str, list[dict]], lengths: dict[str, int]) -> list[str]:
    caught, any_caught, total, right_flagged = Counter(), Counter(), Counter(), Counter()
    right_false = 0
    for row in errors:
        klass = row["class"]
        total[klass] += 1
        wrong = on_last_line(found.get(f"e{row['id']}-wrong", []), lengths[f"e{row['id']}-wrong"])
        families = {family_of(issue["rule"]) for issue in wrong}
        caught[klass] += bool(families & CLASS_FAMILIES.get(klass, set()))
        any_caught[klass] += bool(wrong)
        right = on_last_line(found.get(f"e{row['id']}-right", []), lengths[f"e{row['id']}-right"])
        right_flagged[klass] += bool(right)
        right_false += len(right)
    lines = ["## Injected errors", "",
             "Each error pair is appended to a clean document of the set (cycled), once with the wrong English "
             "and once with the right one, so that document-level rules see a real document. Recall = wrong "
             "renderings with a finding (minor or above) on the appended line in the class's families; *any*: "
             "of any family. *right flagged*: the corrected renderings with any such finding.", "",
             "| class | families | pairs | caught | recall | any family | right flagged |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for klass in sorted(total):
        lines.append(f"| {klass} | {', '.join(sorted(CLASS_FAMILIES.get(klass, {'?'})))} | {total[klass]} | "
                     f"{caught[klass]} | {caught[klass] / total[klass]:.2f} | {any_caught[klass] / total[klass]:.2f} | "
                     f"{right_flagged[klass]} |")
    n = sum(total.values())
    if n:
        lines.append(f"| **all** | | {n} | {sum(caught.values())} | {sum(caught.values()) / n:.2f} | "
                     f"{sum(any_caught.values()) / n:.2f} | {sum(right_flagged.values())} |")
        lines += ["", f"Findings on the {n} right renderings: {right_false} ({100 * right_false / n:.1f} per 100 pairs)."]
    return lines


def _shown(folder: Path) -> str:
    """The set's folder as the reader knows it: relative to the repository where it lies there."""
    try:
        return str(folder.resolve().relative_to(BENCH.parent))
    except ValueError:
        return str(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="models off (tqa check --fast)")
    parser.add_argument("--reports", type=Path, help="keep the JSON reports in this folder")
    parser.add_argument("--reuse", action="store_true", help="report from the JSON reports in --reports")
    parser.add_argument("--add-unlabelled", action="store_true", help="append unlabelled clean findings to the ledger")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--set", type=Path, default=SET, help="the set's folder (clean.tsv, errors.tsv)")
    parser.add_argument("--select", default="", help="only these rules or families (tqa --select), e.g. name")
    args = parser.parse_args()
    if not (args.set / "clean.tsv").exists():
        print(f"skipped: {args.set / 'clean.tsv'} not found")
        return 0
    clean = read_tsv(args.set / "clean.tsv")
    errors = read_tsv(args.set / "errors.tsv") if (args.set / "errors.tsv").exists() else []
    mode = "fast" if args.fast else "default"
    with tempfile.TemporaryDirectory() as scratch:
        reports = args.reports or Path(scratch)
        reports.mkdir(parents=True, exist_ok=True)
        clean_report, error_report = reports / f"clean.{mode}.json", reports / f"errors.{mode}.json"
        seconds = {}
        if not args.reuse:
            documents: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for row in clean:
                documents[row["doc"]].append((row["ko"], row["en"]))
            write_documents(Path(scratch) / "clean", documents)
            seconds["clean"] = run_tqa(Path(scratch) / "clean", clean_report, args.fast, args.select)
            if errors:
                pieces = {}
                hosts = [documents[name] for name in sorted(documents)]
                for index, row in enumerate(errors):
                    host = hosts[index % len(hosts)]  # the error pair ends a real clean document
                    pieces[f"e{row['id']}-wrong"] = host + [(row["ko"], row["en_wrong"])]
                    pieces[f"e{row['id']}-right"] = host + [(row["ko"], row["en_right"])]
                write_documents(Path(scratch) / "errors", pieces)
                seconds["errors"] = run_tqa(Path(scratch) / "errors", error_report, args.fast, args.select)
        lines = ["# The unseen set: false alarms and recall on text the rules were not written on", "",
                 f"Written by `benchmarks/eval_unseen.py` ({mode} mode"
                 + (f", --select {args.select}" if args.select else "")
                 + (", " + ", ".join(f"{k} run {v:.0f} s" for k, v in seconds.items()) if seconds else "")
                 + f"). The set (`{_shown(args.set)}/`) was written by a helper session that had not read "
                 "the rules or lists; nothing was tuned on it. Findings of minor and above.", ""]
        lines += clean_figures(clean, findings(clean_report), args.add_unlabelled)
        if errors and error_report.exists():
            sizes = Counter(row["doc"] for row in clean)
            hosts = sorted(sizes)
            lengths = {}
            for index, row in enumerate(errors):
                for version in ("wrong", "right"):
                    lengths[f"e{row['id']}-{version}"] = sizes[hosts[index % len(hosts)]] + 1
            lines += [""] + error_figures(errors, findings(error_report), lengths)
    write_keeping_notes(args.out, "\n".join(lines))  # a first run's session notes are kept
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
