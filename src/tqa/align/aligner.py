"""Sentence alignment of a Korean document with its English translation.

Two passes, as in Vecalign / Bertalign (re-implemented from their papers' ideas):

1. **Anchors** — confident 1:1 links found cheaply: in ``default`` mode, pairs of
   sentences that are each other's best embedding match by a clear margin; in
   ``fast`` mode, sentences sharing a distinctive number. The longest chain of
   anchors that keeps document order becomes the guide path (without anchors, the
   guide is the diagonal of cumulative character counts).
2. **Search** — dynamic programming over 0:1, 1:0, 1:1, 1:2, 2:1, 1:3, 3:1, 2:2 links
   (and 1:4, 4:1 inside one paragraph)
   inside a band around the guide path (:mod:`.search`); if the best path touches the
   band's edge, the band is widened and the search repeated.

Modes: ``default`` (embeddings + anchors + length + paragraphs), ``fast`` (length +
anchors + paragraphs: no neural model) and ``length`` (plain Gale–Church, the
baseline). Links cover every segment of both sides once, in document order;
``Link.score`` is the cosine similarity of the two sides (``None`` without embeddings;
a side of several sentences is the token-weighted mean of their vectors, so every
sentence is embedded once and nothing else is).
"""
from __future__ import annotations

import bisect
import logging

import numpy as np

from ..document import Link, Segment
from . import length as length_model
from .anchors import english_numbers, korean_numbers
from .scoring import EmbeddingScorer, FastScorer, GaleChurchScorer, Sides
from .search import band_around, best_path, gain_table, touches_edge

log = logging.getLogger(__name__)

MODES = ("default", "fast", "length")
#: initial half width of the search band, per mode (widened when the path hits an edge)
HALF_WIDTH = {"default": 8, "fast": 20, "length": 20}
#: a 1:1 pair counts as a confident anchor when its cosine beats every rival by this
ANCHOR_MARGIN = 0.02
#: a lone skipped pair is re-linked 1:1 when its length z-score is within this
LONE_PAIR_Z = 3.0
#: equal sentence counts align 1:1 without search when every pair's length |z| is below
EQUAL_COUNT_Z = 4.0
#: how much higher an n:m link scores with pooled sentence vectors than with an embedding
#: of the joined texts (mean over 276 n:m links of benchmarks/eval_alignment.py: +0.0107,
#: mean |difference| 0.012, correlation 0.89); subtracted so n:m and 1:1 scores compare
POOLED_SCORE_BIAS = 0.011


def align_segments(source: list[Segment], target: list[Segment], mode: str = "default") -> list[Link]:
    """Align two segment lists; see the module docstring for modes."""
    if mode not in MODES:
        raise ValueError(f"unknown alignment mode {mode!r} (expected one of {', '.join(MODES)})")
    if not source or not target:
        return [Link((i,), ()) for i in range(len(source))] + [Link((), (j,)) for j in range(len(target))]
    sides = Sides(source, target)
    vectors = None
    if mode == "default":
        vectors = _embed_sides(source, target)
        if vectors is None:
            mode = "fast"
    if mode in ("fast", "length") and len(source) == len(target) and _lengths_agree(sides, mode):
        return [Link((i,), (i,)) for i in range(len(source))]

    if mode == "default":
        source_vectors, target_vectors, source_tokens, target_tokens = vectors
        scorer = EmbeddingScorer(sides, source_vectors, target_vectors, source_tokens, target_tokens)
        anchors = _embedding_anchors(source_vectors, target_vectors)
    elif mode == "fast":
        scorer = FastScorer(sides)
        anchors = _number_anchors(sides)
    else:
        scorer = GaleChurchScorer(sides)
        anchors = []
    centre = _guide(anchors, sides)
    path = _search(scorer, centre, len(target), HALF_WIDTH[mode])
    links = [Link(tuple(range(i, i + a)), tuple(range(j, j + b))) for i, j, a, b in path]
    if mode != "length":
        links = _pair_lone_skips(links, sides)
    if mode == "default":
        _fill_scores(source, target, links, vectors)
    return links


def score_links(source: list[Segment], target: list[Segment], links: list[Link], mode: str = "default") -> None:
    """Fill ``Link.score`` (cosine similarity of the two sides) for given links.

    Used where the alignment is given (``--parallel``, bilingual files). In ``fast``
    and ``length`` modes, or when the embedding model is unavailable, scores stay
    ``None``.
    """
    if mode not in MODES:
        raise ValueError(f"unknown alignment mode {mode!r}")
    if mode != "default" or not links:
        return
    vectors = _embed_sides(source, target)
    if vectors is not None:
        _fill_scores(source, target, links, vectors)


# ---------------------------------------------------------------- embeddings ----

def _embed_sides(source, target):
    """Sentence vectors and token counts of both sides, or None without the model."""
    from ..neural.embeddings import EmbeddingsUnavailable, get_embedder

    try:
        embedder = get_embedder()
        texts = [s.text for s in source] + [s.text for s in target]
        vectors = embedder.embed(texts)
        tokens = embedder.token_counts(texts)
    except EmbeddingsUnavailable as error:
        log.warning("%s; aligning without embeddings", error)
        return None
    n = len(source)
    return vectors[:n], vectors[n:], tokens[:n], tokens[n:]


def _fill_scores(source, target, links, vectors) -> None:
    """Cosine of each link's sides. A side of several sentences is scored with the
    token-weighted mean of its sentences' cached vectors (what the search used), not
    with a new embedding of the joined text: that embedding cost ~14 % of a run's
    encoder time. The pooled vector scores :data:`POOLED_SCORE_BIAS` higher than the
    joined text's own vector on average, which is subtracted."""
    source_vectors, target_vectors, source_tokens, target_tokens = vectors
    for link in links:
        if not (link.source and link.target):
            link.score = None
            continue
        a = _side_vector(link.source, source_vectors, source_tokens)
        b = _side_vector(link.target, target_vectors, target_tokens)
        merged = len(link.source) > 1 or len(link.target) > 1
        link.score = round(float(a @ b) - (POOLED_SCORE_BIAS if merged else 0.0), 4)


def _side_vector(ids, vectors: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """One sentence's vector, or the renormalised token-weighted mean of several
    (e5 mean-pools token states, so this approximates the joined text's vector)."""
    if len(ids) == 1:
        return vectors[ids[0]]
    rows = list(ids)
    pooled = (vectors[rows] * tokens[rows, None]).sum(axis=0)
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


# ------------------------------------------------------------------ anchors ----

def _embedding_anchors(source_vectors: np.ndarray, target_vectors: np.ndarray) -> list[tuple[int, int]]:
    """Mutual best matches whose cosine beats the runner-up on both sides by a margin."""
    n, m = len(source_vectors), len(target_vectors)
    if n < 2 or m < 2:
        return []
    row_best = np.empty(n, dtype=int)
    row_margin = np.empty(n)
    column_top = np.full((2, m), -np.inf)
    column_best = np.zeros(m, dtype=int)
    for start in range(0, n, 512):  # chunks keep memory flat on long documents
        chunk = source_vectors[start:start + 512] @ target_vectors.T
        top2 = np.partition(chunk, -2, axis=1)[:, -2:]
        row_best[start:start + len(chunk)] = chunk.argmax(axis=1)
        row_margin[start:start + len(chunk)] = top2[:, 1] - top2[:, 0]
        for r, row in enumerate(chunk):
            better = row > column_top[0]
            column_top[1] = np.where(better, column_top[0], np.maximum(column_top[1], row))
            column_best = np.where(better, start + r, column_best)
            column_top[0] = np.where(better, row, column_top[0])
    column_margin = column_top[0] - column_top[1]
    anchors = []
    for i in range(n):
        j = int(row_best[i])
        if column_best[j] == i and min(row_margin[i], column_margin[j]) >= ANCHOR_MARGIN:
            anchors.append((i, j))
    return _longest_chain(anchors)


def _number_anchors(sides: Sides) -> list[tuple[int, int]]:
    """Pairs of sentences that share a number written nowhere else in either document."""
    def unique_keys(texts, extract):
        where: dict[str, list[int]] = {}
        for index, text in enumerate(texts):
            for group in extract(text):
                for key in group:
                    if len(key.replace(".", "")) >= 2:
                        where.setdefault(key, []).append(index)
        return {key: places[0] for key, places in where.items() if len(set(places)) == 1}

    source_keys = unique_keys(sides.source_texts, korean_numbers)
    target_keys = unique_keys(sides.target_texts, english_numbers)
    pairs = sorted({(source_keys[k], target_keys[k]) for k in source_keys.keys() & target_keys.keys()})
    return _longest_chain(pairs)


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (i, j) pairs increasing in both i and j."""
    # same i: larger j first, so a strictly increasing run of j takes at most one of them
    pairs = sorted(set(pairs), key=lambda pair: (pair[0], -pair[1]))
    tails: list[int] = []       # smallest j ending a chain of each length
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        position = bisect.bisect_left(tails, j)
        if position == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[position] = j
            tail_index[position] = index
        previous[index] = tail_index[position - 1] if position > 0 else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


def _guide(anchors: list[tuple[int, int]], sides: Sides) -> np.ndarray:
    """Expected target boundary for each source boundary 0..n."""
    n, m = len(sides.source_lengths), len(sides.target_lengths)
    if anchors:
        xs = [0.0] + [i + 0.5 for i, _ in anchors] + [float(n)]
        ys = [0.0] + [j + 0.5 for _, j in anchors] + [float(m)]
        return np.interp(np.arange(n + 1), xs, ys)
    # no anchors: follow the proportion of characters read on each side
    source_fraction = sides.source_cumulative / max(sides.source_cumulative[-1], 1.0)
    target_fraction = sides.target_cumulative / max(sides.target_cumulative[-1], 1.0)
    return np.interp(source_fraction, target_fraction, np.arange(m + 1))


# ------------------------------------------------------------- post-pass ----

def _pair_lone_skips(links: list[Link], sides: Sides) -> list[Link]:
    """A lone unaligned source sentence next to a lone unaligned target sentence is
    one poor translation, not an omission plus an addition: link them 1:1 when their
    lengths are plausible and neither is page furniture. (The low similarity check
    then reports the pair.)"""
    def lone(index: int, side: str) -> bool:
        if not 0 <= index < len(links):
            return False
        link = links[index]
        return (len(link.source), len(link.target)) == ((1, 0) if side == "source" else (0, 1))

    def aligned_or_edge(index: int) -> bool:
        return not 0 <= index < len(links) or bool(links[index].source and links[index].target)

    merged: list[Link] = []
    k = 0
    while k < len(links):
        first, second = links[k], links[k + 1] if k + 1 < len(links) else None
        if second is not None and aligned_or_edge(k - 1) and aligned_or_edge(k + 2) and \
                ((lone(k, "source") and lone(k + 1, "target")) or (lone(k, "target") and lone(k + 1, "source"))):
            i = (first.source or second.source)[0]
            j = (first.target or second.target)[0]
            plausible = abs(length_model.z_score(sides.source_lengths[i], sides.target_lengths[j])) < LONE_PAIR_Z
            if plausible and not sides.source_furniture[i] and not sides.target_furniture[j]:
                merged.append(Link((i,), (j,)))
                k += 2
                continue
        merged.append(first)
        k += 1
    return merged


# ------------------------------------------------------------------- search ----

def _search(scorer, centre: np.ndarray, m: int, half_width: int):
    n = len(centre) - 1
    while True:
        band = band_around(centre, m, half_width)
        tables = {move: gain_table(band, move, lambda rows, cols, move=move: scorer.gains(move, rows, cols))
                  for move in scorer.moves}
        path = best_path(band, tables)
        if half_width >= max(n, m) or not touches_edge(band, path):
            return path
        half_width *= 2


def _lengths_agree(sides: Sides, mode: str) -> bool:
    """Equal counts, and every i-th pair has a plausible length ratio (and, in fast
    mode, no contradicting numbers): then 1:1 is the alignment."""
    for index, (ko, en) in enumerate(zip(sides.source_lengths, sides.target_lengths)):
        if abs(length_model.z_score(ko, en)) > EQUAL_COUNT_Z:
            return False
        if mode == "fast":
            rows = np.array([index])
            if sides.anchors(rows, rows, 1, 1)[0] < 0:
                return False
    return True
