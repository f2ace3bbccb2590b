"""The bench runner behind ``make bench``.

1. Throughput: ``tqa check --parallel`` over FLORES-200 dev (997 pairs) and over 10,000
   pairs built by cycling the real pairs of every shared set, timed back to back with
   translate-toolkit's ``pofilter`` over the same 10,000 pairs written as a PO file.
   Both run as command-line programs (what a user runs), one after the other, with
   wall time, CPU time and peak memory per run; a second, in-process measurement splits
   tqa's time into start-up, read+segment and checks.
2. The two motivating number cases, pofilter's verdict next to tqa's.
3. Every ``benchmarks/eval_*.py`` present (each writes ``benchmarks/results/*.md``).
4. ``benchmarks/RESULTS.md``: all of the above plus the collected eval results.

The data lives outside the repo (``../shared/data``, or ``$TQA_SHARED_DATA``); without
it the runner says so and leaves RESULTS.md alone.

    python benchmarks/run.py                 # everything
    python benchmarks/run.py --skip-evals    # throughput + motivating cases only
    python benchmarks/run.py --evals-only    # run the eval_*.py scripts and collect
    python benchmarks/run.py --collect       # only re-collect benchmarks/results/*.md
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
RESULTS_MD = BENCH / "RESULTS.md"
RESULTS_DIR = BENCH / "results"
DATA = Path(os.environ.get("TQA_SHARED_DATA", ROOT.parent / "shared" / "data"))

#: (name, Korean file, English file) relative to the data folder; English is the side
#: the Korean translates or is translated from
SETS = (
    ("flores200-dev", "flores200-dev/kor_Hang.dev", "flores200-dev/eng_Latn.dev"),
    ("ntrex128", "ntrex128/newstest2019-ref.kor.txt", "ntrex128/newstest2019-src.eng.txt"),
    ("park-news-dev", "park-news-dev/korean-english-park.dev.ko", "park-news-dev/korean-english-park.dev.en"),
    ("ud-pud", "ud-pud/pud.ko", "ud-pud/pud.en"),
)

#: pairs for the in-process split and the per-rule timing
PROFILE_PAIRS = 2_000

#: the cases from issue 3, as our own sentences: (Korean, English, is the English right?)
MOTIVATING = (
    ("정부는 1억 달러를 지원한다.", "The government will provide 1 billion dollars.", False),
    ("수출액은 23억6,000만달러였다.", "Exports were US$2.36 billion.", True),
)


# --- data ------------------------------------------------------------------------------

def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load_sets(data: Path = DATA) -> dict[str, list[tuple[str, str]]]:
    """Every shared set present, as (Korean, English) pairs with both sides non-empty."""
    sets = {}
    for name, korean, english in SETS:
        ko_path, en_path = data / korean, data / english
        if not (ko_path.is_file() and en_path.is_file()):
            continue
        pairs = [(ko.strip(), en.strip()) for ko, en in zip(read_lines(ko_path), read_lines(en_path))]
        sets[name] = [(ko, en) for ko, en in pairs if ko and en]
    return sets


def cycled_pairs(sets: dict[str, list[tuple[str, str]]], count: int) -> list[tuple[str, str]]:
    """``count`` pairs: all sets one after the other, repeated as often as needed."""
    everything = [pair for name in sorted(sets) for pair in sets[name]]
    return list(islice(cycle(everything), count))


def write_parallel(pairs: list[tuple[str, str]], folder: Path, stem: str) -> tuple[Path, Path]:
    ko_path, en_path = folder / f"{stem}.ko.txt", folder / f"{stem}.en.txt"
    ko_path.write_text("".join(ko + "\n" for ko, _ in pairs), encoding="utf-8")
    en_path.write_text("".join(en + "\n" for _, en in pairs), encoding="utf-8")
    return ko_path, en_path


def write_po(pairs: list[tuple[str, str]], path: Path) -> Path:
    """The pairs as a Gettext PO file (Korean msgid, English msgstr), via translate-toolkit."""
    from translate.storage import po as pofile

    store = pofile.pofile()
    store.updateheader(add=True, Content_Type="text/plain; charset=UTF-8")
    for number, (korean, english) in enumerate(pairs):
        unit = store.addsourceunit(korean)
        unit.target = english
        unit.setcontext(str(number))  # identical sources stay separate units
    path.write_bytes(bytes(store))
    return path


# --- running and timing ----------------------------------------------------------------

@dataclass
class Timed:
    label: str
    command: list[str]
    pairs: int
    wall: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0
    returncode: int = 0
    error: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def rate(self) -> float:
        return self.pairs / self.wall if self.wall else 0.0

    @property
    def cpu_rate(self) -> float:
        """Pairs per CPU second: steadier than wall time on a machine shared with other jobs."""
        return self.pairs / self.cpu if self.cpu else 0.0


def timed_run(label: str, command: list[str], pairs: int, ok_codes=(0,), timeout: float = 3600) -> Timed:
    """Run ``command`` and measure its wall time, CPU time (user+sys) and peak RSS."""
    print(f"  {label} …", end="", flush=True)
    result = Timed(label, command, pairs)
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                result.error = f"timed out after {timeout:.0f} s"
                break
            time.sleep(0.05)
        result.wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        result.returncode = process.returncode
        result.cpu = usage.ru_utime + usage.ru_stime
        result.peak_mb = usage.ru_maxrss / 1024  # Linux reports KiB
        if not result.error and result.returncode not in ok_codes:
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            result.error = f"exit {result.returncode}: " + " | ".join(tail)
    print(f" {result.wall:.1f} s wall, {result.cpu:.1f} s CPU" + (f" ({result.error})" if result.error else ""),
          flush=True)
    return result


def tqa_command(ko: Path, en: Path, output: Path, select: str | None = None, fast: bool = True) -> list[str]:
    command = [sys.executable, "-m", "tqa", "check", str(ko), str(en), "--parallel",
               "--format", "json", "-o", str(output), "--fail-on", "never"]
    if fast:
        command.append("--fast")
    if select:
        command += ["--select", select]
    return command


def pofilter_command(po: Path, output: Path, test: str | None = None) -> list[str]:
    executable = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or shutil.which("pofilter")
    command = [executable or "pofilter", "--progress", "none", "--errorlevel", "none", "-i", str(po), "-o", str(output)]
    if test:
        command += ["-t", test]
    return command


def tqa_issue_counts(report: Path) -> dict:
    data = json.loads(report.read_text(encoding="utf-8"))
    by_check: dict[str, int] = {}
    flagged_pairs = 0
    for document in data["documents"]:
        for family, count in document["summary"]["by_check"].items():
            by_check[family] = by_check.get(family, 0) + count
        flagged_pairs += len({tuple(i["source_segments"]) or tuple(i["target_segments"]) for i in document["issues"]})
    return {"issues": sum(by_check.values()), "by_check": by_check, "flagged_pairs": flagged_pairs}


def pofilter_flag_counts(output: Path) -> dict:
    """Units pofilter wrote out (each failed at least one test), and failures per test."""
    from translate.storage import po as pofile

    store = pofile.pofile(output.read_bytes())
    units = [unit for unit in store.units if not unit.isheader()]
    by_test: dict[str, int] = {}
    for unit in units:
        for note in unit.getnotes("translator").splitlines():
            if note.startswith("(pofilter) "):
                test = note[len("(pofilter) "):].split(":", 1)[0]
                by_test[test] = by_test.get(test, 0) + 1
    return {"flagged_pairs": len(units), "by_test": by_test}


def rule_profile(ko: Path, en: Path) -> list[tuple[str, str, float]]:
    """Seconds per rule over a parallel document, each rule run alone (analyses several
    rules share are charged to the first of them in code order)."""
    from tqa.checks.registry import all_rules
    from tqa.checks.runner import CheckContext, run_checks
    from tqa.pipeline import Options, build_document

    document = build_document(str(ko), str(en), Options(parallel=True, segmented=True, fast=True))
    timings = []
    context = CheckContext(fast=True)
    for rule in all_rules():
        if rule.neural:
            continue
        started = time.perf_counter()
        run_checks(document, [rule], context)
        timings.append((rule.code, rule.check, time.perf_counter() - started))
    return timings


def inprocess_profile(ko: Path, en: Path, select: list[str] | None = None) -> dict:
    """tqa's time split into phases, measured inside this process via ``tqa.pipeline``."""
    started = time.perf_counter()
    from tqa.checks.registry import all_rules
    from tqa.ko.analyser import kiwi
    from tqa.pipeline import Options, build_document, check_document

    all_rules()
    kiwi()
    loaded = time.perf_counter()
    options = Options(parallel=True, segmented=True, fast=True, select=select)
    document = build_document(str(ko), str(en), options)
    built = time.perf_counter()
    check_document(document, options)
    checked = time.perf_counter()
    return {"startup": loaded - started, "read": built - loaded, "check": checked - built,
            "pairs": len(document.links), "issues": len(document.issues)}


# --- the benchmark sections ------------------------------------------------------------

def _tqa_run(key: str, label: str, ko: Path, en: Path, folder: Path, pairs: int, **options) -> Timed:
    report = folder / f"{key}.json"
    run = timed_run(label, tqa_command(ko, en, report, **options), pairs)
    if run.ok:
        run.extra = tqa_issue_counts(report)
    return run


def _pofilter_run(key: str, label: str, po: Path, folder: Path, pairs: int, test: str | None = None) -> Timed:
    output = folder / f"{key}.po"
    run = timed_run(label, pofilter_command(po, output, test), pairs)
    if run.ok:
        run.extra = pofilter_flag_counts(output)
    return run


def throughput(sets: dict, pairs_count: int, folder: Path, neural: bool) -> tuple[dict[str, Timed], dict]:
    """The timed runs, keyed: flores_fast, flores_default, cycled_fast, cycled_pofilter,
    cycled_numbers, cycled_pofilter_numbers (each tqa run right before its pofilter peer)."""
    runs: dict[str, Timed] = {}
    notes: dict = {}
    flores = sets.get("flores200-dev")
    big = cycled_pairs(sets, pairs_count)
    big_ko, big_en = write_parallel(big, folder, "cycled")
    big_po = write_po(big, folder / "cycled.po")
    n = f"{len(big):,} pairs"
    if flores:
        ko, en = write_parallel(flores, folder, "flores")
        runs["flores_fast"] = _tqa_run("flores_fast", "tqa --fast, all rules, flores200-dev", ko, en, folder,
                                       len(flores))
        if neural:
            runs["flores_default"] = _tqa_run("flores_default", "tqa default (models on), flores200-dev",
                                              ko, en, folder, len(flores), fast=False)
    runs["cycled_fast"] = _tqa_run("cycled_fast", f"tqa --fast, all rules, {n}", big_ko, big_en, folder, len(big))
    runs["cycled_pofilter"] = _pofilter_run("cycled_pofilter", f"pofilter, default tests, {n}", big_po, folder,
                                            len(big))
    runs["cycled_numbers"] = _tqa_run("cycled_numbers", f"tqa --fast --select number,date, {n}", big_ko, big_en,
                                      folder, len(big), select="number,date")
    runs["cycled_pofilter_numbers"] = _pofilter_run("cycled_pofilter_numbers", f"pofilter -t numbers, {n}",
                                                    big_po, folder, len(big), test="numbers")
    try:
        print(f"  in-process profile on {min(PROFILE_PAIRS, len(big)):,} pairs …", flush=True)
        sample_ko, sample_en = write_parallel(big[:PROFILE_PAIRS], folder, "sample")
        notes["profile"] = inprocess_profile(sample_ko, sample_en)
        notes["rules"] = rule_profile(sample_ko, sample_en)
        notes["rules_pairs"] = min(PROFILE_PAIRS, len(big))
    except Exception as error:  # the pipeline is still landing: report, don't crash
        notes["profile_error"] = f"{type(error).__name__}: {error}"
    return runs, notes


def motivating_cases(folder: Path) -> list[dict]:
    """pofilter's and tqa's verdicts on the two cases that motivate the numbers check."""
    pairs = [(ko, en) for ko, en, _ in MOTIVATING]
    ko, en = write_parallel(pairs, folder, "motivating")
    po = write_po(pairs, folder / "motivating.po")
    out = folder / "motivating-out.po"
    pofilter_flagged: set[str] = set()
    pofilter_run = timed_run("pofilter", pofilter_command(po, out, "numbers"), len(pairs))
    if pofilter_run.ok:
        from translate.storage import po as pofile

        pofilter_flagged = {unit.source for unit in pofile.pofile(out.read_bytes()).units if not unit.isheader()}
    tqa_flagged: dict[int, list[str]] = {}
    tqa_error = ""
    from tqa.checks.registry import all_rules

    if "number" not in {rule.check for rule in all_rules()}:
        tqa_error = "no number rules registered yet"
    else:
        report = folder / "motivating.json"
        run = timed_run("tqa", tqa_command(ko, en, report, select="number"), len(pairs))
        if run.ok:
            for issue in json.loads(report.read_text(encoding="utf-8"))["documents"][0]["issues"]:
                for segment in issue["source_segments"]:
                    tqa_flagged.setdefault(segment, []).append(f"{issue['rule']}: {issue['message']}")
        else:
            tqa_error = run.error
    rows = []
    for index, (korean, english, correct) in enumerate(MOTIVATING):
        rows.append({
            "korean": korean, "english": english, "correct": correct,
            "pofilter": pofilter_run.error or ("flagged" if korean in pofilter_flagged else "passed"),
            "tqa": tqa_error or ("flagged: " + "; ".join(tqa_flagged[index]) if index in tqa_flagged else "passed"),
        })
    return rows


def run_evals(timeout: float) -> list[dict]:
    outcomes = []
    for script in sorted(BENCH.glob("eval_*.py")):
        print(f"  running {script.name} …", flush=True)
        run = timed_run(script.name, [sys.executable, str(script)], 0, timeout=timeout)
        outcomes.append({"script": script.name, "seconds": run.wall, "peak_mb": run.peak_mb,
                         "status": "ok" if run.ok else run.error})
    return outcomes


# --- the report ------------------------------------------------------------------------

def _machine() -> str:
    from tqa import __version__

    return (f"tqa {__version__}, Python {platform.python_version()}, {platform.system()} "
            f"{platform.machine()}, {os.cpu_count()} CPU(s) shared with other jobs "
            f"(timings are noisy: compare runs made back to back)")


def throughput_markdown(runs: dict[str, Timed], notes: dict, sets: dict, pairs_count: int) -> str:
    lines = ["## Throughput: tqa vs pofilter", "",
             "Data: " + ", ".join(f"{name} ({len(pairs):,} pairs)" for name, pairs in sorted(sets.items()))
             + f"; the {pairs_count:,}-pair input cycles through all of them. Each row is one command-line run "
               "(interpreter start-up, model/analyser loading and report writing included); tqa runs with "
               "`--parallel`, pofilter reads the same pairs as a PO file.", "",
             "| run | pairs | wall s | pairs/s | CPU s | pairs/CPU-s | peak MB | flagged pairs | issues / failures |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for run in runs.values():
        if not run.ok:
            lines.append(f"| {run.label} | {run.pairs:,} | – | – | – | – | – | – | error: {run.error} |")
            continue
        counts = run.extra.get("by_check") or run.extra.get("by_test") or {}
        detail = ", ".join(f"{key} {value}" for key, value in sorted(counts.items(), key=lambda kv: -kv[1]))
        lines.append(f"| {run.label} | {run.pairs:,} | {run.wall:.1f} | {run.rate:,.0f} | {run.cpu:.1f} | "
                     f"{run.cpu_rate:,.0f} | "
                     f"{run.peak_mb:.0f} | {run.extra.get('flagged_pairs', '–')} | {detail or '–'} |")
    ratios = []
    for mine, theirs in (("cycled_fast", "cycled_pofilter"), ("cycled_numbers", "cycled_pofilter_numbers")):
        ours, peer = runs.get(mine), runs.get(theirs)
        if ours and peer and ours.ok and peer.ok and peer.rate:
            cpu_ratio = ours.cpu_rate / peer.cpu_rate if peer.cpu_rate else 0.0
            ratios.append(f"- {ours.label} vs {peer.label}: tqa runs at **{ours.rate / peer.rate:.2f}×** "
                          f"pofilter's pairs/s ({ours.rate:,.0f} vs {peer.rate:,.0f}); per CPU second "
                          f"{cpu_ratio:.2f}× ({ours.cpu_rate:,.0f} vs {peer.cpu_rate:,.0f}).")
    if ratios:
        lines += ["", *ratios]
    profile = notes.get("profile")
    if profile:
        rate = profile["pairs"] / profile["check"] if profile["check"] else 0
        lines += ["", f"In-process split of the {profile['pairs']:,}-pair `--fast` run (Python API `tqa.pipeline`): "
                      f"start-up (rules, Korean analyser) {profile['startup']:.1f} s, read+segment "
                      f"{profile['read']:.1f} s, checks {profile['check']:.1f} s "
                      f"(**{rate:,.0f} pairs/s for the checks alone**), {profile['issues']:,} issues."]
    if notes.get("rules"):
        slowest = sorted(notes["rules"], key=lambda row: -row[2])
        total = sum(seconds for _, _, seconds in slowest) or 1.0
        lines += ["", f"Per-rule time on the same {notes['rules_pairs']:,} pairs, each rule alone, after the run "
                      f"above (so the Korean morphological analysis, cached per sentence, is not counted here: "
                      f"it is most of the difference between the checks' total and the sum of the rules; "
                      f"rules sharing another analysis: the first one pays for it); the five slowest:", "",
                  "| rule | family | s | share |", "|---|---|---:|---:|"]
        lines += [f"| {code} | {family} | {seconds:.2f} | {seconds / total:.0%} |"
                  for code, family, seconds in slowest[:5]]
    if notes.get("profile_error"):
        lines += ["", f"In-process profile not available: {notes['profile_error']}"]
    return "\n".join(lines)


def motivating_markdown(rows: list[dict]) -> str:
    lines = ["## The motivating number cases", "",
             "| Korean | English | English is | pofilter `numbers` | tqa `number` |", "|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row['korean']} | {row['english']} | {'right' if row['correct'] else 'wrong'} | "
                     f"{row['pofilter']} | {row['tqa'].replace('|', '/')} |")
    return "\n".join(lines)


def evals_markdown(outcomes: list[dict]) -> str:
    lines = ["## Evaluations", ""]
    if outcomes:
        lines += ["| script | status | wall s | peak MB |", "|---|---|---:|---:|"]
        lines += [f"| {o['script']} | {o['status']} | {o['seconds']:.1f} | {o['peak_mb']:.0f} |" for o in outcomes]
        lines.append("")
    for path in sorted(RESULTS_DIR.glob("*.md")):
        body = path.read_text(encoding="utf-8").strip()
        lines += [f"### {path.stem} (from `benchmarks/results/{path.name}`)", "", _demote_headings(body), ""]
    if len(lines) == 2:
        lines.append("No `benchmarks/eval_*.py` results yet.")
    return "\n".join(lines)


def _demote_headings(markdown: str) -> str:
    """Nest an eval's own headings under its ### section (Markdown stops at six levels)."""
    out = []
    for line in markdown.splitlines():
        level = len(line) - len(line.lstrip("#"))
        if level and line[level:level + 1] == " ":
            line = "#" * min(6, level + 3) + line[level:]
        out.append(line)
    return "\n".join(out)


def _sections(markdown: str) -> dict[str, str]:
    """A RESULTS.md split into its ``## `` sections, keyed by title."""
    sections: dict[str, str] = {}
    title = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            sections[title] = line + "\n"
        elif title:
            sections[title] += line + "\n"
    return sections


def write_results(sections: list[str]) -> None:
    """Write RESULTS.md; sections not regenerated this time are kept from the old file."""
    fresh = {}
    for section in sections:
        fresh.update(_sections(section))
    old = _sections(RESULTS_MD.read_text(encoding="utf-8")) if RESULTS_MD.exists() else {}
    merged = {**{title: old[title] for title in old if title not in fresh}, **fresh}
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = ["# Benchmark results", "",
              f"Written by `benchmarks/run.py` (`make bench`); last run {stamp}. {_machine()}.", ""]
    known = ["Throughput: tqa vs pofilter", "The motivating number cases", "Evaluations"]
    titles = [t for t in known if t in merged] + [t for t in merged if t not in known]
    RESULTS_MD.write_text("\n".join(header) + "\n" + "\n".join(merged[t].rstrip() + "\n" for t in titles),
                          encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=10_000, help="size of the cycled input (default 10000)")
    parser.add_argument("--skip-evals", action="store_true", help="do not run benchmarks/eval_*.py")
    parser.add_argument("--evals-only", action="store_true", help="only run the eval scripts and collect them")
    parser.add_argument("--collect", action="store_true",
                        help="measure nothing: re-collect benchmarks/results/*.md into RESULTS.md")
    parser.add_argument("--no-neural", action="store_true", help="skip the default-mode (models on) tqa run")
    parser.add_argument("--eval-timeout", type=float, default=3600, help="seconds allowed per eval script")
    args = parser.parse_args(argv)

    if not DATA.is_dir():
        print(f"benchmarks: shared data not found at {DATA} (set TQA_SHARED_DATA); "
              f"nothing measured, {RESULTS_MD.name} left as it is.")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    sections = []
    if args.collect:
        write_results([evals_markdown([])])
        print(f"collected benchmarks/results/*.md into {RESULTS_MD.relative_to(ROOT)}")
        return 0
    if not args.evals_only:
        sets = load_sets()
        if not sets:
            print(f"benchmarks: no known data set under {DATA}; nothing measured.")
            return 0
        with tempfile.TemporaryDirectory(prefix="tqa-bench-") as folder:
            print(f"throughput: {args.pairs:,} cycled pairs, tqa and pofilter back to back …", flush=True)
            runs, notes = throughput(sets, args.pairs, Path(folder), neural=not args.no_neural)
            sections.append(throughput_markdown(runs, notes, sets, args.pairs))
            print(sections[-1], flush=True)
            sections.append(motivating_markdown(motivating_cases(Path(folder))))
            print(sections[-1], flush=True)
    outcomes = [] if args.skip_evals else run_evals(args.eval_timeout)
    sections.append(evals_markdown(outcomes))
    write_results(sections)
    print(f"wrote {RESULTS_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
