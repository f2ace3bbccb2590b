"""Banded dynamic programming over n:m alignment moves.

A path runs from the corner ``(0, 0)`` to ``(n, m)`` of the grid of sentence
*boundaries*; a move ``(a, b)`` links source sentences ``i .. i+a-1`` with target
sentences ``j .. j+b-1`` (``a`` or ``b`` may be 0: an omission or an addition). The
search maximises the total gain of the links. Only cells inside a band (one column
range per row) are visited, so the cost is linear in document length for a fixed
band width; :func:`band_around` builds a band around a guide path.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NEG = -1e18


@dataclass
class Band:
    """Columns ``lo[i] .. hi[i]`` (inclusive) are searched in row ``i`` (0 ≤ i ≤ n)."""

    lo: np.ndarray
    hi: np.ndarray
    m: int

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    def cells(self) -> tuple[np.ndarray, np.ndarray]:
        """Row and column index of every cell, row-major."""
        widths = self.hi - self.lo + 1
        rows = np.repeat(np.arange(len(self.lo)), widths)
        offsets = np.arange(widths.sum()) - np.repeat(np.cumsum(widths) - widths, widths)
        return rows, self.lo[rows] + offsets

    @property
    def width(self) -> int:
        return int((self.hi - self.lo).max()) + 1


def band_around(centre: np.ndarray, m: int, half_width: int) -> Band:
    """A band of ``±half_width`` columns around ``centre[i]`` (expected column of row i),
    made monotone and connected, starting at (0, 0) and ending at (n, m)."""
    lo = np.floor(centre).astype(int) - half_width
    hi = np.ceil(centre).astype(int) + half_width
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    lo[0] = 0
    hi[-1] = m
    lo = np.maximum.accumulate(lo)
    hi = np.maximum.accumulate(hi)
    hi = np.maximum(hi, lo)
    # a 1:0 move from row i-1 must land inside row i: lo[i] ≤ hi[i-1]
    for i in range(1, len(lo)):
        if lo[i] > hi[i - 1]:
            lo[i] = hi[i - 1]
    return Band(lo, hi, m)


def full_band(n: int, m: int) -> Band:
    return Band(np.zeros(n + 1, dtype=int), np.full(n + 1, m, dtype=int), m)


def gain_table(band: Band, move: tuple[int, int], gains_at) -> list[list[float]]:
    """Per-row lists of the gain of the link of shape ``move`` that *starts* at each band
    cell; ``gains_at(rows, cols)`` returns the gains for cells where the link fits."""
    a, b = move
    rows, cols = band.cells()
    values = np.full(len(rows), NEG)
    fits = (rows + a <= band.n) & (cols + b <= band.m)
    if fits.any():
        values[fits] = gains_at(rows[fits], cols[fits])
    widths = band.hi - band.lo + 1
    splits = np.cumsum(widths)[:-1]
    return [chunk.tolist() for chunk in np.split(values, splits)]


def best_path(band: Band, tables: dict[tuple[int, int], list[list[float]]]) -> list[tuple[int, int, int, int]]:
    """The highest-gain path through the band: a list of links ``(i, j, a, b)``."""
    lo = band.lo.tolist()
    hi = band.hi.tolist()
    n = band.n
    moves = [(a, b, tables[(a, b)]) for (a, b) in tables]
    score = [[NEG] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back: list[list[int]] = [[-1] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        row_score, row_back, lo_i = score[i], back[i], lo[i]
        for j in range(lo_i, hi[i] + 1):
            best = row_score[j - lo_i]
            choice = -1
            for index, (a, b, table) in enumerate(moves):
                pi, pj = i - a, j - b
                if pi < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                k = pj - lo[pi]
                value = score[pi][k] + table[pi][k]
                if value > best:
                    best, choice = value, index
            row_score[j - lo_i] = best
            row_back[j - lo_i] = choice
    path = []
    i, j = n, band.m
    while i > 0 or j > 0:
        choice = back[i][j - lo[i]]
        if choice < 0:
            raise RuntimeError("alignment search found no path through the band")
        a, b, _ = moves[choice]
        i, j = i - a, j - b
        path.append((i, j, a, b))
    path.reverse()
    return path


def touches_edge(band: Band, path: list[tuple[int, int, int, int]]) -> bool:
    """True when the path runs along the band's edge (the band may be too narrow)."""
    for i, j, _, _ in path:
        if (j <= band.lo[i] and band.lo[i] > 0) or (j >= band.hi[i] and band.hi[i] < band.m):
            return True
    return False
