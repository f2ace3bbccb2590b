"""Evaluate the ``literal`` family; writes ``benchmarks/results/literal.md``.

1. Precision / recall per component on ``corpora/literal_eval/pairs.tsv`` (our own
   sentences: each Korean sentence with a literal and an idiomatic English rendering):
   lexicon (TQA300), gloss (TQA310), LM (TQA320), and all three together. A pair is a
   positive when its label is ``literal``. TQA301 (review note) is reported apart: how
   often it fires on idiomatic and on literal renderings.
2. False alarms on professional translations: the real Korean of flores200-dev and
   ntrex128 with its professional English, one link per line; the share of sentences
   with any finding, per rule (must stay ≤ 2 %). Only counts are written: the shared
   sentences never enter the repo.
3. Language-model speed: load time cold (de-quantising the GGUF into an empty cache,
   in a subprocess) and cached, and batched scoring speed in sentences/s.

    python benchmarks/eval_literal.py            # everything
    python benchmarks/eval_literal.py --no-cold  # skip the ~40 s cold-load measurement
    python benchmarks/eval_literal.py --show     # also print false-alarm examples (not saved)
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tqa.checks.runner import CheckContext, run_checks, select_rules  # noqa: E402
from tqa.document import Document, document_from_pairs  # noqa: E402

DATA = Path(os.environ.get("TQA_SHARED_DATA", ROOT.parent / "shared" / "data"))
EVAL_SET = ROOT / "corpora" / "literal_eval" / "pairs.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "literal.md"
FALSE_ALARM_SETS = (
    ("flores200-dev", "flores200-dev/kor_Hang.dev", "flores200-dev/eng_Latn.dev"),
    ("ntrex128", "ntrex128/newstest2019-ref.kor.txt", "ntrex128/newstest2019-src.eng.txt"),
)
COMPONENTS = (("lexicon", {"TQA300"}), ("gloss", {"TQA310"}), ("LM", {"TQA320"}),
              ("all (300+310+320)", {"TQA300", "TQA310", "TQA320"}))
RULES = ("TQA300", "TQA301", "TQA310", "TQA320")


def make_document(pairs: list[tuple[str, str]]) -> Document:
    return document_from_pairs(pairs)


def check(pairs: list[tuple[str, str]], fast: bool = False) -> tuple[dict[int, set[str]], Document, float]:
    """Rules that fired per pair index; the document; seconds taken."""
    document = make_document(pairs)
    started = time.perf_counter()
    run_checks(document, select_rules(select=["literal"]), CheckContext(fast=fast))
    fired: dict[int, set[str]] = {}
    for issue in document.issues:
        for segment in issue.source_segments:
            fired.setdefault(segment, set()).add(issue.rule)
    return fired, document, time.perf_counter() - started


def load_eval_set() -> list[dict]:
    with EVAL_SET.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader((line for line in handle if not line.startswith("#")),
                                              delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows


def precision_recall(rows: list[dict], fired: dict[int, set[str]], rules: set[str],
                     subset=lambda row: True) -> tuple[int, int, int, float, float]:
    tp = fp = fn = 0
    for index, row in enumerate(rows):
        if not subset(row):
            continue
        predicted = bool(fired.get(index, set()) & rules)
        actual = row["label"] == "literal"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return tp, fp, fn, precision, recall


def eval_set_section(fast: bool) -> list[str]:
    from tqa.ko.expressions import default_glossary, default_lexicon

    rows = load_eval_set()
    listed = {expression.korean.replace(" ", "") for expression in default_lexicon().expressions}
    glossed = {expression.korean.replace(" ", "") for expression in default_glossary().idioms.expressions}
    for row in rows:
        form = row["expression"].replace(" ", "")
        row["in_lexicon"] = "yes" if form in listed else "no"
        row["in_gloss_idioms"] = "yes" if form in glossed else "no"
    fired, _, seconds = check([(row["korean"], row["english"]) for row in rows], fast=fast)
    literal = sum(row["label"] == "literal" for row in rows)
    lines = [f"## Eval set: `corpora/literal_eval/pairs.tsv`", "",
             f"{len(rows)} pairs ({literal} literal, {len(rows) - literal} idiomatic), "
             f"{len({row['expression'] for row in rows})} expressions, "
             f"{len({row['expression'] for row in rows if row['in_lexicon'] == 'yes'})} of them in the "
             f"lexicon ({len(default_lexicon())} entries) at the time of the run; checked in {seconds:.1f} s.", ""]
    for title, subset in (("all pairs", lambda row: True),
                          ("expressions the lexicon lists", lambda row: row["in_lexicon"] == "yes"),
                          ("expressions outside the lexicon", lambda row: row["in_lexicon"] == "no"),
                          ("expressions in neither the lexicon nor the gloss list's idioms",
                           lambda row: row["in_lexicon"] == "no" and row["in_gloss_idioms"] == "no")):
        lines += [f"### {title}", "", "| component | TP | FP | FN | precision | recall |",
                  "|---|---:|---:|---:|---:|---:|"]
        for name, rules in COMPONENTS:
            tp, fp, fn, p, r = precision_recall(rows, fired, rules, subset)
            lines.append(f"| {name} | {tp} | {fp} | {fn} | {p:.2f} | {r:.2f} |")
        lines.append("")
    review_idiomatic = sum("TQA301" in fired.get(i, set()) for i, row in enumerate(rows) if row["label"] != "literal")
    review_literal = sum("TQA301" in fired.get(i, set()) for i, row in enumerate(rows) if row["label"] == "literal")
    lines += [f"TQA301 (review note, info) fired on {review_idiomatic} idiomatic and "
              f"{review_literal} literal renderings.", ""]
    return lines


def false_alarm_section(fast: bool, show: bool) -> list[str]:
    lines = ["## False alarms on professional translations", "",
             "Real Korean with its professional English, one link per line; share of sentences "
             "with a finding (target ≤ 2 %).", "",
             "| set | sentences | " + " | ".join(RULES) + " | any major/minor | any | seconds |",
             "|---|---:|" + "---:|" * (len(RULES) + 3)]
    for name, korean, english in FALSE_ALARM_SETS:
        ko_path, en_path = DATA / korean, DATA / english
        if not ko_path.exists() or not en_path.exists():
            lines.append(f"| {name} | (data absent at {DATA}) |")
            continue
        ko = ko_path.read_text(encoding="utf-8").splitlines()
        en = en_path.read_text(encoding="utf-8").splitlines()
        pairs = list(zip(ko, en))
        fired, document, seconds = check(pairs, fast=fast)
        per_rule = Counter(rule for rules in fired.values() for rule in rules)
        serious = {i.source_segments[0] for i in document.issues if i.severity in ("major", "minor", "critical")}
        cells = " | ".join(f"{per_rule[r]} ({per_rule[r] / len(pairs):.1%})" for r in RULES)
        lines.append(f"| {name} | {len(pairs)} | {cells} | {len(serious)} ({len(serious) / len(pairs):.1%}) "
                     f"| {len(fired)} ({len(fired) / len(pairs):.1%}) | {seconds:.1f} |")
        if show:
            for issue in document.issues:
                index = issue.source_segments[0]
                print(f"[{name} {index}] {issue.rule} {issue.severity}: {issue.message}\n"
                      f"    KO: {pairs[index][0]}\n    EN: {pairs[index][1]}")
        if document.skipped:
            lines.append(f"| {name} | skipped: {document.skipped} |")
    lines.append("")
    return lines


COLD_LOAD = """
import json, time
from tqa.neural import lm
started = time.perf_counter()
model = lm.load_language_model()
print(json.dumps({"seconds": time.perf_counter() - started, "from_cache": model.from_cache,
                  "load_seconds": model.load_seconds}))
"""


def lm_section(cold: bool) -> list[str]:
    from tqa.neural import lm

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = ["## Language model (SmolLM2-135M, CPU)", "",
             f"{os.cpu_count()} cores, {lm.lm_threads()} torch thread(s); load average at the start: {load} "
             "(the machine is shared: times scale with the load).", ""]
    status = lm.model_status()[0]
    if not status["installed"]:
        return lines + [f"Not measured: {status['status']}.", ""]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    if cold:
        with tempfile.TemporaryDirectory() as empty:
            env_cold = dict(env, TQA_MODELS_DIR=empty)
            out = subprocess.run([sys.executable, "-c", COLD_LOAD], env=env_cold, capture_output=True,
                                 text=True, check=True).stdout.strip().splitlines()[-1]
            cold = json.loads(out)
        lines.append(f"- load, cold (de-quantise GGUF, save converted copy): {cold['seconds']:.1f} s "
                     f"with imports, {cold['load_seconds']:.1f} s weights and tokenizer only")
    lm.prepare_models()
    out = subprocess.run([sys.executable, "-c", COLD_LOAD], env=env, capture_output=True,
                         text=True, check=True).stdout.strip().splitlines()[-1]
    cached = json.loads(out)
    lines.append(f"- load, cached (converted copy in `models/cache/smollm2/`): {cached['seconds']:.1f} s "
                 f"with imports of torch/transformers, {cached['load_seconds']:.1f} s weights and tokenizer "
                 f"only (from cache: {cached['from_cache']})")
    sentences = []
    en_path = DATA / "flores200-dev" / "eng_Latn.dev"
    if en_path.exists():
        sentences = en_path.read_text(encoding="utf-8").splitlines()[:128]
    else:
        sentences = [row["english"] for row in load_eval_set()][:128]
    model = lm.load_language_model()
    for batch_size in (1, 16):
        started = time.perf_counter()
        model.word_surprisals(sentences, batch_size=batch_size)
        seconds = time.perf_counter() - started
        lines.append(f"- scoring {len(sentences)} sentences, batch {batch_size}: "
                     f"{len(sentences) / seconds:.1f} sentences/s")
    lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-load measurement")
    parser.add_argument("--fast", action="store_true", help="no LM (lexicon and gloss rules only)")
    parser.add_argument("--show", action="store_true", help="print false-alarm examples (not saved)")
    parser.add_argument("--skip-false-alarms", action="store_true")
    parser.add_argument("--lm-only", action="store_true",
                        help="only the LM speed section (printed; results file untouched)")
    args = parser.parse_args()
    if args.lm_only:
        print("\n".join(lm_section(cold=not args.no_cold)))
        return
    lines = ["# Literal phrasing (family `literal`, TQA300–TQA339)", "",
             f"Written by `benchmarks/eval_literal.py`{' --fast' if args.fast else ''}.", "",
             "Components are layered: TQA310 (gloss) fires only where TQA300 (lexicon) found no "
             "listed literal rendering, and TQA320 (LM) only where neither fired, so each row is "
             "that component's own contribution.", ""]
    lines += eval_set_section(args.fast)
    if not args.skip_false_alarms:
        lines += false_alarm_section(args.fast, args.show)
    if not args.fast:
        lines += lm_section(cold=not args.no_cold)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
