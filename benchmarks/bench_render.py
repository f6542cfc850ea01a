"""Rendering speed: warm page count of a five-page sketch, and `skisse export --pdf` end to end.

Run: python benchmarks/bench_render.py [--runs N]

Prints the median of each measurement next to its target, and a ratio against a baseline
measured in the same run (a Python start-up for the subprocess; the cache hit for the
page count), so numbers from a slow or busy machine can still be compared.
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

TARGET_WARM_PAGE_COUNT_MS = 30.0
TARGET_EXPORT_S = 0.3


def bench_page_count(runs: int) -> None:
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.rendering.render import Renderer
    from assistant.core.sketch.rubric import load_rubric

    layout = load_rubric().layout
    text = five_page_sketch(0)
    renderer = Renderer()
    first = time.perf_counter()
    info = renderer.page_info(parse_sketch(text), layout)
    cold_ms = (time.perf_counter() - first) * 1000
    assert info.pages == 5, info

    same = parse_sketch(text)
    hit_ms = median_time(lambda i: renderer.page_info(same, layout), runs, scale=1000)
    # An edit per run, as in the editor: one word changes, typst reuses what it laid out before.
    edited = [parse_sketch(text.replace("Vi vil", f"Vi vil nå ({i})", 1)) for i in range(runs)]
    edit_ms = median_time(lambda i: renderer.page_info(edited[i], layout), runs, scale=1000)
    pdf_ms = median_time(lambda i: renderer.pdf(edited[i], layout), runs, scale=1000)  # after the count: export only

    print(f"warm page count, five-page sketch ({info.pages} pages, {info.fraction} used)")
    print(f"  first (cold, loads fonts)     {cold_ms:8.1f} ms")
    print(f"  unchanged (cache hit)         {hit_ms:8.2f} ms")
    print(f"  after a one-word edit         {edit_ms:8.1f} ms   target <= {TARGET_WARM_PAGE_COUNT_MS:.0f} ms   "
          f"{'OK' if edit_ms <= TARGET_WARM_PAGE_COUNT_MS else 'OVER'}")
    print(f"  PDF of the counted sketch     {pdf_ms:8.1f} ms")


def bench_export_in_process(runs: int) -> None:
    """The export's own work without Python start-up and imports: parse, lay out (cold), write."""
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.rendering.export import export_pdf
    from assistant.core.rendering.render import Renderer
    from assistant.core.sketch.rubric import load_rubric

    layout = load_rubric().layout
    text = five_page_sketch(2)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "ut.pdf"
        ms = median_time(lambda i: export_pdf(parse_sketch(text), layout, out, renderer=Renderer()), runs, scale=1000)
    print(f"  in process, fresh renderer    {ms:8.1f} ms   (parse, cold typst layout, PDF, atomic write)")


def bench_export(runs: int) -> None:
    exe = Path(sys.executable).with_name("skisse")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant.cli.main"]
    with tempfile.TemporaryDirectory() as folder:
        sketch = Path(folder) / "skisse.md"
        sketch.write_text(five_page_sketch(1), encoding="utf-8")
        env = {**os.environ, "SKISSE_HOME": folder, "SKISSE_LANG": "nb"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode kept, as after a user's first run

        def run(args: list[str]) -> None:
            subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)

        run(command + ["export", str(sketch), "--pdf", "--force"])  # warm the OS file cache (--force: the sketch fails a criterion)
        floor_code = "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int\nimport markdown_it, yaml, typst"
        # Interleaved rounds, so that a slow moment of a shared machine hits all three alike.
        times: dict[str, list[float]] = {"base": [], "floor": [], "export": []}
        for _ in range(runs):
            for name, args in (
                ("base", [sys.executable, "-c", "pass"]),
                ("floor", [sys.executable, "-c", floor_code]),
                ("export", command + ["export", str(sketch), "--pdf", "--force"]),
            ):
                start = time.perf_counter()
                run(args)
                times[name].append((time.perf_counter() - start) * 1000)
        base_ms, floor_ms, export_ms = (statistics.median(times[k]) for k in ("base", "floor", "export"))
    print("skisse export --pdf, five-page sketch, end to end (subprocess)")
    print(f"  python -c pass (baseline)     {base_ms:8.1f} ms")
    print(f"  python importing pydantic (one model), markdown-it, yaml, typst {floor_ms:8.1f} ms")
    print(f"  skisse export --pdf           {export_ms:8.1f} ms   target <= {TARGET_EXPORT_S * 1000:.0f} ms   "
          f"{'OK' if export_ms <= TARGET_EXPORT_S * 1000 else 'OVER'}   ratio {export_ms / base_ms:.1f}x baseline, "
          f"{export_ms / floor_ms:.2f}x the libraries alone")

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bench_page_count(args.runs)
    bench_export(max(5, args.runs // 2))
    bench_export_in_process(max(5, args.runs // 2))


if __name__ == "__main__":
    main()
