"""Core speed: the deterministic check of a five-page sketch, `skisse check` of one file end to
end, and `skisse check` of a folder of 500 sketches on every core.

Run: python benchmarks/bench_core.py [--runs N] [--batch N]

Each line prints the median, the target, and a ratio against a baseline measured in the same
run (parsing alone for the check; a bare Python start-up for the subprocesses; the same command
with --jobs 1 for the folder), so a busy machine still gives comparable numbers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import median_time  # noqa: E402
from _corpus import five_page_sketch  # noqa: E402

TARGET_CHECK_MS = 10.0
TARGET_CHECK_CLI_S = 0.3
TARGET_BATCH_S = 10.0



def bench_check(runs: int) -> None:
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.judging.engine import check_sketch
    from assistant.core.sketch.rubric import load_rubric

    rubric = load_rubric()
    texts = [five_page_sketch(i % 5) for i in range(runs)]
    check_sketch(parse_sketch(texts[0]), rubric)  # warm the pattern caches
    parse = median_time(lambda i: parse_sketch(texts[i]), runs)
    full = median_time(lambda i: check_sketch(parse_sketch(texts[i]), rubric), runs)
    words = len(texts[0].split())
    print(f"deterministic check, five-page sketch ({words} words), parse included")
    print(f"  median {full * 1000:8.1f} ms   target <= {TARGET_CHECK_MS:.0f} ms   ({full / parse:.1f}x parsing alone, {parse * 1000:.1f} ms)")
    from assistant.core.judging.checkup import checkup

    # The one road every caller takes (no page count here): each text new, so nothing is cached.
    unique = [text + f"\n\n<!-- {i} -->\n" for i, text in enumerate(texts)]
    others = [text + f"\n\n<!-- {i} b -->\n" for i, text in enumerate(texts)]
    road, direct = [], []
    for i in range(runs):  # interleaved, so that both meet the same load
        start = time.perf_counter()
        checkup(unique[i], rubric=rubric, pages=False)
        road.append(time.perf_counter() - start)
        start = time.perf_counter()
        check_sketch(parse_sketch(others[i]), rubric)
        direct.append(time.perf_counter() - start)
    road, full = statistics.median(road), statistics.median(direct)
    again = median_time(lambda i: checkup(unique[-1], rubric=rubric, pages=False), runs)  # the last one, just judged
    print(f"  through core.judging.checkup: median {road * 1000:.1f} ms ({road / full:.2f}x the engine called directly); the same text again {again * 1000:.2f} ms")


def bench_check_cli(runs: int) -> None:
    """Cold: the page cache is emptied before every run, so the page count is laid out each time
    (the user's other caches stay, as on any day but the first). Warm: the same file again with
    its page count in the cache (what a re-check costs)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "skisse.md"
        path.write_text(five_page_sketch(0), encoding="utf-8")
        env = {**os.environ, "SKISSE_HOME": str(Path(tmp) / "home")}
        # As on a user's machine after the first run (or after installing a wheel), Skisse's
        # bytecode is compiled and kept: with PYTHONDONTWRITEBYTECODE set, as in some containers,
        # every run would compile all of Skisse's modules from source again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cache = Path(tmp) / "home" / "cache"

        def forget_pages() -> None:
            for stale in cache.glob("pages.sqlite*"):
                stale.unlink()

        floor_code = "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int\nimport markdown_it, yaml, typst"
        check = [sys.executable, "-m", "assistant", "check", str(path)]
        subprocess.run(check, env=env, capture_output=True)  # the first run ever fills the catalogue cache
        # Interleaved, one of each per round, so that a slow moment of a shared machine hits all
        # four alike and the ratios hold even when the absolute times do not.
        times: dict[str, list[float]] = {"base": [], "floor": [], "cold": [], "warm": []}
        for _ in range(runs):
            for name, run in (
                ("base", lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)),
                ("floor", lambda: subprocess.run([sys.executable, "-c", floor_code], check=True, env=env)),
                ("cold", lambda: subprocess.run(check, env=env, capture_output=True)),
                ("warm", lambda: subprocess.run(check, env=env, capture_output=True)),
            ):
                if name == "cold":
                    forget_pages()
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
        base, floor, cold, warm = (statistics.median(times[k]) for k in ("base", "floor", "cold", "warm"))
    print("`skisse check` of one five-page file, end to end (render included)")
    print(f"  median {cold:8.3f} s    target <= {TARGET_CHECK_CLI_S} s   ({cold / base:.1f}x a bare Python start-up, {base:.3f} s;")
    print(f"                               {cold / floor:.1f}x Python importing pydantic (one model), markdown-it, yaml, typst: {floor:.3f} s)")
    print(f"  again, page count cached: median {warm:.3f} s")


def bench_batch(count: int) -> None:
    """`skisse check FOLDER` as a user runs it: a fresh process (imports, output included) over
    a folder of `count` sketches, cold (an empty page cache, as the first check of a folder) and
    again (nothing changed: page counts from the cache). The baseline is the same command with
    `--jobs 1` (one process) on a tenth of the folder, scaled up."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "skisser"
        folder.mkdir()
        for i in range(count):
            (folder / f"skisse-{i:04d}.md").write_text(five_page_sketch(i), encoding="utf-8")
        sample = Path(tmp) / "utvalg"
        sample.mkdir()
        sampled = max(10, count // 10)
        for i in range(sampled):
            (sample / f"skisse-{i:04d}.md").write_text(five_page_sketch(i), encoding="utf-8")
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: see bench_check_cli
        command = [sys.executable, "-m", "assistant", "check"]
        for home in ("home", "home-one-core"):  # the data-file copies, as after a first run
            subprocess.run([*command, str(sample), "--no-pages"], env={**env, "SKISSE_HOME": str(Path(tmp) / home)}, capture_output=True)

        def run(args: list[str], home: str) -> tuple[float, float, subprocess.CompletedProcess[bytes]]:
            before = os.times()
            start = time.perf_counter()
            done = subprocess.run([*command, *args], env={**env, "SKISSE_HOME": str(Path(tmp) / home)}, capture_output=True)
            wall = time.perf_counter() - start
            after = os.times()
            cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
            return wall, cpu, done

        one_core, _, _ = run([str(sample), "--jobs", "1"], "home-one-core")
        one_core *= count / sampled
        wall, cpu, done = run([str(folder)], "home")
        again, _, _ = run([str(folder)], "home")
        checked = sum(line.startswith(str(folder)) for line in done.stdout.decode("utf-8", "replace").splitlines())
    cores = os.cpu_count() or 1
    print(f"`skisse check` of a folder of {count} sketches, {cores} cores ({checked} checked, exit {done.returncode}; imports and output included)")
    print(
        f"  wall   {wall:8.2f} s    target <= {TARGET_BATCH_S:.0f} s   "
        f"({one_core / wall:.1f}x faster than one process, --jobs 1, est. {one_core:.1f} s; "
        f"cores busy on average: {cpu / wall:.2f}; {1000 * cpu / count:.0f} ms CPU a sketch)"
    )
    print(f"  again, nothing changed (page counts cached): {again:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    bench_check(args.runs)
    bench_check_cli(max(5, args.runs // 3))
    bench_batch(args.batch)


if __name__ == "__main__":
    main()
