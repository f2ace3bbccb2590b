"""Analysis ``similarity_norm``: how similar this document's aligned sentences usually are.

TQA033 reports a link whose embedding similarity is far below the document's own
norm, so that a loose but professional translation style is not taken for omissions.
"""
from __future__ import annotations

import statistics

from .registry import analyser

#: e5-small cosine of professional Ko→En pairs: median and robust spread (MAD × 1.4826)
PRIOR_MEDIAN, PRIOR_SPREAD = 0.873, 0.022
#: documents with fewer scored links than this lean on the prior norm
MIN_LINKS_FOR_NORM = 8


@analyser("similarity_norm")
def similarity_norm(document, context) -> tuple[float, float]:
    """Median and robust spread of the document's link scores, shrunk to the prior for short documents."""
    scores = [link.score for link in document.links if link.score is not None and link.source and link.target]
    if len(scores) >= MIN_LINKS_FOR_NORM:
        median = statistics.median(scores)
        spread = 1.4826 * statistics.median(abs(s - median) for s in scores)
        return median, max(spread, PRIOR_SPREAD * 0.75)
    return PRIOR_MEDIAN, PRIOR_SPREAD
