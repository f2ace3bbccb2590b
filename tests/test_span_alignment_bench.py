"""benchmarks/eval_span_alignment.py's own logic: which unseen sets it may read, how a signal's
threshold is chosen at a false-alarm budget, and the longest run of unrendered Korean words it
reads from a word alignment. No model is loaded and no data set read here."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def bench():
    import eval_span_alignment

    return eval_span_alignment


def test_only_unseen_sets_1_to_52_are_read(bench):
    # sets 53 and above are held out for the lead's first runs
    assert bench.UNSEEN[0] == "unseen_eval"
    assert bench.UNSEEN[-1] == "unseen_eval52"
    assert len(bench.UNSEEN) == 52
    assert not any(name.removeprefix("unseen_eval").isdigit() and int(name.removeprefix("unseen_eval")) >= 53
                   for name in bench.UNSEEN)


def test_threshold_is_the_best_recall_within_the_budget(bench):
    clean = np.array([0.0] * 997 + [5.0, 6.0, 9.0])  # 1000 clean pairs, three high scores
    injected = np.array([4.0, 5.5, 7.0, 8.0, 9.5])
    of = np.array([0, 1, 2, 3, 999])  # the last injection's clean pair scores 9.0 itself
    threshold, figures = bench.best(clean, injected, of, 0.2)  # at most 2 clean findings
    assert threshold == 5.5  # fires on 6.0 and 9.0: 0.2 per 100
    assert figures["clean"] == 2 and figures["per100"] == pytest.approx(0.2)
    # 5.5, 7.0, 8.0 caught; 9.5 is not new (its clean pair fires too), 4.0 is below
    assert figures["hits"] == 3


def _record(words, links, cosine, z=-1.5):
    return {"words": words, "links": links, "cosine": np.asarray(cosine, dtype=np.float32),
            "n_units": len(cosine), "n_target": len(cosine[0]), "english_content": [0, 1],
            "z": z, "similarity": 0.9, "spans": [], "z_without": []}


def test_longest_unrendered_run_skips_one_rendered_word(bench):
    # five Korean content words (one unit each), two English words; units 1, 2 and 4 unlinked
    words = [(0, 2, [0]), (3, 5, [1]), (6, 8, [2]), (9, 11, [3]), (12, 14, [4])]
    cosine = [[0.8, 0.1], [0.1, 0.2], [0.2, 0.1], [0.1, 0.7], [0.1, 0.1]]
    links = [(0, 0, 0.8, None), (3, 1, 0.7, None)]
    record = _record(words, links, cosine)
    pair = ("가가 나나 다다 라라 마마", "one two")
    found = bench.features(pair, record, "iter", 0.3, {})
    names = dict(zip(bench.FEATURES, found))
    assert names["run"] == 3  # 나나 다다 (라라 rendered: one gap allowed) 마마
    assert names["unlinked share"] == pytest.approx(3 / 5)
    assert names["English unlinked share"] == 0.0  # both English words render something


def test_a_gloss_in_the_english_renders_the_word_when_asked(bench):
    words = [(0, 2, [0]), (3, 5, [1]), (6, 8, [2])]
    cosine = [[0.8, 0.1], [0.1, 0.2], [0.2, 0.1]]
    record = _record(words, [(0, 0, 0.8, None)], cosine)
    pair = ("가가 나나 다다", "one two")
    marks = [(True, True), (True, True), (True, False)]  # 나나's gloss is in the English, 다다's is not
    plain = dict(zip(bench.FEATURES, bench.features(pair, record, "iter", 0.3, {}, marks, False)))
    glossed = dict(zip(bench.FEATURES, bench.features(pair, record, "iter", 0.3, {}, marks, True)))
    assert plain["run"] == 2 and glossed["run"] == 1
    assert glossed["run gloss misses"] == 1
