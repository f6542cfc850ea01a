"""Shared helpers for the rendering and export tests: PDF text, and the benchmark corpus."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpus import STRONG_SKETCH, five_page_sketch  # noqa: E402

__all__ = ["STRONG_SKETCH", "five_page_sketch", "pdf_text", "pdf_pages", "squash"]


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, page after page."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


_GAPS = re.compile(r"[\s\u00ad\u200b\u2010\u2011-]+")


def squash(text: str) -> str:
    """Text without whitespace and hyphens, so line breaks and hyphenation do not matter."""
    return _GAPS.sub("", text)
