"""How much of the page limit the layout spends on air: the blank space left at the foot of
every page but the last, headings left at the foot of a page, and the pages each sketch needs,
over the fixtures and a generated set of sketches (benchmarks/_corpus.py: `layout_sketch`).

Run: python benchmarks/bench_layout.py [--sketches N]

Measured from the PDFs themselves (benchmarks/_pdflayout.py), as tests/test_layout.py does.
Figures for the default layout, typst 0.15, 22 fixtures and 40 generated sketches:
before tables could break across pages, 195 pages, foot blank median 23.4 pt, mean 41.7 pt,
max 333 pt; after, 194 pages, median 19.8 pt, mean 23.7 pt, max 96 pt; no heading ended a page
either way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _corpus import layout_sketch  # noqa: E402
from _pdflayout import measure  # noqa: E402

LINE_PT = 11 * 1.31  # one line of body text in the default layout (11 pt, leading 0.65 em)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sketches", type=int, default=40, help="generated sketches (default 40)")
    parser.add_argument("--runs", type=int, default=None, help=argparse.SUPPRESS)  # benchmarks/run.py passes it on
    args = parser.parse_args()

    from assistant.core.sketch.document import parse_sketch
    from assistant.core.rendering.render import Renderer
    from assistant.core.sketch.rubric import load_rubric

    layout = load_rubric().layout
    renderer = Renderer()
    texts = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "tests/fixtures/sketches").glob("*.md"))]
    texts += [layout_sketch(seed) for seed in range(args.sketches)]
    blanks: list[float] = []
    pages = lonely = 0
    used = 0.0
    for text in texts:
        sketch = parse_sketch(text)
        figures = measure(renderer.pdf(sketch, layout), layout.margin_top_mm, layout.margin_bottom_mm)
        blanks += figures.foot_blank
        pages += len(figures.pages)
        lonely += len(figures.lonely_headings)
        used += renderer.page_info(sketch, layout).fraction
    usable = 841.89 - (layout.margin_top_mm + layout.margin_bottom_mm) * 72 / 25.4
    print(f"{len(texts)} sketches, {pages} pages, {used:.1f} pages' worth of text and air (page fractions summed)")
    print(f"headings at the foot of a page: {lonely} (target 0)")
    print(
        f"blank at the foot of pages but the last ({len(blanks)} pages): median {statistics.median(blanks):.1f} pt, "
        f"mean {statistics.mean(blanks):.1f} pt ({statistics.mean(blanks) / LINE_PT:.1f} lines), "
        f"max {max(blanks):.1f} pt ({max(blanks) / usable:.0%} of a page); target: max under 110 pt"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
