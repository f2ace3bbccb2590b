"""TQA037 (word-level omission, issue 12 item 3): recall on dropped clauses and false alarms.

Data: the clean dev sets (``lockbox.CLEAN``), each split by the lock box into a ``tuning``
and a ``checking`` half. The injection is ``eval_critical.py``'s (d) *dropped clause*,
imported from it: the same pool (pairs with a droppable comma clause, relative clause or
prepositional phrase), the same sample (``--sample`` per half, ``--seed``) and the same site.

Per set and half, two documents go through ``check_pairs(pairs, Options(select=["omission", "TQA037"]))``
in the default mode (one ``Options`` for the whole script, so the run's embeddings and word
alignments are shared): the half's clean pairs, and the same pairs with the sampled lines
replaced by their injected English. A rule *catches* an injection when it has more findings
on the modified line than on the clean one.

Reported per half (TQA037's figures are the pipeline's own findings, i.e. the leave-one-clause-out
decision; the word-run decision it replaced is recomputed from the recorded alignments by
:class:`Judge` and shown as "(before)"):

1. recall of TQA037 on the dropped clauses;
2. recall of any omission rule (TQA030–TQA036) without TQA037 → with it;
3. TQA037 findings on the clean pairs per 100 pairs (set and line of each; no text);
4. ``--grid``: the word-run evidence recomputed from the recorded word alignments for a grid
   of cover cosines, weights and thresholds, recall and clean findings on the **tuning**
   half only (the checking half is not read to choose anything).

Writes ``benchmarks/results/word_omission.md``. ``--show N`` prints N fired/missed examples
to the terminal (never to the results).

    python benchmarks/eval_word_omission.py [--grid]
"""
from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

from eval_critical import dropped_clauses, load  # noqa: E402
from lockbox import CLEAN, DATA, clean_sets_present, split  # noqa: E402

RESULTS = BENCH / "results" / "word_omission.md"
HALVES = ("tuning", "checking")
OTHERS = ("TQA030", "TQA031", "TQA033", "TQA034", "TQA036")


def injections(data: dict, size: int, seed: int) -> dict:
    """half → {(set, line): modified English}: eval_critical's (d) sample and sites."""
    return {half: {(name, line): modified for name, line, _, _, _, modified in dropped_clauses(data, half, size, seed)[1]}
            for half in HALVES}


class Recorder:
    """Wraps :func:`tqa.checks.word_omission.assess` to keep each examined pair's word alignment."""

    def __init__(self):
        from tqa.checks import word_omission

        self.module = word_omission
        self.original = word_omission.assess
        self.seen: dict[tuple[str, str], tuple] = {}

    def __enter__(self):
        def recording(source, target, alignment, z):
            self.seen[(source, target)] = (alignment, z)
            return self.original(source, target, alignment, z)

        self.module.assess = recording
        return self

    def __exit__(self, *exc):
        self.module.assess = self.original


def run_documents(data: dict, injected: dict, options) -> dict:
    """half → kind ('clean'/'modified') → set → {"lines", "pairs", "issues": line → Counter, "t036": line → spans}."""
    from tqa.pipeline import check_pairs

    out: dict = defaultdict(lambda: defaultdict(dict))
    for half in HALVES:
        for name in CLEAN:
            korean, english, halves = data[name]
            lines = halves[half]
            for kind in ("clean", "modified"):
                pairs = [(korean[i - 1], injected[half].get((name, i), english[i - 1]) if kind == "modified"
                          else english[i - 1]) for i in lines]
                document = check_pairs(pairs, options)
                issues: dict = defaultdict(Counter)
                t036: dict = defaultdict(list)
                for issue in document.issues:
                    line = lines[issue.source_segments[0]] if issue.source_segments else None
                    issues[line][issue.rule] += 1
                    if issue.rule == "TQA036" and issue.source_span is not None:
                        t036[line].append((issue.source_span.start, issue.source_span.end))
                out[half][kind][name] = {"lines": lines, "pairs": pairs, "issues": issues, "t036": t036}
                print(f"  {half} {kind} {name}: {len(lines)} pairs, {len(document.issues)} omission findings",
                      flush=True)
    return out


# ------------------------------------------------------------------ offline decision ----

#: parameters of TQA037 the script can vary (module constants of tqa.checks.word_omission)
PARAMS = ("COVER_COSINE", "SOFT_COSINE", "CONTENT_LINKS_ONLY", "GAP", "SHARE_WEIGHT", "Z_WEIGHT", "MIN_RUN", "THRESHOLD", "MAX_Z")
#: z up to which pairs are recorded (the rule's MAX_Z may be varied below it)
RECORD_MAX_Z = -0.5


class Judge:
    """TQA037's decision recomputed from the recorded word alignments, for any parameters."""

    def __init__(self, recorded: dict):
        from tqa.checks import word_omission as wo

        self.wo, self.recorded = wo, recorded
        self._assessments: dict = {}

    def assessment(self, source: str, target: str, cover: float, soft: float, content_only: bool, gap: int = 0):
        key = (source, target, cover, soft, content_only, gap)
        if key not in self._assessments:
            found = self.recorded.get((source, target))
            if found is None:
                self._assessments[key] = None
            else:
                alignment, z = found
                names = ("COVER_COSINE", "SOFT_COSINE", "CONTENT_LINKS_ONLY", "GAP")
                saved = [getattr(self.wo, n) for n in names]
                for n, v in zip(names, (cover, soft, content_only, gap)):
                    setattr(self.wo, n, v)
                try:
                    self._assessments[key] = ORIGINAL_ASSESS(source, target, alignment, z)
                finally:
                    for n, v in zip(names, saved):
                        setattr(self.wo, n, v)
        return self._assessments[key]

    def fires(self, source: str, target: str, t036: list, p: dict) -> bool:
        a = self.assessment(source, target, p["COVER_COSINE"], p["SOFT_COSINE"], p["CONTENT_LINKS_ONLY"], p["GAP"])
        if a is None or a.z > p["MAX_Z"] or a.run_length < p["MIN_RUN"]:
            return False
        if a.run_length + p["SHARE_WEIGHT"] * a.share - p["Z_WEIGHT"] * a.z < p["THRESHOLD"]:
            return False
        start, end = a.span
        return not any(x < end and start < y for x, y in t036)


def figures(injected, runs, judge: Judge, p: dict, halves=HALVES) -> dict:
    """half → TQA037 (decided with ``p``) and the other omission rules on injected and clean pairs."""
    def clean_fires(clean, index, line):
        return judge.fires(*clean["pairs"][index], clean["t036"].get(line, []), p)

    def new_finding(clean, modified, index, line, fired_clean):
        return judge.fires(*modified["pairs"][index], modified["t036"].get(line, []), p) and not fired_clean

    return _tally(injected, runs, halves, clean_fires, new_finding)


def pipeline_figures(injected, runs, halves=HALVES) -> dict:
    """As :func:`figures`, from the pipeline's own TQA037 findings (the rule as it is: the
    leave-one-clause-out decision, which :class:`Judge` does not recompute)."""
    def clean_fires(clean, index, line):
        return bool(clean["issues"].get(line, Counter())["TQA037"])

    def new_finding(clean, modified, index, line, fired_clean):
        return modified["issues"].get(line, Counter())["TQA037"] > clean["issues"].get(line, Counter())["TQA037"]

    return _tally(injected, runs, halves, clean_fires, new_finding)


def _tally(injected, runs, halves, clean_fires, new_finding) -> dict:
    """The counts of :func:`figures` and :func:`pipeline_figures`, TQA037's decision given by
    ``clean_fires(clean, index, line)`` (a finding on the clean pair) and ``new_finding(clean,
    modified, index, line, fired_clean)`` (a finding the injection adds)."""
    out = {}
    for half in halves:
        hits37 = hits_without = hits_with = total = pairs = 0
        clean_fired, rows = [], []
        for name in CLEAN:
            clean, modified = runs[half]["clean"][name], runs[half]["modified"][name]
            for index, line in enumerate(clean["lines"]):
                fired_clean = clean_fires(clean, index, line)
                pairs += 1
                if fired_clean:
                    clean_fired.append((name, line))
                if (name, line) not in injected[half]:
                    continue
                total += 1
                new37 = new_finding(clean, modified, index, line, fired_clean)
                before, after = clean["issues"].get(line, Counter()), modified["issues"].get(line, Counter())
                other = any(after[r] > before[r] for r in OTHERS)
                hits37 += new37
                hits_without += other
                hits_with += other or new37
                rows.append((name, line, new37, other))
        out[half] = {"injected": total, "tqa037": hits37, "without": hits_without, "with": hits_with,
                     "pairs": pairs, "clean": clean_fired, "rows": rows}
    return out


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.2f}" if total else "–"


GRID = {
    "COVER_COSINE": (0.30, 0.45, 0.55),
    "SOFT_COSINE": (0.5, 0.55, 0.6, 0.65, 0.7, 1.1),
    "CONTENT_LINKS_ONLY": (False, True),
    "GAP": (0, 1),
    "SHARE_WEIGHT": (0.0, 5.0, 10.0, 15.0),
    "Z_WEIGHT": (0.0, 1.0, 2.0, 3.0),
    "MIN_RUN": (1, 2, 3),
    "MAX_Z": (-1.0, -0.5),
    "THRESHOLD": tuple(x / 2 for x in range(4, 44)),
}


def grid(injected, runs, judge: Judge, limit_alarms: float) -> list[tuple]:
    """(TQA037 recall, clean findings per 100, any-omission recall, params) on the tuning half,
    best recall at ≤ ``limit_alarms`` first. Vectorised: per cover setting the pairs' runs,
    shares and z once, then every weight and threshold at once."""
    import numpy as np

    half = "tuning"
    clean_pairs, injected_pairs = [], []   # (source, target, t036) ; (clean index, modified pair, other)
    for name in CLEAN:
        clean, modified = runs[half]["clean"][name], runs[half]["modified"][name]
        for index, line in enumerate(clean["lines"]):
            clean_pairs.append((*clean["pairs"][index], clean["t036"].get(line, [])))
            if (name, line) in injected[half]:
                before, after = clean["issues"].get(line, Counter()), modified["issues"].get(line, Counter())
                injected_pairs.append((len(clean_pairs) - 1, (*modified["pairs"][index], modified["t036"].get(line, [])),
                                       any(after[r] > before[r] for r in OTHERS)))
    rows = []
    thresholds = np.array(GRID["THRESHOLD"])
    n_clean, n_injected = len(clean_pairs), len(injected_pairs)
    other = np.array([o for _, _, o in injected_pairs])

    def arrays(items, cover, soft, content_only, gap):
        run, share, z, ok = [], [], [], []
        for source, target, t036 in items:
            a = judge.assessment(source, target, cover, soft, content_only, gap)
            if a is None or a.run is None:
                run.append(0), share.append(0.0), z.append(9.0), ok.append(False)
                continue
            start, end = a.span
            run.append(a.run_length), share.append(a.share), z.append(a.z)
            ok.append(not any(x < end and start < y for x, y in t036))
        return np.array(run), np.array(share), np.array(z), np.array(ok)

    for cover, soft, content_only, gap in itertools.product(GRID["COVER_COSINE"], GRID["SOFT_COSINE"],
                                                            GRID["CONTENT_LINKS_ONLY"], GRID["GAP"]):
        c_arrays = arrays([p for p in clean_pairs], cover, soft, content_only, gap)
        m_arrays = arrays([m for _, m, _ in injected_pairs], cover, soft, content_only, gap)
        clean_of = np.array([c for c, _, _ in injected_pairs])
        for sw, zw, mr, mz in itertools.product(GRID["SHARE_WEIGHT"], GRID["Z_WEIGHT"], GRID["MIN_RUN"], GRID["MAX_Z"]):
            def fired(arr):
                run, share, z, ok = arr
                evidence = run + sw * share - zw * z
                gate = ok & (run >= mr) & (z <= mz)
                return gate[:, None] & (evidence[:, None] >= thresholds[None, :])
            c_fired = fired(c_arrays)
            m_fired = fired(m_arrays) & ~c_fired[clean_of]
            recall = m_fired.sum(axis=0) / max(n_injected, 1)
            alarms = 100 * c_fired.sum(axis=0) / n_clean
            anyrule = (m_fired | other[:, None]).sum(axis=0) / max(n_injected, 1)
            for k, threshold in enumerate(GRID["THRESHOLD"]):
                p = {"COVER_COSINE": cover, "SOFT_COSINE": soft, "CONTENT_LINKS_ONLY": content_only, "GAP": gap, "SHARE_WEIGHT": sw, "Z_WEIGHT": zw,
                     "MIN_RUN": mr, "THRESHOLD": threshold, "MAX_Z": mz}
                rows.append((float(recall[k]), float(alarms[k]), float(anyrule[k]), p))
    rows.sort(key=lambda r: (r[1] > limit_alarms, -r[0], r[1]))
    return rows


CLAUSE_PARAMS = ("RELATIVE", "DELTA_WEIGHT", "UNCOVERED_WEIGHT", "SPAN_SHARE_WEIGHT", "CLAUSE_Z_WEIGHT", "GLOSS_WEIGHT",
                 "EVIDENCE_WEIGHT", "MIN_DELTA", "MIN_UNCOVERED", "CLAUSE_THRESHOLD", "MAX_PHRASES", "MAX_SPAN_SHARE")


def _wo():
    from tqa.checks import word_omission

    return word_omission


def report(results, grid_rows, params, args, elapsed) -> str:
    out = ["# TQA037 word-level omission (issue 12 item 3)", "",
           f"`python benchmarks/eval_word_omission.py{' --grid' if args.grid else ''}` — seed {args.seed}, "
           f"{args.sample} dropped clauses per half (eval_critical.py's (d) injection), default mode, "
           f"omission family; {elapsed:.0f} s.", "",
           "Word-run parameters: " + ", ".join(f"{k} = {v}" for k, v in params.items()), "",
           "Leave-one-clause-out parameters: " + ", ".join(f"{k} = {getattr(_wo(), k)}" for k in CLAUSE_PARAMS), "",
           "| figure | tuning | checking |", "|---|---:|---:|"]
    out.append("| TQA037 recall on dropped clauses | " + " | ".join(
        _rate(results[h]["tqa037"], results[h]["injected"]) for h in HALVES) + " |")
    out.append("| any omission rule, without TQA037 | " + " | ".join(
        _rate(results[h]["without"], results[h]["injected"]) for h in HALVES) + " |")
    out.append("| any omission rule, with TQA037 | " + " | ".join(
        _rate(results[h]["with"], results[h]["injected"]) for h in HALVES) + " |")
    out.append("| TQA037 findings on the clean pairs | " + " | ".join(
        f"{len(results[h]['clean'])} in {results[h]['pairs']} = {100 * len(results[h]['clean']) / results[h]['pairs']:.2f} per 100"
        for h in HALVES) + " |")
    if "word_run" in results:
        w = results["word_run"]
        out.append("| (before) the word-run evidence alone (`run + SHARE_WEIGHT × share − Z_WEIGHT × z ≥ THRESHOLD`): "
                   "recall | " + " | ".join(_rate(w[h]["tqa037"], w[h]["injected"]) for h in HALVES) + " |")
        out.append("| (before) the word-run evidence alone: findings on the clean pairs | " + " | ".join(
            f"{len(w[h]['clean'])} in {w[h]['pairs']} = {100 * len(w[h]['clean']) / w[h]['pairs']:.2f} per 100"
            for h in HALVES) + " |")
    out += ["", "Clean-set TQA037 findings (set:line):", ""]
    for half in HALVES:
        out.append(f"- {half}: " + (", ".join(f"{n}:{l}" for n, l in results[half]["clean"]) or "none"))
    if grid_rows:
        out += ["", f"## Grid (tuning half only; sorted by recall at ≤ {args.alarms} clean findings per 100)", "",
                "| TQA037 recall | clean per 100 | any omission rule | parameters |", "|---:|---:|---:|---|"]
        for recall, alarms, anyrule, p in grid_rows[:25]:
            out.append(f"| {recall:.3f} | {alarms:.2f} | {anyrule:.3f} | " + ", ".join(f"{k}={v}" for k, v in p.items()) + " |")
    return "\n".join(out)


def injection_parser(description: str, results: Path) -> argparse.ArgumentParser:
    """The options this script shares with eval_drop_clause.py: the injection sample and the
    false-alarm budget the candidate settings are ranked by."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--alarms", type=float, default=0.2,
                        help="clean findings per 100 allowed when candidate settings are ranked")
    parser.add_argument("--output", default=str(results))
    return parser


def main(argv=None) -> int:
    global ORIGINAL_ASSESS
    parser = injection_parser(__doc__.split("\n")[0], RESULTS)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print N injected pairs per half (terminal only)")
    parser.add_argument("--cache", help="pickle of the runs and word alignments: read when it exists, else written")
    args = parser.parse_args(argv)
    if not clean_sets_present():
        print(f"shared data not found at {DATA}; skipping")
        return 0
    began = time.time()
    from tqa.checks import word_omission as wo
    from tqa.pipeline import Options

    ORIGINAL_ASSESS = wo.assess
    data = {}
    for name in CLEAN:
        korean, english = load(name)
        data[name] = (korean, english, split(name))
    injected = injections(data, args.sample, args.seed)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            runs, seen = pickle.load(handle)
    else:
        options = Options(select=["omission", "TQA037"])
        saved, wo.MAX_Z = wo.MAX_Z, RECORD_MAX_Z
        try:
            with Recorder() as recorder:
                runs = run_documents(data, injected, options)
        finally:
            wo.MAX_Z = saved
        runs = {h: {k: dict(v) for k, v in kinds.items()} for h, kinds in runs.items()}
        seen = recorder.seen
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump((runs, seen), handle)
    judge = Judge(seen)
    params = {k: getattr(wo, k) for k in PARAMS}
    word_run = figures(injected, runs, judge, params)  # the previous decision, recomputed
    results = pipeline_figures(injected, runs)
    grid_rows = grid(injected, runs, judge, args.alarms) if args.grid else []
    if args.show:
        for half in HALVES:
            for name, line, hit, other in results[half]["rows"][:args.show]:
                ko = data[name][0][line - 1]
                print(f"[{half} {name}:{line}] TQA037 {'hit' if hit else 'miss'}, other {other}\n  KO {ko}\n"
                      f"  EN {data[name][1][line - 1]}\n  => {injected[half][(name, line)]}")
    results["word_run"] = word_run
    text = report(results, grid_rows, params, args, time.time() - began)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
