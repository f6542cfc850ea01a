"""Hostile-input benchmark: a 1 MB sketch of each shape in `_hostile.SHAPES`, checked as `skisse check` does.

Run:  python benchmarks/bench_hostile.py [--size 1000000] [--runs 3] [--pages]

Each shape once made a pattern re-scan a run of digits, brackets or tags from every start
(20 KB of «1.1.1.…» took 6.1 s; 1 MB over a minute). Prints the median seconds per shape beside
a five-page sketch checked in the same run, and exits 1 when a shape takes 2 s or more.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import STRONG_SKETCH  # noqa: E402
from _hostile import SHAPES, hostile_sketch  # noqa: E402

TARGET_SECONDS = 2.0


def _median_seconds(path: Path, runs: int, pages: bool) -> float:
    from assistant.core.judging.batch import check_path
    from assistant.core.judging.checkup import clear_cache

    times = []
    for _ in range(runs):
        clear_cache()  # each run reads and judges the text anew, as a first check does
        start = time.perf_counter()
        check_path(path, render=pages)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of each hostile shape")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="count pages too (a file this long gets an estimate)")
    args = parser.parse_args()
    slow = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.md"
        base.write_text(STRONG_SKETCH, encoding="utf-8")
        _median_seconds(base, 1, args.pages)  # imports and caches warm, outside the figures
        baseline = _median_seconds(base, args.runs, args.pages)
        print(f"{'baseline (four-page sketch)':32} {baseline:7.3f} s")
        for kind in SHAPES:
            path = Path(tmp) / f"{kind}.md"
            path.write_text(hostile_sketch(kind, args.size), encoding="utf-8")
            median = _median_seconds(path, args.runs, args.pages)
            mark = "" if median < TARGET_SECONDS else f"  over {TARGET_SECONDS:g} s"
            print(f"{kind + f' ({args.size // 1000} KB)':32} {median:7.3f} s  ×{median / baseline:6.1f} baseline{mark}")
            if median >= TARGET_SECONDS:
                slow.append(kind)
    print(f"target: every shape under {TARGET_SECONDS:g} s (median of {args.runs})" + (f"; over: {', '.join(slow)}" if slow else "; all met"))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
