"""The exact page gauge: «3,4 av 5 sider», from the real render, with a bar."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...core.rendering.pages import PageInfo
from ...i18n import t


def format_pages(fraction: float, limit: int, lang: str) -> str:
    """'3,4 av 5 sider' (nb), '3,4 av 5 sider' (nn), '3.4 of 5 pages' (en)."""
    number = f"{fraction:.1f}"
    if lang != "en":
        number = number.replace(".", ",")
    return t("tui.pages.gauge", lang, pages=number, limit=limit)


class PageGauge(Static):
    """Pages used against the limit; turns warning near the limit and red over it."""

    DEFAULT_CSS = """
    PageGauge { height: 2; }
    PageGauge.over { color: $error; }
    PageGauge.near { color: $warning; }
    """

    def show_pages(self, pages: PageInfo | None, limit: int, lang: str, unavailable: bool = False) -> None:
        if pages is None:
            self.update(t("tui.pages.unavailable" if unavailable else "tui.pages.pending", lang))
            self.set_classes("")
            return
        width = 30
        filled = min(width, round(width * pages.fraction / max(limit, 1)))
        bar = Text()
        bar.append(format_pages(pages.fraction, limit, lang) + "\n", style="bold")
        bar.append("█" * filled)
        bar.append("░" * (width - filled), style="dim")
        self.update(bar)
        self.set_class(pages.fraction > limit, "over")
        self.set_class(limit - 0.5 < pages.fraction <= limit, "near")
