"""The one process-wide cache tqa keeps: loaded model weights, keyed by everything that
determines them.

Loading weights is the expensive part of a run (kiwipiepy's model ~2 s, the e5 engine
~0.5-2 s, SmolLM2 ~1 s) and they are read-only once loaded, so two runs of one process
share them. Everything a run *computes* (morphemes, sentence spans, vectors, the disk
store's handle) lives in that run's :class:`tqa.resources.Resources` instead.

A key must name everything that decides what :meth:`WeightCache.get`'s loader returns:
the package versions that ship the weights, the constructor options, the files read. Two
runs that would load different weights then never see each other's; two runs that would
load the same weights get the same object. A load that failed is remembered under its
key too (a broken install is not retried on every document), and retried under any
other key (another models folder, a package installed meanwhile).
"""
from __future__ import annotations

import threading
from typing import Callable, Hashable


class WeightCache:
    """Loaded weights (or the one-line reason they did not load) by key."""

    def __init__(self) -> None:
        self._loaded: dict[Hashable, object] = {}
        self._failed: dict[Hashable, BaseException] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, load: Callable[[], object]):
        """The weights under ``key``, loading them with ``load()`` the first time; a load
        that raised raises the same error again for that key without loading again."""
        found = self._loaded.get(key)
        if found is not None:
            return found
        with self._lock:
            if key in self._loaded:
                return self._loaded[key]
            if key in self._failed:
                raise self._failed[key]
            try:
                found = load()
            except Exception as error:
                self._failed[key] = error
                raise
            self._loaded[key] = found
            return found

    def failure(self, key: Hashable) -> BaseException | None:
        """The error the load under ``key`` raised, None when it did not fail (or never ran)."""
        return self._failed.get(key)

    def loaded(self, key: Hashable) -> bool:
        return key in self._loaded

    def keys(self) -> list:
        return list(self._loaded)


#: the process's loaded weights (see the module doc for what a key must hold)
WEIGHTS = WeightCache()
