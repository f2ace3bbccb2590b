"""Analysis ``korean``: the morphemes of every pair's Korean, from one batched call of
the analyser (:mod:`tqa.ko.analyser`, kiwipiepy).

The names, terms and literal analyses read morphemes pair by pair; analysing the whole
document in one call first is several times faster than one call per sentence, and a
run whose rules need no morphemes (``--select number``) never pays for it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..ko import analyser as korean_analyser
from .registry import analyser


@dataclass(frozen=True)
class KoreanAnalysis:
    #: distinct Korean texts the analyser was called on (the rest came from its cache)
    analysed: int


@analyser("korean")
def analyse_korean(document, context) -> KoreanAnalysis:
    """Morphemes of every pair's Korean, analysed in one batch and kept in the analyser's cache."""
    return KoreanAnalysis(korean_analyser.analyse_many(pair.source for pair in document.pairs()))
