"""Leave-one-clause-out: a second signal for TQA037 (word-level omission, issue 12 item 3), measured.

TQA037 reads the pair's word alignment; its weak point is that ArgMax links the leftover Korean
words of a dropped clause to whatever English is left. This script tries a signal that does
not go through word links:

* **Candidate spans.** The Korean is cut into phrases after every eojeol whose last morpheme
  (kiwipiepy) is a connective ending (EC: -고, -며, -지만 …), an adnominal ending (ETM: the
  -는/-ㄴ/-ㄹ of a relative clause) or an adverbial case particle (JKB: 에서, 으로, 와 …), or
  that a comma follows. A candidate is 1–3 consecutive phrases, never the last one (the main
  predicate), holding at least one and at most 60 % of the content eojeols.
* **Leave one out.** For each candidate the Korean without it is embedded (multilingual-e5-small,
  the run's embedder; all candidates of all pairs in one batch) and compared with the English:
  ``delta = cos(Korean − span, English) − cos(Korean, English)``. A span whose removal makes
  the Korean *more* like the English is one the English may lack. ``rel`` is the delta minus
  the median delta of the pair's candidates (a pair where every removal helps says little).
* **Word evidence.** The span's uncovered content eojeols under TQA037's word alignment
  (cover cosine 0.30, anchors), the pair's TQA037 evidence, and glossed content words of the
  span none of whose gloss-list renderings (``glosses.tsv`` over ``term_glosses.tsv``) is an
  English word of the pair (*anchor misses*).

Only the pairs TQA037 examines are scored (English shorter than predicted, z −4 … −0.5, not
dissimilar). A pair's score is its best candidate's
``W_DELTA × 100 × delta' + W_UNCOVERED × uncovered + W_SHARE × uncovered/content − W_Z × z
+ W_GLOSS × anchor misses + W_EVIDENCE × TQA037 evidence`` over candidates with at least
``MIN_UNCOVERED`` uncovered eojeols and ``delta' ≥ MIN_DELTA`` (delta' = delta or rel). The weights
and the threshold are chosen by a grid on the **tuning** half (best recall at ≤ ``--alarms``
clean findings per 100); the checking half is only reported, with the same threshold, and the
recall / clean-findings curve of both halves next to TQA037's own (its evidence threshold varied).

Injections, runs and recorded word alignments are ``eval_word_omission.py``'s (same seed,
sample and ``--cache`` pickle). Writes ``benchmarks/results/drop_clause.md``.

    python benchmarks/eval_drop_clause.py [--cache /tmp/x/wo.pkl] [--features /tmp/x/loo.pkl]
"""
from __future__ import annotations

import itertools
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

import eval_word_omission as ewo  # noqa: E402
from eval_critical import load  # noqa: E402
from lockbox import CLEAN, DATA, clean_sets_present, split  # noqa: E402

RESULTS = BENCH / "results" / "drop_clause.md"
HALVES = ewo.HALVES


# ------------------------------------------------------------------ candidates ----

def candidates(source: str) -> list[tuple[int, int]]:
    """TQA037's candidate spans (:func:`tqa.checks.word_omission.candidates`)."""
    from tqa.checks.word_omission import candidates as spans

    return spans(source)


def without(source: str, start: int, end: int) -> str:
    from tqa.checks.word_omission import without as left_out

    return left_out(source, start, end)


def features(seen: dict) -> tuple[dict, dict]:
    """(source, target) → (z, TQA037 evidence, rows); a row per candidate:
    [delta, rel, content, uncovered, anchor misses]. Plus cost figures."""
    from tqa.align.anchors import english_roots, korean_gloss_roots
    from tqa.checks import word_omission as wo
    from tqa.resources import current

    texts, index, plan = [], {}, {}

    def need(text):
        if text not in index:
            index[text] = len(texts)
            texts.append(text)

    for source, target in seen:
        need(source), need(target)
        spans = candidates(source)
        plan[(source, target)] = spans
        for start, end in spans:
            need(without(source, start, end))
    began = time.time()
    vectors = current().embedder.embed(texts)
    seconds = time.time() - began
    out = {}
    for (source, target), spans in plan.items():
        alignment, z = seen[(source, target)]
        assessment = wo.assess(source, target, alignment, z)
        s0 = float(vectors[index[source]] @ vectors[index[target]])
        roots = english_roots(target)
        rows = []
        for start, end in spans:
            delta = float(vectors[index[without(source, start, end)]] @ vectors[index[target]]) - s0
            inside = [w for w in assessment.eojeols if start <= w.start and w.end <= end and w.content]
            uncovered = sum(1 for w in inside if not w.covered)
            misses = sum(1 for group in korean_gloss_roots(source[start:end]) if not group & roots)
            rows.append([delta, 0.0, len(inside), uncovered, misses])
        if rows:
            median = float(np.median([r[0] for r in rows]))
            for r in rows:
                r[1] = r[0] - median
        out[(source, target)] = (z, assessment.evidence, np.array(rows) if rows else np.zeros((0, 5)), (source, target))
    extra = sum(len(s) for s in plan.values())
    return out, {"pairs": len(plan), "texts": len(texts), "extra": extra, "seconds": seconds}


# ------------------------------------------------------------------ decision ----

WEIGHTS = ("RELATIVE", "W_DELTA", "W_UNCOVERED", "W_SHARE", "W_Z", "MIN_DELTA", "MIN_UNCOVERED", "W_GLOSS",
           "W_EVIDENCE")
GRID = {
    "RELATIVE": (False, True),
    "W_DELTA": (0.0, 0.5, 1.0),
    "W_UNCOVERED": (0.0, 0.5, 1.0),
    "W_SHARE": (0.0, 2.0),
    "W_Z": (0.0, 0.5, 1.0),
    "MIN_DELTA": (-1.0, 0.0),
    "MIN_UNCOVERED": (2, 0),
    "W_GLOSS": (0.0, 0.5),
    "W_EVIDENCE": (0.0, 0.25, 0.5),
}


class Flat:
    """The candidate rows of a list of pairs in one matrix (pair id per row), scored at once."""

    def __init__(self, table: dict, pairs: list):
        rows, owner, z, evidence = [], [], [], []
        for k, pair in enumerate(pairs):
            entry = table.get(pair)
            if entry is None or not len(entry[2]):
                continue
            rows.append(entry[2])
            owner += [k] * len(entry[2])
            z += [entry[0]] * len(entry[2])
            evidence += [entry[1]] * len(entry[2])
        self.n = len(pairs)
        self.rows = np.concatenate(rows) if rows else np.zeros((0, 5))
        self.owner, self.z, self.evidence = np.array(owner, dtype=int), np.array(z), np.array(evidence)

    def scores(self, p: dict) -> np.ndarray:
        r = self.rows
        delta = r[:, 1] if p["RELATIVE"] else r[:, 0]
        ok = (delta >= p["MIN_DELTA"]) & (r[:, 3] >= p["MIN_UNCOVERED"])
        value = (p["W_DELTA"] * 100 * delta + p["W_UNCOVERED"] * r[:, 3]
                 + p["W_SHARE"] * r[:, 3] / np.maximum(r[:, 2], 1) - p["W_Z"] * self.z
                 + p["W_GLOSS"] * r[:, 4] + p["W_EVIDENCE"] * self.evidence)
        out = np.full(self.n, -np.inf)
        np.maximum.at(out, self.owner[ok], value[ok])
        return out


def collect(runs: dict, injected: dict, half: str):
    """clean pairs (with TQA036 spans), injected (clean index, modified pair, other rule caught it)."""
    clean, modified = [], []
    for name in CLEAN:
        c, m = runs[half]["clean"][name], runs[half]["modified"][name]
        for i, line in enumerate(c["lines"]):
            clean.append((tuple(c["pairs"][i]), c["t036"].get(line, []), (name, line)))
            if (name, line) in injected[half]:
                before, after = c["issues"].get(line, Counter()), m["issues"].get(line, Counter())
                modified.append((len(clean) - 1, tuple(m["pairs"][i]), m["t036"].get(line, []),
                                 any(after[r] > before[r] for r in ewo.OTHERS)))
    return clean, modified


class Scored:
    """One half's pairs with a score per pair (higher = more likely an omission)."""

    def __init__(self, clean, modified, clean_scores, modified_scores):
        self.clean, self.modified = clean, modified
        self.cs, self.ms = np.asarray(clean_scores), np.asarray(modified_scores)
        self.of = np.array([c for c, _, _, _ in modified], dtype=int)
        self.other = np.array([o for _, _, _, o in modified], dtype=bool)

    def at(self, threshold: float) -> dict:
        fired = self.cs >= threshold
        hits = (self.ms >= threshold) & ~fired[self.of]
        return {"recall": hits.mean(), "hits": int(hits.sum()), "injected": len(self.ms),
                "clean": int(fired.sum()), "pairs": len(self.cs), "per100": 100 * fired.sum() / len(self.cs),
                "with": int((hits | self.other).sum()), "without": int(self.other.sum()),
                "fired": [self.clean[i][2] for i in np.flatnonzero(fired)]}

    def best(self, limit: float) -> tuple[float, dict] | None:
        """The threshold (one of the injected pairs' scores) with the best recall at ≤ ``limit``."""
        finite = np.unique(self.ms[np.isfinite(self.ms)])
        if not len(finite):
            return None
        sorted_clean = np.sort(self.cs)
        fired = len(self.cs) - np.searchsorted(sorted_clean, finite, side="left")
        per100 = 100 * fired / len(self.cs)
        clean_of = self.cs[self.of]
        hits = ((self.ms[None, :] >= finite[:, None]) & (clean_of[None, :] < finite[:, None])).sum(axis=1)
        ok = np.flatnonzero(per100 <= limit)
        if not len(ok):
            return None
        k = ok[np.lexsort((per100[ok], -hits[ok]))[0]]
        return float(finite[k]), self.at(float(finite[k]))


def scored(runs, injected, half, function) -> Scored:
    clean, modified = collect(runs, injected, half)
    return Scored(clean, modified, [function(pair, t036) for pair, t036, _ in clean],
                  [function(pair, t036) for _, pair, t036, _ in modified])


def new_scored(runs, injected, half, table: dict, p: dict) -> Scored:
    clean, modified = collect(runs, injected, half)
    return Scored(clean, modified, Flat(table, [pair for pair, _, _ in clean]).scores(p),
                  Flat(table, [pair for _, pair, _, _ in modified]).scores(p))


def baseline_function(judge, params: dict):
    """TQA037 as shipped, its evidence as the score (gates and the TQA036 give-way kept)."""
    def function(pair, t036):
        a = judge.assessment(pair[0], pair[1], params["COVER_COSINE"], params["SOFT_COSINE"],
                             params["CONTENT_LINKS_ONLY"], params["GAP"])
        if a is None or a.run is None or a.z > params["MAX_Z"] or a.run_length < params["MIN_RUN"]:
            return -np.inf
        start, end = a.span
        if any(x < end and start < y for x, y in t036):
            return -np.inf
        return a.run_length + params["SHARE_WEIGHT"] * a.share - params["Z_WEIGHT"] * a.z
    return function


LIMITS = (0.1, 0.2, 0.3, 0.5, 1.0, 2.0)


def curve_rows(title: str, halves: dict) -> list[str]:
    out = [f"| {title} | " + " | ".join(f"≤ {x}" for x in LIMITS) + " |", "|---|" + "---:|" * len(LIMITS)]
    for half, s in halves.items():
        cells = []
        for limit in LIMITS:
            found = s.best(limit)
            cells.append(f"{found[1]['recall']:.2f} ({found[1]['per100']:.2f})" if found else "–")
        out.append(f"| {half} | " + " | ".join(cells) + " |")
    return out


def main(argv=None) -> int:
    parser = ewo.injection_parser(__doc__.split("\n")[0], RESULTS)
    parser.add_argument("--cache", help="eval_word_omission.py's pickle of runs and word alignments")
    parser.add_argument("--features", help="pickle of the leave-one-out features: read when it exists, else written")
    args = parser.parse_args(argv)
    if not clean_sets_present():
        print(f"shared data not found at {DATA}; skipping")
        return 0
    began = time.time()
    from tqa.checks import word_omission as wo
    from tqa.pipeline import Options

    ewo.ORIGINAL_ASSESS = wo.assess
    data = {name: (*load(name), split(name)) for name in CLEAN}
    injected = ewo.injections(data, args.sample, args.seed)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            runs, seen = pickle.load(handle)
    else:
        saved, wo.MAX_Z = wo.MAX_Z, ewo.RECORD_MAX_Z
        try:
            with ewo.Recorder() as recorder:
                runs = ewo.run_documents(data, injected, Options(select=["omission", "TQA037"]))
        finally:
            wo.MAX_Z = saved
        runs = {h: {k: dict(v) for k, v in kinds.items()} for h, kinds in runs.items()}
        seen = recorder.seen
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump((runs, seen), handle)
    store = Path(args.features) if args.features else None
    if store is not None and store.exists():
        with store.open("rb") as handle:
            table, cost = pickle.load(handle)
    else:
        table, cost = features(seen)
        if store is not None:
            with store.open("wb") as handle:
                pickle.dump((table, cost), handle)

    # grid on the tuning half only
    clean, modified = collect(runs, injected, "tuning")
    flat_clean, flat_modified = Flat(table, [pair for pair, _, _ in clean]), Flat(table, [pair for _, pair, _, _ in modified])
    ranked = []
    for values in itertools.product(*(GRID[k] for k in WEIGHTS)):
        p = dict(zip(WEIGHTS, values))
        s = Scored(clean, modified, flat_clean.scores(p), flat_modified.scores(p))
        found = s.best(args.alarms)
        if found:
            ranked.append((found[1]["recall"], -found[1]["per100"], found[0], p))
    ranked.sort(key=lambda r: (-r[0], -r[1]))
    recall, _, threshold, chosen = ranked[0]

    judge = ewo.Judge(seen)
    params = {k: getattr(wo, k) for k in ewo.PARAMS}
    base = {h: scored(runs, injected, h, baseline_function(judge, params)) for h in HALVES}
    new = {h: new_scored(runs, injected, h, table, chosen) for h in HALVES}
    base_at = {h: base[h].at(params["THRESHOLD"]) for h in HALVES}
    new_at = {h: new[h].at(threshold) for h in HALVES}
    examined = {h: sum(1 for pair, _, _ in collect(runs, injected, h)[0] if pair in table) for h in HALVES}

    out = ["# Leave-one-clause-out for TQA037 (issue 12 item 3)", "",
           f"`python benchmarks/eval_drop_clause.py` — seed {args.seed}, {args.sample} dropped clauses per half "
           f"(eval_critical.py's (d) injection, as eval_word_omission.py), default mode; {time.time() - began:.0f} s.", "",
           "Chosen on the tuning half (best recall at ≤ "
           f"{args.alarms} clean findings per 100): " + ", ".join(f"{k} = {v}" for k, v in chosen.items())
           + f", threshold {threshold:.3f}.", "",
           "| figure | tuning | checking |", "|---|---:|---:|"]
    for label, at in (("TQA037 as shipped", base_at), ("leave-one-clause-out score", new_at)):
        out.append(f"| {label}: recall on dropped clauses | " + " | ".join(
            f"{at[h]['hits']}/{at[h]['injected']} = {at[h]['recall']:.2f}" for h in HALVES) + " |")
        out.append(f"| {label}: findings on the clean pairs | " + " | ".join(
            f"{at[h]['clean']} in {at[h]['pairs']} = {at[h]['per100']:.2f} per 100" for h in HALVES) + " |")
        out.append(f"| {label}: any omission rule with it | " + " | ".join(
            f"{at[h]['with']}/{at[h]['injected']}" for h in HALVES) + " |")
    out.append("| any omission rule without TQA037 (TQA030–TQA036) | " + " | ".join(
        f"{new_at[h]['without']}/{new_at[h]['injected']}" for h in HALVES) + " |")
    out.append("| clean pairs examined (z −4 … −0.5, not dissimilar) | " + " | ".join(
        f"{examined[h]} of {new_at[h]['pairs']}" for h in HALVES) + " |")
    out += ["", "Clean-set findings of the leave-one-clause-out score (set:line):", ""]
    for h in HALVES:
        out.append(f"- {h}: " + (", ".join(f"{n}:{l}" for n, l in new_at[h]["fired"]) or "none"))
    out += ["", "## Curves: best recall (clean findings per 100) at a clean-finding budget", "",
            "Each half's threshold is set on that half here, so the checking row is the best the signal "
            "could do there, not a figure of the chosen threshold.", ""]
    out += curve_rows("TQA037 as shipped (evidence threshold varied)", base) + [""]
    out += curve_rows("leave-one-clause-out score (chosen weights, threshold varied)", new) + [""]
    out += ["## Cost", "",
            f"{cost['extra']} leave-one-out texts for {cost['pairs']} examined pairs "
            f"({cost['extra'] / max(cost['pairs'], 1):.1f} per pair), embedded in {cost['seconds']:.0f} s "
            f"({cost['texts'] / max(cost['seconds'], 1e-9):.0f} texts/s) on the shared 2-core machine.", "",
            "## Grid (tuning half only; top 15)", "",
            "| recall | clean per 100 | threshold | weights |", "|---:|---:|---:|---|"]
    for r, a, t, p in ranked[:15]:
        out.append(f"| {r:.3f} | {-a:.2f} | {t:.3f} | " + ", ".join(f"{k}={v}" for k, v in p.items()) + " |")
    text = "\n".join(out)
    Path(args.output).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
