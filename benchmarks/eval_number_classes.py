"""Injected-error benchmark for the number and date rules, one figure per class of issue 11.

Host pairs are real clean pairs from ``../shared/data`` (FLORES-200 dev, NTREX-128, UD-PUD,
JHE dev; the lock box's ``tuning`` half only). To each host the procedure appends one clause
pair of a class: the Korean clause with a random value, and its English rendering either
**right** (the control) or **wrong** the way the class goes wrong (the injection). The
procedure is a table of clause templates and value rules written by the author of the
grammar (so it is the author's own set, kept apart from the fixture rows): it never calls
the checker, and the values are drawn at random (seeded).

Classes: ``points`` (코스피 N포인트 → N percent / percentage points), ``durations``
(N년 M개월 → M years and N months, months dropped, wrong month count), ``fractions``
(N분의 1, 절반 → another fraction), ``ordinals`` (N번째, 제N차, N위 → another ordinal),
``units`` (배럴 → cubic metres, 평 → square metres, 근 → kilograms, km → miles with the same
number), ``times`` (오전 N시, N시 반, M분 S초, scores N대 M → another time or score).

Figures (``tqa check --parallel --fast --select number,date``, findings of minor and above):
**recall** per class = injected pairs with a number/date finding that the control pair of
the same host and value does not have; **control false alarms** = control pairs with a
finding the bare host does not have, per 100; **host findings** = findings on the bare real
pairs per 100 (an upper bound on false alarms: the precision ledger labels most of them true).

    python benchmarks/eval_number_classes.py [--hosts 40] [--seed 11]

Writes ``benchmarks/results/number_classes.md``. Skips with a message when the data is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from lockbox import CLEAN, DATA, SETS, split  # noqa: E402

RESULT = BENCH / "results" / "number_classes.md"
SEVERITIES = ("minor", "major", "critical")

_ORDINAL_WORDS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth"]
_FRACTIONS = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth"}
_HOURS = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _ordinal(n: int) -> str:
    if n < len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _other(rng: random.Random, value: int, low: int, high: int) -> int:
    choices = [v for v in range(low, high + 1) if v != value]
    return rng.choice(choices)


# each generator: rng → (korean clause, right english, wrong english, variant)
def _points(rng):
    v = round(rng.uniform(3, 60), 1)
    ko = rng.choice([f"코스피는 {v}포인트 하락했다.", f"코스닥 지수가 {v}포인트 올랐다."])
    index = "The KOSPI fell" if "코스피" in ko else "The KOSDAQ index rose"
    wrong = rng.choice([f"{index} {v} percent.", f"{index} {v}%.", f"{index} {v} percentage points."])
    return ko, f"{index} {v} points.", wrong, "points→percent"


def _durations(rng):
    y, m = rng.randint(2, 9), rng.randint(1, 11)
    while m == y:
        m = rng.randint(1, 11)
    ko = f"그는 {y}년 {m}개월 동안 그곳에서 일했다."
    right = rng.choice([f"He worked there for {y} years and {m} months.", f"He worked there for {y * 12 + m} months."])
    kind = rng.choice(["swapped", "dropped", "count"])
    wrong = {"swapped": f"He worked there for {m} years and {y} months.",
             "dropped": f"He worked there for {y} years.",
             "count": f"He worked there for {y * 12 + m + rng.choice([-5, -2, 3, 6])} months."}[kind]
    return ko, right, wrong, f"duration {kind}"


def _fractions(rng):
    if rng.random() < 0.3:
        return ("참가자의 절반이 찬성했다.", "Half of the participants agreed.",
                f"{rng.choice(['A third', 'A quarter'])} of the participants agreed.", "절반")
    d = rng.randint(2, 5)
    wrong_d = _other(rng, d, 2, 5)
    return (f"참가자의 {d}분의 1이 찬성했다.", f"{_FRACTIONS[d].capitalize()} of the participants agreed.",
            f"{_FRACTIONS[wrong_d].capitalize()} of the participants agreed.", "N분의 1")


def _ordinals(rng):
    form = rng.choice(["번째", "차", "위"])
    n = rng.randint(2, 9) if form != "위" else rng.randint(2, 40)
    w = _other(rng, n, max(1, n - 2), n + 2)
    if form == "번째":
        return (f"이번이 그의 {n}번째 방문이다.", f"This is his {_ordinal(n)} visit.",
                f"This is his {_ordinal(w)} visit.", "N번째")
    if form == "차":
        return (f"제{n}차 회의가 열렸다.", f"The {_ordinal(n)} meeting was held.",
                f"The {_ordinal(w)} meeting was held.", "제N차")
    return (f"그는 이번 대회에서 {n}위를 했다.", f"He finished {_ordinal(n)} in the competition.",
            f"He finished {_ordinal(w)} in the competition.", "N위")


def _units(rng):
    kind = rng.choice(["barrel", "pyeong", "geun", "km"])
    v = rng.randint(2, 90)
    if kind == "barrel":
        return (f"매장량은 {v}억 배럴로 추정된다.", f"Reserves are estimated at {v * 100} million barrels.",
                f"Reserves are estimated at {v * 100} million cubic metres.", "배럴→m³")
    if kind == "pyeong":
        return (f"그 아파트는 {v}평이다.", f"The apartment is {v} pyeong.",
                f"The apartment is {v} square metres.", "평→m²")
    if kind == "geun":
        return (f"고기 {v}근을 샀다.", f"They bought {v} geun of meat.",
                f"They bought {v} kilograms of meat.", "근→kg")
    return (f"두 도시는 {v}km 떨어져 있다.", f"The two cities are {v} km apart.",
            f"The two cities are {v} miles apart.", "km→miles")


def _times(rng):
    kind = rng.choice(["am", "half", "race", "score"])
    if kind == "am":
        h = rng.randint(5, 11)
        right = rng.choice([f"He gets up at {h} a.m.", f"He gets up at {h} in the morning."])
        return f"그는 오전 {h}시에 일어난다.", right, f"He gets up at {h + 1} a.m.", "오전 N시"
    if kind == "half":
        h = rng.randint(1, 11)
        return (f"공연은 {h}시 반에 시작한다.", f"The show starts at half past {_HOURS[h]}.",
                f"The show starts at half past {_HOURS[h + 1]}.", "N시 반")
    if kind == "race":
        m, s = rng.randint(1, 9), rng.randint(10, 50)
        return (f"그는 {m}분 {s}초 만에 들어왔다.", f"He came in at {m}:{s:02d}.",
                f"He came in at {m}:{s + 7:02d}.", "M분 S초")
    a, b = rng.randint(1, 5), rng.randint(0, 4)
    while b == a:
        b = rng.randint(0, 4)
    return (f"우리 팀은 {a}대 {b}로 경기를 마쳤다.", f"Our team finished the game {a}-{b}.",
            f"Our team finished the game {a}-{b + rng.choice([1, 2])}.", "N대 M")


CLASSES = {"points": _points, "durations": _durations, "fractions": _fractions, "ordinals": _ordinals,
           "units": _units, "times": _times}


def _hosts(rng: random.Random, count: int) -> list[tuple[str, str]]:
    pairs = []
    for name in CLEAN:
        if not all((DATA / p).exists() for p in SETS[name]):
            continue
        korean_path, english_path = (DATA / p for p in SETS[name])
        korean = korean_path.read_text(encoding="utf-8").splitlines()
        english = english_path.read_text(encoding="utf-8").splitlines()
        for line in split(name)["tuning"]:
            pairs.append((korean[line - 1].strip(), english[line - 1].strip()))
    pairs = [p for p in pairs if p[0] and p[1]]
    return rng.sample(pairs, min(count, len(pairs)))


def _run(korean: list[str], english: list[str]) -> list[list[tuple]]:
    """The number/date findings (rule, source span, target span) of every line."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as tmp:
        ko, en, out = Path(tmp) / "k.txt", Path(tmp) / "e.txt", Path(tmp) / "r.json"
        ko.write_text("".join(line + "\n" for line in korean), encoding="utf-8")
        en.write_text("".join(line + "\n" for line in english), encoding="utf-8")
        command = [sys.executable, "-m", "tqa", "check", str(ko), str(en), "--parallel", "--fast",
                   "--select", "number,date", "--format", "json", "-o", str(out), "--fail-on", "never"]
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"tqa exit {result.returncode}: {result.stderr.strip()[:400]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    per_line: list[list[tuple]] = [[] for _ in korean]
    for document in report["documents"]:
        for issue in document["issues"]:
            if issue["severity"] not in SEVERITIES:
                continue
            segments = issue["source_segments"] or issue["target_segments"]
            if segments:
                per_line[min(segments)].append((issue["rule"], (issue.get("source_span") or {}).get("text"),
                                                (issue.get("target_span") or {}).get("text")))
    return per_line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=40, help="host pairs per class")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--output", type=Path, default=RESULT)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}; nothing measured")
        return 0
    rng = random.Random(args.seed)
    rows = []  # (class, variant, host ko, host en, clause ko, right, wrong)
    for name, generator in CLASSES.items():
        for host_ko, host_en in _hosts(rng, args.hosts):
            clause_ko, right, wrong, variant = generator(rng)
            rows.append((name, variant, host_ko, host_en, clause_ko, right, wrong))
    korean, english = [], []
    for _, _, host_ko, host_en, clause_ko, right, wrong in rows:
        korean += [host_ko, f"{host_ko} {clause_ko}", f"{host_ko} {clause_ko}"]
        english += [host_en, f"{host_en} {right}", f"{host_en} {wrong}"]
    started = time.monotonic()
    found = _run(korean, english)
    seconds = time.monotonic() - started
    recall = defaultdict(lambda: [0, 0])
    variants = defaultdict(lambda: [0, 0])
    control = defaultdict(lambda: [0, 0])
    hosts_flagged = 0
    for index, (name, variant, *_rest) in enumerate(rows):
        host, right, wrong = (set(found[3 * index + k]) for k in range(3))
        caught = bool(wrong - right)
        recall[name][0] += caught
        recall[name][1] += 1
        variants[(name, variant)][0] += caught
        variants[(name, variant)][1] += 1
        control[name][0] += bool(right - host)
        control[name][1] += 1
        hosts_flagged += bool(host)
    total = len(rows)
    lines = ["# Injected number/date errors, per class", "",
             f"Written by `benchmarks/eval_number_classes.py` (seed {args.seed}, {args.hosts} host pairs per class from "
             f"the tuning half of the clean sets, {seconds:.0f} s). Each host is a real clean pair; one clause pair of "
             "the class is appended, its English right (control) or wrong (injected). The clause templates are the "
             "grammar author's own (see the script's docstring); the values are random. `tqa check --parallel --fast "
             "--select number,date`, findings of minor and above.", "",
             "| class | injected | caught | recall | control pairs with a new finding | control FA/100 |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in CLASSES:
        caught, n = recall[name]
        fa, m = control[name]
        lines.append(f"| {name} | {n} | {caught} | {caught / n:.2f} | {fa} | {100 * fa / m:.1f} |")
    all_caught = sum(c for c, _ in recall.values())
    all_fa = sum(f for f, _ in control.values())
    lines += [f"| **all** | {total} | {all_caught} | {all_caught / total:.2f} | {all_fa} | {100 * all_fa / total:.1f} |",
              "", f"Bare host pairs (uninjected real pairs) with any number/date finding: {hosts_flagged} of {total} "
              f"({100 * hosts_flagged / total:.1f} per 100; an upper bound on false alarms, most are labelled true in "
              "the precision ledger).", "", "## Per variant", "", "| class | variant | injected | caught | recall |",
              "|---|---|---:|---:|---:|"]
    for (name, variant), (caught, n) in sorted(variants.items()):
        lines.append(f"| {name} | {variant} | {n} | {caught} | {caught / n:.2f} |")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[6:6 + len(CLASSES) + 1]))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
