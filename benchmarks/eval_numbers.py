"""Evaluate the number/date checks (families ``number`` and ``date``) on real parallel data.

Measures, on ../shared/data (skipped with a message when absent):

1. **False flags** on professional translations: the share of pairs of flores200-dev and
   ntrex128 (Korean → English direction) that the number/date rules flag at all, and per rule.
2. **Recall** on errors injected into the English side of pairs the checks leave clean:
   change a value (one digit), change a unit or currency, change a month, drop a figure.
3. **Flags on park-news-dev** (noisy real translations), listed by line number for reading.
4. **Speed**: pairs/s of the number+date checks alone, and of pofilter's ``numbers`` test
   (translate-toolkit) on the same pairs.

ntrex128: the English file ``newstest2019-src.eng.txt`` is the original the Korean
reference was translated from; ``ref.eng-US`` differs only in US spelling on 62 lines.
We check source = ``ref.kor``, target = ``src.eng``.

Writes ``benchmarks/results/numbers.md`` (figures and line numbers only, no corpus text).
Run: ``.venv/bin/python benchmarks/eval_numbers.py [--show-park] [--show-flags SET]``.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tqa.checks import numbers as number_checks  # noqa: E402
from tqa.checks.registry import RULES  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks  # noqa: E402
from tqa.document import Document, Link, Segment  # noqa: E402
from tqa.quantity import DateValue, MONTH_NAMES  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "numbers.md"
VERBOSE = False
RULES_USED = [rule for rule in RULES.values() if rule.check in ("number", "date")]


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_sets() -> dict[str, tuple[list[str], list[str], list[str]]]:
    """name → (korean lines, english lines, document id per line)."""
    sets = {}
    flores = DATA / "flores200-dev"
    if flores.exists():
        meta = read_lines(flores / "metadata_dev.tsv")[1:]
        sets["flores200-dev"] = (read_lines(flores / "kor_Hang.dev"), read_lines(flores / "eng_Latn.dev"),
                                 [row.split("\t")[0] for row in meta])
    ntrex = DATA / "ntrex128"
    if ntrex.exists():
        sets["ntrex128"] = (read_lines(ntrex / "newstest2019-ref.kor.txt"),
                            read_lines(ntrex / "newstest2019-src.eng.txt"),
                            read_lines(ntrex / "DOCUMENT_IDS.tsv"))
    park = DATA / "park-news-dev"
    if park.exists():
        ko = read_lines(park / "korean-english-park.dev.ko")
        sets["park-news-dev"] = (ko, read_lines(park / "korean-english-park.dev.en"),
                                 [str(i // 10) for i in range(len(ko))])
    return sets


def build_document(korean: list[str], english: list[str]) -> Document:
    """One segment per line on each side, line i linked to line i."""
    def segments(lines):
        result, offset = [], 0
        for index, line in enumerate(lines):
            result.append(Segment(index, line, offset, offset + len(line)))
            offset += len(line) + 1
        return result

    return Document(None, None, "\n".join(korean), "\n".join(english), segments(korean), segments(english),
                    [Link((i,), (i,), 1.0) for i in range(len(korean))])


def check_lines(korean: list[str], english: list[str], doc_ids: list[str]):
    """Issues per line index, running pair rules and the document rules per document."""
    by_line = defaultdict(list)
    groups: dict[str, list[int]] = {}
    for index, doc in enumerate(doc_ids):
        groups.setdefault(doc, []).append(index)
    context = CheckContext(fast=True)
    for lines in groups.values():
        document = build_document([korean[i] for i in lines], [english[i] for i in lines])
        for issue in run_checks(document, RULES_USED, context):
            segment = (issue.source_segments or issue.target_segments)[0]
            by_line[lines[segment]].append(issue)
    return by_line


# --- error injection --------------------------------------------------------------------

_UNIT_SWAPS = [(r"\bdollars\b", "euros"), (r"\beuros\b", "dollars"), (r"US\$", "€"), (r"\$", "€"),
               (r"€", "$"), (r"£", "$"), (r"\bpounds\b", "dollars"), (r"\bwon\b", "dollars"),
               (r"\byen\b", "dollars"), (r"\byuan\b", "dollars"),
               (r"percentage points?", "percent"), (r"per ?cent\b", "percentage points"), (r"%", " percentage points"),
               (r"\bkm/h\b", "mph"), (r"\bkm\b", "miles"), (r"kilomet(?:er|re)s", "miles"), (r"\bmiles\b", "kilometers"),
               (r"\btons?\b|\btonnes?\b", "kilograms"), (r"\bkg\b|kilograms?", "tons"), (r"\bmeters?\b|\bmetres?\b", "feet"),
               (r"\bfeet\b", "meters"), (r"\bcents?\b", "dollars"), (r"\bbarrels\b", "tons")]


def inject(english: str, quantity, kind: str, rng: random.Random) -> str | None:
    """The English line with one error of ``kind`` put into ``quantity``; None if not applicable."""
    text = quantity.text
    start, end = quantity.span
    if kind == "value":
        if not isinstance(quantity.value, float) or not quantity.strong:
            return None
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if not digits:
            return None
        # change a significant digit: the first one (always significant)
        position = digits[0]
        old = text[position]
        new = str((int(old) + rng.randint(1, 8)) % 10)
        if new == "0" and position == digits[0]:
            new = str((int(old) % 9) + 1) if old != "9" else "8"
        if new == old:
            return None
        changed = text[:position] + new + text[position + 1:]
        return english[:start] + changed + english[end:]
    if kind == "unit":
        if quantity.kind not in ("currency", "measure", "percent", "percentage_point"):
            return None
        for pattern, replacement in _UNIT_SWAPS:
            match = re.search(pattern, text)
            if match:
                changed = text[:match.start()] + replacement + text[match.end():]
                return english[:start] + changed + english[end:]
        return None
    if kind == "month":
        if not isinstance(quantity.value, DateValue) or quantity.value.month is None:
            return None
        for index, name in enumerate(MONTH_NAMES):
            for form in (name, name[:3] + "."):
                if form in text:
                    other = MONTH_NAMES[(index + rng.randint(1, 10)) % 12]
                    changed = text.replace(form, other, 1)
                    return english[:start] + changed + english[end:]
        return None
    if kind == "drop":
        if not quantity.strong:
            return None
        before = english[:start].rstrip()
        before = re.sub(r"\b(?:about|around|some|nearly|almost|more than|less than|over|under|up to|at least|"
                        r"approximately|roughly|on|in|at|of|by|to|from|since|the|a|an)$", "", before, flags=re.I).rstrip()
        return (before + " " + english[end:].lstrip()).strip()
    raise ValueError(kind)


def recall(sets, flagged_lines, rng) -> dict[str, list[int]]:
    """Per error type: [injected, detected]."""
    outcome = {kind: [0, 0] for kind in ("value", "unit", "month", "drop")}
    misses = defaultdict(list)
    for name in ("flores200-dev", "ntrex128"):
        if name not in sets:
            continue
        korean, english, _ = sets[name]
        for index, (ko, en) in enumerate(zip(korean, english)):
            if index in flagged_lines[name]:
                continue
            match = number_checks.match_quantities(ko, en)
            for kind in outcome:
                options = [t for s, t in match.matched if s.strong and t.strong]
                if not options:
                    continue
                target = options[rng.randrange(len(options))]
                if kind == "month":
                    months = [t for s, t in match.matched if isinstance(t.value, DateValue) and t.value.month]
                    if not months:
                        continue
                    target = months[0]
                if kind == "unit":
                    units = [t for s, t in match.matched if t.kind in ("currency", "measure", "percent", "percentage_point")]
                    if not units:
                        continue
                    target = units[0]
                changed = inject(en, target, kind, rng)
                if changed is None or changed == en:
                    continue
                outcome[kind][0] += 1
                issues = check_lines([ko], [changed], ["x"])
                if issues:
                    outcome[kind][1] += 1
                else:
                    misses[kind].append((name, index + 1))
                    if VERBOSE:
                        print(f"MISS {kind} {name}:{index + 1} [{target.text}]\n  {ko}\n  {changed}")
    return outcome, misses


def pofilter_numbers(korean, english) -> tuple[int, float]:
    try:
        from translate.filters import checks
    except ImportError:
        return -1, 0.0
    checker = checks.StandardChecker()
    flagged = 0
    began = time.perf_counter()
    for ko, en in zip(korean, english):
        try:
            checker.numbers(ko, en)
        except Exception:  # FilterFailure
            flagged += 1
    return flagged, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-flags", metavar="SET", help="print every flag of this set with its line text")
    parser.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/numbers.md")
    parser.add_argument("--show-misses", action="store_true", help="print every injected error not detected")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.show_misses
    sets = load_sets()
    if not sets:
        print("../shared/data is absent: nothing to evaluate (skipped)")
        return 0
    report = ["# Number and date checks: measured figures", "",
              "Produced by `benchmarks/eval_numbers.py` (rules TQA100–TQA179, `--fast`). "
              "Direction: Korean source → English target, one pair per line. Line numbers are 1-based.", ""]
    flagged_lines: dict[str, set[int]] = {}
    report += ["## Pairs flagged (professional translations: every flag is a false alarm unless read otherwise)", "",
               "| set | pairs | pairs flagged | share | pairs flagged major | flags by rule |", "|---|---|---|---|---|---|"]
    all_flags = {}
    for name, (korean, english, doc_ids) in sets.items():
        by_line = check_lines(korean, english, doc_ids)
        all_flags[name] = by_line
        flagged_lines[name] = set(by_line)
        rules = Counter(issue.rule for issues in by_line.values() for issue in issues)
        major = sum(1 for issues in by_line.values() if any(i.severity == "major" for i in issues))
        share = len(by_line) / len(korean)
        report.append(f"| {name} | {len(korean)} | {len(by_line)} | {share:.1%} | {major} | "
                      + ", ".join(f"{code}×{count}" for code, count in sorted(rules.items())) + " |")
        print(f"{name}: {len(by_line)}/{len(korean)} pairs flagged ({share:.1%}), major in {major}; {dict(rules)}")
    if args.show_flags and args.show_flags in sets:
        korean, english, _ = sets[args.show_flags]
        for line in sorted(all_flags[args.show_flags]):
            print(f"\n[{line + 1}] {korean[line]}\n      {english[line]}")
            for issue in all_flags[args.show_flags][line]:
                print(f"   {issue.rule} {issue.severity}: {issue.message}")
    rng = random.Random(20261128)
    outcome, misses = recall(sets, flagged_lines, rng)
    report += ["", "## Recall on injected errors (flores200-dev + ntrex128, pairs the checks leave clean)", "",
               "| error type | injected | detected | recall |", "|---|---|---|---|"]
    for kind, (injected, detected) in outcome.items():
        rate = detected / injected if injected else 0.0
        report.append(f"| {kind} | {injected} | {detected} | {rate:.1%} |")
        print(f"recall {kind}: {detected}/{injected} = {rate:.1%}; missed at {misses[kind][:12]}")
    # speed
    pairs = [(k, e) for name in ("flores200-dev", "ntrex128") if name in sets for k, e in zip(*sets[name][:2])]
    from tqa.en import numerals as en_numerals
    from tqa.ko import numerals as ko_numerals
    ko_numerals._extract.cache_clear()
    en_numerals._extract.cache_clear()
    began = time.perf_counter()
    check_lines([k for k, _ in pairs], [e for _, e in pairs], [str(i // 10) for i in range(len(pairs))])
    ours = time.perf_counter() - began
    flagged, theirs = pofilter_numbers([k for k, _ in pairs], [e for _, e in pairs])
    report += ["", "## Speed (same pairs, flores200-dev + ntrex128, one process, cold caches)", "",
               f"- number+date rules: {len(pairs) / ours:,.0f} pairs/s ({len(pairs)} pairs in {ours:.2f} s)"]
    if flagged >= 0:
        report.append(f"- pofilter `numbers` test: {len(pairs) / theirs:,.0f} pairs/s; it flags {flagged} of "
                      f"{len(pairs)} pairs ({flagged / len(pairs):.1%}) — digit-string comparison")
    print(report[-2], report[-1], sep="\n")
    if "park-news-dev" in sets:
        by_line = all_flags["park-news-dev"]
        report += ["", "## park-news-dev flags (line: rules)", "",
                   ", ".join(f"{line + 1}: " + "/".join(sorted({i.rule for i in issues}))
                             for line, issues in sorted(by_line.items()))]
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text("\n".join(report) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
