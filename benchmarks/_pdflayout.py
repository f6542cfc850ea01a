"""What a reader sees of a PDF's layout, measured from the PDF itself (pypdf).

For every page: the text lines of the body (running head and page footer left out) with
their baselines, and from the PDF's outline (typst writes one bookmark per heading) where
each heading stands. From these:

- `foot_blank`: the blank space below the last line of each page but the last, in points;
- `lonely_headings`: headings with nothing of their section below them on their page;
- `page_starts`: the first body line of each page (for a table broken across pages, the
  repeated header row).

Used by the layout tests (tests/test_layout.py) and the layout benchmark
(benchmarks/bench_layout.py), so both measure the same thing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

MM_TO_PT = 72 / 25.4


@dataclass
class Item:
    """One run of text as the PDF draws it."""

    y: float  # baseline, points from the bottom of the page
    x: float
    text: str
    font: str
    size: float


@dataclass
class Page:
    height: float
    body: list[Item] = field(default_factory=list)  # between the top and bottom margins

    def lines(self) -> list[str]:
        """The body's text, one string per baseline, top to bottom."""
        rows: dict[float, list[Item]] = {}
        for item in self.body:
            key = next((k for k in rows if abs(k - item.y) < 1.5), item.y)
            rows.setdefault(key, []).append(item)
        return ["".join(i.text for i in sorted(row, key=lambda i: i.x)).strip() for _, row in sorted(rows.items(), reverse=True)]


@dataclass
class Heading:
    title: str
    page: int  # 0-based
    top: float


@dataclass
class Layout:
    """The figures of one PDF."""

    pages: list[Page]
    headings: list[Heading]
    margin_bottom: float

    @property
    def foot_blank(self) -> list[float]:
        """Blank space (points) between the last body line and the bottom margin, per page but the last."""
        out = []
        for page in self.pages[:-1]:
            lowest = min((i.y for i in page.body), default=page.height)
            out.append(max(0.0, lowest - self.margin_bottom))
        return out

    @property
    def lonely_headings(self) -> list[Heading]:
        """Headings that end their page: nothing but the heading's own lines below its top."""
        lonely = []
        for heading in self.headings:
            page = self.pages[heading.page]
            below = sorted((i for i in page.body if i.y < heading.top), key=lambda i: -i.y)
            if not below:
                lonely.append(heading)
                continue
            first = below[0]  # the heading's own first line
            rest = [i for i in below if i.y < first.y - 1.5 and not (i.font == first.font and i.size == first.size)]
            if not rest:
                lonely.append(heading)
        return lonely

    def page_starts(self, lines: int = 1) -> list[list[str]]:
        return [page.lines()[:lines] for page in self.pages]


def measure(pdf: bytes, margin_top_mm: float = 25, margin_bottom_mm: float = 25) -> Layout:
    """The text items of every page and the headings of the outline."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    top_margin, bottom_margin = margin_top_mm * MM_TO_PT, margin_bottom_mm * MM_TO_PT
    pages: list[Page] = []
    for pdf_page in reader.pages:
        height = float(pdf_page.mediabox.height)
        page = Page(height=height)

        def visit(text, cm, tm, font, size, page=page):  # noqa: ANN001 - pypdf's visitor signature
            if not text.strip():
                return
            y = cm[5] + tm[5] * cm[3]
            # a glyph's baseline may sit a little below the margin (descenders do not count)
            if bottom_margin - 4 <= y <= height - top_margin:
                name = str(font.get("/BaseFont", "")) if font else ""
                page.body.append(Item(y=y, x=cm[4] + tm[4], text=text, font=name, size=round(float(size), 2)))

        pdf_page.extract_text(visitor_text=visit)
        pages.append(page)

    headings: list[Heading] = []

    def walk(entries) -> None:  # noqa: ANN001
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                headings.append(Heading(str(entry.title), reader.get_destination_page_number(entry), float(entry.get("/Top", 0))))

    walk(reader.outline)
    return Layout(pages=pages, headings=headings, margin_bottom=bottom_margin)
