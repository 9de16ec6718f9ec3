"""Fewer points for a plot: the lowest and the highest point of each of N equal-count buckets.

A browser draws a few thousand points at once; a million freezes it. Keeping each bucket's extremes
(rather than an average) keeps every peak and dip visible at the plot's resolution, and a bucket
holding only NaN keeps one NaN, so that gaps stay gaps.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

DEFAULT_BUCKETS = 2000  # up to 4,002 points per series: finer than a screen's width in pixels

IndexArray = npt.NDArray[np.intp]


def min_max_indices(values: npt.NDArray[np.float64], buckets: int = DEFAULT_BUCKETS) -> IndexArray:
    """Sorted positions of the points to draw: all of them when few, else each bucket's extremes,
    plus the first and the last point (so that the drawn extent is the data's)."""
    n = len(values)
    if buckets < 1:
        raise ValueError(f"buckets must be at least 1, not {buckets}")
    if n <= 2 * buckets + 2:
        return np.arange(n, dtype=np.intp)
    size = -(-n // buckets)
    rows = -(-n // size)
    pad = rows * size - n
    nan = np.isnan(values)
    low = np.concatenate([np.where(nan, np.inf, values), np.full(pad, np.inf)]).reshape(rows, size)
    high = np.concatenate([np.where(nan, -np.inf, values), np.full(pad, -np.inf)]).reshape(rows, size)
    starts = np.arange(rows, dtype=np.intp) * size
    # in a bucket of NaN only, argmin and argmax both give its first point: one NaN, a gap in the line
    chosen = np.concatenate([starts + low.argmin(axis=1), starts + high.argmax(axis=1), [0, n - 1]])
    kept: IndexArray = np.unique(chosen[chosen < n]).astype(np.intp)
    return kept
