"""The live panel next to the editor: page gauge, words, LIX, tokens, and the checklist."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...i18n import t, tn
from ..live import LiveState
from ..safe import shown
from .checklist import Checklist
from .page_gauge import PageGauge


class LivePanel(Vertical):
    """Shows one `LiveState`; knows nothing of how it was computed."""

    DEFAULT_CSS = """
    LivePanel { width: 36%; min-width: 40; max-width: 64; padding: 0 1; }
    LivePanel #live-stats { height: auto; color: $text-muted; margin-bottom: 1; }
    LivePanel #live-note { height: auto; color: $warning; }
    LivePanel Checklist { height: 1fr; border: tall $surface; padding: 0; scrollbar-gutter: stable; }
    LivePanel Checklist:focus { border: tall $border; }
    """

    def compose(self) -> ComposeResult:
        yield PageGauge(id="page-gauge")
        yield Static(id="live-stats")
        yield Static(id="live-note")
        yield Checklist(id="checklist")

    def show_state(self, state: LiveState | None, lang: str) -> None:
        gauge = self.query_one(PageGauge)
        stats = self.query_one("#live-stats", Static)
        note = self.query_one("#live-note", Static)
        checklist = self.query_one(Checklist)
        if state is None:
            gauge.show_pages(None, 5, lang)
            stats.update(t("tui.live.pending", lang))
            return
        gauge.show_pages(state.pages, state.page_limit, lang, unavailable="render" in state.problems)
        band = t(f"tui.lix.{state.lix_band}", lang)
        tokens = f"{state.tokens}" if state.tokens_exact else f"≈{state.tokens}"
        lix = f"{state.lix:.0f}"
        words = tn("tui.live.words", state.words, lang)
        tokens = tn("tui.live.tokens", state.tokens, lang, tokens=tokens)  # «1 token», «≈120 tokens»
        stats.update(t("tui.live.stats", lang, words=words, lix=lix, band=band, tokens=tokens))
        notes = [shown(n) for n in state.read_notes] + [t(f"tui.live.no_{p}", lang) for p in state.problems] + [shown(e) for e in state.errors]
        if state.report is not None:  # a file that is no sketch at all is checked, and told so; so is pasted terminal junk
            notes += [shown(n.text(lang)) for n in state.report.parse_notes if n.code in ("not-a-sketch", "controls")]
        note.update("\n".join(notes))
        note.display = bool(notes)
        if state.report is not None:
            checklist.show_report(state.report)
        else:
            checklist.clear_options()
