"""Portfolio benchmark: 500 five-page sketches checked (with page counts) over every core.

Run:  python benchmarks/bench_portfolio.py [--count 500] [--repeats 1] [--no-pages]

Measures, in the same run and on the same files:
  * the portfolio build over all cores (`build_portfolio`, ProcessPoolExecutor via core.judging.batch),
    with the rich progress bar the CLI shows;
  * the serial baseline (jobs=1) on the same files;
and prints the medians, the speed-up (serial / parallel), and how many cores our processes kept
busy during the parallel run: (CPU time of this process and its workers) / wall time. On two
free cores that is close to 2.0; above 1.0 means more than one core did the work.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import five_page_sketch  # noqa: E402


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _proc_stat() -> list[tuple[int, int]]:
    """(busy, total) jiffies per CPU from /proc/stat; empty where there is no /proc."""
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        if line.startswith("cpu") and line[3:4].isdigit():
            values = [int(v) for v in line.split()[1:]]
            idle = values[3] + (values[4] if len(values) > 4 else 0)
            out.append((sum(values) - idle, sum(values)))
    return out


class WorkerSampler:
    """Samples this process's children from /proc: their CPU time, state and the CPU they ran on."""

    def __init__(self, interval: float = 0.1) -> None:
        import threading

        self.interval = interval
        self.cpu_seconds: dict[int, float] = {}
        self.cpus_seen: set[int] = set()
        self.samples = 0
        self.samples_two_running = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def _children(self) -> list[int]:
        pids: list[int] = []
        for task in Path("/proc/self/task").glob("*/children"):
            try:
                pids += [int(x) for x in task.read_text().split()]
            except OSError:
                pass
        return pids

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            running = 0
            for pid in self._children():
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue
                state, utime, stime, cpu = fields[0], int(fields[11]), int(fields[12]), int(fields[36])
                self.cpu_seconds[pid] = (utime + stime) / self._tick
                if state == "R":
                    running += 1
                    self.cpus_seen.add(cpu)
            self.samples += 1
            self.samples_two_running += running >= 2

    def __enter__(self) -> WorkerSampler:
        if Path("/proc/self/task").is_dir():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def run_once(folder: Path, jobs: int, pages: bool, show_progress: bool) -> tuple[float, float, list[float], int]:
    """(wall seconds, cores busy, per-CPU busy share, rows) for one portfolio build."""
    from assistant.advisor.db import HistoryDB
    from assistant.advisor.portfolio import build_portfolio

    progress = None
    bar = None
    if show_progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Progress(TextColumn(f"jobs={jobs}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True))
        task = bar.add_task("check", total=None)
        bar.start()

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

    # Every run starts as the first check of the folder: no page counts kept from an earlier run
    # (they would make the later runs skip the layouts), and a history of its own.
    for stale in (Path(os.environ["SKISSE_HOME"]) / "cache").glob("pages.sqlite*"):
        stale.unlink()
    run_once.count = getattr(run_once, "count", 0) + 1  # type: ignore[attr-defined]
    db = HistoryDB(folder.parent / f"history-{run_once.count}.sqlite3")  # type: ignore[attr-defined]
    stat0, cpu0, t0 = _proc_stat(), _cpu(), time.perf_counter()
    try:
        with WorkerSampler() as sampler:
            portfolio = build_portfolio(folder, jobs=jobs, pages=pages, progress=progress, db=db)
    finally:
        if bar is not None:
            bar.stop()
        db.close()
    wall = time.perf_counter() - t0
    cpu = _cpu() - cpu0
    stat1 = _proc_stat()
    per_cpu = [(b1 - b0) / max(1, t1 - t0_) for (b0, t0_), (b1, t1) in zip(stat0, stat1)]
    errors = [r for r in portfolio.rows if r.error]
    if errors:
        raise SystemExit(f"{len(errors)} sketches failed, e.g. {errors[0].error}")
    run_once.last_sampler = sampler  # type: ignore[attr-defined]
    return wall, cpu / wall, per_cpu, len(portfolio.rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--no-pages", action="store_true", help="skip the renderer (checks only)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the serial run")
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory(prefix="skisse-bench-portfolio-") as tmp:
        os.environ["SKISSE_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp) / "skisser"
        folder.mkdir()
        for i in range(args.count):
            (folder / f"skisse-{i:03d}.md").write_text(five_page_sketch(i), encoding="utf-8")

        parallel, busy, per_cpu_runs = [], [], []
        for _ in range(args.repeats):
            wall, cores_busy, per_cpu, rows = run_once(folder, cores, not args.no_pages, True)
            parallel.append(wall)
            busy.append(cores_busy)
            per_cpu_runs.append(per_cpu)
            sampler = run_once.last_sampler  # type: ignore[attr-defined]
            workers = sorted(sampler.cpu_seconds.values(), reverse=True)
            if workers:
                # How evenly the work was split: 2.0 means each of two workers did half.
                print(f"work split over workers (total CPU / largest worker's CPU): {sum(workers) / workers[0]:.2f}")
            print(
                f"workers: {len(workers)}  CPU seconds each: {', '.join(f'{w:.1f}' for w in workers)}  "
                f"CPUs they ran on: {sorted(sampler.cpus_seen)}  "
                f"samples with two workers running at once: {sampler.samples_two_running}/{sampler.samples}"
            )
        serial = []
        if not args.no_baseline:
            for _ in range(args.repeats):
                serial.append(run_once(folder, 1, not args.no_pages, True)[0])

    p = statistics.median(parallel)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load and load[0] > cores:
        print(f"note: load average {load[0]:.1f} on {cores} cores; other processes took CPU, so wall times and speed-up understate")
    print(f"sketches: {rows}  pages measured: {not args.no_pages}  cores: {cores}  repeats: {args.repeats}")
    print(f"parallel (jobs={cores}): median {p:.2f} s  ({rows / p:.1f} sketches/s)")
    print(f"cores kept busy by our processes during the parallel run: {statistics.median(busy):.2f} of {cores}")
    if per_cpu_runs and per_cpu_runs[0]:
        shares = "  ".join(f"cpu{i}: {share:.0%}" for i, share in enumerate(per_cpu_runs[0]))
        print(f"per-CPU busy (whole machine, first run): {shares}")
    if serial:
        s = statistics.median(serial)
        print(f"serial baseline (jobs=1): median {s:.2f} s  → speed-up {s / p:.2f}×")


if __name__ == "__main__":
    main()
