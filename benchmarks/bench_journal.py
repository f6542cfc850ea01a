"""The recovery journal on the typing path: what a key costs with the journal as it is written
(`AutoSaver.touch`: written at once, fsynced later by the autosave thread) against the same
write with an fsync before the rename (what a per-key fsync would cost).

    python benchmarks/bench_journal.py [--runs N]

Both run interleaved, on a five-page sketch, in a temporary SKISSE_HOME on the same disk as
this checkout (a tmpfs would make fsync free); medians and their ratio are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args, _ = parser.parse_known_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as home:
        os.environ["SKISSE_HOME"] = home
        from _corpus import five_page_sketch

        from assistant.core.files import autosave

        sketch = Path(home) / "s.md"
        text = five_page_sketch(1)
        sketch.write_text(text, encoding="utf-8")
        saver = autosave.AutoSaver(sketch, delay=3600).start()
        real_fsync = os.fsync

        def touch(n: int) -> float:
            start = time.perf_counter()
            saver.touch(text + "x" * n)
            return time.perf_counter() - start

        def with_fsync(n: int) -> float:
            start = time.perf_counter()
            target = autosave.journal_path(sketch)
            tmp = target.with_name(f".{target.name}.bench.tmp")
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(text + "x" * n)
                handle.flush()
                real_fsync(handle.fileno())
            os.replace(tmp, target)
            return time.perf_counter() - start

        as_written: list[float] = []
        fsynced: list[float] = []
        for n in range(args.runs):
            as_written.append(touch(n))
            fsynced.append(with_fsync(n))
            time.sleep(0.005)  # a key every few milliseconds, so the thread's fsyncs land in between
        saver.close()
    a, b = statistics.median(as_written) * 1000, statistics.median(fsynced) * 1000
    print(f"journal per key, as written (fsync in the autosave thread): median {a:.3f} ms")
    print(f"journal per key with an fsync before the rename:            median {b:.3f} ms")
    print(f"ratio (fsync in the typing path / as written): {b / a:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
