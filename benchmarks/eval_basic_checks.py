"""Measure the sentence splitters and the false alarms of the basic rule checks.

Writes ``benchmarks/results/basic_checks.md``. Needs ``../shared/data`` beside the repo
(exits with a message when it is absent). Run: ``.venv/bin/python benchmarks/eval_basic_checks.py``.

1. **Sentence splitting.** For each document of a set (FLORES-200 dev: lines sharing a
   URL; NTREX-128: lines sharing a document id; UD PUD: blocks of 5 consecutive lines),
   the lines are joined with one space into a single paragraph and split again; the
   line joins are the gold boundaries. Precision/recall of boundaries are reported.
   FLORES and NTREX lines sometimes hold two or more sentences, so their precision is a
   lower bound (a correct split inside a line counts as a false one); PUD lines are one
   sentence each, so its precision is exact. NTREX headlines have no final punctuation
   and cannot be recovered once joined (in a real document the line break ends them), so
   recall is also given for boundaries after sentence-final punctuation only.
2. **False alarms.** FLORES-200 dev (kor_Hang → eng_Latn) and NTREX-128 (Korean reference →
   en-US reference) are professional translations: every finding of the untranslated,
   punctuation and fluency rules on them is counted per rule as a suspected false
   alarm (the findings are listed on stdout with ``--show`` for reading).
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from tqa.checks.registry import all_rules  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks  # noqa: E402
from tqa.document import Document, Link, Segment  # noqa: E402
from tqa.segment import segment_document  # noqa: E402

DATA = REPO.parent / "shared" / "data"
RESULTS = REPO / "benchmarks" / "results" / "basic_checks.md"
FAMILIES = ("untranslated", "punctuation", "fluency")

# Hand verdicts from reading each finding (set, target line, rule) → verdict. A finding
# not listed here is shown as "not yet read": re-read and update after changing a rule.
APOSTROPHE = "real defect: a double quote typed for an apostrophe"
NESTED = "real defect: nested straight double quotes, closed only once"
READ = {
    ("flores200-dev", 245, "TQA011"): "debatable: quote closed in a sentence FLORES did not sample",
    ("flores200-dev", 639, "TQA011"): "real defect: a closing curly quote used to open",
    ("ntrex128", 81, "TQA011"): APOSTROPHE,
    ("ntrex128", 358, "TQA021"): "real defect: phrase typed twice",
    ("ntrex128", 687, "TQA011"): APOSTROPHE,
    ("ntrex128", 689, "TQA011"): APOSTROPHE,
    ("ntrex128", 903, "TQA011"): APOSTROPHE,
    ("ntrex128", 993, "TQA020"): "real defect: word typed twice",
    ("ntrex128", 1226, "TQA021"): "real defect: phrase typed twice",
    ("ntrex128", 1438, "TQA011"): NESTED,
    ("ntrex128", 1485, "TQA011"): APOSTROPHE,
    ("ntrex128", 1529, "TQA011"): APOSTROPHE,
    ("ntrex128", 1701, "TQA011"): APOSTROPHE,
    ("ntrex128", 1715, "TQA011"): NESTED,
    ("ntrex128", 1757, "TQA020"): "real defect: word typed twice",
    ("ntrex128", 1919, "TQA011"): NESTED,
}
TERMINAL = tuple(".?!…\"'”’)")


def _lines(relative: str) -> list[str]:
    return (DATA / relative).read_text(encoding="utf-8").splitlines()


def parallel_sets() -> dict[str, tuple[list[str], list[str], list[str]]]:
    """name → (document key per line, Korean lines, English lines)."""
    flores_keys = [row.split("\t")[0] for row in _lines("flores200-dev/metadata_dev.tsv")[1:]]
    pud_korean = _lines("ud-pud/pud.ko")
    return {
        "flores200-dev": (flores_keys, _lines("flores200-dev/kor_Hang.dev"), _lines("flores200-dev/eng_Latn.dev")),
        "ntrex128": (_lines("ntrex128/DOCUMENT_IDS.tsv"), _lines("ntrex128/newstest2019-ref.kor.txt"),
                     _lines("ntrex128/newstest2019-ref.eng-US.txt")),
        "ud-pud": ([str(i // 5) for i in range(len(pud_korean))], pud_korean, _lines("ud-pud/pud.en")),
    }


def documents(keys: list[str], lines: list[str]) -> list[list[str]]:
    grouped: dict[str, list[str]] = collections.OrderedDict()
    for key, line in zip(keys, lines):
        grouped.setdefault(key, []).append(line.strip())
    return list(grouped.values())


def _kiwi_alone_starts(text: str) -> set[int]:
    """Sentence starts from kiwipiepy without the repairs of :mod:`tqa.segment` (baseline)."""
    from tqa.ko.analyser import sentence_spans

    starts = set()
    for start, _ in sentence_spans(text)[1:]:
        while start < len(text) and text[start].isspace():
            start += 1
        starts.add(start)
    return starts


def boundary_scores(docs: list[list[str]], lang: str) -> dict[str, float]:
    true_positive = false_positive = false_negative = punctuated = punctuated_found = 0
    for lines in docs:
        text = " ".join(lines)
        gold: set[int] = set()
        gold_punctuated: set[int] = set()
        offset = 0
        for line in lines[:-1]:
            offset += len(line) + 1
            gold.add(offset)
            if line.endswith(TERMINAL):
                gold_punctuated.add(offset)
        if lang == "ko-kiwi":
            found = _kiwi_alone_starts(text)
        else:
            found = {segment.start for segment in segment_document(text, lang)[1:]}
        true_positive += len(gold & found)
        false_positive += len(found - gold)
        false_negative += len(gold - found)
        punctuated += len(gold_punctuated)
        punctuated_found += len(gold_punctuated & found)
    return {
        "precision": true_positive / max(1, true_positive + false_positive),
        "recall": true_positive / max(1, true_positive + false_negative),
        "recall_punctuated": punctuated_found / max(1, punctuated),
        "gold": true_positive + false_negative,
        "found": true_positive + false_positive,
    }


def pair_document(korean: list[str], english: list[str]) -> Document:
    """Line i ↔ line i, as ``tqa check --parallel`` builds it."""
    source, target, links = [], [], []
    s_offset = t_offset = 0
    for index, (ko, en) in enumerate(zip(korean, english)):
        source.append(Segment(index, ko.strip(), s_offset, s_offset + len(ko.strip())))
        target.append(Segment(index, en.strip(), t_offset, t_offset + len(en.strip())))
        links.append(Link((index,), (index,)))
        s_offset += len(ko) + 1
        t_offset += len(en) + 1
    return Document("ko", "en", "\n".join(korean), "\n".join(english), source, target, links)


def false_alarms(korean: list[str], english: list[str], show: bool) -> tuple[collections.Counter, int, list]:
    """Per rule and severity, the findings on a line-aligned set; also where they are."""
    rules = [rule for rule in all_rules() if rule.check in FAMILIES]
    document = pair_document(korean, english)
    issues = run_checks(document, rules, CheckContext(fast=True))
    counts = collections.Counter(f"{issue.rule} {issue.severity}" for issue in issues)
    where = [(issue.target_segments[0] + 1, issue.rule) for issue in issues if issue.target_segments]
    if show:
        for issue in issues:
            segment = document.target_segments[issue.target_segments[0]].text if issue.target_segments else ""
            print(issue.rule, issue.severity, repr(issue.target_span.text if issue.target_span else ""), "|", segment)
    return counts, len(document.links), where


# -- planted errors: how often does each rule catch the error it is for? -------------------

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _insert_at_word(text: str, rng: random.Random, make) -> str | None:
    """Apply ``make(word)`` to one random lower-case alphabetic word of ``text``."""
    words = [m for m in re.finditer(r"(?<=\s)[a-z]+(?=\s)", text)]
    if not words:
        return None
    word = rng.choice(words)
    return text[:word.start()] + make(word.group(0)) + text[word.end():]


def plant(rule: str, source: str, target: str, rng: random.Random) -> str | None:
    """``target`` with one error of the kind ``rule`` is for, or None when not applicable."""
    if rule == "TQA001":
        hangul = _HANGUL_WORD.findall(source)
        return _insert_at_word(target, rng, lambda w: f"{w} {rng.choice(hangul)}") if hangul else None
    if rule == "TQA002":
        return ""
    if rule == "TQA003":
        return source
    if rule == "TQA010":
        return _insert_at_word(target, rng, lambda w: f"({w}") if "(" not in target else None
    if rule == "TQA011":
        return _insert_at_word(target, rng, lambda w: f'"{w}') if '"' not in target else None
    if rule == "TQA012":
        mark = rng.choice(["「{}」", "{}～", "{}、", "《{}》", "{}……"])
        return _insert_at_word(target, rng, mark.format)
    if rule == "TQA013":
        return _insert_at_word(target, rng, lambda w: f"{w} ")
    if rule == "TQA020":
        return _insert_at_word(target, rng, lambda w: f"{w} {w}")
    if rule == "TQA021":
        match = rng.choice(list(re.finditer(r"(?<=\s)([a-z]+ [a-z]+)(?=\s)", target)) or [None])
        return target[:match.end()] + " " + match.group(1) + target[match.end():] if match else None
    return None


def planted_recall(korean: list[str], english: list[str], seed: int = 7) -> dict[str, tuple[int, int]]:
    """rule → (planted, caught): each rule alone, on every line where its error applies."""
    rng = random.Random(seed)
    results = {}
    for rule in [r for r in all_rules() if r.check in FAMILIES]:
        corrupted, planted_lines = [], 0
        for ko, en in zip(korean, english):
            changed = plant(rule.code, ko.strip(), en.strip(), rng)
            corrupted.append(en.strip() if changed is None else changed)
            planted_lines += changed is not None
        clean = pair_document(korean, english)
        before = {i.target_segments[0] if i.target_segments else i.source_segments[0]
                  for i in run_checks(clean, [rule], CheckContext(fast=True))}
        document = pair_document(korean, corrupted)
        after = {i.target_segments[0] if i.target_segments else i.source_segments[0]
                 for i in run_checks(document, [rule], CheckContext(fast=True))}
        planted_ids = {n for n, (ko, en) in enumerate(zip(korean, english)) if corrupted[n] != en.strip()}
        results[rule.code] = (len(planted_ids), len((after - before) & planted_ids))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every finding on the professional sets")
    arguments = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}; nothing measured")
        return 0
    sets = parallel_sets()
    out = ["# Basic checks: sentence splitting and false alarms", "",
           "Written by `benchmarks/eval_basic_checks.py` (see its docstring for the method).", "",
           "## Sentence boundaries (lines of one document joined, then re-split)", "",
           "| set | lang | gold | found | precision | recall | recall (punctuated ends) |",
           "|---|---|---:|---:|---:|---:|---:|"]
    for name, (keys, korean, english) in sets.items():
        for lang, lines in (("en", english), ("ko", korean), ("ko-kiwi", korean)):
            score = boundary_scores(documents(keys, lines), lang)
            out.append(f"| {name} | {lang} | {score['gold']} | {score['found']} | {score['precision']:.3f} "
                       f"| {score['recall']:.3f} | {score['recall_punctuated']:.3f} |")
    out += ["", "Precision on flores200-dev and ntrex128 is a lower bound: their lines may hold several "
            "sentences (Korean translations especially), and a correct split inside a line counts as "
            "false here. ud-pud lines are single sentences, so its precision is exact. "
            "`ko-kiwi` is kiwipiepy's own split, before the repairs in `tqa.segment` "
            "(quotes, attributions, missed boundaries, list labels).", "",
            "## Findings on professional translations (each one a suspected false alarm)", ""]
    rules = [rule for rule in all_rules() if rule.check in FAMILIES]
    counts_by_set = {}
    for name in ("flores200-dev", "ntrex128"):
        _, korean, english = sets[name]
        counts_by_set[name] = false_alarms(korean, english, arguments.show)
    header = "| rule | family | severity | doc | " + " | ".join(
        f"{n} ({counts_by_set[n][1]} pairs)" for n in counts_by_set) + " |"
    out += [header, "|---|---|---|---|" + "---:|" * len(counts_by_set)]
    for rule in rules:
        cells = []
        for name, (counts, _, _) in counts_by_set.items():
            found = {key.split()[1]: value for key, value in counts.items() if key.split()[0] == rule.code}
            cells.append(", ".join(f"{value} {severity}" for severity, value in sorted(found.items())) or "0")
        out.append(f"| {rule.code} | {rule.check} | {rule.severity} | {rule.doc} | " + " | ".join(cells) + " |")
    out += ["", "## Planted errors (recall)", "",
            "Each rule alone, on copies of the professional targets with one error of its kind "
            "planted per applicable line (a Hangul word of the source, an empty or copied target, "
            "an unclosed `(` or `\"`, CJK marks, a doubled space, word or two-word phrase), "
            "fixed random seed. Caught = the rule now reports that line.", "",
            "| rule | " + " | ".join(f"{n} planted | caught" for n in counts_by_set) + " |",
            "|---|" + "---:|---:|" * len(counts_by_set)]
    recalls = {name: planted_recall(sets[name][1], sets[name][2]) for name in counts_by_set}
    for rule in rules:
        cells = []
        for name in counts_by_set:
            planted_count, caught = recalls[name][rule.code]
            cells.append(f"{planted_count} | {caught} ({caught / max(1, planted_count):.0%})")
        out.append(f"| {rule.code} | " + " | ".join(cells) + " |")
    out += ["", "### Every finding, read by hand", "",
            "Target line numbers (print the findings with `--show`); verdicts from reading them.", "",
            "| set | line | rule | verdict |", "|---|---:|---|---|"]
    verdicts = collections.Counter()
    for name, (_, _, where) in counts_by_set.items():
        for line, code in where:
            verdict = READ.get((name, line, code), "not yet read")
            verdicts[verdict.split(":")[0]] += 1
            out.append(f"| {name} | {line} | {code} | {verdict} |")
    out += ["", "Totals: " + ", ".join(f"{count} {kind}" for kind, count in verdicts.most_common()) + "."]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
