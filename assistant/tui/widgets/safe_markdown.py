"""Markdown from a model or a sketch: controls visible, no link a click can follow (see `tui.safe`)."""

from __future__ import annotations

from typing import Any

from textual.widgets import Markdown

from ...core.sketch.safetext import visible


def _plain_links_parser() -> Any:
    from markdown_it import MarkdownIt

    # Links, autolinks and images stay the text they are written as.
    return MarkdownIt("gfm-like").disable(["link", "image", "autolink", "linkify"], ignoreInvalid=True)


class SafeMarkdown(Markdown):
    """Markdown whose control characters are shown, and whose links are plain text.

    A model's reply may hold `[click](https://evil.example)`: it is shown as written, and no
    click opens it."""

    def __init__(self, markdown: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("parser_factory", _plain_links_parser)
        kwargs.setdefault("open_links", False)
        super().__init__(visible(markdown) if markdown else markdown, **kwargs)

    def update(self, markdown: str):  # type: ignore[no-untyped-def]
        return super().update(visible(markdown))

    def append(self, markdown: str):  # type: ignore[no-untyped-def]
        return super().append(visible(markdown))
