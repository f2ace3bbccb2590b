"""Length model: how long an English translation of a Korean text is expected to be.

Gale & Church (1993) model the target length of a translation as normal with mean
``c · l_source`` and variance ``s2 · l_source``. The constants below were calibrated
on professional Korean→English translations: FLORES-200 dev (997 pairs) and
NTREX-128 (1,997 pairs), counting every code point (spaces included):

* ``c = 1.90`` English characters per Korean character (the corpus ratio),
* ``s2 = 8.97`` (variance of ``(l_en - c·l_ko) / sqrt(l_ko)``).

On those pairs (source ≥ 15 characters) ``z`` ranges from −3.9 to +3.4, and 99.8 %
lie within −3.6 … +2.9; see :func:`z_score`.
"""
from __future__ import annotations

import math
from functools import lru_cache

#: English characters per Korean character (Gale–Church ``c``)
CHARS_RATIO = 1.90
#: variance per source character (Gale–Church ``s2``)
VARIANCE = 8.97


def text_length(text: str) -> int:
    """The length the model counts: code points, runs of white space counted once."""
    return len(" ".join(text.split()))


def z_score(source_chars: float, target_chars: float) -> float:
    """How many standard deviations the target length is from the length predicted.

    Negative: the target is shorter than a translation of the source usually is.
    """
    mean = source_chars * CHARS_RATIO
    spread = math.sqrt(VARIANCE * max(source_chars, 1.0))
    return (target_chars - mean) / spread


#: sources shorter than this (in characters) say too little about their translation's length
MIN_SOURCE_CHARS = 15


@lru_cache(maxsize=16384)  # several rules ask it of every pair
def pair_z(source: str, target: str) -> float | None:
    """``z`` of one source/target pair; None for a short source or an empty target."""
    source_chars = text_length(source)
    if source_chars < MIN_SOURCE_CHARS or not target.strip():
        return None
    return z_score(source_chars, text_length(target))


def expected_target_length(source_chars: float) -> float:
    return source_chars * CHARS_RATIO


def log_likelihood(source_chars: float, target_chars: float, floor: float = -12.0) -> float:
    """``log`` of the two-sided tail probability ``P(|Z| ≥ |z|)`` (Gale–Church's match
    probability), floored so one freak sentence cannot dominate a whole path."""
    z = abs(z_score(source_chars, target_chars))
    tail = math.erfc(z / math.sqrt(2.0))
    return max(math.log(tail) if tail > 0 else floor, floor)
