"""Rendering: a sketch as typst source, as a PDF, and its page count.

Imports typst only when something is rendered, so importing this package is cheap.
"""

from __future__ import annotations

from .renderer import Rendered, Renderer, RenderError, default_renderer
from .source import build_source, format_orgnr

__all__ = ["Rendered", "Renderer", "RenderError", "build_source", "default_renderer", "format_orgnr"]
