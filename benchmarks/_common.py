"""What the benchmarks share: the median time of a call, taken the same way by each of them."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(fn: Callable[[int], object], runs: int, *, scale: float = 1.0) -> float:
    """The median wall time of `fn(i)` for i in range(runs), in seconds times `scale`
    (1000 for milliseconds)."""
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * scale)
    return statistics.median(samples)
