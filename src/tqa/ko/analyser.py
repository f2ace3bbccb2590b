"""One shared kiwipiepy analyser, loaded on first use, with a per-text cache.

Every Korean-side module asks this one for morphemes, so a sentence is analysed once
per run however many checks look at it.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import NamedTuple

_lock = threading.Lock()
_kiwi = None


class Morpheme(NamedTuple):
    form: str
    tag: str    # Sejong-style tag: NNG, NNP, SN, NR, VV, JKS …
    start: int  # code-point offsets into the analysed text
    end: int
    lemma: str  # dictionary form (verbs/adjectives end in 다)


def kiwi():
    """The shared ``kiwipiepy.Kiwi`` instance (loads in about two seconds)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


@lru_cache(maxsize=65536)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """Morphemes of ``text`` with offsets into ``text``."""
    if not text.strip():
        return ()
    return tuple(
        Morpheme(token.form, token.tag, token.start, token.start + token.len,
                 getattr(token, "lemma", token.form))
        for token in kiwi().tokenize(text)
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries of a Korean text as (start, end) offsets."""
    if not text.strip():
        return []
    return [(sentence.start, sentence.end) for sentence in kiwi().split_into_sents(text)]
