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

from tqa.analyse import quantities as number_checks  # noqa: E402
from tqa.checks import load_all  # noqa: E402
from tqa.checks.registry import RULES  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks  # noqa: E402
from tqa.document import Document, document_from_pairs  # noqa: E402
from tqa.quantity import DateValue, MONTH_NAMES  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "numbers.md"
VERBOSE = False

#: our reading of every flag on the professional sets: (set, 1-based line) → (verdict, reason).
#: "genuine" = the two sides really disagree (mostly the Korean translator's slip: these sets
#: were translated from English); "false" = the check is wrong.
PROFESSIONAL_REVIEW = {
    ("flores200-dev", 167): ("genuine", "the Korean leaves out the number of gunmen (10)"),
    ("flores200-dev", 591): ("genuine", "the Korean has thousands of trillions for trillions"),
    ("ntrex128", 47): ("genuine", "the Korean has an hour and a half for half an hour"),
    ("ntrex128", 129): ("genuine", "the Korean has thousands for tens of thousands"),
    ("ud-pud", 27): ("genuine", "the Korean has millions for hundreds"),
    # no longer flagged since °C↔°F conversions and "in the 90s" temperature bands are read
    ("flores200-dev", 192): ("false", "32℃ rendered as 'in the 90s' (a Fahrenheit band)"),
    ("flores200-dev", 470): ("genuine", "the Korean has 1940 for the 1480s"),
    ("ntrex128", 77): ("genuine", "the Korean turned £11 million into 11 million dollars"),
    ("ntrex128", 83): ("genuine", "the Korean has 1,100 pounds for £11 million"),
    ("ntrex128", 166): ("genuine", "the Korean leaves out the date (30 September)"),
    ("ntrex128", 214): ("genuine", "the Korean has 1.5 inches for half an inch"),
    ("ntrex128", 231): ("genuine", "the Korean has 2.04 million for 20.4 million"),
    ("ntrex128", 405): ("genuine", "the Korean has Sunday for Saturday"),
    ("ntrex128", 1222): ("genuine", "the Korean has $36bn for $3.6bn"),
    ("ntrex128", 1380): ("genuine", "the Korean has Friday for Sunday"),
    ("ntrex128", 1413): ("genuine", "the Korean adds two gold medals (2 of 4) the English does not state"),
    ("ntrex128", 1739): ("false", "a garbled Korean match time (minutes written twice) against 3:35: reported as "
                                  "missing/extra instead of one mismatch"),
    ("ud-pud", 361): ("genuine", "the Korean has 12,000 volunteers for 1200"),
    ("ud-pud", 448): ("genuine", "the Korean has 200 kW for 2900 kilowatts"),
    ("ud-pud", 626): ("genuine", "the Korean has 1856 for the 1858 treaty"),
    ("ud-pud", 728): ("genuine", "the Korean has 1339 for 1399"),
}

#: our reading of park-news-dev flags (1-based line → verdict, reason); figures only, no corpus text
PARK_REVIEW = {
    111: ("real", "TQA101: the Korean count is 50만 (500,000), the English 50,000: 10× apart"),
    448: ("real", "TQA101: the Korean says 650 people where the English has 6.5 million: 만 lost"),
    542: ("real", "TQA101: 5.5501 dollars vs $3.5501: the leading digit differs"),
    717: ("real", "TQA143: 사흘 (three days) vs a four-day slide"),
    373: ("real", "TQA102/TQA103: a fee of 0.5 dollars (about 500 won) vs 15 cents"),
    611: ("real", "TQA101: 117 km vs 110 miles (177 km): one of them is wrong"),
    652: ("real", "TQA142/TQA144: a clock time (21:30) became a duration of 21 hours 30 minutes"),
    827: ("real", "TQA142: the month (July) of the date is not in the English"),
    790: ("real", "TQA102: the English line drops the death toll (5)"),
    535: ("real", "TQA103: the $3.98 fall of the English is not in the Korean"),
    573: ("false", "TQA102/TQA103: English ellipsis, '200' carries 'million euros' from the clause before"),
    179: ("false", "TQA102/TQA103: the euro signs of the English line are mojibake, so 176/114 euros are unreadable"),
    229: ("false", "TQA101: a missing space in the Korean score (6-3 6-2 written as 6-36-2) reads as 36"),
    268: ("false", "TQA102/TQA103: a missing space in the Korean (Boeing 747 + 30 planes written as one number)"),
    833: ("false", "TQA102/TQA103: the lines are misaligned (a bilingual headline against another sentence)"),
    315: ("false", "TQA102: the age is in the next English line (the sentences are split differently)"),
    550: ("false", "TQA102: 'phase 2 … phase 3' paraphrased as a three-phase agreement"),
    941: ("false", "TQA103: a dictionary entry in the Korean file paired with an unrelated English line"),
    884: ("false", "TQA102: a bilingual headline line paired with an unrelated English sentence"),
    73: ("false", "TQA102/TQA103: the English line holds two more sentences than the Korean (alignment)"),
}
load_all()  # rules register themselves on import: without this RULES_USED is empty and nothing is flagged
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
    pud = DATA / "ud-pud"
    if pud.exists():
        ko = read_lines(pud / "pud.ko")
        sets["ud-pud"] = (ko, read_lines(pud / "pud.en"), [str(i) for i in range(len(ko))])
    park = DATA / "park-news-dev"
    if park.exists():
        ko = read_lines(park / "korean-english-park.dev.ko")
        sets["park-news-dev"] = (ko, read_lines(park / "korean-english-park.dev.en"),
                                 [str(i // 10) for i in range(len(ko))])
    return sets


def build_document(korean: list[str], english: list[str]) -> Document:
    """One segment per line on each side, line i linked to line i."""
    return document_from_pairs(zip(korean, english), score=1.0)


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
        # change any digit the text states (a changed leading digit must not become 0)
        position = digits[rng.randrange(len(digits))]
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
    report += ["", "### Every flag on the professional sets, read by hand", "",
                "| set | line | verdict | why |", "|---|---|---|---|"]
    false_by_set: Counter = Counter()
    for name in ("flores200-dev", "ntrex128", "ud-pud"):
        for line in sorted(all_flags.get(name, {})):
            verdict, why = PROFESSIONAL_REVIEW.get((name, line + 1), ("unread", "flag not read yet"))
            false_by_set[name] += verdict != "genuine"
            report.append(f"| {name} | {line + 1} | {verdict} | {why} |")
    report += ["", "Falsely flagged pairs (flags read as false or not yet read): " + ", ".join(
        f"{name} {false_by_set[name]}/{len(sets[name][0])} ({false_by_set[name] / len(sets[name][0]):.2%})"
        for name in ("flores200-dev", "ntrex128", "ud-pud") if name in sets)]
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
        report += ["", "## park-news-dev: flags read by hand", "",
                   "| line | verdict | why | still flagged |", "|---|---|---|---|"]
        for line, (verdict, why) in sorted(PARK_REVIEW.items(), key=lambda item: (item[1][0] != "real", item[0])):
            report.append(f"| {line} | {verdict} | {why} | {'yes' if line - 1 in by_line else 'no'} |")
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
