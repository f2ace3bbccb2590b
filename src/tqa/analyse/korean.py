"""Analysis ``korean``: the morphemes of the pairs' Korean (:mod:`tqa.ko.analyser`,
kiwipiepy), computed where an analyser can use them, batched, each distinct sentence once.

The analysis itself analyses nothing: it is the document's Korean annotation, filled on
demand. Each analyser that reads morphemes declares it (``requires=("korean",)``) and may
declare a cheap surface pre-scan (:attr:`tqa.analyse.registry.Analyser.korean_scan`: its
lexicon's keys, numerals …) that says which sentences it can read. Before such an analyser
runs, the planner analyses the sentences its scan accepts that are not analysed yet in ONE
batched kiwipiepy call (:meth:`KoreanAnalysis.prepare`); a sentence read outside any batch
is analysed on first access (:func:`tqa.ko.analyser.morphemes`), and every analysis is kept
in the run's analyser cache, per distinct sentence. A run whose analysers' scans accept no
sentence (and one whose rules need no morphemes: ``--select number,date``) never loads
kiwipiepy. The morphemes are the same whichever way a sentence was analysed
(``tests/test_analyser_batch.py``), so the findings do not depend on the scans.
"""
from __future__ import annotations

from typing import Callable

from ..ko import analyser as korean_analyser
from .registry import analyser


class KoreanAnalysis:
    """The Korean annotation of one document (see the module's doc)."""

    def __init__(self) -> None:
        #: distinct Korean sentences kiwipiepy analysed in the batches of :meth:`prepare`
        #: (the rest came from the cache, or were analysed on first access)
        self.analysed = 0
        #: the sentences batched so far (a scan of :meth:`prepare` accepted them)
        self.accepted: set[str] = set()
        self._sources: list[str] | None = None
        self._pairs = None

    def sources(self, document) -> list[str]:
        """The distinct Korean texts of the document's pairs, in order (made once per pair list)."""
        pairs = document.pairs()
        if self._sources is None or self._pairs is not pairs:
            self._sources = list(dict.fromkeys(pair.source for pair in pairs))
            self._pairs = pairs
        return self._sources

    def prepare(self, document, scan: Callable[[str], bool] | None = None) -> int:
        """Analyse in one batch the document's Korean texts ``scan`` accepts (all of them when
        None) that are not analysed yet; returns how many kiwipiepy analysed."""
        accepted = self.accepted
        texts = [text for text in self.sources(document) if text not in accepted and (scan is None or scan(text))]
        if not texts:
            return 0  # kiwipiepy not called (nor loaded, when nothing was analysed before)
        accepted.update(texts)
        analysed = korean_analyser.analyse_many(texts)
        self.analysed += analysed
        return analysed


@analyser("korean")
def analyse_korean(document, context) -> KoreanAnalysis:
    """The Korean annotation: morphemes analysed for the analysers that read them, on demand and in batches."""
    return KoreanAnalysis()
