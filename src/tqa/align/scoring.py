"""Scorers: the gain of linking a block of source sentences with a block of target
sentences, for each aligner mode.

* :class:`EmbeddingScorer` (mode ``default``): margin-normalised cosine similarity of
  multilingual-e5 vectors + length model + anchors + paragraph boundaries.
* :class:`FastScorer` (mode ``fast``): length model + anchors + paragraph boundaries.
* :class:`GaleChurchScorer` (mode ``length``): Gale & Church (1993) alone.

A scorer is built once per document pair and answers ``gains(move, rows, cols)``:
the gains of the links of shape ``move = (a, b)`` that start at source sentence
``rows[k]`` and target sentence ``cols[k]``. Skipping a sentence (1:0 / 0:1) has a
gain too; the search maximises the sum.

Block vectors. e5 mean-pools token states, so the vector of a concatenation is close
to the token-weighted mean of its parts' vectors; the search uses that (computed from
one embedding per sentence) for 1:2, 2:1, 1:3, 3:1 and 2:2 candidates, and so does
the final score of an n:m link (see ``aligner._fill_scores``): each sentence of a
document is embedded exactly once.
"""
from __future__ import annotations

import math

import numpy as np

from . import length as length_model
from .boilerplate import is_furniture
from .anchors import GlossMatcher, anchor_score, english_numbers, korean_latin_words, korean_numbers

#: log prior of each link shape relative to 1:1 (merges cost a little; data-tuned)
SHAPE_PENALTY = {(1, 1): 0.0, (1, 2): 0.1, (2, 1): 0.1, (1, 3): 0.35, (3, 1): 0.35, (2, 2): 0.45,
                 (1, 4): 0.6, (4, 1): 0.6}
#: link shapes of the default and fast modes. 1:4 and 4:1 are allowed inside one paragraph
#: only (a long quotation the Korean splitter cuts at 그는 말했다. and at each 다. while
#: the English keeps it one sentence: without them one piece was reported as omitted)
MOVES = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4), (4, 1))
#: the largest block of one side a link may hold
MAX_BLOCK = 4
#: gain of a link that is not allowed (a 4-sentence block across a paragraph break)
FORBIDDEN = -1e9
#: Gale & Church's priors for their plain baseline
GALE_CHURCH_PRIOR = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2,
                     (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}
#: mean e5-small cosine of unrelated Korean/English sentence pairs (FLORES-200 dev)
UNRELATED_COSINE = 0.756
GALE_CHURCH_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


class Sides:
    """Per-sentence facts both scorers need: lengths, texts, paragraph ids."""

    def __init__(self, source, target):
        self.source_texts = [s.text for s in source]
        self.target_texts = [s.text for s in target]
        self.source_lengths = np.array([length_model.text_length(t) for t in self.source_texts], dtype=float)
        self.target_lengths = np.array([length_model.text_length(t) for t in self.target_texts], dtype=float)
        self.source_cumulative = np.concatenate([[0.0], np.cumsum(self.source_lengths)])
        self.target_cumulative = np.concatenate([[0.0], np.cumsum(self.target_lengths)])
        self.source_paragraphs = np.array([getattr(s, "paragraph", 0) for s in source])
        self.target_paragraphs = np.array([getattr(s, "paragraph", 0) for s in target])
        self.source_furniture = np.array([is_furniture(t) for t in self.source_texts], dtype=bool)
        self.target_furniture = np.array([is_furniture(t) for t in self.target_texts], dtype=bool)
        self.source_furniture_count = np.concatenate([[0], np.cumsum(self.source_furniture)])
        self.target_furniture_count = np.concatenate([[0], np.cumsum(self.target_furniture)])
        # running counts of sentences that carry anchors, to skip blocks without any
        source_has = [bool(korean_numbers(t) or korean_latin_words(t)) for t in self.source_texts]
        target_has = [bool(english_numbers(t)) for t in self.target_texts]
        self.source_anchor_count = np.concatenate([[0], np.cumsum(source_has)])
        self.target_anchor_count = np.concatenate([[0], np.cumsum(target_has)])

    def block_lengths(self, rows, cols, a, b):
        return (self.source_cumulative[rows + a] - self.source_cumulative[rows],
                self.target_cumulative[cols + b] - self.target_cumulative[cols])

    def paragraph_crossings(self, rows, cols, a, b) -> np.ndarray:
        """Paragraph boundaries inside the source block plus inside the target block."""
        crossings = np.zeros(len(rows))
        if a > 1:
            crossings += self.source_paragraphs[rows + a - 1] != self.source_paragraphs[rows]
        if b > 1:
            crossings += self.target_paragraphs[cols + b - 1] != self.target_paragraphs[cols]
        return crossings

    def furniture_in_block(self, rows, cols, a, b) -> np.ndarray:
        """Page-furniture lines (menus, share buttons …) inside the two blocks."""
        return (self.source_furniture_count[rows + a] - self.source_furniture_count[rows]) + \
            (self.target_furniture_count[cols + b] - self.target_furniture_count[cols])

    def skip_furniture(self, rows, cols, a, b) -> np.ndarray:
        """1 where a 1:0 / 0:1 link leaves a page-furniture line unaligned."""
        if a:
            return self.source_furniture[np.minimum(rows, len(self.source_furniture) - 1)].astype(float)
        return self.target_furniture[np.minimum(cols, len(self.target_furniture) - 1)].astype(float)

    def forbidden(self, rows, cols, a, b) -> np.ndarray:
        """True where a block of more than three sentences crosses a paragraph break."""
        forbidden = np.zeros(len(rows), dtype=bool)
        if a > 3:
            forbidden |= self.source_paragraphs[rows + a - 1] != self.source_paragraphs[rows]
        if b > 3:
            forbidden |= self.target_paragraphs[cols + b - 1] != self.target_paragraphs[cols]
        return forbidden

    def anchors(self, rows, cols, a, b) -> np.ndarray:
        scores = np.zeros(len(rows))
        relevant = ((self.source_anchor_count[rows + a] - self.source_anchor_count[rows]) > 0) | \
                   ((self.target_anchor_count[cols + b] - self.target_anchor_count[cols]) > 0)
        for k in np.flatnonzero(relevant).tolist():
            i, j = int(rows[k]), int(cols[k])
            scores[k] = anchor_score(self.source_texts[i:i + a], self.target_texts[j:j + b])
        return scores


_log_tail = np.vectorize(length_model.log_likelihood, otypes=[float])


class FastScorer:
    """Length + anchors + content-word glosses: no neural model."""

    moves = MOVES
    skip_gain = -4.0
    match_bonus = 4.0
    anchor_weight = 3.0
    paragraph_penalty = 2.0
    furniture_weight = 6.0
    #: weight of the gloss agreement of a link (:class:`~tqa.align.anchors.GlossMatcher`)
    gloss_weight = 2.0
    #: cost of a glossed Korean word the English block has no gloss of, against 1 for a match
    gloss_unmatched = 0.25

    def __init__(self, sides: Sides):
        self.sides = sides
        self.glosses = GlossMatcher(sides.source_texts, sides.target_texts, self.gloss_unmatched)

    def gains(self, move, rows, cols) -> np.ndarray:
        a, b = move
        if a == 0 or b == 0:
            return self.skip_gain + self.furniture_weight * self.sides.skip_furniture(rows, cols, a, b)
        source_chars, target_chars = self.sides.block_lengths(rows, cols, a, b)
        gain = _log_tail(source_chars, target_chars) + self.match_bonus
        gain -= self.furniture_weight * self.sides.furniture_in_block(rows, cols, a, b)
        gain -= 8.0 * SHAPE_PENALTY[move]
        gain += self.anchor_weight * np.clip(self.sides.anchors(rows, cols, a, b), -3, 3)
        if self.gloss_weight:
            score = self.glosses.score
            gain += self.gloss_weight * np.array([score(i, a, j, b) for i, j in zip(rows.tolist(), cols.tolist())])
        gain -= self.paragraph_penalty * self.sides.paragraph_crossings(rows, cols, a, b)
        gain[self.sides.forbidden(rows, cols, a, b)] = FORBIDDEN
        return gain


class GaleChurchScorer:
    """Plain Gale & Church (1993): length log-likelihood plus the link-shape prior."""

    moves = GALE_CHURCH_MOVES

    def __init__(self, sides: Sides):
        self.sides = sides

    def gains(self, move, rows, cols) -> np.ndarray:
        a, b = move
        source_chars, target_chars = self.sides.block_lengths(rows, cols, a, b)
        prior = math.log(GALE_CHURCH_PRIOR[move])
        if a == 0 or b == 0:
            # Gale–Church score a lone sentence against an empty counterpart
            return prior + _log_tail(np.maximum(source_chars, 1.0), target_chars)
        return prior + _log_tail(source_chars, target_chars)


class EmbeddingScorer:
    """Margin-normalised embedding similarity + length + anchors (mode ``default``)."""

    moves = MOVES
    similarity_weight = 22.0
    margin_threshold = 0.01
    length_weight = 0.15
    anchor_weight = 0.3
    paragraph_penalty = 0.5
    skip_gain = 0.0
    skip_weight = 10.0
    skip_free_margin = 0.04
    furniture_weight = 1.0
    sample_size = 64

    def __init__(self, sides: Sides, source_vectors: np.ndarray, target_vectors: np.ndarray,
                 source_tokens: np.ndarray, target_tokens: np.ndarray, seed: int = 0):
        self.sides = sides
        self.source_blocks = _block_vectors(source_vectors, source_tokens)
        self.target_blocks = _block_vectors(target_vectors, target_tokens)
        rng = np.random.default_rng(seed)
        # how similar a block is to an unrelated sentence of the other side, on average:
        # subtracting it (a margin, as in LASER/Vecalign) removes "hub" sentences' bias
        target_sample = target_vectors[rng.choice(len(target_vectors), min(self.sample_size, len(target_vectors)), replace=False)]
        source_sample = source_vectors[rng.choice(len(source_vectors), min(self.sample_size, len(source_vectors)), replace=False)]
        self.source_baseline = {size: blocks @ target_sample.T for size, blocks in self.source_blocks.items()}
        self.target_baseline = {size: blocks @ source_sample.T for size, blocks in self.target_blocks.items()}
        # short documents give a small, same-topic sample: lean on the corpus-wide mean
        trust = min(1.0, min(len(target_sample), len(source_sample)) / self.sample_size)
        self.source_baseline = {k: trust * v.mean(axis=1) + (1 - trust) * UNRELATED_COSINE
                                for k, v in self.source_baseline.items()}
        self.target_baseline = {k: trust * v.mean(axis=1) + (1 - trust) * UNRELATED_COSINE
                                for k, v in self.target_baseline.items()}
        # a sentence that matches some sentence of the other side well is costly to skip
        # (it is probably part of a 1:2 / 2:1 link); furniture and true omissions are not
        source_best, target_best = _best_margins(source_vectors, target_vectors,
                                                 self.source_baseline[1], self.target_baseline[1])
        self.source_skip = self.skip_gain - self.skip_weight * np.maximum(0.0, source_best - self.skip_free_margin)
        self.target_skip = self.skip_gain - self.skip_weight * np.maximum(0.0, target_best - self.skip_free_margin)

    def margins(self, move, rows, cols) -> np.ndarray:
        a, b = move
        similarity = np.einsum("ij,ij->i", self.source_blocks[a][rows], self.target_blocks[b][cols])
        return similarity - 0.5 * (self.source_baseline[a][rows] + self.target_baseline[b][cols])

    def gains(self, move, rows, cols) -> np.ndarray:
        a, b = move
        if a == 0 or b == 0:
            skip = self.source_skip[np.minimum(rows, len(self.source_skip) - 1)] if a else \
                self.target_skip[np.minimum(cols, len(self.target_skip) - 1)]
            return skip + self.furniture_weight * self.sides.skip_furniture(rows, cols, a, b)
        gain = self.similarity_weight * (self.margins(move, rows, cols) - self.margin_threshold)
        source_chars, target_chars = self.sides.block_lengths(rows, cols, a, b)
        gain += self.length_weight * _log_tail(source_chars, target_chars)
        gain -= SHAPE_PENALTY[move]
        gain += self.anchor_weight * np.clip(self.sides.anchors(rows, cols, a, b), -3, 3)
        gain -= self.paragraph_penalty * self.sides.paragraph_crossings(rows, cols, a, b)
        gain -= self.furniture_weight * self.sides.furniture_in_block(rows, cols, a, b)
        gain[self.sides.forbidden(rows, cols, a, b)] = FORBIDDEN
        return gain


def _best_margins(source_vectors, target_vectors, source_baseline, target_baseline, chunk: int = 512):
    """Each sentence's best margin (cosine minus both baselines' mean) against any
    sentence of the other side; computed in chunks to keep memory flat."""
    source_best = np.full(len(source_vectors), -1.0)
    target_best = np.full(len(target_vectors), -1.0)
    for start in range(0, len(source_vectors), chunk):
        block = source_vectors[start:start + chunk] @ target_vectors.T
        block -= 0.5 * (source_baseline[start:start + chunk, None] + target_baseline[None, :])
        source_best[start:start + len(block)] = block.max(axis=1)
        target_best = np.maximum(target_best, block.max(axis=0))
    return source_best, target_best


def _block_vectors(vectors: np.ndarray, tokens: np.ndarray, max_size: int = MAX_BLOCK) -> dict[int, np.ndarray]:
    """Approximate vectors of runs of 1–4 consecutive sentences: the token-weighted mean
    of the sentence vectors, renormalised (row ``i`` = sentences ``i .. i+size-1``)."""
    blocks = {1: vectors}
    weighted = vectors * tokens[:, None]
    for size in range(2, max_size + 1):
        count = len(vectors) - size + 1
        if count <= 0:
            blocks[size] = np.zeros((0, vectors.shape[1]), dtype=vectors.dtype)
            continue
        summed = sum(weighted[k:k + count] for k in range(size))
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        blocks[size] = summed / np.maximum(norms, 1e-12)
    return blocks
