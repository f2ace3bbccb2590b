"""The precision ledger: every finding of severity minor or above that tqa reports, in the
default mode (models on), on the dev sets of ``../shared/data``, joined with a human label.

For each set and each half of the lock box (``benchmarks/lockbox.py``: documents split into
``tuning`` and ``checking`` by a stable hash), the lines of that half's documents are written,
in order, as a pair of files and checked as one run of
``tqa check KO EN --parallel --format json`` (this repository's ``src/``). Every finding of
severity minor, major or critical is joined with the ledger
``benchmarks/ledger/<set>.tsv``::

    set  half  line  rule  source_span  target_span  label  why

``line`` is the 1-based line number in the original shared file (the first line of the
finding's link); spans are the finding's span texts (empty when it has none). ``label`` is
``true`` (a real error of the kind the rule describes), ``false`` (the translation is right
there, or the rule misread it — also when it points at a real problem for the wrong reason)
or ``debatable``. ``why`` is one line; a false or debatable row starts with its cause in
square brackets (``[regnal number] …``), which the report counts.

A finding matches a ledger row when set, half, line, rule and both span texts are equal (one
row labels every identical finding). Findings with no row are **unlabelled**: counted and
listed separately, never folded into a figure. Ledger rows no finding matches any more are
counted as **gone** (a fixed false alarm, or a lost true finding) per label.

Figures per set × half: pairs, findings, true / false / debatable / unlabelled, false alarms
per 100 pairs (``false`` rows only), precision = true / (true + false) with debatable left
out, and strict precision = true / (true + false + debatable); per family and per rule.

Writes ``benchmarks/results/precision.md`` (figures, line numbers, rule codes, causes: no
corpus text). Skips with a message, exit 0, when the shared data is absent.

    python benchmarks/eval_precision.py                     # run tqa on every set, report
    python benchmarks/eval_precision.py --sets ud-pud       # some sets only (report: those)
    python benchmarks/eval_precision.py --reports DIR       # keep the JSON reports in DIR ...
    python benchmarks/eval_precision.py --reports DIR --reuse   # ... and report from them
    python benchmarks/eval_precision.py --add-unlabelled    # append unlabelled findings to the
                                                            # ledger with an empty label, to fill in
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
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from lockbox import CLEAN, DATA, HALVES, SETS, split

LEDGER = BENCH / "ledger"
RESULTS = BENCH / "results" / "precision.md"
COLUMNS = ("set", "half", "line", "rule", "source_span", "target_span", "label", "why")
LABELS = ("true", "false", "debatable")
SEVERITIES = ("minor", "major", "critical")
FAMILIES = ("untranslated", "punctuation", "fluency", "omission", "addition", "number", "date",
            "name", "term", "literal", "markup", "meaning")


@dataclass(frozen=True)
class Finding:
    set: str
    half: str
    line: int
    rule: str
    family: str
    severity: str
    source_span: str
    target_span: str
    message: str

    @property
    def key(self) -> tuple:
        return (self.set, self.half, self.line, self.rule, self.source_span, self.target_span)


def _clean(text: str | None) -> str:
    """A span text as one TSV cell: tabs and newlines become spaces."""
    return " ".join((text or "").replace("\t", " ").split("\n")).strip() if text else ""


# ---------------------------------------------------------------- running tqa


#: extra ``tqa check`` arguments (``--fast``, ``--select number,date``) for runs limited to
#: families that need no model; set from the command line
EXTRA_ARGS: list[str] = []


def _ran(code: str) -> bool:
    """Whether this run could report rule ``code``: an opt-in rule (TQA037) runs only when
    ``--select`` names its code, so its ledger rows are not "gone" from runs without it."""
    from tqa.checks.registry import all_rules

    rule = {r.code: r for r in all_rules()}.get(code)
    if rule is None or not getattr(rule, "opt_in", False):
        return True
    selected = EXTRA_ARGS[EXTRA_ARGS.index("--select") + 1] if "--select" in EXTRA_ARGS else ""
    return code.upper() in {part.strip().upper() for part in selected.split(",")}


def run_half(set_name: str, half: str, lines: list[int], reports: Path | None, reuse: bool) -> dict:
    """The JSON report of tqa on one half of one set (from ``reports`` when reusing)."""
    cached = reports / f"{set_name}.{half}.json" if reports else None
    if reuse and cached and cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    korean_path, english_path = (DATA / p for p in SETS[set_name])
    korean = korean_path.read_text(encoding="utf-8").splitlines()
    english = english_path.read_text(encoding="utf-8").splitlines()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as tmp:
        ko, en, out = Path(tmp) / "half.ko", Path(tmp) / "half.en", Path(tmp) / "report.json"
        ko.write_text("".join(korean[n - 1] + "\n" for n in lines), encoding="utf-8")
        en.write_text("".join(english[n - 1] + "\n" for n in lines), encoding="utf-8")
        command = [sys.executable, "-m", "tqa", "check", str(ko), str(en), "--parallel",
                   "--format", "json", "-o", str(out), "--fail-on", "never", *EXTRA_ARGS]
        started = time.monotonic()
        result = subprocess.run(command, check=False, capture_output=True, text=True, env=env, cwd=ROOT)
        if result.returncode != 0:
            raise RuntimeError(f"{set_name} {half}: tqa exit {result.returncode}: {result.stderr.strip()[:500]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    print(f"  {set_name} {half}: {len(lines)} pairs checked in {time.monotonic() - started:.0f} s", file=sys.stderr)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return report


def findings_of(set_name: str, half: str, lines: list[int], report: dict) -> list[Finding]:
    """Findings of severity minor or above, each placed on its original 1-based line."""
    found = []
    for document in report["documents"]:
        # --parallel: segment i is line i of the half's file (no blank lines in these sets)
        if len(document["source_segments"]) != len(lines) or len(document["target_segments"]) != len(lines):
            raise RuntimeError(f"{set_name} {half}: {len(document['source_segments'])} segments "
                               f"for {len(lines)} lines: a line was split or dropped")
        for issue in document["issues"]:
            if issue["severity"] not in SEVERITIES:
                continue
            segments = issue["source_segments"] or issue["target_segments"]
            line = lines[min(segments)] if segments else 0
            found.append(Finding(set_name, half, line, issue["rule"], issue["check"], issue["severity"],
                                 _clean((issue.get("source_span") or {}).get("text")),
                                 _clean((issue.get("target_span") or {}).get("text")),
                                 issue["message"]))
    return found


# ---------------------------------------------------------------- the ledger


def read_ledger(set_name: str) -> dict[tuple, dict]:
    path = LEDGER / f"{set_name}.tsv"
    rows: dict[tuple, dict] = {}
    if not path.exists():
        return rows
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: columns must be {' '.join(COLUMNS)}")
        for number, row in enumerate(reader, start=2):
            row = {k: (v or "") for k, v in row.items()}
            if row["label"] and row["label"] not in LABELS:
                raise ValueError(f"{path}:{number}: label {row['label']!r} is not one of {LABELS}")
            key = (row["set"], row["half"], int(row["line"]), row["rule"], row["source_span"], row["target_span"])
            if key in rows:
                raise ValueError(f"{path}:{number}: a second row for the same finding")
            rows[key] = row
    return rows


def append_unlabelled(set_name: str, findings: list[Finding], ledger: dict[tuple, dict]) -> int:
    """Append a row with an empty label for every finding the ledger lacks; returns how many."""
    path = LEDGER / f"{set_name}.tsv"
    new, seen = [], set()
    for finding in sorted(findings, key=lambda f: (HALVES.index(f.half), f.line, f.rule)):
        if finding.key in ledger or finding.key in seen:
            continue
        seen.add(finding.key)
        new.append(finding)
    if not new:
        return 0
    LEDGER.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        if fresh:
            handle.write("\t".join(COLUMNS) + "\n")
        for f in new:
            handle.write("\t".join([f.set, f.half, str(f.line), f.rule, f.source_span, f.target_span,
                                    "", f"({f.message})".replace("\t", " ")]) + "\n")
    return len(new)


def cause_of(why: str) -> str:
    why = why.strip()
    if why.startswith("[") and "]" in why:
        return why[1:why.index("]")].strip()
    return "(no cause given)"


# ---------------------------------------------------------------- figures


def tally(labels: list[str]) -> Counter:
    counts = Counter(labels)
    counts["findings"] = len(labels)
    return counts


def precision(counts: Counter) -> str:
    decided = counts["true"] + counts["false"]
    return f"{counts['true'] / decided:.2f}" if decided else "–"


def strict(counts: Counter) -> str:
    decided = counts["true"] + counts["false"] + counts["debatable"]
    return f"{counts['true'] / decided:.2f}" if decided else "–"


def per100(false: int, pairs: int) -> str:
    return f"{100 * false / pairs:.2f}" if pairs else "–"


def row_figures(counts: Counter, pairs: int | None = None) -> list[str]:
    cells = [str(counts["findings"]), str(counts["true"]), str(counts["false"]), str(counts["debatable"]),
             str(counts[""])]
    if pairs is not None:
        cells += [per100(counts["false"], pairs), per100(counts["false"] + counts["debatable"], pairs)]
    return cells + [precision(counts), strict(counts)]


def report(results: dict, pairs: dict, ledgers: dict, elapsed: float | None) -> str:
    """results: (set, half) → list of (Finding, label, row-or-None)."""
    sets = [name for name in SETS if any((name, h) in results for h in HALVES)]
    out = ["# Precision ledger: findings on the dev sets, labelled", "",
           ("Every finding of severity minor or above that `tqa check --parallel` reports in the default "
           "mode (models on) on each half of the lock box (`benchmarks/lockbox.py`: documents to `tuning` or "
           "`checking` by the parity of sha256(set, document id); each half checked as one run), joined with "
           "its label in `benchmarks/ledger/<set>.tsv`. **true**: a real error of the kind the rule describes "
           "(on these sets mostly a slip of the Korean side: FLORES, NTREX and PUD were translated from "
           "English); **false**: the pair is right there, or the rule misread it (also when it points at a "
           "real problem for the wrong reason); **debatable**: defensible either way; **unl.**: not yet in "
           "the ledger. How borderline cases were decided (quotes that span lines, content moved to a "
           "neighbouring line, conversions, relative dates, misaligned pairs) is written down in "
           "`benchmarks/ledger/README.md`. FA/100 = false alarms (label false) per 100 pairs; FA+deb./100 "
           "counts debatable findings as false alarms too. Precision = true / (true + false); strict = true / "
           "(true + false + debatable)."), "",
           (f"Written by `benchmarks/eval_precision.py` ({elapsed:.0f} s for the tqa runs). " if elapsed is not None
            else "Written by `benchmarks/eval_precision.py` from kept reports (`--reuse`). ")
           + "Only figures, line numbers, rule codes and causes here: the labelled spans are in the ledger "
           "files.", ""]

    head = "| findings | true | false | debatable | unl. |"

    # headline: clean sets combined, per half
    out += ["## Headline: clean professional sets (" + ", ".join(n for n in CLEAN if n in sets) + ")", "",
            "| half | pairs " + head + " FA/100 | FA+deb./100 | precision | strict |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for half in HALVES:
        labels = [lab for name in CLEAN for f, lab, _ in results.get((name, half), [])]
        n = sum(pairs.get((name, half), 0) for name in CLEAN)
        out.append(f"| {half} | {n} | " + " | ".join(row_figures(tally(labels), n)) + " |")
    labels = [lab for name in CLEAN for half in HALVES for f, lab, _ in results.get((name, half), [])]
    n = sum(pairs.get((name, half), 0) for name in CLEAN for half in HALVES)
    out += [f"| both | {n} | " + " | ".join(row_figures(tally(labels), n)) + " |", ""]

    # per set and half
    out += ["## Per set and half", "", "| set | half | pairs " + head + " FA/100 | FA+deb./100 | precision | strict |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in sets:
        for half in HALVES:
            if (name, half) not in results:
                continue
            labels = [lab for _, lab, _ in results[(name, half)]]
            out.append(f"| {name} | {half} | {pairs[(name, half)]} | "
                       + " | ".join(row_figures(tally(labels), pairs[(name, half)])) + " |")
    out.append("")

    # park-news-dev per family
    if "park-news-dev" in sets:
        out += ["## park-news-dev: precision per family (both halves)", "",
                ("Noisy real news: many English lines really drop clauses, figures or sentences, so here the "
                 "question is whether a finding is right, not how many there are."), "",
                "| family " + head + " precision | strict |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
        by_family = defaultdict(list)
        for half in HALVES:
            for f, lab, _ in results.get(("park-news-dev", half), []):
                by_family[f.family].append(lab)
        for family in FAMILIES:
            if family in by_family:
                out.append(f"| {family} | " + " | ".join(row_figures(tally(by_family[family]))) + " |")
        everything = [lab for labs in by_family.values() for lab in labs]
        out += ["| **all** | " + " | ".join(row_figures(tally(everything))) + " |", ""]

    # set × half × family
    out += ["## Per set, half and family", "",
            "| set | half | family " + head + " FA/100 | FA+deb./100 | precision | strict |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in sets:
        for half in HALVES:
            if (name, half) not in results:
                continue
            by_family = defaultdict(list)
            for f, lab, _ in results[(name, half)]:
                by_family[f.family].append(lab)
            if not by_family:
                out.append(f"| {name} | {half} | (none) | 0 | 0 | 0 | 0 | 0 | 0.00 | 0.00 | – | – |")
            for family in FAMILIES:
                if family in by_family:
                    out.append(f"| {name} | {half} | {family} | "
                               + " | ".join(row_figures(tally(by_family[family]), pairs[(name, half)])) + " |")
    out.append("")

    # per rule
    out += ["## Per set, half and rule", "", "| set | half | rule | family " + head + " precision | strict |",
            "|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name in sets:
        for half in HALVES:
            by_rule = defaultdict(list)
            family = {}
            for f, lab, _ in results.get((name, half), []):
                by_rule[f.rule].append(lab)
                family[f.rule] = f.family
            for rule in sorted(by_rule):
                out.append(f"| {name} | {half} | {rule} | {family[rule]} | "
                           + " | ".join(row_figures(tally(by_rule[rule]))) + " |")
    out += ["", "All sets and halves together, per rule:", "",
            "| rule | family " + head + " precision | strict |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    by_rule, family = defaultdict(list), {}
    for items in results.values():
        for f, lab, _ in items:
            by_rule[f.rule].append(lab)
            family[f.rule] = f.family
    for rule in sorted(by_rule):
        out.append(f"| {rule} | {family[rule]} | " + " | ".join(row_figures(tally(by_rule[rule]))) + " |")
    out.append("")

    # causes of false alarms
    for title, wanted, group in (("clean professional sets", CLEAN, "false"),
                                 ("park-news-dev", ("park-news-dev",), "false"),
                                 ("all sets", tuple(SETS), "false"),
                                 ("all sets", tuple(SETS), "debatable")):
        causes: dict[str, list[Finding]] = defaultdict(list)
        for (name, half), items in results.items():
            if name not in wanted:
                continue
            for f, lab, row in items:
                if lab == group:
                    causes[cause_of(row["why"])].append(f)
        if group == "false":
            out += [f"## Causes of false alarms: {title}", ""]
        else:
            out += [f"## Causes of debatable findings: {title}", ""]
        if not causes:
            out += ["None.", ""]
            continue
        out += ["| cause | count | rules | tuning | checking | example lines (set:line) |",
                "|---|---:|---|---:|---:|---|"]
        for cause, items in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            rules = Counter(f.rule for f in items)
            halves = Counter(f.half for f in items)
            examples = sorted({(f.set, f.line) for f in items}, key=lambda k: (list(SETS).index(k[0]), k[1]))
            example = ", ".join(f"{s}:{line}" for s, line in examples[:6]) + (" …" if len(examples) > 6 else "")
            out.append(f"| {cause} | {len(items)} | " + ", ".join(f"{r} {c}" for r, c in rules.most_common())
                       + f" | {halves['tuning']} | {halves['checking']} | {example} |")
        out.append("")

    # unlabelled and gone
    out += ["## Unlabelled findings", ""]
    unlabelled = [(f) for items in results.values() for f, lab, _ in items if lab == ""]
    if unlabelled:
        out += ["| set | half | line | rule |", "|---|---|---:|---|"]
        out += [f"| {f.set} | {f.half} | {f.line} | {f.rule} |" for f in sorted(unlabelled, key=lambda f: f.key)]
    else:
        out.append("None: every finding is labelled.")
    out += ["", "## Ledger rows no finding matches any more", ""]
    gone = Counter()
    for name in sets:
        seen = {f.key for half in HALVES for f, _, _ in results.get((name, half), [])}
        for key, row in ledgers[name].items():
            if key not in seen and (name, key[1]) in results and _ran(row["rule"]):
                gone[(name, row["label"] or "unlabelled")] += 1
    if gone:
        out += ["| set | label | rows |", "|---|---|---:|"]
        out += [f"| {name} | {label} | {count} |" for (name, label), count in sorted(gone.items())]
    else:
        out.append("None.")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--reports", type=Path, help="keep tqa's JSON reports in this folder")
    parser.add_argument("--reuse", action="store_true",
                        help="read the reports kept in --reports instead of running tqa")
    parser.add_argument("--add-unlabelled", action="store_true",
                        help="append every unlabelled finding to its ledger with an empty label")
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--fast", action="store_true",
                        help="run tqa --fast (no models): enough for families that use none, with --select")
    parser.add_argument("--select", help="only these rules or families (tqa --select), e.g. number,date")
    args = parser.parse_args()
    EXTRA_ARGS[:] = (["--fast"] if args.fast else []) + (["--select", args.select] if args.select else [])
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}; nothing measured")
        return 0
    started = time.monotonic()
    ran_tqa = False
    results, pairs, ledgers = {}, {}, {}
    for name in args.sets:
        if not all((DATA / p).exists() for p in SETS[name]):
            print(f"skipped {name}: its files are absent under {DATA}")
            continue
        ledger = read_ledger(name)
        found = []
        for half, lines in split(name).items():
            kept = args.reports / f"{name}.{half}.json" if args.reports else None
            ran_tqa |= not (args.reuse and kept is not None and kept.exists())
            rep = run_half(name, half, lines, args.reports, args.reuse)
            found += findings_of(name, half, lines, rep)
            pairs[(name, half)] = len(lines)
        if args.add_unlabelled:
            added = append_unlabelled(name, found, ledger)
            if added:
                print(f"{name}: {added} unlabelled findings appended to {LEDGER / (name + '.tsv')}")
            ledger = read_ledger(name)
        ledgers[name] = ledger
        for half in HALVES:
            results[(name, half)] = []
        for f in found:
            row = ledger.get(f.key)
            results[(f.set, f.half)].append((f, row["label"] if row else "", row))
    if not results:
        print("no set found; nothing measured")
        return 0
    text = report(results, pairs, ledgers, time.monotonic() - started if ran_tqa else None)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    total = sum(len(v) for v in results.values())
    unl = sum(1 for v in results.values() for _, lab, _ in v if lab == "")
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"{total} findings, {unl} unlabelled; wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
